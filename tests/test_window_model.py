"""The window and the model: settings shown exactly, views that follow the model, snapshots only."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QMessageBox, QWidget

from rnnsub.cli import main as cli_main
from rnnsub.config import SETTINGS, Config
from rnnsub.train import Trainer

ROOT = Path(__file__).resolve().parents[1]


def shown_windows(monkeypatch) -> list:
    """The main windows shown from now on (app.main's): not looked for among the top-level widgets, where earlier
    tests' dialogs and menus may linger half torn down (touching one segfaulted)."""
    from gui.window import MainWindow

    shown, show = [], MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: (shown.append(self), show(self))[1])
    return shown


def wait_status(qtbot, w, *statuses, timeout=20000):
    qtbot.waitUntil(lambda: w.session.status in statuses, timeout=timeout)


@pytest.fixture(scope="module")
def odd_model(tmp_path_factory):
    """A model trained with a seed beyond int32 and a learning rate below the old spin box's 0.001."""
    path = tmp_path_factory.mktemp("odd") / "odd.npz"
    assert cli_main(["train", "--seed", "3000000000", "--lr", "0.0001", "--iterations", "50", "--log-every", "100",
                     "--save", str(path)]) == 0
    return path


def test_a_model_opens_with_exactly_its_settings_and_reset_trains_its_seed(qtbot, window, odd_model):
    w = window
    assert w.open_path(str(odd_model))
    assert w.controls.seed.value() == 3_000_000_000 and w.controls.lr.value() == 0.0001
    assert w.controls.lr.text() == "0.0001"
    assert w.session.config.seed == 3_000_000_000 and w.session.config.lr == 0.0001 and w.session.iteration == 50
    w.controls.iterations.setValue(5)
    w.start()
    wait_status(qtbot, w, "finished")
    assert w.session.reported_lr == 0.0001 and w.session.iteration == 55
    qtbot.mouseClick(w.controls.reset_button, Qt.LeftButton)
    fresh = Trainer(Config(seed=3_000_000_000))
    np.testing.assert_array_equal(w.session.weights.Wh, fresh.weights.Wh)


def test_open_from_the_command_line(qtbot, qapp, tmp_path, odd_model, monkeypatch):
    """`main.py --open PATH` through the real entry point, in this process (the settings in a temporary folder)."""
    from PySide6.QtCore import QTimer

    from gui import app

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path))
    seen = {}
    shown = shown_windows(monkeypatch)

    def inspect():
        window = shown[-1]
        seen.update(seed=window.controls.seed.value(), lr=window.controls.lr.value(), it=window.session.iteration)
        window.close()
        qapp.quit()

    QTimer.singleShot(300, inspect)
    monkeypatch.setattr(qapp, "exec", lambda: (qtbot.waitUntil(lambda: bool(seen), timeout=10000), 0)[1])
    assert app.main(["--open", str(odd_model)]) == 0
    assert seen == {"seed": 3_000_000_000, "lr": 0.0001, "it": 50}


def test_a_bad_file_from_the_command_line_is_one_sentence_and_the_window_opens(qtbot, qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    from gui import app

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path))
    bad = tmp_path / "bad.npz"
    bad.write_text("not a model")
    warnings, seen = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))

    shown = shown_windows(monkeypatch)

    def inspect():
        windows = [x for x in shown if x.isVisible()]
        seen.append(len(windows))
        for window in windows:
            window.close()

    QTimer.singleShot(300, inspect)
    monkeypatch.setattr(qapp, "exec", lambda: (qtbot.waitUntil(lambda: bool(seen), timeout=10000), 0)[1])
    assert app.main(["--open", str(bad)]) == 0
    assert seen == [1] and len(warnings) == 1 and "bad.npz" in warnings[0] and "\n" not in warnings[0]


def test_a_file_trained_for_999999999_iterations_trains_on(qtbot, window, odd_model, tmp_path, monkeypatch):
    with np.load(odd_model) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"]))
    meta["iterations"] = 999_999_999
    arrays["meta"] = np.array(json.dumps(meta))
    path = tmp_path / "long.npz"
    np.savez(path, **arrays)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    w = window
    assert w.open_path(str(path))
    w.controls.iterations.setValue(20)
    w.start()
    wait_status(qtbot, w, "finished")
    assert w.session.iteration == 1_000_000_019 and warnings == []
    assert w.controls.progress.value() == w.controls.progress.maximum()


