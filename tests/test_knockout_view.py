"""The Knock out tab (issue 11, part 3): its numbers are the engine's, its changes reach every view, undo gives back
the model exactly, and training undoes them."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from rnnsub.analysis import borrow_units, hold, importance
from rnnsub.cli import main as cli_main
from rnnsub.config import Config
from rnnsub.evaluate import evaluate, trace
from rnnsub.modelfile import config_of, load_model


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    path = tmp_path_factory.mktemp("ko") / "m.npz"
    assert cli_main(["train", "--log-every", "100000", "--save", str(path)]) == 0
    weights, meta = load_model(path)
    return path, weights, config_of(meta)


def shown(qtbot, w):
    w.tabs.setCurrentWidget(w.knockout)
    qtbot.waitUntil(lambda: w.knockout.importance is not None and not w.knockout.busy(), timeout=20000)
    return w.knockout


def test_importance_bars_are_the_engines_and_a_click_knocks_a_unit_out(qtbot, window, model):
    path, weights, c = model
    assert window.open_path(str(path))
    k = shown(qtbot, window)
    expected = importance(weights, c.cell, c.bits, c.pairs)
    np.testing.assert_array_equal(k.importance, expected)
    np.testing.assert_array_equal(k.bars.opts["height"], 100 * expected)
    unit = borrow_units(weights, c.cell, c.bits, c.pairs).unit
    seen, traces = [], []
    k.changed.connect(seen.append)
    window.operands.trace_changed.connect(traces.append)
    vb = k.plot.getPlotItem().vb
    # a real click on the borrow unit's bar, half-way up
    pos = k.plot.mapFromScene(vb.mapViewToScene(QPointF(unit, 10)))
    qtbot.mouseClick(k.plot.viewport(), Qt.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert k.held() == {unit: 0.0}
    qtbot.waitUntil(lambda: k.accuracy is not None and not k.busy(), timeout=20000)
    knocked = evaluate(hold(weights, {unit: 0.0}), c.cell, c.bits, c.pairs)
    assert k.accuracy[1].correct[0] == knocked.correct[0] < knocked.total
    assert f"{knocked.correct[0]:,}" in k.result.text() and "100" in k.result.text()
    # the bars stay the trained network's; a dashed line says where the changed network stands
    np.testing.assert_array_equal(k.importance, expected)
    assert k.now_line.isVisible() and k.now_line.value() == pytest.approx(100 * knocked.accuracy[0])
    # every other view shows the changed model: the operands' trace holds the unit at 0
    window.operands.flush()
    t = traces[-1]
    assert (t.h[:, unit] == 0).all()
    assert t.pred.tolist() == trace(hold(weights, {unit: 0.0}), c.cell, t.a, t.b, c.bits).pred.tolist()


def test_undo_gives_back_the_model_exactly(qtbot, window, model):
    path, weights, c = model
    assert window.open_path(str(path))
    k = shown(qtbot, window)
    before = window.session.weights.copy()
    k.hold_unit(3, 0.5)
    k.set_weight("Wh", 1, 2, 7.5)
    assert k.current.Wh[0, 1, 2] == 7.5 and k.current.clamp.value[0, 3] == 0.5
    assert window.session.weights.Wh[0, 1, 2] == before.Wh[0, 1, 2]  # the model itself is never touched
    k.undo()
    assert k.current.clamp is not None and k.current.Wh[0, 1, 2] == before.Wh[0, 1, 2]
    seen = []
    k.changed.connect(seen.append)
    qtbot.mouseClick(k.undo_all_button, Qt.LeftButton)
    assert seen == [None] and k.current is None and not k.undo_button.isEnabled()
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(getattr(window.operands.weights, name), getattr(before, name))
    qtbot.waitUntil(lambda: k.accuracy is not None and not k.busy(), timeout=20000)
    assert k.accuracy[1].correct[0] == k.accuracy[1].total  # 100 % again


def test_training_undoes_the_changes_and_locks_the_tab(qtbot, window, model):
    path, weights, c = model
    assert window.open_path(str(path))
    k = shown(qtbot, window)
    k.hold_unit(1, 0.0)
    window.controls.iterations.setValue(2000)
    window.start()
    qtbot.waitUntil(lambda: k.locked, timeout=5000)
    assert k.changes == [] and not k.hold_button.isEnabled()
    assert "pause" in k.result.text().lower()
    window.session.stop()
    qtbot.waitUntil(lambda: not window.session.running, timeout=20000)
    qtbot.waitUntil(lambda: not k.locked and k.hold_button.isEnabled(), timeout=5000)


def test_a_unit_the_model_does_not_have_changes_nothing(qtbot, window):
    k = window.knockout
    k.set_model(window.session.weights, "elman", 8, "ordered")
    k.hold_unit(99, 0.0)
    assert k.changes == [] and k.current is None
    assert "99" in k.result.text() and "0 to 15" in k.result.text()
    assert Config().hidden == 16


def test_importance_of_a_large_model_is_sampled_and_said_as_it_goes(qtbot):
    """128 units: 128 knock-outs of every pair would take minutes; a fixed sample stands in, and the panel says
    how far it is (a tester waited minutes at 512 units with nothing said)."""
    from gui.knockout import KnockoutPanel
    from rnnsub.analysis import importance_sample
    from rnnsub.train import Trainer

    assert importance_sample(16, 8) is None and importance_sample(512, 32) == 64
    w = Trainer(Config(hidden=128)).weights
    n = importance_sample(128, 8)
    expected = importance(w, "elman", 8, "ordered", sample=n)
    np.testing.assert_array_equal(importance(w, "elman", 8, "ordered", sample=n, units=[3, 77]), expected[[3, 77]])
    panel = KnockoutPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    said = []
    panel._done.connect(lambda serial, what, result: said.append(what))
    panel.set_model(w, "elman", 8, "ordered")
    qtbot.waitUntil(lambda: panel.importance is not None, timeout=60000)
    assert "progress" in said and panel.importance_sample == n
    np.testing.assert_array_equal(panel.importance, expected)
    assert f"estimated from {n} pairs" in panel.plot.getPlotItem().titleLabel.text
    panel.stop_all()
