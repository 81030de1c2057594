"""The Step by step tab (gui/through_time.py, issue 10 views 4 and 5): its numbers are rnnsub.bptt's, the step moves
with the slider, Next and Previous, the formula shows forward's values, and nothing is computed while it is hidden."""

import functools

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.through_time import ThroughTimePanel, _g
from rnnsub import bptt
from rnnsub.config import Config
from rnnsub.rnn import Weights, encode, forward
from rnnsub.train import Trainer


@functools.cache
def trained(cell: str, bits: int = 8) -> Weights:
    trainer = Trainer(Config(cell=cell, bits=bits, iterations=10_000 if bits == 8 else 2_000))
    for _ in trainer.run():
        pass
    return trainer.weights


def random_weights(H, scale=0.8, seed=4):
    rng = np.random.RandomState(seed)
    return Weights(rng.uniform(-scale, scale, (1, 2, H)), rng.uniform(-scale, scale, (1, H, H)),
                   rng.uniform(-scale, scale, (1, H, 1)))


@pytest.fixture
def panel(qtbot):
    p = ThroughTimePanel()
    qtbot.addWidget(p)
    p.resize(1000, 420)
    p.show()
    qtbot.waitExposed(p)
    return p


def heights(bars) -> np.ndarray:
    return np.asarray(bars.opts["height"], dtype=float)


def check_step(panel: ThroughTimePanel, tt: bptt.ThroughTime, t: int):
    """The step-dependent parts show step t of tt."""
    assert panel.step == t and panel.slider.value() == t
    np.testing.assert_array_equal(heights(panel.dh_bars), tt.dh[t - 1])
    np.testing.assert_array_equal(panel.dh_bars.opts["x"], np.arange(tt.H))
    for band in panel.bands:
        assert band.getRegion() == (t - 0.5, t + 0.5)
    if np.isfinite(tt.log10_norm[t - 1]):
        x, y = panel.norm_mark.getData()
        assert list(x) == [t] and list(y) == [tt.log10_norm[t - 1]]


@pytest.mark.parametrize("cell", ["elman", "notebook"])
@pytest.mark.parametrize("model", ["trained", "random"])
def test_the_views_numbers_are_the_engines(panel, cell, model):
    w = trained(cell) if model == "trained" else random_weights(6)
    panel.set_pair(w, cell, 200, 73, 8)
    tt = bptt.through_time(w, cell, 200, 73, 8)
    assert panel.computed == 1
    steps = np.arange(1, 9)
    np.testing.assert_array_equal(heights(panel.delta_bars), tt.delta)
    np.testing.assert_array_equal(panel.delta_bars.opts["x"], steps)
    finite = np.isfinite(tt.log10_norm)
    x, y = panel.norm_curve.getData()
    np.testing.assert_array_equal(x, steps[finite])
    np.testing.assert_array_equal(y, tt.log10_norm[finite])
    assert panel.norm_plot.getAxis("left").logMode  # log₁₀ values, ticks read as powers of 10
    for i, name in enumerate(bptt.MATRICES):
        np.testing.assert_array_equal(heights(panel.share_bars[name]), 100 * tt.shares[name])
        np.testing.assert_allclose(panel.share_bars[name].opts["x"], steps + (i - 1) * 0.28)
    check_step(panel, tt, 8)  # the backward pass starts at the last step
    for t in (5, 1):
        panel.set_step(t)
        check_step(panel, tt, t)


def test_slider_next_and_previous_move_the_step(qtbot, panel):
    w = random_weights(5)
    panel.set_pair(w, "elman", 200, 73, 8)
    tt = bptt.through_time(w, "elman", 200, 73, 8)
    assert panel.step == 8 and not panel.prev_button.isEnabled() and panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    check_step(panel, tt, 7)
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    check_step(panel, tt, 6)
    qtbot.mouseClick(panel.prev_button, Qt.LeftButton)
    check_step(panel, tt, 7)
    panel.slider.setValue(2)
    check_step(panel, tt, 2)
    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key_Left)
    check_step(panel, tt, 1)
    assert not panel.next_button.isEnabled() and panel.prev_button.isEnabled()
    qtbot.keyClick(panel.slider, Qt.Key_Left)  # no step 0
    check_step(panel, tt, 1)
    qtbot.keyClick(panel.slider, Qt.Key_End)
    check_step(panel, tt, 8)
    assert panel.step_label.text() == "200 − 73: t = 8 of 8 (bit 7)"
    for widget in (panel.prev_button, panel.next_button, panel.slider, panel.unit_spin):
        assert widget.focusPolicy() & Qt.TabFocus


