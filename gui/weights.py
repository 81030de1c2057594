"""The weights: W0 (2×H), Wh (H×H) and W1 (H×1) as heatmaps on one shared diverging colour scale, live.

One scale for all three, symmetric about 0 (white), so that a weight's colour means the same value in every
map and the sign reads at a glance. Drawn only while the tab is shown, at most every DRAW_EVERY_MS.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rnnsub.rnn import Weights

from .messages import number
from .plot import LowLayoutWidget, fit_title, least_height

DRAW_EVERY_MS = 200  # the eye needs no more while training
VIEW_MIN_HEIGHT = 160  # a low tab scrolls rather than squash the maps


class WeightsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.weights: Weights | None = None  # the latest weights given (model 0 is shown)
        self._drawn: Weights | None = None
        self._last_draw = 0.0
        self.view = LowLayoutWidget()
        self.view.setBackground("w")
        self.images = {}
        titles = {"W0": self.tr("W0: input → hidden (2 × H)"), "Wh": self.tr("Wh: hidden → hidden (H × H)"),
                  "W1": self.tr("W1: hidden → output (H × 1)")}
        for col, name in enumerate(("W0", "Wh", "W1")):
            plot = self.view.addPlot(row=0, col=col)
            plot.setTitle(titles[name], size="9pt")
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.invertY(True)  # row 0 at the top, as the matrix is written
            image = pg.ImageItem(axisOrder="row-major")
            plot.addItem(image)
            self.images[name] = image
        self.view.ci.layout.setColumnStretchFactor(0, 1)
        self.view.ci.layout.setColumnStretchFactor(1, 4)
        self.view.ci.layout.setColumnStretchFactor(2, 1)
        self.bar = pg.ColorBarItem(values=(-1, 1), colorMap=pg.colormap.get("CET-D1"), width=12, interactive=False)
        self.bar.setImageItem(list(self.images.values()))
        self.view.addItem(self.bar, row=0, col=3)
        self.caption = QLabel(self.tr("Every weight of the network; blue is negative, red positive, white 0. "
                                      "Rows are where a connection starts, columns where it ends."))
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        least_height(self.view, VIEW_MIN_HEIGHT)
        self.view.setFocusPolicy(Qt.NoFocus)  # fixed axes, nothing to do with the keys
        layout.addWidget(self.caption)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        width = event.size().width() - 100  # less the colour bar; the columns share the rest 1 : 4 : 1, or 1 : 1 : 1
        middle = 4 if width >= 500 else 1  # when narrow (at 800 x 600 W0 and W1 were ~50 px wide, W1 cut off)
        self.view.ci.layout.setColumnStretchFactor(1, middle)
        for name, share in (("W0", 1), ("Wh", middle), ("W1", 1)):  # a title wraps at words (~50 px), not letters
            fit_title(self.images[name].getViewBox().parentItem(), max(width * share / (middle + 2) - 45, 50))

    def set_weights(self, weights: Weights, now: bool = False):
        """New weights: drawn at once if `now` (a new model, a run's last word), else at most every DRAW_EVERY_MS,
        and only while the panel is shown (it draws the latest when it is shown again)."""
        self.weights = weights
        if self.isVisible() and (now or time.perf_counter() - self._last_draw >= DRAW_EVERY_MS / 1000):
            self._draw()

    def showEvent(self, event):
        super().showEvent(event)
        if self.weights is not None and self.weights is not self._drawn:
            self._draw()

    def levels(self) -> tuple[float, float]:
        return self.bar.levels()

    def _draw(self):
        w = self.weights
        self._drawn, self._last_draw = w, time.perf_counter()
        arrays = {"W0": w.W0[0], "Wh": w.Wh[0], "W1": w.W1[0]}
        finite = [a[np.isfinite(a)] for a in arrays.values()]
        top = max((float(np.abs(a).max()) for a in finite if a.size), default=0.0) or 1.0
        for name, a in arrays.items():
            self.images[name].setImage(np.nan_to_num(a, nan=0.0, posinf=top, neginf=-top), autoLevels=False)
        self.bar.setLevels((-top, top))
        self.caption.setToolTip(self.tr("The largest |weight| is {0}.").format(number(top, 4)))
