/* SPDX-License-Identifier: MIT */
/*
 * Tests of the portability layer (compat.h) and the generic ABI (fault.h):
 * byte order, field descriptors, the extensible-struct rules, the published
 * enumerator values and the name tables.
 *
 * Expected values come from definitions outside the code: little-endian byte
 * order, Linux's copy_struct_from_user() rules (include/linux/uaccess.h), and
 * the published value tables in docs/reasons.md and docs/abi-policy.md.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iommu_fault/fault.h"

/* ---- byte order ---- */

static const uint8_t seq[17] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
				0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};

Test(compat, le_loads_are_little_endian_at_any_offset)
{
	/* Little-endian: byte 0 is the least significant. */
	cr_assert_eq(iof_le16_load(seq), 0x0100);
	cr_assert_eq(iof_le32_load(seq), 0x03020100u);
	cr_assert_eq(iof_le64_load(seq), 0x0706050403020100ull);
	/* Odd offsets: no alignment requirement. */
	cr_assert_eq(iof_le16_load(seq + 1), 0x0201);
	cr_assert_eq(iof_le32_load(seq + 3), 0x06050403u);
	cr_assert_eq(iof_le64_load(seq + 9), 0x100f0e0d0c0b0a09ull);
}

Test(compat, le_stores_write_bytes_in_order)
{
	uint8_t b[11];
	memset(b, 0xee, sizeof(b));
	iof_le64_store(b + 1, 0x8877665544332211ull);
	cr_assert_eq(b[0], 0xee);
	cr_assert_eq(b[1], 0x11);
	cr_assert_eq(b[8], 0x88);
	cr_assert_eq(b[9], 0xee);
	iof_le32_store(b + 3, 0xa1b2c3d4u);
	cr_assert_eq(b[3], 0xd4);
	cr_assert_eq(b[6], 0xa1);
	iof_le16_store(b + 9, 0xbeef);
	cr_assert_eq(b[9], 0xef);
	cr_assert_eq(b[10], 0xbe);
}

Test(compat, words_round_trip_through_bytes)
{
	uint64_t w[2] = {0x0123456789abcdefull, 0xfedcba9876543210ull}, r[2];
	uint8_t b[16];
	iof_words_store(b, w, 2);
	cr_assert_eq(b[0], 0xef);
	cr_assert_eq(b[7], 0x01);
	cr_assert_eq(b[8], 0x10);
	cr_assert_eq(b[15], 0xfe);
	iof_words_load(r, b, 2);
	cr_assert_eq(r[0], w[0]);
	cr_assert_eq(r[1], w[1]);
}

/* ---- field descriptors ---- */

Test(compat, field_descriptor_get_and_put)
{
	/* A 20-bit field at bits [31:12] of word 1, as SMMUv3's SubstreamID would be. */
	const uint32_t fd = IOF_FD(1, 12, 20);
	uint64_t w[2] = {0, 0};

	cr_assert_eq(IOF_FD_WORD(fd), 1u);
	cr_assert_eq(IOF_FD_LSB(fd), 12u);
	cr_assert_eq(IOF_FD_WIDTH(fd), 20u);
	cr_assert_eq(iof_fd_max(fd), 0xfffffull);
	cr_assert_eq(iof_fd_mask(fd), 0xfffff000ull);
	cr_assert_eq(iof_fd_put(w, fd, 0xabcde), 0);
	cr_assert_eq(w[1], 0xabcde000ull);
	cr_assert_eq(w[0], 0);
	cr_assert_eq(iof_fd_get(w, fd), 0xabcdeull);
	cr_assert_eq(iof_fd_get_inplace(w, fd), 0xabcde000ull);
	/* A value one bit too wide is refused and nothing changes. */
	cr_assert_eq(iof_fd_put(w, fd, 0x100000), -1);
	cr_assert_eq(w[1], 0xabcde000ull);
	/* In-place values must stay inside the field. */
	cr_assert_eq(iof_fd_put_inplace(w, fd, 0x1000), 0);
	cr_assert_eq(w[1], 0x1000ull);
	cr_assert_eq(iof_fd_put_inplace(w, fd, 0x1001), -1);
}

Test(compat, field_descriptor_full_width)
{
	const uint32_t fd = IOF_FD(0, 0, 64);
	uint64_t w[1] = {0};
	cr_assert_eq(iof_fd_max(fd), ~0ull);
	cr_assert_eq(iof_fd_put(w, fd, 0xffffffffffffffffull), 0);
	cr_assert_eq(iof_fd_get(w, fd), ~0ull);
}

/* ---- layout: the header asserts it; these restate the published table ---- */

Test(abi, published_sizes)
{
	cr_assert_eq(sizeof(struct iof_fault), 128);
	cr_assert_eq(sizeof(struct iof_origin), 32);
	cr_assert_eq(sizeof(struct iof_page_response), 48);
	cr_assert_eq(IOF_FAULT_SIZE_V1, 128);
	cr_assert_eq(IOF_PAGE_RESPONSE_SIZE_V1, 48);
}

