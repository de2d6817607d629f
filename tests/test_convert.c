/* SPDX-License-Identifier: MIT */
/*
 * Conversions between formats through the generic record, using only the
 * public API of vtd.h and smmuv3.h:
 *
 *   VT-d fault record -> generic -> SMMUv3 event -> generic -> VT-d fault record
 *   VT-d page request -> generic -> SMMUv3 PRI entry -> generic -> VT-d page request
 *
 * The property checked everywhere: whatever did not survive a hop is named
 * by a bit of that hop's loss mask; nothing is dropped silently.  Records
 * are built from the VT-d field tables (tests/vectors/vtd.h) and from the
 * seeded generator in tests/rng.h.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "iommu_fault/smmuv3.h"
#include "iommu_fault/vtd.h"
#include "rng.h"
#include "vectors/vtd.h"

#define NVTD (sizeof(iof_vtd_vectors) / sizeof(iof_vtd_vectors[0]))

static void to_bytes(uint8_t *b, const uint64_t *w, unsigned n)
{
	unsigned i, j;
	for (i = 0; i < n; i++)
		for (j = 0; j < 8; j++)
			b[8 * i + j] = (uint8_t)(w[i] >> (8 * j));
}

/*
 * The IOF_LOST_* categories in which information of @p a is missing from
 * @p b.  Information @p b gained (a field valid in @p b only, a transaction
 * type where @p a had none) is not a loss.
 */
static uint32_t dropped(const struct iof_fault *a, const struct iof_fault *b)
{
	static const uint32_t flag_bits =
		IOF_FLAG_FATAL | IOF_FLAG_STAGE2 | IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID | IOF_FLAG_PRIV_DATA;
	uint32_t l = 0;
	unsigned i;
	if (a->kind != b->kind)
		l |= IOF_LOST_KIND;
	if (a->reason != b->reason)
		l |= IOF_LOST_REASON;
	if ((a->txn != IOF_TXN_UNSPECIFIED && a->txn != b->txn) || a->at != b->at)
		l |= IOF_LOST_TXN;
	if ((a->flags & IOF_FLAG_SOURCE_ID_VALID) &&
	    (!(b->flags & IOF_FLAG_SOURCE_ID_VALID) || a->source_id != b->source_id))
		l |= IOF_LOST_SOURCE_ID;
	if ((a->flags & IOF_FLAG_PASID_VALID) && (!(b->flags & IOF_FLAG_PASID_VALID) || a->pasid != b->pasid))
		l |= IOF_LOST_PASID;
	if ((a->flags & IOF_FLAG_ADDR_VALID) && (!(b->flags & IOF_FLAG_ADDR_VALID) || a->addr != b->addr))
		l |= IOF_LOST_ADDR;
	if ((a->flags & IOF_FLAG_FETCH_ADDR_VALID) &&
	    (!(b->flags & IOF_FLAG_FETCH_ADDR_VALID) || a->fetch_addr != b->fetch_addr))
		l |= IOF_LOST_FETCH_ADDR;
	if ((a->flags & IOF_FLAG_IPA_VALID) && (!(b->flags & IOF_FLAG_IPA_VALID) || a->ipa != b->ipa))
		l |= IOF_LOST_IPA;
	if ((a->flags & IOF_FLAG_IRQ_INDEX_VALID) &&
	    (!(b->flags & IOF_FLAG_IRQ_INDEX_VALID) || a->irq_index != b->irq_index))
		l |= IOF_LOST_IRQ_INDEX;
	if ((a->flags ^ b->flags) & a->flags & flag_bits)
		l |= IOF_LOST_FLAGS;
	if (a->perm && a->perm != b->perm)
		l |= IOF_LOST_PERM;
	if (a->grpid != b->grpid)
		l |= IOF_LOST_GRPID;
	if (a->length != b->length)
		l |= IOF_LOST_LENGTH;
	if (a->origin.code && (a->origin.record != b->origin.record || a->origin.code != b->origin.code))
		l |= IOF_LOST_CODE;
	for (i = 0; i < 3; i++)
		if (a->origin.detail[i] &&
		    (a->origin.record != b->origin.record || a->origin.detail[i] != b->origin.detail[i]))
			l |= IOF_LOST_DETAIL;
	return l;
}

