#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tests of iommu-fault-decode: the Linux records give the fields the kernel
# printed, --json | --encode round-trips every sample, bad input never
# crashes and exits 2 with one line on stderr, lossy --to exits 3.
# Usage: tests/tool/run.sh [path/to/iommu-fault-decode]
set -u
cd "$(dirname "$0")/../.."
TOOL=${1:-build/iommu-fault-decode}
SAMPLES=(examples/records/smmuv3-events.log examples/records/vtd-faults.txt
	 examples/records/page-request-exchange.txt)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# run NAME EXPECTED_RC CMD... : runs CMD with stdin from $IN, keeps stdout/stderr.
run() {
	local name=$1 want=$2
	shift 2
	"$@" <"$IN" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	if [ "$rc" -ge 128 ]; then
		bad "$name: crashed (exit $rc)"
	elif [ "$rc" -ne "$want" ]; then
		bad "$name: exit $rc, expected $want; stderr: $(head -c 300 "$TMP/err")"
	else
		ok
	fi
}

# has NAME FILE STRING: FILE contains STRING (fixed string)
has() {
	if grep -qF -- "$3" "$2"; then ok; else bad "$1: no '$3' in $(basename "$2")"; fi
}
hasnt() {
	if grep -qF -- "$3" "$2"; then bad "$1: unexpected '$3'"; else ok; fi
}
# one_line NAME: stderr is exactly one line naming the tool
one_line() {
	local n
	n=$(wc -l <"$TMP/err")
	if [ "$n" -eq 1 ] && grep -q '^iommu-fault-decode: ' "$TMP/err"; then ok; else
		bad "$1: stderr has $n lines: $(head -c 300 "$TMP/err")"
	fi
}

[ -x "$TOOL" ] || { echo "no tool at $TOOL"; echo "0 passed, 1 failed"; exit 1; }

# ---- the Linux SMMUv3 records give what the kernel printed ----
IN=examples/records/smmuv3-events.log
run "smmuv3 log" 0 "$TOOL" --json
sed -n 2p "$TMP/out" >"$TMP/r2"
sed -n 1p "$TMP/out" >"$TMP/r1"
# second record: sid 0x7501, ssid 0x1, iova/ipa 0xaaaada7af000, write,
# unprivileged, stage 1, stall with stag 0x176
has "record 2 sid" "$TMP/r2" '"source_id":29953,'
has "record 2 ssid" "$TMP/r2" '"pasid":1,'
has "record 2 ssid valid" "$TMP/r2" '"PASID_VALID"'
has "record 2 iova" "$TMP/r2" '"addr":"0x0000aaaada7af000"'
# detail[0] = dw1 0x0000120080000176 less Stall (bit 31) and the STAG it
# carries: CLASS=IN (bit 41) and bit 44, which real hardware sets although
# IHI 0070 defines TTRnW only for F_PERMISSION; detail[2] = the dw3 IPA,
# UNKNOWN with S2 == 0 but kept so the record re-encodes bit-exact.
has "record 2 ipa (raw field, S2 == 0)" "$TMP/r2" '"detail":["0x0000120000000000","0x0000000000000000","0x0000aaaada7af000"]'
has "record 2 nothing unkept" "$TMP/r2" '"unkept":["0x0000000000000000","0x0000000000000000","0x0000000000000000","0x0000000000000000"]'
has "record 2 write unprivileged" "$TMP/r2" '"perm":["WRITE"]'
hasnt "record 2 stage 1" "$TMP/r2" 'STAGE2'
has "record 2 stall" "$TMP/r2" '"kind":"PAGE_REQUEST"'
has "record 2 stag" "$TMP/r2" '"grpid":374,'
has "record 2 event" "$TMP/r2" '"code":16,"code_name":"F_TRANSLATION"'
# first record: sid 0x7d00, no ssid, iova 0xf47cf000, read, no stall
has "record 1 sid" "$TMP/r1" '"source_id":32000,'
has "record 1 iova" "$TMP/r1" '"addr":"0x00000000f47cf000"'
has "record 1 read" "$TMP/r1" '"perm":["READ"]'
has "record 1 not stalled" "$TMP/r1" '"kind":"DMA_FAULT"'
hasnt "record 1 no ssid" "$TMP/r1" 'PASID_VALID'
# the human-readable block names the spec fields as the kernel does
run "smmuv3 log, text" 0 "$TOOL"
has "text sid" "$TMP/out" 'source_id   0x7501'
has "text stall" "$TMP/out" 'STAG=0x176 Stall=0x1'
has "text ipa" "$TMP/out" 'IPA[55:12]=0xaaaada7af000'
has "text class" "$TMP/out" 'CLASS=2 (IN)'
has "text answer" "$TMP/out" 'answer      smmuv3-cmd-resume to group 0x176'
# the same words on the command line, without 0x, several per line
IN=/dev/null
run "arguments" 0 "$TOOL" --format smmuv3-event 0000750100001810 0000120080000176 \
	0000aaaada7af000,0000aaaada7af000