Test(abi, version_macros_agree)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%d.%d.%d", IOF_VERSION_MAJOR, IOF_VERSION_MINOR, IOF_VERSION_PATCH);
	cr_assert_str_eq(buf, IOF_VERSION_STRING);
	cr_assert_eq(IOF_VERSION_NUMBER, IOF_VERSION_MAJOR * 10000 + IOF_VERSION_MINOR * 100 + IOF_VERSION_PATCH);
	cr_assert_eq(IOF_ABI_VERSION, 1);
}

/* ---- published enumerator values (docs/reasons.md, docs/abi-policy.md) ---- */

Test(abi, reason_values_are_the_published_ones)
{
	cr_assert_eq(IOF_REASON_NONE, 0);
	cr_assert_eq(IOF_REASON_INTERNAL, 1);
	cr_assert_eq(IOF_REASON_IMPDEF, 2);
	cr_assert_eq(IOF_REASON_SOURCEID_INVALID, 3);
	cr_assert_eq(IOF_REASON_DEVICE_CONTEXT_FETCH, 4);
	cr_assert_eq(IOF_REASON_BAD_DEVICE_CONTEXT_ENTRY, 5);
	cr_assert_eq(IOF_REASON_PASID_FETCH, 6);
	cr_assert_eq(IOF_REASON_BAD_PASID_ENTRY, 7);
	cr_assert_eq(IOF_REASON_PASID_INVALID, 8);
	cr_assert_eq(IOF_REASON_WALK_EABT, 9);
	cr_assert_eq(IOF_REASON_PTE_FETCH, 10);
	cr_assert_eq(IOF_REASON_PERMISSION, 11);
	cr_assert_eq(IOF_REASON_ACCESS, 12);
	cr_assert_eq(IOF_REASON_OOR_ADDRESS, 13);
	cr_assert_eq(IOF_REASON_REQUEST_INVALID, 14);
	cr_assert_eq(IOF_REASON_IRQ_INVALID, 15);
	cr_assert_eq(IOF_REASON_IRQ_ENTRY_FETCH, 16);
	cr_assert_eq(IOF_REASON_BAD_IRQ_ENTRY, 17);
	cr_assert_eq(IOF_REASON_COUNT, 18);
}

Test(abi, kind_txn_at_resp_values_are_the_published_ones)
{
	cr_assert_eq(IOF_KIND_NONE, 0);
	cr_assert_eq(IOF_KIND_DMA_FAULT, 1);
	cr_assert_eq(IOF_KIND_PAGE_REQUEST, 2);
	cr_assert_eq(IOF_KIND_STOP_MARKER, 3);
	cr_assert_eq(IOF_KIND_IRQ_FAULT, 4);
	cr_assert_eq(IOF_KIND_IOMMU_ERROR, 5);
	cr_assert_eq(IOF_KIND_EVENT, 6);
	cr_assert_eq(IOF_KIND_LOST, 7);
	cr_assert_eq(IOF_TXN_UNSPECIFIED, 0);
	cr_assert_eq(IOF_TXN_MEMORY, 1);
	cr_assert_eq(IOF_TXN_PAGE_REQUEST, 2);
	cr_assert_eq(IOF_TXN_MESSAGE, 3);
	cr_assert_eq(IOF_TXN_INTERRUPT, 4);
	cr_assert_eq(IOF_TXN_INTERNAL, 5);
	/* PCIe AT field encodings. */
	cr_assert_eq(IOF_AT_UNTRANSLATED, 0);
	cr_assert_eq(IOF_AT_TRANSLATION, 1);
	cr_assert_eq(IOF_AT_TRANSLATED, 2);
	cr_assert_eq(IOF_AT_RESERVED, 3);
	cr_assert_eq(IOF_RESP_SUCCESS, 0);
	cr_assert_eq(IOF_RESP_INVALID, 1);
	cr_assert_eq(IOF_RESP_FAILURE, 2);
}

Test(abi, perm_bits_match_linux_iommu_fault_perm)
{
	/* include/uapi/linux/iommu.h (v5.3-v6.8) and iommufd IOMMU_PGFAULT_PERM_*. */
	cr_assert_eq(IOF_PERM_READ, 1u << 0);
	cr_assert_eq(IOF_PERM_WRITE, 1u << 1);
	cr_assert_eq(IOF_PERM_EXEC, 1u << 2);
	cr_assert_eq(IOF_PERM_PRIV, 1u << 3);
}

Test(abi, flag_bits_are_the_published_ones)
{
	static const uint32_t flags[IOF_FLAG_COUNT] = {
		IOF_FLAG_FATAL,           IOF_FLAG_SOURCE_ID_VALID,  IOF_FLAG_PASID_VALID,
		IOF_FLAG_ADDR_VALID,      IOF_FLAG_FETCH_ADDR_VALID, IOF_FLAG_IPA_VALID,
		IOF_FLAG_IRQ_INDEX_VALID, IOF_FLAG_STAGE2,           IOF_FLAG_LAST,
		IOF_FLAG_NEEDS_PASID,     IOF_FLAG_PRIV_DATA};
	uint32_t all = 0;
	unsigned i;
	for (i = 0; i < IOF_FLAG_COUNT; i++) {
		cr_assert_eq(flags[i], 1u << i, "flag %u moved", i);
		all |= flags[i];
	}
	cr_assert_eq(all, IOF_FLAG_ALL_V1);
}

