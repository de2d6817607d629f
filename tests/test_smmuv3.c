/* SPDX-License-Identifier: MIT */
/* Tests for include/iommu_fault/smmuv3.h: spec vectors, real Linux records,
 * seeded round trips, totality, strict mode and encoder validation. */
#include <criterion/criterion.h>
#include <string.h>

#include "iommu_fault/smmuv3.h"
#include "rng.h"
#include "vectors/smmuv3.h"

#define NV (sizeof(iof_smmuv3_vectors) / sizeof(iof_smmuv3_vectors[0]))

static void to_bytes(uint8_t *b, const uint64_t *w, unsigned n)
{
	iof_words_store(b, w, n);
}

static void check_fault(const struct iof_vec *v, const struct iof_fault *f)
{
	cr_expect_eq(f->kind, v->e.kind, "%s: kind %u want %u", v->name, f->kind, v->e.kind);
	cr_expect_eq(f->reason, v->e.reason, "%s: reason %u want %u", v->name, f->reason, v->e.reason);
	cr_expect_eq(f->txn, v->e.txn, "%s: txn %u want %u", v->name, f->txn, v->e.txn);
	cr_expect_eq(f->at, v->e.at, "%s: at", v->name);
	cr_expect_eq(f->flags, v->e.flags, "%s: flags %#x want %#x", v->name, f->flags, v->e.flags);
	cr_expect_eq(f->perm, v->e.perm, "%s: perm %#x want %#x", v->name, f->perm, v->e.perm);
	cr_expect_eq(f->source_id, v->e.source_id, "%s: source_id %#x", v->name, f->source_id);
	cr_expect_eq(f->pasid, v->e.pasid, "%s: pasid %#x", v->name, f->pasid);
	cr_expect_eq(f->grpid, v->e.grpid, "%s: grpid %#x", v->name, f->grpid);
	cr_expect_eq(f->irq_index, v->e.irq_index, "%s: irq_index", v->name);
	cr_expect_eq(f->addr, v->e.addr, "%s: addr %#llx", v->name, (unsigned long long)f->addr);
	cr_expect_eq(f->fetch_addr, v->e.fetch_addr, "%s: fetch_addr %#llx", v->name,
		     (unsigned long long)f->fetch_addr);
	cr_expect_eq(f->ipa, v->e.ipa, "%s: ipa %#llx", v->name, (unsigned long long)f->ipa);
	cr_expect_eq(f->length, v->e.length, "%s: length", v->name);
	cr_expect_eq(f->origin.code, v->e.code, "%s: code", v->name);
	cr_expect_eq(f->size, IOF_FAULT_SIZE_V1, "%s: size", v->name);
}

static void check_resp(const struct iof_vec *v, const struct iof_page_response *r)
{
	cr_expect_eq(r->code, v->e.code, "%s: code %u want %u", v->name, r->code, v->e.code);
	cr_expect_eq(r->flags, v->e.flags, "%s: flags %#x", v->name, r->flags);
	cr_expect_eq(r->source_id, v->e.source_id, "%s: source_id", v->name);
	cr_expect_eq(r->pasid, v->e.pasid, "%s: pasid", v->name);
	cr_expect_eq(r->grpid, v->e.grpid, "%s: grpid", v->name);
	cr_expect_eq(r->size, IOF_PAGE_RESPONSE_SIZE_V1, "%s: size", v->name);
}

static int decode_vec(const struct iof_vec *v, unsigned opts, struct iof_fault *f, struct iof_page_response *r)
{
	uint8_t b[32];
	uint32_t sid;
	int rc;
	to_bytes(b, v->w, v->nwords);
	switch (v->record) {
	case IOF_REC_SMMUV3_EVENT: return iof_smmuv3_event_decode(b, 32, opts, f);
	case IOF_REC_SMMUV3_PRI: return iof_smmuv3_pri_decode(b, 16, opts, f);
	case IOF_REC_SMMUV3_CMD_PRI_RESP: return iof_smmuv3_cmd_pri_resp_decode(b, 16, opts, r);
	case IOF_REC_SMMUV3_CMD_RESUME: return iof_smmuv3_cmd_resume_decode(b, 16, opts, r);
	case IOF_REC_SMMUV3_CMD_STALL_TERM:
		iof_page_response_init(r);
		rc = iof_smmuv3_cmd_stall_term_decode(b, 16, opts, &sid);
		r->source_id = sid;
		return rc;
	default: cr_assert_fail("%s: unknown record", v->name); return 0;
	}
}

Test(smmuv3, vectors_decode)
{
	size_t i;
	for (i = 0; i < NV; i++) {
		const struct iof_vec *v = &iof_smmuv3_vectors[i];
		struct iof_fault f;
		struct iof_page_response r;
		int rc = decode_vec(v, 0, &f, &r);
		cr_expect_eq(rc, v->status, "%s: status %d want %d", v->name, rc, v->status);
		if (v->record == IOF_REC_SMMUV3_EVENT || v->record == IOF_REC_SMMUV3_PRI)
			check_fault(v, &f);
		else
			check_resp(v, &r);
		rc = decode_vec(v, IOF_DECODE_STRICT, &f, &r);
		cr_expect_eq(rc, v->strict_status, "%s: strict status %d want %d", v->name, rc, v->strict_status);
		if (v->record == IOF_REC_SMMUV3_EVENT || v->record == IOF_REC_SMMUV3_PRI)
			check_fault(v, &f); /* fields still decoded in strict mode */
		else
			check_resp(v, &r);
	}
}

/* Every vector that decodes cleanly in strict mode re-encodes to the same bytes. */
Test(smmuv3, vectors_reencode)
{
	size_t i;
	for (i = 0; i < NV; i++) {
		const struct iof_vec *v = &iof_smmuv3_vectors[i];
		struct iof_fault f;
		struct iof_page_response r;
		uint8_t in[32], out[32];
		uint32_t lost = 0xdead;
		int rc;
		if (v->strict_status != IOF_OK)
			continue;
		decode_vec(v, 0, &f, &r);
		to_bytes(in, v->w, v->nwords);
		switch (v->record) {
		case IOF_REC_SMMUV3_EVENT: rc = iof_smmuv3_event_encode(&f, out, 32, &lost); break;
		case IOF_REC_SMMUV3_PRI: rc = iof_smmuv3_pri_encode(&f, out, 16, &lost); break;
		case IOF_REC_SMMUV3_CMD_PRI_RESP:
			rc = iof_smmuv3_cmd_pri_resp_encode(&r, out, 16);
			lost = 0;
			break;
		case IOF_REC_SMMUV3_CMD_RESUME:
			rc = iof_smmuv3_cmd_resume_encode(&r, out, 16);
			lost = 0;
			break;
		default:
			rc = iof_smmuv3_cmd_stall_term_encode(r.source_id, out, 16);
			lost = 0;
			break;
		}
		cr_expect_eq(rc, IOF_OK, "%s: encode %d", v->name, rc);
		cr_expect_eq(lost, 0u, "%s: lost %#x", v->name, lost);
		cr_expect_arr_eq(in, out, v->nwords * 8u, "%s: bytes differ", v->name);
	}
}

Test(smmuv3, linux_records_detail)
{
	/* Record 1: every dw1 bit no generic field carries stays in detail[0], in place: STAG 0x80 with
	 * Stall 0, dw1[32] (RES0: no figure defines it) and CLASS IN; RnW is carried by perm.  dw3 (UNKNOWN
	 * IPA with S2 = 0) is in detail[2]. */
	uint64_t w1[4] = {0x00007d0000000010ull, 0x0000020900000080ull, 0x00000000f47cf000ull, 0x00000000f47cf000ull};
	uint64_t w2[4] = {0x0000750100001810ull, 0x0000120080000176ull, 0x0000aaaada7af000ull, 0x0000aaaada7af000ull};
	uint8_t b[32];
	struct iof_fault f;
	to_bytes(b, w1, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_OK);
	cr_expect_eq(f.origin.detail[0], (2ull << 40) | (1ull << 32) | 0x80);
	cr_expect_eq(iof_fd_get(f.origin.detail, IOF_FD(0, 40, 2)), (uint64_t)IOF_SMMUV3_CLASS_IN);
	cr_expect_eq(f.origin.detail[2], 0xf47cf000ull);
	cr_expect_eq(f.origin.record, IOF_REC_SMMUV3_EVENT);
	cr_expect_str_eq(iof_smmuv3_event_name(f.origin.code), "F_TRANSLATION");

	/* Record 2: what the kernel printed. */
	to_bytes(b, w2, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_OK);
	cr_expect_eq(f.source_id, 0x7501u);
	cr_expect_eq(f.pasid, 0x1u);
	cr_expect_eq(f.addr, 0xaaaada7af000ull);
	cr_expect_eq(f.origin.detail[2], 0xaaaada7af000ull, "ipa the kernel printed (UNKNOWN with S2=0)");
	cr_expect_eq(f.perm, IOF_PERM_WRITE, "unprivileged data write");
	cr_expect_eq(f.flags & IOF_FLAG_STAGE2, 0u, "stage 1");
	cr_expect_str_eq(iof_smmuv3_class_desc((uint32_t)(f.origin.detail[0] >> 40) & 3u),
			 "Input address caused fault");
	cr_expect_eq(f.kind, IOF_KIND_PAGE_REQUEST, "stall");
	cr_expect_eq(f.grpid, 0x176u, "stag");
	cr_expect_eq(f.origin.detail[0], (1ull << 44) | (2ull << 40), "dw1[44] (TTRnW position) and CLASS kept");
	/* The page response goes back as CMD_RESUME(sid 0x7501, stag 0x176, Retry). */
	{
		struct iof_page_response r;
		uint8_t c[16];
		uint64_t cw[2];
		cr_assert_eq(iof_page_response_for(&f, IOF_RESP_SUCCESS, &r), IOF_OK);
		cr_expect_eq(r.record, IOF_REC_SMMUV3_CMD_RESUME);
		cr_assert_eq(iof_smmuv3_cmd_resume_encode(&r, c, sizeof(c)), IOF_OK);
		iof_words_load(cw, c, 2);
		cr_expect_eq(cw[0], (0x7501ull << 32) | (1ull << 12) | 0x44);
		cr_expect_eq(cw[1], 0x176ull);
	}
}

