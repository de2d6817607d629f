# SPDX-License-Identifier: MIT
# make bench: decode/encode throughput of every record type against memcpy,
# and the compile-time cost of the umbrella header (docs/benchmark.md).
# make bench-callgrind: instructions per record of the same kernels.
# A benchmark, not a test: nothing here is in TEST_DEPS or CI_TARGETS.

BENCH_CFLAGS ?= -O2 -g
BENCH_N      ?= 1000000
BENCH_REPS   ?= 7
BENCH_CG_N   ?= 10000

.PHONY: bench bench-callgrind deps-bench

# The record generators: one tests/bench/gen_<format>.h per format, all
# included by bench.c through $(BUILD)/bench_generators.h.  bench.c iterates
# the codec registry; a row whose format file has no generator for it does
# not build.
BENCH_GENERATORS := $(sort $(wildcard tests/bench/gen_*.h))
BENCH_DEPS := tests/bench/bench.c tests/bench/bench_gen.h $(BENCH_GENERATORS) \
	      tests/rng.h $(HEADERS) $(BUILD)/bench_generators.h

$(BUILD)/bench_generators.h: $(BENCH_GENERATORS) mk/bench.mk | $(BUILD)
	@printf '#include "bench/%s"\n' $(notdir $(BENCH_GENERATORS)) >$@.tmp && mv $@.tmp $@

$(BUILD)/bench: $(BENCH_DEPS) | $(BUILD)
	$(CC) $(CSTD) $(WARN) $(BENCH_CFLAGS) -Iinclude -Itests -I$(BUILD) -o $@ tests/bench/bench.c

##@ Performance
## decode/encode throughput of every record type against memcpy, and the headers' compile time
bench: $(BUILD)/bench
	./$(BUILD)/bench -n $(BENCH_N) -r $(BENCH_REPS)
	@CC='$(CC)' CSTD='$(CSTD)' bash tests/bench/compile_time.sh

# valgrind is a benchmark tool, installed on demand like Criterion for `make test`.
## install valgrind when missing (bench-callgrind uses it)
deps-bench:
	@command -v valgrind >/dev/null 2>&1 && command -v callgrind_annotate >/dev/null 2>&1 || { \
		echo "installing valgrind"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq valgrind >/dev/null; \
	}

# Same source and flags without -g (-g does not change GCC's code), so that
# callgrind attributes every instruction to the kernel function, not to the
# header line it was inlined from.
$(BUILD)/bench-cg: $(BENCH_DEPS) | $(BUILD)
	$(CC) $(CSTD) $(WARN) $(filter-out -g,$(BENCH_CFLAGS)) -Iinclude -Itests -I$(BUILD) -o $@ tests/bench/bench.c

## instructions per record of the same kernels, counted by callgrind (installs valgrind)
bench-callgrind: $(BUILD)/bench-cg | deps-bench
	@BUILD='$(BUILD)' N='$(BENCH_CG_N)' BENCH='$(BUILD)/bench-cg' bash tests/bench/callgrind.sh
