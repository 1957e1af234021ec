#!/usr/bin/env bash
# Set up kg in .venv and build the seed corpus into exports/ (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
exec .venv/bin/kg build seeds --out exports "$@"
