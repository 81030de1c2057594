"""The main window: lays out the panels, owns the menus, and wires panels to the training session."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalThrottler

from rnnsub.config import STRUCTURAL, Config
from rnnsub.errors import UserError
from rnnsub.experiment import load_experiment, save_experiment
from rnnsub.modelfile import config_of, load_model, make_meta, save_model
from rnnsub.train import Progress

from .controls import ControlsPanel
from .how import HowPanel
from .i18n import LANGUAGES, translate_in
from .inside import InsidePanel
from .knockout import KnockoutPanel
from .lessons import Lessons
from .messages import choice_label, number, user_message
from .operands import OperandPanel
from .plot import ErrorPlot
from .runs import RunsPanel
from .session import ModelView, Session
from .settings import load_bytes, load_config, load_value, save_config
from .through_time import ThroughTimePanel
from .weights import WeightsPanel

PROGRESS_EVERY_MS = 100  # the progress bar and the speed, at most 10 times a second while a run reports
TUTORIAL_NAME = "循环神经网络: RNN 实现退位减法器"
TABS_MIN_HEIGHT = 170  # the tabs' least height: a page lower than ~140 px scrolls too much to read
PLOT_SHARE = 0.5  # of the height right of the controls, for the error plot (the rest for the tabs)
CONTROLS_SHARE = 0.36  # of the window's width, the most the controls take while they must wrap rows to fit it


def fitting_size(available: QSize) -> QSize:
    """1280 x 800, or the screen's free area less the window frame if that is smaller (a window taller than the
    screen hides its status bar, which carries every message)."""
    frame = QSize(16, 48)  # title bar and borders, roughly, which the window's size does not include
    return QSize(min(1280, available.width() - frame.width()), min(800, available.height() - frame.height()))


def with_suffix(path: str, suffix: str) -> str:
    """A name typed without an extension gets the file type's, so that the Open dialog (filtered by it) shows it."""
    return path if os.path.splitext(os.path.basename(path))[1] else path + suffix