Test(smmuv3, impdef_and_reserved_detail)
{
	uint64_t w[4] = {(0x44ull << 32) | 0xe5, 0x1111222233334444ull, 0x5555666677778888ull, 0x99990000aaaabbbbull};
	uint8_t b[32];
	struct iof_fault f;
	to_bytes(b, w, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_OK);
	cr_expect_eq(f.origin.detail[0], w[1]);
	cr_expect_eq(f.origin.detail[1], w[2]);
	cr_expect_eq(f.origin.detail[2], w[3]);
	w[0] = (0x44ull << 32) | 0x30; /* reserved number */
	to_bytes(b, w, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_E_CODE);
	cr_expect_eq(f.kind, IOF_KIND_NONE);
	cr_expect_eq(f.origin.record, IOF_REC_SMMUV3_EVENT);
	cr_expect_eq(f.origin.code, 0x30u);
	cr_expect_eq(f.origin.detail[0], w[1]);
	cr_expect_eq(f.origin.detail[1], w[2]);
	cr_expect_eq(f.origin.detail[2], w[3]);
}

/* Random record of event @id with every RES0 bit clear (the IMPDEF SubstreamID when SSV == 0 too). */
static void random_event(struct iof_rng *g, uint32_t id, uint64_t w[4])
{
	uint64_t m[4];
	unsigned i;
	cr_assert_eq(iof_smmuv3_event_defined_mask(id, m), IOF_OK);
	for (i = 0; i < 4; i++)
		w[i] = iof_rng_next(g) & m[i];
	w[0] = (w[0] & ~0xffull) | id;
	if (id >= 0xe0 && id <= 0xef && !(w[0] & (1ull << 11)))
		w[0] &= ~(0xfffffull << 12);
}

Test(smmuv3, event_roundtrip_random)
{
	struct iof_rng g = {0x5eed0001u};
	uint32_t id, n = 0, per_id = 6000, k;
	for (id = 0; id < 256; id++) {
		if (!iof_smmuv3_event_info(id))
			continue;
		for (k = 0; k < per_id; k++, n++) {
			uint64_t w[4];
			uint8_t in[32], out[32];
			struct iof_fault f;
			uint32_t lost = 0xffff;
			int rc;
			random_event(&g, id, w);
			to_bytes(in, w, 4);
			rc = iof_smmuv3_event_decode(in, 32, IOF_DECODE_STRICT, &f);
			cr_assert_eq(rc, IOF_OK, "id %#x: decode %d", id, rc);
			rc = iof_smmuv3_event_encode(&f, out, 32, &lost);
			cr_assert_eq(rc, IOF_OK, "id %#x: encode %d", id, rc);
			cr_assert_eq(lost, 0u, "id %#x: lost %#x (w1 %#llx)", id, lost, (unsigned long long)w[1]);
			cr_assert_arr_eq(in, out, 32, "id %#x: bytes differ", id);
			cr_assert_eq(iof_smmuv3_event_encode(&f, out, 32, IOF_NULL), IOF_OK);
		}
	}
	cr_expect_geq(n, 100000u);
}

/* Generic side: start from a decoded record, re-randomise every generic field
 * within what the event can carry, then decode(encode(g)) must equal g. */
Test(smmuv3, event_generic_roundtrip_random)
{
	struct iof_rng g = {0x5eed0002u};
	uint32_t id, k;
	for (id = 0; id < 256; id++) {
		const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
		if (!ei)
			continue;
		for (k = 0; k < 3000; k++) {
			uint64_t w[4];
			uint8_t b[32];
			struct iof_fault f, back;
			uint32_t lost = 0xffff;
			random_event(&g, id, w);
			to_bytes(b, w, 4);
			cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_OK);
			f.source_id = (uint32_t)iof_rng_next(&g);
			if (f.flags & IOF_FLAG_PASID_VALID)
				f.pasid = (uint32_t)iof_rng_bits(&g, 20);
			if (f.flags & IOF_FLAG_ADDR_VALID)
				f.addr = iof_rng_next(&g) & (id == 0x24 || id == 0x05 ? ~0xfffull : ~0ull);
			if (f.flags & IOF_FLAG_FETCH_ADDR_VALID)
				f.fetch_addr = iof_rng_next(&g) & iof_fd_mask(IOF_SMMUV3_EVENT_FETCHADDR);
			if (f.flags & IOF_FLAG_IPA_VALID)
				f.ipa = iof_rng_next(&g) & iof_fd_mask(IOF_SMMUV3_EVENT_IPA);
			if (f.kind == IOF_KIND_PAGE_REQUEST)
				f.grpid = (uint32_t)iof_rng_bits(&g, 16);
			if (ei->fields & IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_SPAN))
				f.length = (uint32_t)iof_rng_bits(&g, 8) * 4096u;
			cr_assert_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
			cr_assert_eq(lost, 0u, "id %#x lost %#x", id, lost);
			cr_assert_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &back), IOF_OK);
			cr_assert(iof_fault_equal(&f, &back), "id %#x: generic round trip differs", id);
		}
	}
}

Test(smmuv3, pri_roundtrip_random)
{
	struct iof_rng g = {0x5eed0003u};
	uint64_t m[2];
	uint32_t k;
	iof_smmuv3_pri_defined_mask(m);
	for (k = 0; k < 100000; k++) {
		uint64_t w[2] = {iof_rng_next(&g) & m[0], iof_rng_next(&g) & m[1]};
		uint8_t in[16], out[16];
		struct iof_fault f, back;
		uint32_t lost = 0xffff;
		to_bytes(in, w, 2);
		cr_assert_eq(iof_smmuv3_pri_decode(in, 16, IOF_DECODE_STRICT, &f), IOF_OK);
		cr_assert_eq(iof_smmuv3_pri_encode(&f, out, 16, &lost), IOF_OK);
		cr_assert_eq(lost, 0u, "lost %#x", lost);
		cr_assert_arr_eq(in, out, 16);
		/* generic side: new PASID / group / address */
		if (f.flags & IOF_FLAG_PASID_VALID)
			f.pasid = (uint32_t)iof_rng_bits(&g, 20);
		f.grpid = (uint32_t)iof_rng_bits(&g, 9);
		f.addr = iof_rng_next(&g) & ~0xfffull;
		cr_assert_eq(iof_smmuv3_pri_encode(&f, out, 16, IOF_NULL), IOF_OK);
		cr_assert_eq(iof_smmuv3_pri_decode(out, 16, IOF_DECODE_STRICT, &back), IOF_OK);
		cr_assert(iof_fault_equal(&f, &back));
	}
}

Test(smmuv3, cmd_roundtrip_random)
{
	struct iof_rng g = {0x5eed0004u};
	static const uint32_t ops[3] = {IOF_SMMUV3_OP_PRI_RESP, IOF_SMMUV3_OP_RESUME, IOF_SMMUV3_OP_STALL_TERM};
	uint32_t k;
	for (k = 0; k < 60000; k++) {
		uint32_t op = ops[k % 3], sid = 0;
		uint64_t m[2], w[2];
		uint8_t in[16], out[16];
		struct iof_page_response r, back;
		int rc;
		iof_smmuv3_cmd_defined_mask(op, m);
		w[0] = (iof_rng_next(&g) & m[0] & ~0xffull) | op;
		w[1] = iof_rng_next(&g) & m[1];
		to_bytes(in, w, 2);
		if (op == IOF_SMMUV3_OP_STALL_TERM) {
			w[0] &= ~(1ull << 10); /* SSec has no place in the generic call */
			to_bytes(in, w, 2);
			cr_assert_eq(iof_smmuv3_cmd_stall_term_decode(in, 16, IOF_DECODE_STRICT, &sid), IOF_OK);
			cr_assert_eq(iof_smmuv3_cmd_stall_term_encode(sid, out, 16), IOF_OK);
			cr_assert_arr_eq(in, out, 16);
			continue;
		}
		if (op == IOF_SMMUV3_OP_PRI_RESP) {
			rc = iof_smmuv3_cmd_pri_resp_decode(in, 16, 0, &r);
			/* the reserved Resp 0b11 decodes as IOF_E_CODE and still round-trips (detail[1]) */
			cr_assert_eq(rc, ((w[1] >> 12) & 3u) == 3u ? IOF_E_CODE : IOF_OK);
			cr_assert_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_OK);
			cr_assert_arr_eq(in, out, 16);
			cr_assert_eq(iof_smmuv3_cmd_pri_resp_decode(out, 16, 0, &back), rc);
		} else {
			cr_assert_eq(iof_smmuv3_cmd_resume_decode(in, 16, 0, &r), IOF_OK);
			cr_assert_eq(iof_smmuv3_cmd_resume_encode(&r, out, 16), IOF_OK);
			cr_assert_arr_eq(in, out, 16);
			cr_assert_eq(iof_smmuv3_cmd_resume_decode(out, 16, 0, &back), IOF_OK);
		}
		cr_assert_arr_eq(&r, &back, sizeof(r));
	}
}

