"""The Chinese window shows no English: every visible text of the main window (each tab page, menu, table
header, plot title and axis label, tooltip), the sweep dialog and the Run again dialog is translated.

A text fails when it holds a run of two or more Latin letters that is not one of the intended non-translations
below (names of weights, cells, file types, formulas and units that the Chinese text keeps as they are)."""

import re

import pytest

# Words the Chinese window keeps in Latin letters on purpose, each for a reason.
ALLOWED = {
    "W0", "Wh", "W1",  # the weights' names, as the tutorial's code and the heatmaps call them
    "rnnsub",  # the program's name
    "RNN",  # the abbreviation the tutorial itself uses in Chinese text
    "Elman", "elman", "notebook",  # the cells' names, also the values `--cell` takes (shown next to their Chinese)
    "sigmoid", "NaN", "BPTT", "Frobenius", "mod", "max",  # mathematical terms and functions used in Chinese texts too
    "dy", "dx", "FFT",  # a derivative and the Fourier transform in a plot's options (pyqtgraph)
    "npz", "csv", "CSV", "png", "PNG", "lesson", "npy", "TOML", "UTF", "zip",  # file types and formats
    "Ctrl", "Space", "Esc", "Shift", "Alt",  # key names, as the keyboard labels them
    "python", "main", "py", "replay",  # a command to type, quoted
    "layer", "delta",  # the tutorial's variable names (layer_2_delta), quoted
    "ab",  # the machine's arrows are labelled with the input bits a and b
    "CPU",  # as Chinese writes it
    "KiB", "MiB", "GiB",  # units of size
    "Python", "pickle", "JSON",  # names of a language and of formats
    "English",  # the Language menu names each language in its own words (English, 中文)
}
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")


def english_words(text: str) -> list[str]:
    """The runs of Latin letters in a visible text that are English words: not in ALLOWED, not one letter (A, B,
    t, h, u, x, y are the formulas' names), not a formula's name with a digit or an underscore (h0, layer_2)."""
    text = TAG.sub(" ", text or "")
    text = re.sub(r"&(?=\w)", "", text)  # a mnemonic: 文件(&F) shows as 文件(F)
    text = re.sub(r"0[xb][0-9a-fA-F]+", " ", text)  # numbers typed in hex or binary
    words = []
    for word in LATIN.findall(text):
        parts = [p for p in re.split(r"[0-9_]+", word) if p]
        if word in ALLOWED or all(len(p) == 1 or p in ALLOWED for p in parts):
            continue
        if len(word) == 1 or re.fullmatch(r"[A-Za-z]\d+|[A-Za-z]+_\w+", word):
            continue
        words.append(word)
    return words


