# SPDX-License-Identifier: MIT
# make portable-run: tests/portable_runner.c (the dependency-free vector
# runner that cross-test runs under qemu-user), built natively with $(CC) and
# the project flags and run by `make test` through TEST_DEPS, so a test that
# only the runner has still guards every commit.

.PHONY: portable-run

$(BUILD)/portable_runner: tests/portable_runner.c $(TEST_HDR) $(HEADERS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ tests/portable_runner.c

##@ Building and the test suite's parts
## the dependency-free vector runner, built and run natively (part of make test)
portable-run: $(BUILD)/portable_runner
	./$(BUILD)/portable_runner

TEST_DEPS += portable-run