Test(abi, record_types_carry_their_format)
{
	cr_assert_eq(IOF_REC_SMMUV3_EVENT, 0x0101);
	cr_assert_eq(IOF_REC_SMMUV3_PRI, 0x0102);
	cr_assert_eq(IOF_REC_VTD_FAULT, 0x0201);
	cr_assert_eq(IOF_REC_VTD_PAGE_REQUEST, 0x0202);
	cr_assert_eq(IOF_REC_VTD_PAGE_REQUEST_V2, 0x0203);
	cr_assert_eq(IOF_REC_VTD_PAGE_GROUP_RESPONSE, 0x0210);
	cr_assert_eq(IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2, 0x0211); /* appended after v1 (issue 10) */
	cr_assert_eq(IOF_RECORD_FORMAT(IOF_REC_SMMUV3_CMD_RESUME), IOF_FMT_SMMUV3);
	cr_assert_eq(IOF_RECORD_FORMAT(IOF_REC_VTD_PAGE_GROUP_RESPONSE), IOF_FMT_VTD);
	cr_assert_eq(IOF_RECORD_FORMAT(IOF_REC_AMDVI_PPR), IOF_FMT_AMDVI);
	cr_assert_eq(IOF_RECORD_FORMAT(IOF_REC_RISCV_FAULT), IOF_FMT_RISCV);
	cr_assert_eq(IOF_RECORD_FORMAT(IOF_REC_VIRTIO_FAULT), IOF_FMT_VIRTIO);
	cr_assert_eq(IOF_RECORD_FORMAT(IOF_REC_IOMMUFD_PGFAULT), IOF_FMT_IOMMUFD);
}

/* ---- names: every enumerator has one, unknown values give "?" ---- */

typedef const char *(*name_fn)(uint32_t);

static void check_names(const char *what, name_fn fn, const uint32_t *vals, unsigned n)
{
	unsigned i, j;
	for (i = 0; i < n; i++) {
		const char *s = fn(vals[i]);
		cr_assert_not_null(s);
		cr_assert(strcmp(s, "?") != 0 && s[0], "%s value %u has no name", what, vals[i]);
		for (j = 0; j < i; j++)
			cr_assert(strcmp(s, fn(vals[j])) != 0, "%s values %u and %u share name %s", what, vals[i],
				  vals[j], s);
	}
}

static void check_range(const char *what, name_fn fn, uint32_t count)
{
	uint32_t v[64];
	uint32_t i;
	cr_assert(count <= 64);
	for (i = 0; i < count; i++)
		v[i] = i;
	check_names(what, fn, v, count);
	cr_assert_str_eq(fn(count), "?", "%s: value past the end must be unknown", what);
	cr_assert_str_eq(fn(0xffffffffu), "?");
}

static void check_bits(const char *what, name_fn fn, uint32_t count)
{
	uint32_t v[32];
	uint32_t i;
	for (i = 0; i < count; i++)
		v[i] = 1u << i;
	check_names(what, fn, v, count);
	cr_assert_str_eq(fn(1u << count), "?", "%s: undefined bit must be unknown", what);
	cr_assert_str_eq(fn(0), "?", "%s: zero is not a bit", what);
	cr_assert_str_eq(fn(3), "?", "%s: two bits are not one name", what);
}

Test(names, every_enumerator_and_flag_has_a_name)
{
	static const uint32_t formats[] = {IOF_FMT_NONE,  IOF_FMT_SMMUV3, IOF_FMT_VTD,    IOF_FMT_AMDVI,
					   IOF_FMT_RISCV, IOF_FMT_VIRTIO, IOF_FMT_IOMMUFD};
	static const uint32_t records[] = {IOF_REC_NONE,
					   IOF_REC_SMMUV3_EVENT,
					   IOF_REC_SMMUV3_PRI,
					   IOF_REC_SMMUV3_CMD_PRI_RESP,
					   IOF_REC_SMMUV3_CMD_RESUME,
					   IOF_REC_SMMUV3_CMD_STALL_TERM,
					   IOF_REC_VTD_FAULT,
					   IOF_REC_VTD_PAGE_REQUEST,
					   IOF_REC_VTD_PAGE_REQUEST_V2,
					   IOF_REC_VTD_PAGE_GROUP_RESPONSE,
					   IOF_REC_AMDVI_EVENT,
					   IOF_REC_AMDVI_PPR,
					   IOF_REC_AMDVI_CMD_COMPLETE_PPR,
					   IOF_REC_RISCV_FAULT,
					   IOF_REC_RISCV_PAGE_REQ,
					   IOF_REC_RISCV_CMD_PRGR,
					   IOF_REC_VIRTIO_FAULT,
					   IOF_REC_IOMMUFD_PGFAULT,
					   IOF_REC_IOMMUFD_VEVENT,
					   IOF_REC_IOMMUFD_PAGE_RESP,
					   IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2};

	check_names("format", iof_format_name, formats, sizeof(formats) / sizeof(formats[0]));
	check_names("record", iof_record_name, records, sizeof(records) / sizeof(records[0]));
	check_range("kind", iof_kind_name, IOF_KIND_COUNT);
	check_range("kind desc", iof_kind_desc, IOF_KIND_COUNT);
	check_range("reason", iof_reason_name, IOF_REASON_COUNT);
	check_range("reason desc", iof_reason_desc, IOF_REASON_COUNT);
	check_range("txn", iof_txn_name, IOF_TXN_COUNT);
	check_range("at", iof_at_name, IOF_AT_COUNT);
	check_range("resp", iof_resp_code_name, IOF_RESP_COUNT);
	check_bits("flag", iof_flag_name, IOF_FLAG_COUNT);
	check_bits("flag desc", iof_flag_desc, IOF_FLAG_COUNT);
	check_bits("perm", iof_perm_name, IOF_PERM_COUNT);
	check_bits("lost", iof_lost_name, IOF_LOST_COUNT);
	check_bits("resp flag", iof_resp_flag_name, 2);
}