Test(smmuv3, responses_generic_to_hw)
{
	struct iof_page_response r, back;
	uint8_t c[16];
	uint64_t w[2];
	static const uint32_t want_resp[3] = {2u, 1u,
					      0u}; /* §4.5.2: Success 0b10, InvalidRequest 0b01, ResponseFailure 0b00 */
	uint32_t code;
	for (code = 0; code < IOF_RESP_COUNT; code++) {
		iof_page_response_init(&r);
		r.code = code;
		r.source_id = 0x100;
		r.grpid = 0x1ab;
		r.flags = IOF_RESP_FLAG_PASID_VALID;
		r.pasid = 0x42;
		cr_assert_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 16), IOF_OK);
		iof_words_load(w, c, 2);
		cr_expect_eq(w[0], (0x100ull << 32) | (0x42ull << 12) | (1ull << 11) | 0x41);
		cr_expect_eq(w[1], ((uint64_t)want_resp[code] << 12) | 0x1ab, "code %u", code);
		cr_assert_eq(iof_smmuv3_cmd_pri_resp_decode(c, 16, IOF_DECODE_STRICT, &back), IOF_OK);
		r.record = IOF_REC_SMMUV3_CMD_PRI_RESP;
		cr_expect_arr_eq(&r, &back, sizeof(r));

		/* CMD_RESUME: SUCCESS -> Ac, INVALID/FAILURE -> Ab (§4.7.1) */
		r.flags = 0;
		r.pasid = 0;
		r.record = 0;
		r.grpid = 0x176;
		cr_assert_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_OK);
		iof_words_load(w, c, 2);
		cr_expect_eq(w[0], (0x100ull << 32) | (code == IOF_RESP_SUCCESS ? (1ull << 12) : (1ull << 13)) | 0x44);
		cr_expect_eq(w[1], 0x176ull);
	}
	/* INVALID + RAZWI -> Terminate RAZ/WI (Ac = Ab = 0) */
	r.code = IOF_RESP_INVALID;
	r.flags = IOF_RESP_FLAG_RAZWI;
	cr_assert_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_OK);
	iof_words_load(w, c, 2);
	cr_expect_eq(w[0], (0x100ull << 32) | 0x44);
	/* refusals */
	r.code = IOF_RESP_SUCCESS;
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_E_INVAL, "retry + RAZWI is contradictory");
	r.flags = IOF_RESP_FLAG_PASID_VALID;
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_E_UNSUPPORTED, "CMD_RESUME has no SubstreamID");
	r.flags = IOF_RESP_FLAG_RAZWI;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 16), IOF_E_INVAL, "RAZWI is stall-only");
	r.flags = 0;
	r.code = 3;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 16), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_E_INVAL);
	r.code = 0;
	r.grpid = 1u << 16;
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_E_RANGE, "STAG >= 2^16");
	r.grpid = 1u << 9;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 16), IOF_E_RANGE, "PRGIndex >= 2^9");
	r.grpid = 0;
	r.flags = IOF_RESP_FLAG_PASID_VALID;
	r.pasid = 1u << 20;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 16), IOF_E_RANGE, "SubstreamID >= 2^20");
	r.pasid = 0;
	r.flags = 4;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 16), IOF_E_INVAL, "flag outside ABI v1");
	r.flags = 0;
	r.reserved1 = 1;
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_E_INVAL);
	r.reserved1 = 0;
	r.detail[1] = 1;
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 16), IOF_E_RANGE);
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, c, 15), IOF_E_SHORT);
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, c, 0), IOF_E_SHORT);
	cr_expect_eq(iof_smmuv3_cmd_stall_term_encode(1, c, 15), IOF_E_SHORT);
	cr_expect_eq(iof_smmuv3_cmd_stall_term_encode(0x7501, c, 16), IOF_OK);
	iof_words_load(w, c, 2);
	cr_expect_eq(w[0], (0x7501ull << 32) | 0x45);
	cr_expect_eq(w[1], 0ull);
}

Test(smmuv3, all_ids_total)
{
	struct iof_rng g = {0x5eed0005u};
	uint32_t id, k;
	for (id = 0; id < 256; id++) {
		const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
		for (k = 0; k < 64; k++) {
			uint64_t w[4];
			uint8_t b[32];
			struct iof_fault f;
			int rc, rs;
			unsigned i;
			for (i = 0; i < 4; i++)
				w[i] = k == 0 ? 0 : k == 1 ? ~0ull : iof_rng_next(&g);
			w[0] = (w[0] & ~0xffull) | id;
			to_bytes(b, w, 4);
			rc = iof_smmuv3_event_decode(b, 32, 0, &f);
			rs = iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f);
			cr_assert_eq(f.origin.record, IOF_REC_SMMUV3_EVENT);
			cr_assert_eq(f.origin.code, id);
			if (!ei) {
				cr_assert_eq(rc, IOF_E_CODE, "id %#x", id);
				cr_assert_eq(rs, IOF_E_CODE, "id %#x", id);
				cr_assert_eq(f.kind, IOF_KIND_NONE);
				cr_assert_str_eq(iof_smmuv3_event_name(id), "RESERVED");
			} else {
				cr_assert_eq(rc, IOF_OK, "id %#x", id);
				cr_assert(rs == IOF_OK || rs == IOF_E_RESERVED, "id %#x", id);
				cr_assert_eq(f.flags & ~IOF_FLAG_ALL_V1, 0u);
				cr_assert(f.kind == IOF_KIND_DMA_FAULT || f.kind == IOF_KIND_PAGE_REQUEST ||
					  f.kind == IOF_KIND_EVENT);
				cr_assert_eq(f.flags & IOF_FLAG_FATAL, 0u, "events are non-fatal (§7.3)");
				cr_assert_neq(iof_smmuv3_event_name(id)[0], 'R');
			}
		}
	}
	cr_expect_str_eq(iof_smmuv3_event_name(0xe7), "IMPDEF");
	cr_expect_str_eq(iof_smmuv3_event_name(0x10), "F_TRANSLATION");
	cr_expect_str_eq(iof_smmuv3_event_name(0x25), "F_VMS_FETCH");
}

Test(smmuv3, short_lengths)
{
	uint8_t b[32] = {0x10};
	struct iof_fault f;
	struct iof_page_response r;
	uint32_t sid = 7;
	size_t len;
	for (len = 0; len < 32; len++) {
		f.kind = 9;
		cr_expect_eq(iof_smmuv3_event_decode(b, len, 0, &f), IOF_E_SHORT, "len %zu", len);
		cr_expect_eq(f.kind, 0, "output written");
		cr_expect_eq(f.size, IOF_FAULT_SIZE_V1);
	}
	for (len = 0; len < 16; len++) {
		cr_expect_eq(iof_smmuv3_pri_decode(b, len, 0, &f), IOF_E_SHORT);
		cr_expect_eq(iof_smmuv3_cmd_pri_resp_decode(b, len, 0, &r), IOF_E_SHORT);
		cr_expect_eq(iof_smmuv3_cmd_resume_decode(b, len, 0, &r), IOF_E_SHORT);
		cr_expect_eq(iof_smmuv3_cmd_stall_term_decode(b, len, 0, &sid), IOF_E_SHORT);
		cr_expect_eq(sid, 0u);
	}
	cr_expect_eq(iof_smmuv3_event_decode(IOF_NULL, 32, 0, &f), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_event_decode(b, 32, 0, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_event_decode(b, 33, 0, &f), IOF_OK, "longer buffers are fine");
}

/* Every bit outside the fields an event defines is RES0: accepted by default, flagged when strict. */
Test(smmuv3, strict_res0_every_bit)
{
	uint32_t id, bit, flagged = 0;
	for (id = 0; id < 256; id++) {
		uint64_t m[4];
		if (iof_smmuv3_event_defined_mask(id, m))
			continue;
		for (bit = 0; bit < 256; bit++) {
			uint64_t w[4] = {id, 0, 0, 0};
			uint8_t b[32];
			struct iof_fault f;
			if (m[bit / 64] & (1ull << (bit % 64)))
				continue;
			w[bit / 64] |= 1ull << (bit % 64);
			to_bytes(b, w, 4);
			cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_OK, "id %#x bit %u", id, bit);
			cr_assert_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_E_RESERVED,
				     "id %#x bit %u", id, bit);
			flagged++;
		}
	}
	cr_expect_gt(flagged, 0u);
	{ /* PRI */
		uint64_t m[2];
		iof_smmuv3_pri_defined_mask(m);
		cr_expect_eq(m[0], ~(0x3full << 52));
		cr_expect_eq(m[1], ~(0x7ull << 9));
	}
}

/* The RES0 masks follow the spec figures that survived (§7.3.2-§7.3.20). */
Test(smmuv3, masks_match_figures)
{
	uint64_t m[4];
	iof_smmuv3_event_defined_mask(IOF_SMMUV3_EVENT_C_BAD_STREAMID, m);
	cr_expect_eq(m[0], 0xfffffffffffff8ffull);
	cr_expect_eq(m[1] | m[2] | m[3], 0ull);
	iof_smmuv3_event_defined_mask(IOF_SMMUV3_EVENT_F_STREAM_DISABLED, m);
	cr_expect_eq(m[0], 0xffffffff000000ffull);
	iof_smmuv3_event_defined_mask(IOF_SMMUV3_EVENT_F_UUT, m);
	cr_expect_eq(m[1], (7ull << 33) | 0xffffull);
	cr_expect_eq(m[2], ~0ull);
	cr_expect_eq(m[3], 0ull);
	iof_smmuv3_event_defined_mask(IOF_SMMUV3_EVENT_F_STE_FETCH, m);
	cr_expect_eq(m[1], 0x1ffffull);
	cr_expect_eq(m[2], 0ull);
	cr_expect_eq(m[3], 0x00fffffffffffff8ull);
	iof_smmuv3_event_defined_mask(IOF_SMMUV3_EVENT_E_PAGE_REQUEST, m);
	cr_expect_eq(m[1], (0xffull << 44) | (7ull << 37) | (7ull << 33));
	cr_expect_eq(m[2], ~0xfffull);
	cr_expect_eq(m[3], 0ull);
	iof_smmuv3_event_defined_mask(IOF_SMMUV3_EVENT_C_BAD_SUBSTREAMID, m);
	cr_expect_eq(m[0], 0xfffffffffffff0ffull);
}

