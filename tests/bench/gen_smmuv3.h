/* SPDX-License-Identifier: MIT */
/* SMMUv3 record generators of the benchmark (tests/bench/bench_gen.h gives their shape). */
#ifndef IOF_BENCH_GEN_SMMUV3_H
#define IOF_BENCH_GEN_SMMUV3_H

#include "iommu_fault/smmuv3.h"
#include "bench_gen.h"

/*
 * SMMUv3 event queue mix, as a driver with stall-capable masters and SVA sees it:
 * translation and permission faults dominate (about half of them stalled,
 * awaiting CMD_RESUME), then access/address-size faults, configuration errors
 * (C_BAD_STE, C_BAD_CD, C_BAD_STREAMID), CD fetch and walk aborts, and a few
 * IMPDEF events.
 */
static int bench_gen_smmuv3_event(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_fault *f = (struct iof_fault *)generic;
	unsigned p = bench_pct(r);
	uint32_t id;
	int xlate = 0, fetch = 0, attr = 0;

	id = p < 40   ? IOF_SMMUV3_EVENT_F_TRANSLATION
	     : p < 70 ? IOF_SMMUV3_EVENT_F_PERMISSION
	     : p < 75 ? IOF_SMMUV3_EVENT_F_ACCESS
	     : p < 78 ? IOF_SMMUV3_EVENT_F_ADDR_SIZE
	     : p < 85 ? IOF_SMMUV3_EVENT_C_BAD_STE
	     : p < 90 ? IOF_SMMUV3_EVENT_F_CD_FETCH
	     : p < 93 ? IOF_SMMUV3_EVENT_C_BAD_CD
	     : p < 95 ? IOF_SMMUV3_EVENT_F_WALK_EABT
	     : p < 98 ? IOF_SMMUV3_EVENT_C_BAD_STREAMID
		      : IOF_SMMUV3_EVENT_IMPDEF_FIRST + (uint32_t)iof_rng_bits(r, 4);
	iof_fault_init(f);
	f->origin.record = (uint16_t)IOF_REC_SMMUV3_EVENT;
	f->origin.code = id;
	f->kind = IOF_KIND_DMA_FAULT;
	f->at = IOF_AT_UNTRANSLATED;
	f->flags = IOF_FLAG_SOURCE_ID_VALID;
	f->source_id = (uint32_t)iof_rng_bits(r, 16);
	if (bench_pct(r) < 60 && id != IOF_SMMUV3_EVENT_C_BAD_STREAMID) { /* SVA traffic: SSV = 1 */
		f->flags |= IOF_FLAG_PASID_VALID;
		f->pasid = (uint32_t)iof_rng_bits(r, 20);
	}
	switch (id) {
	case IOF_SMMUV3_EVENT_F_TRANSLATION:
		f->reason = IOF_REASON_PTE_FETCH;
		xlate = 1;
		break;
	case IOF_SMMUV3_EVENT_F_PERMISSION:
		f->reason = IOF_REASON_PERMISSION;
		xlate = 1;
		break;
	case IOF_SMMUV3_EVENT_F_ACCESS:
		f->reason = IOF_REASON_ACCESS;
		xlate = 1;
		break;
	case IOF_SMMUV3_EVENT_F_ADDR_SIZE:
		f->reason = IOF_REASON_OOR_ADDRESS;
		xlate = 1;
		break;
	case IOF_SMMUV3_EVENT_C_BAD_STE: f->reason = IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY; break;
	case IOF_SMMUV3_EVENT_C_BAD_CD: f->reason = IOF_REASON_BAD_PASID_ENTRY; break;
	case IOF_SMMUV3_EVENT_C_BAD_STREAMID: f->reason = IOF_REASON_SOURCEID_INVALID; break;
	case IOF_SMMUV3_EVENT_F_CD_FETCH:
		f->reason = IOF_REASON_PASID_FETCH;
		fetch = 1;
		break;
	case IOF_SMMUV3_EVENT_F_WALK_EABT:
		f->reason = IOF_REASON_WALK_EABT;
		fetch = attr = 1;
		break;
	default: /* IMPDEF: raw words */
		f->kind = IOF_KIND_EVENT;
		f->reason = IOF_REASON_IMPDEF;
		f->origin.detail[0] = iof_rng_next(r);
		f->origin.detail[1] = iof_rng_next(r);
		f->origin.detail[2] = iof_rng_next(r);
		break;
	}
	if (xlate || attr) {
		f->txn = IOF_TXN_MEMORY;
		f->perm = bench_perm(r);
		f->flags |= IOF_FLAG_ADDR_VALID;
		f->addr = bench_iova(r);
		/* CLASS: mostly the input address, sometimes a stage-1 table walk. */
		f->origin.detail[0] = (uint64_t)(bench_pct(r) < 85 ? IOF_SMMUV3_CLASS_IN : IOF_SMMUV3_CLASS_TTD) << 40;
		if (bench_pct(r) < 15) { /* nested: a stage-2 fault with its IPA */
			f->flags |= IOF_FLAG_STAGE2;
			if (xlate) {
				f->flags |= IOF_FLAG_IPA_VALID;
				f->ipa = iof_rng_bits(r, 36) << 12;
			}
		}
	}
	if (xlate && bench_pct(r) < 50) { /* stalled: a page request answered by CMD_RESUME */
		f->kind = IOF_KIND_PAGE_REQUEST;
		f->flags |= IOF_FLAG_LAST;
		f->grpid = (uint32_t)iof_rng_bits(r, 16);
	}
	if (fetch) {
		f->flags |= IOF_FLAG_FETCH_ADDR_VALID;
		f->fetch_addr = iof_rng_bits(r, 40) << 3;
	}
	BENCH_ENCODE_FAULT(iof_smmuv3_event_encode, f, rec, 32u);
}

