import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox, QTableWidget, QWidget

from rnnsub.config import SETTINGS, Config
from rnnsub.train import Trainer


@pytest.fixture
def dialog(qtbot):
    """A sweep dialog on its own, with the window's settings given by `dialog.base` (a Config)."""
    from gui.sweep_view import SweepDialog

    holder = {"config": Config()}
    d = SweepDialog(lambda: holder["config"])
    d.base = holder
    qtbot.addWidget(d)
    d.show()
    yield d
    d.close()
    assert not d.running()


def train_alone(**settings):
    t = Trainer(Config(**settings))
    for _ in t.run():
        pass
    return t


def wait_done(qtbot, d, timeout=60000):
    qtbot.waitUntil(lambda: not d.running() and d.start_button.isEnabled(), timeout=timeout)


def test_sweep_runs_and_a_model_opens_in_the_main_window(qtbot, window):
    window.open_sweep()
    d = window.sweep_dialog
    d.seeds.setText("0-3")
    d.lrs.setText("0.9,0.05")
    d.iterations.setValue(3000)
    d.start()
    wait_done(qtbot, d)
    assert "finished" in d.message.text() and "4 of 8 models reached 100%" in d.message.text()
    assert d.table.rowCount() == 8 and d.table.item(0, 6).text() != "" and d.table.item(7, 6).text() == ""
    assert all(s.n == 3000 for s in d.series)
    d.redraw()
    x, y = d.solved_curve.getData()
    assert y.max() == 50.0  # half of the models reach 100%
    d.table.selectRow(2)
    assert d.highlighted == 2 and d.load_button.isEnabled()
    with qtbot.waitSignal(d.load_requested, timeout=1000) as blocker:  # the window's load() is connected to it
        d.load_selected()
    weights, meta = blocker.args
    assert meta["iterations"] == 3000 and meta["accuracy"] == 1.0 and window.controls.seed.value() == 2
    alone = train_alone(seed=2, iterations=3000)
    np.testing.assert_allclose(weights.Wh, alone.weights.Wh, rtol=1e-9, atol=1e-12)


def test_weights_opened_during_a_running_sweep_belong_to_the_iteration_they_name(qtbot, dialog):
    d = dialog
    d.seeds.setText("0-3")
    d.lrs.setText("0.9")
    d.iterations.setValue(10**6)
    d.start()
    qtbot.waitUntil(lambda: d.series[0].n > 300, timeout=20000)
    d.table.selectRow(2)
    with qtbot.waitSignal(d.load_requested, timeout=10000) as blocker:
        d.load_selected()
        assert d.running()  # the request goes to the worker, which answers with its next report
    weights, meta = blocker.args
    assert d.running() and "is now in the main window" in d.message.text()
    d.stop()
    n = meta["iterations"]
    assert 300 < n < 10**6 and meta["seed"] == 2 and meta["lr"] == 0.9 and meta["accuracy"] is None
    alone = train_alone(seed=2, lr=0.9, iterations=n)
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_allclose(getattr(weights, name), getattr(alone.weights, name), rtol=1e-9)


