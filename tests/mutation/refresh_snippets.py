#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Refreshes tests/mutation/mutants.txt after a whitespace-only change of the headers.

Each mutant quotes an exact snippet of a header (`old:`).  A reformat
(`make format`) changes spaces, tabs and line breaks, so some snippets no
longer occur and run.py stops with "stale mutant".  For each snippet that
does not occur exactly once, this finds the one place of the header whose
text equals the snippet once all whitespace is ignored, and rewrites the
mutant with the header's exact text there (`old:`) and the replacement with
the same whitespace (`new:`): every whitespace run of the old snippet becomes
the run now found at the same place, and the characters the mutation changes
are kept as they are.

A snippet is refreshed only when the match is unique and the result checks
out: the new `old:` occurs exactly once, and the new `new:` differs from the
old `new:` in whitespace only.  Anything else is reported and left as it is
(exit status 1): a code change, not a reformat, made that mutant stale.

Usage: refresh_snippets.py [--headers DIR] [--mutants FILE] [--output FILE] [--dry-run | --check]
  --headers  the headers to match (default include/iommu_fault)
  --mutants  the list to read (default tests/mutation/mutants.txt)
  --output   where to write it (default: --mutants, in place)
  --dry-run  report only
  --check    only check the list against the headers, with run.py's own check
             (the one a mutation run starts with; no build): exit 2 when stale
