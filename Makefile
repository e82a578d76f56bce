# khaldun - one GNU Makefile. Targets: all (default), check, bench, fuzz, clean, install,
# layers (include graph), asan (the whole suite under ASan+UBSan).
# The command is built at ./khaldun; the library at build/libkhaldun.a.

CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -pthread -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -Wpedantic \
	   -Wno-unused-parameter $(SAN)
CPPFLAGS += -Iinclude -Isrc -MMD -MP $(shell pkg-config --cflags sqlite3 libxml-2.0)
ifdef TRACE
CPPFLAGS += -DKH_TRACE
BUILD = build-trace
endif
LDLIBS  += $(shell pkg-config --libs sqlite3 libxml-2.0) -lm -pthread
PREFIX  ?= /usr/local
BUILD   ?= build
BIN     ?= khaldun
# `make asan`: the same build with AddressSanitizer and UndefinedBehaviorSanitizer (any
# finding aborts), in its own directory, and the whole suite run against it
ASAN_BUILD := build-asan
ASAN_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

LIB_SRC  := $(sort $(wildcard src/*.c src/*/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  := $(sort $(wildcard cli/*.c))
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
REPLAY_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/tests/replay_%)
FUZZ_SECONDS ?= 60
# The fuzz-corpus replays run the library built with ASan+UBSan (gcc), so that a saved input
# that overflows by one byte fails the test run instead of passing silently.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
SAN_OBJ  := $(LIB_SRC:%.c=$(BUILD)/san/%.o)

all: $(BIN)

# The reference tables are compiled in: src/cameo/tables.c is generated from data/*.tsv (and
# checked in, so a build needs only a C compiler; this rule keeps it in step with the data).
TABLES := data/cameo-codes.tsv data/countries.tsv data/sectors.tsv
src/cameo/tables.c: $(TABLES) src/cameo/gen-tables.sh
	sh src/cameo/gen-tables.sh data > $@.tmp && mv $@.tmp $@

$(BIN): $(CLI_OBJ) $(BUILD)/libkhaldun.a
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

$(BUILD)/san/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -c -o $@ $<

$(BUILD)/libkhaldun-san.a: $(SAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tests/replay_%: tests/fuzz/%.c tests/fuzz/replay.c $(BUILD)/libkhaldun-san.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

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

# the library, the command and the unit tests under ASan+UBSan in build-asan/, then every
# suite against them (tests/run-tests honours $BUILD and $KHALDUN). The command finds our
# dictionaries and ../shared/cameo next to itself; from build-asan/ it is told where they are.
asan:
	$(MAKE) BUILD=$(ASAN_BUILD) BIN=$(ASAN_BUILD)/khaldun SAN="$(ASAN_SAN)" \
		$(ASAN_BUILD)/khaldun unit
	BUILD=$(ASAN_BUILD) KHALDUN=$(ASAN_BUILD)/khaldun \
		KHALDUN_DICT=$(CURDIR)/dict/khaldun.project \
		ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 tests/run-tests

$(BUILD)/bench/%: bench/%.c $(BUILD)/libkhaldun.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDLIBS)

bench: khaldun $(BUILD)/bench/genevents $(BUILD)/bench/ewquery
	bench/run
	bench/ew

# the include graph of src/ against the layer order written in docs/internals.md
layers:
	scripts/layers

install: khaldun
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/khaldun/data
	install -m 755 khaldun $(DESTDIR)$(PREFIX)/bin/khaldun
	cp -r dict $(DESTDIR)$(PREFIX)/share/khaldun/
	install -m 644 data/README.md $(TABLES) $(DESTDIR)$(PREFIX)/share/khaldun/data/
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 docs/khaldun.1 $(DESTDIR)$(PREFIX)/share/man/man1/khaldun.1
	install -m 644 contrib/khaldun.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/khaldun

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz khaldun

.PHONY: all unit check asan bench fuzz install clean layers
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(SAN_OBJ:.o=.d)
