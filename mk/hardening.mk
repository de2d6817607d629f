# SPDX-License-Identifier: MIT
# Hardening: the library run where failure is expensive and on machines its
# authors do not use day to day.  Every target installs what it needs with
# apt-get (tests/hardening/need.sh) and works from a fresh clone.
#
#   make check-sanitize      whole Criterion suite under clang ASan + UBSan
#   make kmod-check          out-of-tree kernel module with <linux/iommu.h>
#   make freestanding-check  firmware-style link for arm-none-eabi; tcc, chibicc
#   make fuzz                libFuzzer, one target per registry row + the tool's
#                            JSON and log readers, FUZZ_SECONDS each (default 30);
#                            fuzz-short in CI
#   make cross-test          tests/portable_runner.c on ppc64, s390x (big-endian),
#                            armhf, i686 under qemu-user, and natively
#   make cxx-check           every public header in C++11/C++17, g++ and clang++
#   make lint                clang-format (.clang-format), cppcheck and clang-tidy
#                            (.clang-tidy), zero findings
#   make format              rewrites the C and C++ files with clang-format

HARD_NEED  = SUDO='$(SUDO)' sh tests/hardening/need.sh
# Compilers and tools: their packages named explicitly (cross C libraries
# included), installed when missing, then probed (tests/hardening/toolchain.sh).
HARD_TOOLS = SUDO='$(SUDO)' sh tests/hardening/toolchain.sh
HARD_CLANG ?= clang

.PHONY: check-sanitize kmod-check freestanding-check fuzz fuzz-build fuzz-short cross-test \
	cxx-check lint format format-check

# ---- 1. sanitizers ---------------------------------------------------------
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -O1 -g -fno-omit-frame-pointer

$(BUILD)/test_all_san: $(TEST_SRC) $(TEST_HDR) $(HEADERS) | $(BUILD) deps-test
	@$(HARD_TOOLS) clang:asan
	$(HARD_CLANG) $(CSTD) $(WARN) $(SAN_FLAGS) -Iinclude -Itests -o $@ $(TEST_SRC) -lcriterion

##@ Robustness
## the Criterion suite built with clang ASan + UBSan
check-sanitize: $(BUILD)/test_all_san
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ./$< -j2

CI_TARGETS += check-sanitize

# ---- 4. kernel module ------------------------------------------------------
# Building (not loading) is the check: kbuild compiles the module with the
# kernel's own flags and modpost refuses any symbol the kernel does not export.
# KDIR may be given; otherwise the newest installed Debian amd64 headers are
# used, whatever kernel this machine runs.
KMOD_DIR := $(BUILD)/kmod

##@ Portability and the ABI
## an out-of-tree kernel module built with <linux/iommu.h> and the headers (KDIR=...)
kmod-check:
	@$(HARD_NEED) linux-headers-amd64 || { echo "kmod-check: ERROR: cannot install linux-headers-amd64"; exit 1; }; \
	kdir='$(KDIR)'; \
	[ -n "$$kdir" ] || kdir=$$(ls -d /usr/src/linux-headers-*-amd64 2>/dev/null | sort -V | tail -n 1); \
	[ -n "$$kdir" ] || kdir=$$(ls -d /lib/modules/*/build 2>/dev/null | sort -V | tail -n 1); \
	if [ -z "$$kdir" ] || [ ! -f "$$kdir/Makefile" ]; then \
		echo "kmod-check: ERROR: no kernel build directory (/usr/src/linux-headers-*-amd64, /lib/modules/*/build)"; exit 1; fi; \
	rm -rf $(KMOD_DIR) && mkdir -p $(KMOD_DIR) && cp tests/kmod/Kbuild tests/kmod/iof_kmod.c $(KMOD_DIR)/ && \
	echo "kmod-check: building against $$kdir" && \
	$(MAKE) --no-print-directory -C "$$kdir" M=$(abspath $(KMOD_DIR)) IOF_INCLUDE=$(abspath include) modules && \
	echo "kmod-check: $(KMOD_DIR)/iof_kmod.ko built; undefined symbols: $$(nm -u $(KMOD_DIR)/iof_kmod.ko | awk '{print $$2}' | tr '\n' ' ')"

