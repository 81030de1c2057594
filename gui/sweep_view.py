"""The sweep view: many models side by side. Which fraction reaches 100%, and when; each model's error and status;
per value of each swept setting, how many models reached 100%, when, and how many are stuck (rnnsub.sweep.summarise).

Only snapshots cross threads: the sweep trains in a worker, and this dialog draws from the reports it
yields (copies of every model's state, and weights it was asked for). It reads the Sweep itself only
once the worker thread has been joined.
"""

from __future__ import annotations

import html
import time
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rnnsub.config import SETTINGS, Config
from rnnsub.curves import AVERAGE, Series
from rnnsub.errors import ConfigError, UserError
from rnnsub.sweep import (
    STATUSES,
    STUCK_FALL,
    STUCK_MIN,
    Summary,
    Sweep,
    SweepModel,
    SweepReport,
    converged_count,
    parse_list,
    parse_seeds,
    solved_count,
    solved_curve,
    summarise,
    swept,
)
from rnnsub.train import Control

from .messages import choice_label, help_text, label, number, user_message
from .plot import DIVERGED_COLOUR
from .worker import WorkerThread

THIN = 1
REDRAW_SHARE = 0.25  # at most this share of the time goes into redrawing (256 curves take ~60 ms a redraw)
PROGRESS_STEPS = 1000  # the progress bar counts per mille: iterations x groups can exceed a 32-bit int
# Okabe-Ito hues whose greys differ too (60 stuck, 87 solved, 119 diverged, 159 learning, 214 lost, 240 waiting), so the
# stacked bars read in greyscale and to colour-blind eyes; solved is the window's colour for right, diverged for wrong
STATUS_COLOURS = {"solved": (0, 114, 178), "lost": (240, 228, 66), "learning": (86, 180, 233), "stuck": (60, 60, 60),
                  "diverged": DIVERGED_COLOUR, "waiting": (240, 240, 240)}
STATUS_COLUMN = 8  # the models table's status column


def rich(*paragraphs: str) -> str:
    """A tooltip of these paragraphs as rich text, which Qt wraps (a plain one is one line, however long)."""
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


