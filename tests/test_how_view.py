"""The "How it subtracts" tab (gui/how.py, issue 10): each view shows the engine's own numbers, a new model clears
every view, and no thread outlives a test."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPathItem, QGraphicsTextItem

from gui.how import BREAK_MAX_BITS, LENGTH_SAMPLE, MACHINE_EVERY_MS, WRONG_LIST, HowPanel, first_wrong_pairs
from rnnsub.analysis import LENGTHS, accuracy_by_length, borrow_units, extract_machine, find_wrong_any_length
from rnnsub.config import Config
from rnnsub.evaluate import evaluate, trace
from rnnsub.modelfile import make_meta
from rnnsub.train import Trainer


@pytest.fixture
def panel(qtbot):
    p = HowPanel()
    qtbot.addWidget(p)
    p.resize(900, 500)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.stop_all()
    assert not job_threads()


def job_threads():
    """The panel's job threads still alive (plain Python threads: the conftest's guard sees only QThreads)."""
    return [t for t in threading.enumerate() if t.name.startswith("rnnsub-how") and t.is_alive()]


def idle(qtbot, panel, timeout=20000):
    qtbot.waitUntil(lambda: not panel.busy() and not panel.runs, timeout=timeout)


def test_the_borrow_bars_are_borrow_units_abs_r(qtbot, panel, trained):
    c = Config()
    panel.set_model(trained, c.cell, c.bits, c.pairs, 3000)
    qtbot.waitUntil(lambda: panel.borrow is not None, timeout=10000)
    idle(qtbot, panel)
    want = borrow_units(trained, c.cell, c.bits, c.pairs)
    np.testing.assert_array_equal(panel.borrow_bars.opts["height"], np.abs(want.r))
    assert want.recovered == 1.0
    assert panel.borrow_result.text() == (f"Unit {want.unit} tracks the borrow: |r| = {want.abs_r:.2f}; a threshold "
                                          "on it recovers 100.0% of borrow bits.")
    assert "1,000 pairs" in panel.borrow_caption.text()


def test_an_untrained_model_has_no_borrow_unit_yet(qtbot, panel):
    c = Config()
    w = Trainer(c).weights.copy()
    panel.set_model(w, c.cell, c.bits, c.pairs)
    qtbot.waitUntil(lambda: panel.borrow is not None, timeout=10000)
    idle(qtbot, panel)
    want = borrow_units(w, c.cell, c.bits, c.pairs)
    assert want.recovered < 0.999
    np.testing.assert_array_equal(panel.borrow_bars.opts["height"], np.abs(want.r))
    assert panel.borrow_result.text().startswith("No unit carries the borrow yet. The closest, unit "
                                                 f"{want.unit}: ")


def test_the_borrow_unit_is_computed_only_while_shown(qtbot, trained):
    c = Config()
    p = HowPanel()
    qtbot.addWidget(p)
    try:
        p.set_model(trained, c.cell, c.bits, c.pairs)
        p.update_weights(10, trained.copy())
        p.flush()
        qtbot.wait(50)
        assert p.borrow is None and not p.runs
        p.show()
        qtbot.waitUntil(lambda: p.borrow is not None, timeout=10000)
        idle(qtbot, p)
    finally:
        p.stop_all()


def test_the_bit_and_chain_bars_are_the_evaluations(qtbot, panel, half_trained):
    c = Config()
    panel.set_model(half_trained, c.cell, c.bits, c.pairs, 1000)
    ev = evaluate(half_trained, c.cell, c.bits, c.pairs)
    assert 0 < ev.accuracy[0] < 1
    panel.set_evaluation(1000, ev)
    panel.flush()
    qtbot.waitUntil(lambda: panel.evaluation is not None)
    np.testing.assert_array_equal(panel.bit_bars.opts["x"], np.arange(c.bits))
    np.testing.assert_array_equal(panel.bit_bars.opts["height"], ev.bit_accuracy[0] * 100)
    assert panel.bit_plot.getPlotItem().vb.xInverted()  # most significant on the left
    n = np.flatnonzero(ev.chain_total)
    np.testing.assert_array_equal(panel.chain_bars.opts["x"], n)
    np.testing.assert_allclose(panel.chain_bars.opts["height"], 100 * ev.chain_correct[0, n] / ev.chain_total[n])
    k = int(n[-1])
    assert panel.chain_tooltip(k) == (f"Longest borrow chain {k} bits: {int(ev.chain_correct[0, k]):,} of "
                                      f"{int(ev.chain_total[k]):,} pairs right.")
    assert panel.chain_tooltip(c.bits + 5) is None
    assert "iteration 1,000, every pair" in panel.bit_caption.text()
    idle(qtbot, panel)


def test_an_estimate_is_not_shown(qtbot, panel, half_trained):
    c = Config()
    panel.set_model(half_trained, c.cell, c.bits, c.pairs)
    ev = evaluate(half_trained, c.cell, c.bits, c.pairs)
    ev.estimate = True
    panel.set_evaluation(5, ev)
    panel.flush()
    qtbot.wait(20)
    assert panel.evaluation is None and len(panel.bit_bars.opts["height"]) == 0
    idle(qtbot, panel)


def test_the_length_curve_is_accuracy_by_length(qtbot, panel, trained):
    c = Config()
    panel.set_model(trained, c.cell, c.bits, c.pairs, 3000)
    qtbot.mouseClick(panel.measure_button, Qt.LeftButton)
    assert not panel.measure_button.isEnabled()
    qtbot.waitUntil(lambda: len(panel.lengths) == len(LENGTHS), timeout=30000)
    idle(qtbot, panel)
    assert panel.measure_button.isEnabled()
    want = accuracy_by_length(trained, c.cell, samples=LENGTH_SAMPLE, pairs=c.pairs)
    np.testing.assert_array_equal(panel.length_curve.xData, [r.bits for r in want])
    np.testing.assert_array_equal(panel.length_curve.yData, [100 * r.accuracy for r in want])
    assert panel.length_result.text().startswith("Iteration 3,000: 8 bits ")
    assert f"{LENGTH_SAMPLE:,} random pairs per length" in panel.length_caption.text()
    assert panel.length_plot.getPlotItem().vb.viewRange()[1] == pytest.approx([-2, 102])  # 0–100 %, not autoscaled


def test_try_to_break_it_reports_find_wrong_any_length(qtbot, panel, half_trained):
    c = Config()
    panel.set_model(half_trained, c.cell, c.bits, c.pairs)
    qtbot.mouseClick(panel.break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.wrong is not None, timeout=30000)
    idle(qtbot, panel)
    want = find_wrong_any_length(half_trained, c.cell, BREAK_MAX_BITS, c.pairs)
    assert want.pair is not None
    a, b = want.pair
    assert panel.break_result.text() == (f"✗ Wrong at {want.bits} bits: {a:,} − {b:,} = {(a - b) % (1 << want.bits):,}, "
                                          f"it answers {want.got:,} ({want.tried:,} pairs tried).")
    assert panel.break_show.isVisible()  # one click away from the Operands tab
    with qtbot.waitSignal(panel.show_pair) as shown:
        qtbot.mouseClick(panel.break_show, Qt.LeftButton)
    assert shown.args == [a, b, want.bits]


def test_the_wrong_pairs_listed_are_wrong_and_each_one_click_from_the_operands(qtbot, panel, half_trained):
    c = Config()
    panel.set_model(half_trained, c.cell, c.bits, c.pairs, 1000)  # no evaluation needed: found from the weights
    qtbot.waitUntil(lambda: len(panel.wrong_pairs) > 0, timeout=10000)
    idle(qtbot, panel)
    assert panel.wrong_pairs == first_wrong_pairs(half_trained, c.cell, c.bits, c.pairs)
    assert len(panel.wrong_pairs) == WRONG_LIST
    for a, b in panel.wrong_pairs:
        assert a >= b and not trace(half_trained, c.cell, a, b, c.bits).right  # each one really wrong
    text = panel.wrong_list.text()
    assert "✗</span> Pairs it gets wrong at iteration 1,000 (click one to see it): " in text
    a, b = panel.wrong_pairs[2]
    assert f"<a href='{a}:{b}'>{a:,}&nbsp;−&nbsp;{b:,}</a>" in text  # a pair never broken over two lines
    with qtbot.waitSignal(panel.show_pair) as shown:
        panel.wrong_list.linkActivated.emit(f"{a}:{b}")  # what a click on the link sends
    assert shown.args == [a, b, c.bits]


def test_the_wrong_pairs_follow_training(qtbot, panel, half_trained, trained):
    c = Config()
    panel.set_model(half_trained, c.cell, c.bits, c.pairs, 1000)
    qtbot.waitUntil(lambda: len(panel.wrong_pairs) == WRONG_LIST, timeout=10000)
    panel.update_weights(3000, trained)  # the same run, trained further: every pair right
    panel.flush()
    qtbot.waitUntil(lambda: panel.wrong_pairs == [], timeout=10000)
    idle(qtbot, panel)
    assert panel.wrong_list.text() == "No wrong pair among the 32,896 pairs it is judged on (iteration 3,000)."
    assert first_wrong_pairs(trained, c.cell, c.bits, c.pairs) == []


def test_the_wrong_pairs_are_looked_for_only_while_shown(qtbot, half_trained):
    c = Config()
    p = HowPanel()
    qtbot.addWidget(p)  # never shown
    p.set_model(half_trained, c.cell, c.bits, c.pairs, 1000)
    p.flush()
    qtbot.wait(50)
    assert "wrongs" not in p.runs and p.wrong_pairs == [] and p.wrong_list.text() == ""
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: len(p.wrong_pairs) == WRONG_LIST, timeout=10000)
    p.stop_all()


def test_a_new_model_clears_every_view(qtbot, window, half_trained):
    how = window.how
    window.tabs.setCurrentWidget(how)
    qtbot.waitUntil(how.isVisible)
    c = window.session.config
    window.load(half_trained, make_meta(c, 1000, None))
    how.set_evaluation(1000, evaluate(half_trained, c.cell, c.bits, c.pairs))
    how.flush()
    qtbot.mouseClick(how.measure_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(how.lengths) == len(LENGTHS) and how.borrow is not None, timeout=30000)
    idle(qtbot, how)
    assert len(how.bit_bars.opts["height"]) == c.bits
    window.reset()
    assert how.borrow is None and how.evaluation is None and how.lengths == [] and how.wrong is None
    for bars in (how.borrow_bars, how.bit_bars, how.chain_bars):
        assert len(bars.opts["height"]) == 0
    assert how.length_curve.xData is None or len(how.length_curve.xData) == 0
    assert how.length_result.text() == "" and how.break_result.text() == ""
    assert how.wrong_list.text() == "" and how.wrong_pairs == [] and not how.break_show.isVisible()
    idle(qtbot, how)  # the new model's borrow unit


def test_training_feeds_the_tab_while_shown(qtbot, window):
    how = window.how
    window.tabs.setCurrentWidget(how)
    window.controls.set_rate(None)
    window.session.set_iterations(600)
    window.start()
    qtbot.waitUntil(lambda: window.session.status == "finished", timeout=30000)
    qtbot.waitUntil(lambda: how.evaluation is not None and how.evaluation[0] == window.session.evaluation[0],
                    timeout=10000)
    np.testing.assert_array_equal(how.bit_bars.opts["height"], window.session.evaluation[1].bit_accuracy[0] * 100)
    qtbot.waitUntil(lambda: how.borrow is not None and not how.runs, timeout=10000)
    c = window.session.config
    want = borrow_units(window.session.weights, c.cell, c.bits, c.pairs)
    np.testing.assert_array_equal(how.borrow_bars.opts["height"], np.abs(want.r))


def test_a_job_of_the_old_model_is_dropped_and_closing_joins_every_thread(qtbot, window, trained, half_trained):
    how = window.how
    window.tabs.setCurrentWidget(how)
    c = window.session.config
    window.load(half_trained, make_meta(c, 1000, None))
    qtbot.mouseClick(how.measure_button, Qt.LeftButton)
    qtbot.mouseClick(how.break_button, Qt.LeftButton)
    window.load(trained, make_meta(c, 3000, None))  # while they run
    assert how.lengths == [] and how.measure_button.isEnabled() and how.break_button.isEnabled()
    qtbot.waitUntil(lambda: not how.busy() and how.borrow is not None, timeout=30000)
    assert how.lengths == [] and how.wrong is None  # the old model's figures never arrived
    assert how.borrow.abs_r == borrow_units(trained, c.cell, c.bits, c.pairs).abs_r
    qtbot.mouseClick(how.measure_button, Qt.LeftButton)
    window.close()  # at once, a measurement under way
    assert not job_threads()


# -- the machine it learned ---------------------------------------------------------------------------------------

def drawn(panel):
    """What the diagram's scene holds: the circles, the arrows' curves and every text item's text."""
    items = panel.machine_scene.items()
    circles = [i for i in items if isinstance(i, QGraphicsEllipseItem)]
    curves = [i for i in items if isinstance(i, QGraphicsPathItem)]
    texts = sorted(i.toPlainText() for i in items if isinstance(i, QGraphicsTextItem))
    return circles, curves, texts


