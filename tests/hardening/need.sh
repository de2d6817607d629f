#!/bin/sh
# SPDX-License-Identifier: MIT
# need.sh PKG...: installs the Debian packages among PKG that are missing
# (one apt-get update, then one apt-get install).  SUDO comes from the
# Makefile.  Exits non-zero only when an install was needed and failed.
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
${SUDO-} apt-get update -qq >/dev/null &&
	DEBIAN_FRONTEND=noninteractive ${SUDO-} apt-get install -y -qq $missing >/dev/null
