#!/bin/sh
# SPDX-License-Identifier: MIT
# format.sh --check FILE...: for each FILE that clang-format (the repository's
#   .clang-format, and a directory's own one where present) would change,
#   prints "FILE: N lines would change"; exits 1 when there is any.
# format.sh --fix FILE...: rewrites the files in place (clang-format -i).
#
# A directory whose .clang-format says DisableFormat: true (hand-laid vector
# tables, a stand-in system header) is left as it is by both.  Environment:
# CLANG_FORMAT, the clang-format binary (default: clang-format-14 when on the
# PATH, else clang-format); the style was measured with clang-format 14, and
# another major version may lay out some lines differently.
set -u
cf=${CLANG_FORMAT:-}
[ -n "$cf" ] || cf=$(command -v clang-format-14 || command -v clang-format || echo clang-format)
mode=${1-}
[ $# -gt 0 ] && shift
case $mode in
--fix)
	exec "$cf" -i --style=file "$@"
	;;
--check) ;;
*)
	echo "usage: format.sh --check|--fix FILE..." >&2
	exit 2
	;;
esac

tmp=$(mktemp "${TMPDIR:-/tmp}/iof-format.XXXXXX") || exit 1
trap 'rm -f "$tmp"' EXIT
files=0 lines=0 bad=0
for f in "$@"; do
	files=$((files + 1))
	if ! "$cf" --style=file "$f" >"$tmp"; then
		echo "format: $f: clang-format failed" >&2
		exit 1
	fi
	# Lines of FILE that the formatted text replaces or deletes.
	n=$(diff "$f" "$tmp" | grep -c '^<')
	if [ "$n" -gt 0 ]; then
		echo "format: $f: $n lines would change"
		bad=$((bad + 1))
		lines=$((lines + n))
	fi
done
ver=$("$cf" --version | sed -n 's/.*version \([0-9][0-9.]*\).*/\1/p')
if [ $bad -gt 0 ]; then
	echo "format: $lines lines in $bad of $files files would change (clang-format $ver); \`make format\` rewrites them"
	exit 1
fi
echo "format: $files files as clang-format $ver lays them out"
