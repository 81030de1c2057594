"""Where the program's files are (translations, icons, fonts, lessons, the guide), however it was installed.

    resource("i18n", "rnnsub_zh_CN.qm")   # a Path; it may not exist (a lesson folder not written yet)
    resource("lessons")                   # the built-in lessons' folder

Three layouts, one answer each:
  - the packaged program (PyInstaller): the resources/ folder it bundles next to its modules (sys._MEIPASS);
  - an installed wheel: rnnsub_gui/data/, shipped as package data (pyproject.toml maps resources/ there);
  - a checkout (python main.py, the tests, `pip install -e .`): resources/ at the top of the checkout.
No Qt here, so that anything can ask.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_root() -> Path:
    """The folder that holds i18n/, icons/, fonts/, lessons/ ... for the program as it runs now."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:  # PyInstaller (rnnsub.spec puts them in resources/)
        return Path(bundle) / "resources"
    installed = _HERE / "data"  # a wheel: rnnsub_gui/data
    if installed.is_dir():
        return installed
    return _HERE.parent / "resources"  # a checkout: gui/../resources


def resource(*parts: str) -> Path:
    """The path of one resource, e.g. resource("icons", "rnnsub-64.png"), resource("lessons")."""
    return resource_root().joinpath(*parts)
