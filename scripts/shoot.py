"""Screenshots of the window in a given state, for docs/: `python scripts/shoot.py SCENE OUT.png [--lang zh]
[--size 1280x800]`. Runs offscreen (QWidget.grab renders the plots); the window is the real one, driven through
its own methods as the tests drive it.

Scenes: runs (the corrected cell and the notebook's from the same start, overlaid), knockout (the borrow unit of
a converged default model knocked out, with the importance bars).
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(app, until, seconds=60.0):
    loop_end = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    left = [seconds * 20]

    def check():
        left[0] -= 1
        if until() or left[0] <= 0:
            loop_end.quit()

    timer.timeout.connect(check)
    timer.start()
    loop_end.exec()
    timer.stop()


def trained(app, w, iterations=3000):
    w.controls.iterations.setValue(iterations)
    w.start()
    wait(app, lambda: w.session.status == "finished")


def runs(app, w):
    trained(app, w)
    first = w.session.current
    w.run_again(first, {"cell": "notebook"})
    wait(app, lambda: w.session.status == "finished")
    w.tabs.setCurrentWidget(w.runs)
    w.runs.set_shown(first, True)
    w.runs.select(first)


def knockout(app, w):
    from rnnsub.analysis import borrow_units

    trained(app, w)
    w.tabs.setCurrentWidget(w.knockout)
    k = w.knockout
    wait(app, lambda: k.importance is not None and not k.busy())
    c = w.session.config
    unit = borrow_units(w.session.weights, c.cell, c.bits, c.pairs).unit
    k.hold_unit(unit, 0.0)
    wait(app, lambda: k.accuracy is not None and not k.busy() and k.importance is not None)


SCENES = {"runs": runs, "knockout": knockout}


def main():
    scene, out = sys.argv[1], sys.argv[2]
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    size = sys.argv[sys.argv.index("--size") + 1] if "--size" in sys.argv else "1280x800"
    width, height = (int(v) for v in size.split("x"))
    app = QApplication(sys.argv[:1])
    from gui.i18n import install_translator
    from gui.window import MainWindow

    install_translator(app, lang)
    scratch = tempfile.TemporaryDirectory(prefix="rnnsub-shoot-")  # removed at the end: nothing left in /tmp
    settings = QSettings(os.path.join(scratch.name, "s.ini"), QSettings.IniFormat)
    w = MainWindow(settings)
    w.resize(width, height)
    w.show()
    SCENES[scene](app, w)
    wait(app, lambda: False, 1.5)  # let the throttled views draw
    w.grab().save(out)
    w.close()
    del w, settings
    scratch.cleanup()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
