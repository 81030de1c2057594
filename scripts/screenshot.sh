#!/usr/bin/env bash
# Screenshot of the real window mid-training, under Xvfb: scripts/screenshot.sh OUT.png [en|zh]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
lang=${2:-en}
command -v Xvfb >/dev/null || { echo "needs xvfb (apt-get install xvfb)"; exit 1; }
[ -x /usr/bin/import ] || { echo "needs imagemagick (apt-get install imagemagick)"; exit 1; }
Xvfb :99 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshot.py 7 --lang "$lang" &
app=$!
sleep 5.5
DISPLAY=:99 /usr/bin/import -window root "$out"
wait $app
echo "wrote $out"