def test_a_diverged_model_ends_at_its_divergence_and_is_marked(qtbot, dialog):
    d = dialog
    d.base["config"] = Config(bits=32)
    d.cells["elman"].setChecked(False)
    d.cells["notebook"].setChecked(True)
    d.seeds.setText("0")
    d.lrs.setText("0.9,0.01")
    d.iterations.setValue(100)
    d.eval_every.setValue(50)
    d.start()
    wait_done(qtbot, d)
    d.redraw()
    # model 0 (lr 0.9) diverged at iteration 12: its curve's finite data ends there, never a flat line at 0
    x, y = d.curves[0].getData()
    assert x[np.isfinite(y)].max() <= 12 and np.isnan(y[x >= 12]).all()
    assert len(x) == 100  # the iterations after the divergence are there, as NaN
    assert d.marks == {0: (12, pytest.approx(d.series[0].last_finite()[1]))}
    mx, my = d.diverged_marks.getData()
    assert list(mx) == [12] and my[0] == pytest.approx(d.series[0].last_finite()[1]) and my[0] > 0.5
    assert d.err_plot.legend.isVisible() and d.err_plot.legend.getLabel(d.diverged_marks) is not None
    assert d.table.item(0, 7).text() == "at 12" and d.table.item(1, 7).text() == ""
    # model 1 (lr 0.01) did not: its curve is complete
    x1, y1 = d.curves[1].getData()
    assert len(x1) == 100 and np.isfinite(y1).all()
    d.table.selectRow(0)
    assert "diverged at iteration 12" in d.hover.text()
    # a diverged model opens with the weights from before the update that diverged
    with qtbot.waitSignal(d.load_requested) as blocker:
        d.load_selected()
    weights, meta = blocker.args
    assert meta["iterations"] == 11
    alone = train_alone(bits=32, cell="notebook", seed=0, lr=0.9, iterations=11)
    np.testing.assert_allclose(weights.Wh, alone.weights.Wh, rtol=1e-9)
    # a new sweep starts without marks
    d.seeds.setText("1")
    d.lrs.setText("0.01")
    d.start()
    assert d.marks == {} and not d.err_plot.legend.isVisible()
    wait_done(qtbot, d)


def test_the_view_draws_from_the_reports_copies(qtbot, dialog):
    d = dialog
    d.seeds.setText("0-3")
    d.iterations.setValue(10**6)
    d.start()
    qtbot.waitUntil(lambda: d.series[0].n > 100, timeout=20000)
    assert d.running()
    assert all(a is not b for a, b in zip(d.models, d.sweep.models))  # never the objects the worker mutates
    d.stop()
    # stopped: every report the worker sent before it ended was drawn
    (idx, trainer), = d.sweep.groups
    assert all(s.n == trainer.iteration for s in d.series)
    assert "stopped" in d.message.text()
    # no longer running: a model opens at once, read from the joined sweep
    d.table.selectRow(1)
    with qtbot.waitSignal(d.load_requested, timeout=1000) as blocker:
        d.load_selected()
    assert blocker.args[1]["iterations"] == trainer.iteration


def test_widgets_are_derived_from_the_settings_and_named(qtbot, dialog):
    from gui.messages import choice_label, help_text

    d = dialog
    cell = SETTINGS["cell"]
    boxes = d.findChildren(QCheckBox)
    assert sorted(b.objectName() for b in boxes) == sorted(f"cell_{v}" for v in cell.values)
    for value in cell.values:
        box = d.findChild(QCheckBox, f"cell_{value}")
        assert box.text() == choice_label("cell", value) and help_text("cell") in box.toolTip()
        assert box.isChecked() == (value == cell.default)
    it = SETTINGS["iterations"]
    assert d.iterations.minimum() <= it.low and d.iterations.maximum() >= it.high
    for kind, name in [(QLineEdit, "seeds"), (QLineEdit, "lrs"), (QLineEdit, "hiddens"), (QSpinBox, "iterations"),
                       (QSpinBox, "eval_every"), (QPushButton, "start"), (QPushButton, "stop"),
                       (QPushButton, "open_selected"), (QTableWidget, "table")]:
        w = d.findChild(kind, name)
        assert w is not None, name
        assert w.accessibleName(), name
    assert help_text("seed") in d.seeds.toolTip() and help_text("lr") in d.lrs.toolTip()
    assert help_text("hidden") in d.hiddens.toolTip()
    unnamed = [w for w in d.findChildren(QWidget) if isinstance(w, (QLineEdit, QSpinBox, QPushButton, QCheckBox))
               and not w.objectName()]
    assert not [w for w in unnamed if w.parent() is not None and not isinstance(w.parent(), QSpinBox)]