CI_TARGETS += kmod-check

# ---- 5. freestanding -------------------------------------------------------
# tests/freestanding/fw.c has no libc, no start files and its own memset /
# memcpy: a link that needs anything else fails.  It links libgcc, the
# compiler's own runtime (the GCC manual: with -nostdlib "you should usually
# specify -lgcc as well"): on ARMv6-M the codecs' variable 64-bit shifts
# become __aeabi_llsl/__aeabi_llsr calls; the helpers used are listed.
# chibicc: Debian ships it without its own <stddef.h>, hence the shim; it
# accepts a negative array size, so under chibicc the layout asserts compile
# but do not check anything (gcc, clang and tcc do check them).
FW_SRC  := tests/freestanding/fw.c
FW_WARN := -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror
FW_LINK := -ffreestanding -nostdlib -nostartfiles -Wl,-e,fw_entry -Iinclude

## firmware-style -nostdlib link for arm-none-eabi (M0, M4, A7) and the host; tcc, chibicc
freestanding-check: $(FW_SRC) $(HEADERS) | $(BUILD)
	@$(HARD_TOOLS) arm-none-eabi-gcc tcc
	@mkdir -p $(BUILD)/freestanding
	@set -e; for cfg in "cortex-m0 -mthumb -Os" "cortex-m4 -mthumb -O2" "cortex-a7 -marm -O0"; do \
		set -- $$cfg; \
		for std in c99 c11; do \
			out=$(BUILD)/freestanding/fw-$$1-$$std.elf; \
			arm-none-eabi-gcc -std=$$std $(FW_WARN) $(FW_LINK) -mcpu=$$1 $$2 $$3 -o $$out $(FW_SRC) -lgcc; \
			echo "freestanding: arm-none-eabi-gcc -mcpu=$$1 $$2 $$3 -std=$$std linked, $$(arm-none-eabi-size $$out | awk 'NR==2{print $$1}') bytes text; libgcc: $$(arm-none-eabi-nm $$out | awk '$$3 ~ /^__aeabi|^__[a-z]*di[0-9]$$/ {print $$3}' | tr '\n' ' ')"; \
		done; \
	done
	@$(CC) -std=c99 $(FW_WARN) $(FW_LINK) -static -O2 -o $(BUILD)/freestanding/fw-host.elf $(FW_SRC) -lgcc
	@echo "freestanding: $(CC) -static -nostdlib (host) linked"
	@for std in c99 c11; do \
		tcc -std=$$std -Wall -Werror -Iinclude -c -o $(BUILD)/freestanding/fw-tcc-$$std.o $(FW_SRC) || exit 1; \
		echo "freestanding: tcc -std=$$std compiled"; \
	done
	@if [ "$$(dpkg --print-architecture 2>/dev/null)" != amd64 ]; then \
		echo "freestanding: chibicc skipped: Debian packages it for amd64 only"; \
	else \
		$(HARD_TOOLS) chibicc && \
		chibicc -Itests/freestanding/chibicc -Iinclude -c -o $(BUILD)/freestanding/fw-chibicc.o $(FW_SRC) && \
		echo "freestanding: chibicc compiled"; \
	fi

CI_TARGETS += freestanding-check

