"""Every screen (issue 12, item 4), offscreen and by geometry: at 1280 x 800, 1024 x 640 and 800 x 600, in English
and in Chinese, the window fits the screen with its status bar inside it, and in the main view and in each tab page
no two visible widgets overlap, none is cut off by the window's edge or squashed below its least size, and every
plot keeps a readable height, with axis titles that fit their axes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

ROOT = Path(__file__).resolve().parents[1]
SCREENS = [QSize(1280, 800), QSize(1024, 640), QSize(800, 600)]
LANGUAGES = ["en", "zh"]
PLOT_MIN_PX = 40  # the least height of a plot's data area


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    from gui.i18n import install_translator

    if install_translator(qapp, request.param) != request.param:
        pytest.skip(f"no font for {request.param}")
    yield request.param
    install_translator(qapp, "en")


@pytest.fixture
def make_window(qtbot, settings, language):
    from gui.window import MainWindow, fitting_size

    def make(screen: QSize):
        w = MainWindow(settings)
        qtbot.addWidget(w)
        size = fitting_size(screen)  # what the window takes on a screen of this size (less a frame it does not have)
        w.resize(size)
        w.show()
        qtbot.waitExposed(w)
        qtbot.wait(30)
        assert w.size() == size, f"the window cannot shrink to {size} (it needs {w.minimumSizeHint()})"
        return w

    return make


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget one can see: its rect in window coordinates, clipped by every scroll area it is in."""
    rect = window_rect(widget, window)
    p = widget.parentWidget()
    while p is not None and p is not window:
        area = p.parentWidget()
        if isinstance(area, QAbstractScrollArea) and p is area.viewport():
            rect = rect.intersected(window_rect(p, window))
        p = p.parentWidget()
    return rect


def leaves(window: QWidget) -> list[QWidget]:
    """Visible widgets of the window without visible child widgets, and the part of each one can see."""
    found = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisible():
            continue
        if any(c.isVisible() and not c.isWindow() for c in w.findChildren(QWidget)):
            continue
        rect = shown_rect(w, window)
        if not rect.isEmpty():
            found.append((w, rect))
    return found


def name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel) else ""
    return f"{type(w).__name__} {w.objectName()!r} {text[:30]!r} in {type(w.parentWidget()).__name__}"


def check_view(window, what: str):
    shown = leaves(window)
    frame = window.rect()
    for w, rect in shown:
        assert frame.contains(rect), f"{what}: {name(w)} at {rect} is cut by the window's edge {frame}"
        if w.parentWidget().layout() is None:
            continue  # a part that its widget places itself (a spin box's text field, a line edit's clear button)
        least = w.minimumSizeHint()
        full = window_rect(w, window)
        assert full.width() >= least.width() - 1 and full.height() >= least.height() - 1, (
            f"{what}: {name(w)} is {full.size()}, less than its least size {least}")
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = ra.intersected(rb)
            assert overlap.width() <= 1 or overlap.height() <= 1, f"{what}: {name(a)} {ra} overlaps {name(b)} {rb}"
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible() or shown_rect(view, window).isEmpty():
            continue
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and item.isVisible():
                inside = view.sceneRect().adjusted(-1, -1, 1, 1)
                assert inside.contains(item.sceneBoundingRect()), (
                    f"{what}: a plot {item.sceneBoundingRect()} is cut by its view {view.sceneRect()} in {name(view)}")
                assert item.vb.height() >= PLOT_MIN_PX, f"{what}: a plot {item.vb.height():.0f} px tall in {name(view)}"
                for axis in (item.getAxis("left"), item.getAxis("bottom")):
                    if axis.isVisible() and axis.label.isVisible() and axis.labelText:
                        room = axis.height() if axis.orientation == "left" else axis.width()
                        assert axis.label.boundingRect().width() <= room + 1, (
                            f"{what}: the axis title {axis.labelText!r} is longer than its axis ({room:.0f} px)")
                title = item.titleLabel
                if title.isVisible() and item.titleLabel.text.strip():
                    assert title.itemRect().width() <= item.vb.width() + 60, (
                        f"{what}: the title {title.text!r} is wider than its plot")


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_view_fits_the_screen(make_window, screen, language):
    w = make_window(screen)
    assert w.minimumSizeHint().width() <= w.width() and w.minimumSizeHint().height() <= w.height()
    bar = window_rect(w.statusBar(), w)
    assert w.statusBar().isVisible() and w.rect().contains(bar), (bar, w.rect())
    assert w.frameGeometry().width() <= screen.width() and w.frameGeometry().height() <= screen.height()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        check_view(w, f"{language} {screen.width()}x{screen.height()}, tab {w.tabs.tabText(i)!r}")


def test_at_1280x800_the_plot_and_each_tab_have_room(make_window, language):
    """The error's axis title in full (the accuracy's, under it, is "%" unless the plot is ~30 px taller) and no page
    scrolls sideways, or more than ~60 px down."""
    w = make_window(SCREENS[0])
    assert w.plot.err_plot.getAxis("left").labelText == w.plot._axis_titles[w.plot.err_plot][0]
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        page = w.tabs.widget(i)
        area = page.parentWidget().parentWidget()
        if isinstance(area, QAbstractScrollArea):
            assert area.horizontalScrollBar().maximum() == 0, w.tabs.tabText(i)
            assert area.verticalScrollBar().maximum() <= 60, w.tabs.tabText(i)


def test_the_controls_keep_their_buttons_in_view_when_the_settings_scroll(make_window, language):
    w = make_window(SCREENS[2])
    c = w.controls
    assert c.settings_scroll.verticalScrollBar().maximum() > 0  # 800 x 600: the settings scroll ...
    for widget in (c.start_button, c.reset_button, c.progress, c.status):  # ... and these stay in view
        assert w.rect().contains(shown_rect(widget, w))


def test_on_a_real_800x600_screen_the_window_opens_inside_it(tmp_path):
    """The offscreen platform given a screen of 800 x 600: the window takes the screen's size, status bar included."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 800, "height": 600,
                                               "logicalDpi": 96, "logicalBpi": 96}]}))
    code = (
        "import sys; from PySide6.QtCore import QSettings; from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.window import MainWindow\n"
        f"w = MainWindow(QSettings({str(tmp_path / 's.ini')!r}, QSettings.IniFormat)); w.show(); app.processEvents()\n"
        "bar = w.statusBar().mapTo(w, w.statusBar().rect().bottomRight())\n"
        "print(app.primaryScreen().size().width(), app.primaryScreen().size().height(), w.width(), w.height(),\n"
        "      bar.x(), bar.y(), w.minimumSizeHint().width(), w.minimumSizeHint().height(), flush=True)\n"
        "w.close(); app.processEvents()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    sw, sh, ww, wh, bx, by, mw, mh = map(int, out.stdout.split()[-8:])
    assert (sw, sh) == (800, 600)
    assert ww <= sw and wh <= sh and bx < ww and by < wh and mw <= ww and mh <= wh


@pytest.mark.parametrize("screen", SCREENS[:2], ids=lambda s: f"{s.width()}x{s.height()}")
def test_with_a_lesson_open_every_view_still_fits(make_window, screen, language):
    """A lesson's panel docked beside the window (1280 x 800) or a window of its own (narrower): the main view and
    each tab page still fit, nothing overlapping."""
    w = make_window(screen)
    w.lessons.apply(w.lessons.builtin[0])
    QApplication.processEvents()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        check_view(w, f"{language} {screen.width()}x{screen.height()} with a lesson, tab {w.tabs.tabText(i)!r}")
    w.lessons.end()