Test(names, reason_names_follow_the_published_spelling)
{
	/* Every row of the value table of docs/reasons.md, value -> name. */
	static const char *const published[IOF_REASON_COUNT] = {"NONE",
								"INTERNAL",
								"IMPDEF",
								"SOURCEID_INVALID",
								"DEVICE_CONTEXT_FETCH",
								"BAD_DEVICE_CONTEXT_ENTRY",
								"PASID_FETCH",
								"BAD_PASID_ENTRY",
								"PASID_INVALID",
								"WALK_EABT",
								"PTE_FETCH",
								"PERMISSION",
								"ACCESS",
								"OOR_ADDRESS",
								"REQUEST_INVALID",
								"IRQ_INVALID",
								"IRQ_ENTRY_FETCH",
								"BAD_IRQ_ENTRY"};
	uint32_t v;
	for (v = 0; v < IOF_REASON_COUNT; v++)
		cr_assert_str_eq(iof_reason_name(v), published[v], "reason %u", v);
	cr_assert_str_eq(iof_reason_name(IOF_REASON_PERMISSION), "PERMISSION");
	cr_assert_str_eq(iof_reason_name(IOF_REASON_ACCESS), "ACCESS");
	cr_assert_str_eq(iof_record_name(IOF_REC_SMMUV3_EVENT), "smmuv3-event");
	cr_assert_str_eq(iof_record_name(IOF_REC_VTD_FAULT), "vtd-fault");
}

Test(names, every_status_has_a_message)
{
	int s;
	for (s = IOF_E_EMPTY; s <= IOF_OK; s++)
		cr_assert(strcmp(iof_strerror(s), "?") != 0, "status %d has no message", s);
	cr_assert_str_eq(iof_strerror(IOF_E_EMPTY - 1), "?");
	cr_assert_str_eq(iof_strerror(1), "?");
}

/* ---- extensible structs (Linux copy_struct_from_user rules) ---- */

Test(copy, equal_sizes_copy_verbatim)
{
	uint8_t src[16], dst[16];
	unsigned i;
	for (i = 0; i < 16; i++)
		src[i] = (uint8_t)(i + 1);
	cr_assert_eq(iof_struct_copy(dst, 16, src, 16), IOF_OK);
	cr_assert_arr_eq(dst, src, 16);
}

Test(copy, shorter_source_is_zero_extended)
{
	uint8_t src[8], dst[16];
	unsigned i;
	memset(dst, 0xaa, sizeof(dst));
	for (i = 0; i < 8; i++)
		src[i] = (uint8_t)(0x80 + i);
	cr_assert_eq(iof_struct_copy(dst, 16, src, 8), IOF_OK);
	cr_assert_arr_eq(dst, src, 8);
	for (i = 8; i < 16; i++)
		cr_assert_eq(dst[i], 0, "byte %u not zeroed", i);
}

Test(copy, longer_source_with_zero_tail_is_accepted)
{
	uint8_t src[24] = {0}, dst[16];
	src[0] = 0x11;
	src[15] = 0x22;
	cr_assert_eq(iof_struct_copy(dst, 16, src, 24), IOF_OK);
	cr_assert_eq(dst[0], 0x11);
	cr_assert_eq(dst[15], 0x22);
}

Test(copy, longer_source_with_nonzero_tail_is_refused)
{
	uint8_t src[24] = {0}, dst[16];
	unsigned i;
	src[0] = 0x11;
	src[23] = 0x01; /* the last unknown byte */
	memset(dst, 0xaa, sizeof(dst));
	cr_assert_eq(iof_struct_copy(dst, 16, src, 24), IOF_E_2BIG);
	for (i = 0; i < 16; i++)
		cr_assert_eq(dst[i], 0, "refused copy must leave the destination zeroed");
	src[23] = 0;
	src[16] = 0x80; /* the first unknown byte */
	cr_assert_eq(iof_struct_copy(dst, 16, src, 24), IOF_E_2BIG);
}

