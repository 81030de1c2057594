"""Knock out units (issue 11, part 3): hold hidden units at a value, or edit one weight, and see what the trained
network still gets right.

    importance   the accuracy with each unit knocked out in turn (rnnsub.analysis.importance), as bars; a click on
                 a bar knocks that unit out
    changes      hold a unit at a value (0 knocks it out), set one weight; each change can be undone, in turn or
                 all at once, and undoing gives back the model exactly (the changes are applied to a copy)

The panel emits `changed` with the changed copy (or None: the model as trained), which the window shows in every
other view, and `evaluated` with its full Evaluation. The changes are an experiment on a model, not a model to
train: the window undoes them before training goes on. The work (evaluations) runs on one pool thread; a result
from changes since replaced is dropped.
"""

from __future__ import annotations

import threading
import traceback
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rnnsub.analysis import hold, importance, importance_sample
from rnnsub.errors import UserError
from rnnsub.evaluate import Evaluation, Interrupted, evaluate
from rnnsub.rnn import Weights

from .fields import FloatSpinBox
from .messages import number, user_message
from .plot import LowPlotWidget, fit_axis_title, fit_title, least_height, whole_ticks

BAR = (70, 110, 170)
HELD = (200, 110, 0)  # the bars of units held now
IMPORTANCE_CHUNKS = 16  # importance is computed (and its progress said) in this many chunks of units
LIMIT = 1000.0  # a value to hold a unit at, or a weight, is between -LIMIT and LIMIT


