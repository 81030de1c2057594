"""The live error plot: error per iteration (thin), its moving average (bold), and the measured accuracy.

It stays smooth with millions of iterations: data goes into numpy buffers that double when full
(rnnsub.curves.Series), curves use peak downsampling and clip to view, and a ~30 Hz timer redraws only
when data arrived. A model that diverged reports NaN errors: its curves end there, marked with a red ×.

Accuracy is drawn only where it was measured: one marker per evaluation, not joined (a line between two
evaluations 200 iterations apart would show a gradual learning that nobody measured). A full evaluation is a
filled dot; a quick estimate from a small sample is a hollow circle with a bar for its 95 % interval, and a full
figure for the same iteration replaces it.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rnnsub.curves import AVERAGE, Series
from rnnsub.evaluate import Evaluation
from rnnsub.fileio import atomic_write, write_curves_csv

from .messages import number
from .palette import RIGHT_RGB, WRONG_RGB

__all__ = ["AVERAGE", "Series", "ErrorPlot", "DIVERGED_COLOUR"]

RAW_PEN = pg.mkPen((120, 150, 210), width=1)
AVG_PEN = pg.mkPen((20, 50, 150), width=3)
ACC_COLOUR = RIGHT_RGB  # pairs right: the window's colour for right (gui.palette, colour-blind safe)
EST_PEN = pg.mkPen(ACC_COLOUR, width=1.5)  # estimates: hollow circles and their interval bars
OVERLAY_HOVER_PX = 12  # the readout names an overlaid run when the pointer is this close to its curve
REDRAW_COST_FACTOR = 8  # the timer waits this many times what the last redraw took (see ErrorPlot._tick)
DIVERGED_COLOUR = WRONG_RGB  # the × where a model diverged (here and in the sweep view)
VIEW_MIN_HEIGHT = 200  # both plots readable: the error's ~90 px and the accuracy's 0, 50, 100 (ACC_MIN_HEIGHT)
ACC_MIN_HEIGHT = 95  # the accuracy plot with its x axis
LEGEND_MIN_HEIGHT = 120  # the error plot's legend, shown only in a plot at least this tall


class _AsksLittle:
    """A graphics view that asks for its least height only (setMinimumHeight): the tab's spare height still goes to
    it (by its stretch), but a tab too low for its panel scrolls at these heights, not at the ~500 px a graphics
    view asks for by default."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class LowPlotWidget(_AsksLittle, pg.PlotWidget):
    pass


class LowLayoutWidget(_AsksLittle, pg.GraphicsLayoutWidget):
    pass


def least_height(view: QWidget, height: int):
    """A plot at least `height` px tall (one of the classes above asks for no more)."""
    view.setMinimumHeight(height)


def fit_axis_title(plot: pg.PlotItem, texts: tuple[str, ...], side: str = "left"):
    """The first of `texts` that fits the length of the plot's axis on `side` as its title, else none (a rotated
    title longer than its axis runs into the next plot's)."""
    axis = plot.getAxis(side)
    room = plot.vb.height() if side == "left" else plot.vb.width()  # the axis follows the view box later in a pass
    for text in (*texts, ""):
        if axis.labelText != text:
            axis.setLabel(text)
        if not text or axis.label.boundingRect().width() <= room:
            break


