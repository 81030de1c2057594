#!/usr/bin/env bash
# Refresh the translation files after changing user-visible strings in gui/:
#   1. lupdate collects every self.tr(...) string into resources/i18n/*.ts (keeping existing translations);
#   2. translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist, or edit the XML);
#   3. lrelease compiles the .qm files the program loads.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/i18n/*.ts; do
  .venv/bin/pyside6-lupdate gui/*.py rnnsub/config.py -ts "$ts" -no-obsolete  # config.py: the settings' labels and help
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
