# SPDX-License-Identifier: MIT
# make install: headers, pkg-config file and CMake package, the tool
# (tools/iommu-fault-decode/, built first) and its man page, under
# $(DESTDIR)$(PREFIX).
# make install-test: installs into a temporary prefix and builds and runs
# tests/consumer against it with pkg-config + cc and with CMake.

INSTALL          ?= install
IOF_VERSION      ?= $(shell sed -n 's/^\#define IOF_VERSION_STRING "\(.*\)"/\1/p' include/iommu_fault/fault.h)
IOF_INCLUDEDIR   = $(PREFIX)/include/iommu_fault
IOF_PKGCONFIGDIR = $(PREFIX)/share/pkgconfig
IOF_CMAKEDIR     = $(PREFIX)/share/cmake/iommu_fault
IOF_BINDIR       = $(PREFIX)/bin
IOF_MAN1DIR      = $(PREFIX)/share/man/man1
# The tool is built by mk/tool.mk's rule for this path.
IOF_TOOL         ?= $(BUILD)/iommu-fault-decode
IOF_MAN1         ?= docs/iommu-fault-decode.1

IOF_SUBST = sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(IOF_VERSION)|g' \
		-e 's|@VERSION_MAJOR@|$(firstword $(subst ., ,$(IOF_VERSION)))|g'

.PHONY: install install-test

##@ Documentation and installation
## headers, pkg-config and CMake files, the tool and its man page, under $(DESTDIR)$(PREFIX)
install: $(HEADERS) $(IOF_TOOL) $(IOF_MAN1)
	@test -n "$(IOF_VERSION)" || { echo "install: no IOF_VERSION_STRING in fault.h" >&2; exit 1; }
	$(INSTALL) -d $(DESTDIR)$(IOF_INCLUDEDIR) $(DESTDIR)$(IOF_PKGCONFIGDIR) $(DESTDIR)$(IOF_CMAKEDIR)
	$(INSTALL) -m 644 $(HEADERS) $(DESTDIR)$(IOF_INCLUDEDIR)/
	$(IOF_SUBST) packaging/iommu_fault.pc.in >$(DESTDIR)$(IOF_PKGCONFIGDIR)/iommu_fault.pc
	$(IOF_SUBST) packaging/iommu_faultConfig.cmake.in >$(DESTDIR)$(IOF_CMAKEDIR)/iommu_faultConfig.cmake
	$(IOF_SUBST) packaging/iommu_faultConfigVersion.cmake.in >$(DESTDIR)$(IOF_CMAKEDIR)/iommu_faultConfigVersion.cmake
	chmod 644 $(DESTDIR)$(IOF_PKGCONFIGDIR)/iommu_fault.pc $(DESTDIR)$(IOF_CMAKEDIR)/*.cmake
	$(INSTALL) -D -m 755 $(IOF_TOOL) $(DESTDIR)$(IOF_BINDIR)/iommu-fault-decode
	$(INSTALL) -D -m 644 $(IOF_MAN1) $(DESTDIR)$(IOF_MAN1DIR)/iommu-fault-decode.1

##@ Building and the test suite's parts
## install into a scratch prefix, then build tests/consumer against it with pkg-config and CMake
install-test:
	@MAKE='$(MAKE)' BUILD='$(BUILD)' CC='$(CC)' SUDO='$(SUDO)' IOF_VERSION='$(IOF_VERSION)' \
		bash tests/consumer/run.sh

TEST_DEPS += install-test
