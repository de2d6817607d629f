# SPDX-License-Identifier: MIT
# awk -f mk/help.awk MAKEFILE...: the text of `make help`, read from comments.
#
# A line "## text" directly above a rule documents the rule's targets (more
# "##" lines above it: more lines of text).  A line "##@ Title" starts a
# group, which lasts until the next "##@" line, in the same file or a later
# one; a title seen again reopens its group.  Groups are printed in the order
# their titles first appear, and targets in the order of their rules; a target
# documented twice keeps its first text.
FNR == 1 { n = 0; if (group == "") group = "Targets" }
/^##@ / {
	group = substr($0, 5)
	if (!(group in gseen)) { gseen[group] = 1; gorder[++ngroups] = group }
	n = 0
	next
}
/^## / || /^##$/ { text[++n] = substr($0, 4); next }
n > 0 && /^[A-Za-z0-9][A-Za-z0-9_.-]*( +[A-Za-z0-9][A-Za-z0-9_.-]*)* *::?([^=]|$)/ {
	if (!(group in gseen)) { gseen[group] = 1; gorder[++ngroups] = group }
	line = $0
	sub(/ *:.*/, "", line)
	nt = split(line, names, / +/)
	for (i = 1; i <= nt; i++) {
		t = names[i]
		if (t in documented)
			continue
		documented[t] = 1
		body = text[1]
		for (j = 2; j <= n; j++)
			body = body "\n" text[j]
		k = ++count[group]
		target[group, k] = t
		help[group, k] = body
		if (length(t) > width)
			width = length(t)
	}
	n = 0
	next
}
{ n = 0 }
END {
	print "Usage: make [TARGET...] [VARIABLE=value...]"
	fmt = "  %-" width "s  %s\n"
	for (g = 1; g <= ngroups; g++) {
		name = gorder[g]
		if (!count[name])
			continue
		printf "\n%s:\n", name
		for (k = 1; k <= count[name]; k++) {
			nl = split(help[name, k], lines, "\n")
			printf fmt, target[name, k], lines[1]
			for (j = 2; j <= nl; j++)
				printf fmt, "", lines[j]
		}
	}
}
