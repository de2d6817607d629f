# SPDX-License-Identifier: MIT
# iommu_fault — header-only library.  `make demo` and `make test` are the two
# commands a new user runs; every other target is listed by `make help`.
#
# Feature fragments live in mk/*.mk (one per area, included below).  A fragment
# adds its own targets and may append to TEST_DEPS (run by `make test` after
# the Criterion suite) and to CI_TARGETS (run by .ci/run).

CC       ?= cc
CXX      ?= c++
BUILD    ?= build
PREFIX   ?= /usr/local
DESTDIR  ?=
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

WARN     := -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wcast-align -Werror
CSTD     ?= -std=c99
CFLAGS   ?= -O2 -g
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) -Iinclude

HEADERS  := $(wildcard include/iommu_fault/*.h)
TEST_SRC := $(sort $(wildcard tests/test_*.c))

# The record types of the codec registry, as --format spells them, in its
# order: the first column of the generated table in docs/mainpage.md (make
# docs-records writes it from the registry, make test fails when it is stale),
# read here so that no make fragment keeps its own list.
IOF_RECORDS := $(shell sed -n '/BEGIN records/,/END records/s/^| `\([a-z0-9-]*\)` |.*/\1/p' docs/mainpage.md)
TEST_HDR := $(wildcard tests/*.h tests/vectors/*.h)

TEST_DEPS  :=
CI_TARGETS := test

.PHONY: all test check deps-test demo help clean headers-check

all: headers-check

help:
	@echo "make demo        decode the sample records in examples/records"
	@echo "make test        build and run the whole test suite (installs Criterion if missing)"
	@echo "make abi-check   compile the layout checks on every installable target"
	@echo "make docs        Doxygen HTML, warnings are errors"
	@echo "make docs-records  rewrite the record tables of README.md, docs/mainpage.md and the man page from the registry"
	@echo "make bench       decode/encode throughput against memcpy (bench-callgrind: instructions)"
	@echo "make install     headers, pkg-config and CMake files, tool, man page (PREFIX, DESTDIR)"
	@echo "make check-sanitize  the suite under clang ASan+UBSan"
	@echo "make fuzz        libFuzzer campaign per decoder (FUZZ_SECONDS=N)"
	@echo "make cross-test  vector runner on ppc64/s390x (BE), armhf, i686 under qemu-user"
	@echo "make kmod-check  out-of-tree kernel module with <linux/iommu.h> and the library"
	@echo "make freestanding-check / cxx-check / lint"
	@echo "make portable-run  the dependency-free vector runner, natively (part of make test)"
	@echo "make mutation    mutation testing of the headers: >= 97 % killed, survivors justified (20-40 min on 2 cores)"
	@echo "make mutation-sample  20 fixed mutants (CI): fails when one survives"

# Installs the test dependency with the system package manager when missing,
# then proves that a Criterion test compiles and links; a failure names it.
deps-test:
	@if ! printf '#include <criterion/criterion.h>\n' | $(CC) -E -x c - >/dev/null 2>&1; then \
		echo "installing libcriterion-dev pkg-config"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcriterion-dev pkg-config >/dev/null; \
	fi
	@mkdir -p $(BUILD) && printf '#include <criterion/criterion.h>\nTest(probe, links) { cr_assert(1); }\n' | \
		$(CC) -x c -o $(BUILD)/.criterion-probe - -lcriterion 2>$(BUILD)/.criterion-probe.log || \
		{ echo "deps-test: ERROR: a Criterion test does not build (package libcriterion-dev):"; head -n 3 $(BUILD)/.criterion-probe.log; exit 1; }

# Every public header must compile on its own under the strictest flags, as C and C++.
headers-check: $(HEADERS)
	@for h in $(HEADERS); do \
		printf '#include "%s"\n' "$$h" | $(CC) $(CSTD) $(WARN) -Iinclude -x c -fsyntax-only - || exit 1; \
		printf '#include "%s"\n' "$$h" | $(CXX) -std=c++11 -Wall -Wextra -Wpedantic -Werror -Iinclude -x c++ -fsyntax-only - || exit 1; \
	done
	@printf '#include "iommu_fault/iommu_fault.h"\n' | $(CC) $(CSTD) $(WARN) -Os -DIOF_NO_FORCE_INLINE -Iinclude -x c -c -o /dev/null -
	@printf '#include "iommu_fault/iommu_fault.h"\n' | $(CC) $(CSTD) $(WARN) '-DIOF_API=' -Iinclude -x c -c -o /dev/null -
	@echo "headers-check: $(words $(HEADERS)) headers clean as C99 and C++11, and with IOF_NO_FORCE_INLINE and IOF_API overridden"

$(BUILD):
	@mkdir -p $@

# One Criterion binary for all suites, so there is one closing line.
$(BUILD)/test_all: $(TEST_SRC) $(TEST_HDR) $(HEADERS) | $(BUILD) deps-test
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $(TEST_SRC) -lcriterion

test: headers-check $(BUILD)/test_all
	./$(BUILD)/test_all -j2
	$(if $(strip $(TEST_DEPS)),@$(MAKE) --no-print-directory $(TEST_DEPS))

check: test

clean:
	rm -rf $(BUILD)

-include $(sort $(wildcard mk/*.mk))

# Lists what .ci/run runs (fragments append to CI_TARGETS).
.PHONY: ci-targets
ci-targets:
	@echo $(CI_TARGETS)
