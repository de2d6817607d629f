# SPDX-License-Identifier: MIT
# The command-line tool (tools/iommu-fault-decode/), its demo and the example
# programs.
#   make tool          build/iommu-fault-decode (part of `make all`)
#   make demo          decode every sample in examples/records/
#   make examples-run  build and run the examples and tests/tool/run.sh
#                      (run by `make test` through TEST_DEPS)

IOF_TOOL_BIN  := $(BUILD)/iommu-fault-decode
IOF_TOOL_DIR  := tools/iommu-fault-decode
IOF_TOOL_SRC  := $(sort $(wildcard $(IOF_TOOL_DIR)/*.c))
IOF_TOOL_HDR  := $(wildcard $(IOF_TOOL_DIR)/*.h)
# Its units but main.c: what the fuzz harness links (mk/hardening.mk).
IOF_TOOL_UNITS := $(filter-out $(IOF_TOOL_DIR)/main.c,$(IOF_TOOL_SRC))
# The log reader's recognizer table (log.c): X(<format>) for each log_<format>.c,
# so that a format's kernel-log recognizer is registered by adding its file.
IOF_TOOL_FORMATS := $(patsubst $(IOF_TOOL_DIR)/log_%.c,%,$(filter $(IOF_TOOL_DIR)/log_%.c,$(IOF_TOOL_SRC)))
IOF_TOOL_DEFS := -DIFD_LOG_RECOGNIZERS='$(foreach f,$(IOF_TOOL_FORMATS),X($(f)))'
IOF_EXAMPLES  := $(BUILD)/minimal $(BUILD)/viommu_forward
IOF_SAMPLES   := $(sort $(wildcard examples/records/*))

.PHONY: tool demo examples examples-run

all: tool

##@ Building and the test suite's parts
## build/iommu-fault-decode, the command-line decoder
tool: $(IOF_TOOL_BIN)

## the tool and the example programs (examples/*.c)
examples: $(IOF_TOOL_BIN) $(IOF_EXAMPLES)

$(IOF_TOOL_BIN): $(IOF_TOOL_SRC) $(IOF_TOOL_HDR) $(HEADERS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(IOF_TOOL_DEFS) -o $@ $(IOF_TOOL_SRC)

$(BUILD)/minimal: examples/minimal.c $(HEADERS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -o $@ $<

$(BUILD)/viommu_forward: examples/viommu_forward.c $(HEADERS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -o $@ $<

##@ Start here
## build the tool and decode every sample record in examples/records/
demo: $(IOF_TOOL_BIN)
	@for f in $(IOF_SAMPLES); do \
		echo "=== $(IOF_TOOL_BIN) < $$f"; \
		./$(IOF_TOOL_BIN) < $$f || exit 1; \
	done

##@ Building and the test suite's parts
## run the examples and the tool checks, tests/tool/run.sh (part of make test)
examples-run: examples
	./$(BUILD)/minimal
	./$(BUILD)/viommu_forward
	bash tests/tool/run.sh ./$(IOF_TOOL_BIN)

TEST_DEPS += examples-run
