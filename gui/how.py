"""How it subtracts (issue 10): what the weights do, in four views with a caption each.

    the borrow unit       |r| of each hidden unit with the true borrow (rnnsub.analysis.borrow_units), recomputed
                          from the latest weights at most every SHOW_EVERY_MS while the tab is shown, in a thread
                          (39 ms at 32 bits and 128 units: too long for the GUI thread)
    errors by bit         the latest full Evaluation's bit_accuracy, most significant bit on the left
    by borrow chain       its chain_correct / chain_total, the counts in a bar's tooltip
    pairs it gets wrong   the first WRONG_LIST wrong pairs of the evaluation pairs in a fixed shuffled order
                          (first_wrong_pairs), from the latest weights like the borrow unit (in a thread, at most every
                          SHOW_EVERY_MS, only while shown; 3 ms at 8 bits, 0.3 s at 10 bits when every pair is right);
                          each a link that shows it on the Operands tab (the show_pair signal)
    longer numbers        rnnsub.analysis.accuracy_by_length at 8 … 128 bits on request, in a thread; and "try to
                          break it" (find_wrong_any_length), also in a thread
    the machine           rnnsub.analysis.extract_machine on request ("Find the machine"), in a thread, drawn as a
                          state diagram; then again from the latest weights while shown, at most every MACHINE_EVERY_MS
                          (0.04 s at 8 bits and 16 units, 0.7 s at 32 and 128)

A new model (set_model) clears every view. Only copies of the weights go to the threads; numbers come back in
reports, and a report from a run that has since been replaced is dropped.
"""

from __future__ import annotations

import math
import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTextOption, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from superqt.utils import QSignalThrottler

from rnnsub.analysis import (
    AGREEMENT,
    INPUTS,
    LENGTHS,
    MAX_STATES,
    BorrowUnits,
    Machine,
    accuracy_by_length,
    borrow_step,
    borrow_units,
    extract_machine,
    find_wrong_any_length,
)
from rnnsub.data import answer, evaluation_pairs, pair_count
from rnnsub.evaluate import UNKNOWN, Evaluation, predict
from rnnsub.rnn import Weights

from .messages import number
from .palette import WRONG_FG, WRONG_MARK
from .plot import LowPlotWidget, least_height, whole_ticks

SHOW_EVERY_MS = 700  # the borrow unit and the evaluation's bars, at most ~1.4 times a second (and only when shown)
LENGTH_SAMPLE = 1000  # pairs per length for "Measure at longer lengths": 0.03 s at 8/16, 0.25 s at 32/128
BREAK_MAX_BITS = 128  # "Try to break it" searches every length up to this
BAR = (70, 110, 170)  # bars
BEST = (200, 110, 0)  # the best borrow unit's bar
MACHINE_EVERY_MS = 3000  # the machine, found again from newer weights at most this often (and only when shown)
STATE_RADIUS = 26  # the state diagram's circles, in scene units (the view scales the scene to fit)
JOBS = 2  # threads: the borrow unit, and one measurement asked for (they take turns when both are asked for)
WRONG_LIST = 5  # wrong pairs listed under the errors, each one click away from the Operands tab
WRONG_SEED = 0  # their order: a fixed shuffle, so that the list stays put while training removes pairs from it
WRONG_CHUNK = 4096  # pairs per step of that search (a few ms), between which it may be stopped
THREE_COLUMNS_PX = 760  # the tab's width from which the views stand in three columns (at 1280 x 800), else two
TWO_COLUMNS_PX = 560  # ... else one (at 800 x 600; the tab scrolls)