class KnockoutPanel(QWidget):
    changed = Signal(object)  # Weights with the changes, or None when there are none
    evaluated = Signal(object)  # the Evaluation of the changed model (of the model itself when there are none)
    _done = Signal(int, str, object)  # (serial, what, result) from the pool thread

    def __init__(self, parent=None):
        super().__init__(parent)
        self.base: Weights | None = None  # the model as trained (model 0)
        self.cell, self.bits, self.pairs = "elman", 8, "ordered"
        self.changes: list[tuple] = []  # ("hold", unit, value) or ("weight", name, row, col, value), in order
        self.current: Weights | None = None  # base with the changes, or None
        self.importance: np.ndarray | None = None  # (H,) for `current or base`
        self.accuracy: tuple[Evaluation, Evaluation] | None = None  # (model itself, changed)
        self.locked = False  # training: nothing can be changed
        self._serial = 0
        self._stale = True  # importance and accuracy are not yet those of the latest changes
        self._pool: ThreadPoolExecutor | None = None
        self._stop = threading.Event()
        self._done.connect(self._on_done)

        caption = QLabel(self.tr("Hold hidden units at a fixed value (0 knocks a unit out) or change one weight, and "
                                 "see what the trained network still gets right. Training undoes the changes."))
        caption.setWordWrap(True)
        self.plot = LowPlotWidget()
        self.plot.setObjectName("importance_plot")
        self.plot.setBackground("w")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self._left_title = (self.tr("pairs right (%)"), "%")  # "%" where the plot is too low for the words
        self.plot.setLabel("left", self._left_title[0])
        self.plot.getPlotItem().vb.sigResized.connect(lambda *_: fit_axis_title(self.plot.getPlotItem(), self._left_title))
        self.plot.setLabel("bottom", self.tr("hidden unit knocked out"))
        self.plot.setYRange(0, 100, padding=0.02)
        self.importance_sample: int | None = None  # the pairs importance was judged on, when not evaluate()'s
        self._progress: tuple[int, int] | None = None  # (units done, H) while importance is computed
        self.plot.setTitle(self._title(), size="9pt")
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=pg.mkBrush(*BAR))
        self.plot.addItem(self.bars)
        self.now_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(HELD, width=2, style=Qt.DashLine),
                                        label=self.tr("with the changes"),
                                        labelOpts={"position": 0.9, "color": HELD, "anchors": [(1, 1), (1, 1)]})
        self.now_line.setVisible(False)
        self.plot.addItem(self.now_line)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

        self.unit = QSpinBox()
        self.unit.setObjectName("knockout_unit")
        self.unit.setToolTip(self.tr("The hidden unit, counted from 0."))
        self.value = FloatSpinBox()
        self.value.setObjectName("knockout_value")
        self.value.setRange(-LIMIT, LIMIT)
        self.value.setToolTip(self.tr("The value the unit is held at, at every step from h₀ on. 0 knocks it out; "
                                      "an elman unit's own values lie between 0 and 1."))
        self.hold_button = QPushButton(self.tr("Hold unit"))
        self.hold_button.setObjectName("hold_unit")
        self.hold_button.clicked.connect(lambda: self.hold_unit(self.unit.value(), self.value.value()))
        self.matrix = QComboBox()
        self.matrix.setObjectName("weight_matrix")
        for name in ("W0", "Wh", "W1"):
            self.matrix.addItem(name, name)
        self.row, self.col = QSpinBox(), QSpinBox()
        self.row.setObjectName("weight_row")
        self.col.setObjectName("weight_col")
        self.weight = FloatSpinBox()
        self.weight.setObjectName("weight_value")
        self.weight.setRange(-LIMIT, LIMIT)
        for box in (self.matrix, self.row, self.col):
            (box.currentIndexChanged if box is self.matrix else box.valueChanged).connect(self._weight_shown)
        self.matrix.setToolTip(self.tr("W0: input → hidden, Wh: hidden → hidden, W1: hidden → output."))
        self.row.setToolTip(self.tr("The row: where the connection starts (for W0, 0 is a and 1 is b)."))
        self.col.setToolTip(self.tr("The column: where the connection ends."))
        self.set_button = QPushButton(self.tr("Set weight"))
        self.set_button.setObjectName("set_weight")
        self.set_button.clicked.connect(
            lambda: self.set_weight(self.matrix.currentData(), self.row.value(), self.col.value(), self.weight.value()))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo_change")
        self.undo_button.clicked.connect(self.undo)
        self.undo_all_button = QPushButton(self.tr("Undo all"))
        self.undo_all_button.setObjectName("undo_all_changes")
        self.undo_all_button.clicked.connect(self.undo_all)
        self.result = QLabel()
        self.result.setObjectName("knockout_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)

        labels = {field: QLabel(text) for field, text in (
            (self.unit, self.tr("Unit")), (self.value, self.tr("held at")), (self.matrix, self.tr("Weight")),
            (self.row, self.tr("row")), (self.col, self.tr("column")), (self.weight, self.tr("set to")))}
        for field, name in labels.items():  # each field named by the label before it (screen readers, Alt+key)
            name.setBuddy(field)
            field.setAccessibleName(name.text())
        grid = QGridLayout()
        grid.addWidget(labels[self.unit], 0, 0)
        grid.addWidget(self.unit, 0, 1)
        grid.addWidget(labels[self.value], 0, 2)
        grid.addWidget(self.value, 0, 3)
        grid.addWidget(self.hold_button, 0, 4)
        grid.addWidget(labels[self.matrix], 1, 0)
        grid.addWidget(self.matrix, 1, 1)
        cell = QHBoxLayout()
        cell.addWidget(labels[self.row])
        cell.addWidget(self.row)
        cell.addWidget(labels[self.col])
        cell.addWidget(self.col)
        grid.addLayout(cell, 1, 2, 1, 2)
        grid.addWidget(labels[self.weight], 2, 0)
        grid.addWidget(self.weight, 2, 1, 1, 3)
        grid.addWidget(self.set_button, 2, 4)
        grid.setColumnStretch(5, 1)
        undo = QHBoxLayout()
        undo.addWidget(self.undo_button)
        undo.addWidget(self.undo_all_button)
        undo.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(caption)
        layout.addWidget(self.plot, 1)
        least_height(self.plot, 150)  # a low tab scrolls rather than squash the bars
        self.plot.setFocusPolicy(Qt.NoFocus)  # a click on a bar is a shortcut for Unit and Hold unit, which Tab reaches
        layout.addLayout(grid)
        layout.addLayout(undo)
        layout.addWidget(self.result)
        self._buttons()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        fit_title(self.plot.getPlotItem(), self.plot.width() - 70)  # the long title wraps instead of widening the plot

    # -- the model ---------------------------------------------------------------------------------------------
    def set_model(self, weights: Weights, cell: str, bits: int, pairs: str):
        """A new model, or the latest weights of a run: the changes (if any) are dropped, silently."""
        self.base, self.cell, self.bits, self.pairs = weights.take(0), cell, bits, pairs
        H = self.base.hidden
        self.unit.setMaximum(H - 1)
        self.changes, self.current = [], None
        self.importance, self.accuracy, self._progress = None, None, None
        self._limits()
        self._weight_shown()
        self._invalidate()

    def set_locked(self, locked: bool):
        """Training runs (locked) or not: while it runs the changes are undone, nothing can be changed, and nothing
        is computed."""
        if locked == self.locked:
            return
        self.locked = locked
        if locked:
            self._serial += 1  # whatever is computing is for weights training has left behind
            if self.changes:  # training uses the model as trained: the views go back to it too
                self.changes.clear()
                self._apply()
            if self.importance is not None:
                self._draw()  # without the line of the changes just undone
        self._buttons()
        self._invalidate()

    # -- changes -----------------------------------------------------------------------------------------------
    def hold_unit(self, unit: int, value: float = 0.0):
        """Hold `unit` at `value` (0 knocks it out) from now on; a unit held already gets the new value."""
        self._change(("hold", int(unit), float(value)))

    def set_weight(self, name: str, row: int, col: int, value: float):
        self._change(("weight", name, int(row), int(col), float(value)))

    def undo(self):
        if self.changes:
            self.changes.pop()
            self._apply()

    def undo_all(self):
        if self.changes:
            self.changes.clear()
            self._apply()

    def _change(self, change: tuple):
        if self.base is None or self.locked:
            return
        self.changes.append(change)
        try:
            self._apply()
        except UserError as e:  # a unit or weight the model does not have: nothing changes
            self.changes.pop()
            self._apply()
            self.result.setText(user_message(e))

    def _apply(self):
        """current = base with every change, in order (a copy: base is never touched)."""
        if not self.changes:
            self.current = None
        else:
            w = self.base.copy()
            held: dict[int, float] = {}
            for change in self.changes:
                if change[0] == "hold":
                    held[change[1]] = change[2]
                else:
                    _, name, row, col, value = change
                    getattr(w, name)[0, row, col] = value
            self.current = hold(w, held) if held else w
        self._weight_shown()
        self._invalidate()
        self.changed.emit(self.current)

    def held(self) -> dict[int, float]:
        return {c[1]: c[2] for c in self.changes if c[0] == "hold"}

    # -- what is computed ----------------------------------------------------------------------------------------
    def _invalidate(self):
        self._stale = True
        self.accuracy = None  # of changes since replaced
        self._serial += 1
        self._buttons()
        self._say()
        if self.isVisible():
            self._compute()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self._compute()

    def _compute(self):
        if self.base is None or self.locked:
            return
        self._stale = False
        serial, w = self._serial, self.current if self.current is not None else self.base
        base, cell, bits, pairs = self.base, self.cell, self.bits, self.pairs
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="rnnsub-knockout")

        wanted = self.importance is None  # of the model as trained: the same bars whatever the changes

        def stale() -> bool:  # a newer change, a new model or closing: this job's numbers are no longer wanted
            return serial != self._serial or self._stop.is_set()

        def job():
            try:
                itself = evaluate(base, cell, bits, pairs, stale)
                changed = itself if w is base else evaluate(w, cell, bits, pairs, stale)
                self._done.emit(serial, "accuracy", (itself, changed))
                if wanted and not stale():  # in chunks of units, each said as it ends: a large model takes a while
                    H, sample = base.hidden, importance_sample(base.hidden, bits, pairs)
                    step = max(1, H // IMPORTANCE_CHUNKS)
                    parts = []
                    for first in range(0, H, step):
                        self._done.emit(serial, "progress", (first, H))
                        parts.append(importance(base, cell, bits, pairs, interrupt=stale, sample=sample,
                                                units=range(first, min(first + step, H))))
                    self._done.emit(serial, "importance", (np.concatenate(parts), sample))
            except Interrupted:
                pass
            except Exception:  # a bug: its traceback goes to stderr, and the panel waits for the next change
                traceback.print_exc()

        self._pool.submit(job)

    def _on_done(self, serial: int, what: str, result):
        if serial != self._serial:
            return
        if what == "accuracy":
            self.accuracy = result
            self.evaluated.emit(result[1])
        elif what == "progress":
            self._progress = result
        else:
            self.importance, self.importance_sample = result
            self._progress = None
            self.plot.setTitle(self._title(), size="9pt")
            fit_title(self.plot.getPlotItem(), self.plot.width() - 70)
        if self.importance is not None:
            self._draw()
        self._say()

    def _draw(self):
        imp = self.importance
        H = imp.size
        held = self.held()
        brushes = [pg.mkBrush(*(HELD if u in held else BAR)) for u in range(H)]
        self.bars.setOpts(x=np.arange(H), height=100 * imp, width=0.7, brushes=brushes)
        changed = self.accuracy[1].accuracy[0] if self.accuracy is not None and self.changes else None
        self.now_line.setVisible(changed is not None)
        if changed is not None:
            self.now_line.setValue(100 * changed)
        whole_ticks(self.plot, 0, H - 1)

    def _clicked(self, event):
        if self.importance is None or self.locked:
            return
        x = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos()).x()
        unit = int(round(x))
        if 0 <= unit < self.importance.size and abs(x - unit) <= 0.35:
            self.hold_unit(unit, 0.0)

    def _say(self):
        if self.base is None:
            self.result.setText("")
            return
        parts = []
        for c in self.changes:
            if c[0] == "hold":
                parts.append(self.tr("unit {0} knocked out").format(c[1]) if c[2] == 0 else
                             self.tr("unit {0} held at {1}").format(c[1], number(c[2], 6)))
            else:
                parts.append(self.tr("{0}[{1}, {2}] set to {3}").format(c[1], c[2], c[3], number(c[4], 6)))
        changes = "; ".join(parts) if parts else self.tr("no changes")
        if self.locked:
            text = self.tr("Training is running: pause or stop it to experiment.")
        elif self.accuracy is None or self._stale:
            text = self.tr("Changes: {0}. Measuring…").format(changes)
        elif self.importance is None and self._progress is not None:
            itself, changed = self.accuracy
            text = self.tr("Changes: {0}. {1} of {2} pairs right ({3}%). Importance: unit {4} of {5}…").format(
                changes, number(changed.correct[0]), number(changed.total), number(100 * changed.accuracy[0], 2),
                self._progress[0], self._progress[1])
        else:
            itself, changed = self.accuracy
            text = self.tr("Changes: {0}. {1} of {2} pairs right ({3}%); as trained: {4}%.").format(
                changes, number(changed.correct[0]), number(changed.total), number(100 * changed.accuracy[0], 2),
                number(100 * itself.accuracy[0], 2))
        self.result.setText(text)

    def _title(self) -> str:
        title = self.tr("Importance: the trained network's accuracy with each unit knocked out alone (click a bar to "
                        "knock it out)")
        if self.importance_sample is not None:
            title += self.tr(", estimated from {0} pairs").format(number(self.importance_sample))
        return title

    # -- widgets -------------------------------------------------------------------------------------------------
    def _limits(self):
        H = self.base.hidden
        rows = {"W0": 2, "Wh": H, "W1": H}[self.matrix.currentData()]
        cols = {"W0": H, "Wh": H, "W1": 1}[self.matrix.currentData()]
        self.row.setMaximum(rows - 1)
        self.col.setMaximum(cols - 1)

    def _weight_shown(self):
        """The weight the row and column name, as it is now (with the changes)."""
        if self.base is None:
            return
        self._limits()
        w = self.current if self.current is not None else self.base
        value = float(getattr(w, self.matrix.currentData())[0, self.row.value(), self.col.value()])
        if np.isfinite(value) and abs(value) <= LIMIT:
            self.weight.setValue(value)

    def _buttons(self):
        free = self.base is not None and not self.locked
        for w in (self.hold_button, self.set_button, self.unit, self.value, self.matrix, self.row, self.col,
                  self.weight):
            w.setEnabled(free)
        self.undo_button.setEnabled(free and bool(self.changes))
        self.undo_all_button.setEnabled(free and bool(self.changes))

    def busy(self) -> bool:
        """Numbers still to come for the model and changes shown (set on the GUI thread as they arrive: a job that
        has ended but whose numbers are still queued counts as busy)."""
        return self.base is not None and not self.locked and (self.accuracy is None or self.importance is None)

    def stop_all(self):
        """Join the pool thread (closing the window)."""
        self._stop.set()
        self._serial += 1
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._stop.clear()

