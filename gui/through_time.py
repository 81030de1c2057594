"""Step by step (issue 10, views 4 and 5): backpropagation through time for the pair on the Operands tab, one time
step at a time, and the cell's equation with live numbers.

    the step        a slider and Previous / Next over t = 1 .. T; the backward pass starts at t = T, so Next goes
                    back to t - 1 (what the backward pass does next)
    δ_t             the output delta at every step, the chosen step marked
    δh_t            the hidden delta of each unit at the chosen step, on one scale for every step
    ‖∂h_T/∂h_t‖     the spectral norm of the Jacobian product, on a log axis (vanishing shows as a fall to the left)
    shares          each step's share of this sample's update to W0, Wh and W1 (rnnsub.bptt.step_shares)
    the formula     h_t[u] for a chosen unit u, both cells side by side from the same weights, each cell on its own
                    h_{t-1} (rnnsub.bptt.formula)

The numbers are rnnsub.bptt's. They are computed only while the tab is shown, at most every DRAW_EVERY_MS (longer
for a large model: four times what the last computation took), and the latest pair is drawn when the tab is shown.
"""

from __future__ import annotations

import html
import time
import traceback
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rnnsub.analysis import borrow_units
from rnnsub.bptt import MATRICES, Formula, ThroughTime, formula, through_time
from rnnsub.rnn import Weights

from .messages import number
from .plot import whole_ticks

DRAW_EVERY_MS = 400  # at most ~2.5 times a second while training: each redraw of the four plots and the formula
#   costs ~20 ms, stretched several times over while the training thread holds the interpreter
BORROW_EVERY_S = 2.0  # the unit box's borrow unit, looked for again at most this often
COST_FACTOR = 4  # ... and at most once per COST_FACTOR times the last computation's time (512 units, 32 bits: 1.1 s)
BAR = (70, 110, 170)
CHOSEN = (200, 110, 0)  # the chosen unit's bar, the chosen step's mark
BAND = (255, 214, 102, 90)  # the chosen step, behind the bars
SHARE_COLOURS = {"W0": (70, 110, 170), "Wh": (200, 110, 0), "W1": (60, 150, 80)}
IN_THREAD = 2**18  # H·H·T above this (e.g. 64 units at 64 bits): computed on a pool thread (512 units at 32 bits take
#   1.1 s, a freeze on the GUI thread); below it, a few ms on the GUI thread, drawn at once
WIDE = 700  # at least this wide: the formula beside the plots; narrower: below them


def _hex(rgb) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb[:3])


def _g(value) -> str:
    """A number with 4 significant digits in the locale's writing (1.234e+45, 0.0123); ∞ and NaN said as such."""
    value = float(value)
    if np.isnan(value):
        return "NaN"
    if np.isinf(value):
        return "∞" if value > 0 else "−∞"
    return QLocale().toString(value, "g", 4).replace("-", "−")


def _power(log10: float) -> str:
    """10^x as a number (3.2e−05), also beyond a float's range (1e−400)."""
    if not np.isfinite(log10):
        return "0" if log10 == -np.inf else "NaN"
    if abs(log10) < 300:
        return _g(10.0**log10)
    e = int(np.floor(log10))
    return f"{_g(10.0 ** (log10 - e))}e{e}".replace("-", "−")


def _steps_text(steps) -> str:
    """1, 2, 5–8: step numbers, runs joined."""
    steps = [int(s) for s in steps]
    runs, start = [], None
    for i, s in enumerate(steps):
        start = s if start is None else start
        if i + 1 == len(steps) or steps[i + 1] != s + 1:
            runs.append(str(s) if s == start else f"{start}–{s}")
            start = None
    return ", ".join(runs)


