"""The operand panel: type A and B, see their bits, the true A − B and the network's answer bit by bit.

The network is recurrent, one step per bit, so the same weights answer pairs of any length: "Bits shown" (1 to
MAX_BITS) is the length of A, B and the answer here. It follows the model's training length until the person
chooses another (or a pair of another length is shown from the How tab); the numbers are Python ints throughout,
never int64, so 128-bit pairs are exact.

The grid: the row names stay put on the left, the bit columns (all of one width, most significant bit first)
scroll sideways when they do not fit, then each row's number. Right and wrong bits differ by colour (gui.palette,
colour-blind safe), by a border, and by a ✓ or ✗ in a row of their own.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalThrottler, signals_blocked

from rnnsub.data import answer, fitting_pair, parse_operand, random_pair
from rnnsub.errors import OperandError
from rnnsub.evaluate import Search, Trace, find_wrong, trace
from rnnsub.rnn import Weights
from rnnsub.train import Control

from .messages import number, user_message
from .palette import RIGHT, RIGHT_BG, RIGHT_FG, RIGHT_MARK, WRONG, WRONG_BG, WRONG_FG, WRONG_MARK
from .settings import load_value
from .worker import WorkerThread

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
INVALID_STYLE = "QLineEdit { border: 2px solid #b3261e; background: #fff3f2; }"
SHOW_EVERY_MS = 150  # a model in training is shown (trace, bits, Inside panel) at most ~7 times a second
MAX_BITS = 128  # the longest pair the panel shows (the How tab's "Try to break it" searches up to this too)
WIDE_BITS = 16  # up to this many bits each column shows ŷ under the network's bit, and powers of two on top
RIGHT_STYLE = f"background: {RIGHT_BG}; color: {RIGHT_FG}; border: 2px solid transparent; border-radius: 3px;"
WRONG_STYLE = f"background: {WRONG_BG}; color: {WRONG_FG}; border: 2px solid {WRONG}; border-radius: 3px;"


def whole(n: int) -> str:
    """A whole number of any size as the locale writes it, grouped (340,282,366,920,938,463,463,374,607,431,768,211,455)."""
    return number(int(n))


class OperandPanel(QWidget):
    trace_changed = Signal(object)  # rnnsub.evaluate.Trace of the pair shown, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weights: Weights | None = None
        self.cell, self.pairs = "elman", "ordered"
        self.bits = 8  # the length shown: A, B and the answer have this many bits here
        self.train_bits = 8  # the length the model was trained on
        self.length_chosen = False  # the person chose a length: it no longer follows the model's
        self.a, self.b = 200, 73  # the last valid operands
        self.current: Trace | None = None
        self._rng = np.random.RandomState()
        self.search: WorkerThread | None = None  # the running search for a wrong answer
        self._shown: tuple | None = None  # (weights, a, b, bits) of the trace shown: nothing to redo while they stay
        self._scroll_due = False  # the first wrong bit is to be scrolled into view when the panel is next shown
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
        self.length = QSpinBox()
        self.length.setObjectName("bits_shown")
        self.length.setRange(1, MAX_BITS)
        self.length.setValue(self.bits)
        self.length.setKeyboardTracking(False)  # typing 128 shows 128 bits once, not 1, 12, then 128
        self.length.setAccessibleName(self.tr("Bits shown"))
        self.length.valueChanged.connect(self._length_edited)
        length_label = QLabel(self.tr("Bits shown"))
        length_label.setBuddy(self.length)
        self.random_button = QPushButton(self.tr("Random pair"))
        self.random_button.setObjectName("random_pair")
        self.random_button.setToolTip(self.tr("Pick A and B at random from the pairs the model is tested on."))
        self.wrong_button = QPushButton(self.tr("Show me one it gets wrong"))
        self.wrong_button.setObjectName("find_wrong")
        self.random_button.clicked.connect(self.random_pair)
        self.wrong_button.clicked.connect(self.show_wrong)

        inputs = QHBoxLayout()  # two rows: one row of all five is wider than the tab at 800 x 600; the length with
        inputs.addWidget(QLabel(self.tr("A")))  # the operands, so that neither row is wider than ~330 px
        inputs.addWidget(self.a_edit, 1)
        inputs.addWidget(QLabel(self.tr("B")))
        inputs.addWidget(self.b_edit, 1)
        inputs.addSpacing(6)
        inputs.addWidget(length_label)
        inputs.addWidget(self.length)
        actions = QHBoxLayout()
        actions.addWidget(self.random_button)
        actions.addWidget(self.wrong_button)
        actions.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("operand_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.verdict = QLabel()
        self.verdict.setObjectName("operand_verdict")
        self.verdict.setTextFormat(Qt.RichText)
        self.verdict.setWordWrap(True)  # 128-bit numbers are 39 digits long
        self.verdict.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b5a00;")

        # The row names (fixed) beside the bit grid (scrolling sideways); both rows of the same fixed heights. Both
        # are made anew for each length (_build_grid): a grid layout keeps each column's stretch and minimum width
        # when its widgets are replaced, and one such column, left from the 8-bit layout, was 140 px wide at 12 bits.
        self.names_host = QWidget()
        self.names_box = QVBoxLayout(self.names_host)
        self.names_box.setContentsMargins(0, 0, 0, 0)
        self.names = self.grid = self.grid_host = None
        self.scroll = QScrollArea()
        self.scroll.setObjectName("bit_grid_scroll")
        self.scroll.setWidgetResizable(False)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)  # the window's own background, like the names beside it
        self.scroll.setAccessibleName(", ".join(  # its rows: Tab reaches it, the arrow keys scroll a long number
            (self.tr("A"), self.tr("B"), self.tr("borrow"), self.tr("A − B"), self.tr("network"))))
        self.table = QWidget()  # as tall at every length (_build_grid): a new length never moves the tabs' splitter
        table = QHBoxLayout(self.table)
        table.setContentsMargins(0, 0, 0, 0)
        table.setSpacing(6)
        table.addWidget(self.names_host, 0, Qt.AlignTop)
        table.addWidget(self.scroll, 1, Qt.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._cells: dict[tuple[str, int], QLabel] = {}
        self._row_values: dict[str, QLabel] = {}
        self._build_grid()
        self._wrong_tip()

    # -- the model ---------------------------------------------------------------------------------------
    def set_model(self, weights: Weights, cell: str, bits: int, pairs: str):
        """A new model. The length shown follows its bits unless the person chose another; a pair that no longer
        fits is replaced by its low bits, and the panel says so."""
        self.stop_search()
        self.weights, self.cell, self.pairs = weights, cell, pairs
        self.train_bits = bits
        if self.bits == bits:
            self.length_chosen = False  # the chosen length is the model's: follow it from now on
        self._wrong_tip()
        self._set_length(self.bits if self.length_chosen else bits)

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
        if shown is None or shown[0] is not self.weights or shown[1:] != (self.a, self.b, self.bits):
            self.refresh()

    def set_operands(self, a: int, b: int):
        """Type a and b into the fields (shown at once if they fit the length shown)."""
        with signals_blocked(self.a_edit), signals_blocked(self.b_edit):
            self.a_edit.setText(str(a))
            self.b_edit.setText(str(b))
        self._edited()

    def show_pair(self, a: int, b: int, bits: int):
        """Show this pair at this length (a wrong answer found elsewhere, one click away): the length becomes the
        person's choice unless it is the model's own; the first wrong bit is scrolled into view."""
        self.stop_search()
        bits = int(min(max(bits, 1), MAX_BITS))
        self.length_chosen = bits != self.train_bits
        self._set_length(bits)
        self.set_operands(*fitting_pair(int(a), int(b), bits))
        self.scroll_to_wrong()

    def scroll_to_wrong(self):
        """Scroll the lowest wrong bit of the network's answer into view (where the network first went wrong): now
        if the panel is on screen, else once it is shown and laid out (a hidden scroll area has no range yet)."""
        self._scroll_due = True
        if self.isVisible():
            QTimer.singleShot(0, self._scroll_now)

    def showEvent(self, event):
        super().showEvent(event)
        if self._scroll_due:
            QTimer.singleShot(0, self._scroll_now)

    def _scroll_now(self):
        t, self._scroll_due = self.current, False
        if t is None or t.right or not self.isVisible():
            return
        first = int(np.flatnonzero(t.pred != t.true)[0])
        self.scroll.ensureWidgetVisible(self._cells[("net", first)], 60, 0)

    # -- the length shown ------------------------------------------------------------------------------------
    def _length_edited(self, bits: int):
        self.length_chosen = bits != self.train_bits
        self._set_length(bits)

    def _set_length(self, bits: int):
        """Show `bits` bits: the grid rebuilt if the length changed, the typed pair read again at this length (a
        pair that no longer fits is replaced by its low bits, and the panel says so)."""
        with signals_blocked(self.length):
            self.length.setValue(bits)
        self.length.setToolTip(self.tr(
            "How many bits A, B and the answer have here, 1 to {0}. The network reads one bit per step, so the "
            "same weights answer numbers of any length; this model was trained on {1} bits.").format(
            MAX_BITS, self.train_bits))
        if bits != self.bits:
            self.bits = bits
            self._build_grid()
        fits = fitting_pair(self.a, self.b, bits)
        old = (self.a, self.b)
        if fits != old:
            self.a, self.b = fits
            self.set_operands(*fits)
            self._say(self.tr("{0} − {1} does not fit in {2} bit(s), so the panel shows their low bits: {3} − {4}.", "",
                              bits).format(
                *(whole(n) for n in old), bits, *(whole(n) for n in fits)))
        else:
            self._edited()  # a typed text may fit now, or no longer

    # -- remembered between sessions -------------------------------------------------------------------------
    def remember(self, settings: QSettings):
        """The pair (as text: a 128-bit number is beyond QSettings' integers) and the length if one was chosen."""
        settings.setValue("operand_a", str(self.a))
        settings.setValue("operand_b", str(self.b))
        settings.setValue("operand_bits", self.bits if self.length_chosen else "")

    def recall(self, settings: QSettings):
        """What remember() stored (before the first model: set_model keeps a chosen length)."""
        bits = load_value(settings, "operand_bits", None, int)
        if bits is not None and 1 <= bits <= MAX_BITS:
            self.length_chosen = True
            self._set_length(bits)
        self.set_operands(load_value(settings, "operand_a", 200, int), load_value(settings, "operand_b", 73, int))

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
        T = self.bits
        t = trace(self.weights, self.cell, self.a, self.b, T)
        self.current = t
        self._shown = (self.weights, self.a, self.b, T)
        truth = int(answer(self.a, self.b, T))
        self._fill_row("A", t.x[:, 0], self.a)
        self._fill_row("B", t.x[:, 1], self.b)
        self._fill_row("borrow", t.borrow, None)
        self._fill_row("true", t.true, truth)
        for i in range(T):
            cell, mark = self._cells[("net", i)], self._cells[("mark", i)]
            right = bool(t.pred[i] == t.true[i])
            if t.unknown[i]:  # ŷ is not a number: no bit, and no number made up from one
                cell.setText("<b>?</b>")
                cell.setToolTip(self.tr("bit {0}: the network's output is not a number here, so it gives no bit "
                                        "(true bit {1})").format(i, int(t.true[i])))
            else:
                cell.setText(f"<b>{t.pred[i]}</b><br><small>{number(t.p[i], 2)}</small>" if T <= WIDE_BITS
                             else f"<b>{t.pred[i]}</b>")
                cell.setToolTip(
                    self.tr("bit {0}: output probability {1}, predicted {2}, true {3} — {4}").format(
                        i, number(t.p[i], 4), int(t.pred[i]), int(t.true[i]), self.tr("right") if right else self.tr("wrong")
                    )
                )
            if cell.property("right") != right:  # a style sheet re-polishes the label: only on a change
                cell.setStyleSheet(RIGHT_STYLE if right else WRONG_STYLE)
                cell.setProperty("right", right)
                mark.setText(f"<span style='color:{RIGHT}'>{RIGHT_MARK}</span>" if right
                             else f"<b style='color:{WRONG}'>{WRONG_MARK}</b>")
                mark.setProperty("right", right)
        self._row_values["net"].setText("?" if t.value is None else whole(t.value))
        self._row_values["net"].setToolTip("" if t.value is None else f"0x{t.value:x}")
        a, b = whole(self.a), whole(self.b)
        if t.value is None:
            self.verdict.setText(
                self.tr("<span style='color:{0}'>✗ No answer:</span> the network's output is not a number at %n bit(s); "
                        "the answer is {1}.", "", int(t.unknown.sum())).format(WRONG_FG, whole(truth))
            )
        elif t.right:
            self.verdict.setText(
                self.tr("<span style='color:{0}'>✓ Right:</span> {1} − {2} = {3}").format(RIGHT_FG, a, b, whole(t.value))
            )
        else:
            wrong = int((t.pred != t.true).sum())
            self.verdict.setText(
                self.tr(
                    "<span style='color:{0}'>✗ Wrong:</span> the network says {1}, the answer is {2} (%n bit(s) wrong).",
                    "",
                    wrong,
                ).format(WRONG_FG, whole(t.value), whole(truth))
            )
        notes = []
        if T != self.train_bits:
            notes.append(self.tr("This model was trained on {0}-bit numbers; here the same weights run on {1}-bit "
                                 "numbers, one step per bit.").format(self.train_bits, T))
        if self.pairs == "ordered" and self.a < self.b:
            notes.append(self.tr(
                "A < B is outside what this model was trained on (A ≥ B): the true answer "
                "shown wraps around, (A − B) mod 2^{0}."
            ).format(T))
        self.note.setText(" ".join(notes))
        self.trace_changed.emit(t)

    def _fill_row(self, row: str, bits, value: int | None):
        for i in range(self.bits):
            self._cells[(row, i)].setText(str(int(bits[i])))
        self._row_values[row].setText("" if value is None else whole(value))
        self._row_values[row].setToolTip("" if value is None else f"0x{value:x}")

    def _build_grid(self):
        """The grid for self.bits bits: every bit column of one fixed width (the widest text it may show), so no
        column is ever stretched; row heights fixed too, the same for the names beside it."""
        names = QWidget()
        self.names = QGridLayout(names)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("bit_grid")
        self.grid = QGridLayout(self.grid_host)
        for g in (self.names, self.grid):
            g.setContentsMargins(0, 0, 0, 0)
            g.setHorizontalSpacing(2)
            g.setVerticalSpacing(2)
            g.setSizeConstraint(QGridLayout.SetFixedSize)  # every column exactly its cells' width: none stretched
        if self.names_box.count():
            self.names_box.takeAt(0).widget().deleteLater()
        self.names_box.addWidget(names)
        self.scroll.setWidget(self.grid_host)  # the old grid is deleted with its host
        self.grid_host.setAutoFillBackground(False)  # (setWidget turns it on: a grey block behind the bits)
        self._cells.clear()
        self._row_values.clear()
        self._shown = None
        T = self.bits
        wide = T <= WIDE_BITS
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 6.0))
        sfm = QFontMetrics(small)
        if wide:  # a bit over ŷ ("0.99"), or a power of two (2¹⁵)
            width = max(fm.horizontalAdvance("0.99"), fm.horizontalAdvance("2¹⁵")) + 10
        else:  # a bit (or ✗), under its position number (up to 127) in the small font
            width = max(fm.horizontalAdvance("0"), fm.horizontalAdvance(WRONG_MARK), sfm.horizontalAdvance("127")) + 8
        line = fm.height() + 6
        rows = [
            ("A", self.tr("A"), line),
            ("B", self.tr("B"), line),
            ("borrow", self.tr("borrow"), line),
            ("true", self.tr("A − B"), line),
            ("net", self.tr("network"), 2 * fm.height() + 6 if wide else line),
            ("mark", f"{RIGHT_MARK} {WRONG_MARK}", line),
        ]
        tips = {
            "borrow": self.tr("The true borrow out of each bit: 1 where this column had to borrow from the next."),
            "net": self.tr("The network's answer: the bit, and (up to 16 bits) below it the output probability ŷ. "
                     "Right bits are blue; wrong ones are orange, framed, with ✗ below."),
            "true": self.tr("The correct answer, (A − B) mod 2^bits."),
            "mark": self.tr("✓ where the network's bit is the true bit, ✗ where it is wrong."),
        }
        head_height = (fm if wide else sfm).height() + 2
        grey, ochre = QPalette(self.palette()), QPalette(self.palette())  # a palette, not a style sheet: 768 labels
        grey.setColor(QPalette.WindowText, QColor("gray"))  # at 128 bits are built in a fifth of the time
        ochre.setColor(QPalette.WindowText, QColor("#8a6d00"))
        corner = QLabel()
        corner.setFixedHeight(head_height)
        self.names.addWidget(corner, 0, 0)
        for c in range(T):  # column c shows bit T-1-c: most significant first
            n = T - 1 - c
            head = QLabel("2" + str(n).translate(SUPERSCRIPT) if wide else str(n))
            head.setAlignment(Qt.AlignCenter)
            head.setPalette(grey)
            if not wide:
                head.setFont(small)
            head.setFixedSize(width, head_height)
            head.setToolTip(self.tr("bit {0}, worth 2^{0}").format(n))
            self.grid.addWidget(head, 0, c)
        for r, (key, label, height) in enumerate(rows, start=1):
            name = QLabel(label)
            name.setToolTip(tips.get(key, ""))
            name.setFixedHeight(height)
            self.names.addWidget(name, r, 0)
            for c in range(T):
                cell = QLabel("·")
                cell.setAlignment(Qt.AlignCenter)
                cell.setFixedSize(width, height)
                if key == "borrow":
                    cell.setPalette(ochre)
                self.grid.addWidget(cell, r, c)
                self._cells[(key, T - 1 - c)] = cell
            value = QLabel()
            value.setFixedHeight(height)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.grid.addWidget(value, r, T, Qt.AlignLeft)
            self._row_values[key] = value
        self.grid.setColumnMinimumWidth(T, fm.horizontalAdvance("0") * 4)
        self.grid_host.adjustSize()
        scroll_bar = self.scroll.horizontalScrollBar().sizeHint().height()
        height = head_height + sum(h for _, _, h in rows) + 2 * len(rows)  # the grid's, computed: not laid out yet
        self.scroll.setFixedHeight(height + scroll_bar + 2)
        tallest = (fm.height() + 2) + 5 * line + (2 * fm.height() + 6) + 6 * 2  # the 16-bit grid: ŷ under each bit
        self.table.setFixedHeight(tallest + scroll_bar + 2)

    # -- buttons ---------------------------------------------------------------------------------------
    def random_pair(self):
        self.set_operands(*random_pair(self._rng, self.bits, self.pairs))

    def _wrong_tip(self):
        self.wrong_button.setToolTip(self.tr(
            "Find a pair of {0} bits, the length the model was trained on, that the network answers wrongly "
            "(checks every pair up to 10 bits).").format(self.train_bits))

    def show_wrong(self):
        """Search the pairs the model is judged on (of its training length), in random order, for one it answers
        wrongly. The search runs in its own thread on a copy of the weights; pressing the button again stops it."""
        if self.searching():
            self.stop_search()
            return
        if self.weights is None:
            return
        control = Control()
        weights, cell, bits, pairs = self.weights.take(0), self.cell, self.train_bits, self.pairs
        seed = int(self._rng.randint(2**31))
        run = self.search = WorkerThread(lambda: find_wrong(weights, cell, bits, pairs, seed, lambda: control.stopped),
                                         control, self)
        run.report.connect(lambda s: self._on_search(s, bits) if self.search is run else None)
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

    def _on_search(self, s: Search, bits: int):
        if s.status == "found":
            if self.bits != bits:  # found at the training length: shown at it
                self.length_chosen = False
                self._set_length(bits)
            self.set_operands(*s.pair)
            self.scroll_to_wrong()
            self._say(self.tr("A pair it gets wrong: of the {0} pairs checked, {1} is (are) wrong.", "", s.wrong).format(
                number(s.checked), number(s.wrong)), error=True)
        elif s.status == "none":
            what = self.tr("every one of the {0} pairs") if s.exhaustive else self.tr("all {0} sampled pairs")
            self._say(self.tr("It gets {0} right.").format(what.format(number(s.total))))
        elif s.status == "running":
            self._say(self.tr("Searching… {0} of {1} pairs checked, all right so far.").format(
                number(s.checked), number(s.total)))

    def _say(self, text: str, error: bool = False):
        self.message.setStyleSheet(f"color: {WRONG_FG};" if error else f"color: {RIGHT_FG};")
        self.message.setText(text)