def test_bad_sweep_input_is_one_sentence(qtbot, dialog):
    d = dialog
    for field, text, good, words in [(d.seeds, "5-2", "0-3", "is empty"), (d.lrs, "0.9,abc", "0.9", "“abc” is not a number"),
                                     (d.hiddens, "0", "16", "must be a whole number from 1 to 512"),
                                     (d.seeds, "0-255", "0-3", "1 to 256 models")]:
        field.setText(text)
        if field is d.seeds and text == "0-255":
            d.lrs.setText("0.9,0.5")
        d.start()
        assert words in d.message.text() and not d.running(), d.message.text()
        field.setText(good)
        d.lrs.setText("0.9")
    for box in d.cells.values():
        box.setChecked(False)
    d.start()
    assert "at least one cell" in d.message.text() and not d.running()


def test_a_bug_is_not_swallowed(qtbot, dialog, monkeypatch):
    from rnnsub.sweep import Sweep

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(Sweep, "plan", broken)
    with pytest.raises(RuntimeError):
        dialog.start()
    assert not dialog.running()


def test_closing_during_a_sweep_joins_the_thread(qtbot, window):
    window.open_sweep()
    d = window.sweep_dialog
    d.seeds.setText("0-31")
    d.iterations.setValue(10**6)
    d.start()
    qtbot.waitUntil(lambda: any(s.n > 100 for s in d.series), timeout=20000)
    thread = d.run.thread
    window.close()
    assert thread.isFinished() and d.run is None


# -- the summary per value of each swept setting, and the statuses -------------------------------------------------

