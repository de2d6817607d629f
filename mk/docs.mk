# SPDX-License-Identifier: MIT
# make docs: Doxygen HTML from include/iommu_fault/*.h and docs/*.md into
# $(BUILD)/docs/html.  Any Doxygen warning fails the target (docs/Doxyfile).

DOXYGEN     ?= doxygen
DOCS_OUT    ?= $(BUILD)/docs
IOF_VERSION ?= $(shell sed -n 's/^\#define IOF_VERSION_STRING "\(.*\)"/\1/p' include/iommu_fault/fault.h)

.PHONY: docs deps-docs

deps-docs:
	@if ! command -v $(DOXYGEN) >/dev/null 2>&1; then \
		echo "installing doxygen"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends doxygen >/dev/null; \
	fi

# The Doxyfile's own settings, then the version and output directory from here.
docs: deps-docs
	@rm -rf $(DOCS_OUT) && mkdir -p $(DOCS_OUT)
	@{ cat docs/Doxyfile; echo 'PROJECT_NUMBER = $(IOF_VERSION)'; echo 'OUTPUT_DIRECTORY = $(DOCS_OUT)'; } | \
		$(DOXYGEN) - 2>$(DOCS_OUT)/warnings.log; rc=$$?; \
	cat $(DOCS_OUT)/warnings.log >&2; \
	n=$$(grep -c . $(DOCS_OUT)/warnings.log); \
	echo "docs: $$n doxygen warnings, $(DOCS_OUT)/html/index.html"; \
	[ $$rc -eq 0 ] && [ $$n -eq 0 ]

CI_TARGETS += docs
