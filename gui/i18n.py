"""Translations: every visible string goes through tr(); this loads the .qm file for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from .resources import resource

I18N = resource("i18n")
BUNDLED_FONTS = {"zh": "rnnsub-cjk.ttf"}  # resources/fonts/: a subset of WenQuanYi Micro Hei (scripts/font_subset.py)
LANGUAGES = {"en": "English", "zh": "中文"}
QM_FILES = {"en": "rnnsub_en.qm", "zh": "rnnsub_zh_CN.qm"}  # rnnsub_en: numerus forms only (lupdate -pluralonly)

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translate_in(language: str, context: str, text: str) -> str:
    """`text` in `language` (its translation file read for this one sentence), or `text` itself: what the window
    says in the language a person just chose, before it restarts in it."""
    if language not in QM_FILES:
        return text
    translator = QTranslator()
    if not translator.load(str(I18N / QM_FILES[language])):
        return text
    return translator.translate(context, text) or text


def install_translator(app, language: str | None) -> str:
    """Install rnnsub's and Qt's own translations for `language` ('en', 'zh', or None for the system's)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    add_bundled_fonts()
    if language is None:
        language = "zh" if QLocale.system().language() == QLocale.Chinese else "en"
    if language == "zh" and not has_font_for("zh"):
        language = "en"  # every label would be a box: English until a font is there (missing_font_message says so)
    app.setProperty("language", language)  # the Language menu ticks it when nothing is remembered yet
    ours = QTranslator()  # zh: every string; en: only the plural forms ("%n iteration(s)" -> "1 iteration")
    if ours.load(str(I18N / QM_FILES[language])):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language
    qt = QTranslator()
    if qt.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


FONT_PACKAGES = {"zh": "fonts-wqy-microhei or fonts-noto-cjk"}  # Debian/Ubuntu packages with the glyphs


_bundled: dict[str, str] = {}  # language -> the family of its bundled font, once registered


def add_bundled_fonts() -> dict[str, str]:
    """Register the fonts the program ships (once; needs the QApplication), so that Chinese shows on a machine
    without a CJK font. Qt takes a character no other font has from an application font by itself, so nothing
    else need name the family. Returns {language: family} for those that loaded."""
    for language, name in BUNDLED_FONTS.items():
        if language not in _bundled:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                _bundled[language] = families[0]
    return dict(_bundled)


def has_font_for(language: str) -> bool:
    """Is there a font, installed or bundled, with the language's characters? (Needs the QApplication.)"""
    if language != "zh":
        return True
    # fontconfig files a font under Chinese only if it covers thousands of characters: never the bundled subset
    return language in add_bundled_fonts() or bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def missing_font_message(language: str) -> str:
    """One sentence, in English (the language that can be shown), for a language no installed font can show."""
    return (f"No installed font has the characters of {LANGUAGES[language]} ({language}), so rnnsub stays in English; "
            f"install one (for example the package {FONT_PACKAGES[language]}) and start rnnsub again.")


def missing_glyphs(window) -> str:
    """The characters of the window's visible texts (title, labels, buttons, group titles, tabs, menus, combo
    items) that no font here can draw: each laid out in its widget's font, with Qt's own fallback, and found
    as glyph 0, the box. '' when everything shows. (`--smoke` prints it: tests/test_package.py.)"""
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QMenu, QTabWidget

    texts = [(window.font(), window.windowTitle())]
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        texts.append((w.font(), w.text()))
    texts += [(w.font(), w.title()) for w in window.findChildren(QGroupBox)]
    for tabs in window.findChildren(QTabWidget):
        texts += [(tabs.font(), tabs.tabText(i)) for i in range(tabs.count())]
    for box in window.findChildren(QComboBox):
        texts += [(box.font(), box.itemText(i)) for i in range(box.count())]
    for menu in window.findChildren(QMenu):
        texts += [(menu.font(), a.text()) for a in menu.actions()]
    seen, missing = set(), []
    for font, text in texts:
        for c in set(text):
            if (font.key(), c) in seen or c.isspace() or not c.isprintable():
                continue
            seen.add((font.key(), c))
            layout = QTextLayout(c, font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            if any(0 in run.glyphIndexes() for run in layout.glyphRuns()) and c not in missing:
                missing.append(c)
    return "".join(sorted(missing))
