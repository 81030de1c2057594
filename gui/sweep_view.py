"""The sweep view: many models side by side. Which fraction reaches 100%, and when; each model's error."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rnnsub.config import Config, ConfigError
from rnnsub.sweep import Sweep, parse_list, parse_seeds
from rnnsub.train import Control

from .plot import Series
from .worker import WorkerThread

THIN = 1


class SweepDialog(QDialog):
    load_requested = Signal(object, dict)  # Weights (K = 1), meta: open this model in the main view

    def __init__(self, base_config, parent=None):
        """base_config() gives the main window's settings (bits, pairs, b range, batch) at the time of Start."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sweep: many models side by side"))
        self.base_config = base_config
        self.sweep: Sweep | None = None
        self.run: WorkerThread | None = None
        self.series: list[Series] = []
        self.curves: list[pg.PlotDataItem] = []
        self.highlighted: int | None = None
        self._dirty = False

        self.seeds = QLineEdit("0-15")
        self.seeds.setToolTip(self.tr("Seeds: a range like 0-31, a list like 1,4,9, or both: 0-3,7."))
        self.lrs = QLineEdit("0.9")
        self.lrs.setToolTip(self.tr("Learning rates, separated by commas: 0.1,0.5,0.9,2"))
        self.hiddens = QLineEdit("16")
        self.hiddens.setToolTip(self.tr("Hidden sizes, separated by commas: 4,8,16"))
        self.elman = QCheckBox(self.tr("Corrected Elman"))
        self.elman.setChecked(True)
        self.notebook_cell = QCheckBox(self.tr("As the tutorial writes it"))
        self.iterations = QSpinBox()
        self.iterations.setRange(1, 10_000_000)
        self.iterations.setValue(5000)
        self.iterations.setSingleStep(1000)
        self.iterations.setGroupSeparatorShown(True)
        self.eval_every = QSpinBox()
        self.eval_every.setRange(1, 100_000)
        self.eval_every.setValue(100)
        self.eval_every.setToolTip(self.tr("How often each model still learning is checked against every pair."))
        cells = QHBoxLayout()
        cells.addWidget(self.elman)
        cells.addWidget(self.notebook_cell)
        form = QFormLayout()
        form.addRow(self.tr("Seeds"), self.seeds)
        form.addRow(self.tr("Learning rates"), self.lrs)
        form.addRow(self.tr("Hidden sizes"), self.hiddens)
        form.addRow(self.tr("Cells"), cells)
        form.addRow(self.tr("Iterations"), self.iterations)
        form.addRow(self.tr("Check every"), self.eval_every)
        note = QLabel(self.tr("Bits, pairs, B range and batch come from the main window. Every combination "
                              "of the values above is one model; models of one shape train in lockstep."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        form.addRow(note)

        self.start_button = QPushButton(self.tr("Start sweep"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.load_button = QPushButton(self.tr("Open selected model in the main window"))
        self.load_button.setEnabled(False)
        self.load_button.setToolTip(self.tr("Load the selected row's weights into the main view (also: double-click)."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
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
        self.view.setBackground("w")
        self.solved_plot = self.view.addPlot(row=0, col=0)
        self.solved_plot.setLabel("left", self.tr("models at 100% (%)"))
        self.solved_plot.setYRange(0, 100, padding=0.05)
        self.solved_curve = self.solved_plot.plot(pen=pg.mkPen((27, 127, 59), width=2), stepMode=None)
        self.err_plot = self.view.addPlot(row=1, col=0)
        self.err_plot.setLabel("left", self.tr("error, average of the last 100"))
        self.err_plot.setLabel("bottom", self.tr("iteration"))
        self.solved_plot.setXLink(self.err_plot)
        self.view.ci.layout.setRowStretchFactor(0, 1)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.hover = QLabel(self.tr("Hover over a curve to see which model it is."))

        columns = [self.tr("#"), self.tr("cell"), self.tr("hidden"), self.tr("lr"), self.tr("seed"), self.tr("accuracy"),
                   self.tr("100% at"), self.tr("diverged")]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        right = QSplitter(Qt.Vertical)
        plots = QWidget()
        pl = QVBoxLayout(plots)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.view, 1)
        pl.addWidget(self.hover)
        right.addWidget(plots)
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

    # -- running ---------------------------------------------------------------------------------------
    def plan(self) -> Sweep:
        """The sweep the fields describe; raises ConfigError with one sentence."""
        cells = [c for c, box in (("elman", self.elman), ("notebook", self.notebook_cell)) if box.isChecked()]
        if not cells:
            raise ConfigError(self.tr("Choose at least one cell."))
        base: Config = self.base_config().replace(iterations=self.iterations.value())
        hiddens = parse_list(self.hiddens.text(), int, self.tr("Hidden sizes"))
        for h in hiddens:
            base.replace(hidden=h)  # checks the range
        return Sweep.plan(base, parse_seeds(self.seeds.text()), parse_list(self.lrs.text(), float, self.tr("Learning rates")),
                          hiddens, cells, self.eval_every.value())

    def start(self):
        try:
            sweep = self.plan()
        except (ConfigError, ValueError) as e:
            self._say(str(e), error=True)
            return
        self.stop()
        self.sweep = sweep
        self._setup_models()
        control = Control()
        self.run = WorkerThread(lambda: sweep.run(control, seconds=0.1), control, self)
        self.run.report.connect(self._on_report)
        self.run.failed.connect(lambda msg: self._say(msg, error=True))
        self.run.done.connect(self._on_done)
        self.run.start()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._say(self.tr("Training {0} models…").format(len(sweep.models)))

    def stop(self) -> bool:
        ok = True
        if self.run is not None:
            ok = self.run.stop(1000)
            self.run.deleteLater()
            self.run = None
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        return ok

    def running(self) -> bool:
        return self.run is not None and self.run.is_running()

    def _setup_models(self):
        for c in self.curves:
            self.err_plot.removeItem(c)
        models = self.sweep.models
        self.series = [Series(1024) for _ in models]
        self.curves = []
        for i in range(len(models)):
            colour = pg.intColor(i, hues=max(len(models), 2), alpha=150)
            curve = self.err_plot.plot(pen=pg.mkPen(colour, width=THIN))
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            self.curves.append(curve)
        self.highlighted = None
        self.table.setRowCount(len(models))
        self._fill_table()
        self.progress.setMaximum(len(self.sweep.groups) * self.sweep.config.iterations)
        self.progress.setValue(0)
        self.err_plot.setXRange(0, self.sweep.config.iterations, padding=0.01)
        self._dirty = True

    def _on_report(self, report):
        if self.sweep is None or self.run is None:
            return
        p = report.progress
        for j, i in enumerate(report.group):
            self.series[i].append(p.first, p.errors[:, j])
        done_groups = next(g for g, (idx, _) in enumerate(self.sweep.groups) if idx is report.group)
        self.progress.setValue(done_groups * self.sweep.config.iterations + p.iteration)
        self._dirty = True

    def _on_done(self, status):
        self._fill_table()
        self.redraw()
        s = self.sweep
        self._say(self.tr("Sweep {0}: {1} of {2} models reached 100%; {3} of them still get every pair right at the "
                          "end.").format(self.tr("finished") if status == "finished" else self.tr("stopped"),
                                         s.solved_count(), len(s.models), s.converged))
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    # -- drawing ---------------------------------------------------------------------------------------
    def redraw(self):
        if not self._dirty or self.sweep is None:
            return
        self._dirty = False
        for i, (series, curve) in enumerate(zip(self.series, self.curves)):
            x, _, avg = series.arrays()
            curve.setData(x, avg, connect="finite")
            if i == self.highlighted:
                curve.setZValue(10)
        at, frac = self.sweep.solved_curve()
        last = max((s.x[s.n - 1] for s in self.series if s.n), default=0)
        xs = np.concatenate([[0], np.repeat(at, 2), [max(last, at[-1] if at.size else 0)]])
        ys = np.concatenate([[0, 0], np.repeat(frac, 2)]) * 100 if at.size else np.array([0.0, 0.0])
        self.solved_curve.setData(xs[: ys.size], ys)
        self._fill_table()

    def _fill_table(self):
        if self.sweep is None:
            return
        for i, m in enumerate(self.sweep.models):
            values = (i, m.cell, m.hidden, f"{m.lr:g}", m.seed,
                      f"{100 * m.accuracy:.2f}%" if not self.running() else "",
                      "" if m.solved_at is None else f"{m.solved_at:,}",
                      "" if m.diverged_at is None else self.tr("at {0}").format(m.diverged_at))
            for c, v in enumerate(values):
                item = self.table.item(i, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, c, item)
                item.setText(str(v))

    def highlight(self, i: int | None):
        if i == self.highlighted:
            return
        if self.highlighted is not None and self.highlighted < len(self.curves):
            colour = pg.intColor(self.highlighted, hues=max(len(self.curves), 2), alpha=150)
            self.curves[self.highlighted].setPen(pg.mkPen(colour, width=THIN))
            self.curves[self.highlighted].setZValue(0)
        self.highlighted = i
        if i is not None:
            self.curves[i].setPen(pg.mkPen((0, 0, 0), width=3))
            self.curves[i].setZValue(10)
            m = self.sweep.models[i]
            self.hover.setText(self.tr("model {0}: {1} cell, {2} hidden, lr {3:g}, seed {4}{5}").format(
                i, m.cell, m.hidden, m.lr, m.seed,
                "" if m.solved_at is None else self.tr(", 100% at iteration {0}").format(m.solved_at)))

    def _hover(self, event):
        if self.sweep is None or not self.err_plot.sceneBoundingRect().contains(event[0]):
            return
        pt = self.err_plot.vb.mapSceneToView(event[0])
        best, best_d = None, np.inf
        for i, s in enumerate(self.series):
            if not s.n:
                continue
            k = int(np.clip(np.searchsorted(s.x[: s.n], pt.x()), 0, s.n - 1))
            d = abs(s.avg[k] - pt.y())
            if d < best_d:
                best, best_d = i, d
        y_span = np.diff(self.err_plot.vb.viewRange()[1])[0]
        if best is not None and best_d < 0.05 * y_span:
            self.highlight(best)

    def _selection_changed(self):
        rows = self.table.selectionModel().selectedRows()
        self.load_button.setEnabled(bool(rows))
        if rows:
            self.highlight(rows[0].row())

    def load_selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.sweep is None:
            return
        weights, meta = self.sweep.model_file(rows[0].row())
        self.load_requested.emit(weights, meta)
        self._say(self.tr("Model {0} is now in the main window.").format(rows[0].row()))

    def _say(self, text, error=False):
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)

    def closeEvent(self, event):
        self.stop()
        super().closeEvent(event)
