"""Bad input in the window (issue 8): remembered settings, keys wherever the focus is, files, no display."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from rnnsub.config import Config

ROOT = Path(__file__).resolve().parents[1]

OPEN_WINDOW = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
               "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
               "from PySide6.QtCore import QSettings\n"
               "from gui.window import MainWindow\n"
               "w = MainWindow(QSettings(sys.argv[1], QSettings.IniFormat))\n"
               "w.show(); app.processEvents()\n"
               "print(repr(w.controls.config())); print((w.settings_notice.text() if w.settings_notice else '')"
               ".replace(chr(10), ' ')); w.close()\n"
               "w.deleteLater(); app.processEvents()\n")


def open_in_new_process(ini: Path, *extra_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *map(str, extra_path)])}
    return subprocess.run([sys.executable, "-c", OPEN_WINDOW, str(ini)], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, env=env)


@pytest.mark.parametrize("geometry", ["", "garbage", "1", "@ByteArray(\\x1\\xd9)", "@Variant(\\0\\0\\0\\x7f)"])
def test_any_remembered_geometry_opens_the_window(tmp_path, geometry):
    ini = tmp_path / "rnnsub.ini"
    ini.write_text(f"[General]\ngeometry={geometry}\nlog_scale=maybe\noperand_a=1e9\n[config]\nseed=3000000000\n")
    out = open_in_new_process(ini)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == repr(Config(seed=3_000_000_000))


def test_a_pickled_value_whose_module_is_gone(tmp_path):
    """PySide stores a Python object as a pickled @Variant; when its module is gone, QSettings.value() raises."""
    module = tmp_path / "mod"
    module.mkdir()
    (module / "gone_module.py").write_text("class Thing:\n    pass\n")
    ini = tmp_path / "rnnsub.ini"
    write = ("import sys; from PySide6.QtCore import QSettings; import gone_module\n"
             "s = QSettings(sys.argv[1], QSettings.IniFormat)\n"
             "s.setValue('config/hidden', gone_module.Thing()); s.setValue('geometry', gone_module.Thing())\n"
             "s.setValue('language', gone_module.Thing()); s.sync()\n")
    subprocess.run([sys.executable, "-c", write, str(ini)], check=True, cwd=tmp_path,
                   env={**os.environ, "PYTHONPATH": str(module)}, timeout=60)
    assert "PyObjectWrapper" in ini.read_text() or "@Variant" in ini.read_text()
    out = open_in_new_process(ini)  # without the module
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == repr(Config()) and "Hidden units" in lines[1] and "back to 16" in lines[1]


def test_restore_defaults(qtbot, window):
    w = window
    w.controls.set_config(Config(hidden=5, lr=0.01, seed=9))
    w.controls.set_rate(10)
    w.settings.setValue("config/hidden", "5")
    w.restore_defaults()
    assert w.controls.config() == Config() and w.controls.rate() is None
    assert not w.settings.contains("config/hidden")
    assert w.session.config == Config()  # untrained: the defaults apply at once


def test_space_pauses_after_space_started_wherever_the_focus_lands(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(300)
    w.controls.cell.setFocus()
    qtbot.keyClick(w.controls.cell, Qt.Key_Space)
    qtbot.waitUntil(lambda: w.session.status == "running")
    focus = QApplication.focusWidget()
    assert focus is not None and not isinstance(focus, QLineEdit) and not focus.inherits("QAbstractSpinBox")
    qtbot.keyClick(focus, Qt.Key_Space)
    qtbot.waitUntil(lambda: w.session.status == "paused")
    w.controls.lr.setFocus()  # a number field: Space is no text there
    before = w.controls.lr.value()
    qtbot.keyClick(w.controls.lr.lineEdit(), Qt.Key_Space)
    qtbot.waitUntil(lambda: w.session.status == "running")
    qtbot.keyClick(w.controls.lr.lineEdit(), Qt.Key_Space)
    qtbot.waitUntil(lambda: w.session.status == "paused")
    n = w.session.iteration
    qtbot.keyClick(w.controls.lr.lineEdit(), Qt.Key_Right, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.session.iteration == n + 1)
    assert w.controls.lr.value() == before and w.controls.lr.text() == "0.9"
    qtbot.keyClick(w.controls.lr.lineEdit(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: w.session.status == "stopped")


def test_space_in_an_operand_is_text(qtbot, window):
    w = window
    w.operands.a_edit.setFocus()
    w.operands.a_edit.setText("20")
    w.operands.a_edit.setCursorPosition(2)
    qtbot.keyClick(w.operands.a_edit, Qt.Key_Space)
    assert w.operands.a_edit.text() == "20 " and w.session.status == "idle"


def test_full_width_digits_are_digits(qtbot, window):
    ops = window.operands
    ops.a_edit.setFocus()
    ops.a_edit.selectAll()
    event = QInputMethodEvent()
    event.setCommitString("２００")  # what a Chinese input method commits
    QApplication.sendEvent(ops.a_edit, event)
    assert ops.a == 200 and ops.message.text() == ""
    hidden = window.controls.hidden
    hidden.setFocus()
    hidden.lineEdit().selectAll()
    event = QInputMethodEvent()
    event.setCommitString("２４")
    QApplication.sendEvent(hidden.lineEdit(), event)
    qtbot.keyClick(hidden, Qt.Key_Return)
    assert hidden.value() == 24


def test_saved_files_get_their_extension_and_the_usual_permissions(qtbot, window, tmp_path, monkeypatch):
    w = window
    old = os.umask(0o022)
    try:
        for method, name, suffix in ((w.save_model, "my8bit", ".npz"), (w.export_csv, "curves", ".csv"),
                                     (w.export_png, "plot", ".png")):
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
            method()
            path = tmp_path / (name + suffix)
            assert path.exists() and not (tmp_path / name).exists(), name
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, oct(path.stat().st_mode)
    finally:
        os.umask(old)


def test_no_display_is_one_sentence_and_exit_2():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, env=env)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and "needs a display" in out.stderr


def test_numbers_read_as_the_locale_writes_them(qtbot):
    from PySide6.QtCore import QLocale

    from gui.controls import ControlsPanel

    QLocale.setDefault(QLocale("de_DE"))
    try:
        c = ControlsPanel()
        qtbot.addWidget(c)
        c.show_progress(5000, 10000, 1234.5, 1)
        c.lr.setValue(0.5)
        assert c.progress.format() == "5.000 / 10.000 iterations" and c.iterations.text() == "10.000"
        assert c.rate_label.text().startswith("1.235 samples/s") and c.lr.text() == "0,5"
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("locale,text,rates", [("de_DE", "1,5", [1.5]), ("de_DE", "1,5; 0,9", [1.5, 0.9]),
                                              ("de_DE", "0.5 2", [0.5, 2.0]), ("en_US", "1,5", [1.0, 5.0]),
                                              ("en_US", "0.1, 0.5;0.9", [0.1, 0.5, 0.9])])
def test_sweep_rates_mean_what_the_locale_writes(qtbot, window, locale, text, rates):
    from PySide6.QtCore import QLocale

    window.open_sweep()
    d = window.sweep_dialog
    QLocale.setDefault(QLocale(locale))
    try:
        d.lrs.setText(text)
        d.seeds.setText("0")
        assert sorted({m.lr for m in d.plan().models}) == sorted(rates)
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("text", ["0.5,,2", "0.5,", "0.5;;2"])
def test_an_empty_list_item_is_refused_not_dropped(qtbot, window, text):
    window.open_sweep()
    d = window.sweep_dialog
    d.lrs.setText(text)
    d.start()
    assert "missing" in d.message.text() and not d.running()


def test_in_the_c_locale_the_progress_groups_digits_like_the_spin_box(qtbot):
    from PySide6.QtCore import QLocale

    from gui.controls import ControlsPanel

    QLocale.setDefault(QLocale.c())
    try:
        c = ControlsPanel()
        qtbot.addWidget(c)
        c.show_progress(5000, 10000, 0, 1)
        assert c.progress.format() == "5,000 / 10,000 iterations" and c.iterations.text() == "10,000"
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_stop_and_reset_never_wait_for_a_long_iteration(qtbot, window):
    """32 bits, 512 hidden units, batch 256: one iteration takes about a second. Esc and Reset return at once."""
    import time

    w = window
    w.controls.set_config(Config(bits=32, hidden=512, batch=256))
    w.reset()
    w.start()
    qtbot.wait(300)  # well inside the first iteration
    t0 = time.perf_counter()
    w.session.stop()
    assert time.perf_counter() - t0 < 0.05 and w.session.status == "stopping"
    assert w.controls.status.text() == "Stopping after this iteration…"
    w.start()  # asked for while the run is still stopping: it starts once that run has ended
    qtbot.waitUntil(lambda: w.session.status == "running", timeout=20000)
    assert w.session._retiring == []
    t0 = time.perf_counter()
    w.reset()
    assert time.perf_counter() - t0 < 0.2 and w.session.status == "idle" and w.session.iteration == 0
    qtbot.waitUntil(lambda: not w.session._retiring, timeout=20000)  # the old run ended on its own


def test_a_number_box_that_allows_negatives_takes_them_and_steps_through_zero(qtbot):
    """The Knock out tab's weight and held-value boxes (-1000 to 1000): '-5' was read as 5 and the arrows jumped to
    ±1000 from zero or below (a tester's finding)."""
    from PySide6.QtCore import Qt

    from gui.fields import FloatSpinBox

    box = FloatSpinBox()
    qtbot.addWidget(box)
    box.setRange(-1000, 1000)
    box.setValue(0.0)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "-5")
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
    assert box.value() == -5.0
    box.setValue(-4.5)
    box.stepBy(1)
    assert box.value() == -3.5
    box.setValue(0.0)
    box.stepBy(-1)
    assert box.value() == -1.0
    box.stepBy(1)
    assert box.value() == -0.9  # towards zero by the next smaller unit, as 1 → 0.9
    box.setValue(0.0)
    box.stepBy(1)
    assert box.value() == 1.0
    assert box._parse("\u22122.5") == -2.5  # the typographic minus
    lr = FloatSpinBox()
    qtbot.addWidget(lr)
    lr.setRange(1e-6, 1000)
    lr.setValue(0.9)
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "-1")
    qtbot.keyClick(lr.lineEdit(), Qt.Key_Return)
    assert lr.value() == 0.9  # below its least value: the box keeps what it had
