#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make bench-callgrind`: instructions per record of every bench kernel.
#
# Runs build/bench --callgrind (every kernel once over N records, ring layout)
# under callgrind with collection switched on only inside the bench_k_*
# kernels (--toggle-collect), then divides each kernel's inclusive Ir by N.
# The count is exact and the same on every run (seeded records, no timing).
# "loop" is the same loop around an empty codec (one load, one store); the
# codec's own cost is the difference.
# Environment: BUILD (default build), N (default 10000), BENCH (binary).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
N=${N:-10000}
BENCH=${BENCH:-$BUILD/bench}
out=$BUILD/callgrind.bench.out
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='bench_k_*' \
	"$BENCH" --callgrind -n "$N" >"$BUILD/callgrind.bench.log" 2>&1 || {
	cat "$BUILD/callgrind.bench.log"
	exit 1
}
# One row per (record type, direction): codec, loop, codec - loop, memcpy.
callgrind_annotate --inclusive=yes --threshold=100 "$out" |
	awk -v n="$N" -v types="$(sed -n 's/^types: //p' "$BUILD/callgrind.bench.log")" '
	match($0, /bench_k_[a-z0-9_]+/) {
		fn = substr($0, RSTART, RLENGTH)
		ir = $1; gsub(",", "", ir)
		if (fn in seen) next   # one line per function (inclusive)
		seen[fn] = 1
		split(fn, p, "_")       # bench k what [dir] type...
		if (p[3] == "nul" || p[3] == "cpy") { what = p[3]; dir = p[4]; start = 5 }
		else { what = "codec"; dir = p[3]; start = 4 }
		type = p[start]
		for (i = start + 1; i in p; i++) type = type "-" p[i]
		v[type " " dir, what] = ir / n
	}
	END {
		nt = split(types, tl, " ")
		for (t = 1; t <= nt; t++) { keys[++nkeys] = tl[t] " dec"; keys[++nkeys] = tl[t] " enc" }
		printf "instructions per record (callgrind Ir / N, N = %d, ring layout, exact)\n", n
		printf "%-22s %-6s %9s %7s %11s %9s\n", "record", "dir", "kernel", "loop", "codec only", "memcpy"
		for (k = 1; k <= nkeys; k++) {
			split(keys[k], kd, " ")
			printf "%-22s %-6s %9.1f %7.1f %11.1f %9.1f\n", kd[1], kd[2] == "dec" ? "decode" : "encode", \
				v[keys[k], "codec"], v[keys[k], "nul"], v[keys[k], "codec"] - v[keys[k], "nul"], v[keys[k], "cpy"]
		}
	}'
grep -h "callgrind run" "$BUILD/callgrind.bench.log"
echo "targets: smmuv3-event decode <= 30, vtd-fault decode <= 25 instructions (codec only)"