static void base_fault(struct iof_fault *f, uint32_t id)
{
	uint64_t w[4] = {(0x10ull << 32) | id, 0, 0, 0};
	uint8_t b[32];
	if (id == 0x24)
		w[1] = 1ull << 35;
	to_bytes(b, w, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, f), IOF_OK);
}

Test(smmuv3, encoder_rejects_each_field)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;
	unsigned i;

	base_fault(&f, 0x10); /* SubstreamID >= 2^20 */
	f.flags |= IOF_FLAG_PASID_VALID;
	f.pasid = 1u << 20;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	for (i = 0; i < 32; i++)
		cr_expect_eq(b[i], 0, "buffer zeroed on error");

	base_fault(&f, 0x08); /* C_BAD_SUBSTREAMID SubstreamID too */
	f.pasid = 0x100000;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);

	base_fault(&f, 0x10); /* STAG >= 2^16 */
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.flags |= IOF_FLAG_LAST;
	f.grpid = 0x10000;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);

	base_fault(&f, 0x03); /* FetchAddr outside [55:3] */
	f.fetch_addr = 0x1004;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	f.fetch_addr = 1ull << 56;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);

	base_fault(&f, 0x13); /* IPA outside [55:12] */
	f.flags |= IOF_FLAG_IPA_VALID | IOF_FLAG_STAGE2;
	f.ipa = 0x1800;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	f.ipa = 1ull << 56;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);

	base_fault(&f, 0x24); /* page address with bits [11:0]; span */
	f.addr = 0x1001;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	f.addr = 0x1000;
	f.length = 4095;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	f.length = 256u * 4096u;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	f.length = 255u * 4096u;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);

	/* detail in a field a generic field always carries (the decoder never puts it there) */
	base_fault(&f, 0x10);
	f.origin.detail[0] = 1ull << 31; /* Stall */
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	base_fault(&f, 0x10);
	f.origin.detail[0] = 1ull << 35; /* RnW */
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	base_fault(&f, 0x10);
	f.origin.detail[1] = 1ull << 11; /* SSV */
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	base_fault(&f, 0x02);
	f.origin.detail[1] = 1ull << 32; /* StreamID */
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	base_fault(&f, 0x03);
	f.origin.detail[2] = 0x1000; /* FetchAddr */
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	base_fault(&f, 0x08);
	f.origin.detail[1] = 1ull << 12; /* C_BAD_SUBSTREAMID: SubstreamID is always carried */
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	/* RES0 bits are detail now (they used to be refused): dw1[63] of F_TRANSLATION, dw3 of C_BAD_STREAMID */
	base_fault(&f, 0x10);
	f.origin.detail[0] = 1ull << 63;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	base_fault(&f, 0x02);
	f.origin.detail[2] = 0x1000;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);

	base_fault(&f, 0x10); /* origin code */
	f.origin.code = 0x110;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_RANGE);
	f.origin.code = 0x0c;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL, "reserved event number");

	base_fault(&f, 0x10); /* enumerators, flags, perm, reserved members */
	f.flags |= 1u << 11;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.perm = 0x10;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.kind = IOF_KIND_COUNT;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.reason = IOF_REASON_COUNT;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.txn = IOF_TXN_COUNT;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.at = IOF_AT_COUNT;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.reserved[2] = 1;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.origin.reserved0 = 1;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	base_fault(&f, 0x10);
	f.kind = IOF_KIND_STOP_MARKER;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_UNSUPPORTED);
	base_fault(&f, 0x10);
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 31, &lost), IOF_E_SHORT);
	cr_expect_eq(iof_smmuv3_event_encode(IOF_NULL, b, 32, &lost), IOF_E_INVAL);

	/* PRI: PRG index >= 2^9, PASID >= 2^20, address bits [11:0], wrong kind */
	{
		uint64_t w[2] = {(1ull << 60) | 0x100, 0x1000};
		struct iof_fault p;
		to_bytes(b, w, 2);
		cr_assert_eq(iof_smmuv3_pri_decode(b, 16, 0, &p), IOF_OK);
		p.grpid = 0x200;
		cr_expect_eq(iof_smmuv3_pri_encode(&p, b, 16, &lost), IOF_E_RANGE);
		p.grpid = 0;
		p.flags |= IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID;
		p.pasid = 1u << 20;
		cr_expect_eq(iof_smmuv3_pri_encode(&p, b, 16, &lost), IOF_E_RANGE);
		p.pasid = 0;
		p.addr = 0x1800;
		cr_expect_eq(iof_smmuv3_pri_encode(&p, b, 16, &lost), IOF_E_RANGE);
		p.addr = 0x1000;
		p.kind = IOF_KIND_DMA_FAULT;
		cr_expect_eq(iof_smmuv3_pri_encode(&p, b, 16, &lost), IOF_E_UNSUPPORTED);
		p.kind = IOF_KIND_PAGE_REQUEST;
		cr_expect_eq(iof_smmuv3_pri_encode(&p, b, 15, &lost), IOF_E_SHORT);
		cr_expect_eq(iof_smmuv3_pri_encode(&p, b, 16, &lost), IOF_OK);
	}
}

Test(smmuv3, encoder_reports_loss)
{
	struct iof_fault f;
	uint8_t b[32];
	uint64_t w[4];
	uint32_t lost;
	unsigned i;

	base_fault(&f, 0x10); /* irq index has no field */
	f.flags |= IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 3;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_IRQ_INDEX);
	memset(b, 0xaa, sizeof(b));
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, IOF_NULL), IOF_E_LOSSY);
	for (i = 0; i < 32; i++)
		cr_expect_eq(b[i], 0, "nothing written on IOF_E_LOSSY");

	base_fault(&f, 0x10); /* fetch address on an event without FetchAddr */
	f.flags |= IOF_FLAG_FETCH_ADDR_VALID;
	f.fetch_addr = 0x1000;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_FETCH_ADDR);

	base_fault(&f, 0x10); /* FATAL cannot be expressed */
	f.flags |= IOF_FLAG_FATAL;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_FLAGS);

	/* A VT-d-origin fault with detail: code and detail lost, event chosen from the reason */
	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_PERMISSION;
	f.txn = IOF_TXN_MEMORY;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_PASID_VALID;
	f.perm = IOF_PERM_READ;
	f.source_id = 0x300;
	f.pasid = 5;
	f.addr = 0xdead000;
	f.origin.record = IOF_REC_VTD_FAULT;
	f.origin.code = 0x31;
	f.origin.detail[0] = 1;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_CODE | IOF_LOST_DETAIL);
	iof_words_load(w, b, 4);
	cr_expect_eq(w[0], (0x300ull << 32) | (5ull << 12) | (1ull << 11) | 0x13, "F_PERMISSION, SSV, SSID 5");
	cr_expect_eq(w[1], 1ull << 35, "RnW read, S2 0, CLASS CD (0)");
	cr_expect_eq(w[2], 0xdead000ull);

	/* Reason with no exact SMMUv3 event -> nearest, IOF_LOST_REASON */
	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_IRQ_INVALID;
	f.flags = IOF_FLAG_SOURCE_ID_VALID;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect(lost & IOF_LOST_REASON);
	iof_words_load(w, b, 4);
	cr_expect_eq(w[0] & 0xff, 0x01ull, "nearest: F_UUT");

	/* Reverse table, exact cases (kind DMA_FAULT, reason -> event) */
	{
		static const uint8_t reason[] = {IOF_REASON_PTE_FETCH,
						 IOF_REASON_PERMISSION,
						 IOF_REASON_ACCESS,
						 IOF_REASON_OOR_ADDRESS,
						 IOF_REASON_WALK_EABT,
						 IOF_REASON_PASID_FETCH,
						 IOF_REASON_BAD_PASID_ENTRY,
						 IOF_REASON_SOURCEID_INVALID,
						 IOF_REASON_DEVICE_CONTEXT_FETCH,
						 IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY,
						 IOF_REASON_INTERNAL};
		static const uint8_t evt[] = {0x10, 0x13, 0x12, 0x11, 0x0b, 0x09, 0x0a, 0x02, 0x03, 0x04, 0x20};
		for (i = 0; i < sizeof(reason); i++) {
			iof_fault_init(&f);
			f.kind = IOF_KIND_DMA_FAULT;
			f.reason = reason[i];
			f.flags = IOF_FLAG_SOURCE_ID_VALID;
			cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
			cr_expect_eq(b[0], evt[i], "reason %u", reason[i]);
			cr_expect_eq(lost & (IOF_LOST_REASON | IOF_LOST_KIND), 0u, "reason %u", reason[i]);
		}
	}
	iof_fault_init(&f); /* PASID_INVALID: with a PASID -> C_BAD_SUBSTREAMID, without -> F_STREAM_DISABLED */
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_PASID_INVALID;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_PASID_VALID;
	f.pasid = 77;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(b[0], 0x08);
	cr_expect_eq(lost, 0u);
	f.flags = IOF_FLAG_SOURCE_ID_VALID;
	f.pasid = 0;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(b[0], 0x06);
	cr_expect_eq(lost, 0u);
	f.reason = IOF_REASON_REQUEST_INVALID; /* at selects the event */
	f.at = IOF_AT_TRANSLATION;
	f.txn = IOF_TXN_MEMORY; /* figure 7.3.6: the request's R/W/X/P and InputAddr[63:12] */
	f.flags |= IOF_FLAG_ADDR_VALID;
	f.addr = 0x7f0012345000ull;
	f.perm = IOF_PERM_READ | IOF_PERM_WRITE;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(b[0], 0x05);
	cr_expect_eq(lost, 0u);

	/* Foreign page request -> stalled F_TRANSLATION with STAG = grpid */
	iof_fault_init(&f);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.reason = IOF_REASON_PTE_FETCH;
	f.txn = IOF_TXN_MEMORY;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_LAST;
	f.perm = IOF_PERM_WRITE;
	f.source_id = 0x7501;
	f.grpid = 0x176;
	f.addr = 0xaaaada7af000ull;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	iof_words_load(w, b, 4);
	cr_expect_eq(w[0], (0x7501ull << 32) | 0x10);
	cr_expect_eq(w[1], (1ull << 31) | 0x176);
	cr_expect_eq(w[2], 0xaaaada7af000ull);

	/* E_PAGE_REQUEST from a generic hint: perm -> u/p bits, length -> Span */
	iof_fault_init(&f);
	f.kind = IOF_KIND_EVENT;
	f.txn = IOF_TXN_PAGE_REQUEST;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f.perm = IOF_PERM_READ | IOF_PERM_PRIV;
	f.addr = 0x10000;
	f.length = 8192;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	iof_words_load(w, b, 4);
	cr_expect_eq(w[1], (2ull << 44) | (1ull << 39), "Span 2, pR");

	/* Stop marker from a PRI record */
	{
		uint64_t pw[2] = {(1ull << 63) | (1ull << 62) | (0x42ull << 32) | 0x100, 0x5};
		uint8_t pb[16], ob[16];
		struct iof_fault p;
		to_bytes(pb, pw, 2);
		cr_assert_eq(iof_smmuv3_pri_decode(pb, 16, 0, &p), IOF_OK);
		cr_assert_eq(p.kind, IOF_KIND_STOP_MARKER);
		cr_expect_eq(iof_smmuv3_pri_encode(&p, ob, 16, &lost), IOF_OK);
		cr_expect_eq(lost, 0u);
		cr_expect_arr_eq(pb, ob, 16);
		p.flags &= ~IOF_FLAG_PASID_VALID; /* a stop marker needs SSV */
		p.pasid = 0;
		cr_expect_eq(iof_smmuv3_pri_encode(&p, ob, 16, &lost), IOF_OK);
		cr_expect(lost & IOF_LOST_KIND);
		cr_expect_eq(iof_smmuv3_pri_encode(&p, ob, 16, IOF_NULL), IOF_E_LOSSY);
	}
}

