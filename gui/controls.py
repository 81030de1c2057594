"""Training controls: the settings, the buttons, the speed, the progress and the status line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rnnsub.config import SETTINGS, STRUCTURAL, Config

from .fields import make_widget
from .messages import label, number

SPEEDS = (None, 1000, 300, 100, 30, 10, 3, 1)  # iterations per second; None = full speed


def _format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class SettingsScroll(QScrollArea):
    """The settings, scrolling up and down when the window is too low for all of them (at 800 x 600), so that the
    buttons, the progress and the status below them stay in view; never sideways (as wide as the settings at their
    narrowest, with a long choice under its label). Tab passes through it to the fields, which it scrolls into view."""

    MIN_HEIGHT = 110  # about three rows of settings

    def __init__(self, settings: QWidget):
        super().__init__()
        self.setObjectName("settings_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setFocusPolicy(Qt.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWidget(settings)
        self.viewport().setAutoFillBackground(False)
        settings.setAutoFillBackground(False)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        """All of it (QScrollArea's own stops at 24 lines): as wide as the settings with no row wrapped, as tall as
        they are at the width they have (rows wrapped in a narrow panel)."""
        settings = self.widget()
        hint = settings.sizeHint()
        width = self.viewport().width() if self.isVisible() else hint.width()
        height = settings.heightForWidth(width) if settings.hasHeightForWidth() else -1
        return QSize(hint.width() + self._bar(), max(height, hint.height()))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height it wants depends on its width

    def minimumSizeHint(self) -> QSize:
        hint = self.widget().minimumSizeHint()
        return QSize(hint.width() + self._bar(), min(hint.height(), self.MIN_HEIGHT))


class ControlsPanel(QWidget):
    """The settings (one widget per declared setting, named after it), the buttons, speed, progress and status."""

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
        self.fields = {name: make_widget(name) for name in SETTINGS}
        self.locked: set[str] = set()  # settings a lesson locks (restrict())
        self._running = False
        for name, widget in self.fields.items():
            setattr(self, name, widget)  # self.bits, self.lr, ...
        self.iterations.setSingleStep(1000)
        self.speed = QComboBox()
        self.speed.setObjectName("speed")
        for rate in SPEEDS:
            self.speed.addItem(self.tr("Full speed") if rate is None else
                               self.tr("{0} iteration(s) per second", "", rate).format(number(rate)), rate)
        self.speed.setToolTip(self.tr("Slow training down to watch each step, or let it run at full speed."))
        self.speed.setAccessibleName(self.tr("Speed"))

        groups = {"network": QGroupBox(self.tr("Network and data")), "training": QGroupBox(self.tr("Training"))}
        forms = {key: QFormLayout(box) for key, box in groups.items()}
        for form in forms.values():  # a narrow panel (an 800-pixel screen) puts a long choice under its label
            form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        for name, widget in self.fields.items():
            forms[SETTINGS[name].group].addRow(label(name), widget)
        forms["training"].addRow(self.tr("Speed"), self.speed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a15c00;")
        forms["network"].addRow(self.hint)

        self.start_button = self._button("start", self.tr("Start"), self.tr("Start or resume training (Space)"))
        self.pause_button = self._button("pause", self.tr("Pause"), self.tr("Pause training (Space)"))
        self.step_button = self._button(
            "step", self.tr("Step"), self.tr("Train exactly one iteration (one batch), then pause (Ctrl+Right)"))
        self.stop_button = self._button(
            "stop", self.tr("Stop"), self.tr("End this run and keep the weights; Start continues from here (Esc)"))
        self.reset_button = self._button(
            "reset", self.tr("Reset"), self.tr("New weights from the seed, with the settings above (Ctrl+R)"))
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.step_button, 0, 2)
        buttons.addWidget(self.stop_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1, 1, 2)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignCenter)
        self.rate_label = QLabel()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        settings = QWidget()
        column = QVBoxLayout(settings)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(groups["network"])
        column.addWidget(groups["training"])
        column.addStretch(1)
        self.settings_scroll = SettingsScroll(settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_scroll)  # shrinks first when the window is low; what follows stays in view
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
        self.lr.changed.connect(lambda: self.lr_changed.emit(self.lr.value()))
        self.iterations.changed.connect(lambda: self.iterations_changed.emit(self.iterations.value()))
        self.speed.currentIndexChanged.connect(lambda _: self.rate_changed.emit(self.speed.currentData()))
        for name in STRUCTURAL:
            self.fields[name].changed.connect(self.structure_changed)
        self.show_status("idle", 0)

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        return b

    # -- the settings as a Config --------------------------------------------------------------------
    def config(self) -> Config:
        """The settings as shown (each widget holds exactly its field's range, so this never raises)."""
        return Config(**{name: widget.value() for name, widget in self.fields.items()})

    def set_config(self, c: Config):
        """Show `c` exactly. Structural widgets are set silently (the caller has applied the config); the learning
        rate and iterations announce themselves only if they changed."""
        for name, widget in self.fields.items():
            if SETTINGS[name].structural:
                widget.blockSignals(True)
            widget.setValue(getattr(c, name))
            widget.blockSignals(False)

    def rate(self):
        return self.speed.currentData()

    def restrict(self, hidden=(), locked=()):
        """Hide the rows of the settings in `hidden` and disable those in `locked` (a lesson's); restrict() shows
        and enables every one again (structural ones stay disabled while a run is alive)."""
        self.locked = set(locked)
        for name, widget in self.fields.items():
            form = widget.parentWidget().layout() if widget.parentWidget() is not None else None
            if isinstance(form, QFormLayout):
                form.setRowVisible(widget, name not in hidden)
            else:
                widget.setVisible(name not in hidden)
            busy = self._running and SETTINGS[name].structural
            widget.setEnabled(name not in self.locked and not busy)

    def set_rate(self, rate):
        i = self.speed.findData(rate)
        self.speed.setCurrentIndex(max(i, 0))

    def set_pending(self, pending: bool):
        self.hint.setText(self.tr("Changed settings apply on Reset.") if pending else "")

    # -- what the run shows --------------------------------------------------------------------------
    def show_progress(self, iteration: int, target: int, samples_per_s: float, batch: int):
        target = max(target, iteration)  # a target lowered below where the run was: it ended where it was
        self.progress.setMaximum(max(target, 1))
        self.progress.setValue(min(iteration, target))
        self.progress.setFormat(self.tr("{0} / {1} iteration(s)", "", target).format(number(iteration), number(target)))
        left = (target - iteration) * batch / samples_per_s if samples_per_s > 0 else None
        # the speed while training; none when nothing trains ("0 samples/s" after every finished run read as a fault)
        text = self.tr("{0} samples/s").format(number(samples_per_s, 0)) if samples_per_s > 0 else ""
        if left is not None and iteration < target:
            text += " · " + self.tr("{0} left").format(_format_duration(left))
        self.rate_label.setText(text)

    def show_status(self, status: str, iteration: int):
        texts = {
            "idle": self.tr("Idle: press Start (Space) to train."),
            "running": self.tr("Running…"),
            "pausing": self.tr("Pausing after this iteration…"),
            "stepping": self.tr("Training one iteration…"),
            "stopping": self.tr("Stopping after this iteration…"),
            "paused": self.tr("Paused at iteration {0}.").format(number(iteration)),
            "stopped": self.tr("Stopped at iteration {0}. Start continues; Reset starts over.").format(number(iteration)),
            "finished": self.tr("Finished: {0} iteration(s).", "", iteration).format(number(iteration)),
            "diverged": self.tr(
                "Diverged at iteration {0}: a weight or the error became infinite or NaN. The last finite weights are kept."
            ).format(number(iteration)),
            "failed": self.tr("Training failed; see the message."),
        }
        colours = {"running": "#1b7f3b", "paused": "#a15c00", "pausing": "#a15c00", "stepping": "#a15c00",
                   "diverged": "#b3261e", "failed": "#b3261e"}
        self.status.setText(texts.get(status, status))
        self.status.setStyleSheet(f"color: {colours.get(status, 'palette(text)')}; font-weight: bold;")
        running = status in ("running", "paused", "pausing", "stepping", "stopping")  # a run is alive
        self.pause_button.setText(self.tr("Resume") if status in ("paused", "pausing", "stepping") else self.tr("Pause"))
        self.pause_button.setEnabled(running and status != "stopping")
        focus = QApplication.focusWidget()
        if running and any(focus is w or w.isAncestorOf(focus) for w in map(self.fields.get, STRUCTURAL) if focus):
            self.pause_button.setFocus()  # else Qt hands the focus to the next field, an editable one
        self._running = running
        for name in STRUCTURAL:
            self.fields[name].setEnabled(not running and name not in self.locked)
        self.stop_button.setEnabled(running and status != "stopping")
        self.start_button.setEnabled(status != "running")
