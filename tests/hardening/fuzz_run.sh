#!/bin/sh
# SPDX-License-Identifier: MIT
# fuzz_run.sh DIR SECONDS [TARGET...]: runs the libFuzzer harness DIR/fuzz for
# SECONDS on each TARGET (default: every target `DIR/fuzz_seeds --list`
# prints, one per codec registry row plus json and log), on DIR/corpus-TARGET
# seeded by DIR/fuzz_seeds (the log target also with examples/records/*);
# prints one line per target with the executions libFuzzer reports, keeps
# every crash as DIR/crash-TARGET-*, and fails when any target crashed.
dir=$1 secs=$2
shift 2
if [ $# -eq 0 ]; then
	targets=$("$dir/fuzz_seeds" --list) || { echo "fuzz: $dir/fuzz_seeds --list failed"; exit 1; }
	# shellcheck disable=SC2086
	set -- $targets
fi
fail=0 total=0
for t in "$@"; do
	corpus=$dir/corpus-$t log=$dir/$t.log files=
	mkdir -p "$corpus"
	case $t in
	json) max_len=4096 ;;
	log) max_len=4096 files=$(ls examples/records/* 2>/dev/null) ;;
	*) max_len=256 ;;
	esac
	# shellcheck disable=SC2086
	"$dir/fuzz_seeds" "$t" "$corpus" $files >/dev/null || { echo "fuzz: $t: seed generation failed"; fail=1; continue; }
	rm -f "$dir"/crash-"$t"-*
	IOF_FUZZ_TARGET=$t "$dir/fuzz" -max_total_time="$secs" -max_len=$max_len -timeout=10 -print_final_stats=1 \
		-artifact_prefix="$dir/crash-$t-" "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
	crashes=$(ls "$dir"/crash-"$t"-* 2>/dev/null)
	printf 'fuzz: %-26s %10s executions in %ss, corpus %5s, %s\n' "$t" "${execs:-?}" "$secs" \
		"$(ls "$corpus" | wc -l)" "${cov:-cov: ?}"
	total=$((total + ${execs:-0}))
	if [ $rc -ne 0 ] || [ -n "$crashes" ]; then
		fail=1
		echo "fuzz: $t FAILED (exit $rc); log $log"
		grep -m 5 'fuzz_decode\[\|ERROR\|SUMMARY' "$log" | sed 's/^/    /'
		for c in $crashes; do
			echo "    crash input: $c ($(od -An -tx1 -v "$c" | tr -d ' \n' | cut -c1-160))"
			echo "    reproduce: IOF_FUZZ_TARGET=$t $dir/fuzz $c"
		done
	fi
done
echo "fuzz: $# targets, $total executions, $([ $fail = 0 ] && echo 'no crash' || echo 'CRASHES FOUND')"
exit $fail
