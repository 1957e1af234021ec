#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian machine with Python and pip, then run them.
#   bash scripts/test.sh [pytest args]
# Installs (as root, with apt) headless Chromium, raptor2-utils (rapper), rasqal-utils (roqet) and CJK fonts
# for the browser and RDF interop tests; creates .venv with kg and its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rapper >/dev/null 2>&1 || need_apt+=(raptor2-utils)
command -v roqet >/dev/null 2>&1 || need_apt+=(rasqal-utils)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "installing with apt: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "$@"