def test_every_setting_widget_holds_its_declared_range_and_is_named(window):
    for name, s in SETTINGS.items():
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
        if s.choices:
            assert [widget.itemData(i) for i in range(widget.count())] == list(s.values)
        else:
            assert (widget.minimum(), widget.maximum()) == (s.low, s.high), name
            if isinstance(widget, QAbstractSpinBox):
                assert not widget.keyboardTracking()  # a half-typed number is not a setting
    for name in ("speed", "start", "pause", "step", "stop", "reset", "operand_a", "operand_b"):
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_a_config_shown_is_read_back_exactly(window):
    c = Config(cell="notebook", bits=31, hidden=512, pairs="all", b_range="half", seed=2**32 - 1, lr=1e-6, batch=4096,
               iterations=1_000_000_000)
    window.controls.set_config(c)
    assert window.controls.config() == c
    for lr in (0.1 + 0.2, 123.456789, 1000.0, 0.000123):
        window.controls.lr.setValue(lr)
        assert window.controls.lr.value() == lr


@pytest.mark.parametrize("locale,typed,value", [("de_DE", "0,5", 0.5), ("de_DE", "0.5", 0.5), ("en_US", "0.5", 0.5),
                                                ("de_DE", "1e-4", 0.0001), ("en_US", "0.0001", 0.0001)])
def test_learning_rate_typed_in_any_locale(qtbot, locale, typed, value):
    from gui.fields import make_widget

    QLocale.setDefault(QLocale(locale))
    try:
        w = make_widget("lr")
        qtbot.addWidget(w)
        w.show()
        w.lineEdit().selectAll()
        qtbot.keyClicks(w, typed)
        qtbot.keyClick(w, Qt.Key_Return)
        assert w.value() == value
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_shrinking_the_bits_under_a_typed_pair(qtbot, window):
    w = window
    w.operands.set_operands(200, 73)
    w.controls.iterations.setValue(300)
    w.start()
    wait_status(qtbot, w, "finished")
    w.controls.bits.setValue(4)
    qtbot.mouseClick(w.controls.reset_button, Qt.LeftButton)  # pytest-qt fails the test on any exception in a slot
    assert w.session.config.bits == 4 and (w.operands.a, w.operands.b) == (200 & 15, 73 & 15) == (8, 9)  # low bits
    assert "does not fit in 4 bits" in w.operands.message.text() and "8 − 9" in w.operands.message.text()
    assert w.operands.current is not None and w.operands.current.bits == 4
    w.start()
    wait_status(qtbot, w, "finished")


def test_shrinking_from_32_bits_never_shows_a_number_that_does_not_fit(qtbot, window):
    w = window
    w.controls.bits.setValue(32)
    assert w.session.config.bits == 32
    w.operands.set_operands(3_000_000_000, 5)
    assert w.operands.current.a == 3_000_000_000
    w.controls.bits.setValue(20)
    assert w.session.config.bits == 20
    assert (w.operands.a, w.operands.b) == (3_000_000_000 % 2**20, 5) and "3000000000" not in w.operands.verdict.text()
    assert w.operands.a_edit.text() == str(w.operands.a)


def test_the_status_bar_never_describes_another_model(qtbot, window):
    w = window
    w.controls.iterations.setValue(400)
    w.start()
    wait_status(qtbot, w, "finished")
    assert "pairs right" in w.statusBar().currentMessage()
    w.reset()
    assert w.statusBar().currentMessage() == ""
    assert w.plot.series.n == 0 and not w.plot.acc_x


def test_status_line_and_progress_bar_agree_after_pause_and_step(qtbot, window):
    w = window
    for _ in range(3):
        n = w.session.iteration
        qtbot.mouseClick(w.controls.step_button, Qt.LeftButton)
        assert w.controls.status.text() == "Training one iteration…"  # not "paused" before the worker has
        qtbot.waitUntil(lambda: w.session.status == "paused")
        assert w.session.iteration == n + 1 and w.controls.progress.value() == n + 1
        assert f"Paused at iteration {n + 1:,}." == w.controls.status.text()
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(300)
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration > 20)
    qtbot.mouseClick(w.controls.pause_button, Qt.LeftButton)
    assert w.session.status in ("pausing", "paused")
    qtbot.waitUntil(lambda: w.session.status == "paused")
    qtbot.wait(100)
    assert w.controls.status.text() == f"Paused at iteration {w.session.iteration:,}."
    assert w.controls.progress.value() == w.session.iteration == w.session._trainer.iteration
    w.session.stop()
    wait_status(qtbot, w, "stopped")