static void lost_names(uint32_t l, char *s, size_t n)
{
	uint32_t bit;
	s[0] = 0;
	for (bit = 1; bit && bit < (1u << IOF_LOST_COUNT); bit <<= 1)
		if (l & bit) {
			strncat(s, iof_lost_name(bit), n - strlen(s) - 1);
			strncat(s, " ", n - strlen(s) - 1);
		}
}

/* The full chain for one VT-d fault record; returns the final record in @p out. */
static void fault_chain(const char *name, const uint8_t *in, uint8_t *out, struct iof_fault *g0, struct iof_fault *g3,
			uint32_t *lost1, uint32_t *lost2)
{
	struct iof_fault g1;
	uint8_t ev[IOF_SMMUV3_EVENT_SIZE];
	char s[256];
	int rc;

	rc = iof_vtd_fault_decode(in, IOF_VTD_FAULT_SIZE, 0, g0);
	cr_assert(rc == 0 || rc == IOF_E_CODE, "%s: vtd decode %d", name, rc);
	rc = iof_smmuv3_event_encode(g0, ev, sizeof(ev), lost1);
	cr_assert_eq(rc, 0, "%s: smmuv3 encode %d", name, rc);
	cr_assert_eq(iof_smmuv3_event_encode(g0, ev, sizeof(ev), IOF_NULL), *lost1 ? IOF_E_LOSSY : 0);
	rc = iof_smmuv3_event_encode(g0, ev, sizeof(ev), lost1);
	rc = iof_smmuv3_event_decode(ev, sizeof(ev), 0, &g1);
	cr_assert(rc == 0 || rc == IOF_E_CODE, "%s: smmuv3 decode %d", name, rc);
	rc = iof_vtd_fault_encode(&g1, out, IOF_VTD_FAULT_SIZE, lost2);
	cr_assert_eq(rc, 0, "%s: vtd encode %d", name, rc);
	rc = iof_vtd_fault_decode(out, IOF_VTD_FAULT_SIZE, 0, g3);
	cr_assert(rc == 0 || rc == IOF_E_CODE, "%s: final decode %d", name, rc);

	lost_names(dropped(g0, &g1) & ~*lost1, s, sizeof(s));
	cr_expect_eq(dropped(g0, &g1) & ~*lost1, 0u, "%s: VT-d -> SMMUv3 dropped silently: %s", name, s);
	lost_names(dropped(&g1, g3) & ~*lost2, s, sizeof(s));
	cr_expect_eq(dropped(&g1, g3) & ~*lost2, 0u, "%s: SMMUv3 -> VT-d dropped silently: %s", name, s);
	lost_names(dropped(g0, g3) & ~(*lost1 | *lost2), s, sizeof(s));
	cr_expect_eq(dropped(g0, g3) & ~(*lost1 | *lost2), 0u, "%s: end to end dropped silently: %s", name, s);
}

Test(convert, vtd_fault_through_smmuv3_every_vector)
{
	size_t i;
	for (i = 0; i < NVTD; i++) {
		const struct iof_vec *v = &iof_vtd_vectors[i];
		struct iof_fault g0, g3;
		uint8_t in[16], out[16];
		uint32_t l1, l2;
		if (v->record != IOF_REC_VTD_FAULT || v->status == IOF_E_EMPTY)
			continue;
		to_bytes(in, v->w, 2);
		fault_chain(v->name, in, out, &g0, &g3, &l1, &l2);
		/* The VT-d origin code never reaches SMMUv3, and says so. */
		cr_expect(l1 & IOF_LOST_CODE, "%s", v->name);
	}
}

