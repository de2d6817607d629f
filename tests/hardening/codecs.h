/* SPDX-License-Identifier: MIT */
/*
 * Every codec of the library as one table, for the hardening programs that
 * treat them alike: the portable runner (cross targets), the fuzz harness,
 * its seed-corpus generator and the strictness suite.  A new record type is
 * one row here.  Plain C99: it is compiled by cross gcc, clang and tcc.
 */
#ifndef IOF_TEST_CODECS_H
#define IOF_TEST_CODECS_H

#include <iommu_fault/iommu_fault.h>
#include <iommu_fault/smmuv3.h>
#include <iommu_fault/vtd.h>

typedef int (*iof_hc_fdec)(const void *, size_t, unsigned, struct iof_fault *);
typedef int (*iof_hc_fenc)(const struct iof_fault *, void *, size_t, uint32_t *);
typedef int (*iof_hc_rdec)(const void *, size_t, unsigned, struct iof_page_response *);
typedef int (*iof_hc_renc)(const struct iof_page_response *, void *, size_t);

/* One record type: fault-shaped codecs fill fdec/fenc, responses rdec/renc. */
struct iof_hcodec {
	const char *name; /* iof_record_name() spelling; fuzz target suffix */
	uint32_t record;  /* enum iof_record */
	size_t size;      /* bytes */
	size_t min_size;  /* fewest bytes the decoder accepts (a shorter form), else size */
	iof_hc_fdec fdec;
	iof_hc_fenc fenc;
	iof_hc_rdec rdec;
	iof_hc_renc renc;
};

static const struct iof_hcodec iof_hcodecs[] = {
	{ "smmuv3-event", IOF_REC_SMMUV3_EVENT, IOF_SMMUV3_EVENT_SIZE, IOF_SMMUV3_EVENT_SIZE,
	  iof_smmuv3_event_decode, iof_smmuv3_event_encode, 0, 0 },
	{ "smmuv3-pri", IOF_REC_SMMUV3_PRI, IOF_SMMUV3_PRI_SIZE, IOF_SMMUV3_PRI_SIZE,
	  iof_smmuv3_pri_decode, iof_smmuv3_pri_encode, 0, 0 },
	{ "smmuv3-cmd-resume", IOF_REC_SMMUV3_CMD_RESUME, IOF_SMMUV3_CMD_SIZE, IOF_SMMUV3_CMD_SIZE,
	  0, 0, iof_smmuv3_cmd_resume_decode, iof_smmuv3_cmd_resume_encode },
	{ "smmuv3-cmd-pri-resp", IOF_REC_SMMUV3_CMD_PRI_RESP, IOF_SMMUV3_CMD_SIZE, IOF_SMMUV3_CMD_SIZE,
	  0, 0, iof_smmuv3_cmd_pri_resp_decode, iof_smmuv3_cmd_pri_resp_encode },
	{ "vtd-fault", IOF_REC_VTD_FAULT, IOF_VTD_FAULT_SIZE, IOF_VTD_FAULT_SIZE,
	  iof_vtd_fault_decode, iof_vtd_fault_encode, 0, 0 },
	{ "vtd-page-request", IOF_REC_VTD_PAGE_REQ, IOF_VTD_PAGE_REQ_SIZE, IOF_VTD_PAGE_REQ_SIZE,
	  iof_vtd_page_request_decode, iof_vtd_page_request_encode, 0, 0 },
	{ "vtd-page-request-v2", IOF_REC_VTD_PAGE_REQ_V2, IOF_VTD_PAGE_REQ_V2_SIZE,
	  IOF_VTD_PAGE_REQ_V2_SIZE, iof_vtd_page_request_v2_decode, iof_vtd_page_request_v2_encode, 0,
	  0 },
	/* 16 bytes in a 128-bit invalidation queue (IQA.DW=0), 32 in a 256-bit one */
	{ "vtd-page-group-response", IOF_REC_VTD_PAGE_GRP_RESP, IOF_VTD_PAGE_GRP_RESP_SIZE, 16, 0, 0,
	  iof_vtd_page_grp_resp_decode, iof_vtd_page_grp_resp_encode },
	{ "vtd-page-group-response-v2", IOF_REC_VTD_PAGE_GRP_RESP_V2, IOF_VTD_PAGE_GRP_RESP_V2_SIZE,
	  IOF_VTD_PAGE_GRP_RESP_V2_SIZE, 0, 0, iof_vtd_page_grp_resp_v2_decode,
	  iof_vtd_page_grp_resp_v2_encode },
};

#define IOF_HCODEC_COUNT (sizeof(iof_hcodecs) / sizeof(iof_hcodecs[0]))

/* The largest record: buffers sized with this fit every row. */
#define IOF_HCODEC_MAX_SIZE 32u

/* The row of record type @p record, or a null pointer. */
static inline const struct iof_hcodec *iof_hcodec_find(uint32_t record)
{
	size_t i;
	for (i = 0; i < IOF_HCODEC_COUNT; i++)
		if (iof_hcodecs[i].record == record)
			return &iof_hcodecs[i];
	return 0;
}


#endif
