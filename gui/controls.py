"""Training controls: the settings, the buttons, the speed, the progress and the status line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rnnsub.config import Config

# Settings that change the network's shape or data: locked while running, applied on Reset.
STRUCTURAL = ("cell", "bits", "hidden", "seed", "batch", "pairs", "b_range")
SPEEDS = (None, 1000, 300, 100, 30, 10, 3, 1)  # iterations per second; None = full speed


def _format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ControlsPanel(QWidget):
    start_clicked = Signal()
    pause_clicked = Signal()
    step_clicked = Signal()
    stop_clicked = Signal()
    reset_clicked = Signal()
    lr_changed = Signal(float)
    rate_changed = Signal(object)  # float or None
    iterations_changed = Signal(int)
    structure_changed = Signal()  # a structural setting was edited

    def __init__(self, parent=None):
        super().__init__(parent)
        d = Config()
        self.cell = QComboBox()
        self.cell.addItem(self.tr("Corrected Elman: h = σ(x·W0 + h·Wh)"), "elman")
        self.cell.addItem(self.tr("As the tutorial writes it: h = σ(x·W0) + h·Wh"), "notebook")
        self.cell.setToolTip(
            self.tr(
                "How the hidden state is computed from the input bits and the previous hidden state.\n"
                "The corrected Elman cell learns; the tutorial's version adds h·Wh outside the sigmoid\n"
                "and never learns: try it to see why."
            )
        )
        self.bits = self._spin(
            1, 32, d.bits, self.tr("Bits per number. The network reads one bit of A and of B per time step, lowest bit first.")
        )
        self.hidden = self._spin(1, 512, d.hidden, self.tr("Hidden units: the size of the network's memory h."))
        self.pairs = QComboBox()
        self.pairs.addItem(self.tr("A ≥ B (as in the tutorial)"), "ordered")
        self.pairs.addItem(self.tr("Any A, B (answer mod 2^bits, like a CPU)"), "all")
        self.pairs.setToolTip(
            self.tr(
                "Which subtractions it trains and is tested on. 'Any' includes A < B, whose answer wraps around\n"
                "(two's complement), as a real arithmetic unit computes it."
            )
        )
        self.b_range = QComboBox()
        self.b_range.addItem(self.tr("B up to 2^bits − 1"), "full")
        self.b_range.addItem(self.tr("B below 2^(bits−1) (the revised tutorial)"), "half")
        self.b_range.setToolTip(self.tr("The range B is drawn from during training (before A and B are swapped)."))
        self.seed = self._spin(
            0,
            2**31 - 1,
            d.seed,
            self.tr("Random seed for the starting weights and the training pairs. The same seed gives the same run."),
        )
        self.batch = self._spin(
            1, 4096, d.batch, self.tr("Samples whose updates are added up before the weights change once. 1 is the tutorial.")
        )
        self.lr = QDoubleSpinBox()
        self.lr.setRange(0.001, 100.0)
        self.lr.setDecimals(3)
        self.lr.setSingleStep(0.1)
        self.lr.setValue(d.lr)
        self.lr.setToolTip(
            self.tr(
                "Learning rate: how far each update moves the weights. Can be changed while training;\n"
                "it applies from the next iteration. Too large and the network saturates or diverges."
            )
        )
        self.iterations = self._spin(
            1,
            100_000_000,
            d.iterations,
            self.tr("How many weight updates to train. After a run finishes, Start trains this many more."),
        )
        self.iterations.setSingleStep(1000)
        self.speed = QComboBox()
        for rate in SPEEDS:
            self.speed.addItem(self.tr("Full speed") if rate is None else self.tr("%n iteration(s) per second", "", rate), rate)
        self.speed.setToolTip(self.tr("Slow training down to watch each step, or let it run at full speed."))

        model = QGroupBox(self.tr("Network and data"))
        form = QFormLayout(model)
        form.addRow(self.tr("Cell"), self.cell)
        form.addRow(self.tr("Bits"), self.bits)
        form.addRow(self.tr("Hidden units"), self.hidden)
        form.addRow(self.tr("Pairs"), self.pairs)
        form.addRow(self.tr("B range"), self.b_range)
        form.addRow(self.tr("Seed"), self.seed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a15c00;")
        form.addRow(self.hint)

        training = QGroupBox(self.tr("Training"))
        tform = QFormLayout(training)
        tform.addRow(self.tr("Learning rate"), self.lr)
        tform.addRow(self.tr("Batch"), self.batch)
        tform.addRow(self.tr("Iterations"), self.iterations)
        tform.addRow(self.tr("Speed"), self.speed)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start or resume training (Space)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause training (Space)"))
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Train exactly one iteration (one batch), then pause (Ctrl+Right)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End this run and keep the weights; Start continues from here (Esc)"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("New weights from the seed, with the settings above (Ctrl+R)"))
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.step_button, 0, 2)
        buttons.addWidget(self.stop_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1, 1, 2)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignCenter)
        self.rate_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(model)
        layout.addWidget(training)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.start_button.clicked.connect(self.start_clicked)
        self.pause_button.clicked.connect(self.pause_clicked)
        self.step_button.clicked.connect(self.step_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.reset_button.clicked.connect(self.reset_clicked)
        self.lr.valueChanged.connect(self.lr_changed)
        self.iterations.valueChanged.connect(self.iterations_changed)
        self.speed.currentIndexChanged.connect(lambda _: self.rate_changed.emit(self.speed.currentData()))
        for w in (self.bits, self.hidden, self.seed, self.batch):
            w.valueChanged.connect(self.structure_changed)
        for w in (self.cell, self.pairs, self.b_range):
            w.currentIndexChanged.connect(self.structure_changed)
        self.show_status("idle", 0)

    def _spin(self, low, high, value, tip) -> QSpinBox:
        s = QSpinBox()
        s.setRange(low, high)
        s.setValue(value)
        s.setGroupSeparatorShown(True)
        s.setToolTip(tip)
        return s

    # -- the settings as a Config --------------------------------------------------------------------
    def config(self) -> Config:
        return Config(
            bits=self.bits.value(),
            hidden=self.hidden.value(),
            lr=round(self.lr.value(), 6),
            iterations=self.iterations.value(),
            seed=self.seed.value(),
            cell=self.cell.currentData(),
            batch=self.batch.value(),
            pairs=self.pairs.currentData(),
            b_range=self.b_range.currentData(),
        )

    def set_config(self, c: Config):
        widgets = (self.bits, self.hidden, self.seed, self.batch, self.cell, self.pairs, self.b_range)
        for w in widgets:
            w.blockSignals(True)
        self.bits.setValue(c.bits)
        self.hidden.setValue(c.hidden)
        self.seed.setValue(min(c.seed, 2**31 - 1))
        self.batch.setValue(c.batch)
        self.cell.setCurrentIndex(self.cell.findData(c.cell))
        self.pairs.setCurrentIndex(self.pairs.findData(c.pairs))
        self.b_range.setCurrentIndex(self.b_range.findData(c.b_range))
        for w in widgets:
            w.blockSignals(False)
        self.lr.setValue(c.lr)
        self.iterations.setValue(min(c.iterations, self.iterations.maximum()))

    def rate(self):
        return self.speed.currentData()

    def set_rate(self, rate):
        i = self.speed.findData(rate)
        self.speed.setCurrentIndex(max(i, 0))

    def set_pending(self, pending: bool):
        self.hint.setText(self.tr("Changed settings apply on Reset.") if pending else "")

    # -- what the run shows --------------------------------------------------------------------------
    def show_progress(self, iteration: int, target: int, samples_per_s: float, batch: int):
        self.progress.setMaximum(max(target, 1))
        self.progress.setValue(min(iteration, target))
        self.progress.setFormat(self.tr("{0} / {1} iterations").format(f"{iteration:,}", f"{target:,}"))
        left = (target - iteration) * batch / samples_per_s if samples_per_s > 0 else None
        text = self.tr("{0} samples/s").format(f"{samples_per_s:,.0f}")
        if left is not None and iteration < target:
            text += " · " + self.tr("{0} left").format(_format_duration(left))
        self.rate_label.setText(text)

    def show_status(self, status: str, iteration: int):
        texts = {
            "idle": self.tr("Idle: press Start (Space) to train."),
            "running": self.tr("Running…"),
            "paused": self.tr("Paused at iteration {0}.").format(f"{iteration:,}"),
            "stopped": self.tr("Stopped at iteration {0}. Start continues; Reset starts over.").format(f"{iteration:,}"),
            "finished": self.tr("Finished: {0} iterations.").format(f"{iteration:,}"),
            "diverged": self.tr(
                "Diverged at iteration {0}: a weight or the error became infinite or NaN. The last finite weights are kept."
            ).format(f"{iteration:,}"),
            "failed": self.tr("Training failed; see the message."),
        }
        colours = {"running": "#1b7f3b", "paused": "#a15c00", "diverged": "#b3261e", "failed": "#b3261e"}
        self.status.setText(texts.get(status, status))
        self.status.setStyleSheet(f"color: {colours.get(status, 'palette(text)')}; font-weight: bold;")
        running = status in ("running", "paused")
        for w in (self.cell, self.bits, self.hidden, self.pairs, self.b_range, self.seed, self.batch):
            w.setEnabled(not running)
        self.pause_button.setText(self.tr("Resume") if status == "paused" else self.tr("Pause"))
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.start_button.setEnabled(status != "running")