Test(convert, what_survives_a_pte_read_fault)
{
	/* Linux: "[DMA Read NO_PASID] Request device [00:02.0] fault addr 0x7fb2c000
	 * [fault reason 0x06] PTE Read access is not set" (tests/vectors/vtd.h). */
	uint64_t w[2] = {0x7fb2c000ull, ((uint64_t)1 << 63) | ((uint64_t)1 << 62) | ((uint64_t)0x06 << 32) | 0x0010u};
	struct iof_fault g0, g3;
	uint8_t in[16], out[16];
	uint32_t l1, l2;
	to_bytes(in, w, 2);
	fault_chain("LGN.3", in, out, &g0, &g3, &l1, &l2);
	cr_expect_eq(g3.source_id, 0x0010u);
	cr_expect_eq(g3.addr, 0x7fb2c000ull);
	cr_expect_eq(g3.perm, IOF_PERM_READ);
	cr_expect_eq(g3.reason, IOF_REASON_PERMISSION);
	cr_expect_eq(g3.origin.code, 0x06u, "LGN.3 comes back as LGN.3");
	cr_expect_eq(l2 & ~(uint32_t)(IOF_LOST_CODE | IOF_LOST_DETAIL), 0u, "lost2 0x%x", l2);
	cr_expect_eq(memcmp(in, out, 16), 0, "the same record comes back");
}

Test(convert, what_survives_a_pasid_translation_fault)
{
	/* SFS.2 (0x71): first-stage entry not present, PASID 0x12345, write from 3a:00.0. */
	uint64_t w[2] = {0x00007f1234567000ull, ((uint64_t)1 << 63) | ((uint64_t)0x12345 << 40) |
							((uint64_t)0x71 << 32) | ((uint64_t)1 << 31) | 0x3a00u};
	struct iof_fault g0, g3;
	uint8_t in[16], out[16];
	uint32_t l1, l2;
	to_bytes(in, w, 2);
	fault_chain("SFS.2", in, out, &g0, &g3, &l1, &l2);
	cr_expect_eq(g3.reason, IOF_REASON_PTE_FETCH);
	cr_expect_eq(g3.pasid, 0x12345u);
	cr_expect_eq(g3.flags & IOF_FLAG_PASID_VALID, IOF_FLAG_PASID_VALID);
	cr_expect_eq(g3.perm, IOF_PERM_WRITE);
	cr_expect_eq(g3.origin.code, 0x71u, "the reverse table picks SFS.2 for a PASID translation fault");
}

Test(convert, interrupt_faults_have_no_smmuv3_home)
{
	/* Linux: "[INTR-REMAP] Request device [f0:1f.0] fault index 0x17 [fault reason 0x25]". */
	uint64_t w[2] = {(uint64_t)0x17 << 48, ((uint64_t)1 << 63) | ((uint64_t)0x25 << 32) | 0xf0f8u};
	struct iof_fault g0, g3;
	uint8_t in[16], out[16];
	uint32_t l1, l2;
	to_bytes(in, w, 2);
	fault_chain("IR 0x25", in, out, &g0, &g3, &l1, &l2);
	/* However SMMUv3 expresses it, the interrupt index cannot survive, and is reported. */
	cr_expect(l1 & (IOF_LOST_IRQ_INDEX | IOF_LOST_KIND | IOF_LOST_REASON), "lost1 0x%x", l1);
}

Test(convert, random_vtd_faults_through_smmuv3)
{
	struct iof_rng rng = {11};
	unsigned n;
	for (n = 0; n < 20000; n++) {
		uint64_t w[2];
		struct iof_fault g0, g3;
		uint8_t in[16], out[16];
		uint32_t l1, l2, fr;
		char name[32];
		w[0] = iof_rng_next(&rng);
		w[1] = iof_rng_next(&rng) | (uint64_t)1 << 63;
		fr = (uint32_t)(w[1] >> 32) & 0xffu;
		w[0] &= iof_vtd_fault_defined_mask(0, iof_vtd_fr_is_irq(fr));
		w[1] &= iof_vtd_fault_defined_mask(1, iof_vtd_fr_is_irq(fr));
		to_bytes(in, w, 2);
		(void)snprintf(name, sizeof(name), "round %u FR 0x%02x", n, fr);
		fault_chain(name, in, out, &g0, &g3, &l1, &l2);
	}
}

