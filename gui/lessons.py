"""Lessons in the window: the Lessons menu, applying a lesson (rnnsub.lesson) and the side panel that shows it.

A lesson sets the window up as a teacher wrote it: its settings (on top of the defaults, so every learner starts
from the same place), the controls it hides or locks, the tab it opens, the operands, the speed, a prepared sweep;
then a panel (a dock on the right, closable) shows its title, question, numbered steps and what to look for, in
the window's language. "End lesson" (or closing the panel) shows and unlocks every control again; the settings
stay as they are.
"""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rnnsub.config import QT_TRANSLATE_NOOP
from rnnsub.errors import UserError
from rnnsub.lesson import Lesson, LessonError, lesson_files, load_lesson

from .controls import SPEEDS
from .messages import label, number, type_word, user_message
from .resources import resource

PANEL_WIDTH = 320  # the lesson panel's width, in pixels
NARROW = 1100  # a window narrower than this gets the panel as a window of its own over it, not docked beside it


def lessons_folder():
    """The built-in lessons (resources/lessons, found by gui/resources.py however the program was installed)."""
    return resource("lessons")


def language() -> str:
    """The window's language ('en' or 'zh'), as gui/i18n.py installed it."""
    app = QApplication.instance()
    return (app.property("language") if app is not None else None) or "en"


def nearest_speed(speed: int):
    """The offered speed (controls.SPEEDS) closest to `speed` iterations per second without going above it (the
    slowest if all are faster); 0 is full speed (None)."""
    if speed == 0:
        return None
    offered = [s for s in SPEEDS if s is not None]
    below = [s for s in offered if s <= speed]
    return max(below) if below else min(offered)


# -- a bad lesson file, in one sentence in the window's language -----------------------------------------------
def _sentence(kind: str, p: dict):
    f = p.get("file", "")
    table = {
        "not_found": (QT_TRANSLATE_NOOP("Lessons", "{0} does not exist."), (p.get("path"),)),
        "folder": (QT_TRANSLATE_NOOP("Lessons", "{0} is a folder, not a lesson file."), (p.get("path"),)),
        "not_file": (QT_TRANSLATE_NOOP("Lessons", "{0} is not a regular file, so it cannot be a lesson."), (p.get("path"),)),
        "unreadable": (QT_TRANSLATE_NOOP("Lessons", "{0} cannot be read ({1})."), (p.get("path"), p.get("reason"))),
        "too_large": (QT_TRANSLATE_NOOP("Lessons", "{0} is not a lesson: it is {1} bytes, and a lesson file is at most {2}."),
                      (f, number(p.get("size", 0)), number(p.get("limit", 0)))),
        "empty": (QT_TRANSLATE_NOOP("Lessons", "{0} is empty."), (f,)),
        "not_utf8": (QT_TRANSLATE_NOOP("Lessons", "{0} is not a lesson: line {1} is not UTF-8 text."), (f, p.get("line"))),
        "binary": (QT_TRANSLATE_NOOP("Lessons", "{0} is not a lesson: line {1} holds binary data."), (f, p.get("line"))),
        "syntax": (QT_TRANSLATE_NOOP("Lessons", "{0} is not valid TOML: line {1}: {2}."), (f, p.get("line"), p.get("reason"))),
        "unknown_key": (QT_TRANSLATE_NOOP("Lessons", "{0}: “{1}” is not a key a lesson knows (check its spelling)."),
                        (f, p.get("key"))),
        "wrong_type": (QT_TRANSLATE_NOOP("Lessons", "{0}: {1} must be {2}, not {3}."),
                       (f, p.get("key"), type_word(p.get("expected")), type_word(p.get("found")))),
        "sweep": ((QT_TRANSLATE_NOOP("Lessons", "{0}: actions.sweep.{1} is empty: give at least one value."), (f, p.get("key")))
                  if p.get("detail") == "empty" else  # or too many models (a setting's own fault comes as its error)
                  (QT_TRANSLATE_NOOP("Lessons", "{0}: actions.sweep asks for {1} models; a sweep trains at most {2}."),
                   (f, number(p.get("count", 0)), number(p.get("most", 0))))),
        "missing": (QT_TRANSLATE_NOOP("Lessons", "{0}: {1} is missing or empty (a lesson needs a title, a question, "
                                                 "steps and what to look for, in English or Chinese)."), (f, p.get("key"))),
        "control": (QT_TRANSLATE_NOOP("Lessons", "{0}: controls.{1} names “{2}”, which is not a setting."),
                    (f, p.get("key"), p.get("name"))),
        "tab": (QT_TRANSLATE_NOOP("Lessons", "{0}: there is no tab “{1}” (tabs: {2})."),
                (f, p.get("value"), ", ".join(p.get("choices", ())))),
        "speed": (QT_TRANSLATE_NOOP("Lessons", "{0}: the speed must be 0 (full speed) or 1 to {1} iterations per second, "
                                               "not {2}."), (f, number(p.get("high", 0)), p.get("value"))),
        "operands": (QT_TRANSLATE_NOOP("Lessons", "{0}: the operands must be two whole numbers that fit in {1} bits, "
                                                  "not {2}."), (f, p.get("bits"), p.get("value"))),
        "operand_bits": (QT_TRANSLATE_NOOP("Lessons", "{0}: operand_bits must be 1 to {1}, not {2}."),
                         (f, p.get("high"), p.get("value"))),
        "too_long": (QT_TRANSLATE_NOOP("Lessons", "{0}: {1} is longer than {2} characters."),
                     (f, p.get("key"), number(p.get("limit", 0)))),
        "too_many_steps": (QT_TRANSLATE_NOOP("Lessons", "{0}: {1} has more than {2} steps."),
                           (f, p.get("key"), p.get("limit"))),
        "format": (QT_TRANSLATE_NOOP("Lessons", "{0}: format {1} is not one this program reads ({2})."),
                   (f, p.get("value"), p.get("supported"))),
    }
    return table.get(kind)


