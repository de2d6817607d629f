/* SPDX-License-Identifier: MIT */
/*
 * iommu-fault-decode: what Linux's arm-smmu-v3 driver prints
 * (drivers/iommu/arm/arm-smmu-v3/arm-smmu-v3.c):
 *  - "event 0x%02x received:" and the event's words, one "0x%016llx" per
 *    line (arm_smmu_evtq_thread());
 *  - "unexpected PRI request received:" and the entry decoded on the next
 *    line (arm_smmu_handle_ppr()), rebuilt here into the PRI queue entry.
 */
#include <stdlib.h>
#include <string.h>

#include <iommu_fault/smmuv3.h>

#include "tool.h"

/* The event number of the header must be the record's (dw0[7:0]). */
static void check_event_id(struct ifd_log *p, const uint64_t *w, unsigned long id)
{
	if ((w[0] & 0xffu) != id)
		ifd_err(ifd_where(p->idx, p->line0), "header says event 0x%02x, record holds 0x%02x", (unsigned)id,
			(unsigned)(w[0] & 0xffu));
}

/*
 * The kernel's decoded PRI line (arm_smmu_handle_ppr()):
 *   "sid 0x%08x.0x%05x: [%u%s] %sprivileged %s%s%s access at iova 0x%016llx"
 * The raw words are not printed, so the record is rebuilt through the
 * SMMUv3 PRI encoder from what the line says.  SSID 0 means "no PASID"
 * there (IOMMU_NO_PASID), so a PASID 0 request cannot be told apart.
 */
static int pri_line(struct ifd_log *p, const char *s)
{
	const struct iof_codec *c = ifd_row_find(IOF_REC_SMMUV3_PRI);
	unsigned long sid, ssid, grp;
	unsigned long long iova;
	char *e;
	struct iof_fault f;
	uint8_t rec[IOF_SMMUV3_PRI_SIZE];
	uint64_t w[IOF_SMMUV3_PRI_SIZE / 8];
	uint32_t lost = 0;

	if (!c || strncmp(s, "sid 0x", 6))
		return 0;
	iof_fault_init(&f);
	sid = strtoul(s + 4, &e, 16);
	if (strncmp(e, ".0x", 3))
		return 0;
	ssid = strtoul(e + 1, &e, 16);
	if (strncmp(e, ": [", 3))
		return 0;
	grp = strtoul(e + 3, &e, 10);
	if (*e == 'L') {
		f.flags |= IOF_FLAG_LAST;
		e++;
	}
	if (*e != ']')
		return 0;
	e = (char *)ifd_skip_ws(e + 1);
	if (!strncmp(e, "un", 2))
		e += 2;
	else
		f.perm |= IOF_PERM_PRIV;
	if (strncmp(e, "privileged ", 11))
		return 0;
	for (e += 11; *e == 'R' || *e == 'W' || *e == 'X'; e++)
		f.perm |= *e == 'R' ? IOF_PERM_READ : *e == 'W' ? IOF_PERM_WRITE : IOF_PERM_EXEC;
	e = (char *)ifd_skip_ws(e);
	if (strncmp(e, "access at iova 0x", 17))
		return 0;
	iova = strtoull(e + 15, &e, 16);
	f.kind = IOF_KIND_PAGE_REQUEST;
	f.txn = IOF_TXN_PAGE_REQUEST;
	f.flags |= IOF_FLAG_SOURCE_ID_VALID | IOF_FLAG_ADDR_VALID;
	f.source_id = (uint32_t)sid;
	if (ssid) {
		f.flags |= IOF_FLAG_PASID_VALID | IOF_FLAG_NEEDS_PASID;
		f.pasid = (uint32_t)ssid;
	}
	f.grpid = (uint32_t)grp;
	f.addr = (uint64_t)iova;
	f.origin.record = (uint16_t)IOF_REC_SMMUV3_PRI;
	if (iof_codec_encode_fault(c, &f, rec, sizeof(rec), 0, &lost) < 0 || lost) {
		ifd_log_bad(p, "cannot rebuild the PRI entry from the kernel's line");
		return 1;
	}
	iof_words_load(w, rec, IOF_SMMUV3_PRI_SIZE / 8);
	ifd_log_rebuilt(p, c, w, " (rebuilt from the kernel's decoded line)");
	return 1;
}

/* The header lines start a block; the line after a PRI header is the entry. */
static int smmuv3_line(struct ifd_log *p, const char *text, const char *msg, unsigned prev_note, unsigned *note)
{
	const char *ev = strstr(text, "event 0x");
	const struct iof_codec *c;

	if (ev && strstr(ev, " received:")) {
		c = p->format ? p->format : ifd_row_find(IOF_REC_SMMUV3_EVENT);
		if (!c)
			return 0;
		ifd_log_start(p, c);
		if (c->record == IOF_REC_SMMUV3_EVENT) {
			p->check = check_event_id;
			p->check_arg = strtoul(ev + 6, NULL, 16) & 0xffu;
		}
		return 1;
	}
	if (strstr(text, "unexpected PRI request received:")) {
		c = p->format ? p->format : ifd_row_find(IOF_REC_SMMUV3_PRI);
		if (!c)
			return 0;
		ifd_log_start(p, c);
		*note = 1;
		return 1;
	}
	return prev_note && pri_line(p, msg);
}

const struct ifd_recognizer ifd_log_smmuv3 = {
	"smmuv3",
	"  \"event 0xNN received:\" (arm-smmu-v3) starts an smmuv3-event, whose words follow;\n"
	"  \"unexpected PRI request received:\" an smmuv3-pri, rebuilt from the decoded line\n"
	"  after it",
	smmuv3_line,
};
