#!/bin/sh
# SPDX-License-Identifier: MIT
# cross_run.sh DIR "CFLAGS": builds tests/portable_runner.c for each target
# below (static, so qemu-user needs no sysroot) and runs it, natively or
# under qemu-user; prints one line per target and fails when any build or run
# fails.  Targets: big-endian ppc64 and s390x, 32-bit armhf and i686, and
# native x86_64 with gcc, clang and tcc.
dir=$1 cflags=$2
mkdir -p "$dir"
fail=0
# name | compiler | qemu (empty: native) | what it is
while IFS='|' read -r name cc qemu what; do
	[ -n "$name" ] || continue
	bin=$dir/runner-$name log=$dir/runner-$name.log
	flags="$cflags -static"
	[ "$cc" = tcc ] && flags="-std=c99 -Wall -Werror"
	if ! command -v "$cc" >/dev/null; then
		echo "cross: $name: $cc missing"; fail=1; continue
	fi
	# shellcheck disable=SC2086
	if ! $cc $flags -O2 -Iinclude -Itests -o "$bin" tests/portable_runner.c >"$log" 2>&1; then
		echo "cross: $name: build FAILED ($cc)"; sed 's/^/    /' "$log" | head -20; fail=1; continue
	fi
	if [ -n "$qemu" ]; then $qemu "$bin" >"$log" 2>&1; else "$bin" >"$log" 2>&1; fi
	rc=$?
	printf 'cross: %-7s %-28s %s\n' "$name" "($what)" "$(tail -n 1 "$log")"
	if [ $rc -ne 0 ]; then
		fail=1
		grep -A4 '^FAIL' "$log" | head -40 | sed 's/^/    /'
	fi
done <<'TARGETS'
ppc64|powerpc64-linux-gnu-gcc|qemu-ppc64|big-endian, 64-bit
s390x|s390x-linux-gnu-gcc|qemu-s390x|big-endian, 64-bit
armhf|arm-linux-gnueabihf-gcc|qemu-arm|little-endian, 32-bit
i686|i686-linux-gnu-gcc|qemu-i386|little-endian, 32-bit
x86_64|gcc||native gcc
clang|clang||native clang
tcc|tcc||native tcc
TARGETS
exit $fail