def expected_arrows(m):
    """extract_machine's table as arrows, read here on its own: {(from, to): {output: [inputs]}}."""
    arrows = {}
    for s in range(m.states):
        for i, (a, b) in enumerate(((0, 0), (0, 1), (1, 0), (1, 1))):
            arrows.setdefault((s, int(m.next[s, i])), {}).setdefault(int(m.out[s, i]), []).append(f"{a}{b}")
    return {e: "\n".join(f"{','.join(v)}/{bit}" for bit, v in sorted(by.items())) for e, by in arrows.items()}


def find(qtbot, panel):
    qtbot.mouseClick(panel.machine_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.machine is not None, timeout=20000)
    idle(qtbot, panel)


def test_the_diagram_is_extract_machines_borrow_machine(qtbot, panel, trained):
    c = Config()
    panel.set_model(trained, c.cell, c.bits, c.pairs, 3000)
    find(qtbot, panel)
    want = extract_machine(trained, c.cell, c.bits, c.pairs)
    assert want.found and want.equivalent and want.states == 2
    np.testing.assert_array_equal(panel.machine.next, want.next)
    circles, curves, texts = drawn(panel)
    assert len(circles) == want.states
    assert len(curves) == len(expected_arrows(want)) == 4  # two self-loops, one arrow each way
    assert panel.machine_arrows == expected_arrows(want)
    assert sorted(panel.machine_arrows.values()) == sorted(["00,11/0\n10/1", "01/1", "01/0\n00,11/1", "10/0"])
    assert texts == sorted([*panel.machine_arrows.values(), "no borrow", "borrow"])
    assert panel.machine_states[want.start] == "no borrow"
    assert panel.machine_result.text() == ("2 states; its transitions agree with the network on 100.0% of samples; "
                                           "it is the borrow machine.")