Test(smmuv3, forwarding_and_names)
{
	uint64_t w[4] = {0x0000750100001810ull, 0x0000120080000176ull, 0x0000aaaada7af000ull, 0x0000aaaada7af000ull};
	uint8_t b[32], c[32];
	uint32_t id, fwd = 0, sid = 0;
	unsigned i;
	to_bytes(b, w, 4);
	to_bytes(c, w, 4);
	cr_expect_eq(iof_smmuv3_event_sid(b, 32, &sid), IOF_OK);
	cr_expect_eq(sid, 0x7501u);
	cr_expect_eq(iof_smmuv3_event_set_sid(b, 32, 0x12), IOF_OK);
	cr_expect_eq(iof_smmuv3_event_sid(b, 32, &sid), IOF_OK);
	cr_expect_eq(sid, 0x12u);
	cr_expect_eq(iof_smmuv3_event_get_sid(b), 0x12u); /* deprecated, still works */
	for (i = 0; i < 32; i++)
		if (i < 4 || i >= 8)
			cr_expect_eq(b[i], c[i], "byte %u unchanged", i);
	cr_expect_eq(iof_smmuv3_event_set_sid(b, 31, 0x12), IOF_E_SHORT);
	for (id = 0; id < 256; id++)
		fwd += (uint32_t)iof_smmuv3_event_forwardable(id);
	cr_expect_eq(fwd, 8u);
	cr_expect_eq(iof_smmuv3_event_forwardable(IOF_SMMUV3_EVENT_F_STE_FETCH), 0);
	cr_expect_eq(iof_smmuv3_event_forwardable(IOF_SMMUV3_EVENT_F_CD_FETCH), 0);
	cr_expect_eq(iof_smmuv3_event_forwardable(IOF_SMMUV3_EVENT_C_BAD_CD), 1);
	cr_expect_str_eq(iof_smmuv3_class_name(0), "CD");
	cr_expect_str_eq(iof_smmuv3_class_name(1), "TTD");
	cr_expect_str_eq(iof_smmuv3_class_name(2), "IN");
	cr_expect_str_eq(iof_smmuv3_class_name(3), "RESERVED");
	cr_expect_str_eq(iof_smmuv3_class_desc(1), "Stage 1 translation table fetch");
	cr_expect_str_eq(iof_smmuv3_event_desc(0x30), "reserved event number");
	for (id = 0; id < 256; id++) {
		cr_assert_not_null(iof_smmuv3_event_name(id));
		cr_assert_not_null(iof_smmuv3_event_desc(id));
	}
	cr_expect_eq(iof_smmuv3_event_can_stall(0x10), 1);
	cr_expect_eq(iof_smmuv3_event_can_stall(0x13), 1);
	cr_expect_eq(iof_smmuv3_event_can_stall(0x0b), 0);
	cr_expect_eq(iof_smmuv3_event_can_stall(0x20), 0);
}

/* The two records Linux printed round-trip bit for bit in default mode (every dw1 bit is kept),
 * strict mode still flags their RES0 bits, and the kernel-printed fields are unchanged. */
Test(smmuv3, linux_records_roundtrip)
{
	static const uint64_t rec[2][4] = {
		{0x00007d0000000010ull, 0x0000020900000080ull, 0x00000000f47cf000ull, 0x00000000f47cf000ull},
		{0x0000750100001810ull, 0x0000120080000176ull, 0x0000aaaada7af000ull, 0x0000aaaada7af000ull}};
	unsigned i;
	for (i = 0; i < 2; i++) {
		uint8_t in[32], out[32];
		struct iof_fault f;
		uint32_t lost = 0xffff;
		to_bytes(in, rec[i], 4);
		cr_assert_eq(iof_smmuv3_event_decode(in, 32, IOF_DECODE_STRICT, &f), IOF_E_RESERVED, "record %u", i);
		cr_assert_eq(iof_smmuv3_event_decode(in, 32, 0, &f), IOF_OK, "record %u", i);
		cr_assert_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_OK, "record %u", i);
		cr_expect_eq(lost, 0u, "record %u", i);
		cr_expect_arr_eq(in, out, 32, "record %u: encode(decode(r)) != r", i);
		cr_assert_eq(iof_smmuv3_event_encode(&f, out, 32, IOF_NULL), IOF_OK, "record %u: lossless", i);
	}
}

/* Bits of a record the codec cannot keep (docs/smmuv3.md, "What goes in origin.detail"):
 * dw2 of an event without InputAddr, dw2[11:0] of E_PAGE_REQUEST, and for IMPDEF ids dw0[10:8]
 * and the SubstreamID with SSV == 0. */
static int bit_not_kept(uint32_t id, unsigned bit)
{
	const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
	unsigned word = bit / 64, b = bit % 64;
	if (ei->fields & IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_IMPDEF_DW1))
		return word == 0 && b >= 8 && b < 32;
	if (word != 2)
		return 0;
	if (ei->fields & IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_INPUTADDR))
		return 0;
	if (ei->fields & IOF_SMMUV3_EVENT_FIELD_BIT(IOF_SMMUV3_EVENT_FIELD_PAGEADDR))
		return b < 12;
	return 1;
}

/* Every single set bit of every architected record, defined or RES0, over a random base record:
 * encode(decode(r)) == r unless the bit is one of the documented ones the codec does not keep. */
Test(smmuv3, every_bit_kept)
{
	struct iof_rng g = {0x5eed0005u};
	uint32_t id, bit, kept = 0, dropped = 0;
	for (id = 0; id < 256; id++) {
		if (!iof_smmuv3_event_info(id))
			continue;
		for (bit = 8; bit < 256; bit++) {
			uint64_t w[4];
			uint8_t in[32], out[32];
			struct iof_fault f;
			uint32_t lost = 0xffff;
			int rc;
			random_event(&g, id, w);
			w[bit / 64] |= 1ull << (bit % 64);
			if (id == 0x24 && !(w[1] & (0x77ull << 33)))
				w[1] |= 1ull << 35; /* E_PAGE_REQUEST: no access bit would be re-derived from perm */
			to_bytes(in, w, 4);
			rc = iof_smmuv3_event_decode(in, 32, 0, &f);
			cr_assert_eq(rc, IOF_OK, "id %#x bit %u", id, bit);
			rc = iof_smmuv3_event_encode(&f, out, 32, &lost);
			cr_assert_eq(rc, IOF_OK, "id %#x bit %u: encode %d", id, bit, rc);
			cr_assert_eq(lost, 0u, "id %#x bit %u: lost %#x", id, bit, lost);
			if (bit_not_kept(id, bit)) {
				dropped++;
				continue;
			}
			cr_assert_arr_eq(in, out, 32, "id %#x bit %u not kept", id, bit);
			kept++;
		}
	}
	cr_expect_gt(kept, 4000u);
	cr_expect_gt(dropped, 0u);
}

/* PRI: SubstreamID with SSV == 0 and the RES0 bits dw0[57:52], dw1[11:9] go to detail: any entry round-trips. */
Test(smmuv3, pri_every_bit_kept)
{
	struct iof_rng g = {0x5eed0006u};
	uint32_t k;
	for (k = 0; k < 100000; k++) {
		uint64_t w[2] = {iof_rng_next(&g), iof_rng_next(&g)};
		uint8_t in[16], out[16];
		struct iof_fault f;
		uint32_t lost = 0xffff;
		to_bytes(in, w, 2);
		cr_assert_eq(iof_smmuv3_pri_decode(in, 16, 0, &f), IOF_OK);
		cr_assert_eq(iof_smmuv3_pri_encode(&f, out, 16, &lost), IOF_OK);
		cr_assert_eq(lost, 0u, "lost %#x", lost);
		cr_assert_arr_eq(in, out, 16);
	}
}

