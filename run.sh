#!/usr/bin/env bash
# Set up (first time only) and open rnnsub. Extra arguments go to main.py, e.g. ./run.sh train --preset tutorial
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/python main.py "$@"  # not exec: the program measures its start from its own process