def test_an_untrained_model_shows_extract_machines_one_state(qtbot, panel):
    c = Config()
    w = Trainer(c).weights.copy()
    panel.set_model(w, c.cell, c.bits, c.pairs)
    find(qtbot, panel)
    want = extract_machine(w, c.cell, c.bits, c.pairs)
    assert want.found and not want.equivalent  # the untrained net answers 0 everywhere: one state, no borrow
    circles, curves, _ = drawn(panel)
    assert len(circles) == want.states and len(curves) == len(expected_arrows(want))
    assert panel.machine_arrows == expected_arrows(want)
    inputs = " ".join(f"{a}{b}" for a, b in want.difference)
    assert panel.machine_result.text().endswith(f"it differs from the borrow machine on input {inputs} (lowest bit "
                                                "first).")


def test_the_notebook_cell_has_no_small_machine(qtbot, panel):
    c = Config(cell="notebook", iterations=300)
    t = Trainer(c)
    for _ in t.run():
        pass
    assert not extract_machine(t.weights, c.cell, c.bits, c.pairs).found
    panel.set_model(t.weights.copy(), c.cell, c.bits, c.pairs, 300)
    find(qtbot, panel)
    assert panel.machine_result.text() == ("No machine of up to 8 states agrees with the network on 99.9% of its "
                                           "transitions: the network has not learned a small machine.")
    circles, curves, texts = drawn(panel)
    assert circles == [] and curves == [] and texts == []


def test_the_machine_follows_newer_weights_only_while_shown_and_a_new_model_clears_it(qtbot, panel, trained,
                                                                                     half_trained):
    c = Config()
    panel.set_model(half_trained, c.cell, c.bits, c.pairs, 1000)
    find(qtbot, panel)
    first = panel.machine
    panel.hide()
    panel.update_weights(3000, trained)
    qtbot.wait(MACHINE_EVERY_MS + 500)
    assert panel.machine is first and "machine" not in panel.runs  # hidden: nothing computed
    panel.show()
    qtbot.waitUntil(lambda: panel.machine is not first, timeout=MACHINE_EVERY_MS + 10000)
    idle(qtbot, panel)
    assert panel.machine.equivalent
    panel.set_model(half_trained, c.cell, c.bits, c.pairs, 1000)
    assert panel.machine is None and panel.machine_arrows == {} and panel.machine_scene.items() == []
    assert panel.machine_result.text() == ""
