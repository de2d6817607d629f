#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make abi-check`: compiles every public header and tests/abi/layout_check.c
# with every compiler / target / language standard this machine has or can
# install, under the strictest warnings, and prints one table row per combo.
#
# A combo is ok when the layout check compiles AND a deliberately wrong
# layout assert (-DIOF_ABI_SELFTEST) fails to compile with a static-assert
# error: the second half proves that IOF_STATIC_ASSERT stops the build in
# that language mode on that target.
#
# Environment: SUDO (from the Makefile), ABI_INSTALL=0 to never run apt-get,
# ABI_MIN_OK (default 12), BUILD (default build).
set -u
cd "$(dirname "$0")/../.."

SUDO=${SUDO-}
BUILD=${BUILD:-build}
MIN_OK=${ABI_MIN_OK:-12}
LOGDIR=$BUILD/abi
WARN_C="-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wcast-align -Werror"
WARN_CXX="-Wall -Wextra -Wpedantic -Werror"
SRC=tests/abi/layout_check.c
HEADERS=$(ls include/iommu_fault/*.h | sort)
mkdir -p "$LOGDIR"

# target | compiler | Debian package | language | standard | extra flags
COMBOS="
x86_64|gcc|gcc|c|c99|
x86_64|gcc|gcc|c|c11|
x86_64|gcc|gcc|c|c17|
x86_64|gcc|gcc|c|c2x|
x86_64|gcc|gcc|c|c99|-ffreestanding
x86_64|gcc|gcc|c|c11|-ffreestanding
x86_64|clang|clang|c|c99|
x86_64|clang|clang|c|c11|
x86_64|clang|clang|c|c17|
x86_64|clang|clang|c|c2x|
x86_64|clang|clang|c|c99|-ffreestanding
x86_64|clang|clang|c|c11|-ffreestanding
x86_64|g++|g++|c++|c++11|
x86_64|g++|g++|c++|c++17|
x86_64|clang++|clang|c++|c++11|
x86_64|clang++|clang|c++|c++17|
i686|i686-linux-gnu-gcc|gcc-i686-linux-gnu|c|c99|
i686|i686-linux-gnu-gcc|gcc-i686-linux-gnu|c|c11|
aarch64|aarch64-linux-gnu-gcc|gcc-aarch64-linux-gnu|c|c99|
aarch64|aarch64-linux-gnu-gcc|gcc-aarch64-linux-gnu|c|c11|
armhf|arm-linux-gnueabihf-gcc|gcc-arm-linux-gnueabihf|c|c99|
armhf|arm-linux-gnueabihf-gcc|gcc-arm-linux-gnueabihf|c|c11|
riscv64|riscv64-linux-gnu-gcc|gcc-riscv64-linux-gnu|c|c99|
riscv64|riscv64-linux-gnu-gcc|gcc-riscv64-linux-gnu|c|c11|
powerpc (32-bit BE)|powerpc-linux-gnu-gcc|gcc-powerpc-linux-gnu|c|c99|
powerpc (32-bit BE)|powerpc-linux-gnu-gcc|gcc-powerpc-linux-gnu|c|c11|
powerpc64 (BE)|powerpc64-linux-gnu-gcc|gcc-powerpc64-linux-gnu|c|c99|
powerpc64 (BE)|powerpc64-linux-gnu-gcc|gcc-powerpc64-linux-gnu|c|c11|
s390x (BE)|s390x-linux-gnu-gcc|gcc-s390x-linux-gnu|c|c99|
s390x (BE)|s390x-linux-gnu-gcc|gcc-s390x-linux-gnu|c|c11|
mips (BE)|mips-linux-gnu-gcc|gcc-mips-linux-gnu|c|c99|
mips (BE)|mips-linux-gnu-gcc|gcc-mips-linux-gnu|c|c11|
m68k (2-byte align)|m68k-linux-gnu-gcc|gcc-m68k-linux-gnu|c|c99|
m68k (2-byte align)|m68k-linux-gnu-gcc|gcc-m68k-linux-gnu|c|c11|
x86_64-w64-mingw32 (LLP64)|x86_64-w64-mingw32-gcc|gcc-mingw-w64-x86-64|c|c99|
x86_64-w64-mingw32 (LLP64)|x86_64-w64-mingw32-gcc|gcc-mingw-w64-x86-64|c|c11|
"

# ---- Install what every compiler needs, and probe each one ----
# tests/hardening/toolchain.sh names each cross compiler's C library
# explicitly (it is only a Recommends of gcc-<triplet>) and fails loudly,
# naming the missing piece, when a compiler still cannot build <stdio.h>.
compilers=$(printf '%s\n' "$COMBOS" | awk -F'|' 'NF >= 5 { print $2 }' | sort -u)
toolchain_rc=0
if [ "${ABI_INSTALL:-1}" != 0 ]; then
	# shellcheck disable=SC2086
	SUDO=$SUDO sh tests/hardening/toolchain.sh $compilers || toolchain_rc=1
fi

# Every header goes into every compile, and the umbrella must name every header.
includes=""
for h in $HEADERS; do includes="$includes -include $h"; done

n_ok=0 n_fail=0 n_skip=0 i=0
rows=""
fail_logs=""
row() { rows="$rows$(printf '%-28s | %-34s | %s' "$1" "$2" "$3")"$'\n'; }

# The umbrella header includes every other public header.
umbrella=include/iommu_fault/iommu_fault.h
missing=""
for h in $HEADERS; do
	b=${h##*/}
	[ "$b" = iommu_fault.h ] && continue
	grep -Eq "^#[[:space:]]*include[[:space:]]+\"$b\"" "$umbrella" || missing="$missing $b"