def table_texts(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_summary_shows_the_engines_numbers_and_the_tables_rows(qtbot, dialog):
    from gui.sweep_view import STATUS_COLUMN, SummaryPanel
    from rnnsub.sweep import STATUSES, summarise

    d = dialog
    d.seeds.setText("0-3")
    d.hiddens.setText("2 8")
    d.iterations.setValue(4000)
    d.start()
    wait_done(qtbot, d)
    assert d.tabs.currentWidget() is d.summary  # a finished sweep opens on its answer
    panel = d.summary
    assert list(panel.tables) == ["hidden"]
    table = panel.tables["hidden"]
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["2", "8"]
    assert [table.verticalHeaderItem(r).text() for r in range(table.rowCount())][:4] == \
        ["models", "reached 100%", "median at", "right at the end"]
    rows = table_texts(d.table)  # the models table, as shown
    engine = summarise(d.models)
    for c, (hidden, s) in enumerate(zip((2, 8), engine)):
        assert (s.setting, s.value) == ("hidden", hidden)
        mine = [r for r in rows if r[2] == str(hidden)]
        at = sorted(int(r[6].replace(",", "")) for r in mine if r[6])
        column = [table.item(r, c).text() for r in range(len(SummaryPanel.ROWS))]
        median = "" if not at else f"{round((at[(len(at) - 1) // 2] + at[len(at) // 2]) / 2):,}"
        counts = {w: sum(r[STATUS_COLUMN] == w for r in mine) for w in STATUSES}
        expected = [len(mine), len(at), median, sum(r[5] == "100.00%" for r in mine),
                    counts["learning"], counts["stuck"], counts["diverged"], counts["lost"], counts["waiting"]]
        assert column == [str(x) for x in expected]
        assert column == [str(x) for x in [s.models, s.reached, "" if s.median_at is None else f"{s.median_at:,.0f}",
                                           s.right_at_end, s.learning, s.stuck, s.diverged, s.lost, s.waiting]]
        # the bars: the models by status, stacked in the order of STATUSES
        tops = 0
        for status in STATUSES:
            opts = panel.bars["hidden"][status].opts
            assert opts["height"][c] == counts[status] and opts["y0"][c] == tops
            tops += counts[status]
        assert panel.medians["hidden"][c].toPlainText() == median
    assert counts_of(rows, 2) == {"stuck": 2, "learning": 2} and counts_of(rows, 8) == {"solved": 4}


def counts_of(rows, hidden):
    from collections import Counter

    return dict(Counter(r[8] for r in rows if r[2] == str(hidden)))


def test_every_status_word_has_its_definition_as_tooltip_the_engines_in_english(qtbot, dialog):
    from gui.sweep_view import STATUS_COLUMN
    from rnnsub.sweep import STATUS_HELP, STATUSES

    d = dialog
    assert {s: d.words[s] for s in STATUSES} == {s: (s, STATUS_HELP[s]) for s in STATUSES}  # one definition
    for status in STATUSES:
        assert d.summary.findChild(QWidget, f"legend_{status}").toolTip() == f"<p>{status}: {STATUS_HELP[status]}</p>"
    assert all(f"{s}: {STATUS_HELP[s]}" in d.table.horizontalHeaderItem(STATUS_COLUMN).toolTip() for s in STATUSES)
    d.base["config"] = Config(bits=32)
    d.cells["elman"].setChecked(False)
    d.cells["notebook"].setChecked(True)
    d.seeds.setText("0")
    d.lrs.setText("0.9,0.01")
    d.iterations.setValue(100)
    d.eval_every.setValue(50)
    d.start()
    wait_done(qtbot, d)
    assert [d.table.item(i, STATUS_COLUMN).text() for i in range(2)] == ["diverged", "learning"]
    assert d.table.item(0, STATUS_COLUMN).toolTip() == f"<p>diverged: {STATUS_HELP['diverged']}</p>"
    table = d.summary.tables["lr"]
    lines = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert table.item(lines.index("diverged"), 0).text() == "1" and table.item(lines.index("diverged"), 1).text() == "0"
    assert table.verticalHeaderItem(lines.index("stuck")).toolTip() == f"<p>stuck: {STATUS_HELP['stuck']}</p>"
    d.table.selectRow(0)
    assert d.hover.text().endswith("; diverged")


def test_the_summary_follows_a_running_sweep(qtbot, dialog):
    from rnnsub.sweep import summarise

    d = dialog
    d.seeds.setText("0-1")
    d.hiddens.setText("4,8")
    d.iterations.setValue(10**6)
    d.start()
    qtbot.waitUntil(lambda: d.series[0].n > 200, timeout=20000)
    d.stop()
    d.redraw(force=True)
    table = d.summary.tables["hidden"]
    (s4, s8) = summarise(d.models)
    assert s8.waiting == 2 and s4.waiting == 0  # the second group has not started
    lines = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert table.item(lines.index("waiting"), 1).text() == "2" and table.item(lines.index("learning"), 0).text() == \
        str(s4.learning)
    assert d.tabs.currentWidget() is not d.summary  # stopped, not finished: the view stays where it was


def test_only_seeds_swept_is_one_summary_of_all(qtbot, dialog):
    d = dialog
    d.seeds.setText("0-2")
    d.iterations.setValue(300)
    d.start()
    wait_done(qtbot, d)
    assert list(d.summary.tables) == [""]
    table = d.summary.tables[""]
    assert table.horizontalHeaderItem(0).text() == "all" and table.item(0, 0).text() == "3"


def test_the_dialog_fits_the_screen_and_the_chart_goes_below_when_narrow(qtbot, window):
    window.open_sweep()
    d = window.sweep_dialog
    free = window.screen().availableGeometry()
    assert d.width() <= free.width() and d.height() <= free.height()
    d.seeds.setText("0-1")
    d.hiddens.setText("2,4")
    d.lrs.setText("0.5,0.9")
    d.iterations.setValue(200)
    d.start()
    wait_done(qtbot, d)
    panel = d.summary
    assert list(panel.tables) == ["hidden", "lr"]
    d.resize(1200, 760)
    qtbot.waitUntil(lambda: panel.row_layouts["hidden"].direction() == panel.row_layouts["hidden"].Direction.LeftToRight,
                    timeout=2000)
    d.resize(640, 480)
    qtbot.waitUntil(lambda: panel.row_layouts["hidden"].direction() == panel.row_layouts["hidden"].Direction.TopToBottom,
                    timeout=2000)
    for table in panel.tables.values():  # every column shown, never scrolled sideways
        assert table.width() >= table.horizontalHeader().length()