/* The 256-entry index of iof_smmuv3_event_info() agrees with the rows' own numbers. */
Test(smmuv3, event_index_matches_rows)
{
	uint32_t id, n = 0;
	for (id = 0; id < 300; id++) {
		const struct iof_smmuv3_event_info *ei = iof_smmuv3_event_info(id);
		if (!ei)
			continue;
		n++;
		if (id >= 0xe0 && id <= 0xef)
			cr_expect_eq(ei->id, 0xe0u, "id %#x", id);
		else
			cr_expect_eq(ei->id, id, "id %#x", id);
	}
	cr_expect_eq(n, 19u + 16u);
}

/* CMD_PRI_RESP with the reserved Resp 0b11: IOF_E_CODE, yet decode -> encode gives it back;
 * detail[1] is refused with another record type or another value. */
Test(smmuv3, cmd_pri_resp_reserved_roundtrip)
{
	uint64_t w[2] = {(0x100ull << 32) | 0x41, (3ull << 12) | 0x5};
	uint8_t in[16], out[16];
	struct iof_page_response r;
	to_bytes(in, w, 2);
	cr_assert_eq(iof_smmuv3_cmd_pri_resp_decode(in, 16, 0, &r), IOF_E_CODE);
	cr_expect_eq(r.detail[1], 3ull << 12);
	cr_assert_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_OK);
	cr_expect_arr_eq(in, out, 16);
	r.detail[1] = 1ull << 12;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_E_RANGE);
	r.detail[1] = 3ull << 12;
	r.record = 0;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_E_RANGE);
}

/* An ILLEGAL command (§4.5.2: Resp 0b11 is reserved) reads as "not a success", and a
 * response changed to SUCCESS must not carry the kept 0b11 out onto the queue. */
Test(smmuv3, cmd_pri_resp_reserved_is_not_success)
{
	uint64_t w[2] = {(0x100ull << 32) | 0x41, (3ull << 12) | 0x5};
	uint8_t in[16], out[16];
	struct iof_page_response r;
	to_bytes(in, w, 2);
	cr_assert_eq(iof_smmuv3_cmd_pri_resp_decode(in, 16, 0, &r), IOF_E_CODE);
	cr_expect_eq(r.code, IOF_RESP_FAILURE);
	r.code = IOF_RESP_SUCCESS;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_E_INVAL);
	r.detail[1] = 0; /* drop the kept bits: an ordinary Success (0b10) goes out */
	cr_assert_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_OK);
	cr_expect_eq(out[9] >> 4 & 3u, 2u);
}

/* The perm table of iof_smmuv3_event_perm() against the rule it encodes: PnU/InD/RnW at base 0x80,
 * E_PAGE_REQUEST uX..pR (union of u and p, PRIV when any p bit) below, 0 for no access field. */
Test(smmuv3, evt_perm_table)
{
	uint32_t x;
	for (x = 0; x < 0x80u; x++) {
		uint32_t u = x & 7u, p = (x >> 4) & 7u, a = u | p;
		uint32_t want = ((a & 4u) ? IOF_PERM_READ : 0u) | ((a & 2u) ? IOF_PERM_WRITE : 0u) |
				((a & 1u) ? IOF_PERM_EXEC : 0u) | (p ? IOF_PERM_PRIV : 0u);
		if (x & 8u)
			continue; /* dw1[36] is not an access bit: perm_sel never selects it */
		cr_expect_eq(iof_smmuv3_event_perm(x), want, "page bits %#x", x);
		cr_expect_eq(iof_smmuv3_page_perm((uint64_t)x << 33), want, "page bits %#x", x);
	}
	for (x = 0; x < 8u; x++) {
		uint32_t want = ((x & 4u) ? IOF_PERM_READ : IOF_PERM_WRITE) | ((x & 2u) ? IOF_PERM_EXEC : 0u) |
				((x & 1u) ? IOF_PERM_PRIV : 0u);
		cr_expect_eq(iof_smmuv3_event_perm(0x80u | x), want, "PnU/InD/RnW %#x", x);
	}
}

/* Row 0 stands for every reserved number: iof_smmuv3_event_info() hides it, the decoder uses it
 * (kind NONE, raw dw1..dw3 in detail, nothing else, IOF_E_CODE). */
Test(smmuv3, reserved_row)
{
	uint64_t w[4] = {0x123456789abcde30ull, 0x1111ull, 0x2222ull, 0x3333ull}; /* id 0x30, SSV set */
	uint8_t b[32];
	struct iof_fault f;
	to_bytes(b, w, 4);
	cr_assert_null(iof_smmuv3_event_info(0x30));
	cr_assert_eq(iof_smmuv3_event_row_(0x30)->status, IOF_E_CODE);
	cr_assert_eq(iof_smmuv3_event_row_(0x130)->status, IOF_E_CODE);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_E_CODE);
	cr_expect_eq(f.kind, IOF_KIND_NONE);
	cr_expect_eq(f.flags, 0u);
	cr_expect_eq(f.source_id, 0u);
	cr_expect_eq(f.pasid, 0u);
	cr_expect_eq(f.addr, 0ull);
	cr_expect_eq(f.origin.record, IOF_REC_SMMUV3_EVENT);
	cr_expect_eq(f.origin.code, 0x30u);
	cr_expect_eq(f.origin.detail[0], 0x1111ull);
	cr_expect_eq(f.origin.detail[1], 0x2222ull);
	cr_expect_eq(f.origin.detail[2], 0x3333ull);
}

/*
 * Issue #10 reproducer, F_BAD_ATS_TREQ (IHI 0070 G.b figure 7.3.6): dw0 SSV [11],
 * SubstreamID [31:12], StreamID [63:32]; dw1 R [95], W [94], X [93], P [92], Span [67:64];
 * dw2 InputAddr[63:12] at [191:140].
 */
Test(smmuv3, bad_ats_treq_reproducer)
{
	static const uint64_t w[4] = {0x0000010000042805ull, 0x00000000d0000002ull, 0x00007f0012345000ull, 0};
	uint8_t b[32], out[32];
	struct iof_fault f;
	uint32_t lost = 0xffu;

	to_bytes(b, w, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &f), IOF_OK);
	cr_expect_eq(f.source_id, 0x100u);
	cr_expect_eq(f.pasid, 0x42u);
	cr_expect(f.flags & IOF_FLAG_PASID_VALID);
	cr_expect_eq(f.addr, 0x7f0012345000ull);
	cr_expect(f.flags & IOF_FLAG_ADDR_VALID);
	cr_expect_eq(f.at, IOF_AT_TRANSLATION);
	/* R = 1, W = 1, X = 0, P = 1 */
	cr_expect_eq(f.perm, IOF_PERM_READ | IOF_PERM_WRITE | IOF_PERM_PRIV);
	/* Span (STUs, unit not in the record) stays in detail[0], in place */
	cr_expect_eq(f.origin.detail[0], 2u);
	cr_expect_eq(f.length, 0u);
	cr_expect_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_OK);
	cr_assert_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	cr_expect_arr_eq(out, b, 32);
	/* a changed address is written to dw2, never dropped */
	f.addr = 0x00007f0012346000ull;
	cr_assert_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	cr_expect_eq(iof_le64_load(out + 16), 0x00007f0012346000ull);
	/* a changed request (X added) is written to dw1[29] */
	f.perm |= IOF_PERM_EXEC;
	cr_assert_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	cr_expect_eq(iof_le64_load(out + 8), 0x00000000f0000002ull);
	/* InputAddr[11:0] has no place (RES0 [139:128]): out of range, never truncated */
	f.addr |= 0x800u;
	cr_expect_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_E_RANGE);
}

/* Figures 7.3.17 / 7.3.18: Reason is the whole [95:64] row of F_TLB_CONFLICT and F_CFG_CONFLICT. */
Test(smmuv3, conflict_reason_is_32_bits)
{
	static const uint8_t ids[2] = {0x20, 0x21};
	uint64_t w[4] = {0, 0x80000001ull, 0, 0};
	uint8_t b[32], out[32];
	struct iof_fault f;
	uint32_t lost;
	unsigned i;

	for (i = 0; i < 2; i++) {
		w[0] = (0x9ull << 32) | ids[i];
		to_bytes(b, w, 4);
		cr_expect_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_OK, "id %#x", ids[i]);
		cr_expect_eq(f.origin.detail[0], 0x80000001ull, "id %#x", ids[i]);
		cr_expect_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_OK);
		cr_expect_arr_eq(out, b, 32);
		w[1] |= 1ull << 32; /* abs 96: RES0 in both figures */
		to_bytes(b, w, 4);
		cr_expect_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_E_RESERVED, "id %#x", ids[i]);
		w[1] &= ~(1ull << 32);
	}
}

/* Figures 7.3.12-7.3.17: NSIPA abs [100]; figures 7.3.13-7.3.16: IMPL_DEF abs [127:112];
 * figure 7.3.16: Overlay [109], DirtyBit [107], AssuredOnly [106].  Accepted by strict
 * mode, kept in detail[0], re-encoded bit for bit. */