Test(copy, null_pointers_are_refused)
{
	uint8_t b[4] = {0};
	cr_assert_eq(iof_struct_copy(IOF_NULL, 4, b, 4), IOF_E_INVAL);
	cr_assert_eq(iof_struct_copy(b, 4, IOF_NULL, 4), IOF_E_INVAL);
	/* Calling contract (fault.h): a null pointer is IOF_E_INVAL whatever the size. */
	b[0] = 0x77;
	cr_assert_eq(iof_struct_copy(b, 4, IOF_NULL, 0), IOF_E_INVAL);
	cr_assert_eq(b[0], 0, "the destination is zeroed");
}

static void make_fault(struct iof_fault *f)
{
	iof_fault_init(f);
	f->kind = IOF_KIND_DMA_FAULT;
	f->reason = IOF_REASON_PERMISSION;
	f->txn = IOF_TXN_MEMORY;
	f->flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f->perm = IOF_PERM_WRITE;
	f->source_id = 0x7501;
	f->addr = 0xaaaada7af000ull;
}

Test(copy, fault_import_of_the_same_version)
{
	struct iof_fault a, b;
	make_fault(&a);
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	cr_assert(iof_fault_equal(&a, &b));
}

Test(copy, fault_import_of_a_newer_version)
{
	uint8_t big[160];
	struct iof_fault a, b;
	make_fault(&a);
	memset(big, 0, sizeof(big));
	memcpy(big, &a, sizeof(a));
	{
		uint32_t sz = 160; /* a future writer stamps its own size */
		memcpy(big, &sz, 4);
	}
	cr_assert_eq(iof_fault_import(&b, big, sizeof(big)), IOF_OK);
	cr_assert_eq(b.size, IOF_FAULT_SIZE_V1);
	cr_assert_eq(b.addr, a.addr);
	big[150] = 1; /* a member this version does not understand is set */
	cr_assert_eq(iof_fault_import(&b, big, sizeof(big)), IOF_E_2BIG);
}

Test(copy, fault_import_rejects_short_and_invalid)
{
	struct iof_fault a, b;
	make_fault(&a);
	cr_assert_eq(iof_fault_import(&b, &a, 64), IOF_E_SIZE);
	cr_assert_eq(b.size, IOF_FAULT_SIZE_V1);
	cr_assert_eq(b.kind, IOF_KIND_NONE);

	a.size = 120; /* disagrees with the byte count given */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.flags |= 1u << 31; /* undefined flag */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.reserved[3] = 1;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.reason = IOF_REASON_COUNT;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.origin.reserved0 = 1;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	cr_assert_eq(iof_fault_import(IOF_NULL, &a, sizeof(a)), IOF_E_INVAL);
}

/* Imports the first @p n bytes of @p a, with `size` stamped to @p n as its writer would. */
static int import_prefix(struct iof_fault *out, struct iof_fault a, size_t n)
{
	uint8_t buf[sizeof(struct iof_fault)];
	uint32_t sz = (uint32_t)n;
	a.size = sz;
	memcpy(buf, &a, sizeof(a));
	memset(out, 0x5a, sizeof(*out));
	return iof_fault_import(out, buf, n);
}

Test(copy, fault_import_needs_the_whole_first_version)
{
	/* docs/abi-policy.md: 128 bytes is the first published size; anything
	 * shorter was never a struct iof_fault, whatever its `size` says. */
	struct iof_fault a, b;
	make_fault(&a);
	cr_assert_eq(import_prefix(&b, a, 127), IOF_E_SIZE);
	cr_assert_eq(b.size, IOF_FAULT_SIZE_V1);
	cr_assert_eq(b.kind, IOF_KIND_NONE, "refused input leaves a cleared record");
	cr_assert_eq(b.addr, 0);
	cr_assert_eq(import_prefix(&b, a, 120), IOF_E_SIZE);
	cr_assert_eq(import_prefix(&b, a, 96), IOF_E_SIZE);
	cr_assert_eq(import_prefix(&b, a, 0), IOF_E_SIZE);
	cr_assert_eq(import_prefix(&b, a, 128), IOF_OK);
	cr_assert(iof_fault_equal(&a, &b));
}

Test(copy, fault_import_checks_every_enumerator_range)
{
	/* The value tables of docs/abi-policy.md: kind 0-7, txn 0-5, at 0-3,
	 * perm bits 0-3; the last value of each is valid, the next is not. */
	struct iof_fault a, b;
	make_fault(&a);
	a.at = IOF_AT_RESERVED; /* 3: a defined encoding, kept as reported */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	a.at = 4;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	cr_assert_eq(b.size, IOF_FAULT_SIZE_V1, "size stamped on refusal too");
	make_fault(&a);
	a.kind = IOF_KIND_LOST; /* 7 */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	a.kind = 8;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.txn = IOF_TXN_INTERNAL; /* 5 */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	a.txn = 6;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.reason = IOF_REASON_BAD_IRQ_ENTRY; /* 17 */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	make_fault(&a);
	a.perm = 0xf;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	a.perm = 0x10;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.flags = 0x7ff; /* flag bits 0-10 */
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_OK);
	a.flags = 0x800;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
	make_fault(&a);
	a.reserved[0] = 1;
	cr_assert_eq(iof_fault_import(&b, &a, sizeof(a)), IOF_E_INVAL);
}