/* PRI queue: page requests in groups (Last on about one in three), mostly with a PASID, a few stop markers. */
static int bench_gen_smmuv3_pri(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_fault *f = (struct iof_fault *)generic;
	iof_fault_init(f);
	f->origin.record = (uint16_t)IOF_REC_SMMUV3_PRI;
	f->txn = IOF_TXN_PAGE_REQUEST;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f->source_id = (uint32_t)iof_rng_bits(r, 16);
	f->grpid = (uint32_t)iof_rng_bits(r, 9);
	f->addr = iof_rng_bits(r, 36) << 12;
	f->flags |= IOF_FLAG_PASID_VALID;
	f->pasid = (uint32_t)iof_rng_bits(r, 20);
	if (bench_pct(r) < 2) {
		f->kind = IOF_KIND_STOP_MARKER;
	} else {
		f->kind = IOF_KIND_PAGE_REQUEST;
		f->perm = bench_perm(r);
		if (bench_pct(r) < 35)
			f->flags |= IOF_FLAG_LAST;
		if (bench_pct(r) < 85)
			f->flags |= IOF_FLAG_NEEDS_PASID;
		else {
			f->flags &= ~IOF_FLAG_PASID_VALID;
			f->pasid = 0;
		}
	}
	BENCH_ENCODE_FAULT(iof_smmuv3_pri_encode, f, rec, 16u);
}

/* CMD_RESUME answering stalls: mostly Retry, some Abort, a few Terminate (RAZ/WI). */
static int bench_gen_smmuv3_cmd_resume(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_page_response *g = (struct iof_page_response *)generic;
	unsigned p = bench_pct(r);
	iof_page_response_init(g);
	g->record = (uint16_t)IOF_REC_SMMUV3_CMD_RESUME;
	g->code = p < 90 ? IOF_RESP_SUCCESS : IOF_RESP_INVALID;
	if (p >= 98)
		g->flags = IOF_RESP_FLAG_RAZWI;
	g->source_id = (uint32_t)iof_rng_bits(r, 16);
	g->grpid = (uint32_t)iof_rng_bits(r, 16);
	return iof_smmuv3_cmd_resume_encode(g, rec, 16u);
}

/* CMD_PRI_RESP answering page request groups, mostly with the PASID. */
static int bench_gen_smmuv3_cmd_pri_resp(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_page_response *g = (struct iof_page_response *)generic;
	bench_page_response(r, g, IOF_REC_SMMUV3_CMD_PRI_RESP);
	return iof_smmuv3_cmd_pri_resp_encode(g, rec, 16u);
}

/* CMD_STALL_TERM: one per StreamID whose stalled transactions are terminated. */
static int bench_gen_smmuv3_cmd_stall_term(struct iof_rng *r, void *generic, uint8_t *rec)
{
	uint32_t *sid = (uint32_t *)generic;
	*sid = (uint32_t)iof_rng_bits(r, 16);
	return iof_smmuv3_cmd_stall_term_encode(*sid, rec, 16u);
}

/* The seeds are those of the first bench's type list, so the figures stay comparable. */
BENCH_GENERATOR(IOF_REC_SMMUV3_EVENT, 0x10f0000u, bench_gen_smmuv3_event)
BENCH_GENERATOR(IOF_REC_SMMUV3_PRI, 0x10f0001u, bench_gen_smmuv3_pri)
BENCH_GENERATOR(IOF_REC_SMMUV3_CMD_RESUME, 0x10f0002u, bench_gen_smmuv3_cmd_resume)
BENCH_GENERATOR(IOF_REC_SMMUV3_CMD_PRI_RESP, 0x10f0003u, bench_gen_smmuv3_cmd_pri_resp)
BENCH_GENERATOR(IOF_REC_SMMUV3_CMD_STALL_TERM, 0x10f0009u, bench_gen_smmuv3_cmd_stall_term)

#endif /* IOF_BENCH_GEN_SMMUV3_H */
