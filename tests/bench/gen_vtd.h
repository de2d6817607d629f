/* SPDX-License-Identifier: MIT */
/* VT-d record generators of the benchmark (tests/bench/bench_gen.h gives their shape). */
#ifndef IOF_BENCH_GEN_VTD_H
#define IOF_BENCH_GEN_VTD_H

#include "iommu_fault/vtd.h"
#include "bench_gen.h"

/*
 * Fault recording registers as a host with legacy and scalable-mode domains
 * and interrupt remapping sees them: page-table permission and not-present
 * faults dominate, then context / PASID-table misconfiguration, second-stage
 * faults of nested domains, and interrupt-remapping faults (0x20-0x26).
 */
static int bench_gen_vtd_fault(struct iof_rng *r, void *generic, uint8_t *rec)
{
	static const struct {
		uint8_t fr, pct;
	} mix[] = {
		{0x05, 10}, {0x06, 10}, /* LGN.2/3: write / read not allowed (legacy) */
		{0x71, 20},             /* SFS.2: first-stage entry not present (SVA) */
		{0x86, 5},  {0x85, 5},  /* SGN.7/6: no read / write permission (first stage) */
		{0x02, 8},              /* LCT.2: context entry not present */
		{0x04, 5},              /* LGN.1: beyond the guest address width */
		{0x0c, 2},              /* LSL.2: reserved bit in a PTE */
		{0x79, 5},              /* SSS.2: second-stage permission (nested) */
		{0x59, 5},              /* SPT.2: PASID table entry not present */
		{0x46, 3},              /* SCT.7: PASID too large */
		{0x70, 2},              /* SFS.1: first-stage walk aborted */
		{0x22, 8},              /* IR: IRTE not present */
		{0x26, 5},              /* IR: source-id verification failed */
		{0x21, 4},              /* IR: index beyond the table */
		{0x25, 3},              /* IR: compatibility-format request blocked */
	};
	struct iof_fault *f = (struct iof_fault *)generic;
	unsigned p = bench_pct(r), acc = 0, i;
	uint32_t fr = mix[0].fr;

	for (i = 0; i < sizeof(mix) / sizeof(mix[0]); i++) {
		acc += mix[i].pct;
		if (p < acc) {
			fr = mix[i].fr;
			break;
		}
	}
	iof_fault_init(f);
	f->origin.record = (uint16_t)IOF_REC_VTD_FAULT;
	f->origin.code = fr;
	f->reason = (uint8_t)iof_vtd_fr_reason(fr);
	f->flags = IOF_FLAG_SOURCE_ID_VALID;
	f->source_id = (uint32_t)iof_rng_bits(r, 16);
	if (iof_vtd_fr_is_irq(fr)) {
		f->kind = IOF_KIND_IRQ_FAULT;
		f->txn = IOF_TXN_INTERRUPT;
		f->flags |= IOF_FLAG_IRQ_INDEX_VALID;
		f->irq_index = (uint32_t)iof_rng_bits(r, 16);
	} else {
		unsigned t = bench_pct(r);
		f->kind = IOF_KIND_DMA_FAULT;
		f->txn = IOF_TXN_MEMORY;
		f->perm = t < 50 ? IOF_PERM_READ : t < 95 ? IOF_PERM_WRITE : IOF_PERM_READ | IOF_PERM_WRITE;
		if (bench_pct(r) < 5)
			f->perm |= IOF_PERM_EXEC;
		if (bench_pct(r) < 10)
			f->perm |= IOF_PERM_PRIV;
		f->flags |= IOF_FLAG_ADDR_VALID;
		f->addr = iof_rng_bits(r, 36) << 12;
		if (fr >= 0x40) { /* scalable mode: requests with PASID */
			f->flags |= IOF_FLAG_PASID_VALID;
			f->pasid = (uint32_t)iof_rng_bits(r, 20);
		}
		if (iof_vtd_fr_stage2(fr))
			f->flags |= IOF_FLAG_STAGE2;
	}
	BENCH_ENCODE_FAULT(iof_vtd_fault_encode, f, rec, 16u);
}

/* Page requests (both layouts): groups of requests, Last on about one in
 * three, mostly with a PASID, a few stop markers and some private data. */
