#!/bin/sh
# SPDX-License-Identifier: MIT
# toolchain.sh TOOL...: makes every TOOL usable on this machine, or fails loudly.
#
# For each tool it knows the Debian packages the tool needs, named
# explicitly: a cross compiler's C library (libc6-dev-<arch>-cross) is only a
# Recommends of gcc-<triplet>, and these targets install without
# Recommends, so the library must be asked for by name.  Packages are checked
# with dpkg (a compiler on the PATH says nothing about its C library); the
# missing ones are installed with one apt-get update and one apt-get install.
#
# Then every tool is probed with a one-line program: a compiler must compile
# (and, for the qemu-user targets, link statically) a file that includes
# <stdint.h> and <stdio.h>, or <stdint.h> and <stddef.h> for a freestanding
# one; a sanitizer or fuzzer build must link.  A tool that still fails is an
# error that names the tool, the packages it needs and the compiler's first
# message; the exit status is then 1.
#
# `toolchain.sh --packages TOOL` prints the packages and does nothing else.
#
# Environment: SUDO (from the Makefile); TOOLCHAIN_INSTALL=0 never runs
# apt-get (then a missing package is reported, not installed).
set -u

# Tool -> packages.  Tools with a `:` name a feature of a compiler
# (clang:asan: the sanitizer runtime, clang:fuzzer: libFuzzer).
pkgs_for() {
	case $1 in
	gcc) echo gcc libc6-dev ;;
	g++) echo g++ libc6-dev ;;
	clang | clang++) echo clang libc6-dev ;;
	clang:asan | clang:fuzzer) echo clang libc6-dev libclang-rt-14-dev ;;
	tcc) echo tcc libc6-dev ;;
	chibicc) echo chibicc ;;
	arm-none-eabi-gcc) echo gcc-arm-none-eabi ;;
	x86_64-w64-mingw32-gcc) echo gcc-mingw-w64-x86-64 mingw-w64-x86-64-dev ;;
	i686-linux-gnu-gcc) echo gcc-i686-linux-gnu libc6-dev-i386-cross ;;
	aarch64-linux-gnu-gcc) echo gcc-aarch64-linux-gnu libc6-dev-arm64-cross ;;
	arm-linux-gnueabihf-gcc) echo gcc-arm-linux-gnueabihf libc6-dev-armhf-cross ;;
	riscv64-linux-gnu-gcc) echo gcc-riscv64-linux-gnu libc6-dev-riscv64-cross ;;
	powerpc-linux-gnu-gcc) echo gcc-powerpc-linux-gnu libc6-dev-powerpc-cross ;;
	powerpc64-linux-gnu-gcc) echo gcc-powerpc64-linux-gnu libc6-dev-ppc64-cross ;;
	s390x-linux-gnu-gcc) echo gcc-s390x-linux-gnu libc6-dev-s390x-cross ;;
	mips-linux-gnu-gcc) echo gcc-mips-linux-gnu libc6-dev-mips-cross ;;
	m68k-linux-gnu-gcc) echo gcc-m68k-linux-gnu libc6-dev-m68k-cross ;;
	qemu-*) echo qemu-user ;;
	cppcheck) echo cppcheck ;;
	clang-tidy-14) echo clang-tidy-14 ;;
	clang-format) echo clang-format ;;
	*) return 1 ;;
	esac
}

# How a tool is probed: hosted (compile), static (compile and link -static:
# the qemu-user targets run static binaries), free (freestanding compile),
# asan / fuzzer (link with the sanitizer / libFuzzer), run (the command starts).
probe_kind() {
	case $1 in
	arm-none-eabi-gcc | chibicc) echo free ;;
	i686-linux-gnu-gcc | arm-linux-gnueabihf-gcc | powerpc64-linux-gnu-gcc | s390x-linux-gnu-gcc) echo static ;;
	clang:asan) echo asan ;;
	clang:fuzzer) echo fuzzer ;;
	qemu-* | cppcheck | clang-tidy-14 | clang-format) echo run ;;
	*) echo hosted ;;
	esac
}

# toolchain.sh --packages TOOL: prints the packages TOOL needs, installs nothing.
if [ "${1-}" = --packages ]; then
	pkgs_for "${2-}"
	exit
fi

fail=0
missing=
for t in "$@"; do
	if ! p=$(pkgs_for "$t"); then
		echo "toolchain: $t: no package list for this tool (add it to tests/hardening/toolchain.sh)" >&2
		fail=1
		continue
	fi
	for pkg in $p; do
		dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed' ||
			case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
	done
done
[ $fail = 0 ] || exit 1

if [ -n "$missing" ]; then
	if [ "${TOOLCHAIN_INSTALL:-1}" = 0 ] || ! command -v apt-get >/dev/null 2>&1; then
		echo "toolchain: not installed (and not installing):$missing" >&2
	else
		echo "toolchain: installing$missing"
		export DEBIAN_FRONTEND=noninteractive
		${SUDO-} apt-get update -qq >/dev/null 2>&1 || echo "toolchain: apt-get update failed" >&2
		# shellcheck disable=SC2086
		if ! ${SUDO-} apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; then
			# One at a time, so the message names the package that cannot be had.
			for pkg in $missing; do
				${SUDO-} apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 ||
					echo "toolchain: apt-get cannot install $pkg" >&2
			done
		fi
	fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iof-toolchain.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '#include <stdint.h>\n#include <stdio.h>\nint main(void) { uint32_t v = 1; printf("%%u\\n", (unsigned)v); return 0; }\n' >"$tmp/hosted.c"
printf '#include <stdint.h>\n#include <stddef.h>\nuint32_t iof_probe(size_t n);\nuint32_t iof_probe(size_t n) { return (uint32_t)n; }\n' >"$tmp/free.c"
printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$tmp/fuzz.c"

for t in "$@"; do
	cc=${t%%:*}
	kind=$(probe_kind "$t")
	log=$tmp/probe.log
	case $kind in
	hosted) "$cc" -o "$tmp/a.out" "$tmp/hosted.c" >"$log" 2>&1 ;;
	static) "$cc" -static -o "$tmp/a.out" "$tmp/hosted.c" >"$log" 2>&1 ;;
	free)
		if [ "$cc" = chibicc ]; then
			chibicc -Itests/freestanding/chibicc -c -o "$tmp/a.o" "$tmp/free.c" >"$log" 2>&1
		else
			"$cc" -ffreestanding -c -o "$tmp/a.o" "$tmp/free.c" >"$log" 2>&1
		fi
		;;
	asan) "$cc" -fsanitize=address,undefined -o "$tmp/a.out" "$tmp/hosted.c" >"$log" 2>&1 ;;
	fuzzer) "$cc" -fsanitize=fuzzer,address -o "$tmp/a.out" "$tmp/fuzz.c" >"$log" 2>&1 ;;
	run) command -v "$cc" >"$log" 2>&1 ;;
	esac
	if [ $? -ne 0 ]; then
		case $kind in
		free) what="compile a freestanding file with <stdint.h> and <stddef.h>" ;;
		run) what="be found" ;;
		static) what="link statically a file with <stdint.h> and <stdio.h>" ;;
		*) what="build a $kind program with <stdint.h> and <stdio.h>" ;;
		esac
		echo "toolchain: ERROR: $t cannot $what; it needs the packages: $(pkgs_for "$t")" >&2
		if ! command -v "$cc" >/dev/null 2>&1; then
			echo "toolchain:   $cc is not on the PATH" >&2
		else
			head -n 3 "$log" | sed 's/^/toolchain:   /' >&2
		fi
		fail=1
	fi
done
exit $fail