done
if [ -n "$missing" ]; then
	row "umbrella iommu_fault.h" "includes every header" "FAIL (missing:$missing)"
	n_fail=$((n_fail + 1))
else
	row "umbrella iommu_fault.h" "includes every header" "ok"
	n_ok=$((n_ok + 1))
fi

while IFS='|' read -r target cc pkg lang std extra; do
	[ -n "$cc" ] || continue
	i=$((i + 1))
	label="$cc -std=$std${extra:+ $extra}"
	if ! command -v "$cc" >/dev/null 2>&1; then
		if [ "${ABI_INSTALL:-1}" = 0 ]; then
			row "$target" "$label" "skipped (ABI_INSTALL=0)"
			n_skip=$((n_skip + 1))
		else
			row "$target" "$label" "FAIL (not installed: $(sh tests/hardening/toolchain.sh --packages "$cc" 2>/dev/null))"
			n_fail=$((n_fail + 1))
		fi
		continue
	fi
	if [ "$lang" = c++ ]; then flags="-x c++ -std=$std $WARN_CXX"; else flags="-x c -std=$std $WARN_C"; fi
	log=$LOGDIR/$i.log
	# shellcheck disable=SC2086
	if ! "$cc" $flags $extra -Iinclude $includes -c "$SRC" -o /dev/null >"$log" 2>&1; then
		row "$target" "$label" "FAIL"
		n_fail=$((n_fail + 1))
		fail_logs="$fail_logs$log "
		continue
	fi
	# shellcheck disable=SC2086
	if "$cc" $flags $extra -DIOF_ABI_SELFTEST -Iinclude $includes -c "$SRC" -o /dev/null >"$log.selftest" 2>&1 ||
		! grep -Eqi 'static.?assert|iof_static_assert_line_' "$log.selftest"; then
		row "$target" "$label" "FAIL (a wrong layout compiled)"
		n_fail=$((n_fail + 1))
		fail_logs="$fail_logs$log.selftest "
		continue
	fi
	row "$target" "$label" "ok"
	n_ok=$((n_ok + 1))
done <<<"$COMBOS"

printf '%-28s | %-34s | %s\n' target standard result
printf -- '-----------------------------+------------------------------------+--------\n'
printf '%s' "$rows"
for f in $fail_logs; do
	echo "--- $f"
	head -n 20 "$f"
done
echo "abi-check: $n_ok ok, $n_fail FAIL, $n_skip skipped"
if [ "$n_fail" -ne 0 ]; then
	exit 1
fi
if [ "$toolchain_rc" -ne 0 ]; then
	echo "abi-check: a toolchain failed its probe (see the toolchain: lines above)"
	exit 1
fi
if [ "$n_ok" -lt "$MIN_OK" ]; then
	echo "abi-check: only $n_ok combos ok, at least $MIN_OK are required"
	exit 1
fi
