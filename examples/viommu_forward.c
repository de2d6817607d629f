/* SPDX-License-Identifier: MIT */
/*
 * viommu_forward: what a hypervisor does with a recoverable fault when the
 * host IOMMU and the guest's virtual IOMMU are of different kinds.  Every
 * conversion goes through the generic form (struct iof_fault and struct
 * iof_page_response); there is no SMMUv3-to-VT-d function.
 *
 * A. host Arm SMMUv3, guest Intel VT-d
 *    host event queue: stalled F_TRANSLATION -> generic page request
 *    -> guest VT-d page request descriptor;  the guest's page group response
 *    -> generic response -> host CMD_RESUME.
 * B. host Intel VT-d, guest Arm SMMUv3
 *    host page request descriptor -> generic -> guest SMMUv3 PRI queue entry;
 *    the guest's CMD_PRI_RESP -> generic -> host page group response.
 *
 * The hypervisor owns two translations: host source ID <-> guest source ID
 * (its device assignment) and host group ID / stall tag <-> guest group ID
 * (its table of pending requests).  It answers the host with the request it
 * kept, plus the code the guest chose.  Every step is checked; the program
 * exits 1 on any mismatch.
 */
#include <stdio.h>

#include <iommu_fault/smmuv3.h>
#include <iommu_fault/vtd.h>

static int failures;

#define CHECK(cond)                                                                              \
	do {                                                                                     \
		if (!(cond)) {                                                                   \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                                              \
		}                                                                                \
	} while (0)

static void show(const char *who, const char *what, const uint8_t *rec, size_t len)
{
	size_t i;
	printf("  %-5s %-34s", who, what);
	for (i = 0; i < len; i += 8)
		printf(" 0x%016llx", (unsigned long long)iof_le64_load(rec + i));
	printf("\n");
}

static void show_loss(uint32_t lost)
{
	unsigned i;
	printf("        not carried to the guest:");
	for (i = 0; i < IOF_LOST_COUNT; i++)
		if (lost & (1u << i))
			printf(" %s", iof_lost_name(1u << i));
	printf("%s\n", lost ? "" : " nothing");
}

/* What the guest must see of a host request: a fault the guest can answer. */
#define GUEST_MUST_KEEP \
	(IOF_LOST_KIND | IOF_LOST_SOURCE_ID | IOF_LOST_PASID | IOF_LOST_ADDR | IOF_LOST_GRPID | IOF_LOST_PERM)

/* Retargets a host page request at the guest: its IDs, and no host origin. */
static void to_guest(struct iof_fault *f, uint32_t guest_sid, uint32_t guest_grpid)
{
	f->source_id = guest_sid;
	f->grpid = guest_grpid;
	/* A stall is a group of one request: the guest must answer it. */
	f->flags |= IOF_FLAG_LAST;
}