has "arguments sid" "$TMP/out" 'source_id   0x7501'

# ---- every sample decodes, and --json | --encode round-trips it ----
for f in "${SAMPLES[@]}"; do
	IN=$f
	run "$f decodes" 0 "$TOOL"
	[ -s "$TMP/out" ] && ok || bad "$f: no output"
	run "$f --json" 0 "$TOOL" --json
	cp "$TMP/out" "$TMP/j1"
	IN=$TMP/j1
	run "$f --encode" 0 "$TOOL" --encode
	cp "$TMP/out" "$TMP/w"
	IN=$TMP/w
	run "$f re-decode" 0 "$TOOL" --json
	if cmp -s "$TMP/j1" "$TMP/out"; then ok; else
		bad "$f: round trip differs"; diff "$TMP/j1" "$TMP/out" | head -5
	fi
	# the rebuilt words are the sample's words, record by record
	grep -o '"words":\[[^]]*\]' "$TMP/j1" >"$TMP/w1"
	grep -o '"words":\[[^]]*\]' "$TMP/out" >"$TMP/w2"
	if [ -s "$TMP/w1" ] && cmp -s "$TMP/w1" "$TMP/w2"; then ok; else bad "$f: words differ"; fi
	IN=$TMP/j1
	run "$f --encode --json" 0 "$TOOL" --encode --json
	if cmp -s "$TMP/j1" "$TMP/out"; then ok; else bad "$f: --encode --json differs"; fi
done
# records the codecs decode with a status or cannot encode again (reserved
# codes, an empty slot, F = 0, reserved Resp, private data) round-trip too
cat >"$TMP/edge" <<'END'
vtd-fault: 0x000000007f3a1000 0x4000000600000010
smmuv3-event: 0x0000000100000030 0x1 0x2 0x3
smmuv3-event: 0x00000001000000e5 0x1111 0x2222 0x3333
smmuv3-event: 0 0 0 0
smmuv3-pri: 0xc000000500000010 0x0
smmuv3-cmd-pri-resp: 0x000000100002a841 0x0000000000003003
smmuv3-cmd-stall-term: 0x0000750100000045 0
vtd-page-request-v2: 0x01000000010002ad 0x00000000deadb013
vtd-page-group-response: 0x0000002a00100019 0x00000000000000fc 0x1234 0x5678
vtd-page-group-response-v2: 0x0000000001000009 0xff8000000000001f
END
IN=$TMP/edge
run "edge records" 0 "$TOOL" --json
cp "$TMP/out" "$TMP/j1"
IN=$TMP/j1
run "edge records --encode --json" 0 "$TOOL" --encode --json
if cmp -s "$TMP/j1" "$TMP/out"; then ok; else bad "edge records: round trip differs"; fi
has "edge: reserved event code" "$TMP/j1" '"code":48,"code_name":"RESERVED"'
has "edge: empty VT-d record" "$TMP/j1" '"status":"E_EMPTY"'

n=$(IN=examples/records/vtd-faults.txt; "$TOOL" --json <"$IN" | grep -c '"record":"vtd-fault"')
[ "$n" -eq 4 ] && ok || bad "vtd-faults.txt: $n records, expected 4"
n=$("$TOOL" --json <examples/records/page-request-exchange.txt | wc -l)
[ "$n" -eq 9 ] && ok || bad "page-request-exchange.txt: $n records, expected 9"

# ---- the kernel's decoded PRI line is rebuilt into the same words ----
IN=examples/records/page-request-exchange.txt
run "pri line" 0 "$TOOL" --json
if [ "$(sed -n 3p "$TMP/out")" = "$(sed -n 4p "$TMP/out")" ]; then ok; else
	bad "PRI line rebuilt differently from its words"
