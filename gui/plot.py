"""The live error plot: error per iteration (thin), its moving average (bold), and the exhaustive accuracy.

It stays smooth with millions of iterations: data goes into numpy buffers that double when full
(rnnsub.curves.Series), curves use peak downsampling and clip to view, and a ~30 Hz timer redraws only
when data arrived. A model that diverged reports NaN errors: its curves end there, marked with a red ×.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rnnsub.curves import AVERAGE, Series
from rnnsub.fileio import atomic_write, write_curves_csv

from .messages import number

__all__ = ["AVERAGE", "Series", "ErrorPlot", "DIVERGED_COLOUR"]

RAW_PEN = pg.mkPen((120, 150, 210), width=1)
AVG_PEN = pg.mkPen((20, 50, 150), width=3)
ACC_PEN = pg.mkPen((27, 127, 59), width=2)
DIVERGED_COLOUR = (200, 30, 30)  # the × where a model diverged (here and in the sweep view)


class ErrorPlot(QWidget):
    hovered = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series = Series()
        self.target = 0  # the run's last iteration: the x axis spans [0, target] while it follows the run
        self._y_top = 0.0
        self._follow = True
        self.acc_x: list[int] = []
        self.acc_y: list[float] = []
        self.diverged_at: int | None = None  # the iteration at which the model diverged (marked with a ×)
        self.diverged_marker: pg.PlotDataItem | None = None
        self._dirty = False

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.err_plot = self.view.addPlot(row=0, col=0)
        self.err_plot.setLabel("left", self.tr("error Σ|y − ŷ| per sample"))
        self.err_plot.addLegend(offset=(-10, 10), brush=(255, 255, 255, 210))
        self.raw = self.err_plot.plot(pen=RAW_PEN, name=self.tr("each iteration"))
        self.avg = self.err_plot.plot(pen=AVG_PEN, name=self.tr("average of the last {0}").format(AVERAGE))
        for curve in (self.raw, self.avg):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self.acc_plot = self.view.addPlot(row=1, col=0)
        self.acc_plot.setXLink(self.err_plot)
        self.acc_plot.setLabel("left", self.tr("pairs right (%)"))
        self.acc_plot.setLabel("bottom", self.tr("iteration"))
        self.acc_plot.setYRange(0, 100, padding=0.05)
        self.acc_plot.setMouseEnabled(y=False)
        self.acc = self.acc_plot.plot(pen=ACC_PEN, symbol="o", symbolSize=4, symbolBrush=(27, 127, 59), symbolPen=None)
        for vb in (self.err_plot.vb, self.acc_plot.vb):
            vb.sigRangeChangedManually.connect(self._released)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 1)

        self.log = QCheckBox(self.tr("Log scale"))
        self.log.setToolTip(self.tr("Show the error on a logarithmic axis: small errors late in training become visible."))
        self.log.toggled.connect(self.set_log)
        self._hint = self.tr("Hover over the plot to read values.")
        self.readout = QLabel(self._hint)
        self.readout.setToolTip(self.tr("The iteration and values under the mouse pointer."))
        top = QHBoxLayout()
        top.addWidget(self.log)
        top.addStretch(1)
        top.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=30, slot=self._hover)
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()

    # -- data in ---------------------------------------------------------------------------------------
    def append(self, first_iteration: int, errors: np.ndarray):
        if len(errors):
            self.series.append(first_iteration, errors)
            self._dirty = True

    def add_accuracy(self, iteration: int, accuracy: float):
        if self.acc_x and iteration <= self.acc_x[-1]:
            return  # the same evaluation reported twice (a run's last report repeats it)
        self.acc_x.append(iteration)
        self.acc_y.append(100.0 * accuracy)
        self._dirty = True

    def mark_diverged(self, iteration: int):
        """The model diverged at `iteration` (its errors are NaN from there): a red × where its curve ends,
        with a legend entry. clear() removes it. Calling it again with the same iteration does nothing."""
        if self.diverged_marker is not None and int(iteration) == self.diverged_at:
            return
        self.diverged_at = int(iteration)
        name = self.tr("diverged at iteration {0}").format(number(self.diverged_at))
        if self.diverged_marker is None:
            self.diverged_marker = self.err_plot.plot(
                pen=None, symbol="x", symbolSize=16, symbolPen=pg.mkPen(DIVERGED_COLOUR, width=3),
                symbolBrush=DIVERGED_COLOUR, name=name)
            self.diverged_marker.setZValue(20)
        elif self.err_plot.legend is not None:
            self.err_plot.legend.removeItem(self.diverged_marker)
            self.err_plot.legend.addItem(self.diverged_marker, name)
        self._dirty = True

    def clear(self):
        self.series.clear()
        self._y_top = 0.0
        self._follow = True
        self.err_plot.enableAutoRange(x=False, y=self.log.isChecked())
        self.acc_x, self.acc_y = [], []
        if self.diverged_marker is not None:
            self.err_plot.removeItem(self.diverged_marker)  # and its legend entry
            self.diverged_marker = None
        self.diverged_at = None
        self.readout.setText(self._hint)  # it described a run that is gone
        self._dirty = True
        self.redraw()

    # -- drawing ---------------------------------------------------------------------------------------
    def set_target(self, iterations: int):
        """Show the whole run from the start: the curve grows left to right, and the axes stay put, which
        spares redrawing their ticks every frame (the costliest part of a live plot)."""
        self.target = iterations
        if self.following():
            self.err_plot.setXRange(0, max(iterations, 1), padding=0.01)

    def following(self) -> bool:
        """False once the person has zoomed or panned (then the view is theirs until the next run)."""
        return self._follow

    def _released(self, *_):
        self._follow = False

    def redraw(self):
        if not self._dirty:
            return
        self._dirty = False
        x, y, avg = self.series.arrays()
        if len(x) and self.following() and x[-1] > self.target:  # beyond the target (continued runs)
            self.set_target(int(x[-1] * 1.5))
        if len(y) and not self.log.isChecked():
            finite = y[np.isfinite(y)]
            top = float(finite.max()) if finite.size else 1.0
            if top > self._y_top or not self._y_top:
                self._y_top = float(np.ceil(top * 1.05 + 1e-9)) if top > 1 else max(top * 1.1, 0.1)
                self.err_plot.setYRange(0, self._y_top, padding=0)
        if self.log.isChecked():  # log10(0) is -inf; an error of exactly 0 draws at the floor
            y, avg = np.maximum(y, 1e-6), np.maximum(avg, 1e-6)
        self.raw.setData(x, y, connect="finite")
        self.avg.setData(x, avg, connect="finite")
        self.acc.setData(self.acc_x, self.acc_y)
        if self.diverged_marker is not None:
            self.diverged_marker.setData(*self._marker_position())

    def _marker_position(self) -> tuple[list[int], list[float]]:
        """The × sits at the divergence iteration, at the height where the average curve ends."""
        end = self.series.last_finite(before=self.diverged_at)
        y = end[1] if end is not None else 0.0
        if self.log.isChecked():
            y = max(y, 1e-6)
        return [self.diverged_at], [y]

    def set_log(self, on: bool):
        self.err_plot.setLogMode(y=on)
        self.err_plot.enableAutoRange(y=on)
        self._y_top = 0.0
        self._dirty = True
        self.redraw()

    def _hover(self, event):
        pos = event[0]
        if not self.err_plot.sceneBoundingRect().contains(pos) and not self.acc_plot.sceneBoundingRect().contains(pos):
            return
        x, y, avg = self.series.arrays()
        if not len(x):
            return
        it = self.err_plot.vb.mapSceneToView(pos).x()
        i = int(np.clip(np.searchsorted(x, it), 0, len(x) - 1))
        if np.isfinite(y[i]):
            text = self.tr("iteration {0}: error {1}, average {2}").format(number(x[i]), number(y[i], 4), number(avg[i], 4))
        else:
            text = self.tr("iteration {0}: no error (the model had diverged)").format(number(x[i]))
        if self.acc_x:
            j = int(np.clip(np.searchsorted(self.acc_x, x[i], side="right") - 1, 0, len(self.acc_x) - 1))
            if self.acc_x[j] <= x[i]:
                text += self.tr(", right {0}% (at {1})").format(number(self.acc_y[j], 2), number(self.acc_x[j]))
        self.readout.setText(text)
        self.hovered.emit(text)

    # -- export ----------------------------------------------------------------------------------------
    def export_csv(self, path):
        x, y, avg = self.series.arrays()
        write_curves_csv(path, x, y, avg, self.acc_x, np.asarray(self.acc_y) / 100.0)

    def export_png(self, path):
        """The plots as a PNG (without the log-scale box and the readout)."""
        self.redraw()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        self.view.grab().save(buffer, "PNG")
        atomic_write(path, lambda f: f.write(bytes(data)), "the plot")