static void bench_gen_vtd_prq(struct iof_rng *r, struct iof_fault *f)
{
	iof_fault_init(f);
	f->txn = IOF_TXN_PAGE_REQUEST;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f->source_id = (uint32_t)iof_rng_bits(r, 16);
	f->grpid = (uint32_t)iof_rng_bits(r, 9);
	f->addr = iof_rng_bits(r, 36) << 12;
	if (bench_pct(r) < 2) {
		f->kind = IOF_KIND_STOP_MARKER;
		f->flags |= IOF_FLAG_LAST | IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID;
		f->pasid = (uint32_t)iof_rng_bits(r, 20);
		return;
	}
	f->kind = IOF_KIND_PAGE_REQUEST;
	f->perm = bench_perm(r);
	if (bench_pct(r) < 35)
		f->flags |= IOF_FLAG_LAST;
	if (bench_pct(r) < 85) {
		f->flags |= IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID;
		f->pasid = (uint32_t)iof_rng_bits(r, 20);
	}
}

static int bench_gen_vtd_page_request(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_fault *f = (struct iof_fault *)generic;
	bench_gen_vtd_prq(r, f);
	f->origin.record = (uint16_t)IOF_REC_VTD_PAGE_REQUEST;
	f->origin.code = IOF_VTD_PAGE_REQUEST_TYPE_PAGE_REQ;
	if (f->kind == IOF_KIND_PAGE_REQUEST && bench_pct(r) < 10) {
		f->flags |= IOF_FLAG_PRIV_DATA;
		f->origin.detail[1] = iof_rng_next(r);
		f->origin.detail[2] = iof_rng_next(r);
	}
	BENCH_ENCODE_FAULT(iof_vtd_page_request_encode, f, rec, 32u);
}

static int bench_gen_vtd_page_request_v2(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_fault *f = (struct iof_fault *)generic;
	bench_gen_vtd_prq(r, f);
	f->origin.record = (uint16_t)IOF_REC_VTD_PAGE_REQUEST_V2;
	if (f->kind == IOF_KIND_PAGE_REQUEST && bench_pct(r) < 10)
		f->origin.detail[0] = iof_rng_bits(r, 23) << 32; /* Private Data, in place */
	BENCH_ENCODE_FAULT(iof_vtd_page_request_v2_encode, f, rec, 16u);
}

/* Page group responses (256-bit invalidation queue slots), some echoing private data. */
static int bench_gen_vtd_page_grp_resp(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_page_response *g = (struct iof_page_response *)generic;
	bench_page_response(r, g, IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	if (bench_pct(r) < 10) {
		g->detail[0] = iof_rng_next(r);
		g->detail[1] = iof_rng_next(r);
	}
	return iof_vtd_page_group_response_encode(g, rec, 32u);
}

/* VT-d 2.x page group responses (the answers to 2.x page requests), some echoing private data. */
static int bench_gen_vtd_page_grp_resp_v2(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_page_response *g = (struct iof_page_response *)generic;
	bench_page_response(r, g, IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2);
	if (bench_pct(r) < 10)
		g->detail[0] = iof_rng_bits(r, 23) << 32; /* Private Data, in place */
	return iof_vtd_page_group_response_v2_encode(g, rec, 16u);
}

/* The seeds are those of the first bench's type list, so the figures stay comparable. */
BENCH_GENERATOR(IOF_REC_VTD_FAULT, 0x10f0004u, bench_gen_vtd_fault)
BENCH_GENERATOR(IOF_REC_VTD_PAGE_REQUEST, 0x10f0005u, bench_gen_vtd_page_request)
BENCH_GENERATOR(IOF_REC_VTD_PAGE_REQUEST_V2, 0x10f0006u, bench_gen_vtd_page_request_v2)
BENCH_GENERATOR(IOF_REC_VTD_PAGE_GROUP_RESPONSE, 0x10f0007u, bench_gen_vtd_page_grp_resp)
BENCH_GENERATOR(IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2, 0x10f0008u, bench_gen_vtd_page_grp_resp_v2)

#endif /* IOF_BENCH_GEN_VTD_H */
