#!/usr/bin/env bash
# Install rnnsub into the current user's desktop: its menu entry (resources/rnnsub.desktop), its icon in every
# size, and its file types (resources/rnnsub-mime.xml: models, experiments, lessons), so that a file manager
# opens those files with it. Nothing needs root: everything goes under $XDG_DATA_HOME (~/.local/share).
# Usage: scripts/install-desktop.sh [PROGRAM]     (--uninstall removes the same files)
#   PROGRAM: the command the menu entry runs, e.g. dist/rnnsub/rnnsub (the packaged program) or the `rnnsub`
#   of a virtual environment; default: `rnnsub` as found on PATH (pip install . puts it there).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
res="$here/resources"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes="16 32 48 64 128 256"

refresh() {  # the caches desktops read, when their tools are installed
  if [ -d "$data/mime/packages" ] && command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if [ -d "$data/applications" ] && command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" || true
  fi
  if [ -d "$data/icons/hicolor" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/rnnsub.desktop" "$data/mime/packages/rnnsub-mime.xml" "$data/icons/hicolor/scalable/apps/rnnsub.svg"
  for s in $sizes; do rm -f "$data/icons/hicolor/${s}x${s}/apps/rnnsub.png"; done
  refresh
  echo "removed rnnsub's menu entry, icon and file types from $data"
  exit 0
fi

program="${1:-rnnsub}"
# an absolute path in the entry: the desktop's PATH is not the shell's (a virtual environment is active in one only)
if [[ "$program" == */* ]] && [ -x "$program" ] && [ ! -d "$program" ]; then
  program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")"
elif [[ "$program" != */* ]] && command -v "$program" >/dev/null; then
  program="$(command -v "$program")"
else
  echo "error: $program is not a program (give the path of rnnsub, e.g. dist/rnnsub/rnnsub or .venv/bin/rnnsub)" >&2
  exit 2
fi
case "$program" in *[[:space:]\"\'\\\$\`]*)
  echo "error: the menu entry cannot run a path with spaces or quotes in it: $program" >&2; exit 2;;
esac

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
sed "s|^Exec=rnnsub |Exec=$program |" "$res/rnnsub.desktop" > "$data/applications/rnnsub.desktop"
cp "$res/rnnsub-mime.xml" "$data/mime/packages/rnnsub-mime.xml"
cp "$res/icons/rnnsub.svg" "$data/icons/hicolor/scalable/apps/rnnsub.svg"
for s in $sizes; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$res/icons/rnnsub-$s.png" "$data/icons/hicolor/${s}x${s}/apps/rnnsub.png"
done
refresh
echo "installed rnnsub's menu entry (running $program), icon and file types in $data"
