// SPDX-License-Identifier: MIT
//
// Every public header in one C++ translation unit, each codec called once in
// each direction.  `make cxx-check` builds it as C++11 and C++17 with g++ and
// clang++ (-Wall -Wextra -Wpedantic -Werror) and runs it.  It catches what
// headers-check cannot: C-only constructs in function bodies (implicit void *
// conversions, designated initializers, compound literals), enum/int mixing,
// and linkage problems when the inline functions are really called.
#include <iommu_fault/compat.h>
#include <iommu_fault/fault.h>
#include <iommu_fault/iommu_fault.h>
#include <iommu_fault/smmuv3.h>
#include <iommu_fault/vtd.h>

#include <cstdio>
#include <cstring>

namespace {

int failures;

void expect(bool ok, const char *what, int rc)
{
	if (!ok) {
		std::printf("FAIL %s (status %d: %s)\n", what, rc, iof_strerror(rc));
		failures++;
	}
}

// Decodes @words as record type @name, encodes the result back and checks
// that the bytes are the same.
template <typename Dec, typename Enc>
void fault_round_trip(const char *name, const uint64_t *words, size_t n, Dec dec, Enc enc)
{
	uint8_t in[32] = {}, out[32] = {};
	iof_fault f;
	uint32_t lost = 0;
	iof_words_store(in, words, static_cast<unsigned>(n));
	int rc = dec(in, 8 * n, IOF_DECODE_STRICT, &f);
	expect(rc == IOF_OK, name, rc);
	rc = enc(&f, out, 8 * n, &lost);
	expect(rc == IOF_OK && lost == 0, name, rc);
	expect(std::memcmp(in, out, 8 * n) == 0, name, 0);
}

template <typename Dec, typename Enc>
void resp_round_trip(const char *name, const uint64_t *words, size_t n, Dec dec, Enc enc)
{
	uint8_t in[32] = {}, out[32] = {};
	iof_page_response r;
	iof_words_store(in, words, static_cast<unsigned>(n));
	int rc = dec(in, 8 * n, IOF_DECODE_STRICT, &r);
	expect(rc == IOF_OK, name, rc);
	rc = enc(&r, out, 8 * n);
	expect(rc == IOF_OK, name, rc);
	expect(std::memcmp(in, out, 8 * n) == 0, name, 0);
}

} // namespace

int main()
{
	// IHI 0070 §7.3.13 F_TRANSLATION, StreamID 0x42, SSV with SubstreamID 5, InputAddr.
	const uint64_t evt[4] = {(0x42ull << 32) | (5ull << 12) | (1ull << 11) | 0x10,
				 1ull << 35, 0x0000ffffc0de5000ull, 0};
	// §8 PRI: StreamID 0x100, R, Last, PRGIndex 3, page 0x7f0000.
	const uint64_t pri[2] = {0x100ull | (1ull << 60) | (1ull << 62), 0x7f0000000ull | 3};
	// §4.7.1 CMD_RESUME Retry (Ac=1), StreamID 0x42, STAG 7.
	const uint64_t resume[2] = {0x44 | (1ull << 12) | (0x42ull << 32), 7};
	// §4.5.2 CMD_PRI_RESP Success (0b10), StreamID 0x100, PRGIndex 3.
	const uint64_t pri_resp[2] = {0x41 | (0x100ull << 32), 3 | (2ull << 12)};
	// VT-d fault recording register: FR 0x05 (LGN.2), read, SID 0x00fe, page 0x7ff3c000.
	const uint64_t frcd[2] = {0x7ff3c000ull, (1ull << 63) | (1ull << 62) | (0x05ull << 32) | 0xfe};
	// VT-d 256-bit page request: Type 1, RID 0x00fe, RD, LPIG, PRG index 3, page 0x1000.
	const uint64_t prq[4] = {0x01 | (0xfeull << 16), 0x1000 | (3ull << 3) | 4 | 1, 0, 0};
	// VT-d 2.x page request: LPIG, bus 0, RD, devfn 0xfe, PRG index 3, page 0x1000.
	const uint64_t prq2[2] = {(1ull << 3) | (3ull << 55), 0x1000 | (0xfeull << 4) | 1};
	// VT-d page group response: type 9, Success, RID 0x00fe, LPIG, PRG index 3.
	const uint64_t grp[4] = {0x9 | (0xfeull << 16), (3ull << 3) | 4, 0, 0};
	// VT-d 2.x page group response (Linux v4.4 QI_PGRP_*): Failure Fh, RID 0x100, PRG index 0x1ff.
	const uint64_t grp2[2] = {0x1000009ull, 0xff8000000000000full};

	fault_round_trip("smmuv3 event", evt, 4, iof_smmuv3_event_decode, iof_smmuv3_event_encode);
	fault_round_trip("smmuv3 pri", pri, 2, iof_smmuv3_pri_decode, iof_smmuv3_pri_encode);
	resp_round_trip("smmuv3 cmd_resume", resume, 2, iof_smmuv3_cmd_resume_decode,
			iof_smmuv3_cmd_resume_encode);
	resp_round_trip("smmuv3 cmd_pri_resp", pri_resp, 2, iof_smmuv3_cmd_pri_resp_decode,
			iof_smmuv3_cmd_pri_resp_encode);
	fault_round_trip("vtd fault", frcd, 2, iof_vtd_fault_decode, iof_vtd_fault_encode);
	fault_round_trip("vtd page request", prq, 4, iof_vtd_page_request_decode,
			 iof_vtd_page_request_encode);
	fault_round_trip("vtd page request v2", prq2, 2, iof_vtd_page_request_v2_decode,
			 iof_vtd_page_request_v2_encode);
	resp_round_trip("vtd page group response", grp, 4, iof_vtd_page_grp_resp_decode,
			iof_vtd_page_grp_resp_encode);
	resp_round_trip("vtd 2.x page group response", grp2, 2, iof_vtd_page_grp_resp_v2_decode,
			iof_vtd_page_grp_resp_v2_encode);

	uint8_t term[IOF_SMMUV3_CMD_SIZE];
	uint32_t sid = 0;
	int rc = iof_smmuv3_cmd_stall_term_encode(0x42, term, sizeof(term));
	expect(rc == IOF_OK, "smmuv3 cmd_stall_term encode", rc);
	rc = iof_smmuv3_cmd_stall_term_decode(term, sizeof(term), IOF_DECODE_STRICT, &sid);
	expect(rc == IOF_OK && sid == 0x42, "smmuv3 cmd_stall_term decode", rc);

	// Names are static strings, never null, also for values out of range.
	expect(iof_reason_name(IOF_REASON_COUNT) != IOF_NULL, "name of an unknown reason", 0);
	expect(std::strcmp(iof_smmuv3_event_name(0x10), "F_TRANSLATION") == 0, "event name", 0);

	std::printf("cxx-check (C++ %ld): %s\n", static_cast<long>(__cplusplus),
		    failures ? "FAILED" : "all codecs decode and encode");
	return failures ? 1 : 0;
}
