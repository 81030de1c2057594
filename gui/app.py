"""Starting the window: `python main.py [--smoke] [--lang en|zh]`."""

from __future__ import annotations

import argparse
import os
import sys
import time

_T0 = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (from /proc on Linux; else since this module was imported)."""
    try:
        with open("/proc/self/stat") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _T0) * 1000.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="main.py", description="Open the rnnsub window.")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, train 2,000 iterations, measure responsiveness, print figures, close",
    )
    parser.add_argument("--lang", choices=("en", "zh"), help="language of the window (remembered)")
    parser.add_argument("--open", metavar="PATH", help="open this model file (.npz) in the window, as File > Open does")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("rnnsub")
    app.setApplicationName("rnnsub")
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setDefaultFormat(QSettings.IniFormat)
    if args.smoke:  # a measurement must not change the person's remembered settings
        import tempfile

        settings = QSettings(os.path.join(tempfile.mkdtemp(prefix="rnnsub-smoke-"), "settings.ini"), QSettings.IniFormat)
    else:
        settings = QSettings()
    if args.lang:
        settings.setValue("language", args.lang)
    install_translator(app, settings.value("language", "") or None)
    from .window import MainWindow

    window = MainWindow(settings)
    if args.smoke:
        from .smoke import run_smoke

        return run_smoke(app, window, process_age_ms)
    window.show()
    if args.open:  # after the window is up, so that a bad file's message has a window to belong to
        QTimer.singleShot(0, lambda: window.open_path(args.open))
    return app.exec()