def first_wrong_pairs(w: Weights, cell: str, bits: int, pairs: str, count: int = WRONG_LIST,
                      stop: threading.Event | None = None) -> list[tuple[int, int]]:
    """The first `count` evaluation pairs (rnnsub.data.evaluation_pairs: every pair up to 10 bits, a fixed sample
    beyond) that model 0 answers wrongly, in the order of a fixed shuffle (seed WRONG_SEED), as Python ints; fewer
    when fewer are wrong; [] when stopped."""
    a, b, _ = evaluation_pairs(bits, pairs)
    order = np.random.RandomState(WRONG_SEED).permutation(a.size)
    found: list[tuple[int, int]] = []
    for s in range(0, a.size, WRONG_CHUNK):
        if stop is not None and stop.is_set():
            return []
        i = order[s : s + WRONG_CHUNK]
        value, _, _ = predict(w.take(0), cell, a[i], b[i], bits)
        wrong = i[value[0] != answer(a[i], b[i], bits)]
        found += [(int(a[j]), int(b[j])) for j in wrong[: count - len(found)]]
        if len(found) == count:
            break
    return found


def _plot(left: str, y_max: float) -> pg.PlotWidget:
    """A small plot with a fixed y range; what x is, the caption above it says (the tab has little height)."""
    view = LowPlotWidget(background="w")
    view.setMouseEnabled(x=False, y=False)
    view.hideButtons()
    view.setMenuEnabled(False)
    view.setFocusPolicy(Qt.NoFocus)  # fixed axes, nothing to do with the keys: Tab goes to the buttons
    view.setLabel("left", left)
    view.disableAutoRange()
    view.setYRange(0, y_max, padding=0.02)
    least_height(view, 80)
    return view


def _caption() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    return label


def arrow_labels(m: Machine) -> dict[tuple[int, int], str]:
    """The state diagram's arrows of a found machine: {(from, to): label}, one arrow per pair of states (a
    self-loop where from = to), its inputs ab grouped by output bit: "00,11/0" ("?" where the output is not a
    number); groups of one arrow on separate lines."""
    groups: dict[tuple[int, int], dict[int, list[str]]] = {}
    for s in range(m.states):
        for i, (a, b) in enumerate(INPUTS):
            groups.setdefault((s, int(m.next[s, i])), {}).setdefault(int(m.out[s, i]), []).append(f"{a}{b}")
    return {edge: "\n".join(f"{','.join(ins)}/{'?' if bit == UNKNOWN else bit}" for bit, ins in sorted(by.items()))
            for edge, by in groups.items()}


def borrow_of_states(m: Machine) -> dict[int, int]:
    """For a machine equivalent to the borrow machine: each reachable state's borrow (0 or 1), read by running
    both machines side by side from the start."""
    seen, todo = {int(m.start): 0}, [int(m.start)]
    while todo:
        s = todo.pop()
        for i, (a, b) in enumerate(INPUTS):
            t = int(m.next[s, i])
            if t not in seen:
                seen[t] = borrow_step(seen[s], a, b)[1]
                todo.append(t)
    return seen


class _Diagram(QGraphicsView):
    """A QGraphicsView that keeps its whole scene in view."""

    def sizeHint(self) -> QSize:
        return QSize(200, self.minimumHeight())  # it fits whatever it gets: the tab's spare height goes to it

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()

    def fit(self):
        """The whole diagram, shrunk to fit or enlarged up to 1.3 times (a single state need not fill the view)."""
        if self.scene() is None or self.scene().itemsBoundingRect().isEmpty():
            return
        box = self.scene().itemsBoundingRect().adjusted(-8, -8, 8, 8)
        scale = min(self.viewport().width() / box.width(), self.viewport().height() / box.height(), 1.3)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(box.center())