@pytest.mark.parametrize("cell", ["elman", "notebook"])
def test_the_formula_shows_forwards_values_for_both_cells(panel, cell):
    w = trained(cell)
    panel.set_pair(w, cell, 200, 73, 8)
    x, _ = encode(np.array([[200]]), np.array([[73]]), 8)
    with np.errstate(over="ignore", invalid="ignore"):
        h = {c: forward(w, x, c)[0][:, 0, 0] for c in ("elman", "notebook")}  # each cell's own trajectory
    for t, u in ((8, panel.unit_spin.value()), (3, 0), (5, 15)):
        panel.set_step(t)
        panel.unit_spin.setValue(u)
        f = panel.formula_numbers
        assert (f.step, f.unit) == (t, u)
        text = panel.formula_label.text()
        for c in ("elman", "notebook"):
            n = f.cells[c]
            assert n.h == h[c][t, u]  # forward's, to the bit
            np.testing.assert_array_equal(n.h_prev, h[c][t - 1])
            for value in (n.xw, n.hw, n.s, n.h):
                assert _g(value) in text
        assert f"h<sub>{t}</sub>[{u}]" in text
        assert "σ(x·W0 <b>+ h·Wh</b>)" in text and "σ(x·W0) <b>+ h·Wh</b>" in text
    if cell == "notebook":  # the exploded state is shown in numbers, and said
        assert "no sigmoid bounds it" in text


def test_the_unit_starts_at_the_borrow_unit_and_stays_where_a_person_puts_it(panel):
    from rnnsub.analysis import borrow_units

    w = trained("elman")
    best = borrow_units(w, "elman", 8, "ordered").unit
    panel.set_pair(w, "elman", 200, 73, 8)
    assert panel.unit_spin.value() == best and panel.unit_spin.maximum() == 15
    assert panel.borrow_label.text().startswith("tracks the borrow best")
    other = (best + 1) % 16
    panel.unit_spin.setValue(other)
    panel._last_draw = -1e9  # not throttled
    panel.set_pair(w, "elman", 201, 73, 8)
    assert panel.data.a == 201 and panel.unit_spin.value() == other
    assert panel.borrow_label.text() == f"unit {best} tracks the borrow best (|r| = 0.99)"
    assert (panel.dh_bars.opts["brushes"][other].color().getRgb()[:3] == (200, 110, 0))


def test_nothing_is_computed_while_hidden_and_the_latest_pair_when_shown(qtbot):
    p = ThroughTimePanel()
    qtbot.addWidget(p)
    w = random_weights(4)
    for a in range(10, 20):
        p.set_pair(w, "elman", a, 3, 8)
    assert p.computed == 0 and p.data is None
    p.show()
    qtbot.waitExposed(p)
    assert p.computed == 1 and p.data.a == 19
    p.hide()
    p.set_pair(w, "elman", 50, 3, 8)
    assert p.computed == 1
    p.show()
    assert p.computed == 2 and p.data.a == 50


def test_at_most_about_five_times_a_second_and_the_last_pair_is_drawn(qtbot, panel):
    w = random_weights(4)
    for a in range(100, 140):
        panel.set_pair(w, "elman", a, 3, 8)
    assert panel.computed == 1
    qtbot.waitUntil(lambda: panel.data.a == 139, timeout=2000)
    assert panel.computed == 2


@pytest.mark.parametrize("bits", [8, 12])
def test_a_pair_at_8_and_12_bits(qtbot, panel, bits):
    w = trained("elman", bits)
    a, b = (2**bits - 1) - 6, 2 ** (bits - 1) + 3
    panel.set_pair(w, "elman", a, b, bits)
    tt = bptt.through_time(w, "elman", a, b, bits)
    assert panel.slider.maximum() == bits and panel.step == bits
    np.testing.assert_array_equal(heights(panel.delta_bars), tt.delta)
    check_step(panel, tt, bits)
    panel.set_step(1)
    check_step(panel, tt, 1)
    panel.set_pair(random_weights(3), "elman", 5, 3, 8)  # a new model of another size: back to the last step
    qtbot.waitUntil(lambda: panel.data.H == 3, timeout=2000)  # (drawn when the throttle allows)
    assert panel.slider.maximum() == 8 and panel.step == 8 and panel.unit_spin.maximum() == 2


def test_a_product_that_is_exactly_zero_is_not_drawn_and_is_said(panel):
    """W0 = 1000: σ(x W0 + ...) is exactly 1 at every step of 255 − 255, so h (1 − h) = 0 and every ∂h_T/∂h_t
    with t < T is exactly 0: no point on the log axis but the last, and the caption says why."""
    H = 3
    w = Weights(np.full((1, 2, H), 1000.0), np.zeros((1, H, H)), np.full((1, H, 1), 0.1))
    panel.set_pair(w, "elman", 255, 255, 8)
    x, y = panel.norm_curve.getData()
    assert list(x) == [8] and list(y) == [0.0]
    assert "is exactly 0 at steps 1–7" in panel.summary.text()