Test(contract, null_pointers_never_crash)
{
	/* Calling contract (fault.h, docs/abi-policy.md): status functions
	 * return IOF_E_INVAL, the others a neutral value. */
	struct iof_fault f, g;
	struct iof_page_response r, q;
	char buf[8];

	make_fault(&f);
	memset(&g, 0x5a, sizeof(g));
	cr_assert_eq(iof_fault_import(&g, IOF_NULL, sizeof(g)), IOF_E_INVAL);
	cr_assert_eq(g.size, IOF_FAULT_SIZE_V1, "output written on a null input");
	cr_assert_eq(g.kind, 0);
	cr_assert_eq(iof_fault_import(&g, IOF_NULL, 0), IOF_E_INVAL, "null before the size check");
	cr_assert_eq(iof_fault_import(IOF_NULL, IOF_NULL, 0), IOF_E_INVAL);

	f.kind = IOF_KIND_PAGE_REQUEST;
	cr_assert_eq(iof_page_response_for(&f, IOF_RESP_SUCCESS, IOF_NULL), IOF_E_INVAL);
	memset(&r, 0x5a, sizeof(r));
	cr_assert_eq(iof_page_response_for(IOF_NULL, IOF_RESP_SUCCESS, &r), IOF_E_INVAL);
	cr_assert_eq(r.size, IOF_PAGE_RESPONSE_SIZE_V1);
	cr_assert_eq(r.code, 0);

	iof_fault_init(IOF_NULL);
	iof_page_response_init(IOF_NULL);

	cr_assert_eq(iof_fault_equal(IOF_NULL, IOF_NULL), 1);
	cr_assert_eq(iof_fault_equal(&f, IOF_NULL), 0);
	cr_assert_eq(iof_fault_equal(IOF_NULL, &f), 0);
	iof_page_response_init(&q);
	cr_assert_eq(iof_page_response_equal(IOF_NULL, IOF_NULL), 1);
	cr_assert_eq(iof_page_response_equal(&q, IOF_NULL), 0);
	cr_assert_eq(iof_page_response_equal(IOF_NULL, &q), 0);

	memset(buf, 'x', sizeof(buf));
	cr_assert_eq(iof_fault_format(IOF_NULL, buf, sizeof(buf)), 0);
	cr_assert_eq(buf[0], '\0', "a null record formats as the empty string");
	cr_assert_eq(buf[1], 'x');
	cr_assert_eq(iof_fault_format(IOF_NULL, IOF_NULL, 16), 0);
	make_fault(&f);
	cr_assert_eq(iof_fault_format(&f, IOF_NULL, 16), iof_fault_format(&f, IOF_NULL, 0),
		     "a null buffer only measures, whatever cap says");
	{
		struct iof_textbuf t = {IOF_NULL, 16, 0};
		iof_text_puts(&t, "abc");
		iof_text_puts(&t, IOF_NULL);
		iof_text_hex(&t, 0x1f);
		iof_text_field(&t, IOF_NULL, 0);
		cr_assert_eq(t.len, 3 + 4 + 1 + 1 + 3, "lengths counted, nothing written");
		iof_text_puts(IOF_NULL, "abc");
		iof_text_hex(IOF_NULL, 1);
		iof_text_field(IOF_NULL, "x", 1);
	}
}

Test(copy, init_clears_every_byte)
{
	struct iof_fault f;
	struct iof_page_response r;
	const uint8_t *p = (const uint8_t *)&f;
	unsigned i;
	memset(&f, 0x5a, sizeof(f));
	memset(&r, 0x5a, sizeof(r));
	iof_fault_init(&f);
	iof_page_response_init(&r);
	cr_assert_eq(f.size, 128);
	for (i = 4; i < sizeof(f); i++)
		cr_assert_eq(p[i], 0, "byte %u", i);
	cr_assert_eq(r.size, 48);
	cr_assert_eq(r.detail[1], 0);
}

/* ---- page responses ---- */