class HowPanel(QWidget):
    show_pair = Signal(object, object, int)  # (a, b, bits): show this pair on the Operands tab (Python ints: any size)
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
        self.wrong_pairs: list[tuple[int, int]] = []  # the pairs listed (first_wrong_pairs)
        self._wrongs_of: Weights | None = None  # the weights they were found for (or are being found for)
        self.wrong_list = _caption()
        self.wrong_list.setObjectName("wrong_pairs")
        self.wrong_list.setTextFormat(Qt.RichText)
        self.wrong_list.setTextInteractionFlags(Qt.TextBrowserInteraction)  # links: by mouse and by Tab + Enter
        self.wrong_list.setToolTip(self.tr("Click a pair to see it bit by bit on the Operands tab."))
        self.wrong_list.linkActivated.connect(self._wrong_clicked)
        self.wrong_list.setAccessibleDescription(self.wrong_list.toolTip())

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
        self.break_show = QPushButton(self.tr("Show it in the Operands tab"))
        self.break_show.setObjectName("show_break_pair")
        self.break_show.setToolTip(self.tr("See this pair bit by bit, at its length, on the Operands tab."))
        self.break_show.clicked.connect(self._show_break_pair)
        self.break_show.hide()

        # 4. the machine it learned
        self.machine: Machine | None = None  # the latest extract_machine drawn
        self.machine_states: list[str] = []  # the circles' labels, by state
        self.machine_arrows: dict[tuple[int, int], str] = {}  # the arrows drawn: (from, to) -> label
        self._machine_of: Weights | None = None  # the weights the diagram shows (or is being found from)
        self._machine_wanted = False  # "Find the machine" was pressed for this model: follow newer weights
        self.machine_caption = _caption()
        self.machine_caption.setText(self.tr(
            "The machine it learned: hidden states clustered into at most {0} states; arrows ab/output bit."
        ).format(MAX_STATES))
        self.machine_scene = QGraphicsScene(self)
        self.machine_view = _Diagram(self.machine_scene)
        self.machine_view.setObjectName("machine_diagram")
        self.machine_view.setRenderHint(QPainter.Antialiasing)
        self.machine_view.setBackgroundBrush(QBrush(Qt.white))
        self.machine_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.machine_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        least_height(self.machine_view, 120)
        self.machine_view.setFocusPolicy(Qt.NoFocus)  # a picture: its words are in machine_result
        self.machine_button = QPushButton(self.tr("Find the machine"))
        self.machine_button.setObjectName("find_machine")
        self.machine_button.setToolTip(self.tr(
            "Cluster the hidden states and read the transition table between the clusters (then again from newer "
            "weights while this tab is shown, at most every {0} s).").format(MACHINE_EVERY_MS // 1000))
        self.machine_button.clicked.connect(self.find_machine)
        self.machine_result = _caption()
        self.machine_result.setObjectName("machine_result")
        self._machine_throttle = QSignalThrottler(parent=self)
        self._machine_throttle.setTimeout(MACHINE_EVERY_MS)
        self._machine_throttle.triggered.connect(self._refresh_machine)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        machine = QVBoxLayout()
        machine.setSpacing(2)
        machine.addWidget(self.machine_caption)
        machine.addWidget(self.machine_view, 1)
        machine.addWidget(self.machine_button, 0, Qt.AlignLeft)
        machine.addWidget(self.machine_result)
        self.boxes = []  # the five views' boxes in reading order: borrow, bits, chain, lengths, machine (_arrange)
        for parts in ((self.borrow_caption, self.borrow_plot, self.borrow_result),
                      (self.bit_caption, self.bit_plot),
                      (self.chain_caption, self.chain_plot, self.wrong_list),
                      (self.length_caption, self.length_plot, self._length_buttons(), self.length_result,
                       self.break_result, self.break_show)):
            box = QVBoxLayout()
            box.setSpacing(2)
            for part in parts:
                if isinstance(part, QHBoxLayout):
                    box.addLayout(part)
                elif part is self.break_show:
                    box.addWidget(part, 0, Qt.AlignLeft)
                else:
                    box.addWidget(part, 1 if isinstance(part, pg.PlotWidget) else 0)
            self.boxes.append(box)
        self.boxes.append(machine)
        self.columns = 0
        self._arrange(3)
        self.clear()

    def _length_buttons(self) -> QHBoxLayout:
        """Below the plot, not beside it: beside it they left the plot ~120 px at 1280 x 800, its x labels run
        together ("8 163264")."""
        row = QHBoxLayout()
        row.addWidget(self.measure_button)
        row.addWidget(self.break_button)
        row.addStretch(1)
        return row

    def resizeEvent(self, event):
        super().resizeEvent(event)
        width = event.size().width()
        self._arrange(3 if width >= THREE_COLUMNS_PX else 2 if width >= TWO_COLUMNS_PX else 1)

    def _arrange(self, columns: int):
        """The views in three columns (the machine on the right, as tall as two views), in two (the machine below,
        as wide as both) or in one (the tab scrolls), for the width the tab has."""
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeItem(box)
            box.setParent(None)  # kept by self.boxes; a layout with a parent cannot be added again
        places = {3: [(0, 0), (0, 1), (1, 0), (1, 1), (0, 2, 2, 1)],
                  2: [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0, 1, 2)],
                  1: [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)]}[columns]
        for box, place in zip(self.boxes, places):
            self.grid.addLayout(box, *place)
        stretches = {3: (3, 3, 2), 2: (1, 1, 0), 1: (1, 0, 0)}[columns]  # three: the machine's column is narrower
        for col, stretch in enumerate(stretches):
            self.grid.setColumnStretch(col, stretch)
        for row in range(5):
            self.grid.setRowStretch(row, 1 if row < {3: 2, 2: 3, 1: 5}[columns] else 0)

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
        self.wrong_pairs, self._wrongs_of = [], None
        self.wrong_list.setText("")
        self.wrong_list.setFocusPolicy(Qt.NoFocus)
        self.break_show.hide()
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
        whole_ticks(self.bit_plot, 0, self.bits - 1)
        whole_ticks(self.chain_plot, 0, self.bits)
        if self.weights is not None:
            whole_ticks(self.borrow_plot, 0, self.weights.hidden - 1)
        self.length_result.setText("")
        self.break_result.setText("")
        self._machine_throttle.cancel()
        self.machine, self._machine_of, self._machine_wanted = None, None, False
        self.machine_states, self.machine_arrows = [], {}
        self.machine_scene.clear()
        self.machine_result.setText("")
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
        if self.weights is not None and self.weights is not self._wrongs_of and "wrongs" not in self.runs:
            self._find_wrong_pairs()
        if self.weights is not None and self.weights is not self._borrow_of and "borrow" not in self.runs:
            self._compute_borrow()
        if self._machine_wanted and self.weights is not self._machine_of:
            self._machine_throttle.throttle()  # found again at most every MACHINE_EVERY_MS

    # -- 4. the machine it learned ---------------------------------------------------------------------------
    def find_machine(self):
        """extract_machine of the weights as they are now; newer weights follow while the tab is shown."""
        if self.weights is None:
            return
        self._machine_wanted = True
        if "machine" in self.runs:
            return
        weights, cell, bits, pairs = self.weights, self.cell, self.bits, self.pairs
        self._machine_of = weights
        self._start("machine", lambda stop: iter([extract_machine(weights, cell, bits, pairs)]), self._show_machine)
        self.machine_button.setEnabled(False)
        if self.machine is None:
            self.machine_result.setText(self.tr("Looking for the machine in the weights of iteration {0}…").format(
                number(self.iteration)))

    def _refresh_machine(self):
        if self.isVisible() and self._machine_wanted and self.weights is not self._machine_of:
            self.find_machine()

    def _show_machine(self, m: Machine):
        self.machine = m
        self.machine_scene.clear()
        self.machine_states, self.machine_arrows = [], {}
        if not m.found:
            self.machine_result.setText(self.tr(
                "No machine of up to {0} states agrees with the network on {1}% of its transitions: the network "
                "has not learned a small machine.").format(m.max_states, number(100 * AGREEMENT, 1)))
            self.machine_view.fit()
            return
        if m.equivalent:
            borrow = borrow_of_states(m)
            names = [self.tr("borrow") if borrow.get(s) else self.tr("no borrow") for s in range(m.states)]
        else:
            names = [self.tr("state {0}").format(s) for s in range(m.states)]
        self.machine_states = names
        self.machine_arrows = arrow_labels(m)
        self._draw_machine(m)
        states = self.tr("%n state(s)", "", m.states)
        agree = self.tr("{0}; its transitions agree with the network on {1}% of samples").format(
            states, number(100 * m.found_agreement, 1))
        if m.equivalent:
            self.machine_result.setText(self.tr("{0}; it is the borrow machine.").format(agree))
        else:
            inputs = " ".join(f"{a}{b}" for a, b in m.difference)
            self.machine_result.setText(self.tr("{0}; it differs from the borrow machine on input {1} (lowest bit "
                                                "first).").format(agree, inputs))

    def _draw_machine(self, m: Machine):
        """Circles on a ring (the start on the left, marked by a short arrow), an arrow per pair of states, a loop
        above a state for its transitions to itself."""
        scene, r, S = self.machine_scene, STATE_RADIUS, m.states
        ring = 0 if S == 1 else max(70.0, 2.2 * r * S / math.pi)
        order = [(int(m.start) + j) % S for j in range(S)]
        where = {s: QPointF(-ring * math.cos(2 * math.pi * j / S), ring * math.sin(2 * math.pi * j / S))
                 for j, s in enumerate(order)}
        pen, ink = QPen(QColor(*BAR), 1.6), QColor(40, 40, 40)
        for (s, t), label in self.machine_arrows.items():
            p, q = where[s], where[t]
            path = QPainterPath()
            if s == t:  # a loop above the circle (with 3 states or more: pointing away from the centre of the ring)
                out = p if S > 2 else QPointF(0, -1)
                length = math.hypot(out.x(), out.y()) or 1.0
                u = QPointF(out.x() / length, out.y() / length)
                v = QPointF(-u.y(), u.x())
                a, b = p + (u * 0.8 + v * 0.6) * r, p + (u * 0.8 - v * 0.6) * r
                path.moveTo(a)
                path.cubicTo(a + (u * 1.6 + v * 0.9) * r, b + (u * 1.6 - v * 0.9) * r, b)
                tip, towards, text_at = b, b + (u * 1.6 - v * 0.9) * r, p + u * 2.2 * r
            else:  # a gentle bend, so that s -> t and t -> s do not overlap
                d = q - p
                length = math.hypot(d.x(), d.y())
                u = QPointF(d.x() / length, d.y() / length)
                n = QPointF(u.y(), -u.x())
                a, b = p + u * r, q - u * r
                mid = (p + q) / 2 + n * (0.25 * length)
                path.moveTo(a)
                path.quadTo(mid, b)
                tip, towards, text_at = b, mid, (p + q) / 2 + n * (0.19 * length + 14)
            scene.addPath(path, pen)
            self._arrow_head(tip, towards, pen)
            text = scene.addText(label)
            text.setDefaultTextColor(ink)
            box = text.boundingRect()
            if s == t:  # the label beyond the loop, whichever way the loop points
                text_at += u * (abs(u.x()) * box.width() / 2 + abs(u.y()) * box.height() / 2)
            text.setPos(text_at - QPointF(box.width() / 2, box.height() / 2))
        start = where[int(m.start)]
        head = start + QPointF(0, r)  # the start: a short arrow into it from below
        scene.addLine(head.x(), head.y() + 26, head.x(), head.y(), pen)
        self._arrow_head(head, head + QPointF(0, 26), pen)
        for s, p in where.items():
            scene.addEllipse(p.x() - r, p.y() - r, 2 * r, 2 * r, QPen(ink, 1.4), QBrush(QColor(235, 242, 252)))
            text = scene.addText(self.machine_states[s])
            text.setDefaultTextColor(ink)
            text.setTextWidth(2 * r)
            text.document().setDefaultTextOption(QTextOption(Qt.AlignCenter))
            box = text.boundingRect()
            text.setPos(p - QPointF(box.width() / 2, box.height() / 2))
        self.machine_view.fit()

    def _arrow_head(self, tip: QPointF, towards: QPointF, pen: QPen):
        d = tip - towards
        length = math.hypot(d.x(), d.y()) or 1.0
        u = QPointF(d.x() / length, d.y() / length)
        v = QPointF(-u.y(), u.x())
        head = QPolygonF([tip, tip - u * 9 + v * 4, tip - u * 9 - v * 4])
        self.machine_scene.addPolygon(head, pen, QBrush(pen.color()))

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
        whole_ticks(self.borrow_plot, 0, H - 1)
        self.borrow_caption.setText(self.tr(
            "The borrow unit: how closely each hidden unit (x) follows the borrow out of each bit (|Pearson r|, "
            "{0} pairs).").format(number(bu.samples // max(self.bits, 1))))
        if bu.found:
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
        return self.tr("Longest borrow chain {0} bit(s): {1} of {2} pairs right.", "", n).format(
            n, number(int(ev.chain_correct[0, n])), number(int(ev.chain_total[n])))

    def _find_wrong_pairs(self):
        """The first few pairs the latest weights get wrong, in a thread."""
        weights, cell, bits, pairs, iteration = self.weights, self.cell, self.bits, self.pairs, self.iteration
        self._wrongs_of = weights
        self._start("wrongs", lambda stop: iter([(iteration, first_wrong_pairs(weights, cell, bits, pairs, stop=stop))]),
                    self._show_wrong_pairs)

    def _show_wrong_pairs(self, found):
        iteration, self.wrong_pairs = found
        self.wrong_list.setFocusPolicy(Qt.StrongFocus if self.wrong_pairs else Qt.NoFocus)  # Tab: to its links only
        if not self.wrong_pairs:
            self.wrong_list.setText(self.tr("No wrong pair among the {0} pairs it is judged on (iteration {1}).").format(
                number(pair_count(self.bits, self.pairs)), number(iteration)))
            return
        links = " · ".join(f"<a href='{a}:{b}'>{number(a)}&nbsp;−&nbsp;{number(b)}</a>" for a, b in self.wrong_pairs)
        self.wrong_list.setText(self.tr("<span style='color:{0}'>{1}</span> Pairs it gets wrong at iteration {2} "
                                        "(click one to see it): {3}").format(WRONG_FG, WRONG_MARK, number(iteration), links))

    def _wrong_clicked(self, href: str):
        a, b = (int(n) for n in href.split(":"))
        self.show_pair.emit(a, b, self.bits)

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
        self.break_show.hide()
        self.break_result.setStyleSheet("")
        self.break_result.setText(self.tr("Looking for a pair it gets wrong, up to {0} bits…").format(BREAK_MAX_BITS))

    def _show_wrong(self, s):
        self.wrong = s
        if s.pair is None:
            self.break_result.setStyleSheet("")
            self.break_result.setText(self.tr("No wrong answer in {0} pairs of 1 to {1} bits.").format(
                number(s.tried), s.max_bits))
            return
        a, b = s.pair
        got = self.tr("an answer with bits that are not a number") if s.got is None else number(s.got)
        self.break_result.setStyleSheet(f"color: {WRONG_FG};")
        self.break_result.setText(WRONG_MARK + " " + self.tr(
            "Wrong at {0} bits: {1} − {2} = {3}, it answers {4} ({5} pairs tried).").format(
            s.bits, number(a), number(b), number((a - b) % (1 << s.bits)), got, number(s.tried)))
        self.break_show.show()

    def _show_break_pair(self):
        if self.wrong is not None and self.wrong.pair is not None:
            self.show_pair.emit(*self.wrong.pair, self.wrong.bits)

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
            if name in ("borrow", "wrongs"):
                self._throttle.throttle()  # weights that came while it computed, no sooner than SHOW_EVERY_MS
            if name == "machine" and self._machine_wanted:
                self._machine_throttle.throttle()  # the same for the machine, no sooner than MACHINE_EVERY_MS

    def _buttons_idle(self):
        self.measure_button.setEnabled("lengths" not in self.runs)
        self.break_button.setEnabled("break" not in self.runs)
        self.break_show.setVisible("break" not in self.runs and self.wrong is not None and self.wrong.pair is not None)
        self.machine_button.setEnabled("machine" not in self.runs)

    def busy(self) -> bool:
        return any(not f.done() for f in [*(f for _, _, f in self.runs.values()), *self._retiring])

    def stop_all(self):
        """Stop every job and join its thread (closing the window; a "try to break it" under way is waited for)."""
        self._throttle.cancel()
        self._machine_throttle.cancel()
        for _serial, stop, _future in self.runs.values():
            stop.set()
        self.runs.clear()
        self._retiring.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
