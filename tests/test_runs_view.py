"""The Runs tab (issue 11, parts 1, 2 and 5 in the window): every run kept, overlaid on request with its colour and
name, run again from the same start, saved as an experiment that replays to the bit."""

import io

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QFileDialog

from rnnsub.cli import main as cli_main
from rnnsub.experiment import load_experiment
from rnnsub.history import labels


def wait_status(qtbot, w, *statuses, timeout=30000):
    qtbot.waitUntil(lambda: w.session.status in statuses, timeout=timeout)


@pytest.fixture
def two_runs(qtbot, window):
    """A default run of 2,500 iterations whose learning rate changes mid-run, then the same start with lr 5."""
    w = window
    w.controls.iterations.setValue(2500)
    w.session.step()  # one iteration, paused
    wait_status(qtbot, w, "paused")
    w.controls.lr.setValue(0.7)  # mid-run: recorded at the iteration it applies from
    w.controls.lr.changed.emit(0.7)
    w.start()
    wait_status(qtbot, w, "finished")
    first = w.session.current
    w.run_again(first, {"lr": 5.0})
    wait_status(qtbot, w, "finished")
    return w, first, w.session.current


def test_every_run_is_kept_and_run_again_starts_from_the_same_weights(two_runs):
    w, first, second = two_runs
    assert list(w.session.history) == [first, second] and w.runs.table.rowCount() == 2
    assert first.lr_changes[:2] == [(0, 0.9), (1, 0.7)] and second.config.lr == 5.0
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(getattr(first.start, name), getattr(second.start, name))
    assert first.iteration == second.iteration == 2500 and first.curve.n == second.curve.n == 2500
    assert labels([first, second]) == ["lr 0.9", "lr 5"]
    assert "lr 5" in w.runs.table.item(1, 1).text() and "(current)" in w.runs.table.item(1, 1).text()
    assert w.runs.table.item(0, 2).text() == "2,500"


def test_a_ticked_run_is_drawn_in_its_colour_and_named_when_hovered(qtbot, two_runs):
    w, first, _ = two_runs
    seen = []
    w.runs.overlays_changed.connect(seen.append)
    item = w.runs.table.item(0, 0)
    rect = w.runs.table.visualItemRect(item)
    w.tabs.setCurrentWidget(w.runs)
    qtbot.mouseClick(w.runs.table.viewport(), Qt.LeftButton, pos=rect.center())
    if item.checkState() != Qt.Checked:  # the click selected the row; the check box sits at the cell's left
        qtbot.mouseClick(w.runs.table.viewport(), Qt.LeftButton, pos=rect.topLeft() + QPointF(10, rect.height() / 2).toPoint())
    qtbot.waitUntil(lambda: bool(seen) and len(seen[-1]) == 1, timeout=3000)
    name, rgb, run = seen[-1][0]
    assert run is first and name == "1. lr 0.9"
    label, err, acc = w.plot._overlays[0]
    x, y = err.getData()
    np.testing.assert_array_equal(y, first.curve.smoothed(100)[1])
    assert err.opts["pen"].color().getRgb()[:3] == rgb
    assert list(acc.getData()[1]) == [100 * a for _, a in first.accuracy]
    # the pointer on that curve: the readout names the run
    vb = w.plot.err_plot.vb
    i = len(x) // 2
    pos = vb.mapViewToScene(QPointF(x[i], y[i]))
    w.plot._hover([pos])
    assert w.plot.readout.text().startswith("1. lr 0.9")
    # unticked: gone
    w.runs.set_shown(first, False)
    assert w.plot._overlays == []


def test_the_session_saves_an_experiment_that_replays_identically(qtbot, two_runs, tmp_path, monkeypatch):
    w, first, second = two_runs
    path = tmp_path / "session.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    w.save_experiment()
    assert path.exists() and "Saved 2 runs" in w.statusBar().currentMessage()
    out = io.StringIO()
    assert cli_main(["replay", str(path)], out=out) == 0, out.getvalue()
    assert out.getvalue().count(": identical") == 2
    runs, _ = load_experiment(path)
    assert [r.lr_changes for r in runs] == [first.lr_changes, second.lr_changes]
    # and it opens again: its runs join the history and are drawn over the current one
    assert w.open_experiment(str(path))
    assert len(w.session.history) == 4 and len(w.plot._overlays) == 2


def test_a_bad_experiment_file_is_one_sentence(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.npz"
    bad.write_text("not an experiment")
    said = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert not window.open_experiment(str(bad))
    assert len(said) == 1 and "bad.npz is not an rnnsub experiment" in said[0] and "\n" not in said[0]
    assert len(window.session.history) == 1


def test_settings_edits_add_no_empty_runs(qtbot, window):
    """A model that never trained is no run: changing the seed 55 times (each a new untrained model) keeps one run,
    and the trained runs stay (a tester's history filled with 0-iteration rows that pushed the real ones out)."""
    w = window
    w.controls.iterations.setValue(300)
    w.start()
    wait_status(qtbot, w, "finished")
    trained = w.session.current
    for seed in range(1, 56):
        w.controls.seed.setValue(seed)
        w.reset()
    assert list(w.session.history)[0] is trained and len(w.session.history) == 2
    assert w.runs.table.rowCount() == 2 and w.session.current.config.seed == 55


def test_overlaid_runs_stay_inside_the_error_axis(qtbot, two_runs):
    """After a Reset the new run's errors start small; an overlaid run's curve (about 4 until it learns) was cut off."""
    w, first, _ = two_runs
    w.runs.set_shown(first, True)
    w.reset()
    qtbot.waitUntil(lambda: bool(w.plot._overlays), timeout=3000)
    top = max(float(np.nanmax(e.getData()[1])) for _, e, _ in w.plot._overlays)
    assert top > 3 and w.plot.err_plot.vb.viewRange()[1][1] >= top
