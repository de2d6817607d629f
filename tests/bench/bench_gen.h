/* SPDX-License-Identifier: MIT */
/* Record types of the benchmark: kernels, generators and the type list.
 * Included once by bench.c after the kernel macros. */

#if !defined(BENCH_HAVE_SMMUV3) && !defined(BENCH_HAVE_VTD)
/* Placeholder until a codec exists: a 32-byte record copied into origin.detail. */
static inline int bench_copy_decode(const void *rec, size_t len, unsigned opts, struct iof_fault *out)
{
	uint64_t w[4];
	(void)opts;
	iof_fault_init(out);
	if (len < 32)
		return IOF_E_SHORT;
	iof_words_load(w, rec, 4);
	out->origin.code = (uint32_t)w[0];
	out->origin.detail[0] = w[1];
	out->origin.detail[1] = w[2];
	out->origin.detail[2] = w[3];
	return 0;
}
static inline int bench_copy_encode(const struct iof_fault *f, void *rec, size_t cap, uint32_t *lost)
{
	uint64_t w[4];
	*lost = 0;
	if (cap < 32)
		return IOF_E_SHORT;
	w[0] = f->origin.code;
	w[1] = f->origin.detail[0];
	w[2] = f->origin.detail[1];
	w[3] = f->origin.detail[2];
	iof_words_store(rec, w, 4);
	return 0;
}
BENCH_FAULT_KERNELS(copy, 32u, bench_copy)
static int bench_gen_copy(struct iof_rng *r, void *generic, uint8_t *rec)
{
	struct iof_fault *f = (struct iof_fault *)generic;
	uint32_t lost;
	iof_fault_init(f);
	f->origin.code = (uint32_t)iof_rng_next(r);
	f->origin.detail[0] = iof_rng_next(r);
	f->origin.detail[1] = bench_iova(r);
	f->origin.detail[2] = bench_perm(r);
	return bench_copy_encode(f, rec, 32, &lost);
}
#define BENCH_TYPE_LIST BENCH_TYPE(copy, "placeholder-copy32", 32u, 128u, bench_gen_copy)
#endif

/* Encodes generic fault f with encoder enc; a record the encoder cannot carry
 * losslessly counts as rejected (the generator draws another one). */
#define BENCH_ENCODE_FAULT(enc, f, rec, RS)                        \
	do {                                                       \
		uint32_t lost_ = 0;                                \
		int rc_ = enc(f, rec, RS, &lost_);                 \
		return rc_ ? rc_ : lost_ ? IOF_E_LOSSY : IOF_OK;   \
	} while (0)

#if defined(BENCH_HAVE_SMMUV3) || defined(BENCH_HAVE_VTD)
/* Response code mix: mostly success. */
static uint32_t bench_resp_code(struct iof_rng *r)
{
	unsigned p = bench_pct(r);
	return p < 90 ? IOF_RESP_SUCCESS : p < 98 ? IOF_RESP_INVALID : IOF_RESP_FAILURE;
}
#endif

