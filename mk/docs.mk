# SPDX-License-Identifier: MIT
# make docs: Doxygen HTML from include/iommu_fault/*.h and docs/*.md into
# $(BUILD)/docs/html.  Any Doxygen warning fails the target (docs/Doxyfile).

DOXYGEN     ?= doxygen
DOCS_OUT    ?= $(BUILD)/docs
IOF_VERSION ?= $(shell sed -n 's/^\#define IOF_VERSION_STRING "\(.*\)"/\1/p' include/iommu_fault/fault.h)

.PHONY: docs deps-docs

##@ Documentation and installation
## install doxygen when missing
deps-docs:
	@if ! command -v $(DOXYGEN) >/dev/null 2>&1; then \
		echo "installing doxygen"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends doxygen >/dev/null; \
	fi

# The Doxyfile's own settings, then the version and output directory from here.
## Doxygen HTML in build/docs/html; any Doxygen warning fails the target
docs: deps-docs
	@rm -rf $(DOCS_OUT) && mkdir -p $(DOCS_OUT)
	@{ cat docs/Doxyfile; echo 'PROJECT_NUMBER = $(IOF_VERSION)'; echo 'OUTPUT_DIRECTORY = $(DOCS_OUT)'; } | \
		$(DOXYGEN) - 2>$(DOCS_OUT)/warnings.log; rc=$$?; \
	cat $(DOCS_OUT)/warnings.log >&2; \
	n=$$(grep -c . $(DOCS_OUT)/warnings.log); \
	echo "docs: $$n doxygen warnings, $(DOCS_OUT)/html/index.html"; \
	[ $$rc -eq 0 ] && [ $$n -eq 0 ]

CI_TARGETS += docs

# make docs-records: the record list of README.md, docs/mainpage.md and the
# man page, written from the codec registry by tests/docs/records.c between
# the files' "BEGIN records" / "END records" marker lines.
# make docs-records-check (part of make test): fails when a checked-in list
# is not what the registry gives, or when the registry and IOF_CODEC_ROWS
# (the row list the bench expands) disagree.
DOCS_RECORD_FILES := README.md docs/mainpage.md docs/iommu-fault-decode.1

.PHONY: docs-records docs-records-check

$(BUILD)/records: tests/docs/records.c $(HEADERS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ tests/docs/records.c

## rewrite the record lists of README.md, docs/mainpage.md and the man page from the codec registry
docs-records: $(BUILD)/records
	@RECORDS=$(BUILD)/records bash tests/docs/records.sh $(DOCS_RECORD_FILES)

##@ Building and the test suite's parts
## fail when a record list in the docs is not the registry's (part of make test)
docs-records-check: $(BUILD)/records
	@RECORDS=$(BUILD)/records bash tests/docs/records.sh --check $(DOCS_RECORD_FILES)
	@echo "docs-records-check: the record lists of $(DOCS_RECORD_FILES) are the registry's"

TEST_DEPS += docs-records-check