fi

# ---- bad input: exit 2, one line on stderr, other records still processed ----
printf '0x00007d0000000010 0x0000020900000080 0x00000000f47cf0zz 0x00000000f47cf000\n' >"$TMP/in"
IN=$TMP/in
run "odd hex" 2 "$TOOL" --format smmuv3-event
one_line "odd hex"
has "odd hex names the word" "$TMP/err" "0x00000000f47cf0zz"
has "odd hex names the record" "$TMP/err" "record 1 (line 1)"
printf '0x12345678901234567 0 0 0\n' >"$TMP/in"
run "word over 64 bits" 2 "$TOOL" --format smmuv3-event
one_line "word over 64 bits"
printf 'x: event 0x10 received:\nx: 0x1\nx: 0x2\nx: 0x3\nx: event 0x10 received:\n%s\n' \
	'0x0000750100001810 0x0000120080000176 0x0000aaaada7af000 0x0000aaaada7af000' >"$TMP/in"
run "3 words for an SMMUv3 event" 2 "$TOOL" --json
one_line "3 words"
has "3 words message" "$TMP/err" "record 1 (line 1): smmuv3-event needs 4 words, got 3"
has "3 words: next record processed" "$TMP/out" '"source_id":29953'
printf '0x1 0x2 0x3\n' >"$TMP/in"
run "3 words at the end" 2 "$TOOL" --format smmuv3-event
one_line "3 words at the end"
run "unknown --format" 2 "$TOOL" --format smmuv3-nope
one_line "unknown --format"
run "unknown option" 2 "$TOOL" --frobnicate
one_line "unknown option"
printf '0x1 0x2\n' >"$TMP/in"
run "no record type" 2 "$TOOL"
one_line "no record type"
IN=/dev/null
run "empty input" 2 "$TOOL"
one_line "empty input"
run "empty JSON input" 2 "$TOOL" --encode
one_line "empty JSON input"
printf '# only a comment\n\n' >"$TMP/in"
IN=$TMP/in
run "comments only" 2 "$TOOL"
one_line "comments only"
for j in 'garbage' '{"record":"smmuv3-event",' '{"record":"smmuv3-event","pasid":-1}' \
	'{"record":"smmuv3-event","bogus":1}' '{"record":"smmuv3-event","record":"vtd-fault"}' \
	'{"record":"nope"}' '{"record":"smmuv3-event","kind":"WRONG"}' \
	'{"record":"smmuv3-event","addr":"0xzz"}' '{"record":"smmuv3-event","pasid":4294967296}' \
	'{"record":"smmuv3-cmd-resume","reason":"NONE"}' '{"record":"vtd-fault","words":["0x1"]}' \
	'{"record":"smmuv3-event"} trailing' '[1,2]' '{"record":"smmuv3-event","flags":[1]}' \
	"{\"record\":\"$(printf 'a%.0s' $(seq 1 200))\"}"; do
	printf '%s\n' "$j" >"$TMP/in"
	run "bad JSON $j" 2 "$TOOL" --encode
	one_line "bad JSON $j"
done
# a bad JSON line among good ones: the good ones are still encoded
{ "$TOOL" --json <examples/records/vtd-faults.txt | head -2; echo '{nope'; \
  "$TOOL" --json <examples/records/vtd-faults.txt | tail -1; } >"$TMP/in"
run "bad JSON line among good" 2 "$TOOL" --encode
one_line "bad JSON line among good"
has "bad JSON names the line" "$TMP/err" "record 3 (line 3): invalid JSON"
n=$(grep -c '^vtd-fault:' "$TMP/out")
[ "$n" -eq 3 ] && ok || bad "bad JSON among good: $n records encoded, expected 3"
# binary garbage and long lines never crash (exit 0, 2 or 3)
LC_ALL=C awk 'BEGIN { srand(7); for (i = 0; i < 65536; i++) printf "%c", int(rand() * 255) + 1 }' \
	>"$TMP/noise"
for input in "$TOOL" "$TMP/noise"; do
	head -c 65536 "$input" >"$TMP/in"
	for mode in "" --json --encode "--to vtd-fault"; do
		# shellcheck disable=SC2086
		"$TOOL" $mode <"$TMP/in" >/dev/null 2>&1
		rc=$?
		[ "$rc" -lt 128 ] && ok || bad "garbage ($input $mode): exit $rc"
	done
