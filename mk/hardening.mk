# SPDX-License-Identifier: MIT
# Hardening: the library run where failure is expensive and on machines its
# authors do not use day to day.  Every target installs what it needs with
# apt-get (tests/hardening/need.sh) and works from a fresh clone.
#
#   make check-sanitize      whole Criterion suite under clang ASan + UBSan
#   make kmod-check          out-of-tree kernel module with <linux/iommu.h>

HARD_NEED  = SUDO='$(SUDO)' sh tests/hardening/need.sh
HARD_CLANG ?= clang

.PHONY: check-sanitize kmod-check

# ---- 1. sanitizers ---------------------------------------------------------
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -O1 -g -fno-omit-frame-pointer

$(BUILD)/test_all_san: $(TEST_SRC) $(TEST_HDR) $(HEADERS) | $(BUILD) deps-test
	@$(HARD_NEED) clang libclang-rt-14-dev
	$(HARD_CLANG) $(CSTD) $(WARN) $(SAN_FLAGS) -Iinclude -Itests -o $@ $(TEST_SRC) -lcriterion

check-sanitize: $(BUILD)/test_all_san
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ./$< -j2

CI_TARGETS += check-sanitize

# ---- 4. kernel module ------------------------------------------------------
# Building (not loading) is the check: kbuild compiles the module with the
# kernel's own flags and modpost refuses any symbol the kernel does not export.
# KDIR may be given; otherwise the newest installed Debian amd64 headers are
# used, whatever kernel this machine runs.
KMOD_DIR := $(BUILD)/kmod

kmod-check:
	@$(HARD_NEED) linux-headers-amd64 || { echo "kmod-check: skipped: cannot install linux-headers-amd64"; exit 0; }; \
	kdir='$(KDIR)'; \
	[ -n "$$kdir" ] || kdir=$$(ls -d /usr/src/linux-headers-*-amd64 2>/dev/null | sort -V | tail -n 1); \
	[ -n "$$kdir" ] || kdir=$$(ls -d /lib/modules/*/build 2>/dev/null | sort -V | tail -n 1); \
	if [ -z "$$kdir" ] || [ ! -f "$$kdir/Makefile" ]; then \
		echo "kmod-check: skipped: no kernel build directory (/usr/src/linux-headers-*-amd64, /lib/modules/*/build)"; exit 0; fi; \
	rm -rf $(KMOD_DIR) && mkdir -p $(KMOD_DIR) && cp tests/kmod/Kbuild tests/kmod/iof_kmod.c $(KMOD_DIR)/ && \
	echo "kmod-check: building against $$kdir" && \
	$(MAKE) --no-print-directory -C "$$kdir" M=$(abspath $(KMOD_DIR)) IOF_INCLUDE=$(abspath include) modules && \
	echo "kmod-check: $(KMOD_DIR)/iof_kmod.ko built; undefined symbols: $$(nm -u $(KMOD_DIR)/iof_kmod.ko | awk '{print $$2}' | tr '\n' ' ')"

CI_TARGETS += kmod-check