/* ---- page requests ---- */

static void prq_chain(const char *name, const uint8_t *in, uint8_t *out, struct iof_fault *g0, struct iof_fault *g2,
		      uint32_t *lost1, uint32_t *lost2)
{
	struct iof_fault g1;
	uint8_t pri[IOF_SMMUV3_PRI_SIZE];
	char s[256];
	int rc;

	rc = iof_vtd_page_request_decode(in, IOF_VTD_PAGE_REQUEST_SIZE, 0, g0);
	cr_assert_eq(rc, 0, "%s: vtd decode %d", name, rc);
	rc = iof_smmuv3_pri_encode(g0, pri, sizeof(pri), lost1);
	cr_assert_eq(rc, 0, "%s: pri encode %d", name, rc);
	rc = iof_smmuv3_pri_decode(pri, sizeof(pri), 0, &g1);
	cr_assert_eq(rc, 0, "%s: pri decode %d", name, rc);
	rc = iof_vtd_page_request_encode(&g1, out, IOF_VTD_PAGE_REQUEST_SIZE, lost2);
	cr_assert_eq(rc, 0, "%s: vtd encode %d", name, rc);
	rc = iof_vtd_page_request_decode(out, IOF_VTD_PAGE_REQUEST_SIZE, 0, g2);
	cr_assert_eq(rc, 0, "%s: final decode %d", name, rc);

	lost_names(dropped(g0, &g1) & ~*lost1, s, sizeof(s));
	cr_expect_eq(dropped(g0, &g1) & ~*lost1, 0u, "%s: VT-d -> PRI dropped silently: %s", name, s);
	lost_names(dropped(&g1, g2) & ~*lost2, s, sizeof(s));
	cr_expect_eq(dropped(&g1, g2) & ~*lost2, 0u, "%s: PRI -> VT-d dropped silently: %s", name, s);
	lost_names(dropped(g0, g2) & ~(*lost1 | *lost2), s, sizeof(s));
	cr_expect_eq(dropped(g0, g2) & ~(*lost1 | *lost2), 0u, "%s: end to end dropped silently: %s", name, s);
}

Test(convert, vtd_page_request_through_smmuv3_pri)
{
	/* Read+write request, PASID 0xabcde, last in group, PRG index 0x1ff, from 03:00.0
	 * (first 256-bit row of tests/vectors/vtd.h). */
	uint64_t w[4] = {0x01u | (uint64_t)1 << 8 | (uint64_t)0x0300 << 16 | (uint64_t)0xabcde << 32,
			 0x3u | (uint64_t)1 << 2 | (uint64_t)0x1ff << 3 | 0x00007f0000001000ull, 0, 0};
	struct iof_fault g0, g2;
	uint8_t in[32], out[32];
	uint32_t l1, l2;
	to_bytes(in, w, 4);
	prq_chain("page request", in, out, &g0, &g2, &l1, &l2);
	cr_expect_eq(g2.kind, IOF_KIND_PAGE_REQUEST);
	cr_expect_eq(g2.source_id, 0x0300u);
	cr_expect_eq(g2.pasid, 0xabcdeu);
	cr_expect_eq(g2.grpid, 0x1ffu);
	cr_expect_eq(g2.addr, 0x00007f0000001000ull);
	cr_expect_eq(g2.perm, IOF_PERM_READ | IOF_PERM_WRITE);
	cr_expect_eq(g2.flags & (IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID), IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID);
	cr_expect_eq(memcmp(in, out, 32), 0, "the same descriptor comes back");
	cr_expect_eq(l2, 0u, "nothing lost coming back, lost2 0x%x", l2);
}