class SweepDialog(QDialog):
    load_requested = Signal(object, dict)  # Weights (K = 1), meta: open this model in the main view

    def __init__(self, base_config, parent=None):
        """base_config() gives the main window's settings (bits, pairs, b range, batch) at the time of Start."""
        super().__init__(parent)
        self.setObjectName("sweep_dialog")
        self.setWindowTitle(self.tr("Sweep: many models side by side"))
        self.base_config = base_config
        self.sweep: Sweep | None = None  # read directly only while no worker runs it
        self.run: WorkerThread | None = None
        self.models: list[SweepModel] = []  # the latest snapshot of every model's state (from the latest report)
        self.series: list[Series] = []  # each model's error curve (owned by this thread)
        self.curves: list[pg.PlotDataItem] = []
        self.marks: dict[int, tuple[int, float]] = {}  # diverged model -> (divergence iteration, height of the ×)
        self.highlighted: int | None = None
        self._wanted: int | None = None  # the model asked for with "Open selected" while the sweep runs
        self._changed: set[int] = set()  # models whose curves have new data
        self._rows: list[tuple] = []  # the table's texts as drawn
        self._iterations = 0  # per group, of the sweep shown
        self._groups = 0  # groups of the sweep shown
        self._dirty = False
        self._next_redraw = 0.0  # perf_counter time before which redraw() waits (keeps to REDRAW_SHARE)

        self.seeds = self._field(QLineEdit("0-15"), "seeds", self.tr("Seeds"),
                                 self.tr("Seeds: a range like 0-31, a list like 1,4,9, or both: 0-3,7."), "seed")
        self.lrs = self._field(QLineEdit(number(SETTINGS["lr"].default)), "lrs", self.tr("Learning rates"),
                               self.tr("Learning rates, separated by spaces or ';' (or ',' where the decimal mark is "
                                       "'.'): {0}").format(f"{number(0.1)}; {number(0.5)}; {number(0.9)}; 2"), "lr")
        self.hiddens = self._field(QLineEdit(str(SETTINGS["hidden"].default)), "hiddens", self.tr("Hidden sizes"),
                                   self.tr("Hidden sizes, separated by spaces, ';' or ',': 4 8 16"), "hidden")
        self.cells: dict[str, QCheckBox] = {}
        cells = QVBoxLayout()  # the choices' labels are long: one under the other
        for value in SETTINGS["cell"].values:
            box = self._field(QCheckBox(choice_label("cell", value)), f"cell_{value}", choice_label("cell", value),
                              "", "cell")
            box.setChecked(value == SETTINGS["cell"].default)
            self.cells[value] = box
            cells.addWidget(box)
        iterations = SETTINGS["iterations"]
        self.iterations = self._field(QSpinBox(), "iterations", label("iterations"),
                                      self.tr("How many weight updates each model trains."), None)
        self.iterations.setRange(int(iterations.low), int(iterations.high))  # exactly the declared range
        self.iterations.setValue(5000)
        self.iterations.setSingleStep(1000)
        self.iterations.setGroupSeparatorShown(True)
        self.eval_every = self._field(QSpinBox(), "eval_every", self.tr("Check every"),
                                      self.tr("How often each model still learning is checked against every pair."), None)
        self.eval_every.setRange(1, int(iterations.high))
        self.eval_every.setValue(100)
        self.eval_every.setGroupSeparatorShown(True)
        form = QFormLayout()
        form.addRow(self.tr("Seeds"), self.seeds)
        form.addRow(self.tr("Learning rates"), self.lrs)
        form.addRow(self.tr("Hidden sizes"), self.hiddens)
        form.addRow(self.tr("Cells"), cells)
        form.addRow(label("iterations"), self.iterations)
        form.addRow(self.tr("Check every"), self.eval_every)
        note = QLabel(self.tr("Bits, pairs, B range and batch come from the main window. Every combination "
                              "of the values above is one model; models of one shape train in lockstep."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        form.addRow(note)

        self.start_button = self._field(QPushButton(self.tr("Start sweep")), "start", self.tr("Start sweep"),
                                        self.tr("Train every combination of the values above."), None)
        self.stop_button = self._field(QPushButton(self.tr("Stop")), "stop", self.tr("Stop the sweep"),
                                       self.tr("Stop training; the models keep what they learned so far."), None)
        self.stop_button.setEnabled(False)
        self.load_button = self._field(
            QPushButton(self.tr("Open selected model in the main window")), "open_selected",
            self.tr("Open selected model in the main window"),
            self.tr("Load the selected row's weights into the main view (also: double-click)."), None)
        self.load_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Sweep progress"))
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.load_button)
        left_host = QWidget()
        left_host.setLayout(left)

        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("plots")
        self.view.setAccessibleName(self.tr("Fraction of models at 100% and each model's error"))
        self.view.setBackground("w")
        self.solved_plot = self.view.addPlot(row=0, col=0)
        self.solved_plot.setLabel("left", self.tr("models at 100% (%)"))
        self.solved_plot.setYRange(0, 100, padding=0.05)
        self.solved_curve = self.solved_plot.plot(pen=pg.mkPen((27, 127, 59), width=2), stepMode=None)
        self.err_plot = self.view.addPlot(row=1, col=0)
        self.err_plot.setLabel("left", self.tr("error, average of the last {0}").format(AVERAGE))
        self.err_plot.setLabel("bottom", self.tr("iteration"))
        self.err_plot.addLegend(offset=(-10, 10), brush=(255, 255, 255, 210))
        self.solved_plot.setXLink(self.err_plot)
        self.view.ci.layout.setRowStretchFactor(0, 1)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        # where each diverged model's curve ends: one scatter item for all of them
        self.diverged_marks = pg.ScatterPlotItem(symbol="x", size=14, pen=pg.mkPen(DIVERGED_COLOUR, width=2),
                                                 brush=pg.mkBrush(DIVERGED_COLOUR))
        self.diverged_marks.setZValue(20)
        self.err_plot.addItem(self.diverged_marks)
        self.err_plot.legend.setVisible(False)  # it lists the × once some model has diverged
        self._hint = self.tr("Hover over a curve to see which model it is.")
        self.hover = QLabel(self._hint)
        self.hover.setObjectName("hover")

        self.words = self.status_words()
        columns = [self.tr("#"), self.tr("cell"), self.tr("hidden"), self.tr("lr"), self.tr("seed"), self.tr("accuracy"),
                   self.tr("100% at"), self.tr("diverged"), self.tr("status")]
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("table")
        self.table.setAccessibleName(self.tr("Models of the sweep"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeaderItem(6).setToolTip(self.tr("The first check at which the model got every pair right."))
        self.table.horizontalHeaderItem(STATUS_COLUMN).setToolTip(
            rich(self.tr("Hover over a status to see what it means."), *(self.define(s) for s in STATUSES)))

        self.summary = SummaryPanel(self.words, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        right = QSplitter(Qt.Vertical)
        plots = QWidget()
        pl = QVBoxLayout(plots)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.view, 1)
        pl.addWidget(self.hover)
        self.tabs.addTab(plots, self.tr("Curves"))
        self.tabs.addTab(self.summary, self.tr("Summary by setting"))
        self.tabs.setTabToolTip(1, self.tr("Per value of each swept setting: how many models reached 100%, when, and how "
                                           "many are stuck or diverged."))
        right.addWidget(self.tabs)
        right.addWidget(self.table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        body = QSplitter(Qt.Horizontal)
        body.addWidget(left_host)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([330, 870])
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        self.resize(1200, 760)
        if parent is not None and parent.screen() is not None:  # no larger than the screen's free area
            free = parent.screen().availableGeometry().size()
            self.resize(min(1200, free.width() - 16), min(760, free.height() - 48))

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.load_button.clicked.connect(self.load_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda row, _: self.load_selected())
        self._proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=30, slot=self._hover)
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()

    def status_words(self) -> dict[str, tuple[str, str]]:
        """Each status (rnnsub.sweep.STATUSES) -> (its word, its definition), in the window's language. In English they
        are the engine's rnnsub.sweep.STATUS_HELP word for word, which decides them (a test holds the two together)."""
        most, fall = number(STUCK_MIN), number(100 * STUCK_FALL)
        return {
            "solved": (self.tr("solved"), self.tr("got every pair right at a check (and still does at the end, once its "
                                                  "training has ended)")),
            "lost": (self.tr("lost"), self.tr("got every pair right at a check, but no longer does at the end of its "
                                              "training")),
            "learning": (self.tr("learning"), self.tr("not at 100% yet, and its error is still falling (or it has "
                                                      "trained fewer than {0} iterations)").format(most)),
            "stuck": (self.tr("stuck"), self.tr("not at 100%, and its error has stopped falling: after {0} iterations or "
                                                "more, its mean error over the last quarter of them is less than {1}% "
                                                "below that over the quarter before (it may still escape a plateau "
                                                "later)").format(most, fall)),
            "diverged": (self.tr("diverged"), self.tr("its error became infinite or not a number; it stopped training "
                                                      "there")),
            "waiting": (self.tr("waiting"), self.tr("not started yet: its group trains later")),
        }

    def define(self, status: str) -> str:
        """'stuck: not at 100%, ...': a status word with its definition (the tooltip wherever the word is shown)."""
        word, definition = self.words[status]
        return self.tr("{0}: {1}").format(word, definition)

    def _field(self, widget, name: str, accessible: str, tip: str, setting: str | None):
        """Name a widget (objectName for tests and helpers, accessibleName for screen readers) and give it a
        tooltip: `tip`, then the setting's own help where the field corresponds to one."""
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setToolTip("\n".join(t for t in (tip, help_text(setting) if setting else "") if t))
        return widget

    # -- running ---------------------------------------------------------------------------------------
    def plan(self) -> Sweep:
        """The sweep the fields describe; raises a UserError (ConfigError) naming what is wrong."""
        cells = [value for value, box in self.cells.items() if box.isChecked()]
        if not cells:
            raise ConfigError(self.tr("Choose at least one cell."), "sweep_no_cell")
        base: Config = self.base_config().replace(iterations=self.iterations.value())
        decimal_comma = QLocale().decimalPoint() == ","  # then 1,5 is one rate, as the person writes it
        hiddens = parse_list(self.hiddens.text(), int, self.tr("Hidden sizes"), decimal_comma)
        lrs = parse_list(self.lrs.text(), float, self.tr("Learning rates"), decimal_comma)
        return Sweep.plan(base, parse_seeds(self.seeds.text()), lrs, hiddens, cells, self.eval_every.value())

    def start(self):
        try:
            sweep = self.plan()
        except UserError as e:  # anything else is a bug: it keeps its traceback
            self._say(user_message(e), error=True)
            return
        self.stop()
        self.sweep = sweep
        self.models = [replace(m) for m in sweep.models]  # before the worker starts: nobody else touches them yet
        self._iterations, self._groups = sweep.config.iterations, len(sweep.groups)
        self._setup_models()
        control = Control()
        run = WorkerThread(lambda: sweep.run(control, seconds=0.1), control, self)
        # a run's signals count only while it is this dialog's run (a stopped run's late ones are dropped)
        run.report.connect(lambda report: self._on_report(report) if run is self.run else None)
        run.failed.connect(lambda msg: self._say(msg, error=True) if run is self.run else None)
        run.done.connect(lambda status: self._on_done(status) if run is self.run else None)
        self.run = run
        run.start()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._say(self.tr("Training %n model(s)…", "", len(sweep.models)))

    def stop(self) -> bool:
        """Stop the sweep and join its thread (the reports it sent before it ended are still drawn)."""
        ok = True
        run = self.run
        if run is not None:
            ok = run.stop(1000)
            # the thread has ended: deliver what it posted (its last reports, then done) while it is still ours
            QCoreApplication.sendPostedEvents(run, QEvent.MetaCall)
            run.deleteLater()
            self.run = None
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        return ok

    def running(self) -> bool:
        return self.run is not None and self.run.is_running()

    def _setup_models(self):
        for c in self.curves:
            self.err_plot.removeItem(c)
        n = len(self.models)
        self.series = [Series(1024) for _ in range(n)]
        self.curves = []
        for i in range(n):
            curve = self.err_plot.plot(pen=self._pen(i))
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            self.curves.append(curve)
        self.marks = {}
        self.diverged_marks.setData([], [])
        self.err_plot.legend.removeItem(self.diverged_marks)
        self.err_plot.legend.setVisible(False)
        self.highlighted = None
        self._wanted = None
        self._changed = set()
        self.hover.setText(self._hint)
        self.table.clearSelection()
        self.table.setRowCount(n)
        self._rows = [()] * n
        self._fill_table()
        self.summary.setup(self.models)
        self.progress.setValue(0)
        self.err_plot.setXRange(0, max(self._iterations, 1), padding=0.01)
        self._dirty = True

    def _pen(self, i: int):
        return pg.mkPen(pg.intColor(i, hues=max(len(self.models), 2), alpha=150), width=THIN)

    def _on_report(self, report: SweepReport):
        p = report.progress
        for j, i in enumerate(report.group):
            self.series[i].append(p.first, p.errors[:, j])
            self._changed.add(i)
        self.models = report.models
        for i, m in enumerate(self.models):
            if m.diverged_at is not None and i not in self.marks:
                end = self.series[i].last_finite(before=m.diverged_at)
                self.marks[i] = (m.diverged_at, end[1] if end is not None else 0.0)
        done = (report.group_index + p.iteration / max(self._iterations, 1)) / max(self._groups, 1)
        self.progress.setValue(int(round(PROGRESS_STEPS * min(done, 1.0))))
        if self._wanted in report.weights:
            i, self._wanted = self._wanted, None
            self._open(i, *report.weights[i])
        self._dirty = True

    def _on_done(self, status: str):
        """The sweep has ended: once its thread is joined, the Sweep may be read directly."""
        if self.run is not None:
            self.run.stop()  # joins the thread (it has ended: this returns at once)
        if self.sweep is not None:
            self.models = [replace(m) for m in self.sweep.models]
            if self._wanted is not None:  # asked for after the last report
                i, self._wanted = self._wanted, None
                self._open(i, *self.sweep.model_file(i))
        self._dirty = True
        self.redraw(force=True)
        if status == "finished" and len(self.models) > 1:  # the answer to the question the sweep asked
            self.tabs.setCurrentWidget(self.summary)
        unmeasured = sum(m.accuracy_at is None for m in self.models)
        if status == "finished" or (status == "stopped" and not unmeasured):
            words = {"finished": self.tr("finished"), "stopped": self.tr("stopped")}
            self._say(self.tr("Sweep {0}: {1} of %n model(s) reached 100%; {2} of them still get every pair right at the "
                              "end.", "", len(self.models)).format(words[status], solved_count(self.models),
                                                                  converged_count(self.models)))
        elif status == "stopped":  # stopped before the end: the models' final accuracy was not measured
            self._say(self.tr("Sweep stopped: {0} of %n model(s) reached 100% at some check; the final accuracy of {1} "
                              "of them was not measured, because the sweep was stopped before their end.", "",
                              len(self.models)).format(solved_count(self.models), unmeasured))
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    # -- drawing ---------------------------------------------------------------------------------------
    def redraw(self, force: bool = False):
        """Draw what changed since the last redraw (from the timer: only when something did, and no more than
        REDRAW_SHARE of the time, so that many curves do not starve the sweep or the event loop)."""
        if not self._dirty or not self.models:
            return
        start = time.perf_counter()
        if start < self._next_redraw and not force:
            return
        self._dirty = False
        for i in sorted(self._changed):
            x, _, avg = self.series[i].arrays()
            self.curves[i].setData(x, avg, connect="finite")
        self._changed.clear()
        if self.marks:
            xs, ys = zip(*self.marks.values())
            self.diverged_marks.setData(list(xs), list(ys))
            if self.err_plot.legend.getLabel(self.diverged_marks) is None:
                self.err_plot.legend.addItem(self.diverged_marks, self.tr("diverged"))
                self.err_plot.legend.setVisible(True)
        at, frac = solved_curve(self.models)
        last = max((int(s.x[s.n - 1]) for s in self.series if s.n), default=0)
        xs = np.concatenate([[0], np.repeat(at, 2), [max(last, at[-1] if at.size else 0)]])
        ys = np.concatenate([[0, 0], np.repeat(frac, 2)]) * 100 if at.size else np.array([0.0, 0.0])
        self.solved_curve.setData(xs[: ys.size], ys)
        self._fill_table()
        self.summary.show_summaries(self.models)
        if self.highlighted is not None:
            self.hover.setText(self._describe(self.highlighted))
        end = time.perf_counter()
        self._next_redraw = end + (end - start) * (1 - REDRAW_SHARE) / REDRAW_SHARE

    def _fill_table(self):
        """The table from the latest snapshot; rows whose texts did not change are left alone."""
        for i, m in enumerate(self.models):
            values = (str(i), m.cell, str(m.hidden), number(m.lr), str(m.seed),
                      "" if m.accuracy_at is None else number(100 * m.accuracy, 2) + "%",
                      "" if m.solved_at is None else number(m.solved_at),
                      "" if m.diverged_at is None else self.tr("at {0}").format(number(m.diverged_at)),
                      self.words[m.status][0])
            if i < len(self._rows) and self._rows[i] == values:
                continue
            for c, v in enumerate(values):
                item = self.table.item(i, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, c, item)
                item.setText(v)
            self.table.item(i, 1).setToolTip(choice_label("cell", m.cell))
            self.table.item(i, STATUS_COLUMN).setToolTip(rich(self.define(m.status)))
            self.table.item(i, STATUS_COLUMN).setForeground(pg.mkColor(*STATUS_COLOURS[m.status][:3])
                                                            if m.status != "waiting" else pg.mkColor("gray"))
            if i < len(self._rows):
                self._rows[i] = values

    def _describe(self, i: int) -> str:
        m = self.models[i]
        text = self.tr("model {0}: {1} cell, {2} hidden, lr {3}, seed {4}").format(i, m.cell, m.hidden, number(m.lr), m.seed)
        if m.solved_at is not None:
            text += self.tr(", 100% at iteration {0}").format(number(m.solved_at))
        if m.diverged_at is not None:
            text += self.tr(", diverged at iteration {0}").format(number(m.diverged_at))
        return text + self.tr("; {0}").format(self.words[m.status][0])

    def highlight(self, i: int | None):
        if i == self.highlighted:
            return
        if self.highlighted is not None and self.highlighted < len(self.curves):
            self.curves[self.highlighted].setPen(self._pen(self.highlighted))
            self.curves[self.highlighted].setZValue(0)
        self.highlighted = i
        if i is not None:
            self.curves[i].setPen(pg.mkPen((0, 0, 0), width=3))
            self.curves[i].setZValue(10)
            self.hover.setText(self._describe(i))

    def _hover(self, event):
        if not self.models or not self.err_plot.sceneBoundingRect().contains(event[0]):
            return
        pt = self.err_plot.vb.mapSceneToView(event[0])
        best, best_d = None, np.inf
        for i, s in enumerate(self.series):
            if not s.n:
                continue
            k = int(np.clip(np.searchsorted(s.x[: s.n], pt.x()), 0, s.n - 1))
            d = abs(s.avg[k] - pt.y())  # NaN (after a divergence) is never nearest
            if d < best_d:
                best, best_d = i, d
        for i, (x, y) in self.marks.items():  # a diverged model's × counts as a point of its curve
            if abs(x - pt.x()) <= 0.02 * np.diff(self.err_plot.vb.viewRange()[0])[0] and abs(y - pt.y()) < best_d:
                best, best_d = i, abs(y - pt.y())
        y_span = np.diff(self.err_plot.vb.viewRange()[1])[0]
        if best is not None and best_d < 0.05 * y_span:
            self.highlight(best)

    def _selection_changed(self):
        rows = self.table.selectionModel().selectedRows()
        self.load_button.setEnabled(bool(rows))
        if rows:
            self.highlight(rows[0].row())

    def load_selected(self):
        """Open the selected model in the main window: at once if the sweep is not running, else with the weights
        the next report brings (the worker takes them between iterations)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.sweep is None:
            return
        i = rows[0].row()
        if self.running():
            self._wanted = i
            self.sweep.request_weights(i)
            self._say(self.tr("Taking model {0}'s weights from the running sweep…").format(i))
        else:
            self._open(i, *self.sweep.model_file(i))

    def _open(self, i: int, weights, meta: dict):
        self.load_requested.emit(weights, meta)
        self._say(self.tr("Model {0} is now in the main window (after {1} iteration(s)).", "", meta["iterations"]).format(
            i, number(meta["iterations"])))

    def _say(self, text, error=False):
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)

    def closeEvent(self, event):
        self.stop()
        super().closeEvent(event)


class SummaryPanel(QWidget):
    """Per value of each swept setting (rnnsub.sweep.swept): a small table, a column per value and a line per count,
    and beside it a bar per value, its models stacked by status, with the median iteration at which those that reached
    100% first did above it. Only seeds swept: one column and one bar for all the models. Settings come one under
    the other (scrolling if they do not fit). Drawn from the dialog's snapshot of the models."""

    CHART_WIDTH = 240  # the least width a chart beside its table gets
    ROWS = ("models", "reached", "median", "right_at_end", "learning", "stuck", "diverged", "lost", "waiting")

    def __init__(self, words: dict[str, tuple[str, str]], dialog: SweepDialog):
        super().__init__()
        self.setObjectName("summary")
        self.words, self.dialog = words, dialog
        self.settings: list[str] = []
        self.blocks: list[QWidget] = []  # a title, a table and a chart per setting
        self.row_layouts: dict[str, QBoxLayout] = {}  # setting -> its table and chart, side by side or one above the other
        self.tables: dict[str, QTableWidget] = {}  # setting ("" for all the models) -> its table
        self.charts: dict[str, pg.PlotWidget] = {}
        self.bars: dict[str, dict[str, pg.BarGraphItem]] = {}  # setting -> status -> its stacked bars
        self.medians: dict[str, list[pg.TextItem]] = {}
        self.shown: list[Summary] | None = None  # the summaries drawn (redrawn only when they change)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        self.legend = QGridLayout()  # the colours of the bars, each status word with its definition as a tooltip
        self.legend.setHorizontalSpacing(14)
        self.legend.setVerticalSpacing(2)
        self.keys = []
        for status in STATUSES:
            key = QLabel(f'<span style="color: rgb{STATUS_COLOURS[status]}">■</span> {words[status][0]}', self)
            key.setObjectName(f"legend_{status}")
            key.setToolTip(rich(dialog.define(status)))
            key.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # _arrange wraps them; never clipped
            self.keys.append(key)
        self._legend_columns = 0
        layout.addLayout(self.legend)
        inner = QWidget()
        self.column = QVBoxLayout(inner)  # one block per swept setting
        self.column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Start a sweep: its summary per value of each swept setting appears here."))
        self.empty.setStyleSheet("color: gray;")
        self.empty.setWordWrap(True)
        self.column.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setObjectName("summary_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self._arrange()

    def row_names(self) -> list[tuple[str, str]]:
        """(name, tooltip) of each line of a table (ROWS)."""
        w, define = self.words, self.dialog.define
        return [(self.tr("models"), self.tr("Models with this value.")),
                (self.tr("reached 100%"), self.tr("Models that got every pair right at some check.")),
                (self.tr("median at"), self.tr("The median iteration at which the models that reached 100% first did.")),
                (self.tr("right at the end"), self.tr("Models that still get every pair right at the end of their "
                                                      "training (counted as each group ends).")),
                *((w[status][0], define(status)) for status in ("learning", "stuck", "diverged", "lost", "waiting"))]

    def setup(self, models: list[SweepModel]) -> None:
        """A block (title, table, chart) per setting the sweep sweeps, with a column and a bar per value."""
        for block in self.blocks:  # the last sweep's
            self.column.removeWidget(block)
            block.setParent(None)
            block.deleteLater()
        self.blocks, self.tables, self.charts, self.bars, self.medians, self.shown = [], {}, {}, {}, {}, None
        self.row_layouts: dict[str, QBoxLayout] = {}
        self.empty.setVisible(not models)
        self.settings = swept(models) or [""]
        for setting in self.settings:
            values = summarise(models, [setting] if setting else [])
            name = label(setting) if setting else self.tr("All the models (only the seed varies)")
            table = QTableWidget(len(self.ROWS), len(values))
            table.setObjectName(f"summary_table_{setting or 'all'}")
            table.setAccessibleName(self.tr("Summary per value of {0}").format(name))
            table.setEditTriggers(QAbstractItemView.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.NoSelection)
            table.setFocusPolicy(Qt.NoFocus)
            table.setHorizontalHeaderLabels([self._value(s) for s in values])
            for r, (text, tip) in enumerate(self.row_names()):
                item = QTableWidgetItem(text)
                item.setToolTip(rich(tip))
                table.setVerticalHeaderItem(r, item)
            for r in range(len(self.ROWS)):
                for c in range(len(values)):
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                    table.setItem(r, c, item)
            table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            table.horizontalHeader().setMinimumSectionSize(table.fontMetrics().horizontalAdvance("88,888") + 12)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            height = (table.horizontalHeader().sizeHint().height() + len(self.ROWS) * table.verticalHeader().defaultSectionSize()
                      + 2 * table.frameWidth())
            table.setFixedHeight(height)  # every line shown, and every column (_fit; the summary scrolls if it must)

            chart = pg.PlotWidget(background="w")
            chart.setObjectName(f"summary_chart_{setting or 'all'}")
            chart.setAccessibleName(self.tr("Models by status per value of {0}").format(name))
            chart.setMouseEnabled(False, False)
            chart.hideButtons()
            chart.setMenuEnabled(False)
            chart.setLabel("left", self.tr("models"))
            chart.setTitle(self.tr("above each bar: the median iteration at 100%"), size="9pt", color=(90, 90, 90))
            chart.getAxis("bottom").setTicks([[(k, self._value(s)) for k, s in enumerate(values)]])
            self.bars[setting] = {}
            for status in STATUSES:
                bars = pg.BarGraphItem(x=np.arange(len(values)), height=np.zeros(len(values)), width=0.6,
                                       brush=pg.mkBrush(*STATUS_COLOURS[status]), pen=pg.mkPen("w", width=0.5))
                chart.addItem(bars)
                self.bars[setting][status] = bars
            self.medians[setting] = [pg.TextItem("", color=(40, 40, 40), anchor=(0.5, 1.0)) for _ in values]
            for text in self.medians[setting]:
                chart.addItem(text)
            chart.disableAutoRange()
            chart.setXRange(-0.5, len(values) - 0.5, padding=0.03)
            chart.setYRange(0, max(s.models for s in values) * 1.2, padding=0)

            block = QWidget()
            block.setObjectName(f"summary_{setting or 'all'}")
            title = QLabel(f"<b>{name}</b>")
            grid = QVBoxLayout(block)
            grid.setContentsMargins(0, 4, 0, 4)
            grid.addWidget(title)
            row = QBoxLayout(QBoxLayout.LeftToRight)  # the chart beside the table, or below it when narrow (_arrange)
            row.addWidget(table, 0, Qt.AlignTop | Qt.AlignLeft)
            row.addWidget(chart, 1)
            grid.addLayout(row)
            self.row_layouts[setting] = row
            self.column.addWidget(block, 1)  # the blocks share the height; their charts grow with it
            self.blocks.append(block)
            self.tables[setting], self.charts[setting] = table, chart
        self.show_summaries(models)
        self._arrange()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The legend on one line or two; each chart beside its table if it gets at least CHART_WIDTH there, else
        below it (at 800 x 600)."""
        # equal columns (the keys ask for no width, so that the panel can be narrower than one line of them)
        widest = max(key.sizeHint().width() for key in self.keys) + self.legend.horizontalSpacing()
        columns = len(self.keys) if widest * len(self.keys) + 16 <= self.width() else (len(self.keys) + 1) // 2
        if columns != self._legend_columns:
            self._legend_columns = columns
            for k, key in enumerate(self.keys):
                self.legend.removeWidget(key)
                self.legend.addWidget(key, k // columns, k % columns)
            for c in range(len(self.keys)):
                self.legend.setColumnStretch(c, 1 if c < columns else 0)
        for setting, row in self.row_layouts.items():
            beside = self.width() - self.tables[setting].width() - 40 >= self.CHART_WIDTH
            row.setDirection(QBoxLayout.LeftToRight if beside else QBoxLayout.TopToBottom)
            self.charts[setting].setMinimumSize(self.CHART_WIDTH, self.tables[setting].height() if beside else 150)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """As wide as its columns (which fit their texts), so that it never scrolls sideways."""
        table.horizontalHeader().resizeSections(QHeaderView.ResizeToContents)
        table.setFixedWidth(table.verticalHeader().sizeHint().width() + table.horizontalHeader().length()
                            + 2 * table.frameWidth())

    def _value(self, s: Summary) -> str:
        return self.tr("all") if not s.setting else number(s.value) if s.setting == "lr" else str(s.value)

    def show_summaries(self, models: list[SweepModel]) -> None:
        """Draw the summaries of this snapshot of the models (nothing if they are those already drawn)."""
        if not self.tables or not models:
            return
        summaries = [s for setting in self.settings for s in summarise(models, [setting] if setting else [])]
        if summaries == self.shown:
            return
        self.shown = summaries
        for setting in self.settings:
            mine = [s for s in summaries if s.setting == setting]
            table = self.tables[setting]
            for c, s in enumerate(mine):
                counts = {"models": s.models, "reached": s.reached, "right_at_end": s.right_at_end, **s.statuses}
                for r, what in enumerate(self.ROWS):
                    text = ("" if s.median_at is None else number(round(s.median_at))) if what == "median" else \
                        number(counts[what])
                    table.item(r, c).setText(text)
            self._fit(table)
            base = np.zeros(len(mine))
            for status in STATUSES:
                height = np.array([s.statuses[status] for s in mine], dtype=float)
                self.bars[setting][status].setOpts(x=np.arange(len(mine)), y0=base.copy(), height=height, width=0.6)
                base += height
            for k, s in enumerate(mine):
                median = self.medians[setting][k]
                median.setText("" if s.median_at is None else number(round(s.median_at)))
                median.setPos(k, s.models)
        self._arrange()  # a table grown wider (a longer number) may push its chart below it
