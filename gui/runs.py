"""The Runs tab (issue 11): every run of the session, overlaid on the plots on request, and run again from the
same start with some settings changed.

The runs are rnnsub.history's (the session keeps them); this panel lists them, says which to overlay (each run
keeps its colour), and asks the window for what needs the session or a file dialog through signals: run_again,
open_run, save_experiment, open_experiment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rnnsub.config import SETTINGS
from rnnsub.history import History, Run

from .fields import make_widget
from .messages import label, number, run_labels, setting_value

# Okabe & Ito's colour-blind-safe palette (without black and yellow, which vanish on white), then a few more
COLOURS = ((230, 159, 0), (86, 180, 233), (0, 158, 115), (0, 114, 178), (213, 94, 0), (204, 121, 167),
           (120, 120, 120), (150, 100, 40))
AGAIN = ("lr", "cell", "batch", "b_range")  # what "Run again with…" may change: the start stays the same


def colour(run_number: int) -> tuple[int, int, int]:
    """The colour of the run numbered run_number (1-based), the same wherever it is drawn."""
    return COLOURS[(run_number - 1) % len(COLOURS)]


class RunAgainDialog(QDialog):
    """The settings a run again may change, filled with the run's own."""

    def __init__(self, run: Run, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run again with…"))
        self.run = run
        form = QFormLayout(self)
        note = QLabel(self.tr("A new run from exactly the same start as “{0}”: the same initial weights and the same "
                              "stream of training pairs. Change what you want to compare.").format(name))
        note.setWordWrap(True)
        form.addRow(note)
        self.fields = {}
        for name_ in AGAIN:
            w = make_widget(name_)
            w.setValue(getattr(run.config, name_))
            self.fields[name_] = w
            form.addRow(label(name_), w)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Run"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict:
        return {name: w.value() for name, w in self.fields.items() if w.value() != getattr(self.run.config, name)}


class RunsPanel(QWidget):
    overlays_changed = Signal(object)  # [(label, colour, Run)] to draw over the current run
    run_again = Signal(object, object)  # (Run, {setting: value})
    open_run = Signal(object)  # Run: its final weights as the model
    save_experiment = Signal()
    open_experiment = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.history: History | None = None
        self.current: Run | None = None
        self.shown: set[int] = set()  # id() of the runs overlaid
        caption = QLabel(self.tr("Every run of this session. Tick runs to draw them over the current one; “Run again "
                                 "with…” starts a new run from the same initial weights with one setting changed."))
        caption.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("runs_table")
        self.table.setAccessibleName(caption.text())  # what the table holds, as the caption above it says
        self.table.setHorizontalHeaderLabels([self.tr("Show"), self.tr("Run"), self.tr("Iterations"),
                                              self.tr("All right at"), self.tr("Accuracy")])
        self.table.horizontalHeaderItem(3).setToolTip(self.tr("The first full evaluation with every pair right."))
        self.table.horizontalHeaderItem(4).setToolTip(self.tr("The latest full evaluation."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.itemChanged.connect(self._ticked)
        self.table.itemSelectionChanged.connect(self._buttons)
        self.again_button = QPushButton(self.tr("Run again with…"))
        self.again_button.setObjectName("run_again")
        self.again_button.clicked.connect(self.ask_run_again)
        self.open_button = QPushButton(self.tr("Continue from its end"))
        self.open_button.setObjectName("open_run")
        self.open_button.setToolTip(self.tr("Make this run's last weights the model, to train further or inspect."))
        self.open_button.clicked.connect(lambda: self.selected() and self.open_run.emit(self.selected()))
        save = QPushButton(self.tr("Save experiment…"))
        save.setObjectName("save_experiment")
        save.setToolTip(self.tr("Save every run (settings, start, curves, last weights) in one file that replays "
                                "elsewhere: python main.py replay FILE."))
        save.clicked.connect(self.save_experiment)
        load = QPushButton(self.tr("Open experiment…"))
        load.setObjectName("open_experiment")
        load.clicked.connect(self.open_experiment)
        buttons = QGridLayout()  # two by two: the tab stays narrow enough for an 800-pixel screen
        for i, b in enumerate((self.again_button, self.open_button, save, load)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._buttons()
        self._timer = QTimer(self)  # the current run's row while it trains, once a second while the tab is shown
        self._timer.setInterval(1000)
        self._timer.timeout.connect(lambda: self.isVisible() and self.refresh())
        self._timer.start()

    def set_history(self, history: History, current: Run):
        self.history, self.current = history, current
        kept = {id(r) for r in history}
        self.shown &= kept
        self.refresh()
        self._emit()

    def refresh(self):
        """Rebuild the rows (a handful of runs: cheap); called on new runs and a few times a second at most."""
        if self.history is None:
            return
        runs = list(self.history)
        names = run_labels(runs)
        selected = self.selected()
        self.table.blockSignals(True)
        self.table.setRowCount(len(runs))
        for row, (run, name) in enumerate(zip(runs, names)):
            current = run is self.current
            show = QTableWidgetItem()
            if current:
                show.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                show.setCheckState(Qt.Checked)
                show.setToolTip(self.tr("The current run: always drawn."))
            else:
                show.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
                show.setCheckState(Qt.Checked if id(run) in self.shown else Qt.Unchecked)
            show.setData(Qt.DecorationRole, QColor(*colour(self.number(run))))
            text = f"{self.number(run)}. {name}" + (self.tr(" (current)") if current else "")
            cells = [show, QTableWidgetItem(text), QTableWidgetItem(number(run.trained)),
                     QTableWidgetItem("—" if run.solved_at is None else number(run.solved_at)),
                     QTableWidgetItem("—" if not run.accuracy else f"{number(100 * run.accuracy[-1][1], 2)}%")]
            if run.diverged_at is not None:
                cells[4].setText(self.tr("diverged at {0}").format(number(run.diverged_at)))
            settings = ", ".join(f"{label(n)} {setting_value(n, getattr(run.config, n))}" for n in SETTINGS
                                 if n != "iterations")
            cells[1].setToolTip(settings)
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
            if run is selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._buttons()

    def number(self, run: Run) -> int:
        """A run's number in the list (1-based): its colour and name follow it."""
        return next(i for i, r in enumerate(self.history, 1) if r is run)

    def selected(self) -> Run | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.history is None:
            return None
        return list(self.history)[rows[0].row()]

    def select(self, run: Run):
        self.table.selectRow(list(self.history).index(run))

    def set_shown(self, run: Run, shown: bool):
        (self.shown.add if shown else self.shown.discard)(id(run))
        self.refresh()
        self._emit()

    def ask_run_again(self):
        run = self.selected() or self.current
        if run is None:
            return
        names = run_labels(list(self.history))
        dialog = RunAgainDialog(run, names[list(self.history).index(run)], self)
        if dialog.exec() == QDialog.Accepted:
            self.run_again.emit(run, dialog.changes())

    def _ticked(self, item: QTableWidgetItem):
        if item.column() != 0 or self.history is None:
            return
        run = list(self.history)[item.row()]
        if run is not self.current:
            self.set_shown(run, item.checkState() == Qt.Checked)

    def _emit(self):
        runs = list(self.history)
        names = run_labels(runs)
        self.overlays_changed.emit([(f"{i}. {n}", colour(i), r) for i, (r, n) in enumerate(zip(runs, names), 1)
                                    if id(r) in self.shown and r is not self.current])

    def _buttons(self):
        has = self.selected() is not None
        self.again_button.setEnabled(self.current is not None)
        self.open_button.setEnabled(has and self.selected() is not self.current)