def lesson_message(e: UserError) -> str:
    """One sentence for a LessonError in the window's language (the engine's English for anything unforeseen)."""
    if not isinstance(e, LessonError):
        return user_message(e)
    p = e.params
    inner = p.get("error")
    if e.kind in ("setting", "sweep") and isinstance(inner, UserError):  # the setting's own sentence, by its label
        return QCoreApplication.translate("Lessons", "{0}: {1}").format(p.get("file", ""), user_message(inner))
    made = _sentence(e.kind, p)
    if made is None:
        return str(e)
    text, values = made
    return QCoreApplication.translate("Lessons", text).format(*values)


# -- the side panel ---------------------------------------------------------------------------------------------
class LessonPanel(QWidget):
    """The lesson's texts: title, question, numbered steps, what to look for, what it fixed; End lesson."""

    end_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lesson_panel")
        self.title = self._label("lesson_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.question = self._label("lesson_question")
        self.question.setStyleSheet("font-style: italic;")
        self.steps_heading = self._label("lesson_steps_heading", bold=True)
        self.steps = self._label("lesson_steps")
        self.steps.setTextFormat(Qt.RichText)
        self.look_heading = self._label("lesson_look_heading", bold=True)
        self.look_for = self._label("lesson_look_for")
        self.fixed = self._label("lesson_fixed")
        self.fixed.setStyleSheet("color: gray;")
        self.end_button = QPushButton(self.tr("End lesson"))
        self.end_button.setObjectName("end_lesson")
        self.end_button.setToolTip(self.tr("Show and unlock every control again; the settings stay as they are."))
        self.end_button.clicked.connect(self.end_clicked)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        for w in (self.title, self.question, self.steps_heading, self.steps, self.look_heading, self.look_for,
                  self.fixed):
            layout.addWidget(w)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 4)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.end_button, 0, Qt.AlignHCenter)

    def _label(self, name: str, bold: bool = False) -> QLabel:
        w = QLabel()
        w.setObjectName(name)
        w.setWordWrap(True)
        w.setTextInteractionFlags(Qt.TextSelectableByMouse)
        if bold:
            w.setStyleSheet("font-weight: bold;")
        return w

    def show_lesson(self, lesson: Lesson, lang: str):
        t = lesson.text(lang)
        self.title.setText(t.title)
        self.question.setText(t.question)
        self.steps_heading.setText(self.tr("Steps"))
        self.steps.setText("<table cellspacing='0' cellpadding='2'>" + "".join(  # numbered, with a narrow indent
            f"<tr><td align='right' valign='top'>{i}.</td><td valign='top'>{html.escape(s)}</td></tr>"
            for i, s in enumerate(t.steps, 1)) + "</table>")
        self.look_heading.setText(self.tr("What to look for"))
        self.look_for.setText(t.look_for)
        names = list(dict.fromkeys((*lesson.locked, *lesson.hidden)))
        self.fixed.setText(self.tr("Fixed by this lesson: {0}.").format(", ".join(label(n) for n in names))
                           if names else "")
        self.fixed.setVisible(bool(names))

    def step_texts(self) -> list[str]:
        """The steps as shown (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.steps.text())
        lines = [line.strip() for line in doc.toPlainText().splitlines() if line.strip()]
        numbers = [f"{i}." for i in range(1, len(lines) // 2 + 1)]
        assert lines[0::2] == numbers, lines  # number, text, number, text...
        return lines[1::2]


class LessonDock(QDockWidget):
    closed = Signal()  # the person closed the panel: the lesson ends

    def closeEvent(self, event):
        super().closeEvent(event)
        self.closed.emit()


# -- the controller ---------------------------------------------------------------------------------------------
class Lessons(QObject):
    """The Lessons menu and the lesson in progress, for one MainWindow."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.current: Lesson | None = None
        self.builtin: list[Lesson] = []
        for path in lesson_files(lessons_folder()):
            try:
                self.builtin.append(load_lesson(path))
            except LessonError as e:  # a broken built-in lesson is a bug (tests load every one); the rest still work
                print(f"rnnsub: built-in lesson skipped: {e}", file=sys.stderr)
        self.panel = LessonPanel()
        self.dock = LessonDock(self.tr("Lesson"), window)
        self.dock.setObjectName("lesson_dock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)
        self.dock.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable)
        self.dock.setMinimumWidth(240)
        window.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.closed.connect(self.end)
        self.panel.end_clicked.connect(self.end)
        self.menu: QMenu | None = None
        self.end_action = None

    def fill_menu(self, menu: QMenu):
        self.menu = menu
        lang = language()
        for i, lesson in enumerate(self.builtin, 1):
            action = menu.addAction(f"&{i} {lesson.text(lang).title}" if i < 10 else lesson.text(lang).title)
            action.setObjectName(f"lesson_{i}")
            action.triggered.connect(lambda _=False, les=lesson: self.apply(les))
        menu.addSeparator()
        open_action = menu.addAction(self.tr("&Open lesson file…"))
        open_action.setObjectName("open_lesson")
        open_action.setShortcut(QKeySequence("Ctrl+L"))
        open_action.triggered.connect(self.open_dialog)
        self.window.addAction(open_action)
        self.end_action = menu.addAction(self.tr("&End lesson"))
        self.end_action.setObjectName("end_lesson_action")
        self.end_action.triggered.connect(self.end)
        self.end_action.setEnabled(False)

    # -- opening -----------------------------------------------------------------------------------------------
    def open_dialog(self):
        w = self.window
        path, _ = QFileDialog.getOpenFileName(w, self.tr("Open lesson"), w._dir(), self.tr("rnnsub lessons (*.lesson)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Load and apply a lesson file; a bad one is one sentence in a message box, and nothing changes."""
        try:
            lesson = load_lesson(path)
        except LessonError as e:
            QMessageBox.warning(self.window, self.tr("Cannot open the lesson"), lesson_message(e))
            return False
        self.window._remember_dir(path)
        self.apply(lesson)
        return True

    def apply(self, lesson: Lesson):
        """Set the window up as the lesson says and show its panel."""
        w = self.window
        if self.current is not None:
            w.controls.restrict()
        self.current = lesson
        w.controls.set_config(lesson.config)
        w.reset()  # a new model with exactly these settings (as Restore defaults does for an untrained one)
        w.controls.set_rate(nearest_speed(lesson.speed or 0))  # full speed unless the lesson slows it down
        # the operands at the lesson's length (its numbers' own, or the model's: not a length left from before)
        a, b = lesson.operands if lesson.operands is not None else (w.operands.a, w.operands.b)
        w.operands.show_pair(a, b, lesson.operand_bits or lesson.config.bits)
        if lesson.tab is not None:
            w.tabs.setCurrentWidget(self.tab_widgets()[lesson.tab])
        if lesson.sweep is not None:
            self._prepare_sweep(lesson.sweep)
        w.controls.restrict(lesson.hidden, lesson.locked)
        lang = language()
        self.panel.show_lesson(lesson, lang)
        self.place_panel()
        if lesson.sweep is not None:
            self._beside_panel(w.sweep_dialog)
        if w.controls.start_button.isEnabled():
            w.controls.start_button.setFocus()  # not a field a locked one handed the focus on to
        if self.end_action is not None:
            self.end_action.setEnabled(True)
        w.statusBar().showMessage(self.tr("Lesson “{0}”: its steps are in the panel on the right.").format(
            lesson.text(lang).title))
        w.hide_first_start_hint()

    def place_panel(self):
        """Docked on the right of a wide window; over a narrow one (800 x 600) a small window of its own, which the
        person can move: docked there, it would leave the plots a strip 180 pixels wide."""
        w = self.window
        narrow = w.width() < NARROW
        self.dock.setFloating(narrow)
        self.dock.show()
        if narrow:
            frame = w.frameGeometry()
            height = min(560, frame.height() - 90)
            self.dock.setGeometry(frame.right() - PANEL_WIDTH - 10, frame.top() + 70, PANEL_WIDTH, height)
        else:
            w.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Horizontal)
        self.dock.raise_()

    def _beside_panel(self, dialog):
        """The dialog moved and narrowed, as far as it can be, to leave the docked panel and its steps in view."""
        if self.dock.isFloating():
            return  # the panel is a window of its own, above the dialog's parent
        frame = self.window.frameGeometry()
        dialog.resize(max(dialog.minimumSizeHint().width(), frame.width() - PANEL_WIDTH - 20), dialog.height())
        # by the window's inside top: a dialog just shown may not know its title bar yet, and placed by its frame at
        # the top of the screen it put its title bar above it (a tester could not drag it)
        dialog.move(frame.left(), self.window.geometry().top())

    def tab_widgets(self) -> dict:
        return self.window.tab_pages()

    def _prepare_sweep(self, sweep: dict):
        w = self.window
        w.open_sweep()
        d = w.sweep_dialog
        if "seeds" in sweep:
            d.seeds.setText(sweep["seeds"])
        if "hiddens" in sweep:
            d.hiddens.setText(" ".join(str(h) for h in sweep["hiddens"]))
        if "lrs" in sweep:
            d.lrs.setText("; ".join(number(v) for v in sweep["lrs"]))
        if "cells" in sweep:
            for value, box in d.cells.items():
                box.setChecked(value in sweep["cells"])
        if "iterations" in sweep:
            d.iterations.setValue(sweep["iterations"])

    def fixes(self, config) -> bool:
        """Would `config` change a setting the current lesson fixes (hides or locks)?"""
        lesson = self.current
        return lesson is not None and any(getattr(config, n) != getattr(lesson.config, n)
                                          for n in (*lesson.locked, *lesson.hidden))

    def end(self):
        """Every control shown and unlocked again, the panel closed; the settings stay."""
        if self.current is None:
            return
        self.current = None
        self.window.controls.restrict()
        self.dock.hide()
        if self.end_action is not None:
            self.end_action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Lesson ended: every control is back."))


