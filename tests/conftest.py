import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def english_numbers():
    """Numbers in the window follow the locale; the tests read them in en_US (10,000 and 0.5) whatever LANG is.
    Tests of other locales set theirs and put this one back."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp):
    """The window in English, as main.py starts it: with the English plural forms ("1 iteration", "2 iterations"),
    which Qt takes from resources/i18n/rnnsub_en.qm. Tests of Chinese install theirs and put this one back."""
    try:
        from gui.i18n import install_translator
    except ImportError:  # this file copied outside the project (tests/test_thread_guard.py)
        return
    install_translator(qapp, "en")


@pytest.fixture(autouse=True)
def no_thread_left_running(monkeypatch):
    """Fails any test that leaves a QThread running, whoever started it (napari's guard): a running QThread
    at exit can crash the process, and one left behind by a test disturbs the next."""
    from PySide6.QtCore import QThread

    started = []
    start = QThread.start

    def recording_start(self, *args, **kwargs):
        started.append(self)
        return start(self, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", recording_start)
    yield started
    running = []
    for thread in started:
        try:
            alive = thread.isRunning()
        except RuntimeError:  # the C++ object is gone, so is its thread
            continue
        if alive:
            running.append(thread)
            thread.quit()
            thread.wait(5000)
    assert not running, f"{len(running)} QThread(s) left running by this test"


@pytest.fixture
def settings(tmp_path, qapp):
    """A QSettings in a fresh INI file, so tests never read or write the user's real settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "rnnsub.ini"), QSettings.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def plot(qtbot):
    """The live error plot on its own, shown at 800 x 500."""
    from gui.plot import ErrorPlot

    p = ErrorPlot()
    p.resize(800, 500)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.timer.stop()


def _trained(iterations: int):
    from rnnsub.config import Config
    from rnnsub.train import Trainer

    t = Trainer(Config(iterations=iterations))
    for _ in t.run():
        pass
    return t.weights.copy()


@pytest.fixture(scope="session")
def trained():
    """The default model after 3,000 iterations: it subtracts every 8-bit pair by then, and 128-bit ones too."""
    return _trained(3000)


@pytest.fixture(scope="session")
def half_trained():
    """The default model after 1,000 iterations: it gets many pairs wrong."""
    return _trained(1000)