Test(smmuv3, figure_fields_strict_clean_and_kept)
{
	static const struct {
		uint8_t id;
		uint64_t w1;
	} c[] = {
		{0x0B, 1ull << 36},
		{0x10, (1ull << 36) | (0xabcdull << 48)},
		{0x11, 0xffffull << 48},
		{0x12, 0x8001ull << 48},
		{0x13, (1ull << 36) | (1ull << 42) | (1ull << 43) | (1ull << 45) | (0x1234ull << 48)},
		{0x20, 1ull << 36},
	};
	uint64_t w[4];
	uint8_t b[32], out[32];
	struct iof_fault f;
	uint32_t lost;
	unsigned i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		w[0] = (0x5ull << 32) | c[i].id;
		w[1] = c[i].w1;
		w[2] = 0x1000;
		w[3] = 0;
		to_bytes(b, w, 4);
		cr_expect_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_OK, "id %#x", c[i].id);
		cr_expect_eq(f.origin.detail[0] & c[i].w1, c[i].w1, "id %#x", c[i].id);
		cr_expect_eq(iof_smmuv3_event_encode(&f, out, 32, &lost), IOF_OK);
		cr_expect_eq(lost, 0u);
		cr_expect_arr_eq(out, b, 32);
	}
	/* F_TRANSLATION: bits [111:106] are RES0 (figure 7.3.13), TTRnW and the others are F_PERMISSION's */
	for (i = 42; i < 48; i++) {
		w[0] = (0x5ull << 32) | 0x10;
		w[1] = 1ull << i;
		to_bytes(b, w, 4);
		cr_expect_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_E_RESERVED, "dw1[%u]", i);
	}
}

/* Calling contract (common rules of the codec headers): NULL first (E_INVAL), decoder
 * output always written, encoder output zeroed (min(cap, size) bytes) on every error,
 * *lost = 0 on error.  Checked on every SMMUv3 entry point. */
static int all_byte(const uint8_t *b, size_t n, uint8_t v)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (b[i] != v)
			return 0;
	return 1;
}

Test(smmuv3, calling_contract)
{
	static const uint64_t ev[4] = {0x0000010000042805ull, 0x00000000d0000002ull, 0x00007f0012345000ull, 0};
	uint8_t rec[32], out[40];
	struct iof_fault f, g;
	struct iof_page_response r, rr;
	uint64_t m[4] = {1, 1, 1, 1};
	uint32_t lost, sid;
	size_t cap;

	to_bytes(rec, ev, 4);
	/* decoders: NULL output -> E_INVAL; NULL input (any length) -> E_INVAL with the output written */
	cr_expect_eq(iof_smmuv3_event_decode(rec, 32, 0, IOF_NULL), IOF_E_INVAL);
	memset(&f, 0xa5, sizeof(f));
	cr_expect_eq(iof_smmuv3_event_decode(IOF_NULL, 0, 0, &f), IOF_E_INVAL);
	iof_fault_init(&g);
	cr_expect(iof_fault_equal(&f, &g));
	memset(&f, 0xa5, sizeof(f));
	cr_expect_eq(iof_smmuv3_event_decode(rec, 31, 0, &f), IOF_E_SHORT);
	cr_expect(iof_fault_equal(&f, &g));
	cr_expect_eq(iof_smmuv3_pri_decode(rec, 16, 0, IOF_NULL), IOF_E_INVAL);
	memset(&f, 0xa5, sizeof(f));
	cr_expect_eq(iof_smmuv3_pri_decode(IOF_NULL, 3, 0, &f), IOF_E_INVAL);
	cr_expect(iof_fault_equal(&f, &g));
	memset(&f, 0xa5, sizeof(f));
	cr_expect_eq(iof_smmuv3_pri_decode(rec, 15, 0, &f), IOF_E_SHORT);
	cr_expect(iof_fault_equal(&f, &g));
	iof_page_response_init(&rr);
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_decode(rec, 16, 0, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_cmd_resume_decode(rec, 16, 0, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_cmd_stall_term_decode(rec, 16, 0, IOF_NULL), IOF_E_INVAL);
	memset(&r, 0xa5, sizeof(r));
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_decode(IOF_NULL, 1, 0, &r), IOF_E_INVAL);
	cr_expect(iof_page_response_equal(&r, &rr));
	memset(&r, 0xa5, sizeof(r));
	cr_expect_eq(iof_smmuv3_cmd_resume_decode(IOF_NULL, 1, 0, &r), IOF_E_INVAL);
	cr_expect(iof_page_response_equal(&r, &rr));
	memset(&r, 0xa5, sizeof(r));
	cr_expect_eq(iof_smmuv3_cmd_resume_decode(rec, 15, 0, &r), IOF_E_SHORT);
	cr_expect(iof_page_response_equal(&r, &rr));
	sid = 7;
	cr_expect_eq(iof_smmuv3_cmd_stall_term_decode(IOF_NULL, 1, 0, &sid), IOF_E_INVAL);
	cr_expect_eq(sid, 0u);

	/* event and PRI encoders: NULL first, *lost = 0, output zeroed on every error */
	cr_assert_eq(iof_smmuv3_event_decode(rec, 32, 0, &f), IOF_OK);
	for (cap = 0; cap <= 40; cap += 8) {
		memset(out, 0xa5, sizeof(out));
		lost = 0xff;
		cr_expect_eq(iof_smmuv3_event_encode(IOF_NULL, out, cap, &lost), IOF_E_INVAL, "cap %zu", cap);
		cr_expect_eq(lost, 0u);
		cr_expect(all_byte(out, cap < 32 ? cap : 32, 0) &&
				  all_byte(out + (cap < 32 ? cap : 32), 40 - (cap < 32 ? cap : 32), 0xa5),
			  "event: NULL fault, cap %zu: first min(cap, 32) bytes zeroed, no more", cap);
		memset(out, 0xa5, sizeof(out));
		lost = 0xff;
		cr_expect_eq(iof_smmuv3_pri_encode(IOF_NULL, out, cap, &lost), IOF_E_INVAL);
		cr_expect_eq(lost, 0u);
		cr_expect(all_byte(out, cap < 16 ? cap : 16, 0) &&
			  all_byte(out + (cap < 16 ? cap : 16), 40 - (cap < 16 ? cap : 16), 0xa5));
	}
	memset(out, 0xa5, sizeof(out));
	cr_expect_eq(iof_smmuv3_event_encode(&f, out, 31, &lost), IOF_E_SHORT);
	cr_expect(all_byte(out, 31, 0) && out[31] == 0xa5);
	cr_expect_eq(lost, 0u);
	memset(out, 0xa5, sizeof(out));
	cr_expect_eq(iof_smmuv3_pri_encode(&f, out, 15, &lost), IOF_E_SHORT);
	cr_expect(all_byte(out, 15, 0));
	cr_expect_eq(iof_smmuv3_event_encode(&f, IOF_NULL, 32, &lost), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_pri_encode(&f, IOF_NULL, 16, &lost), IOF_E_INVAL);
	memset(out, 0xa5, sizeof(out));
	lost = 0xff;
	g = f;
	g.addr |= 1; /* InputAddr[11:0] of F_BAD_ATS_TREQ: E_RANGE */
	cr_expect_eq(iof_smmuv3_event_encode(&g, out, 32, &lost), IOF_E_RANGE);
	cr_expect(all_byte(out, 32, 0));
	cr_expect_eq(lost, 0u);
	memset(out, 0xa5, sizeof(out));
	lost = 0xff;
	cr_expect_eq(iof_smmuv3_pri_encode(&f, out, 16, &lost), IOF_E_UNSUPPORTED); /* a DMA fault */
	cr_expect(all_byte(out, 16, 0));
	cr_expect_eq(lost, 0u);

	/* command encoders */
	iof_page_response_init(&r);
	r.source_id = 1;
	for (cap = 0; cap <= 24; cap += 8) {
		memset(out, 0xa5, sizeof(out));
		cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(IOF_NULL, out, cap), IOF_E_INVAL);
		cr_expect(all_byte(out, cap < 16 ? cap : 16, 0));
		memset(out, 0xa5, sizeof(out));
		cr_expect_eq(iof_smmuv3_cmd_resume_encode(IOF_NULL, out, cap), IOF_E_INVAL);
		cr_expect(all_byte(out, cap < 16 ? cap : 16, 0));
	}
	memset(out, 0xa5, sizeof(out));
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 15), IOF_E_SHORT);
	cr_expect(all_byte(out, 15, 0));
	memset(out, 0xa5, sizeof(out));
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, out, 15), IOF_E_SHORT);
	cr_expect(all_byte(out, 15, 0));
	memset(out, 0xa5, sizeof(out));
	cr_expect_eq(iof_smmuv3_cmd_stall_term_encode(1, out, 15), IOF_E_SHORT);
	cr_expect(all_byte(out, 15, 0));
	cr_expect_eq(iof_smmuv3_cmd_stall_term_encode(1, IOF_NULL, 16), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, IOF_NULL, 16), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_cmd_resume_encode(&r, IOF_NULL, 16), IOF_E_INVAL);
	r.code = IOF_RESP_COUNT; /* unknown code: output zeroed */
	memset(out, 0xa5, sizeof(out));
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_E_INVAL);
	cr_expect(all_byte(out, 16, 0));

	/* raw-record helpers: StreamID read bounded by the length */
	sid = 7;
	cr_expect_eq(iof_smmuv3_event_sid(IOF_NULL, 32, &sid), IOF_E_INVAL);
	cr_expect_eq(sid, 0u);
	cr_expect_eq(iof_smmuv3_event_sid(rec, 32, IOF_NULL), IOF_E_INVAL);
	sid = 7;
	cr_expect_eq(iof_smmuv3_event_sid(rec, 31, &sid), IOF_E_SHORT);
	cr_expect_eq(sid, 0u);
	cr_expect_eq(iof_smmuv3_event_sid(rec, 32, &sid), IOF_OK);
	cr_expect_eq(sid, 0x100u);
	cr_expect_eq(iof_smmuv3_event_get_sid(IOF_NULL), 0u);
	cr_expect_eq(iof_smmuv3_event_set_sid(IOF_NULL, 0, 1), IOF_E_INVAL);

	/* masks and helpers */
	cr_expect_eq(iof_smmuv3_event_defined_mask(0x10, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_event_defined_mask(0x0c, IOF_NULL), IOF_E_INVAL);
	cr_expect_eq(iof_smmuv3_cmd_defined_mask(0x41, IOF_NULL), IOF_E_INVAL);
	iof_smmuv3_pri_defined_mask(IOF_NULL);
	cr_expect_eq(iof_smmuv3_event_defined_mask(0x0c, m), IOF_E_CODE);
	cr_expect(m[0] == 0 && m[1] == 0 && m[2] == 0 && m[3] == 0);
	/* the helpers ending in '_' are internal and unchecked: not part of this contract */
	iof_smmuv3_event_values(ev[0], ev[1], ev[2], ev[3], iof_smmuv3_event_row_(5), IOF_NULL);
	iof_smmuv3_event_decode_words(ev[0], ev[1], ev[2], ev[3], iof_smmuv3_event_row_(5), 5, IOF_NULL);
	iof_smmuv3_pri_decode_words(0, 0, IOF_NULL);
	memset(&f, 0xa5, sizeof(f));
	iof_smmuv3_event_decode_words(ev[0], ev[1], ev[2], ev[3], IOF_NULL, 5, &f);
	cr_expect_eq(f.kind, IOF_KIND_NONE); /* a null row reads as the reserved row */
}

