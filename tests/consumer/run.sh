#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make install-test`: installs the package twice into $BUILD/install-test —
# into a plain prefix, and staged with DESTDIR under /usr/local — and each
# time builds tests/consumer/consumer.c against it with pkg-config + cc and
# with CMake, then runs it; the installed tool must run and its man page be
# there.  Installs pkg-config and cmake when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
CC=${CC:-cc}
SUDO=${SUDO-}
VERSION=${IOF_VERSION:?IOF_VERSION is not set}
WARN="-std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror"

need=""
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v cmake >/dev/null 2>&1 || need="$need cmake"
if [ -n "$need" ]; then
	echo "install-test: installing$need"
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

top=$(pwd)
work=$top/$BUILD/install-test
rm -rf "$work"
mkdir -p "$work"
passed=0
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }

# $1: name, $2: installed prefix as seen from here, $3: PKG_CONFIG_SYSROOT_DIR
consume() {
	local name=$1 root=$2 sysroot=$3 cflags bin
	# pkg-config + cc: only this installation's .pc is visible.
	[ "$(PKG_CONFIG_LIBDIR=$root/share/pkgconfig PKG_CONFIG_SYSROOT_DIR=$sysroot \
		pkg-config --modversion iommu_fault)" = "$VERSION" ] || fail "$name: pkg-config version"
	cflags=$(PKG_CONFIG_LIBDIR=$root/share/pkgconfig PKG_CONFIG_SYSROOT_DIR=$sysroot \
		pkg-config --cflags iommu_fault | xargs)
	[ "$cflags" = "-I$root/include" ] || fail "$name: pkg-config --cflags gave '$cflags', want -I$root/include"
	[ -z "$(PKG_CONFIG_LIBDIR=$root/share/pkgconfig pkg-config --libs iommu_fault)" ] ||
		fail "$name: a header-only package has no Libs"
	bin=$work/$name-consumer-pkgconfig
	# shellcheck disable=SC2086
	"$CC" $WARN $cflags -o "$bin" tests/consumer/consumer.c || fail "$name: cc with pkg-config flags"
	"$bin" >/dev/null || fail "$name: consumer built with pkg-config"
	echo "install-test: $name: pkg-config + $CC: ok"
	passed=$((passed + 1))

	# CMake: find_package(iommu_fault 1.0) through CMAKE_PREFIX_PATH.
	cmake -S tests/consumer -B "$work/$name-cmake" -DCMAKE_C_COMPILER="$CC" \
		-DCMAKE_PREFIX_PATH="$root" -DIOF_EXPECT_DIR="$root/share/cmake/iommu_fault" \
		>"$work/$name-cmake.log" 2>&1 || { cat "$work/$name-cmake.log"; fail "$name: cmake configure"; }
	cmake --build "$work/$name-cmake" >>"$work/$name-cmake.log" 2>&1 ||
		{ cat "$work/$name-cmake.log"; fail "$name: cmake build"; }
	"$work/$name-cmake/consumer" >/dev/null || fail "$name: consumer built with CMake"
	echo "install-test: $name: find_package(iommu_fault 1.0) + cmake: ok"
	passed=$((passed + 1))
}

# 1. A plain prefix.
prefix=$work/prefix
$MAKE --no-print-directory -s install PREFIX="$prefix" DESTDIR= >/dev/null
for f in include/iommu_fault/*.h; do
	cmp -s "$f" "$prefix/include/iommu_fault/${f##*/}" || fail "prefix: ${f##*/} not installed"
done
[ -f "$prefix/share/pkgconfig/iommu_fault.pc" ] || fail "prefix: no share/pkgconfig/iommu_fault.pc"
[ -f "$prefix/share/cmake/iommu_fault/iommu_faultConfigVersion.cmake" ] || fail "prefix: no CMake version file"
# the tool and its man page
"$prefix/bin/iommu-fault-decode" --version | grep -qF "iommu_fault $VERSION" || fail "prefix: bin/iommu-fault-decode"
cmp -s docs/iommu-fault-decode.1 "$prefix/share/man/man1/iommu-fault-decode.1" || fail "prefix: man page not installed"
consume prefix "$prefix" ""
"$work/prefix-consumer-pkgconfig"

# 2. Staged: DESTDIR + PREFIX=/usr/local, as a distribution package is built.
stage=$work/stage
$MAKE --no-print-directory -s install PREFIX=/usr/local DESTDIR="$stage" >/dev/null
grep -qx 'prefix=/usr/local' "$stage/usr/local/share/pkgconfig/iommu_fault.pc" ||
	fail "DESTDIR: the .pc file must name the final prefix, not the staging directory"
if grep -rq "$stage" "$stage"; then fail "DESTDIR: the staging directory leaked into an installed file"; fi
consume destdir "$stage/usr/local" "$stage"

# 3. SameMajorVersion: a request for 2.0 must not find this 1.x package.
if cmake -S tests/consumer -B "$work/major-cmake" -DCMAKE_PREFIX_PATH="$prefix" \
	-DIOF_FIND_VERSION=$(( ${VERSION%%.*} + 1 )).0 >"$work/major-cmake.log" 2>&1; then
	fail "find_package(iommu_fault $(( ${VERSION%%.*} + 1 )).0) accepted version $VERSION"
fi
echo "install-test: find_package(iommu_fault $(( ${VERSION%%.*} + 1 )).0) refused: ok"
passed=$((passed + 1))
echo "install-test: all $passed checks ok"
