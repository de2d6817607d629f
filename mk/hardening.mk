# SPDX-License-Identifier: MIT
# Hardening: the library run where failure is expensive and on machines its
# authors do not use day to day.  Every target installs what it needs with
# apt-get (tests/hardening/need.sh) and works from a fresh clone.
#
#   make check-sanitize      whole Criterion suite under clang ASan + UBSan

HARD_NEED  = SUDO='$(SUDO)' sh tests/hardening/need.sh
HARD_CLANG ?= clang

.PHONY: check-sanitize

# ---- 1. sanitizers ---------------------------------------------------------
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -O1 -g -fno-omit-frame-pointer

$(BUILD)/test_all_san: $(TEST_SRC) $(TEST_HDR) $(HEADERS) | $(BUILD) deps-test
	@$(HARD_NEED) clang libclang-rt-14-dev
	$(HARD_CLANG) $(CSTD) $(WARN) $(SAN_FLAGS) -Iinclude -Itests -o $@ $(TEST_SRC) -lcriterion

check-sanitize: $(BUILD)/test_all_san
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ./$< -j2

CI_TARGETS += check-sanitize
