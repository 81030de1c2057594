"""Translations: every visible string goes through tr(); this loads the .qm file for the chosen language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = {"en": "English", "zh": "中文"}

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install_translator(app, language: str | None) -> str:
    """Install rnnsub's and Qt's own translations for `language` ('en', 'zh', or None for the system's)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language is None:
        language = "zh" if QLocale.system().language() == QLocale.Chinese else "en"
    if language == "zh" and not has_font_for("zh"):
        language = "en"  # every label would be a box: English until a font is there (missing_font_message says so)
    app.setProperty("language", language)  # the Language menu ticks it when nothing is remembered yet
    if language == "en":
        return language
    ours = QTranslator()  # zh
    if ours.load(str(I18N / "rnnsub_zh_CN.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


FONT_PACKAGES = {"zh": "fonts-wqy-microhei or fonts-noto-cjk"}  # Debian/Ubuntu packages with the glyphs


def has_font_for(language: str) -> bool:
    """Is a font installed that has the language's characters? (Needs the QApplication.)"""
    if language != "zh":
        return True
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def missing_font_message(language: str) -> str:
    """One sentence, in English (the language that can be shown), for a language no installed font can show."""
    return (f"No installed font has the characters of {LANGUAGES[language]} ({language}), so rnnsub stays in English; "
            f"install one (for example the package {FONT_PACKAGES[language]}) and start rnnsub again.")