Test(convert, vtd_stop_marker_and_private_data_through_smmuv3_pri)
{
	/* Stop marker: LPIG=1, RD=WR=0, PASID 0x42. */
	uint64_t stop[4] = {0x01u | (uint64_t)1 << 8 | (uint64_t)0x0300 << 16 | (uint64_t)0x42 << 32,
			    (uint64_t)1 << 2 | (uint64_t)3 << 3, 0, 0};
	/* VT-d 3.x private data: SMMUv3 PRI has no place for it. */
	uint64_t priv[4] = {0x01u | (uint64_t)1 << 8 | (uint64_t)1 << 9 | (uint64_t)0x0300 << 16 | (uint64_t)1 << 32,
			    0x2u | (uint64_t)9 << 3 | 0x2000ull, 0x1122334455667788ull, 0x99aabbccddeeff00ull};
	struct iof_fault g0, g2;
	uint8_t in[32], out[32];
	uint32_t l1, l2;
	to_bytes(in, stop, 4);
	prq_chain("stop marker", in, out, &g0, &g2, &l1, &l2);
	cr_expect_eq(g2.kind, IOF_KIND_STOP_MARKER);
	cr_expect_eq(memcmp(in, out, 32), 0);
	/* Both formats say the same thing about a stop marker; only VT-d's descriptor
	 * Type (0x01) has no SMMUv3 PRI field, and it is reported as such. */
	cr_expect_eq(l1, IOF_LOST_CODE, "stop marker to SMMUv3 lost 0x%x", l1);
	cr_expect_eq(l2, 0u, "stop marker back to VT-d lost 0x%x", l2);
	to_bytes(in, priv, 4);
	prq_chain("private data", in, out, &g0, &g2, &l1, &l2);
	cr_expect(l1 & IOF_LOST_DETAIL, "private data reported lost: 0x%x", l1);
	cr_expect(l1 & IOF_LOST_FLAGS, "PRIV_DATA flag reported lost: 0x%x", l1);
}

Test(convert, random_vtd_page_requests_through_smmuv3_pri)
{
	struct iof_rng rng = {12};
	unsigned n;
	for (n = 0; n < 20000; n++) {
		uint64_t w[4];
		struct iof_fault g0, g2;
		uint8_t in[32], out[32];
		uint32_t l1, l2;
		char name[32];
		w[0] = (iof_rng_next(&rng) & iof_vtd_page_request_defined_mask(0) & ~(uint64_t)0xff) | 0x01u;
		w[1] = iof_rng_next(&rng);
		w[2] = (w[0] >> 9 & 1) ? iof_rng_next(&rng) : 0;
		w[3] = (w[0] >> 9 & 1) ? iof_rng_next(&rng) : 0;
		to_bytes(in, w, 4);
		(void)snprintf(name, sizeof(name), "round %u", n);
		prq_chain(name, in, out, &g0, &g2, &l1, &l2);
		/* Whatever was not lost came back bit for bit. */
		if (!(l1 | l2))
			cr_expect_eq(memcmp(in, out, 32), 0, "%s", name);
	}
}

/* ---- foreign records into the VT-d encoders ---- */

