#!/usr/bin/env bash
# (No --strip: stripping breaks the OpenBLAS library numpy ships: "ELF load command ... not page-aligned".)
# Build the packaged program with PyInstaller: dist/rnnsub/rnnsub (a folder, which starts faster than
# a single self-extracting file) and dist/rnnsub-linux-x86_64.tar.gz. Then checks that the built
# program trains from the command line and opens its window (--smoke).
# Usage: scripts/package.sh [OUT]  (OUT holds build/ and dist/; default: this checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if command -v dpkg-query >/dev/null 2>&1 && ! dpkg-query -W -f='${Status}' binutils 2>/dev/null | grep -q "ok installed"; then
  ${SUDO:-$( [ "$(id -u)" = 0 ] || echo sudo )} apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
.venv/bin/python -m pip install -q -e ".[package]"
root=$PWD
out=$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)
cd "$out"
rm -rf build dist
"$root/.venv/bin/pyinstaller" --noconfirm --log-level WARN --onedir --windowed --name rnnsub --specpath build --workpath build --distpath dist \
  --add-data "$root/resources/i18n/rnnsub_zh_CN.qm:resources/i18n" \
  --exclude-module PyQt5 --exclude-module PyQt6 --exclude-module PySide2 --exclude-module tkinter \
  --exclude-module matplotlib --exclude-module pyqtgraph.opengl --exclude-module OpenGL \
  "$root/main.py"
tar -C dist -czf "dist/rnnsub-linux-$(uname -m).tar.gz" rnnsub
echo "built: $(du -sh dist/rnnsub | cut -f1) in dist/rnnsub, $(du -h dist/rnnsub-linux-*.tar.gz | cut -f1) packed"
dist/rnnsub/rnnsub train --iterations 3000 --log-every 100000 | tail -2
QT_QPA_PLATFORM=offscreen dist/rnnsub/rnnsub --smoke
