"""Inside the network, for the pair on the Operands tab: the hidden state at every time step, the output
probability against the true bit and borrow, and how strongly the error flows back to each step (BPTT)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rnnsub.evaluate import Trace


class InsidePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.h_plot = self.view.addPlot(row=0, col=0)
        self.h_plot.setTitle(self.tr("hidden state h<sub>t</sub>: one column per time step, one row per unit"), size="9pt")
        self.h_plot.setLabel("left", self.tr("hidden unit"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.h_plot.addItem(self.image)
        self.h_plot.setMouseEnabled(x=False, y=False)
        self.h_plot.hideButtons()
        self.bar = pg.ColorBarItem(values=(0, 1), colorMap=pg.colormap.get("viridis"), width=12, interactive=False)
        self.bar.setImageItem(self.image, insert_in=self.h_plot)

        self.out_plot = self.view.addPlot(row=1, col=0)
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
        self.grad_plot.setLabel("bottom", self.tr("time step t = bit position (lowest bit first)"))
        self.grad_plot.setMouseEnabled(x=False, y=False)
        self.grad_plot.hideButtons()
        self.grad_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=(150, 80, 160))
        self.grad_plot.addItem(self.grad_bars)
        for p in (self.out_plot, self.grad_plot):
            p.setXLink(self.h_plot)
        for p in (self.h_plot, self.out_plot):
            p.getAxis("bottom").setStyle(showValues=False)
        layout_ = self.view.ci.layout
        layout_.setRowStretchFactor(0, 3)
        layout_.setRowStretchFactor(1, 2)
        layout_.setRowStretchFactor(2, 2)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

    def show_trace(self, t: Trace | None):
        if t is None:
            return
        T = t.bits
        h = t.h[1:].T  # (H, T): unit by time step
        self.image.setImage(h, autoLevels=False)
        self.image.setRect(-0.5, -0.5, T, h.shape[0])
        lo, hi = (0.0, 1.0) if np.all((h >= 0) & (h <= 1)) else (float(np.nanmin(h)), float(np.nanmax(h)))
        self.bar.setLevels((lo, hi if hi > lo else lo + 1))
        steps = np.arange(T)
        self.p_curve.setData(steps, t.p)
        self.true_pts.setData(steps, t.true)
        self.borrow_pts.setData(steps, t.borrow * 0.5)
        norms = np.linalg.norm(t.delta, axis=1)
        self.grad_bars.setOpts(x=steps, height=np.nan_to_num(norms), width=0.6)
        self.h_plot.setXRange(-0.5, T - 0.5, padding=0)
        self.grad_plot.enableAutoRange(y=True)
        self.caption.setText(
            self.tr("{0} − {1}. At step t the network reads bit t of A and of B. Colours: bright = unit near 1, "
                    "dark = near 0.").format(t.a, t.b)
        )