Test(convert, smmuv3_events_into_vtd)
{
	/*
	 * Random SMMUv3 event records of every defined event number, decoded
	 * with the SMMUv3 codec, then encoded as VT-d: a fault record for
	 * faults, a page request for stalls.  Values VT-d cannot hold at all
	 * (StreamID above 16 bits, a byte address) are narrowed in the generic
	 * record first: they are refused with IOF_E_RANGE, which is tested in
	 * test_vtd.c; here the question is only whether every other
	 * difference is reported.
	 */
	struct iof_rng rng = {13};
	uint32_t ids[256], nid = 0, id;
	unsigned n, encoded = 0, unsupported = 0;
	for (id = 0; id < 256; id++)
		if (iof_smmuv3_event_info(id))
			ids[nid++] = id;
	cr_assert(nid > 10);
	for (n = 0; n < 20000; n++) {
		uint64_t w[4];
		uint8_t ev[IOF_SMMUV3_EVENT_SIZE], out[IOF_VTD_PAGE_REQUEST_SIZE];
		struct iof_fault g1, g3;
		uint32_t lost = 0;
		char s[256];
		int rc, prq;
		unsigned i;
		for (i = 0; i < 4; i++)
			w[i] = iof_rng_next(&rng);
		w[0] = (w[0] & ~(uint64_t)0xff) | ids[n % nid]; /* EventNumber, bits 7:0 */
		to_bytes(ev, w, 4);
		rc = iof_smmuv3_event_decode(ev, sizeof(ev), 0, &g1);
		if (rc != 0)
			continue;
		g1.source_id &= 0xffffu;
		g1.addr &= ~(uint64_t)0xfff;
		g1.grpid &= 0x1ffu;
		g1.pasid &= 0xfffffu;
		prq = g1.kind == IOF_KIND_PAGE_REQUEST || g1.kind == IOF_KIND_STOP_MARKER;
		rc = prq ? iof_vtd_page_request_encode(&g1, out, sizeof(out), &lost)
			 : iof_vtd_fault_encode(&g1, out, sizeof(out), &lost);
		if (rc == IOF_E_UNSUPPORTED) {
			unsupported++;
			continue;
		}
		cr_assert_eq(rc, 0, "event 0x%02x kind %s: encode %d", ids[n % nid], iof_kind_name(g1.kind), rc);
		encoded++;
		rc = prq ? iof_vtd_page_request_decode(out, sizeof(out), 0, &g3)
			 : iof_vtd_fault_decode(out, IOF_VTD_FAULT_SIZE, 0, &g3);
		cr_assert_eq(rc, 0);
		lost_names(dropped(&g1, &g3) & ~lost, s, sizeof(s));
		if (dropped(&g1, &g3) & ~lost)
			cr_assert_fail("event 0x%02x (%s, %s): dropped silently: %s", ids[n % nid],
				       iof_kind_name(g1.kind), iof_reason_name(g1.reason), s);
		cr_expect(lost & IOF_LOST_CODE, "the SMMUv3 event number is reported dropped");
	}
	cr_expect(encoded > 10000, "encoded %u, unsupported %u", encoded, unsupported);
}

/* fault.h: an encoder reads a member only when its validity flag is set.  The
 * same junk in flag-clear members must change nothing, in either codec. */
Test(convert, members_with_clear_flags_are_ignored_by_both_encoders)
{
	/* SMMUv3 C_BAD_STE (§7.3.5), SSV=0: no PASID, no address */
	uint64_t ev[4] = {0x04 | (uint64_t)0x0042 << 32, 0, 0, 0};
	/* VT-d LCT.2 (0x02) read fault from 00:02.0, no PASID (PP=0): no irq index */
	uint64_t fr[2] = {0x7f3a1000ull, (uint64_t)1 << 63 | (uint64_t)1 << 62 | (uint64_t)0x02 << 32 | 0x0010};
	uint8_t in[32], out[32];
	struct iof_fault g;
	uint32_t lost = 0xdead;

	to_bytes(in, ev, 4);
	cr_assert_eq(iof_smmuv3_event_decode(in, 32, 0, &g), IOF_OK);
	g.pasid = 0x55;
	g.irq_index = 7;
	g.fetch_addr = 0x1000;
	cr_assert_eq(iof_smmuv3_event_encode(&g, out, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u, "SMMUv3 reported 0x%x for flag-clear members", lost);
	cr_expect_eq(memcmp(in, out, 32), 0);

	to_bytes(in, fr, 2);
	cr_assert_eq(iof_vtd_fault_decode(in, 16, 0, &g), IOF_OK);
	g.pasid = 0x55;
	g.irq_index = 7;
	g.fetch_addr = 0x1000;
	lost = 0xdead;
	cr_assert_eq(iof_vtd_fault_encode(&g, out, 16, &lost), IOF_OK);
	cr_expect_eq(lost, 0u, "VT-d reported 0x%x for flag-clear members", lost);
	cr_expect_eq(memcmp(in, out, 16), 0);
}
