"""Help → Guide: a short illustrated page (resources/guide/guide_<language>.html) in a non-modal dialog."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .resources import resource

GUIDE_LANGUAGES = ("en", "zh")


def guide_path(language: str):
    """The guide's page in `language` (English for a language it is not written in)."""
    return resource("guide", f"guide_{language if language in GUIDE_LANGUAGES else 'en'}.html")


class GuideDialog(QDialog):
    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("rnnsub guide"))
        app = QApplication.instance()
        self.language = language or (app.property("language") if app is not None else None) or "en"
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        path = guide_path(self.language)
        self.browser.setSearchPaths([str(path.parent)])  # the images beside the page
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(660, screen.width() - 40), min(760, screen.height() - 60))
