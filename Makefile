# khaldun - one GNU Makefile. Targets: all (default), check, bench, fuzz, clean, install.
# The command is built at ./khaldun; the library at build/libkhaldun.a.

CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -Wno-unused-parameter
CPPFLAGS += -Iinclude -Isrc -MMD -MP $(shell pkg-config --cflags sqlite3 libxml-2.0 libmicrohttpd)
ifdef TRACE
CPPFLAGS += -DKH_TRACE
BUILD = build-trace
endif
LDLIBS  += $(shell pkg-config --libs sqlite3 libxml-2.0 libmicrohttpd) -lpthread -lm
PREFIX  ?= /usr/local
BUILD   ?= build

LIB_SRC  := $(sort $(wildcard src/*.c src/*/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  := $(sort $(wildcard cli/*.c))
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
REPLAY_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/tests/replay_%)
FUZZ_SECONDS ?= 60

# The dashboard's chart library, copied from the npm package (npm ci) into web/vendor/.
VENDOR := web/vendor/uPlot.iife.min.js web/vendor/uPlot.min.css

all: khaldun $(if $(wildcard node_modules/uplot/dist),$(VENDOR))

web: $(VENDOR)

web/vendor/%: node_modules/uplot/dist/%
	@mkdir -p web/vendor
	cp $< $@

node_modules/uplot/dist/%:
	@echo "make: $@ is missing: run 'npm ci' first (the dashboard's uPlot)" >&2; exit 1

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

$(BUILD)/tests/replay_%: tests/fuzz/%.c tests/fuzz/replay.c $(BUILD)/libkhaldun.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDLIBS)

unit: $(UNIT_BIN) $(REPLAY_BIN)

# libFuzzer with ASan/UBSan (clang, libclang-rt-14-dev): each target runs FUZZ_SECONDS; a crash
# is written to tests/fuzz/corpus/TARGET/ so that every test run replays it from then on.
fuzz:
	@mkdir -p build-fuzz
	@for t in $(FUZZ_SRC:tests/fuzz/%.c=%); do \
		clang -g -O1 -fsanitize=fuzzer,address,undefined $(CPPFLAGS) -std=c11 \
			-D_POSIX_C_SOURCE=200809L -o build-fuzz/$$t tests/fuzz/$$t.c $(LIB_SRC) \
			$(LDLIBS) || exit 1; \
		mkdir -p build-fuzz/corpus-$$t tests/fuzz/corpus/$$t; \
		build-fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4000 \
			-artifact_prefix=tests/fuzz/corpus/$$t/ build-fuzz/corpus-$$t \
			tests/fuzz/corpus/$$t || exit 1; \
	done

check: khaldun unit
	tests/run-tests

$(BUILD)/bench/%: bench/%.c $(BUILD)/libkhaldun.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDLIBS)

bench: khaldun $(BUILD)/bench/genevents $(BUILD)/bench/ewquery
	bench/run
	bench/ew
	bench/api

install: khaldun $(VENDOR)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/khaldun
	install -m 755 khaldun $(DESTDIR)$(PREFIX)/bin/khaldun
	cp -r dict $(DESTDIR)$(PREFIX)/share/khaldun/
	install -d $(DESTDIR)$(PREFIX)/share/khaldun/web/vendor
	install -m 644 web/index.html web/app.js web/style.css $(DESTDIR)$(PREFIX)/share/khaldun/web/
	install -m 644 $(VENDOR) $(DESTDIR)$(PREFIX)/share/khaldun/web/vendor/

clean:
	rm -rf $(BUILD) build-fuzz khaldun

.PHONY: all web unit check bench fuzz install clean
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
