/* SPDX-License-Identifier: MIT */
/* The smallest decoder: one SMMUv3 event record, as Linux printed it. */
#include <stdio.h>
#include <iommu_fault/smmuv3.h>

int main(void)
{
	/* "arm-smmu-v3 arm-smmu-v3.0.auto: event 0x10 received:" and its 4 words */
	const uint64_t words[4] = {0x0000750100001810ull, 0x0000120080000176ull, 0x0000aaaada7af000ull,
				   0x0000aaaada7af000ull};
	uint8_t rec[IOF_SMMUV3_EVENT_SIZE];
	struct iof_fault f;

	iof_words_store(rec, words, 4); /* word 0 = bytes 0..7, little-endian */
	if (iof_smmuv3_event_decode(rec, sizeof(rec), 0, &f) != IOF_OK)
		return 1;
	printf("%s: %s at 0x%llx from stream 0x%x\n", iof_reason_name(f.reason), iof_reason_desc(f.reason),
	       (unsigned long long)f.addr, (unsigned)f.source_id);
	return 0;
}
