"""Help → Guide and the first-start hint (issue 12, item 2)."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from gui.guide import GuideDialog, guide_path
from gui.settings import save_config
from rnnsub.config import Config


@pytest.fixture(autouse=True)
def windows_deleted_at_once():
    """Each test's window is deleted when it ends: pytest-qt only asks for it (deleteLater), and these tests never
    wait, so a dozen closed windows would otherwise be deleted inside the next test that does (slowing its event
    loop: test_window's pause-before-the-end race lost to 15 of them)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def images(path) -> list[str]:
    return re.findall(r"<img\s+src=\"([^\"]+)\"", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang, heading", [("en", "a short guide"), ("zh", "简明指南")])
def test_the_guide_opens_in_each_language_with_its_images(qtbot, lang, heading):
    dialog = GuideDialog(language=lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert heading in text
    for words in (("borrow", "least significant bit first", "outside", "Inside the network", "How it subtracts")
                  if lang == "en" else ("借位", "从最低位开始", "外面", "网络内部", "它如何做减法")):
        assert words in text, words
    srcs = images(guide_path(lang))
    assert len(srcs) >= 3
    doc = dialog.browser.document()
    for src in srcs:
        assert (guide_path(lang).parent / src).is_file(), src
        image = doc.resource(QTextDocument.ImageResource, QUrl(src))
        assert image is not None and not image.isNull(), src  # loaded, not a broken-image box
    dialog.close()


def test_both_pages_show_the_same_images_each_in_its_language():
    assert [src.replace("_en.", "_zh.") for src in images(guide_path("en"))] == images(guide_path("zh"))
    assert guide_path("fr") == guide_path("en")


def test_help_guide_opens_from_the_window_and_hides_the_hint(qtbot, window):
    w = window
    assert w.first_start_hint is not None and w.first_start_hint.isVisible()  # the fixture's settings are new
    assert "Help → Guide" in w.first_start_hint.text() and "lesson" in w.first_start_hint.text()
    guide = next(a for a in w.actions() if a.text() == "&Guide")
    guide.trigger()
    assert w.guide.isVisible() and not w.guide.isModal()
    assert not w.first_start_hint.isVisible()
    w.guide.close()


def test_the_hint_is_only_for_a_first_start(qtbot, tmp_path):
    from gui.window import MainWindow

    settings = QSettings(str(tmp_path / "used.ini"), QSettings.IniFormat)
    save_config(settings, Config(hidden=8))  # the program has run and closed before
    settings.setValue("language", "en")
    settings.sync()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.first_start_hint is None and w.findChild(QLabel, "first_start_hint") is None
    w.close()


def test_only_a_language_remembered_is_still_a_first_start(qtbot, tmp_path):
    """`--lang zh` on the very first start writes the language before the window opens: still a first start."""
    from gui.window import MainWindow

    settings = QSettings(str(tmp_path / "lang.ini"), QSettings.IniFormat)
    settings.setValue("language", "en")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.first_start_hint is not None and w.first_start_hint.isVisible()
    w.close()
