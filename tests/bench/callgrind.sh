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
# One row per (registry row, direction): codec, loop, codec - loop, memcpy.
# The kernels are bench_k_[nul_|cpy_]<dec|enc>_<id>; the log's "row NAME ID"
# lines give each row's name and kernel id, in the registry's order.
callgrind_annotate --inclusive=yes --threshold=100 "$out" |
	awk -v n="$N" -v rows="$(sed -n 's/^row //p' "$BUILD/callgrind.bench.log" | tr '\n' ' ')" '
	match($0, /bench_k_[A-Za-z0-9_]+/) {
		fn = substr($0, RSTART + 8, RLENGTH - 8)
		ir = $1; gsub(",", "", ir)
		if (fn in seen) next   # one line per function (inclusive)
		seen[fn] = 1
		what = "codec"
		if (fn ~ /^(nul|cpy)_/) { what = substr(fn, 1, 3); fn = substr(fn, 5) }
		v[substr(fn, 5) " " substr(fn, 1, 3), what] = ir / n
	}
	END {
		nr = split(rows, rl, " ")
		printf "instructions per record (callgrind Ir / N, N = %d, ring layout, exact)\n", n
		printf "%-26s %-6s %9s %7s %11s %9s\n", "record", "dir", "kernel", "loop", "codec only", "memcpy"
		for (r = 1; r < nr; r += 2)
			for (d = 0; d < 2; d++) {
				k = rl[r + 1] " " (d ? "enc" : "dec")
				if (!((k, "codec") in v)) { printf "no kernel %s\n", k; bad = 1; continue }
				printf "%-26s %-6s %9.1f %7.1f %11.1f %9.1f\n", rl[r], d ? "encode" : "decode", \
					v[k, "codec"], v[k, "nul"], v[k, "codec"] - v[k, "nul"], v[k, "cpy"]
			}
		exit bad
	}'
grep -h "callgrind run" "$BUILD/callgrind.bench.log"
