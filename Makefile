# khaldun - one GNU Makefile. Targets: all (default), check, bench, fuzz, clean, install.
# The command is built at ./khaldun; the library at build/libkhaldun.a.

CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -Wno-unused-parameter
CPPFLAGS += -Iinclude -Isrc -MMD -MP $(shell pkg-config --cflags sqlite3 libxml-2.0)
ifdef TRACE
CPPFLAGS += -DKH_TRACE
BUILD = build-trace
endif
LDLIBS  += $(shell pkg-config --libs sqlite3 libxml-2.0) -lm
PREFIX  ?= /usr/local
BUILD   ?= build

LIB_SRC  := $(sort $(wildcard src/*.c src/*/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  := $(sort $(wildcard cli/*.c))
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

all: khaldun

khaldun: $(CLI_OBJ) $(BUILD)/libkhaldun.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libkhaldun.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libkhaldun.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDLIBS)

unit: $(UNIT_BIN)

check: khaldun unit
	tests/run-tests

bench: khaldun
	bench/run

install: khaldun
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/khaldun
	install -m 755 khaldun $(DESTDIR)$(PREFIX)/bin/khaldun
	cp -r dict $(DESTDIR)$(PREFIX)/share/khaldun/

clean:
	rm -rf $(BUILD) khaldun

.PHONY: all unit check bench install clean
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
