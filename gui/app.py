"""Starting the window: `python main.py [FILE] [--smoke [--bits N ...]] [--lang en|zh] [--open PATH]`."""

from __future__ import annotations

import argparse
import os
import sys
import time

_T0 = time.perf_counter()
SMOKE_ITERATIONS = 5000  # what --smoke trains unless told: default settings get every pair right from ~2,500
SMOKE_SETTINGS = ("bits", "hidden", "batch", "lr", "seed", "cell", "iterations")  # the training options --smoke takes


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


def _parsed(setting):
    """An argparse type from a setting's declaration: its own parse(), its own message."""
    from rnnsub.config import ConfigError

    def parse(text):
        try:
            return setting.parse(text)
        except ConfigError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    parse.__name__ = setting.name
    return parse


def app_icon():
    """The application's icon (resources/icons/: the SVG drawn by hand, PNGs from scripts/icons.py), every size."""
    from PySide6.QtGui import QIcon

    from .resources import resource

    icon = QIcon()
    for png in sorted(resource("icons").glob("rnnsub-*.png")):
        icon.addFile(str(png))
    return icon


def open_file(window, path: str) -> bool:
    """Open a file given on the command line (FILE or --open) by what it is (rnnsub/filekind.py): a lesson, an
    experiment, or a model; anything else goes to the model loader, whose one sentence says what is wrong."""
    from rnnsub.filekind import kind_of

    kind = kind_of(path)
    if kind == "lesson" and hasattr(window, "open_lesson"):
        return window.open_lesson(path)
    if kind == "experiment":
        return window.open_experiment(path)
    return window.open_path(path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog=os.path.basename(sys.argv[0]) or "rnnsub", description="Open the rnnsub window.")
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="open this model, experiment (.npz) or lesson (.lesson) in the window (what the desktop entry runs)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=f"open the window, train {SMOKE_ITERATIONS:,} iterations (or the options below), measure responsiveness "
             "and the engine "
             "alone at the same settings, print figures, close",
    )
    from rnnsub.config import SETTINGS

    measured = parser.add_argument_group("what --smoke trains (the same options as `main.py train`)")
    for name in SMOKE_SETTINGS:
        s = SETTINGS[name]
        default = SMOKE_ITERATIONS if name == "iterations" else s.default
        measured.add_argument("--" + name, type=_parsed(s), choices=s.values or None,
                              metavar=None if s.choices else ("N" if s.kind is int else "X"),
                              help=f"{s.help} (default {default})".replace("%", "%%"))
    from rnnsub.lesson import TABS

    parser.add_argument("--tab", choices=(*TABS, "all"),
                        help="show this tab; with --smoke, `all` shows every tab in turn while it trains")
    parser.add_argument("--lang", choices=("en", "zh"), help="language of the window (remembered)")
    parser.add_argument("--open", metavar="PATH", help="open this model, experiment or lesson file, as FILE does")
    args = parser.parse_args(argv)
    if args.file and args.open:
        parser.error("give one file to open: FILE or --open PATH")
    to_open = args.file or args.open
    given = {name: getattr(args, name) for name in SMOKE_SETTINGS if getattr(args, name) is not None}
    if args.tab == "all" and not args.smoke:
        parser.error("--tab all goes with --smoke (it shows every tab in turn while the smoke run trains)")
    if given and not args.smoke:
        parser.error("the training options (" + ", ".join("--" + n for n in given) + ") go with --smoke; "
                     "the window remembers its own settings")

    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and not os.environ.get("QT_QPA_PLATFORM"):
        if not args.smoke:  # an invisible window would wait forever
            print("error: the rnnsub window needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty); "
                  "the command line works without one: python main.py train --help", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a measurement can run without one
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .i18n import install_translator, missing_font_message
    from .settings import load_value, prime

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("rnnsub")
    app.setApplicationName("rnnsub")
    app.setDesktopFileName("rnnsub")  # Wayland and the taskbar match the window to resources/rnnsub.desktop
    icon = app_icon()
    app.setWindowIcon(icon)
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer

    QSettings.setDefaultFormat(QSettings.IniFormat)
    if args.smoke:  # a measurement must not change the person's remembered settings, nor leave a folder behind
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="rnnsub-smoke-")
        settings = QSettings(os.path.join(scratch.name, "settings.ini"), QSettings.IniFormat)
    else:
        settings = QSettings()
    prime(settings)
    if args.lang:
        settings.setValue("language", args.lang)
    wanted = load_value(settings, "language", "", str) or None
    shown = install_translator(app, wanted)
    from .window import MainWindow

    window = MainWindow(settings)
    window.setWindowIcon(icon)
    try:
        if args.smoke:
            from rnnsub.config import Config
            from rnnsub.errors import UserError

            from .smoke import run_smoke

            try:
                config = Config(**{"iterations": SMOKE_ITERATIONS, **given})
            except UserError as e:  # each option is right on its own, but not together
                print(f"error: {e}", file=sys.stderr)
                return 2
            try:
                status = run_smoke(app, window, process_age_ms, config, args.tab or "operands")
            finally:
                scratch.cleanup()
            from .i18n import missing_glyphs

            print(f"language: {shown}")  # after the timing: what the window showed, and whether every character could be drawn
            missing = missing_glyphs(window)
            print(f"missing_glyphs: {len(missing)}" + (f" ({missing})" if missing else ""), flush=True)
            return status
        window.show()
        if args.tab in window.tab_pages():
            window.tabs.setCurrentWidget(window.tab_pages()[args.tab])
        if wanted and shown != wanted:
            QTimer.singleShot(0, lambda: QMessageBox.information(window, "rnnsub", missing_font_message(wanted)))
        if to_open:  # after the window is up, so that a bad file's message has a window to belong to
            QTimer.singleShot(0, lambda: open_file(window, to_open))
        return app.exec()
    finally:
        # Delete the window while Qt is still whole: left to the interpreter's teardown, the plots' C++ objects
        # can be destroyed after the application and the process ends in a segfault (measured: 3 exits in 8).
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