done
head -c 300000 /dev/zero | tr '\0' '1' >"$TMP/in"
IN=$TMP/in
run "very long line" 2 "$TOOL" --format smmuv3-event
one_line "very long line"

# ---- --to: conversions through the generic form ----
# the first Linux record (not stalled) as a VT-d fault record
sed -n '1,/0x0000020900000080/p;/f47cf000/p' examples/records/smmuv3-events.log >"$TMP/in"
IN=$TMP/in
run "lossy --to" 3 "$TOOL" --to vtd-fault
one_line "lossy --to"
has "lossy --to names the losses" "$TMP/err" "record 1 (line 12): smmuv3-event -> vtd-fault lost: "
has "lossy --to prints the words" "$TMP/out" "vtd-fault:"
cp "$TMP/out" "$TMP/conv"
IN=$TMP/conv
run "--to output reads back" 0 "$TOOL" --json
has "--to output keeps the sid" "$TMP/out" '"source_id":32000'
has "--to output keeps the address" "$TMP/out" '"addr":"0x00000000f47cf000"'
# a stage-2 F_TRANSLATION (S2 = 1, IPA 0x80001000; built by hand): VT-d has no IPA
printf 'smmuv3-event: 0x0000001000000010 0x0000028800000000 0x0000000000401000 0x0000000080001000\n' >"$TMP/in"
IN=$TMP/in
run "stage 2 to VT-d" 3 "$TOOL" --to vtd-fault
has "stage 2 to VT-d loses the IPA" "$TMP/err" "ipa"
# a stalled fault is a page request: it cannot become a fault record
sed -n '/318.550931/,$p' examples/records/smmuv3-events.log >"$TMP/in"
run "stall to VT-d fault" 2 "$TOOL" --to vtd-fault
one_line "stall to VT-d fault"
run "stall to VT-d page request" 3 "$TOOL" --to vtd-page-request
IN=examples/records/page-request-exchange.txt
run "fault to response" 2 "$TOOL" --to vtd-page-group-response
has "fault to response message" "$TMP/err" "cannot convert vtd-page-request to vtd-page-group-response"
printf 'smmuv3-pri: 0xf400002a00000010 0x00007f0012345003\n' >"$TMP/in"
IN=$TMP/in
run "PRI to VT-d page request" 0 "$TOOL" --to vtd-page-request --json
has "PRI to VT-d keeps the request" "$TMP/out" '"source_id":16,"pasid":42,"grpid":3,'
# issue 10 item 4: the 2.x answer (Linux v4.4-v4.19 intel-svm.c layout): Failure, RID 0x100, PRGI 0x1ff
printf 'vtd-page-group-response-v2: 0x0000000001000009 0xff8000000000000f\n' >"$TMP/in"
IN=$TMP/in
run "VT-d 2.x page group response" 0 "$TOOL" --json
has "2.x response fields" "$TMP/out" '"source_id":256,'
has "2.x response PRG index" "$TMP/out" '"grpid":511,'

# ---- issue #10 reproducer: F_BAD_ATS_TREQ per figure 7.3.6 (IHI 0070 G.b) ----
IN=/dev/null
run "F_BAD_ATS_TREQ strict" 0 "$TOOL" --format smmuv3-event --strict --json \
	0x0000010000042805 0x00000000d0000002 0x00007f0012345000 0x0
has "F_BAD_ATS_TREQ strict-clean" "$TMP/out" '"status":"OK"'
has "F_BAD_ATS_TREQ sid" "$TMP/out" '"source_id":256,'
has "F_BAD_ATS_TREQ pasid" "$TMP/out" '"pasid":66,'
has "F_BAD_ATS_TREQ addr" "$TMP/out" '"addr":"0x00007f0012345000"'

# ---- help and version ----
IN=/dev/null
run "--help" 0 "$TOOL" --help
for f in smmuv3-event smmuv3-pri smmuv3-cmd-resume smmuv3-cmd-pri-resp vtd-fault \
	vtd-page-request vtd-page-request-v2 vtd-page-group-response vtd-page-group-response-v2; do
	has "--help lists $f" "$TMP/out" "  $f "
done
run "--version" 0 "$TOOL" --version

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