/* A. host SMMUv3 -> guest VT-d */
static void smmuv3_host_vtd_guest(void)
{
	/* A stalled F_TRANSLATION as Linux printed it ("event 0x10 received:"):
	 * StreamID 0x7501, SubstreamID 0x1, STAG 0x176, unprivileged data write at
	 * stage 1, input address and IPA 0xaaaada7af000. */
	static const uint64_t host_words[4] = {0x0000750100001810ull, 0x0000120080000176ull, 0x0000aaaada7af000ull,
					       0x0000aaaada7af000ull};
	const uint32_t guest_rid = 0x0018;    /* the device is 00:03.0 in the guest */
	const uint32_t guest_prg_index = 0x1; /* the hypervisor's slot for STAG 0x176 */
	uint8_t host_evt[IOF_SMMUV3_EVENT_SIZE], guest_prq[IOF_VTD_PAGE_REQUEST_SIZE];
	uint8_t guest_resp[IOF_VTD_PAGE_GROUP_RESPONSE_SIZE], host_cmd[IOF_SMMUV3_CMD_SIZE];
	struct iof_fault host_req, f, guest_req;
	struct iof_page_response guest_ans, r, host_ans;
	uint32_t lost = 0;

	printf("A. host SMMUv3, guest VT-d\n");
	iof_words_store(host_evt, host_words, 4);
	show("host", "event queue record (stall)", host_evt, sizeof(host_evt));
	CHECK(iof_smmuv3_event_decode(host_evt, sizeof(host_evt), 0, &host_req) == IOF_OK);
	CHECK(host_req.kind == IOF_KIND_PAGE_REQUEST);
	CHECK(host_req.source_id == 0x7501 && (host_req.flags & IOF_FLAG_SOURCE_ID_VALID));
	CHECK(host_req.pasid == 0x1 && (host_req.flags & IOF_FLAG_PASID_VALID));
	CHECK(host_req.grpid == 0x176);
	CHECK(host_req.addr == 0xaaaada7af000ull && (host_req.flags & IOF_FLAG_ADDR_VALID));
	CHECK((host_req.perm & (IOF_PERM_READ | IOF_PERM_WRITE | IOF_PERM_PRIV)) == IOF_PERM_WRITE);
	CHECK(!(host_req.flags & IOF_FLAG_STAGE2));

	/* Hypervisor: host IDs -> guest IDs, then the guest's record. */
	f = host_req;
	to_guest(&f, guest_rid, guest_prg_index);
	CHECK(iof_vtd_page_request_encode(&f, guest_prq, sizeof(guest_prq), &lost) == IOF_OK);
	CHECK(!(lost & GUEST_MUST_KEEP));
	show("guest", "VT-d page request descriptor", guest_prq, sizeof(guest_prq));
	show_loss(lost);

	/* Guest: reads its page request queue and answers "success". */
	CHECK(iof_vtd_page_request_decode(guest_prq, sizeof(guest_prq), 0, &guest_req) == IOF_OK);
	CHECK(guest_req.kind == IOF_KIND_PAGE_REQUEST && guest_req.source_id == guest_rid);
	CHECK(guest_req.pasid == 0x1 && (guest_req.flags & IOF_FLAG_PASID_VALID));
	CHECK(guest_req.addr == 0xaaaada7af000ull && guest_req.grpid == guest_prg_index);
	CHECK((guest_req.flags & IOF_FLAG_LAST) && (guest_req.perm & IOF_PERM_WRITE));
	CHECK(iof_page_response_for(&guest_req, IOF_RESP_SUCCESS, &guest_ans) == IOF_OK);
	CHECK(guest_ans.record == IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	CHECK(iof_vtd_page_group_response_encode(&guest_ans, guest_resp, sizeof(guest_resp)) == IOF_OK);
	show("guest", "VT-d page group response", guest_resp, sizeof(guest_resp));

	/* Hypervisor: traps the guest's response; answers the host request it kept. */
	CHECK(iof_vtd_page_group_response_decode(guest_resp, sizeof(guest_resp), 0, &r) == IOF_OK);
	CHECK(r.code == IOF_RESP_SUCCESS && r.source_id == guest_rid && r.grpid == guest_prg_index);
	CHECK(iof_page_response_for(&host_req, r.code, &host_ans) == IOF_OK);
	CHECK(host_ans.record == IOF_REC_SMMUV3_CMD_RESUME);
	CHECK(iof_smmuv3_cmd_resume_encode(&host_ans, host_cmd, sizeof(host_cmd)) == IOF_OK);
	show("host", "CMD_RESUME", host_cmd, sizeof(host_cmd));

	CHECK(iof_smmuv3_cmd_resume_decode(host_cmd, sizeof(host_cmd), 0, &r) == IOF_OK);
	CHECK(r.code == IOF_RESP_SUCCESS && r.source_id == 0x7501 && r.grpid == 0x176);
}

/* B. host VT-d -> guest SMMUv3 */
static void vtd_host_smmuv3_guest(void)
{
	/* A VT-d page request descriptor built by hand from its field positions
	 * (VT-d 3.x, Page Request Descriptor): type 0x1, PASID present, RID
	 * 00:02.0 (0x0010), PASID 0x2a, privileged read and write, last request
	 * of PRG index 0x1f, page address 0x7f0012345000. */
	static const uint64_t host_words[4] = {0x0020002a00100101ull, 0x00007f00123450ffull, 0, 0};
	const uint32_t guest_sid = 0x10;  /* StreamID of the device in the guest */
	const uint32_t guest_grpid = 0x3; /* the hypervisor's slot for PRG index 0x1f */
	uint8_t host_prq[IOF_VTD_PAGE_REQUEST_SIZE], guest_pri[IOF_SMMUV3_PRI_SIZE];
	uint8_t guest_cmd[IOF_SMMUV3_CMD_SIZE], host_resp[IOF_VTD_PAGE_GROUP_RESPONSE_SIZE];
	struct iof_fault host_req, f, guest_req;
	struct iof_page_response guest_ans, r, host_ans;
	uint32_t lost = 0;

	printf("B. host VT-d, guest SMMUv3\n");
	iof_words_store(host_prq, host_words, 4);
	show("host", "VT-d page request descriptor", host_prq, sizeof(host_prq));
	CHECK(iof_vtd_page_request_decode(host_prq, sizeof(host_prq), 0, &host_req) == IOF_OK);
	CHECK(host_req.kind == IOF_KIND_PAGE_REQUEST);
	CHECK(host_req.source_id == 0x0010 && host_req.pasid == 0x2a && host_req.grpid == 0x1f);
	CHECK(host_req.addr == 0x7f0012345000ull && (host_req.flags & IOF_FLAG_LAST));
	CHECK((host_req.perm & (IOF_PERM_READ | IOF_PERM_WRITE | IOF_PERM_PRIV)) ==
	      (IOF_PERM_READ | IOF_PERM_WRITE | IOF_PERM_PRIV));

	f = host_req;
	to_guest(&f, guest_sid, guest_grpid);
	CHECK(iof_smmuv3_pri_encode(&f, guest_pri, sizeof(guest_pri), &lost) == IOF_OK);
	CHECK(!(lost & GUEST_MUST_KEEP));
	show("guest", "SMMUv3 PRI queue entry", guest_pri, sizeof(guest_pri));
	show_loss(lost);

	/* Guest: the page cannot be made present; it answers "invalid request". */
	CHECK(iof_smmuv3_pri_decode(guest_pri, sizeof(guest_pri), 0, &guest_req) == IOF_OK);
	CHECK(guest_req.kind == IOF_KIND_PAGE_REQUEST && guest_req.source_id == guest_sid);
	CHECK(guest_req.pasid == 0x2a && guest_req.grpid == guest_grpid);
	CHECK(guest_req.addr == 0x7f0012345000ull && (guest_req.flags & IOF_FLAG_LAST));
	CHECK(iof_page_response_for(&guest_req, IOF_RESP_INVALID, &guest_ans) == IOF_OK);
	CHECK(guest_ans.record == IOF_REC_SMMUV3_CMD_PRI_RESP);
	CHECK(iof_smmuv3_cmd_pri_resp_encode(&guest_ans, guest_cmd, sizeof(guest_cmd)) == IOF_OK);
	show("guest", "CMD_PRI_RESP", guest_cmd, sizeof(guest_cmd));

	CHECK(iof_smmuv3_cmd_pri_resp_decode(guest_cmd, sizeof(guest_cmd), 0, &r) == IOF_OK);
	CHECK(r.code == IOF_RESP_INVALID && r.source_id == guest_sid && r.grpid == guest_grpid);
	CHECK(iof_page_response_for(&host_req, r.code, &host_ans) == IOF_OK);
	CHECK(host_ans.record == IOF_REC_VTD_PAGE_GROUP_RESPONSE);
	CHECK(iof_vtd_page_group_response_encode(&host_ans, host_resp, sizeof(host_resp)) == IOF_OK);
	show("host", "VT-d page group response", host_resp, sizeof(host_resp));

	CHECK(iof_vtd_page_group_response_decode(host_resp, sizeof(host_resp), 0, &r) == IOF_OK);
	CHECK(r.code == IOF_RESP_INVALID && r.source_id == 0x0010 && r.grpid == 0x1f);
	CHECK((r.flags & IOF_RESP_FLAG_PASID_VALID) ? r.pasid == 0x2a : 1);
}

int main(void)
{
	smmuv3_host_vtd_guest();
	vtd_host_smmuv3_guest();
	printf("viommu_forward: %s\n", failures ? "MISMATCH" : "every step checked");
	return failures ? 1 : 0;
}
