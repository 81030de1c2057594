#!/usr/bin/env bash
# Build the packaged program with PyInstaller from rnnsub.spec: OUT/dist/rnnsub/rnnsub (a folder, which starts
# faster than a single self-extracting file, with the translations, icons and the CJK font inside) and
# OUT/dist/rnnsub-<system>-<machine>.tar.gz. Then checks that the built program trains from the command line
# and opens its window (--smoke).
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
"$root/.venv/bin/pyinstaller" --noconfirm --log-level WARN --workpath build --distpath dist "$root/rnnsub.spec"
system=$(uname -s | tr '[:upper:]' '[:lower:]')
tar -C dist -czf "dist/rnnsub-$system-$(uname -m).tar.gz" rnnsub
echo "built: $(du -sh dist/rnnsub | cut -f1) in dist/rnnsub, $(du -h dist/rnnsub-*.tar.gz | cut -f1) packed"
dist/rnnsub/rnnsub train --iterations 3000 --log-every 100000 | tail -2
QT_QPA_PLATFORM=offscreen dist/rnnsub/rnnsub --smoke
