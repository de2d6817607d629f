#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Compile-time cost of the umbrella header: the median wall time of compiling
# a translation unit that includes it, against an empty one, at -O2.
#
# The "umbrella" TU includes <iommu_fault/iommu_fault.h> and then every
# header of include/iommu_fault/ (include guards make the repeats free), so
# a codec the umbrella does not list yet is still counted.  The other rows
# break the cost down: <stddef.h> + <stdint.h> (what the library needs from
# the platform) and each public header alone.  Runs are interleaved (empty,
# libc, headers..., umbrella, empty, ...) so that a change of load on the
# machine hits every row alike.
# Environment: CC (default cc), CSTD (default -std=c99), RUNS (default 21).
set -eu
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
CSTD=${CSTD:--std=c99}
RUNS=${RUNS:-21}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every TU declares one object so that none is an empty translation unit (ISO C).
printf 'int iof_bench_tu;\n' >"$tmp/empty.c"
printf '#include <stddef.h>\n#include <stdint.h>\nint iof_bench_tu;\n' >"$tmp/libc.c"
rows="empty libc"
for h in include/iommu_fault/*.h; do
	b=${h##*/}
	[ "$b" = iommu_fault.h ] && continue
	printf '#include <iommu_fault/%s>\nint iof_bench_tu;\n' "$b" >"$tmp/h_${b%.h}.c"
	rows="$rows h_${b%.h}"
done
{
	[ -f include/iommu_fault/iommu_fault.h ] && printf '#include <iommu_fault/iommu_fault.h>\n'
	for h in include/iommu_fault/*.h; do printf '#include <iommu_fault/%s>\n' "${h##*/}"; done
	printf 'int iof_bench_tu;\n'
} >"$tmp/umbrella.c"
rows="$rows umbrella"

compile_us() {
	local t0 t1
	t0=$(date +%s%N)
	$CC $CSTD -O2 -Iinclude -c "$1" -o "$tmp/out.o"
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000))
}

# "median min max" in ms of the numbers (us) in file $1.
stats() {
	sort -n "$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f %.1f\n", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}

for f in $rows; do $CC $CSTD -O2 -Iinclude -c "$tmp/$f.c" -o "$tmp/out.o"; done # warm-up
for i in $(seq "$RUNS"); do
	for f in $rows; do compile_us "$tmp/$f.c" >>"$tmp/$f.us"; done
done

echo
echo "compile time: $($CC --version | head -1), $CSTD -O2 -c, median of $RUNS interleaved runs (min..max)"
for f in $rows; do
	read -r m mn mx < <(stats "$tmp/$f.us")
	eval "med_$f=$m"
	lines=$($CC $CSTD -Iinclude -E "$tmp/$f.c" | wc -l)
	case $f in
	empty) label="empty TU" ;;
	libc) label="<stddef.h> + <stdint.h> only" ;;
	umbrella) label="umbrella (+ every header)" ;;
	*) label="<iommu_fault/${f#h_}.h> alone" ;;
	esac
	printf '  %-32s %6.1f ms (%5.1f..%5.1f) %6s lines\n' "$label" "$m" "$mn" "$mx" "$lines"
done
awk -v h="$med_umbrella" -v e="$med_empty" -v l="$med_libc" 'BEGIN {
	printf "  ratio umbrella / empty TU: %.2fx (target <= 1.2x); umbrella / libc headers only: %.2fx\n", h / e, h / l }'
