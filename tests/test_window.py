"""The window, driven as a person would (pytest-qt, offscreen)."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.palette import RIGHT_BG, WRONG_BG
from gui.plot import ACC_COLOUR
from rnnsub.config import Config
from rnnsub.modelfile import load_model
from rnnsub.train import Trainer


def wait_status(qtbot, w, *statuses, timeout=20000):
    qtbot.waitUntil(lambda: w.session.status in statuses, timeout=timeout)


def test_start_pause_resume_finish(qtbot, window):
    w = window
    qtbot.mouseClick(w.controls.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.plot.series.n > 50, timeout=10000)
    qtbot.mouseClick(w.controls.pause_button, Qt.LeftButton)
    wait_status(qtbot, w, "paused")
    assert w.controls.pause_button.text() == "Resume"
    qtbot.wait(100)
    frozen = w.session.iteration
    qtbot.wait(300)
    assert w.session.iteration == frozen  # paused means paused
    assert not w.controls.hidden.isEnabled()  # structure is locked while running
    qtbot.mouseClick(w.controls.pause_button, Qt.LeftButton)
    wait_status(qtbot, w, "finished", timeout=60000)
    assert w.session.iteration == 10000
    assert w.session.evaluation[1].correct[0] == 32896 and w.session.evaluation[0] == 10000
    qtbot.waitUntil(lambda: w.plot.series.n == 10000, timeout=5000)
    assert w.plot.acc_y[-1] == 100.0
    assert w.controls.progress.value() == 10000
    assert "Finished" in w.controls.status.text()
    assert w.controls.hidden.isEnabled()


def test_space_starts_and_pauses(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**6)
    w.setFocus()
    qtbot.keyClick(w, Qt.Key_Space)
    wait_status(qtbot, w, "running")
    qtbot.waitUntil(lambda: w.session.iteration > 10)
    qtbot.keyClick(w, Qt.Key_Space)
    wait_status(qtbot, w, "paused")
    w.session.stop()
    wait_status(qtbot, w, "stopped")


def test_step(qtbot, window):
    w = window
    qtbot.mouseClick(w.controls.step_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.iteration == 1)
    qtbot.mouseClick(w.controls.step_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.iteration == 2)
    qtbot.wait(200)
    assert w.session.iteration == 2 and w.session.status == "paused"
    qtbot.waitUntil(lambda: w.plot.series.n == 2)
    # the same two iterations done by the engine alone
    ref = Trainer(Config())
    ref.step()
    ref.step()
    np.testing.assert_array_equal(ref.weights.Wh, w.session.weights.Wh)


def test_stop_then_start_continues(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(100)
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration >= 5)
    t0 = time.monotonic()
    qtbot.mouseClick(w.controls.stop_button, Qt.LeftButton)
    wait_status(qtbot, w, "stopped")
    assert time.monotonic() - t0 < 0.5
    stopped_at = w.session.iteration
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration > stopped_at + 3)
    w.session.stop()
    wait_status(qtbot, w, "stopped")


def test_reset_gives_fresh_weights_from_the_seed(qtbot, window):
    w = window
    w.controls.iterations.setValue(300)
    w.start()
    wait_status(qtbot, w, "finished")
    w.controls.seed.setValue(5)
    assert "apply on Reset" in w.controls.hint.text()
    qtbot.mouseClick(w.controls.reset_button, Qt.LeftButton)
    assert w.session.iteration == 0 and w.plot.series.n == 0 and w.controls.hint.text() == ""
    fresh = Trainer(Config(seed=5))
    np.testing.assert_array_equal(fresh.weights.Wh, w.session.weights.Wh)


def test_untrained_settings_apply_at_once(qtbot, window):
    window.controls.hidden.setValue(8)
    assert window.session.config.hidden == 8 and window.session.weights.Wh.shape == (1, 8, 8)


def test_learning_rate_changed_mid_run(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(300)
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration > 5)
    w.controls.lr.setValue(0.25)
    qtbot.waitUntil(lambda: w.session.reported_lr == 0.25)
    w.session.stop()
    wait_status(qtbot, w, "stopped")


def test_operands_valid_and_invalid(qtbot, window):
    ops = window.operands
    ops.a_edit.setText("0xc8")
    ops.b_edit.setText("0b1001001")
    assert (ops.current.a, ops.current.b) == (200, 73)
    assert "127" in ops.verdict.text() or "says" in ops.verdict.text()
    for text, words in [("", "empty"), ("-5", "negative"), ("300", "does not fit in 8 bits"), ("2.5", "not a whole"),
                        ("abc", "not a number")]:
        ops.b_edit.setText(text)
        assert ops.b_edit.property("invalid") is True
        assert words in ops.message.text() and "last valid pair" in ops.message.text()
        assert (ops.current.a, ops.current.b) == (200, 73)  # the last valid answer stays
    ops.b_edit.setText("73")
    assert ops.b_edit.property("invalid") is False and ops.message.text() == ""


def test_wrong_cells_are_coloured_wrong(qtbot, window):
    ops = window.operands  # an untrained network gets most bits wrong
    ops.set_operands(200, 73)
    cells = [ops._cells[("net", i)] for i in range(8)]
    wrong = [c for c in cells if c.property("right") is False]
    right = [c for c in cells if c.property("right") is True]
    assert wrong and all(WRONG_BG in c.styleSheet() for c in wrong)  # gui.palette: colour-blind safe
    assert all(RIGHT_BG in c.styleSheet() for c in right)
    assert "Wrong" in ops.verdict.text()
    ops.show_wrong()
    qtbot.waitUntil(lambda: not ops.searching())
    assert not ops.current.right and "gets wrong" in ops.message.text()


def test_save_and_open_through_the_menus(qtbot, window, tmp_path, monkeypatch):
    w = window
    w.controls.iterations.setValue(200)
    w.start()
    wait_status(qtbot, w, "finished")
    path = tmp_path / "m.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    w.save_model()
    weights, meta = load_model(path)
    assert meta["iterations"] == 200
    np.testing.assert_array_equal(weights.Wh, w.session.weights.Wh)

    w.reset()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    w.open_model()
    assert w.session.iteration == 200
    np.testing.assert_array_equal(weights.Wh, w.session.weights.Wh)


def test_bad_model_file_is_a_sentence_and_nothing_changes(qtbot, window, tmp_path, monkeypatch):
    w = window
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = w.session.weights.Wh.copy()
    w.open_model()
    assert len(warnings) == 1 and "bad.npz is not an rnnsub model" in warnings[0] and "\n" not in warnings[0]
    np.testing.assert_array_equal(before, w.session.weights.Wh)


def test_failed_save_keeps_the_previous_file(qtbot, window, tmp_path, monkeypatch):
    w = window
    path = tmp_path / "m.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    w.save_model()
    before = path.read_bytes()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    monkeypatch.setattr(np, "savez", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    w.save_model()
    assert len(warnings) == 1 and "No space left on device" in warnings[0]
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["m.npz"]


def test_export_csv_and_png(qtbot, window, tmp_path, monkeypatch):
    w = window
    w.controls.iterations.setValue(500)
    w.start()
    wait_status(qtbot, w, "finished")
    qtbot.waitUntil(lambda: w.plot.series.n == 500)
    csv, png = tmp_path / "c.csv", tmp_path / "p.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
    w.export_csv()
    lines = csv.read_text().splitlines()
    assert lines[0] == "iteration,error,moving_average,accuracy_percent" and len(lines) == 501
    assert lines[1].startswith("1,") and lines[-1].startswith("500,")
    assert any(line.split(",")[3] for line in lines[1:])  # accuracy measured somewhere
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    w.export_png()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_draws_the_curve(qtbot, window):
    w = window
    w.controls.iterations.setValue(3000)
    w.start()
    wait_status(qtbot, w, "finished")
    qtbot.waitUntil(lambda: w.plot.series.n == 3000)
    w.plot.redraw()
    image = w.plot.grab().toImage()
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    px = arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    bgr = px[..., :3].astype(int)
    avg_colour = (np.abs(bgr[..., 2] - 20) < 25) & (np.abs(bgr[..., 1] - 50) < 25) & (np.abs(bgr[..., 0] - 150) < 25)
    r, g, b = ACC_COLOUR
    acc_colour = (np.abs(bgr[..., 2] - r) < 25) & (np.abs(bgr[..., 1] - g) < 25) & (np.abs(bgr[..., 0] - b) < 25)
    assert avg_colour.sum() > 300, avg_colour.sum()  # the bold moving average
    assert acc_colour.sum() > 50, acc_colour.sum()  # the accuracy line


def test_close_while_training_joins_the_thread(qtbot, settings):
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.controls.iterations.setValue(10**7)
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration > 100)
    thread = w.session.run.thread
    t0 = time.monotonic()
    w.close()
    assert time.monotonic() - t0 < 1.0
    assert thread.isFinished() and not w.session.running


def test_fifty_rapid_start_stop_clicks(qtbot, window):
    w = window
    w.controls.iterations.setValue(10**7)
    for i in range(50):
        qtbot.mouseClick(w.controls.start_button, Qt.LeftButton)
        if w.controls.stop_button.isEnabled():
            qtbot.mouseClick(w.controls.stop_button, Qt.LeftButton)
        if i % 10 == 0:
            qtbot.wait(5)
    w.session.stop()
    qtbot.waitUntil(lambda: not w.session.running, timeout=3000)
    wait_status(qtbot, w, "stopped")
    # and it still trains normally afterwards
    before = w.session.iteration
    w.start()
    qtbot.waitUntil(lambda: w.session.iteration > before + 100)
    w.session.stop()
    wait_status(qtbot, w, "stopped")


def test_diverging_run_keeps_the_window_usable(qtbot, window):
    w = window
    w.controls.cell.setCurrentIndex(w.controls.cell.findData("notebook"))
    w.controls.bits.setValue(32)
    w.start()
    wait_status(qtbot, w, "diverged")
    assert "Diverged at iteration 12" in w.controls.status.text()
    for name in ("W0", "Wh", "W1"):
        assert np.isfinite(getattr(w.session.weights, name)).all()
    w.operands.set_operands(5, 3)
    assert w.operands.current.a == 5
    w.reset()
    assert w.session.status == "idle" and w.session.iteration == 0


def test_settings_are_remembered(qtbot, settings, tmp_path):
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.controls.hidden.setValue(24)
    w.controls.lr.setValue(0.5)
    w.controls.set_rate(10)
    w.plot.log.setChecked(True)
    w.operands.set_operands(99, 12)
    w.close()
    fresh = QSettings(str(tmp_path / "rnnsub.ini"), QSettings.IniFormat)  # as a new process reads it
    w2 = MainWindow(fresh)
    qtbot.addWidget(w2)
    assert w2.controls.config().hidden == 24 and w2.controls.config().lr == 0.5
    assert w2.controls.rate() == 10 and w2.plot.log.isChecked()
    assert (w2.operands.a, w2.operands.b) == (99, 12)
    assert w2.session.config.hidden == 24
    w2.close()


@pytest.mark.parametrize("garbage", ["banana", "-3", "1e999"])
def test_corrupt_settings_fall_back_to_defaults(qtbot, tmp_path, garbage):
    from gui.window import MainWindow

    s = QSettings(str(tmp_path / "rnnsub.ini"), QSettings.IniFormat)
    s.setValue("config/hidden", garbage)
    s.setValue("config/lr", garbage)
    s.setValue("log_scale", garbage)
    w = MainWindow(s)
    qtbot.addWidget(w)
    assert w.controls.config().hidden == 16
    w.close()


def test_no_speed_is_shown_when_nothing_trains(qtbot, window):
    c = window.controls
    c.show_progress(500, 1000, 2500.0, 1)
    assert c.rate_label.text().startswith("2,500 samples/s")
    c.show_progress(1000, 1000, 0, 1)  # a finished run
    assert c.rate_label.text() == ""
