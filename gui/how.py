"""How it subtracts (issue 10): what the weights do, in four views with a caption each.

    the borrow unit       |r| of each hidden unit with the true borrow (rnnsub.analysis.borrow_units), recomputed
                          from the latest weights at most every SHOW_EVERY_MS while the tab is shown, in a thread
                          (39 ms at 32 bits and 128 units: too long for the GUI thread)
    errors by bit         the latest full Evaluation's bit_accuracy, most significant bit on the left
    by borrow chain       its chain_correct / chain_total, the counts in a bar's tooltip
    longer numbers        rnnsub.analysis.accuracy_by_length at 8 … 128 bits on request, in a thread; and "try to
                          break it" (find_wrong_any_length), also in a thread

A new model (set_model) clears every view. Only copies of the weights go to the threads; numbers come back in
reports, and a report from a run that has since been replaced is dropped.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from superqt.utils import QSignalThrottler

from rnnsub.analysis import LENGTHS, BorrowUnits, accuracy_by_length, borrow_units, find_wrong_any_length
from rnnsub.evaluate import Evaluation
from rnnsub.rnn import Weights

from .messages import number

SHOW_EVERY_MS = 700  # the borrow unit and the evaluation's bars, at most ~1.4 times a second (and only when shown)
LENGTH_SAMPLE = 1000  # pairs per length for "Measure at longer lengths": 0.03 s at 8/16, 0.25 s at 32/128
BREAK_MAX_BITS = 128  # "Try to break it" searches every length up to this
BAR = (70, 110, 170)  # bars
BEST = (200, 110, 0)  # the best borrow unit's bar
JOBS = 2  # threads: the borrow unit, and one measurement asked for (they take turns when both are asked for)


def _plot(left: str, y_max: float) -> pg.PlotWidget:
    """A small plot with a fixed y range; what x is, the caption above it says (the tab has little height)."""
    view = pg.PlotWidget(background="w")
    view.setMouseEnabled(x=False, y=False)
    view.hideButtons()
    view.setMenuEnabled(False)
    view.setLabel("left", left)
    view.disableAutoRange()
    view.setYRange(0, y_max, padding=0.02)
    view.setMinimumHeight(80)
    return view


def _whole_ticks(view: pg.PlotWidget, first: int, last: int):
    """Whole numbers first … last on the x axis (every one up to 16 of them, else every 4th, 8th …)."""
    step = 1
    while (last - first) // step > 16:
        step *= 2
    view.getAxis("bottom").setTicks([[(n, str(n)) for n in range(first, last + 1, step)]])
    view.setXRange(first - 0.7, last + 0.7, padding=0)


def _caption() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    return label


class HowPanel(QWidget):
    _found = Signal(str, int, object)  # (job, serial, one result) from a job's thread, queued to the GUI thread
    _job_ended = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weights: Weights | None = None
        self.cell, self.bits, self.pairs = "elman", 8, "ordered"
        self.iteration = 0
        self.borrow: BorrowUnits | None = None  # the latest borrow_units shown
        self.evaluation: tuple[int, Evaluation] | None = None  # the latest full evaluation shown, and its iteration
        self.lengths: list = []  # LengthAccuracy of the latest measurement, in LENGTHS order
        self.wrong = None  # WrongSearch of the latest "try to break it"
        self._measured_at = 0  # the iteration whose weights the length curve measures
        self._borrow_of: Weights | None = None  # the weights the borrow view shows (or is computing)
        self._pending_eval: tuple[int, Evaluation] | None = None  # arrived while hidden or between throttled draws
        # Jobs run on plain Python threads (a pool of JOBS), each on its own copy-free snapshot (the weights of a
        # report are never changed after it is sent); they hand results back through the queued signals above.
        # A QThread per computation was the first design: deleting each finished one crashed the process now
        # and then (~QObject, in 4 test runs of 10 on a busy machine).
        self.runs: dict[str, tuple[int, threading.Event, Future]] = {}  # "borrow", "lengths", "break": current job
        self._retiring: list[Future] = []  # jobs of an old model, finishing on their own (their results dropped)
        self._serial = 0
        self._pool: ThreadPoolExecutor | None = None
        self._found.connect(self._on_found)
        self._job_ended.connect(self._ended)
        self._shows: dict[str, Callable] = {}
        self._throttle = QSignalThrottler(parent=self)
        self._throttle.setTimeout(SHOW_EVERY_MS)
        self._throttle.triggered.connect(self._refresh)

        # 1. the borrow unit
        self.borrow_caption = _caption()
        self.borrow_plot = _plot("|r|", 1.0)
        self.borrow_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR)
        self.borrow_plot.addItem(self.borrow_bars)
        self.borrow_result = _caption()
        self.borrow_result.setObjectName("borrow_result")

        # 2. errors by bit and by borrow chain
        self.bit_caption = _caption()
        self.bit_plot = _plot("%", 100)
        self.bit_plot.invertX(True)  # like the operand grid
        self.bit_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR)
        self.bit_plot.addItem(self.bit_bars)
        self.chain_caption = _caption()
        self.chain_plot = _plot("%", 100)
        self.chain_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR)
        self.chain_plot.addItem(self.chain_bars)
        self.chain_plot.scene().sigMouseMoved.connect(self._chain_hover)

        # 3. longer numbers
        self.length_caption = _caption()
        self.length_caption.setText(self.tr(
            "Longer numbers: % of pairs right at 8 to 128 bits (x) with the same weights, {0} random pairs per "
            "length.").format(number(LENGTH_SAMPLE)))
        self.length_plot = _plot("%", 100)
        self.length_plot.setLogMode(x=True, y=False)
        self.length_plot.disableAutoRange()
        self.length_plot.setYRange(0, 100, padding=0.02)
        self.length_plot.getAxis("bottom").setTicks([[(np.log10(n), str(n)) for n in LENGTHS]])
        self.length_plot.setXRange(np.log10(LENGTHS[0]), np.log10(LENGTHS[-1]), padding=0.08)
        self.length_curve = self.length_plot.plot(pen=pg.mkPen(BAR, width=2), symbol="o", symbolSize=7, symbolBrush=BAR)
        self.measure_button = QPushButton(self.tr("Measure at longer lengths"))
        self.measure_button.setObjectName("measure_lengths")
        self.measure_button.setToolTip(self.tr("Run these weights on longer numbers than they were trained on."))
        self.measure_button.clicked.connect(self.measure_lengths)
        self.break_button = QPushButton(self.tr("Try to break it"))
        self.break_button.setObjectName("try_to_break")
        self.break_button.setToolTip(self.tr(
            "Look for a pair it answers wrongly at every length from 1 to {0} bits: long borrow chains, alternating "
            "bits, then random pairs.").format(BREAK_MAX_BITS))
        self.break_button.clicked.connect(self.try_to_break)
        self.length_result = _caption()
        self.length_result.setObjectName("length_result")
        self.break_result = _caption()
        self.break_result.setObjectName("break_result")
        self.break_result.setTextInteractionFlags(Qt.TextSelectableByMouse)  # a 128-bit pair is worth copying

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for (row, col), parts in {
            (0, 0): (self.borrow_caption, self.borrow_plot, self.borrow_result),
            (0, 1): (self.bit_caption, self.bit_plot),
            (1, 0): (self.chain_caption, self.chain_plot),
            (1, 1): (self.length_caption, self._length_row(), self.length_result, self.break_result),
        }.items():
            box = QVBoxLayout()
            box.setSpacing(2)
            for part in parts:
                if isinstance(part, QHBoxLayout):
                    box.addLayout(part, 1)
                else:
                    box.addWidget(part, 1 if isinstance(part, pg.PlotWidget) else 0)
            grid.addLayout(box, row, col)
        self.clear()

    def _length_row(self) -> QHBoxLayout:
        buttons = QVBoxLayout()
        buttons.addWidget(self.measure_button)
        buttons.addWidget(self.break_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.length_plot, 1)
        row.addLayout(buttons)
        return row

    # -- the model ---------------------------------------------------------------------------------------
    def set_model(self, weights: Weights, cell: str, bits: int, pairs: str, iteration: int = 0):
        """A new model: every view starts over (runs of the old one finish on their own; their reports are
        dropped)."""
        for _serial, stop, future in self.runs.values():
            stop.set()
            self._retiring.append(future)
        self.runs.clear()
        self.cell, self.bits, self.pairs = cell, bits, pairs
        self.weights, self.iteration = weights, iteration
        self.clear()
        self._throttle.throttle()

    def clear(self):
        self._throttle.cancel()
        self.borrow, self.evaluation, self._pending_eval, self.lengths, self.wrong = None, None, None, [], None
        self._borrow_of = None
        self.borrow_bars.setOpts(x=[], height=[])
        self.bit_bars.setOpts(x=[], height=[])
        self.chain_bars.setOpts(x=[], height=[])
        self.length_curve.setData([], [])
        self.borrow_caption.setText(self.tr(
            "The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|)."))
        self.borrow_result.setText("")
        self.bit_caption.setText(self.tr("Errors by bit: % right at each bit (x) of the answer, most significant on "
                                         "the left, from the latest full evaluation (none yet: train to see it)."))
        self.chain_caption.setText(self.tr("By borrow chain: % of pairs right by the length (x) of their longest run "
                                           "of borrows (none yet)."))
        _whole_ticks(self.bit_plot, 0, self.bits - 1)
        _whole_ticks(self.chain_plot, 0, self.bits)
        if self.weights is not None:
            _whole_ticks(self.borrow_plot, 0, self.weights.hidden - 1)
        self.length_result.setText("")
        self.break_result.setText("")
        self._buttons_idle()

    def update_weights(self, iteration: int, weights: Weights):
        """The latest weights of a run (a fresh copy, ~30 a second): the borrow view follows at most every
        SHOW_EVERY_MS, and only while shown."""
        self.iteration, self.weights = iteration, weights
        self._throttle.throttle()

    def set_evaluation(self, iteration: int, ev: Evaluation):
        """A full evaluation (an estimate is ignored): drawn with the next throttled refresh while shown."""
        if ev.estimate:
            return
        self._pending_eval = (iteration, ev)
        self._throttle.throttle()

    def flush(self):
        """Show what is due now (a run paused or ended: its last word need not wait)."""
        self._throttle.flush()

    def showEvent(self, event):
        super().showEvent(event)
        self._refresh()

    def _refresh(self):
        if not self.isVisible():
            return  # showEvent refreshes
        if self._pending_eval is not None:
            self.evaluation, self._pending_eval = self._pending_eval, None
            self._show_evaluation()
        if self.weights is not None and self.weights is not self._borrow_of and "borrow" not in self.runs:
            self._compute_borrow()

    # -- 1. the borrow unit ----------------------------------------------------------------------------------
    def _compute_borrow(self):
        weights, cell, bits, pairs = self.weights, self.cell, self.bits, self.pairs
        self._borrow_of = weights
        self._start("borrow", lambda stop: iter([borrow_units(weights, cell, bits, pairs)]), self._show_borrow)

    def _show_borrow(self, bu: BorrowUnits):
        self.borrow = bu
        H = bu.r.size
        best = np.zeros(H, dtype=bool)
        best[bu.unit] = True
        self.borrow_bars.setOpts(x=np.arange(H), height=np.abs(bu.r), width=0.7,
                                 brushes=[pg.mkBrush(BEST if b else BAR) for b in best])
        _whole_ticks(self.borrow_plot, 0, H - 1)
        self.borrow_caption.setText(self.tr(
            "The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|, "
            "{0} pairs).").format(number(bu.samples // max(self.bits, 1))))
        if bu.recovered >= 0.999:
            text = self.tr("Unit {0} tracks the borrow: |r| = {1}; a threshold on it recovers {2}% of borrow bits.")
        else:
            text = self.tr("No unit carries the borrow yet. The closest, unit {0}: |r| = {1}; a threshold on it "
                           "recovers {2}% of borrow bits.")
        self.borrow_result.setText(text.format(bu.unit, number(bu.abs_r, 2), number(100 * bu.recovered, 1)))

    # -- 2. errors by bit and by borrow chain ------------------------------------------------------------
    def _show_evaluation(self):
        iteration, ev = self.evaluation
        T = ev.bits
        self.bit_bars.setOpts(x=np.arange(T), height=100 * ev.bit_accuracy[0], width=0.7)
        kind = self.tr("every pair") if ev.exhaustive else self.tr("{0} random pairs").format(number(ev.total))
        self.bit_caption.setText(self.tr(
            "Errors by bit: % right at each bit (x) of the answer, most significant on the left (iteration {0}, {1})."
        ).format(number(iteration), kind))
        n = np.flatnonzero(ev.chain_total)
        self.chain_bars.setOpts(x=n, height=100 * ev.chain_correct[0, n] / ev.chain_total[n], width=0.7)
        self.chain_caption.setText(self.tr(
            "By borrow chain: % of pairs right by the length (x) of their longest run of borrows (iteration {0}; "
            "hover a bar for the counts).").format(number(iteration)))

    def chain_tooltip(self, n: int) -> str | None:
        """The counts behind the bar of chain length n (None where there is no bar)."""
        if self.evaluation is None:
            return None
        ev = self.evaluation[1]
        if not 0 <= n < ev.chain_total.size or ev.chain_total[n] == 0:
            return None
        return self.tr("Longest borrow chain {0} bits: {1} of {2} pairs right.").format(
            n, number(int(ev.chain_correct[0, n])), number(int(ev.chain_total[n])))

    def _chain_hover(self, pos):
        x = self.chain_plot.getPlotItem().vb.mapSceneToView(pos).x()
        # The scene shows the tooltip of the item under the cursor (and hides any other): the bars' own, set here.
        self.chain_bars.setToolTip(self.chain_tooltip(int(round(x))) or "")

    # -- 3. longer numbers -----------------------------------------------------------------------------------
    def measure_lengths(self):
        """accuracy_by_length of the weights as they are now, one length at a time (the curve grows)."""
        if self.weights is None or "lengths" in self.runs:
            return
        weights, cell, pairs = self.weights, self.cell, self.pairs
        self.lengths = []
        self.length_curve.setData([], [])

        def work(stop: threading.Event) -> Iterator:
            for bits in LENGTHS:
                if stop.is_set():
                    return
                yield accuracy_by_length(weights, cell, lengths=(bits,), samples=LENGTH_SAMPLE, pairs=pairs)[0]

        self._measured_at = self.iteration
        self._start("lengths", work, self._show_length)
        self.measure_button.setEnabled(False)
        self.length_result.setText(self.tr("Measuring the weights of iteration {0}…").format(number(self.iteration)))

    def _show_length(self, r):
        self.lengths.append(r)
        self.length_curve.setData([r.bits for r in self.lengths], [100 * r.accuracy for r in self.lengths])
        if len(self.lengths) == len(LENGTHS):
            self.length_result.setText(self.tr("Iteration {0}: {1}.").format(number(self._measured_at), ", ".join(
                self.tr("{0} bits {1}%").format(r.bits, number(100 * r.accuracy, 1)) for r in self.lengths)))

    def try_to_break(self):
        if self.weights is None or "break" in self.runs:
            return
        weights, cell, pairs = self.weights, self.cell, self.pairs
        self._start("break", lambda stop: iter([find_wrong_any_length(weights, cell, BREAK_MAX_BITS, pairs)]),
                    self._show_wrong)
        self.break_button.setEnabled(False)
        self.break_result.setText(self.tr("Looking for a pair it gets wrong, up to {0} bits…").format(BREAK_MAX_BITS))

    def _show_wrong(self, s):
        self.wrong = s
        if s.pair is None:
            self.break_result.setText(self.tr("No wrong answer in {0} pairs of 1 to {1} bits.").format(
                number(s.tried), s.max_bits))
            return
        a, b = s.pair
        got = self.tr("an answer with bits that are not a number") if s.got is None else str(s.got)
        self.break_result.setText(self.tr("Wrong at {0} bits: {1} − {2} = {3}, it answers {4} ({5} pairs tried).")
                                   .format(s.bits, a, b, (a - b) % (1 << s.bits), got, number(s.tried)))

    # -- threads -----------------------------------------------------------------------------------------
    def _start(self, name: str, work: Callable[[threading.Event], Iterator], show: Callable[[object], None]):
        """Run work(stop) on a pool thread; each value it yields goes to show() on the GUI thread, unless a newer
        job of the same name (or a new model) has replaced it. work checks `stop` between values."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(JOBS, thread_name_prefix="rnnsub-how")
        self._serial += 1
        serial, stop = self._serial, threading.Event()
        self._shows[name] = show

        def job():
            try:
                for value in work(stop):
                    if stop.is_set():
                        break
                    self._found.emit(name, serial, value)
            except Exception:  # a bug: its traceback goes to stderr, and the view waits for the next job
                traceback.print_exc()
            finally:
                self._job_ended.emit(name, serial)

        self.runs[name] = (serial, stop, self._pool.submit(job))

    def _current(self, name: str, serial: int) -> bool:
        return name in self.runs and self.runs[name][0] == serial

    def _on_found(self, name: str, serial: int, value):
        if self._current(name, serial):
            self._shows[name](value)

    def _ended(self, name: str, serial: int):
        self._retiring = [f for f in self._retiring if not f.done()]
        if self._current(name, serial):
            del self.runs[name]
            self._buttons_idle()
            if name == "borrow":
                self._throttle.throttle()  # weights that came while it computed, no sooner than SHOW_EVERY_MS

    def _buttons_idle(self):
        self.measure_button.setEnabled("lengths" not in self.runs)
        self.break_button.setEnabled("break" not in self.runs)

    def busy(self) -> bool:
        return any(not f.done() for f in [*(f for _, _, f in self.runs.values()), *self._retiring])

    def stop_all(self):
        """Stop every job and join its thread (closing the window; a "try to break it" under way is waited for)."""
        self._throttle.cancel()
        for _serial, stop, _future in self.runs.values():
            stop.set()
        self.runs.clear()
        self._retiring.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
