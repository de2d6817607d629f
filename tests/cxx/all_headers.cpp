// SPDX-License-Identifier: MIT
//
// Every public header in one C++ translation unit, and every row of the codec
// registry called in each direction.  `make cxx-check` builds it as C++11 and
// C++17 with g++ and clang++ (-Wall -Wextra -Wpedantic -Werror) and runs it.
// It catches what headers-check cannot: C-only constructs in function bodies
// (implicit void * conversions, designated initializers, compound literals),
// enum/int mixing, and linkage problems when the inline functions are really
// called.  The records are the first strict-clean vector of each row
// (tests/vectors/all.h, reached by a relative path so the build needs only
// -Iinclude): decoded, encoded and compared with the original bytes.
#include <iommu_fault/codec.h>
#include <iommu_fault/compat.h>
#include <iommu_fault/fault.h>
#include <iommu_fault/iommu_fault.h>

#include "../vectors/all.h"

#include <cstdio>
#include <cstring>

namespace
{

int failures;

void expect(bool ok, const char *row, const char *what, int rc)
{
	if (!ok) {
		std::printf("FAIL %s: %s (status %d: %s)\n", row, what, rc, iof_strerror(rc));
		failures++;
	}
}

// The first vector of @record that decodes cleanly in strict mode, or null.
const iof_vec *clean_vector(uint32_t record)
{
	for (size_t s = 0; s < IOF_VEC_SET_COUNT; s++)
		for (size_t i = 0; i < iof_vec_sets[s]->nvec; i++) {
			const iof_vec *v = &iof_vec_sets[s]->vec[i];
			if (v->record == record && v->status == IOF_OK && v->strict_status == IOF_OK)
				return v;
		}
	return IOF_NULL;
}

// Decodes @v with row @c, encodes the result back and checks that the bytes
// are the same; the code name of the record, when the row has names, exists.
void round_trip(const iof_codec *c, const iof_vec *v)
{
	uint8_t in[IOF_RECORD_MAX_SIZE] = {}, out[IOF_RECORD_MAX_SIZE] = {};
	const size_t n = 8u * static_cast<size_t>(v->nwords);
	uint32_t code = 0;
	int rc;

	iof_words_store(in, v->w, v->nwords);
	if (c->shape == IOF_SHAPE_FAULT) {
		iof_fault f;
		uint32_t lost = 0;
		rc = iof_codec_decode_fault(c, in, n, IOF_DECODE_STRICT, &f);
		expect(rc == IOF_OK, c->name, "decode", rc);
		rc = iof_codec_encode_fault(c, &f, out, n, 0, &lost);
		expect(rc == IOF_OK && lost == 0, c->name, "encode", rc);
		code = f.origin.code;
	} else if (c->shape == IOF_SHAPE_RESPONSE) {
		iof_page_response r;
		rc = iof_codec_decode_response(c, in, n, IOF_DECODE_STRICT, &r);
		expect(rc == IOF_OK, c->name, "decode", rc);
		rc = iof_codec_encode_response(c, &r, out, n, 0);
		expect(rc == IOF_OK, c->name, "encode", rc);
	} else {
		uint32_t sid = 0;
		rc = iof_codec_decode_command(c, in, n, IOF_DECODE_STRICT, &sid);
		expect(rc == IOF_OK && sid == v->e.source_id, c->name, "decode", rc);
		rc = iof_codec_encode_command(c, sid, out, n, 0);
		expect(rc == IOF_OK, c->name, "encode", rc);
	}
	expect(std::memcmp(in, out, n) == 0, c->name, "re-encoded bytes differ", 0);
	if (c->code_name)
		expect(c->code_name(code) != IOF_NULL, c->name, "code name", 0);
}

} // namespace

int main()
{
	const iof_codec *c;
	size_t i;

	for (i = 0; (c = iof_codec_at(i)) != IOF_NULL; i++) {
		const iof_vec *v = clean_vector(c->record);
		expect(v != IOF_NULL, c->name, "no strict-clean vector in tests/vectors/", 0);
		expect(iof_codec_by_name(c->name, std::strlen(c->name)) == c, c->name, "iof_codec_by_name", 0);
		if (v)
			round_trip(c, v);
	}
	expect(i == iof_codec_count() && i > 0, "registry", "iof_codec_count", 0);

	// Names are static strings, never null, also for values out of range.
	expect(iof_reason_name(IOF_REASON_COUNT) != IOF_NULL, "names", "name of an unknown reason", 0);

	std::printf("cxx-check (C++ %ld): %s, %zu registry rows\n", static_cast<long>(__cplusplus),
		    failures ? "FAILED" : "every row decodes and encodes", i);
	return failures ? 1 : 0;
}
