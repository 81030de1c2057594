#!/usr/bin/env bash
# Set up (first time only) and run every check: lint, then the whole test suite (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/ruff check .
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} .venv/bin/python -m pytest "$@"
