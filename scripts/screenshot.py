"""Open the window on the current display, train for a while, and keep it open for a screenshot.

Used by scripts/screenshot.sh (Xvfb + ImageMagick). `python scripts/screenshot.py SECONDS [--lang zh]`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 6
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    app = QApplication(sys.argv[:1])
    from gui.i18n import install_translator
    from gui.window import MainWindow

    install_translator(app, lang)
    settings = QSettings(str(Path("/tmp/rnnsub-screenshot.ini")), QSettings.IniFormat)
    settings.clear()
    w = MainWindow(settings)
    w.resize(1280, 800)
    w.move(0, 0)
    w.show()
    w.controls.set_rate(1000)
    w.operands.set_operands(200, 73)
    QTimer.singleShot(300, w.start)
    QTimer.singleShot(int(seconds * 1000), lambda: (w.close(), app.quit()))
    app.exec()


if __name__ == "__main__":
    main()
