# SPDX-License-Identifier: MIT
# iommu_fault — header-only library.  `make demo` and `make test` are the two
# commands a new user runs; every other target is listed by `make help`.
#
# `make help` is generated: a line "## text" directly above a rule documents
# its targets, and a line "##@ Title" starts a group (mk/help.awk).  Every
# .PHONY target needs one; `make help-check` (part of `make test`) fails
# when one is missing.
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

TEST_HDR := $(wildcard tests/*.h tests/vectors/*.h)

TEST_DEPS  :=
CI_TARGETS := test

.PHONY: all test check deps-test demo help clean headers-check

##@ Start here
## the default goal: the tool, and every public header compiled alone
all: headers-check

## this list, generated from the "## text" line above each rule (mk/help.awk)
help:
	@awk -f mk/help.awk $(MAKEFILE_LIST)

##@ Building and the test suite's parts
## install Criterion (apt-get) when missing, then prove that a Criterion test links
deps-test:
	@if ! printf '#include <criterion/criterion.h>\n' | $(CC) -E -x c - >/dev/null 2>&1; then \
		echo "installing libcriterion-dev pkg-config"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcriterion-dev pkg-config >/dev/null; \
	fi
	@mkdir -p $(BUILD) && printf '#include <criterion/criterion.h>\nTest(probe, links) { cr_assert(1); }\n' | \
		$(CC) -x c -o $(BUILD)/.criterion-probe - -lcriterion 2>$(BUILD)/.criterion-probe.log || \
		{ echo "deps-test: ERROR: a Criterion test does not build (package libcriterion-dev):"; head -n 3 $(BUILD)/.criterion-probe.log; exit 1; }

## every public header compiled on its own, as C99 and as C++11, under -Werror
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

##@ Start here
## build and run every test (installs Criterion and the other test tools when missing)
test: headers-check $(BUILD)/test_all
	./$(BUILD)/test_all -j2
	$(if $(strip $(TEST_DEPS)),@$(MAKE) --no-print-directory $(TEST_DEPS))

##@ Building and the test suite's parts
## the same as test
check: test

## remove the build directory (BUILD, default build/)
clean:
	rm -rf $(BUILD)

-include $(sort $(wildcard mk/*.mk))

.PHONY: ci-targets help-check
##@ Building and the test suite's parts
## print the targets that .ci/run runs (fragments append to CI_TARGETS)
ci-targets:
	@echo $(CI_TARGETS)

## fail when a .PHONY target, or one that README.md or docs/ name, is not in `make help`
help-check:
	@MAKE='$(MAKE)' sh tests/make/help_check.sh

TEST_DEPS += help-check
