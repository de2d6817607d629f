# SPDX-License-Identifier: MIT
# make mutation: mutation testing of the headers (tests/mutation/run.py,
# docs/testing.md).  Each mutant of tests/mutation/mutants.txt is applied,
# one at a time, to a scratch copy of include/iommu_fault/ (the tree is never
# edited), and the portable runner, the tool checks and the Criterion suite
# are built at -O0 against it and run.  Prints "N killed, M survived" and
# every survivor; fails below 97 % killed or when a survivor is not listed in
# tests/mutation/equivalent.txt, and on any stale mutant (a snippet that no
# longer occurs exactly once in its header).
# make mutation-sample: the 20 mutants marked `sample: yes` (spread over the headers),
# run by CI; fails when any of them survives.

MUTATION_JOBS ?= 2
MUTATION_RUN  = CC='$(CC)' python3 tests/mutation/run.py --jobs $(MUTATION_JOBS)

.PHONY: mutation mutation-sample deps-mutation

# python3 is on Debian's base images; installed like the other tools when missing.
##@ Robustness
## install Criterion and python3 when missing
deps-mutation: deps-test
	@command -v python3 >/dev/null 2>&1 || SUDO='$(SUDO)' sh tests/hardening/need.sh python3

## mutation testing of the headers: >= 97 % killed, survivors justified (10-20 min on 2 cores)
mutation: deps-mutation
	@$(MUTATION_RUN)

## the 20 mutants marked `sample: yes` (run by CI): fails when one survives
mutation-sample: deps-mutation
	@$(MUTATION_RUN) --sample

CI_TARGETS += mutation-sample