Exit status: 0 when every snippet now occurs exactly once, 1 otherwise.
"""
import argparse
import difflib
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the list's parser, so both read it the same way)

WS = " \t\n\r\f\v"
# Whitespace to C, and so to a reformat: blanks, and a backslash-newline (a
# formatter adds and removes those in macro bodies).
GAP = r"(?:[ \t\n\r\f\v]|\\\n)*"


def gap_mask(s):
    """For each character of s: True when it is whitespace or part of a backslash-newline."""
    mask = [c in WS for c in s]
    for i in range(len(s) - 1):
        if s[i] == "\\" and s[i + 1] == "\n":
            mask[i] = True
    return mask


def escape(s):
    """The inverse of run.unescape: one line of mutants.txt."""
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def split_gaps(s):
    """s as (chars, gaps, spans): its non-whitespace characters c[0..n-1], the
    whitespace runs g[0..n] around them (g[0] before c[0], g[n] after the last,
    most of them empty) and the [start, end) of each run in s."""
    chars, gaps, spans = [], [], []
    mask = gap_mask(s)
    i = 0
    while True:
        j = i
        while j < len(s) and mask[j]:
            j += 1
        gaps.append(s[i:j])
        spans.append((i, j))
        if j == len(s):
            return chars, gaps, spans
        chars.append(s[j])
        i = j + 1


def edge(run_text, like, leading):
    """The part of run_text (whitespace next to the match) that plays the role
    of `like` (the snippet's own leading or trailing whitespace): as many line
    breaks as `like` has, the side nearest the match."""
    if not like:
        return ""
    nl = like.count("\n")
    if leading:
        parts = run_text.split("\n")
        return "\n".join(parts[-(nl + 1):])
    parts = run_text.split("\n")
    return "\n".join(parts[:nl + 1])


def find(text, old):
    """Where old occurs in text once whitespace is ignored.  Returns a list of
    (new_old, gaps') per match: the exact text, and its whitespace runs."""
    chars, gaps, _ = split_gaps(old)
    if not chars:
        return []
    pattern = re.compile(GAP.join("(" + re.escape(c) + ")" for c in chars))
    found = []
    m = pattern.search(text)
    while m:  # every match, overlapping ones included: a unique match must be unique
        start, end = m.start(), m.end()
        ls = start
        while ls > 0 and text[ls - 1] in WS:
            ls -= 1
        te = end
        while te < len(text) and text[te] in WS:
            te += 1
        lead = edge(text[ls:start], gaps[0], True)
        trail = edge(text[end:te], gaps[-1], False)
        inner = [text[m.end(k):m.start(k + 1)] for k in range(1, len(chars))]
        found.append((lead + text[start:end] + trail, [lead] + inner + [trail]))
        m = pattern.search(text, start + 1)
    return found


def remap(old, new, gaps2):
    """new, with each whitespace run that it shares with old replaced by the
    run now at that place (gaps2); the characters the mutation changes stay."""
    _, _, spans = split_gaps(old)
    mask = gap_mask(old)
    run_at, empty_at = {}, {}  # old position -> index of the run starting there (empty ones apart)
    for k, (s, e) in enumerate(spans):
        (empty_at if s == e else run_at)[s] = k
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append(new[j1:j2])  # what the mutation changes, as written
            continue
        p = i1
        while p < i2:
            if not mask[p]:
                # an empty run between two characters of this block: whitespace may have appeared there
                if p > i1 and p in empty_at:
                    out.append(gaps2[empty_at[p]])
                out.append(old[p])
                p += 1
                continue
            k = run_at.get(p)
            if k is not None and spans[k][1] <= i2:
                out.append(gaps2[k])  # a whole run of this block: the run found at its place
                p = spans[k][1]
            else:
                out.append(old[p])  # part of a run that the mutation edits: kept as written
                p += 1
    return "".join(out)


def squash(s):
    return "".join(c for c, gap in zip(s, gap_mask(s)) if not gap)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--headers", default=os.path.join(run.ROOT, "include", "iommu_fault"))
    ap.add_argument("--mutants", default=run.MUTANTS)
    ap.add_argument("--output")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    run.MUTANTS = os.path.abspath(args.mutants)
    mutants = run.load_mutants()
    if args.check:
        run.HDR_DIR = os.path.abspath(args.headers)
        run.check_stale(mutants)  # exits 2 when stale
        print("refresh: all %d snippets occur exactly once in %s" % (len(mutants), args.headers))
        return 0

    with open(run.MUTANTS, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    # line numbers of each mutant's old: and new: lines (blocks in file order, as run.py reads them)
    where, cur = [], None
    for n, line in enumerate(lines):
        if line.startswith("#"):
            continue
        if not line.strip():
            cur = None
            continue
        if cur is None:
            cur = {}
            where.append(cur)
        key = line.partition(":")[0]
        cur[key] = n
    assert len(where) == len(mutants)

    texts, refreshed, failed = {}, 0, []
    for m, pos in zip(mutants, where):
        path = os.path.join(args.headers, m["file"])
        if m["file"] not in texts:
            if not os.path.isfile(path):
                failed.append("%s: no header %s" % (m["id"], path))
                continue
            with open(path, encoding="utf-8") as fh:
                texts[m["file"]] = fh.read()
        text = texts[m["file"]]
        if text.count(m["old"]) == 1:
            continue
        found = find(text, m["old"])
        if len(found) != 1:
            failed.append("%s (%s): the snippet, whitespace aside, occurs %d times: %r"
                          % (m["id"], m["file"], len(found), m["old"]))
            continue
        old2, gaps2 = found[0]
        new2 = remap(m["old"], m["new"], gaps2)
        why = None
        if text.count(old2) != 1:
            why = "the new snippet occurs %d times" % text.count(old2)
        elif squash(new2) != squash(m["new"]):
            why = "the replacement would change more than whitespace: %r" % new2
        elif old2 == new2:
            why = "the replacement equals the snippet"
        if why:
            failed.append("%s (%s): %s" % (m["id"], m["file"], why))
            continue
        lines[pos["old"]] = "old: " + escape(old2)
        lines[pos["new"]] = "new: " + escape(new2) if new2 else "new:"
        refreshed += 1
        print("refresh: %s (%s): %r -> %r" % (m["id"], m["file"], m["old"], old2))

    out = args.output or args.mutants
    if refreshed and not args.dry_run:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
    for f in failed:
        print("refresh: NOT REFRESHED %s" % f, file=sys.stderr)
    print("refresh: %d snippet(s) %s, %d left stale, %d mutants"
          % (refreshed, "to refresh" if args.dry_run else "refreshed in " + os.path.relpath(out), len(failed),
             len(mutants)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