class _Plot(pg.PlotWidget):
    """A plot that asks for little room: in a scroll area its default wish (640 x 480) would be granted, and the
    tab would scroll at any size."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.NoFocus)  # nothing to do with the keys here: the slider and buttons choose the step

    def sizeHint(self):
        return QSize(200, 80)


def _numbers(src, borrow: bool = True) -> tuple:
    """(src, ThroughTime, the borrow unit or None, seconds) for src = (weights, cell, a, b, bits): no Qt, any thread.
    The borrow unit only when `borrow` (it costs more than the rest at small sizes)."""
    start = time.perf_counter()
    weights, cell, a, b, bits = src
    data = through_time(weights, cell, a, b, bits)
    found = None
    if borrow:
        try:
            found = borrow_units(weights, cell, bits, "ordered", sample=200)
        except Exception:  # noqa: BLE001 - the unit box's default is a nicety: never a reason not to draw
            found = None
    return src, data, found, time.perf_counter() - start


def _plot(left: str) -> pg.PlotWidget:
    view = _Plot(background="w")
    view.setMouseEnabled(x=False, y=False)
    view.hideButtons()
    view.setMenuEnabled(False)
    if left:
        view.setLabel("left", left)
    view.setMinimumHeight(70)
    view.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
    return view


def _small(label: QLabel, factor: float = 0.9) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
    return label


def _caption(text: str, tip: str) -> QLabel:
    label = _small(QLabel(text))
    label.setTextFormat(Qt.RichText)
    label.setWordWrap(True)
    label.setToolTip(tip)
    return label


class ThroughTimePanel(QWidget):
    _computed = Signal(int, object)  # (serial, (source, ThroughTime, borrow unit or None, seconds)) from the pool

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("through_time")
        self._pool: ThreadPoolExecutor | None = None
        self._serial = 0
        self._busy = False  # a computation is on the pool thread
        self._borrow_at = -1e9  # when the borrow unit was last looked for
        self._borrow_timer = QTimer(self)
        self._borrow_timer.setSingleShot(True)
        self._borrow_timer.timeout.connect(self._borrow_again)
        self._computed.connect(self._on_computed)
        self.source: tuple | None = None  # (weights, cell, a, b, bits): the latest pair given
        self._drawn_source: tuple | None = None
        self.data: ThroughTime | None = None  # what the plots show
        self.formula_numbers: Formula | None = None  # what the formula shows
        self.weights: Weights | None = None
        self.step = 1  # t, 1 .. T
        self.borrow_unit: int | None = None  # the unit of largest |r| with the borrow (rnnsub.analysis.borrow_units)
        self._borrow_r = 0.0
        self._follow_borrow = True  # the unit box follows the borrow unit until a person picks a unit
        self.computed = 0  # how many times the numbers were computed (tests: nothing while hidden)
        self._last_draw = -1e9
        self._interval = DRAW_EVERY_MS / 1000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_due)

        # -- the step (made in the order of the row, the order of Tab) ------------------------------------------
        self.next_button = QPushButton(self.tr("◀ &Next"))
        self.next_button.setObjectName("step_next")
        self.next_button.setToolTip(self.tr("The step before this one (t − 1): where the backward pass goes next."))
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("step_slider")
        self.slider.setAccessibleName(self.tr("Time step"))
        self.slider.setToolTip(self.tr("The time step t. The backward pass starts at the last step and goes back to "
                                       "step 1. Left and Right arrows move it."))
        self.slider.setRange(1, 1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setFocusPolicy(Qt.StrongFocus)
        self.slider.setMinimumWidth(80)
        self.prev_button = QPushButton(self.tr("&Previous ▶"))
        self.prev_button.setObjectName("step_previous")
        self.prev_button.setToolTip(self.tr("The step after this one (t + 1): the one the backward pass came from."))
        self.step_label = QLabel()
        self.step_label.setObjectName("step_label")
        # Previous is on the right: t grows to the right in the slider and in every plot, and Next goes left
        self.next_button.clicked.connect(lambda: self.set_step(self.step - 1))
        self.prev_button.clicked.connect(lambda: self.set_step(self.step + 1))
        self.slider.valueChanged.connect(self.set_step)
        steps = QHBoxLayout()
        steps.addWidget(QLabel(self.tr("Step t:")))
        steps.addWidget(self.next_button)
        steps.addWidget(self.slider, 1)
        steps.addWidget(self.prev_button)
        steps.addWidget(self.step_label)

        # -- the plots ---------------------------------------------------------------------------------------
        delta_tip = self.tr("δ<sub>t</sub> = (y<sub>t</sub> − ŷ<sub>t</sub>) ŷ<sub>t</sub> (1 − ŷ<sub>t</sub>): the "
                            "error of the output at step t times the sigmoid's slope there; the tutorial's "
                            "layer_2_delta. It is where the backward pass starts at each step.")
        dh_tip = self.tr("δh<sub>t</sub> = (δh<sub>t+1</sub> Wh<sup>T</sup> + δ<sub>t</sub> W1<sup>T</sup>) "
                         "h<sub>t</sub> (1 − h<sub>t</sub>): the error that reaches each hidden unit at step t, from "
                         "the output at t and from the steps after it; the tutorial's layer_1_delta.")
        norm_tip = self.tr("‖∂h<sub>T</sub>/∂h<sub>t</sub>‖: the largest factor (spectral norm) by which a small "
                           "change of the hidden state at step t is multiplied by the time it reaches the last step "
                           "T. Far below 1: the last step hardly feels step t (the gradient vanishes); far above 1: "
                           "it explodes. 1 at t = T.")
        share_tip = self.tr("Each step t adds x<sub>t</sub><sup>T</sup> δh<sub>t</sub> to W0's update, "
                            "h<sub>t−1</sub><sup>T</sup> δh<sub>t</sub> to Wh's and h<sub>t</sub><sup>T</sup> "
                            "δ<sub>t</sub> to W1's. A bar is the size (Frobenius norm) of that part divided by the sum "
                            "of the sizes of all steps' parts: each matrix's bars add up to 100 %.")
        self.delta_caption = _caption(self.tr("δ<sub>t</sub>: the output's error signal"), delta_tip)
        self.dh_caption = _caption("", dh_tip)
        self.norm_caption = _caption(
            self.tr("‖∂h<sub>T</sub>/∂h<sub>t</sub>‖: how much h<sub>T</sub> feels h<sub>t</sub>"), norm_tip)
        swatch = "<span style='color:{0}'>■</span> {1}"
        self.share_caption = _caption(
            self.tr("Share of the update: {0} {1} {2}").format(
                *(swatch.format(_hex(SHARE_COLOURS[n]), n) for n in MATRICES)), share_tip)
        self.delta_plot = _plot("")  # what each plot shows, its caption says: the tab has little room
        self.dh_plot = _plot("")
        self.norm_plot = _plot("")
        self.norm_plot.getAxis("left").setLogMode(True)  # the curve holds log₁₀ values: ticks read 10^n
        self.share_plot = _plot("%")
        for plot, tip in ((self.delta_plot, delta_tip), (self.dh_plot, dh_tip), (self.norm_plot, norm_tip),
                          (self.share_plot, share_tip)):
            plot.setToolTip(tip)
        self.delta_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BAR)
        self.delta_plot.addItem(self.delta_bars)
        self.dh_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR)
        self.dh_plot.addItem(self.dh_bars)
        self.norm_curve = self.norm_plot.plot(pen=pg.mkPen((150, 60, 140), width=2), symbol="o", symbolSize=5,
                                              symbolBrush=(150, 60, 140), connect="finite")
        self.norm_mark = pg.ScatterPlotItem(size=11, brush=CHOSEN, pen=pg.mkPen("k"))
        self.norm_plot.addItem(self.norm_mark)
        self.share_bars = {}
        for name in MATRICES:
            bars = pg.BarGraphItem(x=[], height=[], width=0.27, brush=SHARE_COLOURS[name])
            self.share_plot.addItem(bars)
            self.share_bars[name] = bars
        self.bands = []
        for plot in (self.delta_plot, self.norm_plot, self.share_plot):  # the chosen step, behind the data
            band = pg.LinearRegionItem(values=(0.5, 1.5), movable=False, brush=BAND, pen=pg.mkPen(None))
            band.setZValue(-10)
            plot.addItem(band)
            self.bands.append(band)
            plot.scene().sigMouseClicked.connect(lambda event, p=plot: self._clicked(p, event))
        for plot in (self.delta_plot, self.dh_plot):
            plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen((120, 120, 120))))
        grid = QGridLayout()
        grid.setSpacing(2)
        for i, (caption, plot) in enumerate(((self.delta_caption, self.delta_plot), (self.dh_caption, self.dh_plot),
                                             (self.norm_caption, self.norm_plot),
                                             (self.share_caption, self.share_plot))):
            row, col = 2 * (i // 2), i % 2
            grid.addWidget(caption, row, col)
            grid.addWidget(plot, row + 1, col)
            grid.setRowStretch(row + 1, 1)
        plots = QWidget()
        plots.setLayout(grid)

        # -- the formula --------------------------------------------------------------------------------------
        self.unit_spin = QSpinBox()
        self.unit_spin.setObjectName("formula_unit")
        self.unit_spin.setAccessibleName(self.tr("Hidden unit"))
        self.unit_spin.setToolTip(self.tr("The hidden unit u whose equation is shown. It starts at the unit that "
                                          "tracks the borrow best."))
        self.unit_spin.setRange(0, 0)
        self.unit_spin.valueChanged.connect(self._unit_edited)
        self.borrow_label = QLabel()
        self.borrow_label.setObjectName("formula_borrow")
        self.borrow_label.setWordWrap(True)  # two lines rather than cut where the step's row is just too narrow
        self.unit_row = QWidget()  # on the step's row when the tab is wide (it has little height), else below it
        units = QHBoxLayout(self.unit_row)
        units.setContentsMargins(12, 0, 0, 0)
        units.addWidget(QLabel(self.tr("Unit u:")))
        units.addWidget(self.unit_spin)
        units.addWidget(self.borrow_label, 1)
        self.steps_row, self.second_row = steps, QVBoxLayout()  # narrow: the step's label, then the unit's row
        steps.addWidget(self.unit_row)
        self.formula_caption = _caption(
            self.tr("h<sub>t</sub>[u] in numbers, both cells, each on its own h<sub>t−1</sub>"),
            self.tr("Left, the corrected cell (elman): the memory h<sub>t−1</sub>·Wh goes inside the sigmoid. Right, "
                    "the cell as the notebook writes it: the memory is added after the sigmoid, so nothing keeps "
                    "h<sub>t</sub> between 0 and 1. Each column runs its own cell from h<sub>0</sub> = 0.1, so its "
                    "h<sub>t−1</sub> is the one that cell computed."))
        self.formula_label = QLabel()
        self.formula_label.setObjectName("formula")
        self.formula_label.setTextFormat(Qt.RichText)
        self.formula_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.formula_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.formula_label.setWordWrap(True)
        form = QVBoxLayout()
        form.setContentsMargins(4, 0, 0, 0)
        form.addWidget(self.formula_caption)
        form.addWidget(self.formula_label)
        form.addStretch(1)
        self.formula_box = QFrame()
        self.formula_box.setLayout(form)
        self.formula_box.setMinimumWidth(300)
        self.formula_box.setMaximumWidth(320)

        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addWidget(plots, 3)
        self.body.addWidget(self.formula_box, 0)
        self.summary = QLabel()
        self.summary.setObjectName("step_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        _small(self.summary)
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing())  # no jump from 1 to 2 lines
        self.empty = QLabel(self.tr("Type a pair on the Operands tab: this tab follows it through the backward pass."))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(steps)
        layout.addLayout(self.second_row)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        content.setMinimumSize(340, 280)  # 420 was wider than the tab at 800 x 600
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setFocusPolicy(Qt.NoFocus)  # Tab goes to the controls inside, which it scrolls into view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._enable(False)

    # -- input ---------------------------------------------------------------------------------------------
    def set_pair(self, weights: Weights, cell: str, a: int, b: int, bits: int):
        """The pair on the Operands tab and the model (model 0 of `weights`): computed now if the tab is shown and
        the last computation is old enough, else as soon as it is (or when the tab is shown)."""
        if weights is None:
            return
        self.source = (weights, cell, int(a), int(b), int(bits))
        if self.isVisible():
            self._schedule()

    def set_trace_of(self, weights: Weights, cell: str, trace):
        """set_pair for an rnnsub.evaluate.Trace (what the Operands tab emits); None is ignored."""
        if trace is not None:
            self.set_pair(weights, cell, trace.a, trace.b, trace.bits)

    def showEvent(self, event):
        super().showEvent(event)
        if self.source is not None and self.source is not self._drawn_source:
            self._timer.stop()
            self._compute()

    def _schedule(self):
        wait = self._last_draw + self._interval - time.perf_counter()
        if wait <= 0:
            self._timer.stop()
            self._compute()
        elif not self._timer.isActive():
            self._timer.start(int(wait * 1000) + 1)

    def _draw_due(self):
        if self.isVisible() and self.source is not self._drawn_source:
            self._compute()

    # -- the step and the unit -------------------------------------------------------------------------------
    def set_step(self, t: int):
        """Show step t (clamped to 1 .. T)."""
        T = self.data.T if self.data is not None else 1
        t = min(max(int(t), 1), T)
        changed = t != self.step
        self.step = t
        if self.slider.value() != t:
            self.slider.setValue(t)  # comes back here, unchanged
        if changed and self.data is not None:
            self._show_step()

    def _unit_edited(self, unit: int):
        if self.data is None:
            return
        self._follow_borrow = unit == self.borrow_unit  # a person's pick stays; the borrow unit follows again
        self._show_step()

    def _clicked(self, plot: pg.PlotWidget, event):
        """A click on a plot by step picks that step."""
        if self.data is None or event.button() != Qt.LeftButton:
            return
        vb = plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.set_step(round(vb.mapSceneToView(event.scenePos()).x()))

    # -- computing and drawing --------------------------------------------------------------------------------
    def _compute(self):
        """The numbers for the latest pair: at once when they are cheap, else on the pool thread (one at a time;
        the latest pair follows when it ends)."""
        src = self.source
        weights, cell, a, b, bits = src
        if weights.hidden ** 2 * bits <= IN_THREAD:
            self._show_computed(*_numbers(src, self._borrow_due()))
            return
        if self._busy:
            return  # _on_computed looks at the latest source when this one ends
        self._busy = True
        self._serial += 1
        serial, borrow = self._serial, self._borrow_due()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="rnnsub-steps")

        def job():
            try:
                self._computed.emit(serial, _numbers(src, borrow))
            except Exception:  # a bug: its traceback goes to stderr, and the tab waits for the next pair
                traceback.print_exc()
                self._computed.emit(serial, None)

        self._pool.submit(job)

    def _borrow_due(self) -> bool:
        """The borrow unit again? For a new model at once, else at most every BORROW_EVERY_S (it moves slowly)."""
        weights = self.source[0]
        new = self.data is None or self.data.H != weights.hidden or self.source[1] != self.data.cell
        wait = self._borrow_at + BORROW_EVERY_S - time.perf_counter()
        if new or wait <= 0:
            self._borrow_at = time.perf_counter()
            return True
        # skipped: look again once it is due, so that the last weights of a run get their own borrow unit
        self._borrow_timer.start(int(wait * 1000) + 1)
        return False

    def _borrow_again(self):
        self._borrow_at = -1e9
        if self.isVisible() and self.source is not None:
            self._compute()
        else:
            self._drawn_source = None  # computed again (with the borrow unit) when the tab is shown

    def _on_computed(self, serial: int, result):
        if serial != self._serial:
            return
        self._busy = False
        if result is not None:
            self._show_computed(*result)
        if self.isVisible() and self.source is not self._drawn_source:
            self._schedule()

    def stop(self):
        """Join the pool thread (closing the window)."""
        self._borrow_timer.stop()
        self._serial += 1
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._busy = False

    def _show_computed(self, src, data: ThroughTime, found, cost: float):
        weights, cell, a, b, bits = src
        new_model = self.data is None or self.data.T != bits or self.data.H != weights.hidden or cell != self.data.cell
        self.data = data
        self.weights = weights
        self._drawn_source = src
        self.computed += 1
        if found is not None:
            self.borrow_unit, self._borrow_r = found.unit, found.abs_r
        elif new_model:
            self.borrow_unit = None
        if new_model:
            self.slider.blockSignals(True)
            self.slider.setRange(1, bits)
            self.slider.setValue(bits)
            self.slider.blockSignals(False)
            self.step = bits  # the backward pass starts at the last step
            self.unit_spin.blockSignals(True)
            self.unit_spin.setRange(0, weights.hidden - 1)
            self.unit_spin.blockSignals(False)
        if self._follow_borrow and self.borrow_unit is not None:
            self.unit_spin.blockSignals(True)
            self.unit_spin.setValue(self.borrow_unit)
            self.unit_spin.blockSignals(False)
        self._enable(True)
        start = time.perf_counter()
        self._draw_all()
        self._show_step()
        cost += time.perf_counter() - start
        self._last_draw = time.perf_counter()
        self._interval = max(DRAW_EVERY_MS / 1000, COST_FACTOR * cost)

    def _enable(self, on: bool):
        for w in (self.prev_button, self.next_button, self.slider, self.unit_spin):
            w.setEnabled(on)
        self.empty.setVisible(not on)

    def _draw_all(self):
        """What does not depend on the chosen step: δ_t, the norms, the shares (their bars)."""
        d = self.data
        T = d.T
        steps = np.arange(1, T + 1)
        delta = np.nan_to_num(d.delta, nan=0.0, posinf=0.0, neginf=0.0)
        self.delta_bars.setOpts(x=steps, height=delta, width=0.6)
        if delta.any():
            self.delta_plot.enableAutoRange(y=True)
        else:  # all 0: a range of ±1e-8 would make 0 look like something
            self.delta_plot.setYRange(-1, 1, padding=0)
        shown = np.isfinite(d.log10_norm)
        self.norm_curve.setData(steps[shown], d.log10_norm[shown])
        if shown.any():
            low, high = float(d.log10_norm[shown].min()), float(d.log10_norm[shown].max())
            pad = max(0.3, 0.08 * (high - low))
            self.norm_plot.setYRange(low - pad, high + pad, padding=0)
        for i, name in enumerate(MATRICES):
            share = np.nan_to_num(d.shares[name], nan=0.0)
            self.share_bars[name].setOpts(x=steps + (i - 1) * 0.28, height=100 * share, width=0.27)
        top = max(100 * float(np.nan_to_num(np.concatenate([d.shares[n] for n in MATRICES])).max()), 1.0)
        self.share_plot.setYRange(0, top * 1.05, padding=0)
        finite = np.isfinite(d.dh)
        self._dh_top = float(np.abs(d.dh[finite]).max()) if finite.any() else 0.0
        for plot in (self.delta_plot, self.norm_plot, self.share_plot):
            whole_ticks(plot, 1, T)
        whole_ticks(self.dh_plot, 0, d.H - 1, most=8)
        self.dh_plot.setXRange(-0.6, d.H - 0.4, padding=0)

    def _show_step(self):
        """What depends on the chosen step t and unit u: the marks, δh_t, the formula, the summary."""
        d, t = self.data, self.step
        u = self.unit_spin.value()
        for band in self.bands:
            band.setRegion((t - 0.5, t + 0.5))
        if np.isfinite(d.log10_norm[t - 1]):
            self.norm_mark.setData([t], [d.log10_norm[t - 1]])
        else:
            self.norm_mark.setData([], [])
        dh = d.dh[t - 1]
        brushes = [pg.mkBrush(CHOSEN if j == u else BAR) for j in range(d.H)]
        self.dh_bars.setOpts(x=np.arange(d.H), height=np.nan_to_num(dh, nan=0.0, posinf=0.0, neginf=0.0),
                             width=0.7, brushes=brushes)
        top = self._dh_top or 1.0
        self.dh_plot.setYRange(-top * 1.05, top * 1.05, padding=0)
        self.dh_caption.setText(self.tr("δh<sub>{0}</sub>: the error at each unit (u orange)").format(t))
        say = self.tr("{0} − {1}: t = {2} of {3} (bit {4})")
        self.step_label.setText(say.format(d.a, d.b, t, d.T, t - 1))
        widest = say.format(d.a, d.b, d.T, d.T, d.T - 1)  # its width does not change from step to step
        self.step_label.setMinimumWidth(self.step_label.fontMetrics().horizontalAdvance(widest) + 8)
        self.prev_button.setEnabled(t < d.T)
        self.next_button.setEnabled(t > 1)
        weights, cell, a, b, bits = self._drawn_source
        self.formula_numbers = formula(weights, cell, a, b, bits, t, u)
        self.formula_label.setText(self._formula_html(self.formula_numbers, cell))
        if self.borrow_unit is None:
            self.borrow_label.setText("")
        elif u == self.borrow_unit:
            self.borrow_label.setText(self.tr("tracks the borrow best (|r| = {0})").format(number(self._borrow_r, 2)))
        else:
            self.borrow_label.setText(self.tr("unit {0} tracks the borrow best (|r| = {1})").format(
                self.borrow_unit, number(self._borrow_r, 2)))
        self.summary.setText(self._summary())

    def _formula_html(self, f: Formula, cell: str) -> str:
        e, n = f.elman, f.notebook
        outside = not 0 <= n.h <= 1  # (NaN too) the notebook's h, pushed out of 0 … 1 by what is added after σ
        u, t = f.unit, f.step
        x = f"({int(f.x[0])}, {int(f.x[1])})"
        w0 = f"({_g(f.W0[0])}, {_g(f.W0[1])})"
        bad = "color:#b3261e"

        def val(v, warn=False):
            style = f" style='{bad}'" if warn else ""
            return f"<td align='right'{style}>{html.escape(_g(v))}</td>"

        head_e = self.tr("elman") + (" ●" if cell == "elman" else "")  # ●: the model's own cell
        head_n = self.tr("notebook") + (" ●" if cell == "notebook" else "")
        rows = [
            ("", f"<th>{head_e}</th>", f"<th>{head_n}</th>"),
            (f"h<sub>t</sub>[{u}] =", "σ(x·W0 <b>+ h·Wh</b>)", "σ(x·W0) <b>+ h·Wh</b>"),
            (f"x<sub>t</sub>, W0[:,{u}]", f"<td colspan='2' align='center'>{x} · {w0}</td>", ""),
            (f"x<sub>t</sub>·W0[:,{u}]", val(e.xw), val(n.xw)),
            (f"h<sub>t−1</sub>·Wh[:,{u}]", val(e.hw), val(n.hw)),
            (self.tr("inside σ"), val(e.z), val(n.z)),
            (self.tr("σ(inside)"), val(e.s), val(n.s)),
            (self.tr("added after σ"), "<td align='right'>—</td>", val(n.hw, outside)),
            (f"<b>h<sub>{t}</sub>[{u}]</b>", val(e.h, not 0 <= e.h <= 1), val(n.h, outside)),
        ]
        body = []
        for i, (label, c1, c2) in enumerate(rows):
            if i == 1:
                c1, c2 = f"<td align='right'>{c1}</td>", f"<td align='right'>{c2}</td>"
            body.append(f"<tr><td>{label}</td>{c1}{c2}</tr>")
        note = ""
        if outside:
            said = self.tr("The notebook's h<sub>{0}</sub>[{1}] is not in 0 … 1: no sigmoid bounds it.")
            note = f"<p style='{bad}'>{said.format(t, u)}</p>"
        return "<table cellspacing='0' cellpadding='2'>" + "".join(body) + "</table>" + note

    def _summary(self) -> str:
        d, t = self.data, self.step
        i = t - 1
        parts = [self.tr("Step {0} reads a = {1}, b = {2} (true bit {3}, ŷ = {4}): δ<sub>t</sub> = {5}, "
                         "‖δh<sub>t</sub>‖ = {6}, ‖∂h<sub>T</sub>/∂h<sub>t</sub>‖ = {7}; shares W0 {8}, "
                         "Wh {9}, W1 {10}.").format(
            t, int(d.x[i, 0]), int(d.x[i, 1]), int(d.y[i]), _g(d.y_hat[i]), _g(d.delta[i]),
            _g(np.linalg.norm(d.dh[i])), _power(d.log10_norm[i]),
            *(self._share_text(d.shares[n], i) for n in MATRICES))]
        if not d.dh.any():
            parts.append(self.tr("Every δh<sub>t</sub> is exactly 0: nothing flows back to the hidden state."))
            if not d.delta.any():
                parts.append(self.tr("Every δ<sub>t</sub> is 0 too (the outputs are saturated at 0 or 1), so this "
                                     "pair changes no weight."))
        zero = np.flatnonzero(d.log10_norm == -np.inf) + 1
        nan = np.flatnonzero(np.isnan(d.log10_norm)) + 1
        if zero.size:
            parts.append(self.tr("‖∂h<sub>T</sub>/∂h<sub>t</sub>‖ is exactly 0 at step(s) {0} (a saturated unit's "
                                 "slope rounds to 0): not drawn on the log scale.", "", zero.size).format(_steps_text(zero)))
        if nan.size:
            parts.append(self.tr("‖∂h<sub>T</sub>/∂h<sub>t</sub>‖ is not a number at step(s) {0}: not drawn.", "",
                                 nan.size).format(_steps_text(nan)))
        if d.cell == "notebook":
            parts.append(self.tr("For this cell the tutorial's backward pass multiplies by h(1 − h) as if h were a "
                                 "sigmoid's output: δh does not follow ‖∂h<sub>T</sub>/∂h<sub>t</sub>‖, which is "
                                 "the true one."))
        return " ".join(parts)

    @staticmethod
    def _share_text(shares: np.ndarray, i: int) -> str:
        """Step i's share in %; "?" when not a number; "–" when no step has any (the update is 0)."""
        if not np.isfinite(shares[i]):
            return "?"
        return number(100 * float(shares[i]), 1) + " %" if shares.any() else "–"

    # -- layout ---------------------------------------------------------------------------------------------
    def resizeEvent(self, event):
        super().resizeEvent(event)
        wide = self.width() >= WIDE
        direction = QBoxLayout.LeftToRight if wide else QBoxLayout.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            for widget in (self.step_label, self.unit_row):  # at 800 x 600 one row was ~150 px wider than the tab
                (self.second_row if wide else self.steps_row).removeWidget(widget)
                (self.steps_row if wide else self.second_row).addWidget(widget)
