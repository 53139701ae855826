#!/usr/bin/env sh
# The CLI test opens the HTML report in headless Chromium; on a machine without it, install Debian's package.
set -eu
command -v chromium >/dev/null 2>&1 && exit 0
echo "jobkit-conformance tests: installing Debian's chromium for the HTML report test (needs root and apt-get)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
