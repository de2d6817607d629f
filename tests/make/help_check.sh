#!/bin/sh
# SPDX-License-Identifier: MIT
# help_check.sh: fails when `make help` leaves out a target that users run.
#
# `make help` prints the rules documented by a "## text" line (mk/help.awk).
# Required in it: every .PHONY target (from make's own database, so a target
# declared in any fragment counts); every `make X` that README.md or docs/*.md
# quote; every target name in README.md's paragraph that starts "`make help`
# lists them" (a name there that is no target at all fails too).
# Run from the top of the repository; MAKE comes from the Makefile.
set -u
export LC_ALL=C
MAKE=${MAKE:-make}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iof-help.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

if ! $MAKE -s --no-print-directory help >"$tmp/help" 2>"$tmp/err"; then
	echo "help-check: ERROR: make help failed:" >&2
	cat "$tmp/err" >&2
	exit 1
fi
# Documented targets: the first word of each "  target  text" line.
awk '/^  [^ ]/ { print $1 }' "$tmp/help" | sort -u >"$tmp/documented"

# .PHONY targets, from the database make prints (-p) without running anything (-q).
$MAKE -pRrq --no-print-directory : 2>/dev/null | sed -n 's/^\.PHONY: //p' | tr ' ' '\n' |
	grep . | sort -u >"$tmp/phony"
if [ ! -s "$tmp/phony" ]; then
	echo "help-check: ERROR: no .PHONY target found in make's database" >&2
	exit 1
fi

# `make X` quoted in the docs.
grep -o '`make [a-z][a-z0-9_-]*' README.md docs/*.md | sed 's/.*`make //' | sort -u >"$tmp/quoted"

# The README's list of targets: backticked lower-case words in its paragraph.
awk '/`make help` lists them/ { on = 1 } on && /^$/ { on = 0 } on' README.md |
	grep -o '`[a-z][a-z0-9-]*`' | tr -d '`' | grep -vx 'make' | sort -u >"$tmp/listed"
if [ ! -s "$tmp/listed" ]; then
	echo "help-check: ERROR: README.md has no paragraph starting \"\`make help\` lists them\" with target names" >&2
	exit 1
fi

fail=0
for kind in phony quoted listed; do
	case $kind in
	phony) what="a .PHONY target" ;;
	quoted) what="quoted as \`make X\` in README.md or docs/" ;;
	listed) what="listed in README.md's \"\`make help\` lists them\"" ;;
	esac
	for t in $(comm -23 "$tmp/$kind" "$tmp/documented"); do
		echo "help-check: $t ($what) is missing from make help: add a \"## text\" line directly above its rule" >&2
		fail=1
	done
done
if [ $fail = 0 ]; then
	echo "help-check: make help lists $(wc -l <"$tmp/documented") targets:" \
		"all $(wc -l <"$tmp/phony") .PHONY ones, the $(wc -l <"$tmp/quoted") quoted in the docs and the $(wc -l <"$tmp/listed") of README.md's list"
fi
exit $fail
