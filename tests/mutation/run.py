#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Mutation testing of the headers in include/iommu_fault/ (make mutation).

Each mutant in tests/mutation/mutants.txt replaces one exact snippet of one
header.  For every mutant, one at a time, the headers are copied to a scratch
directory, the snippet is replaced there (the tree is never edited), and the
test command is run against the copy, cheapest part first:

  1. tests/portable_runner.c, built at -O0 and run;
  2. the tool, tools/iommu-fault-decode/*.c, built at -O0 as mk/tool.mk
     builds it, checked by tests/tool/run.sh;
  3. the Criterion suite (tests/test_*.c), built at -O0 and run.

A mutant is killed when any part fails (or times out), survives when all
pass, and is invalid when the runner does not compile against it.  Invalid
mutants are listed and not counted.  The score is
killed / (total - equivalent - invalid); tests/mutation/equivalent.txt lists
the equivalent mutants with their reasons.

Usage: run.py [--sample] [--jobs N] [--only ID,...] [--keep]
  --sample  only the mutants marked `sample: yes`; fails when any survives
Environment: CC (default cc), MUTATION_TIMEOUT (seconds per step, default 120).

Exit status: 0 when the target is met, 1 when not, 2 on a stale or malformed
mutant list (a snippet that does not occur exactly once in its header).
"""
import argparse
import concurrent.futures
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HDR_DIR = os.path.join(ROOT, "include", "iommu_fault")
MUTANTS = os.path.join(ROOT, "tests", "mutation", "mutants.txt")
EQUIVALENT = os.path.join(ROOT, "tests", "mutation", "equivalent.txt")
TOOL_DIR = os.path.join("tools", "iommu-fault-decode")
TARGET = 0.97
CC = os.environ.get("CC", "cc") or "cc"
TIMEOUT = int(os.environ.get("MUTATION_TIMEOUT", "120"))
CFLAGS = ["-std=c99", "-O0", "-w"]


def die(msg, code=2):
    sys.stderr.write("mutation: " + msg + "\n")
    sys.exit(code)


def unescape(s):
    """\\n, \\t and \\\\ in a snippet (snippets are one line in the file)."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def load_mutants():
    """Blocks of `key: value` lines separated by blank lines; # starts a comment line."""
    mutants, cur, errors = [], {}, []
    keys = ("id", "file", "desc", "old", "new", "sample")

    def flush(lineno):
        if not cur:
            return
        for k in ("id", "file", "desc", "old", "new"):
            if k not in cur:
                errors.append("line %d: mutant %s has no `%s:`" % (lineno, cur.get("id", "?"), k))
        mutants.append(dict(cur))
        cur.clear()

    with open(MUTANTS, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            flush(n)
            continue
        key, sep, val = line.partition(":")
        if not sep or key not in keys:
            errors.append("line %d: expected one of %s: %r" % (n, ", ".join(keys), line))
            continue
        if key in cur:
            errors.append("line %d: `%s:` twice in one mutant" % (n, key))
        val = val[1:] if val.startswith(" ") else val
        cur[key] = unescape(val) if key in ("old", "new") else val.strip()
    flush(len(lines))
    seen = set()
    for m in mutants:
        if m.get("id") in seen:
            errors.append("duplicate id %s" % m["id"])
        seen.add(m.get("id"))
    if errors:
        die("malformed " + os.path.relpath(MUTANTS, ROOT) + ":\n  " + "\n  ".join(errors))
    return mutants


def load_equivalent(ids):
    """`ID reason...` per line; every ID must be a mutant and have a reason."""
    eq, errors = {}, []
    with open(EQUIVALENT, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            mid, _, reason = line.partition(" ")
            if mid not in ids:
                errors.append("line %d: %s is not a mutant id" % (n, mid))
            elif not reason.strip():
                errors.append("line %d: %s has no reason" % (n, mid))
            eq[mid] = reason.strip()
    if errors:
        die("malformed " + os.path.relpath(EQUIVALENT, ROOT) + ":\n  " + "\n  ".join(errors))
    return eq


def check_stale(mutants):
    """Every snippet must occur exactly once in its header: else the list is stale."""
    texts, stale = {}, []
    for m in mutants:
        path = os.path.join(HDR_DIR, m["file"])
        if m["file"] not in texts:
            if not os.path.isfile(path):
                stale.append("%s: no header %s" % (m["id"], m["file"]))
                continue
            with open(path, encoding="utf-8") as fh:
                texts[m["file"]] = fh.read()
        n = texts[m["file"]].count(m["old"])
        if n != 1:
            stale.append("%s (%s): snippet found %d times, not once: %r" % (m["id"], m["file"], n, m["old"]))
        elif m["old"] == m["new"]:
            stale.append("%s: replacement equals the original" % m["id"])
    if stale:
        die("STALE MUTANT(S): update tests/mutation/mutants.txt to the current headers:\n  " +
            "\n  ".join(stale))
    return texts


def run(cmd, cwd, log):
    """Runs cmd, appending its output to log; True when it exits 0 in time."""
    with open(log, "ab") as fh:
        fh.write(("$ " + " ".join(cmd) + "\n").encode())
        fh.flush()
        try:
            return subprocess.run(cmd, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, timeout=TIMEOUT).returncode == 0
        except subprocess.TimeoutExpired:
            fh.write(b"TIMEOUT\n")
            return False


def suite_sources():
    return sorted("tests/" + f for f in os.listdir(os.path.join(ROOT, "tests"))
                  if f.startswith("test_") and f.endswith(".c"))


def tool_sources():
    """The tool's units, after the -D that lists its log recognizers, one per
    log_<format>.c (what mk/tool.mk passes)."""
    units = sorted(f for f in os.listdir(os.path.join(ROOT, TOOL_DIR)) if f.endswith(".c"))
    formats = [f[len("log_"):-len(".c")] for f in units if f.startswith("log_")]
    return (["-DIFD_LOG_RECOGNIZERS=" + " ".join("X(%s)" % f for f in formats)] +
            [os.path.join(TOOL_DIR, f) for f in units])


def build_base_objects(workroot):
    """Compiles every suite file once against the unmutated headers (a scratch
    copy, like the mutants).  Returns {source: (object, set of headers it includes)};
    a mutant then recompiles only the files that include its header."""
    base = os.path.join(workroot, "base")
    inc = os.path.join(base, "include", "iommu_fault")
    os.makedirs(inc)
    for name in os.listdir(HDR_DIR):
        shutil.copy(os.path.join(HDR_DIR, name), inc)
    incs = ["-I" + os.path.join(base, "include"), "-I" + os.path.join(ROOT, "tests")]
    objs, log = {}, os.path.join(base, "log")
    for src in suite_sources():
        obj = os.path.join(base, os.path.basename(src)[:-2] + ".o")
        dep = obj[:-2] + ".d"
        if not run([CC] + CFLAGS + incs + ["-MMD", "-MF", dep, "-c", "-o", obj, src], ROOT, log):
            die("the suite does not compile against the unmutated headers: " + log_tail(log), 1)
        with open(dep, encoding="utf-8") as fh:
            words = fh.read().replace("\\\n", " ").split()
        hdrs = {os.path.basename(w) for w in words if os.sep + "iommu_fault" + os.sep in w}
        objs[src] = (obj, hdrs)
    return objs


def evaluate(texts, m, workroot, objs=None):
    """Builds and tests one mutant (None: the unmutated headers).  Returns (verdict, stage, seconds)."""
    t0 = time.time()
    work = tempfile.mkdtemp(prefix=(m["id"] if m else "baseline") + "-", dir=workroot)
    try:
        inc = os.path.join(work, "include", "iommu_fault")
        os.makedirs(inc)
        for name in os.listdir(HDR_DIR):
            shutil.copy(os.path.join(HDR_DIR, name), inc)
        if m:
            with open(os.path.join(inc, m["file"]), "w", encoding="utf-8") as fh:
                fh.write(texts[m["file"]].replace(m["old"], m["new"], 1))
        log = os.path.join(work, "log")
        incs = ["-I" + os.path.join(work, "include"), "-I" + os.path.join(ROOT, "tests")]
        runner = os.path.join(work, "runner")
        if not run([CC] + CFLAGS + incs + ["-o", runner, "tests/portable_runner.c"], ROOT, log):
            return ("invalid", "build", time.time() - t0, log_tail(log))
        if not run([runner], ROOT, log):
            return ("killed", "portable runner", time.time() - t0, "")
        tool = os.path.join(work, "tool")
        if not run([CC] + CFLAGS + incs + ["-o", tool] + tool_sources(), ROOT, log):
            return ("killed", "tool build", time.time() - t0, "")
        if not run(["bash", "tests/tool/run.sh", tool], ROOT, log):
            return ("killed", "tool checks", time.time() - t0, "")
        suite = os.path.join(work, "test_all")
        if objs is None:
            if not run([CC] + CFLAGS + incs + ["-o", suite] + suite_sources() + ["-lcriterion"], ROOT, log):
                return ("killed", "suite build", time.time() - t0, "")
        else:
            link = []
            for src, (obj, hdrs) in sorted(objs.items()):
                if m["file"] in hdrs:  # includes the mutated header: rebuilt against it
                    obj = os.path.join(work, os.path.basename(obj))
                    if not run([CC] + CFLAGS + incs + ["-c", "-o", obj, src], ROOT, log):
                        return ("killed", "suite build", time.time() - t0, "")
                link.append(obj)
            if not run([CC, "-o", suite] + link + ["-lcriterion"], ROOT, log):
                return ("killed", "suite build", time.time() - t0, "")
        if not run([suite, "-j1", "--short-filename"], ROOT, log):
            return ("killed", "Criterion suite", time.time() - t0, "")
        return ("survived", "", time.time() - t0, "")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def log_tail(log):
    try:
        with open(log, encoding="utf-8", errors="replace") as fh:
            lines = [l for l in fh.read().split("\n") if "error" in l]
        return lines[0].strip() if lines else ""
    except OSError:
        return ""


def main():
    ap = argparse.ArgumentParser(description="mutation testing of include/iommu_fault/*.h")
    ap.add_argument("--sample", action="store_true", help="only the mutants marked `sample: yes`")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated mutant ids")
    args = ap.parse_args()
    # SIGTERM (and SIGINT where a background shell ignored it) end the run like Ctrl-C,
    # so the scratch directory is removed
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)

    mutants = load_mutants()
    ids = {m["id"] for m in mutants}
    eq = load_equivalent(ids)
    texts = check_stale(mutants)  # the whole list, in every mode: a stale mutant is a loud error
    todo = mutants
    if args.sample:
        todo = [m for m in mutants if m.get("sample") == "yes"]
        bad = [m["id"] for m in todo if m["id"] in eq]
        if bad:
            die("sample mutants listed as equivalent (a sample must be killable): " + ", ".join(bad))
        if not todo:
            die("no mutant is marked `sample: yes`")
    if args.only:
        want = set(args.only.split(","))
        unknown = want - ids
        if unknown:
            die("unknown mutant id(s): " + ", ".join(sorted(unknown)))
        todo = [m for m in todo if m["id"] in want]

    workroot = tempfile.mkdtemp(prefix="iof-mutation-")
    t_start = time.time()
    try:
        verdict, stage, secs, why = evaluate(texts, None, workroot)
        if verdict != "survived":
            die("the unmutated headers fail the test command (%s, %s): fix the tree first" % (verdict, stage or why), 1)
        objs = build_base_objects(workroot)
        print("mutation: baseline passes in %.1f s; %d mutant(s), %d job(s), %s -O0"
              % (secs, len(todo), args.jobs, CC), flush=True)
        results = {}
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs))
        try:
            futs = {pool.submit(evaluate, texts, m, workroot, objs): m for m in todo}
            for done, fut in enumerate(concurrent.futures.as_completed(futs), 1):
                m = futs[fut]
                results[m["id"]] = fut.result()
                v, st, s, _ = results[m["id"]]
                print("[%3d/%d] %-8s %-9s %-16s %5.1fs  %s: %s" % (done, len(todo), m["id"], v, st, s,
                                                              m["file"], m["desc"]), flush=True)
        finally:
            # on an interrupt: drop the queued mutants, wait for the running ones
            pool.shutdown(wait=True, cancel_futures=True)
    except KeyboardInterrupt:
        print("mutation: interrupted; scratch copies removed, the tree was never edited", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(workroot, ignore_errors=True)
    elapsed = time.time() - t_start

    order = [m for m in todo if m["id"] in results]
    killed = [m for m in order if results[m["id"]][0] == "killed"]
    survived = [m for m in order if results[m["id"]][0] == "survived"]
    invalid = [m for m in order if results[m["id"]][0] == "invalid"]
    n_eq = sum(1 for m in order if m["id"] in eq)
    killed_eq = [m for m in killed if m["id"] in eq]
    unjustified = [m for m in survived if m["id"] not in eq]
    denom = len(order) - n_eq - len(invalid)
    score = len(killed) / denom if denom > 0 else 1.0

    print()
    print("%d killed, %d survived (%d listed as equivalent), %d invalid, of %d mutants in %.0f s"
          % (len(killed), len(survived), len(survived) - len(unjustified), len(invalid), len(order), elapsed))
    for m in survived:
        tag = "equivalent: " + eq[m["id"]] if m["id"] in eq else "NOT JUSTIFIED: add a test, or list it in tests/mutation/equivalent.txt"
        print("  survived %s (%s) %s\n           %s" % (m["id"], m["file"], m["desc"], tag))
    for m in invalid:
        print("  invalid  %s (%s) %s: does not compile: %s" % (m["id"], m["file"], m["desc"], results[m["id"]][3]))
    for m in killed_eq:
        print("  killed but listed as equivalent: %s (remove it from equivalent.txt)" % m["id"])
    print("score: %d / (%d - %d equivalent - %d invalid) = %.1f %%"
          % (len(killed), len(order), n_eq, len(invalid), 100.0 * score))

    if args.sample:
        ok = not survived and not invalid
        print("mutation-sample: %s" % ("every sample mutant killed" if ok else "FAILED: a sample mutant survived or is invalid"))
        return 0 if ok else 1
    ok = score >= TARGET and not unjustified and not killed_eq
    if args.only:
        return 0 if not unjustified else 1
    print("mutation: %s (target: >= %.0f %% and every survivor listed as equivalent)"
          % ("OK" if ok else "FAILED", 100 * TARGET))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
