"""The Inside tab's |h| per step (gui/inside.py, issue 10): the plotted values are the trace's max_j |h_t[j]|, on a
log axis, and the notebook cell's explosion is in them."""

import numpy as np
import pytest

from gui.inside import InsidePanel
from rnnsub.config import Config
from rnnsub.evaluate import trace
from rnnsub.train import Trainer


@pytest.fixture
def panel(qtbot):
    p = InsidePanel()
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def trained_trace(c: Config, a: int, b: int):
    t = Trainer(c)
    for _ in t.run():
        pass
    return trace(t.weights, c.cell, a, b, c.bits)


def test_the_notebook_cells_explosion_is_plotted_on_a_log_axis(panel):
    tr = trained_trace(Config(cell="notebook", bits=32, iterations=100), 123_456_789, 98_765)
    want = np.abs(tr.h[1:]).max(axis=1)  # (T,)  max_j |h_t[j]|
    assert want[7] > 1e45  # by step 8
    panel.show_trace(tr)
    np.testing.assert_array_equal(panel.size_curve.xData, np.arange(32))
    np.testing.assert_array_equal(panel.size_curve.yData, want)
    assert panel.size_plot.getAxis("left").logMode
    assert panel.size_plot.ctrl.logYCheck.isChecked()
    assert panel.size_caption.text() == f"The largest hidden unit reaches |h| = {want.max():.3g} (step 31)."


def test_a_sigmoid_state_stays_below_one(panel):
    tr = trained_trace(Config(iterations=300), 200, 57)
    panel.show_trace(tr)
    want = np.abs(tr.h[1:]).max(axis=1)
    np.testing.assert_array_equal(panel.size_curve.yData, want)
    assert (want <= 1).all()
    step = int(np.argmax(want))
    assert panel.size_caption.text() == f"The largest hidden unit reaches |h| = {want[step]:.3g} (step {step})."


def test_steps_that_are_not_a_number_are_left_out(panel):
    tr = trained_trace(Config(iterations=0), 5, 3)
    tr.h[3:, 0] = np.nan  # steps 2 … 7 (h[1:] index t = h[t + 1])
    panel.show_trace(tr)
    np.testing.assert_array_equal(panel.size_curve.xData, [0, 1])
    assert panel.size_caption.text().endswith(" 6 steps where it is 0, infinite or not a number are not drawn.")


def test_a_hidden_panel_draws_when_shown(qtbot, panel):
    tr = trained_trace(Config(iterations=0), 5, 3)
    panel.hide()
    panel.set_trace(tr)
    assert panel.size_curve.yData is None or len(panel.size_curve.yData) == 0
    panel.show()
    qtbot.waitExposed(panel)
    np.testing.assert_array_equal(panel.size_curve.yData, np.abs(tr.h[1:]).max(axis=1))
