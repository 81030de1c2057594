"""Seen by everyone (issue 12, item 6): every control of the window is reachable by Tab, in each tab page, and has
a name a screen reader can say (its accessible name, or the visible text Qt uses as one)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit, QAbstractItemView, QTabBar)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says the widget is: its accessible name, else what Qt derives (a button's text, the
    text of a label whose buddy it is)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Name) if face is not None else "").strip()


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    """Tab stops here now: shown, enabled, in this window, and taking the focus itself (not through a proxy, as a
    spin box's text field does)."""
    return (widget.window() is window and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.TabFocus) and widget.focusProxy() is None)


def tab_chain(window, first: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `first` (focusNextChild, as the Tab key does), until it comes back."""
    first.setFocus(Qt.TabFocusReason)
    assert QApplication.focusWidget() is first
    seen = [first]
    for _ in range(500):
        window.focusNextChild()
        now = QApplication.focusWidget()
        if now is first:
            return seen
        assert now not in seen, f"Tab cycles without coming back to {first.objectName()}: {now!r} again"
        seen.append(now)
    raise AssertionError("Tab never comes back")


def describe(widget: QWidget) -> str:
    parents, p = [], widget
    while p is not None and not p.isWindow():
        parents.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    return f"{type(widget).__name__} in {' < '.join(parents)}"


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_every_control_in_every_tab_is_reached_by_tab_and_named(active, qtbot):
    w = active
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        page = w.tabs.widget(i)
        chain = tab_chain(w, w.controls.cell)
        expected = [x for x in w.findChildren(QWidget) if takes_tab(x, w)]
        missed = [describe(x) for x in expected if x not in chain]
        assert not missed, f"tab {w.tabs.tabText(i)!r}: Tab never reaches {missed}"
        assert w.tabs.tabBar() in chain
        in_page = [x for x in chain if page.isAncestorOf(x)]
        assert in_page or page in (w.inside, w.weights_view), w.tabs.tabText(i)  # those are pictures and captions
        nameless = [describe(x) for x in chain if not spoken_name(x) and not (isinstance(x, QLabel) and x.text())]
        assert not nameless, f"tab {w.tabs.tabText(i)!r}: no accessible name: {nameless}"
        controls = [x for x in expected if isinstance(x, CONTROLS)]
        assert controls and all(spoken_name(x) for x in controls)


def test_tab_goes_through_the_controls_in_reading_order(active):
    """Down the settings, then the buttons; the plot's Log scale box, then the tab bar and the page's first field."""
    w = active
    w.tabs.setCurrentWidget(w.operands)
    chain = tab_chain(w, w.controls.cell)
    names = [x.objectName() for x in chain]
    settings = [n for n in names if n in w.controls.fields]
    assert settings == list(w.controls.fields)  # the settings' declared order, as they stand in the panel
    order = [names.index(n) for n in ("cell", "seed", "lr", "speed", "start", "step", "reset")]
    assert order == sorted(order)
    assert chain.index(w.plot.log) < chain.index(w.tabs.tabBar()) < chain.index(w.operands.a_edit)
    assert chain.index(w.operands.a_edit) < chain.index(w.operands.b_edit) < chain.index(w.operands.length)


def test_a_field_reached_by_tab_in_a_scrolled_page_is_scrolled_into_view(active, qtbot):
    """At 800 x 600 the Knock out page scrolls: the Tab key brings its lowest field into view."""
    w = active
    w.resize(800 - 16, 600 - 48)
    w.tabs.setCurrentWidget(w.knockout)
    qtbot.wait(50)
    k = w.knockout
    area = k.parentWidget().parentWidget()
    assert isinstance(area, QAbstractScrollArea) and area.verticalScrollBar().maximum() > 0
    area.verticalScrollBar().setValue(0)
    chain = tab_chain(w, w.controls.cell)
    before = chain[chain.index(k.weight) - 1]
    before.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(before, Qt.Key_Tab)
    assert QApplication.focusWidget() is k.weight
    corner = k.weight.mapTo(area.viewport(), k.weight.rect().bottomLeft())
    assert area.viewport().rect().contains(corner), (area.viewport().rect(), corner)