def scroll_area(widget: QWidget, name: str) -> QScrollArea:
    """`widget` in a frameless scroll area on the window's background, which Tab passes through (the widgets inside
    are reached, and scrolled into view when they get the focus)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setFocusPolicy(Qt.NoFocus)
    area.setWidget(widget)
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    return area


class PanelTabs(QTabWidget):
    """The panels' tabs, each page in a scroll area: a panel that cannot shrink to the tab (at 800 x 600, or with
    a low tab) scrolls, instead of making the window larger than the screen or being squashed. indexOf, widget,
    currentWidget and setCurrentWidget speak of the panels, not of their scroll areas."""

    def addTab(self, page: QWidget, text: str) -> int:
        return super().addTab(self._scrolled(page), text)

    def insertTab(self, index: int, page: QWidget, text: str) -> int:
        return super().insertTab(index, self._scrolled(page), text)

    @staticmethod
    def _scrolled(page: QWidget) -> QWidget:
        if isinstance(page.layout().itemAt(0).widget() if page.layout() else None, QScrollArea):
            return page  # the panel scrolls by itself (Step by step)
        return scroll_area(page, f"{page.objectName() or type(page).__name__}_scroll")

    def widget(self, index: int) -> QWidget | None:
        page = super().widget(index)
        return page.widget() if isinstance(page, QScrollArea) else page

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        return next((i for i in range(self.count()) if self.widget(i) is page), -1)

    def setCurrentWidget(self, page: QWidget):
        self.setCurrentIndex(self.indexOf(page))


class TrainingKeys(QObject):
    """Lets Space and Ctrl+Right reach the window's training actions from number and choice fields.

    A spin box's text field claims Space (as text) and Ctrl+Right (as a word jump) before shortcuts are
    looked up, so with the focus in the learning-rate box Space would not pause. In a number field neither key
    means anything, so the claim is refused there; in a text field (the operands) the keys stay text.

    It filters only the window's number and choice fields (watch()), not the whole application: a filter on
    the application runs Python for every event of every widget (thousands a second while training), and each
    of those calls waits for the training thread to hand over the interpreter.
    """

    KEYS = ((Qt.Key_Space, Qt.NoModifier), (Qt.Key_Right, Qt.ControlModifier))

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

    def watch(self, root: QWidget):
        """Filter the number and choice fields under root (and their text fields, which may get the keys)."""
        for field in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
            field.installEventFilter(self)
            for edit in field.findChildren(QLineEdit):
                edit.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.ShortcutOverride and (event.key(), event.modifiers()) in self.KEYS:
            field = obj.parent() if isinstance(obj, QLineEdit) else obj
            if isinstance(field, (QAbstractSpinBox, QComboBox)) and field.window() is self.window:
                event.ignore()
                return True  # not claimed: the shortcut fires
        return False


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("rnnsub — an RNN learns to subtract"))
        config, problems = load_config(self.settings)
        self.first_start = not any(key.startswith("config/") for key in self.settings.allKeys())  # nothing remembered
        self.controls = ControlsPanel()
        self.controls.set_config(config)
        self.controls.set_rate(load_value(self.settings, "speed", None, float))  # "" (full speed) reads as None
        self.plot = ErrorPlot()
        self.plot.log.setChecked(load_value(self.settings, "log_scale", False, bool))
        self.operands = OperandPanel()
        self.operands.recall(self.settings)
        self.inside = InsidePanel()
        self.how = HowPanel()
        self.sweep_dialog = None
        # The progress bar repaints at once on every new value: shown at most every PROGRESS_EVERY_MS (the
        # latest report's figures), and at once when a run pauses or ends.
        self._progress_shown: tuple | None = None
        self._progress_due: tuple | None = None
        self._progress_throttle = QSignalThrottler(parent=self)
        self._progress_throttle.setTimeout(PROGRESS_EVERY_MS)
        self._progress_throttle.triggered.connect(self._show_progress)
        self.session = Session(config, self)
        self.session.set_rate(self.controls.rate())

        tabs = self.tabs = PanelTabs()
        tabs.setObjectName("panels")
        tabs.addTab(self.operands, self.tr("Operands"))
        tabs.addTab(self.inside, self.tr("Inside the network"))
        tabs.setTabToolTip(
            1, self.tr("The hidden state, the output and the gradient at each time step, for the pair on the Operands tab.")
        )
        tabs.addTab(self.how, self.tr("How it subtracts"))
        self.weights_view = WeightsPanel()
        tabs.addTab(self.weights_view, self.tr("Weights"))
        tabs.setTabToolTip(3, self.tr("W0, Wh and W1 as heatmaps on one colour scale, live."))
        self.runs = RunsPanel()
        tabs.addTab(self.runs, self.tr("Runs"))
        tabs.setTabToolTip(tabs.indexOf(self.runs), self.tr(
            "Every run of this session: compare them on the plots, run one again with a setting changed, save them."))
        self.knockout = KnockoutPanel()
        tabs.addTab(self.knockout, self.tr("Knock out"))
        tabs.setTabToolTip(tabs.indexOf(self.knockout), self.tr(
            "Hold hidden units at a value or change a weight of the trained network, and see what it still gets right."))
        tabs.setTabToolTip(2, self.tr("Which unit carries the borrow, where the errors are, and how far the network "
                                      "carries what it learned to longer numbers."))
        self.steps = ThroughTimePanel()  # right after Inside; inserted last, so the tabs' tooltips above move with them
        tabs.insertTab(tabs.indexOf(self.inside) + 1, self.steps, self.tr("Step by step"))
        tabs.setTabToolTip(tabs.indexOf(self.steps), self.tr(
            "Backpropagation through time for the pair on the Operands tab, one step at a time, and the cell's "
            "equation with its numbers."))
        tabs.setMinimumHeight(TABS_MIN_HEIGHT)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setObjectName("plot_tabs_splitter")
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)  # a collapsed plot or tab is hard to find again
        central = QWidget()
        body = self.body = QSplitter(Qt.Horizontal)
        body.setObjectName("controls_splitter")
        body.addWidget(self.controls)
        body.addWidget(self.splitter)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        self._split_by_hand = False  # the splitters follow the window's size until a person moves one
        for splitter in (body, self.splitter):
            splitter.splitterMoved.connect(self._splitter_moved)
            splitter.installEventFilter(self)  # resized: split() (the window's own resize comes before its layout's)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(body)
        self.setCentralWidget(central)
        self._build_menus()
        self._connect()
        self._keys = TrainingKeys(self)
        self._keys.watch(self.controls)
        self._keys.watch(self.operands)  # the operands' "Bits shown"
        self._keys.watch(self.steps)  # its unit box must not swallow Space
        self._on_model_changed(ModelView(config, 0, self.session.weights))
        self.settings_notice = None  # says which remembered settings could not be used (each in one sentence)
        if problems:
            self.statusBar().showMessage(self.tr("Some remembered settings could not be used; they are back to their "
                                                 "defaults."))
            self.settings_notice = QMessageBox(QMessageBox.Information, self.tr("Remembered settings"),
                                               "\n".join(problems), QMessageBox.Ok, self)
            self.settings_notice.setModal(False)  # says it without stopping anything
            QTimer.singleShot(0, self.settings_notice.show)
        else:
            self.statusBar().showMessage(self.tr("Ready. Press Space to start training."))
        self.first_start_hint = None  # on a first start, a line in the status bar pointing to the guide and lessons
        if self.first_start:
            self.first_start_hint = QLabel(self.tr("New here? Read <a href='guide'>Help → Guide</a> or try a "
                                                   "<a href='lessons'>lesson</a>."))
            self.first_start_hint.setObjectName("first_start_hint")
            self.first_start_hint.linkActivated.connect(self._hint_link)
            self.statusBar().addPermanentWidget(self.first_start_hint)
        self.resize(fitting_size(self.screen().availableGeometry().size()))
        geometry = load_bytes(self.settings, "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- layout ------------------------------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Resize and obj in (self.body, self.splitter) and not self._split_by_hand:
            self.split()
        return super().eventFilter(obj, event)

    def _splitter_moved(self, *_):
        self._split_by_hand = True

    def split(self):
        """Splitter sizes from the window's size: the controls as wide as they are with every row on one line while
        that leaves the plots most of the width, else narrower (rows of long choices wrapped) down to their least;
        the plot and the tabs share the height, neither below its least."""
        width = self.body.width() - self.body.handleWidth()
        least, natural = self.controls.minimumSizeHint().width(), self.controls.sizeHint().width()
        left = max(least, min(natural, int(width * CONTROLS_SHARE)))
        self.body.setSizes([left, width - left])
        height = self.splitter.height() - self.splitter.handleWidth()
        top = max(self.plot.minimumSizeHint().height(), min(int(height * PLOT_SHARE), height - TABS_MIN_HEIGHT))
        self.splitter.setSizes([top, height - top])

    # -- wiring ----------------------------------------------------------------------------------------
    def _connect(self):
        c, s = self.controls, self.session
        c.start_clicked.connect(self.start)
        c.pause_clicked.connect(s.toggle_pause)
        c.step_clicked.connect(self.step)
        c.stop_clicked.connect(s.stop)
        c.reset_clicked.connect(self.reset)
        c.lr_changed.connect(s.set_lr)
        c.rate_changed.connect(s.set_rate)
        c.iterations_changed.connect(self._iterations_changed)
        c.structure_changed.connect(self._structure_edited)
        s.progress.connect(self._on_progress)
        s.status_changed.connect(self._on_status)
        s.model_changed.connect(self._on_model_changed)
        s.error.connect(lambda msg: QMessageBox.warning(self, self.tr("Training"), msg))
        self.operands.trace_changed.connect(self.inside.set_trace)  # drawn when the Inside tab is shown
        self.how.show_pair.connect(self.show_pair)  # a wrong pair found on the How tab, one click away
        self.operands.trace_changed.connect(  # computed when the Step by step tab is shown, ~5 Hz at most
            lambda t: self.steps.set_trace_of(self.operands.weights, self.operands.cell, t))
        self.knockout.changed.connect(self._on_knockout)
        s.runs_changed.connect(lambda: self.runs.set_history(s.history, s.current))
        self.runs.overlays_changed.connect(self.plot.set_overlays)
        self.runs.run_again.connect(self.run_again)
        self.runs.open_run.connect(self.continue_run)
        self.runs.save_experiment.connect(self.save_experiment)
        self.runs.open_experiment.connect(self.open_experiment)
        self.knockout.evaluated.connect(lambda ev: self.how.set_evaluation(self.session.iteration, ev))

    def _build_menus(self):
        file = self.menuBar().addMenu(self.tr("&File"))
        self._action(file, self.tr("&Open model…"), QKeySequence.Open, self.open_model)
        self._action(file, self.tr("&Save model…"), QKeySequence.Save, self.save_model)
        file.addSeparator()
        self._action(file, self.tr("Open e&xperiment…"), "Ctrl+Shift+O", lambda: self.open_experiment())
        self._action(file, self.tr("Save ex&periment…"), "Ctrl+Shift+S", self.save_experiment)
        file.addSeparator()
        self._action(file, self.tr("Export error &CSV…"), "Ctrl+E", self.export_csv)
        self._action(file, self.tr("Export plot &PNG…"), "Ctrl+Shift+E", self.export_png)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), QKeySequence.Quit, self.close)
        train = self.menuBar().addMenu(self.tr("&Training"))
        self._action(train, self.tr("Start / Pause / Resume"), "Space", self.session.toggle_pause)
        self._action(train, self.tr("Step one iteration"), "Ctrl+Right", self.step)
        self._action(train, self.tr("Stop"), "Esc", self.session.stop)
        self._action(train, self.tr("Reset"), "Ctrl+R", self.reset)
        train.addSeparator()
        self._action(train, self.tr("S&weep: many models side by side…"), "Ctrl+Shift+W", self.open_sweep)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._action(settings_menu, self.tr("&Restore defaults"), QKeySequence(), self.restore_defaults)
        self.lessons_menu = self.menuBar().addMenu(self.tr("L&essons"))
        self.lessons = Lessons(self)
        self.lessons.fill_menu(self.lessons_menu)
        language = self.language_menu = self.menuBar().addMenu(self.tr("&Language"))
        # the remembered choice, or on a first start the language in use (the system's: gui/i18n.py)
        current = load_value(self.settings, "language", "", str) or QApplication.instance().property("language") or "en"
        for code, name in LANGUAGES.items():
            action = self._action(language, name, QKeySequence(), lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == current)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide"), QKeySequence.HelpContents, self.open_guide)  # F1: the guide
        self._action(help_menu, self.tr("&About rnnsub"), QKeySequence(), self.about)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    # -- training ----------------------------------------------------------------------------------------
    def start(self):
        self._apply_untrained_settings()
        self.session.start()

    def step(self):
        self._apply_untrained_settings()
        self.session.step()

    def reset(self):
        self.session.reset(self.controls.config())

    def _apply_untrained_settings(self):
        """Structural edits to a model that has not trained yet apply at once; later ones wait for Reset."""
        if not self.session.running and self.session.iteration == 0 and self._pending():
            self.reset()

    def _pending(self) -> bool:
        want, have = self.controls.config(), self.session.config
        return any(getattr(want, f) != getattr(have, f) for f in STRUCTURAL)

    def _structure_edited(self):
        if not self.session.running and self.session.iteration == 0:
            self.reset()
        else:
            self.controls.set_pending(self._pending())

    def _iterations_changed(self, iterations: int):
        self.session.set_iterations(iterations)
        if not self.session.running:  # a run shows its new target in its next report
            self._progress_due = (self.session.iteration, self.session.target, 0, self.session.config.batch)
            self._show_progress()
            self.plot.set_target(self.session.target)

    def _on_progress(self, p: Progress):
        """A report (~30 a second while running): cheap bookkeeping here; what is costly to draw is drawn at
        the rate the eye needs (plot 30 Hz, progress 10 Hz, operands and Inside ~7 Hz, Inside only when shown)."""
        self.plot.append(p.first, p.errors[:, 0])
        if p.evaluation is not None:
            self.plot.add_evaluation(p.iteration, p.evaluation)
            self._say_evaluation(p.iteration, p.evaluation)
        running = p.status == "running"
        self._progress_due = (p.iteration, p.target, p.samples_per_s if running else 0, self.session.config.batch)
        if running:
            self._progress_throttle.throttle()
        else:  # paused, stopped, finished, diverged: its last word is shown at once
            self._progress_throttle.cancel()
            self._show_progress()
        if p.target != self.plot.target:
            self.plot.set_target(p.target)
        if p.diverged_at[0] >= 0:
            self.plot.mark_diverged(int(p.diverged_at[0]))
        if p.evaluation is not None:
            self.how.set_evaluation(p.iteration, p.evaluation)  # a full one; drawn when the tab is shown
        if p.weights is not None:
            self.operands.update_weights(p.weights)
            self.how.update_weights(p.iteration, p.weights)  # the borrow unit, ~1.4 Hz and only when shown
            self.weights_view.set_weights(p.weights, now=not running)  # ~5 Hz, only when shown
            if not running:
                self.runs.refresh()
                self.operands.flush()
                self.how.flush()
                self.knockout.set_model(p.weights, self.session.config.cell, self.session.config.bits,
                                        self.session.config.pairs)

    def _show_progress(self):
        due = self._progress_due
        if due is not None and due != self._progress_shown:
            self._progress_shown = due
            self.controls.show_progress(*due)

    def _say_evaluation(self, iteration: int, ev):
        acc = float(ev.accuracy[0])
        if ev.estimate:
            low, high = ev.interval(0)
            text = self.tr("Iteration {0}: about {1}% right (95% interval {2}–{3}%), an estimate from a sample of {4} "
                           "pairs.").format(number(iteration), number(100 * acc, 1), number(100 * low, 1),
                                            number(100 * high, 1), number(ev.total))
        else:
            text = self.tr("Iteration {0}: {1} of {2} pairs right ({3}%){4}.").format(
                number(iteration),
                number(ev.correct[0]),
                number(ev.total),
                number(100 * acc, 2),
                "" if ev.exhaustive else self.tr(", a fixed random sample"),
            )
        self.statusBar().showMessage(text)

    def _on_status(self, status: str, iteration: int):
        self.controls.show_status(status, iteration)
        self.knockout.set_locked(status in ("running", "pausing", "stepping", "stopping"))

    def _on_knockout(self, changed):
        """The Knock out tab's changed copy of the model (None: the model as trained), shown in every view."""
        w = changed if changed is not None else self.knockout.base
        self.statusBar().showMessage(
            self.tr("Every view shows the network with the Knock out tab's changes; Undo all there gives it back.")
            if changed is not None else self.tr("Every view shows the network as trained."))
        self.operands.update_weights(w)
        self.operands.flush()
        self.how.update_weights(self.session.iteration, w)
        self.how.flush()
        self.weights_view.set_weights(w, now=True)

    def _on_model_changed(self, model: ModelView):
        """A new model: every view that shows something derived from the old one starts over."""
        cfg = model.config
        target = model.iteration + cfg.iterations
        self.plot.clear()
        self.plot.set_target(target)
        self.controls.set_pending(False)
        self._progress_throttle.cancel()
        self._progress_due = (model.iteration, target, 0, cfg.batch)
        self._show_progress()
        self.statusBar().clearMessage()
        self.operands.set_model(model.weights, cfg.cell, cfg.bits, cfg.pairs)
        self.how.set_model(model.weights, cfg.cell, cfg.bits, cfg.pairs, model.iteration)
        self.weights_view.set_weights(model.weights, now=True)
        self.knockout.set_model(model.weights, cfg.cell, cfg.bits, cfg.pairs)

    # -- runs ------------------------------------------------------------------------------------------------
    def run_again(self, run, changes: dict):
        """A new run from `run`'s start (the seed's draw, or its loaded weights) with `changes`, started at once."""
        config = run.config.replace(**changes, iterations=self.controls.config().iterations)
        number = self.runs.number(run)  # before the reset: an untrained run leaves the history with it
        if self.lessons.fixes(config):  # a setting the lesson fixes changes: the lesson is over
            self.lessons.end()
        self.controls.set_config(config)
        if run.from_seed:
            self.session.reset(config)
        else:
            self.session.reset(config, weights=run.start.copy(), iteration=run.start_iteration)
        self.statusBar().showMessage(self.tr("A new run from the same start as run {0}.").format(number))
        self.start()

    def continue_run(self, run):
        """An earlier run's last weights as the model (a new run from them)."""
        final = run.final if run.final is not None else run.start
        self.load(final, make_meta(run.config, run.iteration, run.final_accuracy))

    def save_experiment(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save experiment"), os.path.join(self._dir(), "experiment.npz"),
                                              self.tr("rnnsub experiments (*.npz)"))
        if not path:
            return
        path = with_suffix(path, ".npz")
        try:
            save_experiment(path, list(self.session.history))
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot save the experiment"), user_message(e))
            return
        self._remember_dir(path)
        self.statusBar().showMessage(self.tr("Saved %n run(s) to {0}; python main.py replay {0} retrains them.", "",
                                             len(self.session.history)).format(path))

    def open_experiment(self, path: str | None = None) -> bool:
        """Add an experiment file's runs to the history, drawn over the current run."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open experiment"), self._dir(),
                                                  self.tr("rnnsub experiments (*.npz)"))
            if not path:
                return False
        try:
            runs, _meta = load_experiment(path)
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot open the experiment"), user_message(e))
            return False
        self._remember_dir(path)
        history = self.session.history
        for run in runs:
            history.add(run)
        self.runs.set_history(history, self.session.current)
        for run in runs:
            if run in history.runs:
                self.runs.set_shown(run, True)
        self.tabs.setCurrentWidget(self.runs)
        self.statusBar().showMessage(self.tr("Opened {0}: %n run(s), drawn over the current one.", "", len(runs)).format(
            os.path.basename(path)))
        return True

    def tab_pages(self) -> dict:
        """The tab pages by the names lessons and `--tab` use (rnnsub.lesson.TABS)."""
        return {"operands": self.operands, "inside": self.inside, "steps": self.steps, "how": self.how,
                "weights": self.weights_view, "runs": self.runs, "knockout": self.knockout}

    def show_pair(self, a: int, b: int, bits: int):
        """Show a pair (Python ints of any size) at `bits` bits on the Operands tab, and switch to it."""
        self.operands.show_pair(a, b, bits)
        self.tabs.setCurrentWidget(self.operands)

    # -- files -------------------------------------------------------------------------------------------
    def _dir(self) -> str:
        return load_value(self.settings, "last_dir", os.path.expanduser("~"), str)

    def _remember_dir(self, path: str):
        self.settings.setValue("last_dir", os.path.dirname(os.path.abspath(path)))

    def open_model(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open model"), self._dir(), self.tr("rnnsub models (*.npz)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a model file (File → Open, `main.py --open PATH`); a bad file is one sentence in a dialog."""
        try:
            weights, meta = load_model(path)
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot open the model"), user_message(e))
            return False
        self._remember_dir(path)
        self.load(weights, meta)
        self.statusBar().showMessage(
            self.tr("Opened {0}: {1}, {2}, {3}, {4}.").format(
                os.path.basename(path), choice_label("cell", meta["cell"]), self.tr("%n bit(s)", "", meta["bits"]),
                self.tr("%n hidden unit(s)", "", meta["hidden"]),
                self.tr("{0} iteration(s) trained", "", meta["iterations"]).format(number(meta["iterations"]))
            )
        )
        return True

    def load(self, weights, meta: dict):
        """Put a model (from a file or a sweep) into the main view, its settings shown exactly as recorded. It ends a
        lesson whose fixed settings it does not share (the lesson's controls would show what the model is not)."""
        if self.lessons.fixes(config_of(meta, iterations=self.controls.config().iterations)):
            self.lessons.end()
        self.session.load(weights, meta)
        self.controls.set_config(self.session.config)

    def open_sweep(self):
        if self.sweep_dialog is None:
            from .sweep_view import SweepDialog

            self.sweep_dialog = SweepDialog(self.controls.config, self)
            self.sweep_dialog.load_requested.connect(self.load)
        self.sweep_dialog.show()
        self.sweep_dialog.raise_()

    def save_model(self):
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save model"), os.path.join(self._dir(), "model.npz"), self.tr("rnnsub models (*.npz)")
        )
        if not path:
            return
        path = with_suffix(path, ".npz")
        iteration, weights = self.session.snapshot()
        accuracy = self.session.accuracy_for_save(iteration, weights)
        try:
            save_model(path, weights, make_meta(self.session.config, iteration, accuracy))
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot save the model"), user_message(e))
            return
        self._remember_dir(path)
        right = self.tr("{0}% right").format(number(100 * accuracy, 2)) if accuracy is not None else self.tr(
            "accuracy not measured")
        self.statusBar().showMessage(self.tr("Saved {0} ({1} iteration(s), {2}).", "", iteration).format(
            path, number(iteration), right))

    def export_csv(self):
        self._export(self.tr("Export error curves"), "curves.csv", self.tr("CSV files (*.csv)"), self.plot.export_csv)

    def export_png(self):
        self._export(self.tr("Export plot"), "plot.png", self.tr("PNG images (*.png)"), self.plot.export_png)

    def _export(self, title, name, filters, write):
        path, _ = QFileDialog.getSaveFileName(self, title, os.path.join(self._dir(), name), filters)
        if not path:
            return
        path = with_suffix(path, os.path.splitext(name)[1])
        try:
            write(path)
        except UserError as e:
            QMessageBox.warning(self, title, user_message(e))
            return
        self._remember_dir(path)
        self.statusBar().showMessage(self.tr("Saved {0}.").format(path))

    def restore_defaults(self):
        """Forget every remembered value and show the default settings (structural ones apply as an edit would:
        at once to an untrained model, else on Reset)."""
        self.settings.clear()
        lesson = self.lessons.current  # in a lesson, its settings are the defaults (the ones it fixes stay fixed)
        config = lesson.config if lesson is not None else Config()
        self.controls.set_config(config)
        self.controls.set_rate(None)
        self.plot.log.setChecked(False)
        self.operands.show_pair(200, 73, config.bits)  # at the model's length again
        self._structure_edited()
        self.statusBar().showMessage(self.tr("Every setting is back to its default.") if lesson is None else
                                     self.tr("Every setting is back to the lesson's."))

    def set_language(self, code: str):
        self.settings.setValue("language", code)
        for action in self.language_menu.actions():
            action.setChecked(action.text() == LANGUAGES[code])
        said = [self.tr("rnnsub will use {0} the next time it starts."),  # and in the language chosen:
                translate_in(code, "MainWindow", "rnnsub will use {0} the next time it starts.")]
        QMessageBox.information(self, LANGUAGES[code], "\n".join(dict.fromkeys(t.format(LANGUAGES[code]) for t in said)))

    # -- lessons and the guide -----------------------------------------------------------------------------
    def open_lesson(self, path: str) -> bool:
        """Open a lesson file (Lessons → Open lesson file…, a .lesson given on the command line or by the desktop);
        a bad file is one sentence in a message box, and nothing changes."""
        return self.lessons.open_path(path)

    def open_guide(self):
        from .guide import GuideDialog

        if getattr(self, "guide", None) is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()
        self.hide_first_start_hint()

    def _hint_link(self, link: str):
        if link == "guide":
            self.open_guide()
        else:  # the Lessons menu, dropped down from the menu bar
            bar = self.menuBar()
            self.lessons_menu.popup(bar.mapToGlobal(bar.actionGeometry(self.lessons_menu.menuAction()).bottomLeft()))

    def hide_first_start_hint(self):
        if self.first_start_hint is not None:
            self.first_start_hint.hide()

    # -- help --------------------------------------------------------------------------------------------
    def about(self):
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About rnnsub"))
        box.setTextFormat(Qt.RichText)
        box.setText(
            self.tr(
                "<h3>rnnsub</h3>"
                "<p>A small recurrent neural network, written from scratch in numpy, learns to subtract binary "
                "numbers with borrow. It reads the bits of A and B one pair per time step, lowest bit first, and "
                "answers one bit of A − B per step. To get it right it must remember whether it borrowed.</p>"
                "<p>It follows the tutorial <i>{0}</i>. Its equations:</p>"
                "<p style='font-family: monospace'>h<sub>t</sub> = σ(x<sub>t</sub>·W0 + h<sub>t−1</sub>·Wh)<br>"
                "ŷ<sub>t</sub> = σ(h<sub>t</sub>·W1)</p>"
                "<p>The tutorial writes the first line as h<sub>t</sub> = σ(x<sub>t</sub>·W0) + h<sub>t−1</sub>·Wh: "
                "the memory is added outside the sigmoid, grows without bound, and the network does not learn "
                "(about 0.2% of pairs right after 10,000 iterations). Choose that cell to see it fail.</p>"
                "<p>Training is the tutorial's: backpropagation through time on ½Σ(y−ŷ)², one sample per update, "
                "learning rate 0.9. With the same seed it reproduces the tutorial's numbers exactly.</p>"
                "<p>Space starts and pauses, Ctrl+Right steps, Esc stops, Ctrl+R resets.</p>"
            ).format(TUTORIAL_NAME)
        )
        box.exec()

    # -- closing -----------------------------------------------------------------------------------------
    def closeEvent(self, event):
        self.session.shutdown(1000)
        self.operands.stop_search()
        self.how.stop_all()
        self.knockout.stop_all()
        self.steps.stop()
        if self.sweep_dialog is not None:
            self.sweep_dialog.close()
        save_config(self.settings, self.controls.config())
        self.settings.setValue("speed", "" if self.controls.rate() is None else self.controls.rate())
        self.settings.setValue("log_scale", self.plot.log.isChecked())
        self.operands.remember(self.settings)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.sync()
        self.plot.timer.stop()
        super().closeEvent(event)