/* Figure 4.5.2 (G.b): CMD_PRI_RESP dw0[10:8] is RES0, the command has no SSec (CMD_RESUME and
 * CMD_STALL_TERM have it at dw0[10], figures 4.7.1 / 4.7.2). */
Test(smmuv3, cmd_pri_resp_has_no_ssec)
{
	/* opcode 0x41, dw0[10] set, SSV = 0, StreamID 0x100; PRGIndex 5, Resp 0b10 Success */
	static const uint64_t w[2] = {(0x100ull << 32) | (1ull << 10) | 0x41, (2ull << 12) | 5};
	uint8_t b[16], out[16];
	struct iof_page_response r;
	uint64_t m[2];

	iof_words_store(b, w, 2);
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_decode(b, 16, IOF_DECODE_STRICT, &r), IOF_E_RESERVED);
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_decode(b, 16, 0, &r), IOF_OK);
	cr_expect_eq(r.code, IOF_RESP_SUCCESS);
	cr_expect_eq(r.detail[0] & (7ull << 8), 0u);
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_OK);
	cr_expect_eq(iof_le64_load(out) & (7ull << 8), 0u, "bit 10 never written");
	r.detail[0] = 1ull << 10;
	cr_expect_eq(iof_smmuv3_cmd_pri_resp_encode(&r, out, 16), IOF_E_RANGE);
	cr_expect_eq(iof_smmuv3_cmd_defined_mask(IOF_SMMUV3_OP_PRI_RESP, m), IOF_OK);
	cr_expect_eq(m[0] & (7ull << 8), 0u);
	cr_expect_eq(iof_smmuv3_cmd_defined_mask(IOF_SMMUV3_OP_RESUME, m), IOF_OK);
	cr_expect_eq(m[0] & (7ull << 8), 1ull << 10);
	cr_expect_eq(iof_smmuv3_cmd_defined_mask(IOF_SMMUV3_OP_STALL_TERM, m), IOF_OK);
	cr_expect_eq(m[0] & (7ull << 8), 1ull << 10);
}

/* Mutation survivors of issue #10 item 7: each check below fails under one mutation. */
Test(smmuv3, loss_and_check_rules)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;

	/* F_TRANSLATION (§7.3.13) has no Span: a length cannot be carried -> IOF_LOST_LENGTH */
	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_PTE_FETCH;
	f.txn = IOF_TXN_MEMORY;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f.perm = IOF_PERM_READ;
	f.source_id = 3;
	f.addr = 0x1000;
	cr_assert_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	f.length = 4096;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_LENGTH);
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, IOF_NULL), IOF_E_LOSSY);
	f.length = 0;
	/* fault.h: count is meaningful only for kind LOST, which no SMMUv3 record carries;
	 * a non-zero count is outside ABI v1 for these encoders -> E_INVAL, output zeroed */
	f.count = 1;
	cr_expect_eq(iof_fault_check_v1_(&f), IOF_E_INVAL);
	memset(b, 0xa5, sizeof(b));
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);
	cr_expect_eq(b[0], 0);
	f.kind = IOF_KIND_PAGE_REQUEST;
	cr_expect_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_E_INVAL);
	f.count = 0;
	/* an interrupt index has no place in either record -> IOF_LOST_IRQ_INDEX */
	f.flags |= IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 9;
	cr_expect_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_OK);
	cr_expect(lost & IOF_LOST_IRQ_INDEX, "PRI lost %#x", lost);
	f.kind = IOF_KIND_DMA_FAULT;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect(lost & IOF_LOST_IRQ_INDEX, "event lost %#x", lost);
}

/* ---- found by make mutation (tests/mutation/): field limits at their exact edge ---- */

/* STAG is 16 bits (§7.3.13, abs [79:64]): 0xffff is the largest tag and must encode. */
Test(smmuv3, largest_stag_and_substreamid_encode)
{
	struct iof_fault f, d;
	uint8_t b[32];
	uint32_t lost;

	base_fault(&f, 0x10);
	f.kind = IOF_KIND_PAGE_REQUEST; /* Stall = 1 */
	f.flags |= IOF_FLAG_LAST;
	f.grpid = 0xffff;
	cr_assert_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &d), IOF_OK);
	cr_expect_eq(d.grpid, 0xffffu);

	/* SubstreamID is 20 bits in the event record (§7.3, abs [31:12]) ... */
	base_fault(&f, 0x10);
	f.flags |= IOF_FLAG_PASID_VALID;
	f.pasid = 0xfffff;
	cr_assert_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &d), IOF_OK);
	cr_expect_eq(d.pasid, 0xfffffu);

	/* ... and in the PRI queue entry (§8, abs [51:32]). */
	iof_fault_init(&f);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.txn = IOF_TXN_PAGE_REQUEST;
	f.perm = IOF_PERM_READ;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID |
		  IOF_FLAG_LAST;
	f.source_id = 0x100;
	f.pasid = 0xfffff;
	f.grpid = 0x1ff; /* PRGIndex is 9 bits */
	f.addr = 0x7f0012345000ull;
	cr_assert_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	cr_assert_eq(iof_smmuv3_pri_decode(b, 16, 0, &d), IOF_OK);
	cr_expect_eq(d.pasid, 0xfffffu);
	cr_expect_eq(d.grpid, 0x1ffu);
	f.pasid = 0x100000;
	cr_expect_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_E_RANGE);
}

/* A refused ATS-translated transaction of another format is F_TRANSL_FORBIDDEN
 * (§7.3.8: a translated transaction from a stream whose STE does not allow one). */
Test(smmuv3, translated_request_picks_f_transl_forbidden)
{
	struct iof_fault f, d;
	uint8_t b[32];
	uint32_t lost;
	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_REQUEST_INVALID;
	f.txn = IOF_TXN_MEMORY;
	f.at = IOF_AT_TRANSLATED;
	f.flags = IOF_FLAG_SOURCE_ID_VALID;
	f.source_id = 0x100;
	cr_assert_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, 0, &d), IOF_OK);
	cr_expect_eq(d.origin.code, (uint32_t)IOF_SMMUV3_EVENT_F_TRANSL_FORBIDDEN);
	cr_expect_eq(d.at, IOF_AT_TRANSLATED);
	cr_expect_eq(d.reason, IOF_REASON_REQUEST_INVALID);
}

/* F_CFG_CONFLICT Reason is the whole dw1[31:0] row of figure 7.3.18
 * (docs/smmuv3.md): its bit 31 is defined, not RES0, and travels in detail[0]. */
Test(smmuv3, cfg_conflict_reason_is_32_bits)
{
	uint64_t w[4] = {(0x100ull << 32) | 0x21u, 0x80000001ull, 0, 0};
	uint8_t b[32], e[32];
	struct iof_fault f;
	uint32_t lost;
	to_bytes(b, w, 4);
	cr_assert_eq(iof_smmuv3_event_decode(b, 32, IOF_DECODE_STRICT, &f), IOF_OK);
	cr_expect_eq(f.origin.detail[0], 0x80000001ull);
	cr_assert_eq(iof_smmuv3_event_encode(&f, e, 32, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	cr_expect(memcmp(b, e, 32) == 0);
}

/* Nothing is dropped silently (fault.h, IOF_LOST_*): a length or an interrupt
 * index the record has no field for is reported, and `count` outside a LOST
 * record breaks the ABI v1 rules (struct iof_fault::count). */
Test(smmuv3, loss_of_length_irq_index_and_count)
{
	struct iof_fault f;
	uint8_t b[32];
	uint32_t lost;

	base_fault(&f, 0x10); /* F_TRANSLATION has no Span */
	f.length = 0x2000;
	cr_assert_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_OK);
	cr_expect(lost & IOF_LOST_LENGTH);
	base_fault(&f, 0x10);
	f.count = 1;
	cr_expect_eq(iof_smmuv3_event_encode(&f, b, 32, &lost), IOF_E_INVAL);

	iof_fault_init(&f);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.txn = IOF_TXN_PAGE_REQUEST;
	f.perm = IOF_PERM_READ;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_LAST;
	f.source_id = 0x100;
	f.grpid = 5;
	f.addr = 0x7f0012345000ull;
	cr_assert_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_OK);
	cr_expect_eq(lost, 0u);
	f.length = 0x1000; /* the PRI entry has no length */
	cr_assert_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_LENGTH);
	f.length = 0;
	f.flags |= IOF_FLAG_IRQ_INDEX_VALID; /* nor an interrupt index */
	f.irq_index = 3;
	cr_assert_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_OK);
	cr_expect_eq(lost, IOF_LOST_IRQ_INDEX);
	f.flags &= ~(uint32_t)IOF_FLAG_IRQ_INDEX_VALID;
	f.irq_index = 0;
	f.count = 1;
	cr_expect_eq(iof_smmuv3_pri_encode(&f, b, 16, &lost), IOF_E_INVAL);
}
