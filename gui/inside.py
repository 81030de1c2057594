"""Inside the network, for the pair on the Operands tab: the hidden state at every time step, the output
probability against the true bit and borrow, how strongly the error flows back to each step (BPTT), and the size
of the hidden state, max_j |h_t[j]|, per step on a log axis (the notebook cell's h explodes: 1e45 by step 8)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rnnsub.evaluate import Trace

from .plot import LowLayoutWidget, fit_axis_title, fit_title, least_height

VIEW_MIN_HEIGHT = 300  # the three rows of plots at least ~60 px each (a lower tab scrolls: 15 px plots were unreadable)
NARROW_PX = 600  # narrower than this, the last two plots one under the other (side by side each was ~150 px wide)


class InsidePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = LowLayoutWidget()
        self.view.setBackground("w")
        self.h_plot = self.view.addPlot(row=0, col=0, colspan=2)
        self.h_plot.setTitle(self.tr("hidden state h<sub>t</sub>: one column per time step, one row per unit"), size="9pt")
        self._h_title = (self.tr("hidden unit"), "h")  # "h" where the plot is too low for the words
        self.h_plot.setLabel("left", self._h_title[0])
        self.h_plot.vb.sigResized.connect(lambda *_: fit_axis_title(self.h_plot, self._h_title))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.h_plot.addItem(self.image)
        self.h_plot.setMouseEnabled(x=False, y=False)
        self.h_plot.hideButtons()
        self.bar = pg.ColorBarItem(values=(0, 1), colorMap=pg.colormap.get("viridis"), width=12, interactive=False)
        self.bar.setImageItem(self.image, insert_in=self.h_plot)

        self.out_plot = self.view.addPlot(row=1, col=0, colspan=2)
        self.out_plot.setTitle(self.tr("output ŷ<sub>t</sub> (line), true bit (squares), borrow (triangles)"), size="9pt")
        self.out_plot.setYRange(-0.1, 1.1, padding=0)
        self.out_plot.setMouseEnabled(x=False, y=False)
        self.out_plot.hideButtons()
        self.p_curve = self.out_plot.plot(
            pen=pg.mkPen((20, 50, 150), width=2), symbol="o", symbolSize=6, symbolBrush=(20, 50, 150)
        )
        self.true_pts = self.out_plot.plot(
            pen=None, symbol="s", symbolSize=9, symbolBrush=None, symbolPen=pg.mkPen((27, 127, 59), width=2)
        )
        self.borrow_pts = self.out_plot.plot(pen=None, symbol="t1", symbolSize=9, symbolBrush=(200, 140, 0))

        self.grad_plot = self.view.addPlot(row=2, col=0)
        self.grad_plot.setTitle(self.tr("‖δh<sub>t</sub>‖: how much of the error reaches back to step t"), size="9pt")
        self.grad_plot.setMouseEnabled(x=False, y=False)
        self.grad_plot.hideButtons()
        self.grad_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=(150, 80, 160))
        self.grad_plot.addItem(self.grad_bars)

        self.size_plot = self.view.addPlot(row=2, col=1)  # beside ‖δh‖: four plots in a row do not fit 800 pixels
        self.size_plot.setTitle(self.tr("max<sub>j</sub> |h<sub>t</sub>[j]|: the largest hidden unit at step t "
                                        "(log scale)"), size="9pt")
        self.size_plot.setLogMode(x=False, y=True)
        self.size_plot.setMouseEnabled(x=False, y=False)
        self.size_plot.hideButtons()
        self.size_curve = self.size_plot.plot(
            pen=pg.mkPen((180, 60, 40), width=2), symbol="o", symbolSize=5, symbolBrush=(180, 60, 40)
        )
        self.out_plot.setXLink(self.h_plot)  # the half-width plots below get the same range in show_trace (a link
        # between plots of different widths aligns their pixels, not their steps)
        for p in (self.h_plot, self.out_plot):
            p.getAxis("bottom").setStyle(showValues=False)
        self._t_title = (self.tr("time step t = bit position (lowest bit first)"), "t")  # "t" where a plot is narrower
        for plot in (self.grad_plot, self.size_plot):
            plot.setLabel("bottom", self._t_title[0])
            plot.vb.sigResized.connect(lambda *_, p=plot: fit_axis_title(p, self._t_title, "bottom"))
        layout_ = self.view.ci.layout
        layout_.setRowStretchFactor(0, 3)
        layout_.setRowStretchFactor(1, 2)
        layout_.setRowStretchFactor(2, 3)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.size_caption = QLabel()
        self.size_caption.setObjectName("h_size_caption")
        self.size_caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        least_height(self.view, VIEW_MIN_HEIGHT)
        self.view.setFocusPolicy(Qt.NoFocus)  # fixed axes, nothing to do with the keys; the captions say it in words
        layout.addWidget(self.caption)
        layout.addWidget(self.size_caption)
        self._pending: Trace | None = None  # a trace that arrived while the panel was hidden
        self.narrow = False

    def resizeEvent(self, event):
        super().resizeEvent(event)
        width = event.size().width()
        narrow = width < NARROW_PX
        if narrow != self.narrow:
            self.narrow = narrow
            layout_ = self.view.ci
            for plot in (self.grad_plot, self.size_plot):
                layout_.removeItem(plot)
            layout_.addItem(self.grad_plot, row=2, col=0, colspan=2 if narrow else 1)
            layout_.addItem(self.size_plot, row=3 if narrow else 2, col=0 if narrow else 1, colspan=2 if narrow else 1)
            layout_.layout.setRowStretchFactor(3, 3 if narrow else 0)
            least_height(self.view, VIEW_MIN_HEIGHT * 2 if narrow else VIEW_MIN_HEIGHT)  # four rows, longer titles
        half = width if narrow else width / 2  # the titles wrap to their plots (the h plot's colour bar takes ~60 px)
        for plot, room in ((self.h_plot, width - 150), (self.out_plot, width - 80), (self.grad_plot, half - 70),
                           (self.size_plot, half - 70)):
            fit_title(plot, room)

    def set_trace(self, t: Trace | None):
        """The pair's latest trace: drawn now if the panel is on screen, else when it is shown (drawing three
        plots for a hidden tab ~7 times a second costs the window more than anything else it does)."""
        if t is None:
            return
        if self.isVisible():
            self._pending = None
            self.show_trace(t)
        else:
            self._pending = t

    def showEvent(self, event):
        super().showEvent(event)
        if self._pending is not None:
            t, self._pending = self._pending, None
            self.show_trace(t)

    def show_trace(self, t: Trace | None):
        """Draw this trace now."""
        if t is None:
            return
        T = t.bits
        h = t.h[1:].T  # (H, T): unit by time step
        finite = np.isfinite(h)
        top = float(np.abs(h[finite]).max()) if finite.any() else 0.0
        if finite.all() and h.min() >= 0 and top <= 1:  # σ outputs: shown as they are
            shown, levels, scale = h, (0.0, 1.0), ""
        else:  # the notebook cell's h grows without bound (1e45 after 8 steps): a symmetric log scale shows it
            with np.errstate(over="ignore", invalid="ignore"):
                shown = np.where(finite, np.sign(h) * np.log10(1 + np.abs(np.nan_to_num(h))), 0.0)
            m = max(float(np.abs(shown).max()), 1e-12)
            levels = (-m, m)
            scale = self.tr(" Colour scale: sign(h)·log₁₀(1 + |h|), because |h| reaches {0}: bright = large and positive, "
                            "dark = large and negative.").format(f"{top:.3g}")
            if not finite.all():
                scale += self.tr(" Units that are not a number are drawn as 0.")
        self.image.setImage(shown, autoLevels=False)
        self.image.setRect(-0.5, -0.5, T, h.shape[0])
        self.bar.setLevels(levels)
        steps = np.arange(T)
        p = np.where(np.isfinite(t.p), t.p, np.nan)
        self.p_curve.setData(steps, p, connect="finite")
        self.true_pts.setData(steps, t.true)
        self.borrow_pts.setData(steps, t.borrow * 0.5)
        with np.errstate(over="ignore", invalid="ignore"):
            norms = np.nan_to_num(np.linalg.norm(np.nan_to_num(t.delta), axis=1), posinf=0.0)
        self.grad_bars.setOpts(x=steps, height=norms, width=0.6)
        self._show_size(t)
        for p in (self.h_plot, self.grad_plot, self.size_plot):
            p.setXRange(-0.5, T - 0.5, padding=0)
        self.grad_plot.enableAutoRange(y=True)
        reads = self.tr("{0} − {1}. At step t the network reads bit t of A and of B.").format(t.a, t.b)
        self.caption.setText(reads + (scale or self.tr(" Colours: bright = unit near 1, dark = near 0.")))

    def _show_size(self, t: Trace):
        """max_j |h_t[j]| of steps t = 0 … T-1 (h[1:], the state after reading bit t) on the log axis; steps where it
        is 0 or not a number are left out of the curve, and the caption says so."""
        with np.errstate(over="ignore", invalid="ignore"):
            size = np.abs(t.h[1:]).max(axis=1)  # (T,)  NaN where some unit is NaN
        shown = np.isfinite(size) & (size > 0)
        self.size_curve.setData(np.arange(t.bits)[shown], size[shown])
        if shown.any():
            step = int(np.argmax(np.where(shown, size, -np.inf)))
            text = self.tr("The largest hidden unit reaches |h| = {0} (step {1}).").format(f"{size[step]:.3g}", step)
        else:
            text = self.tr("The hidden state has no finite nonzero unit.")
        if not shown.all():
            text += self.tr(" %n step(s) where it is 0, infinite or not a number are not drawn.", "", int((~shown).sum()))
        self.size_caption.setText(text)
