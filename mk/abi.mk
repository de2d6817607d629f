# SPDX-License-Identifier: MIT
# make abi-check: the ABI layout check on every compiler, target and language
# standard the machine has or can install (tests/abi/run.sh prints the table).

.PHONY: abi-check

##@ Portability and the ABI
## the ABI layout check on every compiler, target and C/C++ standard the machine can install
abi-check:
	@SUDO='$(SUDO)' BUILD='$(BUILD)' bash tests/abi/run.sh

CI_TARGETS += abi-check
