"""The operand panel: type A and B, see their bits, the true A − B and the network's answer bit by bit."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalThrottler

from rnnsub.data import answer, fitting_pair, parse_operand, random_pair
from rnnsub.errors import OperandError
from rnnsub.evaluate import Search, Trace, find_wrong, trace
from rnnsub.rnn import Weights
from rnnsub.train import Control

from .messages import number, user_message
from .worker import WorkerThread

RIGHT_BG, WRONG_BG = "#d7f0dc", "#f9d6d3"
RIGHT_FG, WRONG_FG = "#1b5e20", "#8c1d18"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
INVALID_STYLE = "QLineEdit { border: 2px solid #b3261e; background: #fff3f2; }"
SHOW_EVERY_MS = 150  # a model in training is shown (trace, bits, Inside panel) at most ~7 times a second


class OperandPanel(QWidget):
    trace_changed = Signal(object)  # rnnsub.evaluate.Trace of the pair shown, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weights: Weights | None = None
        self.cell, self.bits, self.pairs = "elman", 8, "ordered"
        self.a, self.b = 200, 73  # the last valid operands
        self.current: Trace | None = None
        self._rng = np.random.RandomState()
        self.search: WorkerThread | None = None  # the running search for a wrong answer
        self._shown: tuple | None = None  # (weights, a, b) of the trace shown: nothing to redo while they stay
        # Weights from a run arrive ~30 times a second; the first is shown at once, then at most one per
        # SHOW_EVERY_MS (the latest), which is as often as the eye reads the bits and far cheaper.
        self._throttle = QSignalThrottler(parent=self)
        self._throttle.setTimeout(SHOW_EVERY_MS)
        self._throttle.triggered.connect(self._refresh_if_changed)

        self.a_edit = QLineEdit(str(self.a))
        self.b_edit = QLineEdit(str(self.b))
        self._tips = {}
        for edit, name in ((self.a_edit, "A"), (self.b_edit, "B")):
            self._tips[name] = self.tr("Operand {0}: decimal (200), binary (0b11001000) or hexadecimal (0xc8).").format(name)
            edit.setObjectName(f"operand_{name.lower()}")
            edit.setAccessibleName(self.tr("Operand {0}").format(name))
            edit.setToolTip(self._tips[name])
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._edited)
        self.random_button = QPushButton(self.tr("Random pair"))
        self.random_button.setObjectName("random_pair")
        self.random_button.setToolTip(self.tr("Pick A and B at random from the pairs the model is tested on."))
        self.wrong_button = QPushButton(self.tr("Show me one it gets wrong"))
        self.wrong_button.setObjectName("find_wrong")
        self.wrong_button.setToolTip(self.tr("Find a pair the network answers wrongly (checks every pair up to 10 bits)."))
        self.random_button.clicked.connect(self.random_pair)
        self.wrong_button.clicked.connect(self.show_wrong)

        inputs = QHBoxLayout()
        inputs.addWidget(QLabel(self.tr("A")))
        inputs.addWidget(self.a_edit, 1)
        inputs.addWidget(QLabel(self.tr("B")))
        inputs.addWidget(self.b_edit, 1)
        inputs.addWidget(self.random_button)
        inputs.addWidget(self.wrong_button)

        self.message = QLabel()
        self.message.setObjectName("operand_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.RichText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b5a00;")

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(2)
        scroll = QScrollArea()
        scroll.setWidget(self.grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setMinimumHeight(150)

        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        self._cells: dict[tuple[str, int], QLabel] = {}
        self._row_values: dict[str, QLabel] = {}
        self._build_grid()

    # -- the model ---------------------------------------------------------------------------------------
    def set_model(self, weights: Weights, cell: str, bits: int, pairs: str):
        """A new model. The pair is checked against its bit width; one that no longer fits is replaced by its
        low bits, and the panel says so."""
        self.stop_search()
        if bits != self.bits:
            self.bits = bits
            self._build_grid()
        self.weights, self.cell, self.pairs = weights, cell, pairs
        fits = fitting_pair(self.a, self.b, bits)
        if fits != (self.a, self.b):
            old = (self.a, self.b)
            self.a, self.b = fits
            self.set_operands(*fits)
            self._say(self.tr("{0} − {1} does not fit in {2} bits, so the panel shows their low bits: {3} − {4}.").format(
                *old, bits, *fits))
        else:
            self._edited()  # a typed text may fit now, or no longer

    def update_weights(self, weights: Weights):
        """The same model, trained further: show its answer to the same pair (at once if nothing was shown
        in the last SHOW_EVERY_MS, else the latest weights when that time is up)."""
        self.weights = weights
        self._throttle.throttle()

    def flush(self):
        """Show the latest weights now (a run has ended: its last word should not wait)."""
        self._throttle.flush()

    def _refresh_if_changed(self):
        shown = self._shown
        if shown is None or shown[0] is not self.weights or shown[1:] != (self.a, self.b):
            self.refresh()

    def set_operands(self, a: int, b: int):
        self.a_edit.setText(str(a))
        self.b_edit.setText(str(b))

    # -- input -------------------------------------------------------------------------------------------
    def _edited(self):
        problems = []
        values = {}
        for edit, name in ((self.a_edit, "A"), (self.b_edit, "B")):
            try:
                values[name] = parse_operand(edit.text(), self.bits, name)
                edit.setStyleSheet("")
                edit.setToolTip(self._tips[name])
                edit.setProperty("invalid", False)
            except OperandError as e:
                problems.append(user_message(e))
                edit.setStyleSheet(INVALID_STYLE)
                edit.setToolTip(problems[-1])
                edit.setProperty("invalid", True)
        if problems:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(" ".join(problems) + " " + self.tr("Showing the last valid pair."))
            return
        self.message.setText("")
        self.a, self.b = values["A"], values["B"]
        self.refresh()

    # -- showing the answer --------------------------------------------------------------------------------
    def refresh(self):
        if self.weights is None:
            return
        t = trace(self.weights, self.cell, self.a, self.b, self.bits)
        self.current = t
        self._shown = (self.weights, self.a, self.b)
        T = self.bits
        truth = int(answer(self.a, self.b, T))
        self._fill_row("A", t.x[:, 0], str(self.a))
        self._fill_row("B", t.x[:, 1], str(self.b))
        self._fill_row("borrow", t.borrow, "")
        self._fill_row("true", t.true, str(truth))
        for i in range(T):
            cell = self._cells[("net", i)]
            right = t.pred[i] == t.true[i]
            if t.unknown[i]:  # ŷ is not a number: no bit, and no number made up from one
                cell.setText("<b>?</b>")
                cell.setToolTip(self.tr("bit {0}: the network's output is not a number here, so it gives no bit "
                                        "(true bit {1})").format(i, int(t.true[i])))
            else:
                cell.setText(f"<b>{t.pred[i]}</b><br><small>{number(t.p[i], 2)}</small>" if T <= 16 else f"<b>{t.pred[i]}</b>")
                cell.setToolTip(
                    self.tr("bit {0}: output probability {1}, predicted {2}, true {3} — {4}").format(
                        i, number(t.p[i], 4), int(t.pred[i]), int(t.true[i]), self.tr("right") if right else self.tr("wrong")
                    )
                )
            if cell.property("right") != bool(right):  # a style sheet re-polishes the label: only on a change
                bg, fg = (RIGHT_BG, RIGHT_FG) if right else (WRONG_BG, WRONG_FG)
                cell.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 3px; padding: 1px;")
                cell.setProperty("right", bool(right))
        self._row_values["net"].setText("?" if t.value is None else str(t.value))
        if t.value is None:
            self.verdict.setText(
                self.tr("<span style='color:{0}'>✗ No answer:</span> the network's output is not a number at %n bit(s); "
                        "the answer is {1}.", "", int(t.unknown.sum())).format(WRONG_FG, truth)
            )
        elif t.right:
            self.verdict.setText(
                self.tr("<span style='color:{0}'>✓ Right:</span> {1} − {2} = {3}").format(RIGHT_FG, self.a, self.b, t.value)
            )
        else:
            wrong = int((t.pred != t.true).sum())
            self.verdict.setText(
                self.tr(
                    "<span style='color:{0}'>✗ Wrong:</span> the network says {1}, the answer is {2} (%n bit(s) wrong).",
                    "",
                    wrong,
                ).format(WRONG_FG, t.value, truth)
            )
        if self.pairs == "ordered" and self.a < self.b:
            self.note.setText(
                self.tr(
                    "A < B is outside what this model was trained on (A ≥ B): the true answer "
                    "shown wraps around, (A − B) mod 2^{0}."
                ).format(T)
            )
        else:
            self.note.setText("")
        self.trace_changed.emit(t)

    def _fill_row(self, row: str, bits, value: str):
        for i in range(self.bits):
            self._cells[(row, i)].setText(str(int(bits[i])))
        self._row_values[row].setText(value)

    def _build_grid(self):
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._cells.clear()
        self._row_values.clear()
        T = self.bits
        rows = [
            ("A", self.tr("A")),
            ("B", self.tr("B")),
            ("borrow", self.tr("borrow")),
            ("true", self.tr("A − B")),
            ("net", self.tr("network")),
        ]
        tips = {
            "borrow": self.tr("The true borrow out of each bit: 1 where this column had to borrow from the next."),
            "net": self.tr("The network's answer: the bit, and below it the output probability ŷ. Green is right, red is wrong."),
            "true": self.tr("The correct answer, (A − B) mod 2^bits."),
        }
        for c in range(T):  # column c shows bit T-1-c: most significant first
            head = QLabel("2" + str(T - 1 - c).translate(SUPERSCRIPT) if T <= 16 else str(T - 1 - c))
            head.setAlignment(Qt.AlignCenter)
            head.setStyleSheet("color: gray;")
            self.grid.addWidget(head, 0, c + 1)
        for r, (key, label) in enumerate(rows, start=1):
            name = QLabel(label)
            name.setToolTip(tips.get(key, ""))
            self.grid.addWidget(name, r, 0)
            for c in range(T):
                cell = QLabel("·")
                cell.setAlignment(Qt.AlignCenter)
                cell.setMinimumWidth(34 if T <= 16 else 16)
                if key == "borrow":
                    cell.setStyleSheet("color: #8a6d00;")
                self.grid.addWidget(cell, r, c + 1)
                self._cells[(key, T - 1 - c)] = cell
            value = QLabel()
            value.setMinimumWidth(70)
            self.grid.addWidget(value, r, T + 1)
            self._row_values[key] = value
        self.grid.setColumnStretch(T + 2, 1)

    # -- buttons ---------------------------------------------------------------------------------------
    def random_pair(self):
        self.set_operands(*random_pair(self._rng, self.bits, self.pairs))

    def show_wrong(self):
        """Search the pairs the model is judged on, in random order, for one it answers wrongly. The search
        runs in its own thread on a copy of the weights; pressing the button again stops it."""
        if self.searching():
            self.stop_search()
            return
        if self.weights is None:
            return
        control = Control()
        weights, cell, bits, pairs = self.weights.take(0), self.cell, self.bits, self.pairs
        seed = int(self._rng.randint(2**31))
        run = self.search = WorkerThread(lambda: find_wrong(weights, cell, bits, pairs, seed, lambda: control.stopped),
                                         control, self)
        run.report.connect(lambda s: self._on_search(s) if self.search is run else None)
        run.done.connect(lambda _: self._search_ended() if self.search is run else None)
        run.start()
        self.wrong_button.setText(self.tr("Stop searching"))
        self._say(self.tr("Searching…"))

    def searching(self) -> bool:
        return self.search is not None and self.search.is_running()

    def stop_search(self):
        if self.search is not None:
            self.search.stop()
            self.search.deleteLater()
            self.search = None
        self._search_ended()

    def _search_ended(self):
        self.wrong_button.setText(self.tr("Show me one it gets wrong"))

    def _on_search(self, s: Search):
        if s.status == "found":
            self.set_operands(*s.pair)
            self._say(self.tr("A pair it gets wrong: of the {0} pairs checked, {1} are wrong.").format(
                number(s.checked), number(s.wrong)), error=True)
        elif s.status == "none":
            what = self.tr("every one of the {0} pairs") if s.exhaustive else self.tr("all {0} sampled pairs")
            self._say(self.tr("It gets {0} right.").format(what.format(number(s.total))))
        elif s.status == "running":
            self._say(self.tr("Searching… {0} of {1} pairs checked, all right so far.").format(
                number(s.checked), number(s.total)))

    def _say(self, text: str, error: bool = False):
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")
        self.message.setText(text)
