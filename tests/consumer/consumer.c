/* SPDX-License-Identifier: MIT */
/*
 * A program outside the source tree that uses the installed package: built
 * by `make install-test` once with pkg-config + cc and once with CMake.
 * Exits 0 only when the installed headers behave as documented.
 */
#include <iommu_fault/iommu_fault.h>

#include <stdio.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "consumer: FAIL: %s\n", what);
		failures++;
	}
}

int main(void)
{
	struct iof_fault f;
	uint8_t longer[sizeof(struct iof_fault) + 8];

	iof_fault_init(&f);
	check(sizeof f == 128 && f.size == IOF_FAULT_SIZE_V1, "iof_fault_init() gives a 128-byte v1 record");
	check(IOF_ABI_VERSION == 1, "IOF_ABI_VERSION is 1");
	check(strcmp(iof_reason_name(IOF_REASON_PTE_FETCH), "PTE_FETCH") == 0, "iof_reason_name()");
	check(strcmp(iof_strerror(12345), "?") == 0 && strcmp(iof_strerror(IOF_E_2BIG), "?") != 0, "iof_strerror()");

	/* The extensible-struct rule: a newer, longer record with a zero tail is
	 * accepted; a non-zero tail is refused. */
	memset(longer, 0, sizeof longer);
	memcpy(longer, &f, sizeof f);
	check(iof_struct_copy(&f, sizeof f, longer, sizeof longer) == IOF_OK, "longer struct, zero tail");
	longer[sizeof longer - 1] = 1;
	check(iof_struct_copy(&f, sizeof f, longer, sizeof longer) == IOF_E_2BIG, "longer struct, non-zero tail");

	printf("consumer: iommu_fault %s, ABI %d: %s\n", IOF_VERSION_STRING, IOF_ABI_VERSION, failures ? "FAIL" : "ok");
	return failures ? 1 : 0;
}