Test(response, response_records_per_request_type)
{
	cr_assert_eq(iof_response_record_for(IOF_REC_SMMUV3_EVENT), IOF_REC_SMMUV3_CMD_RESUME);
	cr_assert_eq(iof_response_record_for(IOF_REC_SMMUV3_PRI), IOF_REC_SMMUV3_CMD_PRI_RESP);
	cr_assert_eq(iof_response_record_for(IOF_REC_VTD_PAGE_REQUEST), IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	/* The 2.x page request is answered in the 2.x layout (Linux v4.4-v4.19 intel-svm.c). */
	cr_assert_eq(iof_response_record_for(IOF_REC_VTD_PAGE_REQUEST_V2), IOF_REC_VTD_PAGE_GROUP_RESPONSE_V2);
	cr_assert_eq(iof_response_record_for(IOF_REC_AMDVI_PPR), IOF_REC_AMDVI_CMD_COMPLETE_PPR);
	cr_assert_eq(iof_response_record_for(IOF_REC_RISCV_PAGE_REQ), IOF_REC_RISCV_CMD_PRGR);
	cr_assert_eq(iof_response_record_for(IOF_REC_IOMMUFD_PGFAULT), IOF_REC_IOMMUFD_PAGE_RESP);
	cr_assert_eq(iof_response_record_for(IOF_REC_VTD_FAULT), IOF_REC_NONE);
}

Test(response, echoes_pasid_only_when_needed)
{
	struct iof_fault req;
	struct iof_page_response r;

	iof_fault_init(&req);
	req.kind = IOF_KIND_PAGE_REQUEST;
	req.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_LAST | IOF_FLAG_NEEDS_PASID;
	req.source_id = 0x0010;
	req.pasid = 0x12345;
	req.grpid = 0x1ff;
	req.origin.record = IOF_REC_VTD_PAGE_REQUEST;
	cr_assert_eq(iof_page_response_for(&req, IOF_RESP_FAILURE, &r), IOF_OK);
	cr_assert_eq(r.code, IOF_RESP_FAILURE);
	cr_assert_eq(r.source_id, 0x0010);
	cr_assert_eq(r.grpid, 0x1ff);
	cr_assert_eq(r.flags, IOF_RESP_FLAG_PASID_VALID);
	cr_assert_eq(r.pasid, 0x12345);
	cr_assert_eq(r.record, IOF_REC_VTD_PAGE_GROUP_RESPONSE);

	/* PASID known but the endpoint does not want it echoed. */
	req.flags &= ~IOF_FLAG_NEEDS_PASID;
	cr_assert_eq(iof_page_response_for(&req, IOF_RESP_SUCCESS, &r), IOF_OK);
	cr_assert_eq(r.flags, 0);
	cr_assert_eq(r.pasid, 0);

	cr_assert_eq(iof_page_response_for(&req, IOF_RESP_COUNT, &r), IOF_E_INVAL);
	req.kind = IOF_KIND_DMA_FAULT;
	cr_assert_eq(iof_page_response_for(&req, IOF_RESP_SUCCESS, &r), IOF_E_INVAL);
	cr_assert_eq(r.size, IOF_PAGE_RESPONSE_SIZE_V1, "output written even on error");
}

/* ---- text ---- */

static struct iof_fault linux_record_2(void)
{
	/* The second SMMUv3 record of issue #3 as Linux printed it, in generic form. */
	struct iof_fault f;
	iof_fault_init(&f);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.reason = IOF_REASON_PTE_FETCH;
	f.txn = IOF_TXN_MEMORY;
	f.flags = IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_PASID_VALID | IOF_FLAG_ADDR_VALID | IOF_FLAG_LAST;
	f.perm = IOF_PERM_WRITE;
	f.source_id = 0x7501;
	f.pasid = 0x1;
	f.grpid = 0x176;
	f.addr = 0xaaaada7af000ull;
	f.origin.record = IOF_REC_SMMUV3_EVENT;
	f.origin.code = 0x10;
	return f;
}

Test(text, format_names_every_valid_field)
{
	struct iof_fault f = linux_record_2();
	char buf[256];
	size_t n = iof_fault_format(&f, buf, sizeof(buf));
	cr_assert_str_eq(buf, "smmuv3-event code=0x10 PAGE_REQUEST PTE_FETCH sid=0x7501 pasid=0x1 "
			      "grpid=0x176 addr=0xaaaada7af000 perm=WRITE LAST");
	cr_assert_eq(n, strlen(buf));
}

Test(text, format_truncates_like_snprintf)
{
	struct iof_fault f = linux_record_2();
	char full[256], small[16];
	size_t n = iof_fault_format(&f, full, sizeof(full));
	memset(small, 'x', sizeof(small));
	cr_assert_eq(iof_fault_format(&f, small, sizeof(small)), n);
	cr_assert_eq(small[15], '\0');
	cr_assert(strncmp(small, full, 15) == 0);
	cr_assert_eq(iof_fault_format(&f, IOF_NULL, 0), n, "cap 0 only measures");
}

/* The line of linux_record_2(), written out from the format iof_fault_format() documents. */
static const char record_2_line[] = "smmuv3-event code=0x10 PAGE_REQUEST PTE_FETCH sid=0x7501 "
				    "pasid=0x1 grpid=0x176 addr=0xaaaada7af000 perm=WRITE LAST";

Test(text, format_at_exactly_the_line_length_stays_in_the_buffer)
{
	/* cap == strlen(line): one byte short of the NUL, so the line is
	 * truncated by one character and nothing is written past cap.  A heap
	 * buffer of exactly cap bytes lets ASan (make check-sanitize) see a
	 * write past it; the guard byte catches it in a plain build. */
	struct iof_fault f = linux_record_2();
	const size_t len = sizeof(record_2_line) - 1;
	char *heap = (char *)malloc(len);
	char guarded[sizeof(record_2_line) + 1];

	cr_assert_not_null(heap);
	memset(heap, 'x', len);
	cr_assert_eq(iof_fault_format(&f, heap, len), len);
	cr_assert_eq(heap[len - 1], '\0');
	cr_assert(strncmp(heap, record_2_line, len - 1) == 0);
	free(heap);

	memset(guarded, 'x', sizeof(guarded));
	cr_assert_eq(iof_fault_format(&f, guarded, len), len);
	cr_assert_eq(guarded[len], 'x', "byte after cap written");
	cr_assert_eq(guarded[len - 1], '\0');

	memset(guarded, 'x', sizeof(guarded));
	cr_assert_eq(iof_fault_format(&f, guarded, len + 1), len, "exact fit");
	cr_assert_str_eq(guarded, record_2_line);
	cr_assert_eq(guarded[len + 1], 'x', "byte after cap written");

	memset(guarded, 'x', sizeof(guarded));
	cr_assert_eq(iof_fault_format(&f, guarded, 1), len);
	cr_assert_eq(guarded[0], '\0', "cap 1: only the NUL");
	cr_assert_eq(guarded[1], 'x');
}

Test(text, format_names_every_optional_field)
{
	/* Every optional token of the documented format, in its documented
	 * order; values are arbitrary but distinct. */
	struct iof_fault f;
	char buf[512];
	iof_fault_init(&f);
	f.kind = IOF_KIND_DMA_FAULT;
	f.reason = IOF_REASON_PERMISSION;
	f.txn = IOF_TXN_MESSAGE;
	f.at = IOF_AT_TRANSLATED;
	f.flags = IOF_FLAG_ALL_V1;
	f.perm = IOF_PERM_ALL_V1;
	f.source_id = 0x100;
	f.pasid = 0x42;
	f.irq_index = 0x7;
	f.addr = 0x7f0012345000ull;
	f.fetch_addr = 0x80001000ull;
	f.ipa = 0x40000000ull;
	f.length = 0x2000;
	f.origin.record = IOF_REC_VTD_FAULT;
	f.origin.code = 0x6;
	iof_fault_format(&f, buf, sizeof(buf));
	cr_assert_str_eq(buf, "vtd-fault code=0x6 DMA_FAULT PERMISSION sid=0x100 pasid=0x42 index=0x7 "
			      "addr=0x7f0012345000 fetch=0x80001000 ipa=0x40000000 length=0x2000 "
			      "txn=MESSAGE at=TRANSLATED perm=READ,WRITE,EXEC,PRIV "
			      "FATAL STAGE2 LAST NEEDS_PASID PRIV_DATA");

	/* A lost-records marker carries its count; a fault does not. */
	iof_fault_init(&f);
	f.kind = IOF_KIND_LOST;
	f.count = 0x2a;
	f.txn = IOF_TXN_INTERNAL;
	f.at = IOF_AT_TRANSLATION;
	iof_fault_format(&f, buf, sizeof(buf));
	cr_assert_str_eq(buf, "none code=0x0 LOST NONE count=0x2a txn=INTERNAL at=TRANSLATION_REQUEST");

	/* A stop marker names its group; ACCESS is reason 12 (docs/reasons.md). */
	iof_fault_init(&f);
	f.kind = IOF_KIND_STOP_MARKER;
	f.reason = IOF_REASON_ACCESS;
	f.grpid = 0x1ff;
	f.txn = IOF_TXN_PAGE_REQUEST;
	iof_fault_format(&f, buf, sizeof(buf));
	cr_assert_str_eq(buf, "none code=0x0 STOP_MARKER ACCESS grpid=0x1ff txn=PAGE_REQUEST");
}

Test(compat, constant_masks_match_the_functions)
{
	/* Widths 1, 20 and 64: the macro must not shift by 64. */
	cr_assert_eq(IOF_FD_MASK(IOF_FD(0, 63, 1)), 0x8000000000000000ull);
	cr_assert_eq(IOF_FD_MASK(IOF_FD(1, 12, 20)), iof_fd_mask(IOF_FD(1, 12, 20)));
	cr_assert_eq(IOF_FD_MASK(IOF_FD(0, 0, 64)), ~0ull);
	cr_assert_eq(IOF_FD_MAX(IOF_FD(3, 3, 53)), (1ull << 53) - 1u);
}

Test(compat, equality_compares_every_byte)
{
	struct iof_page_response a, b;
	iof_page_response_init(&a);
	iof_page_response_init(&b);
	cr_assert_eq(iof_page_response_equal(&a, &b), 1);
	b.reserved1 = 1; /* reserved members count too */
	cr_assert_eq(iof_page_response_equal(&a, &b), 0);
	cr_assert_eq(iof_bytes_equal("abc", "abd", 2), 1);
	cr_assert_eq(iof_bytes_equal("abc", "abd", 3), 0);
	cr_assert_eq(iof_bytes_equal("abc", "xbc", 3), 0, "the first byte counts");
	cr_assert_eq(iof_bytes_equal("x", "y", 0), 1);
}

Test(compat, fault_equality_compares_every_byte)
{
	/* Every byte of the 128-byte struct takes part, the first and the last
	 * (reserved[3], bytes 120-127) included. */
	struct iof_fault a, b;
	unsigned i;
	for (i = 0; i < sizeof(a); i++) {
		iof_fault_init(&a);
		iof_fault_init(&b);
		((uint8_t *)&b)[i] ^= 0x01;
		cr_assert_eq(iof_fault_equal(&a, &b), 0, "byte %u ignored", i);
		cr_assert_eq(iof_fault_equal(&b, &a), 0, "byte %u ignored", i);
	}
	iof_fault_init(&a);
	iof_fault_init(&b);
	cr_assert_eq(iof_fault_equal(&a, &b), 1);
}
