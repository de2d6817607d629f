/* SPDX-License-Identifier: MIT */
/*
 * A firmware-style user of iommu_fault: no libc, no start files, one entry
 * point that decodes a record from a fixed buffer and returns a value.
 * `make freestanding-check` compiles and links it for arm-none-eabi with
 * -ffreestanding -nostdlib -nostartfiles, and compiles it with tcc and
 * chibicc; an undefined symbol at link time means the library reached for
 * something a firmware does not have.
 */
#include <iommu_fault/iommu_fault.h>

/* GCC and Clang may lower struct copies and zeroing loops to these calls
 * even with -ffreestanding (documented in the GCC manual, "Standards"). */
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = (unsigned char *)dst;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = (unsigned char *)dst;
	const unsigned char *s = (const unsigned char *)src;
	while (n--)
		*d++ = *s++;
	return dst;
}

/* What a firmware would read from its event queue: an SMMUv3 F_TRANSLATION
 * record (IHI 0070 §7.3.13: event id 0x10, StreamID 0x42, InputAddr 0x1000)
 * and a VT-d fault recording register (FR 0x05, SID 0x0100). */
static const uint8_t fw_smmu_event[32] = { 0x10, 0, 0, 0, 0x42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
					   0x00, 0x10, 0, 0, 0, 0, 0, 0 };
static const uint8_t fw_vtd_fault[16] = { 0x00, 0x10, 0, 0, 0, 0, 0, 0,
					  0x00, 0x01, 0, 0, 0x05, 0, 0, 0x80 };

static uint8_t fw_out[32];

int fw_entry(void);

/* Returns the generic reason of each record, packed, or a negative status. */
int fw_entry(void)
{
	struct iof_fault f;
	uint32_t lost;
	int rc, out = 0;

	rc = iof_smmuv3_event_decode(fw_smmu_event, sizeof(fw_smmu_event), IOF_DECODE_STRICT, &f);
	if (rc < 0)
		return rc;
	out = f.reason;
	rc = iof_vtd_fault_decode(fw_vtd_fault, sizeof(fw_vtd_fault), IOF_DECODE_STRICT, &f);
	if (rc < 0)
		return rc;
	out = out << 8 | f.reason;
	/* and back: the VT-d fault as an SMMUv3 event, as a vIOMMU would forward it */
	rc = iof_smmuv3_event_encode(&f, fw_out, sizeof(fw_out), &lost);
	return rc < 0 ? rc : out;
}