def test_start_after_a_finished_run_trains_another_run(qtbot, window):
    w = window
    w.controls.iterations.setValue(150)
    w.start()
    wait_status(qtbot, w, "finished")
    assert w.session.iteration == 150
    w.start()
    wait_status(qtbot, w, "running")
    wait_status(qtbot, w, "finished")
    assert w.session.iteration == 300 and w.controls.progress.maximum() == 300


def test_changing_the_iterations_during_a_run(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(100)
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration >= 3)
    w.controls.iterations.setValue(40)
    wait_status(qtbot, w, "finished", timeout=5000)
    assert w.session.iteration == 40 and w.controls.progress.maximum() == 40


def test_find_a_wrong_answer_runs_off_the_gui_thread(qtbot, window):
    w = window
    w.operands.show_wrong()
    assert w.operands.searching() or "gets wrong" in w.operands.message.text()
    qtbot.waitUntil(lambda: not w.operands.searching(), timeout=10000)
    assert "gets wrong" in w.operands.message.text() and not w.operands.current.right


def test_remembered_settings_read_back_in_a_new_process(qtbot, settings, tmp_path):
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    c = Config(cell="notebook", bits=12, hidden=24, pairs="all", b_range="half", seed=3_000_000_000, lr=0.0001,
               batch=3, iterations=1234)
    w.controls.set_config(c)
    w.close()
    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from PySide6.QtCore import QSettings\n"
            "from gui.window import MainWindow\n"
            f"w = MainWindow(QSettings({str(tmp_path / 'rnnsub.ini')!r}, QSettings.IniFormat))\n"
            "print(repr(w.controls.config())); print(repr(w.session.config)); w.close()\n"
            "w.deleteLater(); app.processEvents()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [repr(c), repr(c)]


@pytest.mark.parametrize("garbage", ["banana", "-3", "1e999", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10PyObject)", ""])
def test_unusable_remembered_values_fall_back_and_say_so(qtbot, tmp_path, garbage):
    from gui.window import MainWindow

    path = tmp_path / "rnnsub.ini"
    path.write_text(f"[config]\nhidden={garbage}\nlr={garbage}\nseed=3000000000\n[General]\ngeometry={garbage}\n")
    w = MainWindow(QSettings(str(path), QSettings.IniFormat))
    qtbot.addWidget(w)
    c = w.controls.config()
    assert c.hidden == 16 and c.lr == 0.9 and c.seed == 3_000_000_000
    if garbage:
        notice = w.settings_notice.text()
        assert "Hidden units" in notice and "back to 16" in notice and "Learning rate" in notice and "back to 0.9" in notice
        assert "could not be used" in w.statusBar().currentMessage()
    w.close()


def test_the_progress_bar_follows_the_iterations_while_stopped(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(300)
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration > 10)
    w.session.stop()
    wait_status(qtbot, w, "stopped")
    stopped_at = w.session.iteration  # ~10 at 300 iterations a second; more on a busy machine
    n = stopped_at + 40
    w.controls.iterations.setValue(n)
    assert w.controls.progress.maximum() == n and w.controls.progress.format().endswith(f"/ {n:,} iterations")
    w.controls.iterations.setValue(5)  # below where it stopped: that run is over; the bar is full, not over-full
    assert w.controls.progress.value() == w.controls.progress.maximum() == stopped_at
    w.start()  # so Start trains a new run of 5, as after any finished run
    wait_status(qtbot, w, "finished")
    assert w.session.iteration == stopped_at + 5 and w.controls.progress.value() == w.controls.progress.maximum()


def test_the_first_window_fits_the_screen():
    from PySide6.QtCore import QSize

    from gui.window import fitting_size

    assert fitting_size(QSize(1920, 1080)) == QSize(1280, 800)
    small = fitting_size(QSize(1280, 800))
    assert small.height() < 800 and small.width() < 1280  # the title bar and the status bar stay on the screen
