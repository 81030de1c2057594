import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402


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
    # no test may leave a training thread behind: a running QThread at exit can crash the process
    assert not w.session.running, "a training thread was left running"
