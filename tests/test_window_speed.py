"""The window keeps up with the engine (issue 9): costly views are drawn at the rate the eye needs, hidden ones
not at all, and every view still ends on the latest figures. The accuracy plot draws only what was measured,
and a quick estimate differently from a full evaluation."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from gui.plot import ACC_COLOUR
from rnnsub.config import Config
from rnnsub.evaluate import Evaluation, trace
from rnnsub.train import Progress


def evaluation(correct: int, total: int, estimate: bool, bits: int = 8) -> Evaluation:
    return Evaluation(bits=bits, pairs="ordered", exhaustive=not estimate, total=total, correct=np.array([correct]),
                      bit_accuracy=np.zeros((1, bits)), chain_total=np.zeros(bits + 1, dtype=int),
                      chain_correct=np.zeros((1, bits + 1), dtype=int), estimate=estimate)


def report(iteration: int, ev: Evaluation | None, status: str = "running", weights=None) -> Progress:
    return Progress(status, iteration, 10_000, np.full((1, 1), 0.5), iteration, None, np.array([-1]), 1000.0,
                    np.array([0.9]), ev, weights)


def finish(qtbot, w, timeout=30000):
    qtbot.waitUntil(lambda: w.session.status == "finished", timeout=timeout)


def accuracy_pixels(widget) -> np.ndarray:
    """(rows, columns) of the accuracy colour, gui.plot.ACC_COLOUR."""
    image = widget.grab().toImage()
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    bgr = arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].astype(int)
    r, g, b = ACC_COLOUR
    return (np.abs(bgr[..., 2] - r) < 30) & (np.abs(bgr[..., 1] - g) < 30) & (np.abs(bgr[..., 0] - b) < 30)


def test_accuracy_points_are_not_joined(plot):
    """Two evaluations far apart: two markers, and nothing drawn between them (no line that was not measured)."""
    plot.set_target(1000)
    plot.add_evaluation(100, evaluation(10, 100, estimate=False))
    plot.add_evaluation(900, evaluation(90, 100, estimate=False))
    plot.redraw()
    assert plot.acc.opts["pen"] is None
    mask = accuracy_pixels(plot.view)
    vb = plot.acc_plot.vb
    left, right = (int(vb.mapViewToScene(QPointF(it, 50)).x()) for it in (100, 900))
    columns = mask.any(axis=0)
    assert columns[left - 3:left + 4].any() and columns[right - 3:right + 4].any()
    assert not columns[left + 20:right - 20].any()  # between the markers: nothing


def test_an_estimate_is_drawn_hollow_with_its_interval_and_replaced_by_the_full_figure(plot):
    plot.set_target(1000)
    est = evaluation(150, 200, estimate=True)
    low, high = est.interval(0)
    assert 0 < low < 0.75 < high < 1
    plot.add_evaluation(400, est)
    plot.redraw()
    x, y = plot.est.getData()
    assert list(x) == [400] and y[0] == pytest.approx(75.0)
    assert plot.est.opts["symbolBrush"] != plot.acc.opts["symbolBrush"]  # hollow (white), not the filled green
    assert plot.est_bars.opts["top"][0] == pytest.approx(100 * high - 75.0)
    assert plot.est_bars.opts["bottom"][0] == pytest.approx(75.0 - 100 * low)
    assert "estimate from a sample" in plot.acc_plot.legend.getLabel(plot.est).text
    assert not plot.acc_x  # an estimate is not a full figure (the CSV export holds full figures only)

    plot.append(1, np.linspace(1, 0.5, 500))
    plot.redraw()
    plot.err_plot.setXRange(0, 1000, padding=0)
    plot._hover((plot.err_plot.vb.mapViewToScene(QPointF(450, 0.5)),))
    text = plot.readout.text()
    assert "about 75.0% right" in text and "estimate from a sample of 200 pairs" in text
    assert f"{100 * low:.1f}" in text and f"{100 * high:.1f}" in text

    plot.add_evaluation(400, evaluation(32000, 32896, estimate=False))  # the full figure of the same weights
    plot.redraw()
    assert plot.est_x == [] and plot.acc_x == [400]
    assert len(plot.est.getData()[0] if plot.est.getData()[0] is not None else []) == 0
    assert plot.acc_plot.legend.getLabel(plot.est) is None  # the legend no longer names estimates
    plot._hover((plot.err_plot.vb.mapViewToScene(QPointF(450, 0.5)),))
    assert "estimate" not in plot.readout.text() and "right 97.28% (at 400)" in plot.readout.text()

    plot.add_evaluation(300, evaluation(1, 2, estimate=True))  # older than a full figure: not drawn
    plot.add_evaluation(600, evaluation(190, 200, estimate=True))
    plot.clear()
    assert plot.est_x == [] and plot.acc_x == []


def test_the_window_says_an_estimate_is_one_and_never_saves_it(qtbot, window):
    w = window
    w.session._report(report(200, evaluation(150, 200, estimate=True)))
    message = w.statusBar().currentMessage()
    assert "about 75.0% right" in message and "estimate from a sample of 200 pairs" in message
    assert w.plot.est_x == [200] and not w.plot.acc_x
    assert w.session.evaluation is None  # a model file records a full figure or none
    w.session._report(report(400, evaluation(32896, 32896, estimate=False)))
    assert w.session.evaluation[0] == 400 and w.plot.acc_x == [400]
    assert "32,896 of 32,896 pairs right" in w.statusBar().currentMessage()


def test_inside_is_drawn_only_while_shown_and_ends_on_the_latest_weights(qtbot, window, monkeypatch):
    w = window
    drawn = []
    show = w.inside.show_trace
    monkeypatch.setattr(w.inside, "show_trace", lambda t: (drawn.append(t), show(t)))
    refreshes = []
    refresh = w.operands.refresh
    monkeypatch.setattr(w.operands, "refresh", lambda: (refreshes.append(w.operands.weights), refresh()))
    assert w.tabs.currentWidget() is w.operands
    w.controls.iterations.setValue(6000)
    w.start()
    finish(qtbot, w)
    assert drawn == []  # the Inside tab was hidden all along
    reports = w.session.iteration  # bounded above by the reports; the panel showed far fewer than that
    assert 1 <= len(refreshes) < reports
    # the last word: the operand panel shows the final weights' answer, without waiting for a timer
    final = trace(w.session.weights, "elman", 200, 73, 8)
    assert w.operands.weights is w.session.weights
    np.testing.assert_array_equal(w.operands.current.p, final.p)
    w.tabs.setCurrentWidget(w.inside)
    qtbot.waitUntil(lambda: len(drawn) == 1)
    np.testing.assert_array_equal(drawn[0].p, final.p)  # the pending trace, drawn once when shown
    w.operands.set_operands(5, 3)  # shown: drawn at once (once per edited field)
    assert (drawn[-1].a, drawn[-1].b) == (5, 3) and "5 − 3" in w.inside.caption.text()


def test_operands_follow_a_run_at_most_about_seven_times_a_second(qtbot, window, monkeypatch):
    w = window
    times = []
    refresh = w.operands.refresh
    monkeypatch.setattr(w.operands, "refresh", lambda: (times.append(qtbot_time()), refresh()))
    w.controls.iterations.setValue(10**7)
    w.start()
    qtbot.wait(1500)
    w.session.stop()
    qtbot.waitUntil(lambda: w.session.status == "stopped", timeout=5000)
    gaps = np.diff(times[:-1])  # the last refresh answers the stop at once
    assert len(times) >= 3 and (gaps >= 0.14).all(), gaps
    # progress shows the stopped run's last iteration at once
    assert w.controls.progress.value() == w.session.iteration


def qtbot_time():
    import time

    return time.perf_counter()


def test_a_throttled_view_still_shows_the_first_report_at_once(qtbot, window):
    w = window
    weights = w.session.weights
    w.session._report(report(1, None, weights=weights.copy()))
    assert w.controls.progress.value() == 1  # leading edge: no wait for the first figures
    assert w.operands.current is not None


def test_config_from_smoke_options():
    from gui.app import SMOKE_SETTINGS
    from rnnsub.config import SETTINGS

    assert set(SMOKE_SETTINGS) <= set(SETTINGS)
    assert Config(**{n: SETTINGS[n].parse(str(SETTINGS[n].default)) for n in SMOKE_SETTINGS}) == Config()


def test_a_costly_redraw_slows_the_plot_timer_down(plot, monkeypatch):
    """A redraw that took t waits REDRAW_COST_FACTOR * t before the next (a huge history is drawn less often)."""
    import time

    from gui.plot import REDRAW_COST_FACTOR

    calls = []
    monkeypatch.setattr(plot, "redraw", lambda: (calls.append(time.perf_counter()), time.sleep(0.01)))
    plot._tick()
    plot._tick()  # at once: too soon after a 10 ms redraw
    assert len(calls) == 1
    assert plot._next_redraw - calls[0] >= REDRAW_COST_FACTOR * 0.01
    time.sleep(max(0.0, plot._next_redraw - time.perf_counter()) + 0.005)
    plot._tick()
    assert len(calls) == 2