#ifdef BENCH_HAVE_SMMUV3
BENCH_FAULT_KERNELS(smmuv3_event, 32u, iof_smmuv3_event)
BENCH_FAULT_KERNELS(smmuv3_pri, 16u, iof_smmuv3_pri)
BENCH_RESP_KERNELS(smmuv3_cmd_resume, 16u, iof_smmuv3_cmd_resume)
BENCH_RESP_KERNELS(smmuv3_cmd_pri_resp, 16u, iof_smmuv3_cmd_pri_resp)

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

	id = p < 40 ? IOF_SMMUV3_EVT_F_TRANSLATION
	   : p < 70 ? IOF_SMMUV3_EVT_F_PERMISSION
	   : p < 75 ? IOF_SMMUV3_EVT_F_ACCESS
	   : p < 78 ? IOF_SMMUV3_EVT_F_ADDR_SIZE
	   : p < 85 ? IOF_SMMUV3_EVT_C_BAD_STE
	   : p < 90 ? IOF_SMMUV3_EVT_F_CD_FETCH
	   : p < 93 ? IOF_SMMUV3_EVT_C_BAD_CD
	   : p < 95 ? IOF_SMMUV3_EVT_F_WALK_EABT
	   : p < 98 ? IOF_SMMUV3_EVT_C_BAD_STREAMID
		    : IOF_SMMUV3_EVT_IMPDEF_FIRST + (uint32_t)iof_rng_bits(r, 4);
	iof_fault_init(f);
	f->origin.record = (uint16_t)IOF_REC_SMMUV3_EVENT;
	f->origin.code = id;
	f->kind = IOF_KIND_DMA_FAULT;
	f->at = IOF_AT_UNTRANSLATED;
	f->flags = IOF_FLAG_SOURCE_ID_VALID;
	f->source_id = (uint32_t)iof_rng_bits(r, 16);
	if (bench_pct(r) < 60 && id != IOF_SMMUV3_EVT_C_BAD_STREAMID) { /* SVA traffic: SSV = 1 */
		f->flags |= IOF_FLAG_PASID_VALID;
		f->pasid = (uint32_t)iof_rng_bits(r, 20);
	}
	switch (id) {
	case IOF_SMMUV3_EVT_F_TRANSLATION: f->reason = IOF_REASON_PTE_FETCH; xlate = 1; break;
	case IOF_SMMUV3_EVT_F_PERMISSION: f->reason = IOF_REASON_PERMISSION; xlate = 1; break;
	case IOF_SMMUV3_EVT_F_ACCESS: f->reason = IOF_REASON_ACCESS; xlate = 1; break;
	case IOF_SMMUV3_EVT_F_ADDR_SIZE: f->reason = IOF_REASON_OOR_ADDRESS; xlate = 1; break;
	case IOF_SMMUV3_EVT_C_BAD_STE: f->reason = IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY; break;
	case IOF_SMMUV3_EVT_C_BAD_CD: f->reason = IOF_REASON_BAD_PASID_ENTRY; break;
	case IOF_SMMUV3_EVT_C_BAD_STREAMID: f->reason = IOF_REASON_SOURCEID_INVALID; break;
	case IOF_SMMUV3_EVT_F_CD_FETCH: f->reason = IOF_REASON_PASID_FETCH; fetch = 1; break;
	case IOF_SMMUV3_EVT_F_WALK_EABT:
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
	iof_page_response_init(g);
	g->record = (uint16_t)IOF_REC_SMMUV3_CMD_PRI_RESP;
	g->code = bench_resp_code(r);
	g->source_id = (uint32_t)iof_rng_bits(r, 16);
	g->grpid = (uint32_t)iof_rng_bits(r, 9);
	if (bench_pct(r) < 85) {
		g->flags = IOF_RESP_FLAG_PASID_VALID;
		g->pasid = (uint32_t)iof_rng_bits(r, 20);
	}
	return iof_smmuv3_cmd_pri_resp_encode(g, rec, 16u);
}

#define BENCH_TYPES_SMMUV3                                                                         \
	BENCH_TYPE(smmuv3_event, "smmuv3-event", 32u, 128u, bench_gen_smmuv3_event),               \
	BENCH_TYPE(smmuv3_pri, "smmuv3-pri", 16u, 128u, bench_gen_smmuv3_pri),                     \
	BENCH_TYPE(smmuv3_cmd_resume, "smmuv3-cmd-resume", 16u, 48u, bench_gen_smmuv3_cmd_resume), \
	BENCH_TYPE(smmuv3_cmd_pri_resp, "smmuv3-cmd-pri-resp", 16u, 48u, bench_gen_smmuv3_cmd_pri_resp),
#else
#define BENCH_TYPES_SMMUV3
#endif

#ifdef BENCH_HAVE_VTD
#include "bench_vtd.h"
#else
#define BENCH_TYPES_VTD
#endif

#if defined(BENCH_HAVE_SMMUV3) || defined(BENCH_HAVE_VTD)
#define BENCH_TYPE_LIST BENCH_TYPES_SMMUV3 BENCH_TYPES_VTD
#endif
