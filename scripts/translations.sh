#!/usr/bin/env bash
# Refresh the translation files after changing user-visible strings in gui/:
#   1. lupdate collects every self.tr(...) string into resources/i18n/*.ts (keeping existing translations);
#   2. translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist, or edit the XML);
#   3. lrelease compiles the .qm files the program loads.
# rnnsub_zh_CN.ts holds every string; rnnsub_en.ts only those with a count ("%n iteration(s)"), whose English
# forms ("1 iteration", "2 iterations") Qt takes from a translation too: without one it only puts the number in.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(gui/*.py rnnsub/config.py)  # config.py: the settings' labels and help
for ts in resources/i18n/*.ts; do
  case "$ts" in
    *_en.ts) only=(-pluralonly -target-language en) ;;
    *) only=() ;;
  esac
  .venv/bin/pyside6-lupdate "${sources[@]}" -ts "$ts" -no-obsolete "${only[@]}"
  # compiled beside it and renamed over it: a running rnnsub maps its .qm, and rewriting that file in place
  # would crash it (SIGBUS)
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm.part"
  mv "${ts%.ts}.qm.part" "${ts%.ts}.qm"
done