# ---- 2. fuzzing ------------------------------------------------------------
# tests/hardening/fuzz_decode.c, built once with the tool's units but main.c
# (its JSON reader and log reader); the target is named at run time
# (IOF_FUZZ_TARGET): one per row of the codec registry, plus json and log, as
# `fuzz_seeds --list` prints them from the registry.  FUZZ_TARGETS=NAME...
# runs some only.  Each target checks its properties on every input (see the
# harness's comment).  Seeds come from the rows' encoders
# (tests/hardening/fuzz_seeds.c); corpora grow in build/fuzz/corpus-<target>/
# from run to run.  A crash input is kept as build/fuzz/crash-<target>-* and
# fails the target.
FUZZ_SECONDS ?= 30
FUZZ_SHORT_SECONDS ?= 25
FUZZ_TARGETS ?=
FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_FLAGS   := -std=c99 -Wall -Wextra -Werror -g -O1 -Iinclude -Itools/iommu-fault-decode
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all
# the tool's files by wildcard: mk/tool.mk, which names its units, is read after this file
FUZZ_DEPS    := $(wildcard tools/iommu-fault-decode/*) $(HEADERS)
FUZZ_BINS    := $(FUZZ_DIR)/fuzz $(FUZZ_DIR)/fuzz_seeds

$(FUZZ_DIR)/.deps:
	@$(HARD_TOOLS) clang:asan clang:fuzzer
	@mkdir -p $(FUZZ_DIR) && touch $@

$(FUZZ_DIR)/fuzz: tests/hardening/fuzz_decode.c $(FUZZ_DEPS) | $(FUZZ_DIR)/.deps
	$(HARD_CLANG) $(FUZZ_FLAGS) $(IOF_TOOL_DEFS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(IOF_TOOL_UNITS)

$(FUZZ_DIR)/fuzz_seeds: tests/hardening/fuzz_seeds.c $(FUZZ_DEPS) | $(FUZZ_DIR)/.deps
	$(HARD_CLANG) $(FUZZ_FLAGS) $(IOF_TOOL_DEFS) $(FUZZ_SAN) -o $@ $< $(IOF_TOOL_UNITS)

##@ Robustness
## build the libFuzzer targets and the seed writers (clang)
fuzz-build: $(FUZZ_BINS)

## libFuzzer: one target per codec registry row, plus the tool's JSON and log readers, FUZZ_SECONDS each (30)
fuzz: fuzz-build
	@sh tests/hardening/fuzz_run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## the same targets for FUZZ_SHORT_SECONDS each (25), as CI runs them
fuzz-short: fuzz-build
	@sh tests/hardening/fuzz_run.sh $(FUZZ_DIR) $(FUZZ_SHORT_SECONDS) $(FUZZ_TARGETS)

CI_TARGETS += fuzz-short

# ---- 3. big-endian and 32-bit ------------------------------------------------
# Criterion exists only for amd64, arm64 and i386, so the cross targets run
# the dependency-free runner over the same vector tables.
CROSS_TOOLS := powerpc64-linux-gnu-gcc s390x-linux-gnu-gcc arm-linux-gnueabihf-gcc \
	       i686-linux-gnu-gcc qemu-ppc64 qemu-s390x qemu-arm qemu-i386 gcc clang tcc

##@ Portability and the ABI
## the vector runner on ppc64, s390x (big-endian), armhf and i686 under qemu-user, and natively
cross-test: tests/portable_runner.c $(TEST_HDR) $(HEADERS)
	@$(HARD_TOOLS) $(CROSS_TOOLS)
	@sh tests/hardening/cross_run.sh $(BUILD)/cross "$(CSTD) $(WARN)"

CI_TARGETS += cross-test

# ---- 6. C++ ------------------------------------------------------------------
CXX_CHECK_WARN := -Wall -Wextra -Wpedantic -Werror

## every public header in C++11 and C++17, with g++ and clang++
cxx-check: tests/cxx/all_headers.cpp $(HEADERS) | $(BUILD)
	@$(HARD_TOOLS) g++ clang++
	@mkdir -p $(BUILD)/cxx
	@set -e; for cxx in g++ clang++; do for std in c++11 c++17; do \
		$$cxx -std=$$std $(CXX_CHECK_WARN) -Iinclude -o $(BUILD)/cxx/all_headers-$$cxx-$$std tests/cxx/all_headers.cpp; \
		printf '%-8s %-6s ' $$cxx $$std; ./$(BUILD)/cxx/all_headers-$$cxx-$$std; \
	done; done

CI_TARGETS += cxx-check

# ---- 8. static analysis ------------------------------------------------------
# Both tools see the headers through translation units that include all of
# them and call every codec: tests/portable_runner.c (C99; clang-tidy and
# cppcheck, which also checks the functions nobody calls) and
# tests/cxx/all_headers.cpp (C++11; clang-tidy).  Any finding fails the target.
# cppcheck suppressions, each for a reason:
#  - missingIncludeSystem: system headers are not given to cppcheck on purpose;
#  - variableScope: house style declares locals at the top of a block (kernel C);
#  - unusedStructMember in include/: public ABI structs, used by callers;
#  - badBitmaskCheck in tests/vectors/: rows write zero fields out (`| 0`) so
#    each row reads like the spec figure;
#  - toomanyconfigs: only the configuration the TU is compiled in is checked
#    (--max-configs=1): every #if branch of the headers (C++, kernel, C11) is
#    compiled for real by cxx-check, kmod-check, freestanding-check and
#    abi-check, and checking them all here took 5 minutes.
# clang-tidy-14 overflows an 8 MiB stack on the constant per-event mask
# expressions of the per-event table (it segfaults), hence `ulimit -s`.
LINT_TIDY ?= $(shell command -v clang-tidy-14 || command -v clang-tidy || echo clang-tidy-14)
LINT_CPPCHECK := cppcheck --quiet --error-exitcode=1 --inline-suppr \
	--enable=warning,style,performance,portability --suppress=missingIncludeSystem \
	--suppress=variableScope --suppress=toomanyconfigs --max-configs=1 \
	--template='{file}:{line}: {severity}: {message} [{id}]'

##@ Style and static analysis
## clang-format, clang-tidy and cppcheck: zero findings (about 15 min, cppcheck)
lint: | $(BUILD)
	@$(HARD_TOOLS) cppcheck clang-tidy-14 clang-format
	@mkdir -p $(BUILD)/lint; fail=0; \
	$(FORMAT) --check $(FORMAT_FILES) >$(BUILD)/lint/clang-format.txt 2>&1 || fail=1; \
	echo "lint: clang-format: $$(grep -c 'lines would change$$' $(BUILD)/lint/clang-format.txt) files to reformat"; \
	grep 'would change' $(BUILD)/lint/clang-format.txt | sed 's/^/    /'; \
	ulimit -s unlimited 2>/dev/null || ulimit -s "$$(ulimit -H -s)"; \
	$(LINT_TIDY) --quiet tests/portable_runner.c -- $(CSTD) -Iinclude -Itests >$(BUILD)/lint/tidy-c.txt 2>&1 || fail=1; \
	$(LINT_TIDY) --quiet tests/cxx/all_headers.cpp -- -std=c++11 -Iinclude >$(BUILD)/lint/tidy-cxx.txt 2>&1 || fail=1; \
	$(LINT_CPPCHECK) --std=c99 --language=c -Iinclude -Itests \
		--suppress='unusedStructMember:include/iommu_fault/*' --suppress='badBitmaskCheck:tests/vectors/*' \
		tests/portable_runner.c >$(BUILD)/lint/cppcheck.txt 2>&1 || fail=1; \
	for f in tidy-c tidy-cxx cppcheck; do \
		n=$$(grep -c ': \(warning\|error\|style\|performance\|portability\):' $(BUILD)/lint/$$f.txt); \
		echo "lint: $$f: $$n findings"; \
		grep -q 'Segmentation fault\|Stack dump' $(BUILD)/lint/$$f.txt && echo "lint: $$f: the tool CRASHED"; \
		grep ': \(warning\|error\|style\|performance\|portability\):' $(BUILD)/lint/$$f.txt | sed 's/^/    /'; \
	done; \
	[ $$fail = 0 ] || { echo "lint: FAILED (logs in $(BUILD)/lint/)"; exit 1; }

CI_TARGETS += lint

# ---- 9. formatting -------------------------------------------------------------
# .clang-format at the top describes the house style; a directory with its own
# .clang-format saying DisableFormat: true (tests/vectors/: tables laid out by
# hand like the spec figures; tests/freestanding/chibicc/: a stand-in system
# header) is left alone.  lint runs the check; format-check runs it alone.
FORMAT       = sh tests/hardening/format.sh
FORMAT_FILES = $(sort $(shell find include tests examples tools -type f \( -name '*.[ch]' -o -name '*.cpp' \) 2>/dev/null))

## the clang-format part of lint alone: which files `make format` would change, and how many lines
format-check:
	@$(HARD_TOOLS) clang-format
	@$(FORMAT) --check $(FORMAT_FILES)

## rewrite the C and C++ files in place with clang-format (.clang-format)
format:
	@$(HARD_TOOLS) clang-format
	$(FORMAT) --fix $(FORMAT_FILES)