def visible_texts(root, title=True, shown=True):
    """(where, text) for each text a person can see in `root` and its children, the hidden ones left out (with
    shown=False: those not hidden themselves, for a widget that shows only when its menu opens)."""
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QGraphicsSimpleTextItem,
        QGraphicsTextItem,
        QGraphicsView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
        QTabWidget,
        QWidget,
    )

    def where(w):
        return f"{type(w).__name__}({w.objectName() or '?'})"

    out = [(where(root), root.windowTitle() if title else "")]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() if shown else w.isHidden():
            continue
        out.append((where(w) + ".toolTip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((where(w), w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where(w), w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where(w), w.title()))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out += [(f"{where(w)} tab {i}", w.tabText(i)), (f"{where(w)} tab {i} toolTip", w.tabToolTip(i))]
        elif isinstance(w, QComboBox):
            out += [(f"{where(w)} item {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((where(w) + ".placeholder", w.placeholderText()))
        elif isinstance(w, QAbstractSpinBox):
            out.append((where(w) + ".specialValue", w.specialValueText()))
            out += [(where(w) + ".suffix", getattr(w, "suffix", str)()), (where(w) + ".prefix", getattr(w, "prefix", str)())]
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            for o, header, count in ((Qt.Orientation.Horizontal, w.horizontalHeader(), m.columnCount()),
                                     (Qt.Orientation.Vertical, w.verticalHeader(), m.rowCount())):
                if header.isVisible():
                    for i in range(count):
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            out.append((f"{where(w)} header {i}", str(m.headerData(i, o, role) or "")))
            for row in range(min(m.rowCount(), 50)):  # the cells: a run's name, a model's status
                for col in range(m.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        out.append((f"{where(w)} cell {row},{col}", str(m.data(m.index(row, col), role) or "")))
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if not item.isVisible():
                    continue
                if isinstance(item, pg.AxisItem):
                    out.append((f"{where(w)} axis", item.labelText or ""))
                    out.append((f"{where(w)} axis units", item.labelUnits or ""))
                elif isinstance(item, pg.LabelItem):
                    out.append((f"{where(w)} label", item.text or ""))
                elif isinstance(item, pg.TextItem):
                    out.append((f"{where(w)} text", _html(item.textItem)))
                elif isinstance(item, QGraphicsTextItem):
                    out.append((f"{where(w)} text", _html(item)))
                elif isinstance(item, QGraphicsSimpleTextItem):
                    out.append((f"{where(w)} text", item.text()))
                if hasattr(item, "toolTip"):
                    out.append((f"{where(w)} item toolTip", item.toolTip()))
    return [(place, text) for place, text in out if text]


def _html(item) -> str:
    """A text item's rich text without its document head, so that h<sub>t</sub> stays two names, h and t."""
    return re.sub(r"(?s)<head>.*?</head>", "", item.toHtml())


def menu_texts(window):
    from PySide6.QtWidgets import QMenu

    out = []

    def walk(menu, path):
        for a in menu.actions():
            if a.isSeparator() or not a.isVisible():
                continue
            out.append((f"{path} › {a.text()}", a.text()))
            out.append((f"{path} › {a.text()} toolTip", a.toolTip() if a.toolTip() != a.text().replace("&", "") else ""))
            out.append((f"{path} › {a.text()} statusTip", a.statusTip()))
            if a.menu() is not None:
                walk(a.menu(), f"{path} › {a.text()}")

    for a in window.menuBar().actions():
        out.append((f"menu {a.text()}", a.text()))
        if isinstance(a.menu(), QMenu):
            walk(a.menu(), a.text())
    return [(place, text) for place, text in out if text]


def untranslated(texts):
    return [f"{place}: {text!r} ({', '.join(words)})" for place, text in texts if (words := english_words(text))]


def test_the_checker_finds_english_and_lets_the_intended_words_through():
    assert english_words("Start training") == ["Start", "training"]
    assert english_words("训练(&T)") == [] and english_words("W0：输入 → 隐藏层（2 × H）") == []
    assert english_words("<span style='color:#d55e00'>✗ 错误：</span>网络答 3") == []
    assert english_words("rnnsub 模型 (*.npz)") == [] and english_words("h<sub>t−1</sub>·Wh") == []
    assert english_words("Open e&xperiment…") == ["Open", "experiment"]


@pytest.fixture
def chinese(qapp):
    from gui.i18n import install_translator

    assert install_translator(qapp, "zh") == "zh"
    yield
    install_translator(qapp, "en")


def test_every_visible_text_of_the_chinese_window_is_chinese(qtbot, chinese, settings):
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.step()  # one iteration: the progress, the status and the plots' captions as they read once training began
    qtbot.waitUntil(lambda: w.session.iteration >= 1, timeout=10000)
    qtbot.wait(200)
    texts = menu_texts(w)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        qtbot.wait(100)
        texts += visible_texts(w)
    found = untranslated(texts)
    try:
        assert len(set(texts)) > 200  # the walk reaches the texts (the English window has about 280, most English)
        assert not sorted(set(found)), "English in the Chinese window:\n" + "\n".join(sorted(set(found)))
    finally:
        w.close()


def test_after_training_and_a_second_run_the_chinese_window_is_chinese(qtbot, chinese, settings):
    """A trained model and a run again with two settings changed: the runs' names and settings, the How tab's
    figures, the status bar, in Chinese."""
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.controls.iterations.setValue(300)
    w.start()
    qtbot.waitUntil(lambda: w.session.status == "finished", timeout=60000)
    w.run_again(w.session.current, {"lr": 2.0, "b_range": "half"})
    qtbot.waitUntil(lambda: w.session.status == "finished" and len(list(w.session.history)) == 2, timeout=60000)
    w.runs.set_shown(list(w.session.history)[0], True)
    texts = [("status bar", w.statusBar().currentMessage())]
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        qtbot.wait(100)
        texts += visible_texts(w)
    names = [w.runs.table.item(row, 1).text() for row in range(w.runs.table.rowCount())]
    found = untranslated(texts)
    w.close()
    assert names == ["1. B 的范围 全范围，学习率 0.9", "2. B 的范围 半范围，学习率 2（当前）"]
    assert not sorted(set(found)), "English in the Chinese window:\n" + "\n".join(sorted(set(found)))


def test_the_sweep_and_run_again_dialogs_in_chinese_are_chinese(qtbot, chinese, settings):
    from gui.runs import RunAgainDialog
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.open_sweep()
    d = w.sweep_dialog
    qtbot.waitExposed(d)
    found = []
    for i in range(d.tabs.count()):
        d.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        found += untranslated(visible_texts(d))
    again = RunAgainDialog(w.session.current, "运行 1", w)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    found += untranslated(visible_texts(again))
    again.close()
    d.close()
    w.close()
    assert not sorted(set(found)), "English in the Chinese dialogs:\n" + "\n".join(sorted(set(found)))


def test_qt_and_pyqtgraph_own_texts_in_chinese(qtbot, chinese):
    """Qt's file dialog and message-box buttons (qtbase's translation, and two labels it lacks) and a plot's
    right-click menu with its Plot Options (pyqtgraph, which ships no translation) are Chinese too."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMenu, QWidgetAction

    dialog = QFileDialog(None, "打开模型")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilter("rnnsub 模型 (*.npz)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [(place, text) for place, text in visible_texts(dialog) if "lookInCombo" not in place]  # folder names
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    texts += [("button", b.text()) for b in buttons.buttons()]

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    menus = [plot.getViewBox().menu, plot.getPlotItem().ctrlMenu]

    def walk(menu):
        for a in menu.actions():
            texts.append((f"menu {menu.title()}", a.text()))
            if a.menu() is not None:
                walk(a.menu())
            if isinstance(a, QWidgetAction) and a.defaultWidget() is not None:
                texts.extend(visible_texts(a.defaultWidget(), title=False, shown=False))  # shown inside the menu

    for menu in menus:
        assert isinstance(menu, QMenu)
        texts.append(("menu", menu.title()))
        walk(menu)
    texts.append(("scene", plot.scene().contextMenu[0].text()))  # Export...
    assert len(texts) > 60  # the walk reaches them: the file dialog's labels, both menus and Plot Options' widgets
    found = untranslated(texts)
    assert not found, "\n".join(found)


def test_the_guide_in_chinese_is_chinese(qtbot, chinese):
    """Help → Guide: its buttons and its page (resources/guide/, one page per language)."""
    from gui.guide import GuideDialog

    d = GuideDialog(None, "zh")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    page = re.sub(r"(?s)<head>.*?</head>", "", d.browser.toHtml())
    texts = visible_texts(d) + [("page", page.replace("README", ""))]  # a file's name
    d.close()
    assert len(d.browser.toPlainText()) > 500
    found = untranslated(texts)
    assert not found, "\n".join(found)


def test_each_built_in_lesson_in_the_chinese_window_is_chinese(qtbot, chinese, settings):
    """Lessons menu: every built-in lesson applied in the Chinese window, its side panel and the window as the
    lesson leaves it (the sweep a lesson prepares included)."""
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    found = []
    assert len(w.lessons.builtin) >= 5
    for lesson in w.lessons.builtin:
        w.lessons.apply(lesson)
        qtbot.wait(100)
        found += untranslated(visible_texts(w))
        dialog = getattr(w, "sweep_dialog", None)
        if dialog is not None and dialog.isVisible():
            found += untranslated(visible_texts(dialog))
            dialog.close()
        w.lessons.end()
    w.close()
    assert not sorted(set(found)), "English in the Chinese window during a lesson:\n" + "\n".join(sorted(set(found)))