def whole_ticks(view, first: int, last: int, most: int = 16):
    """Whole numbers first … last on a plot's x axis: every one, or every 2nd, 4th … so that at most `most` show and
    their labels fit the plot's width side by side (16 units' "101112131415" ran together)."""
    width = view.getPlotItem().vb.width() if hasattr(view, "getPlotItem") else view.vb.width()
    label = 7 * len(str(last)) + 10  # pixels a label needs with its gap, at the axis' font size
    most = max(2, min(most, int(width // label))) if width > 0 else most
    step = 1
    while (last - first) // step >= most:
        step *= 2
    axis = view.getAxis("bottom")
    axis.setTicks([[(n, str(n)) for n in range(first, last + 1, step)]])
    view.setXRange(first - 0.6, last + 0.6, padding=0)


def fit_title(plot: pg.PlotItem, width: float):
    """Wrap a plot's title to `width` pixels, centred, and make its row as tall as the wrapped lines. A pyqtgraph
    title never wraps by itself: one wider than its plot made the plot wider than its view, cut off at the right
    (the Inside tab at 800 x 600)."""
    label = plot.titleLabel
    if not label.isVisible():
        return
    item = label.item
    option = item.document().defaultTextOption()
    option.setAlignment(Qt.AlignHCenter)
    item.document().setDefaultTextOption(option)
    item.setTextWidth(-1)
    if item.boundingRect().width() > width:
        item.setTextWidth(max(width, 40.0))
    label.updateMin()
    height = label.itemRect().height()
    if label.maximumHeight() != height:
        label.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)
    label.resizeEvent(None)


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
        # quick estimates (Evaluation.estimate): iteration, accuracy, 95 % interval (all in %) and sample size
        self.est_x: list[int] = []
        self.est_y: list[float] = []
        self.est_low: list[float] = []
        self.est_high: list[float] = []
        self.est_n: list[int] = []
        self._y_max = -np.inf  # the largest finite error so far (kept as data arrives: no pass over the history)
        self.diverged_at: int | None = None  # the iteration at which the model diverged (marked with a ×)
        self.diverged_marker: pg.PlotDataItem | None = None
        self._dirty = False  # new errors to draw
        self._acc_dirty = False  # new full figures to draw (a scatter plot rebuilds its points: only then)
        self._est_dirty = False  # estimates changed
        self._overlays: list[tuple] = []  # (label, error curve item, accuracy item) of other runs drawn over this one
        self._overlay_max = -np.inf  # their largest finite error: the y axis reaches it

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.err_plot = self.view.addPlot(row=0, col=0)
        # Each y-axis title in full where its plot is tall enough, else as its symbol (fit_axis_titles): at 800 x 600
        # the two rotated titles ran into each other.
        self._axis_titles = {self.err_plot: (self.tr("error Σ|y − ŷ| per sample"), "Σ|y − ŷ|")}
        self.err_plot.addLegend(offset=(-10, 10), brush=(255, 255, 255, 210))
        # One bin per pixel column (pyqtgraph's default is five): peak downsampling keeps each column's lowest and
        # highest value, so the picture is the same, and drawing it costs a fifth (measured: ~60 % of the window's
        # time while training went to drawing up to five times more segments than there are pixels).
        self.raw = self.err_plot.plot(pen=RAW_PEN, name=self.tr("each iteration"), autoDownsampleFactor=1.0)
        self.avg = self.err_plot.plot(pen=AVG_PEN, name=self.tr("average of the last {0}").format(AVERAGE),
                                      autoDownsampleFactor=1.0)
        for curve in (self.raw, self.avg):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self.acc_plot = self.view.addPlot(row=1, col=0)
        self.acc_plot.setXLink(self.err_plot)
        self.err_plot.getAxis("bottom").setStyle(showValues=False)  # the accuracy's, right below, number the same x
        self._axis_titles[self.acc_plot] = (self.tr("pairs right (%)"), "%")
        self.acc_plot.setMinimumHeight(ACC_MIN_HEIGHT)
        for plot, (title, _) in self._axis_titles.items():
            plot.setLabel("left", title)
            plot.vb.sigResized.connect(self.fit_axis_titles)
        self.acc_plot.setLabel("bottom", self.tr("iteration"))
        self.acc_plot.setYRange(0, 100, padding=0.05)
        self.acc_plot.setMouseEnabled(y=False)
        self.acc_plot.addLegend(offset=(-10, 5), brush=(255, 255, 255, 210), verSpacing=-6)
        self.acc = self.acc_plot.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=ACC_COLOUR, symbolPen=None)
        self.est_bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0), beam=0,
                                        pen=EST_PEN)
        self.acc_plot.addItem(self.est_bars)
        self.est = self.acc_plot.plot(pen=None, symbol="o", symbolSize=8, symbolBrush=(255, 255, 255), symbolPen=EST_PEN)
        self.est.setZValue(5)
        self._est_name = self.tr("estimate from a sample (bar: 95% interval)")
        for vb in (self.err_plot.vb, self.acc_plot.vb):
            vb.sigRangeChangedManually.connect(self._released)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 1)

        self.log = QCheckBox(self.tr("Log scale"))
        self.log.setToolTip(self.tr("Show the error on a logarithmic axis: small errors late in training become visible."))
        self.log.toggled.connect(self.set_log)
        self._hint = self.tr("Hover over the plot to read values.")
        self.readout = QLabel(self._hint)
        self.readout.setWordWrap(True)  # a long reading takes two lines in a narrow window, never its width
        self.readout.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.readout.setToolTip(self.tr("The iteration and values under the mouse pointer."))
        top = QHBoxLayout()
        top.addWidget(self.log)
        top.addWidget(self.readout, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.setMinimumHeight(VIEW_MIN_HEIGHT)
        self.view.setAccessibleName("; ".join(texts[0] for texts in self._axis_titles.values()))  # keys zoom it

        self._proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=30, slot=self._hover)
        self._next_redraw = 0.0  # perf_counter() before which the timer does not redraw
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def fit_axis_titles(self, *_):
        """Each y-axis title in full if it fits the height of its axis, else its symbol, else none; the error's
        legend only where it leaves the curves room (at 800 x 600 it covered half of them)."""
        if self.err_plot.legend is not None:
            self.err_plot.legend.setVisible(self.err_plot.vb.height() >= LEGEND_MIN_HEIGHT)
        for plot, texts in self._axis_titles.items():
            fit_axis_title(plot, texts)

    # -- data in ---------------------------------------------------------------------------------------
    def append(self, first_iteration: int, errors: np.ndarray):
        if len(errors):
            self.series.append(first_iteration, errors)
            finite = errors[np.isfinite(errors)]
            if finite.size:
                self._y_max = max(self._y_max, float(finite.max()))
            self._dirty = True

    def add_evaluation(self, iteration: int, ev: Evaluation, k: int = 0):
        """An evaluation of model k's weights at `iteration`: a full figure, or a quick estimate with its interval."""
        acc = float(ev.accuracy[k])
        if ev.estimate:
            self.add_estimate(iteration, acc, *ev.interval(k), ev.total)
        else:
            self.add_accuracy(iteration, acc)

    def add_accuracy(self, iteration: int, accuracy: float):
        """A full figure (every pair, or the fixed large sample); it replaces an estimate of the same iteration."""
        if self.acc_x and iteration <= self.acc_x[-1]:
            return  # the same evaluation reported twice (a run's last report repeats it)
        self.acc_x.append(iteration)
        self.acc_y.append(100.0 * accuracy)
        if self.est_x and self.est_x[-1] == iteration:
            for values in (self.est_x, self.est_y, self.est_low, self.est_high, self.est_n):
                values.pop()
            self._est_dirty = True
        self._acc_dirty = True

    def add_estimate(self, iteration: int, accuracy: float, low: float, high: float, sample: int):
        """A quick estimate from `sample` pairs (fractions): a hollow circle with a bar from low to high."""
        if (self.est_x and iteration <= self.est_x[-1]) or (self.acc_x and iteration <= self.acc_x[-1]):
            return  # reported twice, or a full figure of these weights is already drawn
        self.est_x.append(iteration)
        self.est_y.append(100.0 * accuracy)
        self.est_low.append(100.0 * low)
        self.est_high.append(100.0 * high)
        self.est_n.append(int(sample))
        self._est_dirty = True

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
        self.est_x, self.est_y, self.est_low, self.est_high, self.est_n = [], [], [], [], []
        self._y_max = -np.inf
        self._acc_dirty = self._est_dirty = True
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

    def _tick(self):
        """The timer: redraw at ~30 Hz while that is cheap. Handing pyqtgraph the whole history costs time in
        proportion to it (~4 ms at a million iterations, ~14 ms at three), so the next redraw waits
        REDRAW_COST_FACTOR times as long as this one took: the plot never takes more than a small share of the
        window's time, and slows down (to ~9 Hz at three million) only when it would."""
        now = time.perf_counter()
        if now < self._next_redraw:
            return
        self.redraw()
        self._next_redraw = now + REDRAW_COST_FACTOR * (time.perf_counter() - now)

    def redraw(self):
        if self._acc_dirty:
            self._acc_dirty = False
            self.acc.setData(self.acc_x, self.acc_y)
        if self._est_dirty:
            self._est_dirty = False
            self._draw_estimates()
        if not self._dirty:
            return
        self._dirty = False
        x, y, avg = self.series.arrays()
        if len(x) and self.following() and x[-1] > self.target:  # beyond the target (continued runs)
            self.set_target(int(x[-1] * 1.5))
        top = max(self._y_max, self._overlay_max)  # the overlaid runs' curves in view too
        if (len(y) or np.isfinite(top)) and not self.log.isChecked():
            top = top if np.isfinite(top) else 1.0
            if top > self._y_top or not self._y_top:
                self._y_top = float(np.ceil(top * 1.05 + 1e-9)) if top > 1 else max(top * 1.1, 0.1)
                self.err_plot.setYRange(0, self._y_top, padding=0)
        if self.log.isChecked():  # log10(0) is -inf; an error of exactly 0 draws at the floor
            y, avg = np.maximum(y, 1e-6), np.maximum(avg, 1e-6)
        self.raw.setData(x, y, connect="finite")
        self.avg.setData(x, avg, connect="finite")
        if self.diverged_marker is not None:
            self.diverged_marker.setData(*self._marker_position())

    def _draw_estimates(self):
        x, y = np.asarray(self.est_x, dtype=float), np.asarray(self.est_y, dtype=float)
        self.est.setData(x, y)
        self.est_bars.setData(x=x, y=y, top=np.asarray(self.est_high) - y, bottom=y - np.asarray(self.est_low))
        legend = self.acc_plot.legend
        named = legend.getLabel(self.est) is not None
        if self.est_x and not named:  # the legend names estimates only while some are drawn
            legend.addItem(self.est, self._est_name)
        elif not self.est_x and named:
            legend.removeItem(self.est)

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
        over = self._overlay_at(pos) if self._overlays else None
        if over is not None:
            text = self.tr("{0} (another run)").format(over)
            self.readout.setText(text)
            self.hovered.emit(text)
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
        j = self._measured_before(self.acc_x, x[i])
        e = self._measured_before(self.est_x, x[i])
        if e is not None and (j is None or self.est_x[e] > self.acc_x[j]):  # the latest measurement is an estimate
            text += self.tr(", about {0}% right (at {1}; an estimate from a sample of {2} pairs, 95% interval "
                            "{3}–{4}%)").format(number(self.est_y[e], 1), number(self.est_x[e]), number(self.est_n[e]),
                                                number(self.est_low[e], 1), number(self.est_high[e], 1))
        elif j is not None:
            text += self.tr(", right {0}% (at {1})").format(number(self.acc_y[j], 2), number(self.acc_x[j]))
        self.readout.setText(text)
        self.hovered.emit(text)

    @staticmethod
    def _measured_before(xs: list[int], iteration) -> int | None:
        """The index of the last measurement at or before `iteration`, or None."""
        j = int(np.searchsorted(xs, iteration, side="right")) - 1
        return j if j >= 0 else None

    # -- other runs, drawn over this one (the Runs tab) ---------------------------------------------------
    def set_overlays(self, overlays: list):
        """Draw other runs: [(label, (r, g, b), rnnsub.history.Run)], each its error curve (the average over the
        last AVERAGE iterations, as this run's own) and its full evaluations (triangles, unjoined, as this run's
        dots) in its colour, named in the legend and by the readout when hovered."""
        for items in self._overlays:
            for plot, item in zip((self.err_plot, self.acc_plot), items[1:]):
                plot.removeItem(item)
        self._overlays = []
        for name, rgb, run in overlays:
            x, y = run.curve.smoothed(AVERAGE)
            err = self.err_plot.plot(x, y, pen=pg.mkPen(rgb, width=2), name=name, connect="finite")
            ax = [it for it, _ in run.accuracy]
            ay = [100 * a for _, a in run.accuracy]
            acc = self.acc_plot.plot(ax, ay, pen=None, symbol="t", symbolSize=8, symbolBrush=rgb, symbolPen=None)
            self._overlays.append((name, err, acc))
        tops = [float(np.nanmax(y)) for _, e, _ in self._overlays for y in [e.getData()[1]]
                if y is not None and np.isfinite(y).any()]
        self._overlay_max = max(tops, default=-np.inf)
        self._y_top = 0.0  # the range is chosen again, for the curves drawn now
        self._dirty = True
        self.redraw()

    def _overlay_at(self, pos) -> str | None:
        """The label of the overlaid error curve nearest the pointer, within OVERLAY_HOVER_PX pixels."""
        vb = self.err_plot.vb
        best, name = OVERLAY_HOVER_PX, None
        for label, err, _ in self._overlays:
            x, y = err.getData()
            if x is None or not len(x):
                continue
            i = int(np.clip(np.searchsorted(x, vb.mapSceneToView(pos).x()), 0, len(x) - 1))
            if not np.isfinite(y[i]):
                continue
            yv = np.log10(max(y[i], 1e-6)) if self.log.isChecked() else y[i]
            d = abs(vb.mapViewToScene(pg.Point(x[i], yv)).y() - pos.y())
            if d < best:
                best, name = d, label
        return name

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