def test_the_notebook_cells_silence_is_said(panel):
    w = trained("notebook")
    panel.set_pair(w, "notebook", 200, 73, 8)
    text = panel.summary.text()
    assert "Every δh<sub>t</sub> is exactly 0" in text and "changes no weight" in text
    assert "shares W0 –, Wh –, W1 –." in text
    assert panel.data.log10_norm[0] > 30  # while the true Jacobian explodes
    assert not heights(panel.dh_bars).any()


def test_the_window_has_the_tab_after_inside_and_feeds_it_the_operands_pair(qtbot, window):
    tabs = window.tabs
    i = tabs.indexOf(window.steps)
    assert i == tabs.indexOf(window.inside) + 1
    assert tabs.tabText(i) == "Step by step" and tabs.tabToolTip(i).startswith("Backpropagation through time")
    assert tabs.tabToolTip(tabs.indexOf(window.weights_view)).startswith("W0, Wh and W1")  # the others' kept theirs
    assert window.steps.computed == 0  # hidden so far
    tabs.setCurrentWidget(window.steps)
    qtbot.waitUntil(lambda: window.steps.computed == 1)
    assert (window.steps.data.a, window.steps.data.b) == (window.operands.a, window.operands.b)
    window.operands.set_operands(77, 12)
    qtbot.waitUntil(lambda: window.steps.data.a == 77, timeout=2000)
    tt = bptt.through_time(window.session.weights, window.session.config.cell, 77, 12, window.session.config.bits)
    np.testing.assert_array_equal(window.steps.data.dh, tt.dh)
    np.testing.assert_array_equal(window.steps.data.log10_norm, tt.log10_norm)


def test_training_with_the_tab_hidden_computes_nothing(qtbot, window):
    window.controls.iterations.setValue(300)
    window.start()
    qtbot.waitUntil(lambda: window.session.status == "finished", timeout=30000)
    assert window.steps.computed == 0
    window.tabs.setCurrentWidget(window.steps)
    qtbot.waitUntil(lambda: window.steps.computed == 1)
    assert window.steps.weights is window.operands.weights


def test_a_pair_of_128_bits_as_the_operands_tab_can_show(panel):
    """The Operands tab runs the same weights on up to 128 bits (Python ints beyond int64)."""
    w = trained("elman")
    a, b = 2**128 - 5, 2**127 + 3
    panel.set_pair(w, "elman", a, b, 128)
    tt = bptt.through_time(w, "elman", a, b, 128)
    assert panel.slider.maximum() == 128 and panel.step == 128 and panel.data.a == a
    x, y = panel.norm_curve.getData()
    np.testing.assert_array_equal(y, tt.log10_norm[np.isfinite(tt.log10_norm)])
    assert tt.log10_norm[0] < -30  # ‖∂h_128/∂h_1‖: the gradient has vanished
    panel.set_step(64)
    check_step(panel, tt, 64)


def test_a_large_model_is_computed_off_the_gui_thread(qtbot):
    """512 units at 32 bits take about a second: set_pair returns at once, the numbers arrive later, equal to the
    engine's, and the event loop keeps turning meanwhile."""
    import time

    from gui.through_time import IN_THREAD, ThroughTimePanel
    from rnnsub.bptt import through_time
    from rnnsub.config import Config
    from rnnsub.train import Trainer

    w = Trainer(Config(bits=32, hidden=256)).weights
    assert 256**2 * 32 > IN_THREAD
    panel = ThroughTimePanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    start = time.perf_counter()
    panel.set_pair(w, "elman", 123456789, 98765, 32)
    assert time.perf_counter() - start < 0.1 and panel.data is None
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=30000)
    timer.stop()
    assert len(ticks) >= 3  # the loop ran while the pool thread computed
    expected = through_time(w, "elman", 123456789, 98765, 32)
    np.testing.assert_array_equal(panel.data.dh, expected.dh)
    panel.stop()


def test_the_unit_box_catches_up_with_the_borrow_unit_of_the_last_weights(qtbot):
    """While training, the borrow unit is looked for at most every BORROW_EVERY_S; the last weights of a run must
    still get theirs (under de_DE a finished run showed the untrained model's unit, |r| = 0.08)."""
    from gui.through_time import ThroughTimePanel
    from rnnsub.analysis import borrow_units
    from rnnsub.config import Config
    from rnnsub.train import Trainer

    untrained = Trainer(Config()).weights
    t = Trainer(Config(iterations=3000))
    for _ in t.run():
        pass
    panel = ThroughTimePanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_pair(untrained, "elman", 200, 73, 8)
    panel.set_pair(t.weights, "elman", 200, 73, 8)  # within BORROW_EVERY_S: its borrow unit is not looked for yet
    unit = borrow_units(t.weights, "elman", 8, "ordered", sample=200).unit
    qtbot.waitUntil(lambda: panel.borrow_unit == unit and panel.unit_spin.value() == unit, timeout=5000)
    panel.stop()
