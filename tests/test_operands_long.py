"""The operand panel at any length up to 128 bits (issue 10), its even columns and its right/wrong marks (issue 12),
and a wrong pair from the How tab shown there with one click (pytest-qt, offscreen)."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import gui.how
from gui.operands import MAX_BITS, OperandPanel
from gui.palette import RIGHT_BG, WRONG, WRONG_BG, WRONG_MARK
from rnnsub.analysis import WrongSearch
from rnnsub.evaluate import trace
from rnnsub.modelfile import make_meta

A128 = 2**127 + 12345678901234567890123456789  # 128 bits, far beyond int64
B128 = 2**126 + 98765432109876543210


def load(window, weights, iteration=3000):
    window.load(weights, make_meta(window.session.config, iteration, None))


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    qtbot.keyClicks(edit, text)


def paste_into(qtbot, edit, text):
    """Replace the text at once, as pasting does (typing digit by digit shows every valid prefix on the way)."""
    QApplication.clipboard().setText(text)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_V, Qt.ControlModifier)
    assert edit.text() == text


def set_length(qtbot, ops, bits):
    """Type the length into "Bits shown" as a person does (Enter applies it)."""
    ops.length.lineEdit().selectAll()
    qtbot.keyClicks(ops.length.lineEdit(), str(bits))
    qtbot.keyClick(ops.length.lineEdit(), Qt.Key_Return)
    assert ops.bits == bits


def bit_row(ops, row):
    return [ops._cells[(row, i)].text() for i in range(ops.bits)]


def test_a_128_bit_pair_typed_is_the_engines_trace(qtbot, window, trained):
    load(window, trained)
    ops = window.operands
    set_length(qtbot, ops, 128)
    assert ops.length_chosen and ops.bits == 128 and ops.train_bits == 8
    type_into(qtbot, ops.a_edit, str(A128))
    type_into(qtbot, ops.b_edit, hex(B128))
    want = trace(trained, "elman", A128, B128, 128)
    t = ops.current
    assert (t.a, t.b, t.bits) == (A128, B128, 128)
    assert t.value == want.value == A128 - B128 and t.right  # the network subtracts 128-bit numbers exactly
    np.testing.assert_array_equal(t.p, want.p)
    assert bit_row(ops, "A") == [str((A128 >> i) & 1) for i in range(128)]
    assert bit_row(ops, "true") == [str(((A128 - B128) >> i) & 1) for i in range(128)]
    assert [c.split("</b>")[0][3:] for c in bit_row(ops, "net")] == [str(int(b)) for b in want.pred]
    assert ops._row_values["A"].text() == f"{A128:,}" and ops._row_values["A"].toolTip() == hex(A128)
    assert ops._row_values["net"].text() == f"{A128 - B128:,}"
    assert f"✓ Right:</span> {A128:,} − {B128:,} = {A128 - B128:,}" in ops.verdict.text()
    assert "trained on 8-bit numbers; here the same weights run on 128-bit numbers, one step per bit." in ops.note.text()
    assert ops.message.text() == ""
    # the Inside tab follows the same trace
    window.tabs.setCurrentWidget(window.inside)
    qtbot.waitUntil(window.inside.isVisible)
    assert window.inside.image.image.shape == (trained.hidden, 128)
    assert window.inside.caption.text().startswith(f"{A128} − {B128}.")


def test_the_length_follows_the_model_until_chosen(qtbot, window, trained):
    ops = window.operands
    assert (ops.bits, ops.length.value(), ops.length_chosen) == (8, 8, False)
    window.controls.bits.setValue(12)  # an untrained model: the new width applies at once
    qtbot.waitUntil(lambda: window.session.config.bits == 12)
    assert (ops.bits, ops.length.value()) == (12, 12) and ops.note.text() == ""
    set_length(qtbot, ops, 40)
    window.controls.bits.setValue(10)
    qtbot.waitUntil(lambda: window.session.config.bits == 10)
    assert ops.bits == 40 and ops.train_bits == 10  # chosen: it stays
    assert "trained on 10-bit numbers; here the same weights run on 40-bit numbers" in ops.note.text()
    set_length(qtbot, ops, 10)  # back to the model's length: it follows again
    window.controls.bits.setValue(8)
    qtbot.waitUntil(lambda: window.session.config.bits == 8)
    assert ops.bits == 8 and not ops.length_chosen


def test_a_shorter_length_keeps_the_low_bits_and_says_so(qtbot, window, trained):
    load(window, trained)
    ops = window.operands
    set_length(qtbot, ops, 100)
    ops.set_operands(2**99 + 5, 3)
    set_length(qtbot, ops, 8)
    assert (ops.a, ops.b) == (5, 3) and ops.current.bits == 8
    assert ops.message.text() == (f"{2**99 + 5:,} − 3 does not fit in 8 bits, so the panel shows their low bits: "
                                  "5 − 3.")


@pytest.mark.parametrize("text,words", [
    (str(2**128), "does not fit in 128 bits (0 to 340,282,366,920,938,463,463,374,607,431,768,211,455)."),
    ("-" + str(2**127), "is negative: only 0 to 340,282,366,920,938,463,463,374,607,431,768,211,455 are allowed."),
    ("12abc", "is not a number"),
    ("0x" + "f" * 33, "does not fit in 128 bits"),
    ("1.5", "is not a whole number"),
])
def test_bad_input_at_128_bits_is_one_sentence_and_changes_nothing(qtbot, window, trained, text, words):
    load(window, trained)
    ops = window.operands
    set_length(qtbot, ops, 128)
    ops.set_operands(A128, B128)
    shown, grid = ops.current, bit_row(ops, "net")
    paste_into(qtbot, ops.b_edit, text)
    assert ops.b_edit.property("invalid") is True
    message = ops.message.text()
    assert message.startswith("B ") and words in message and message.endswith(" Showing the last valid pair.")
    assert message.count(". ") == 1 and "\n" not in message  # one sentence, and what the panel does about it
    assert ops.current is shown and (ops.a, ops.b) == (A128, B128) and bit_row(ops, "net") == grid
    paste_into(qtbot, ops.b_edit, str(B128))
    assert ops.message.text() == "" and ops.b_edit.property("invalid") is False


def test_a_100_bit_pair_from_try_to_break_it_is_one_click_from_the_operands(qtbot, window, half_trained, monkeypatch):
    load(window, half_trained, 1000)
    rng = np.random.RandomState(5)
    a, b = sorted((int("".join(map(str, rng.randint(2, size=100))), 2) for _ in range(2)), reverse=True)
    want = trace(half_trained, "elman", a, b, 100)
    assert not want.right  # this model gets such a pair wrong
    # "Try to break it" finds this pair (its search is tested on its own in test_how_view.py)
    monkeypatch.setattr(gui.how, "find_wrong_any_length",
                        lambda w, cell, max_bits, pairs: WrongSearch(7, max_bits, (a, b), 100, want.value, [100]))
    how, ops = window.how, window.operands
    window.tabs.setCurrentWidget(how)
    qtbot.waitUntil(how.isVisible)
    qtbot.mouseClick(how.break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: how.break_show.isVisible(), timeout=10000)
    assert how.break_result.text().startswith(f"{WRONG_MARK} Wrong at 100 bits: {a:,} − {b:,} = {a - b:,}")
    qtbot.mouseClick(how.break_show, Qt.LeftButton)  # the one click
    assert window.tabs.currentWidget() is ops
    assert (ops.bits, ops.length.value(), ops.length_chosen) == (100, 100, True)
    assert (ops.a_edit.text(), ops.b_edit.text()) == (str(a), str(b))
    t = ops.current
    assert (t.a, t.b, t.bits) == (a, b, 100) and t.value == want.value and not t.right
    assert "✗ Wrong:" in ops.verdict.text()
    first = int(np.flatnonzero(want.pred != want.true)[0])  # the lowest wrong bit is scrolled into view
    cell = ops._cells[("net", first)]

    def in_view():
        left = cell.mapTo(ops.scroll.viewport(), cell.rect().topLeft()).x()
        return 0 <= left and left + cell.width() <= ops.scroll.viewport().width()

    qtbot.waitUntil(in_view)


def test_a_wrong_pair_listed_on_the_how_tab_is_one_click_from_the_operands(qtbot, window, half_trained):
    load(window, half_trained, 1000)
    how, ops = window.how, window.operands
    window.tabs.setCurrentWidget(how)
    qtbot.waitUntil(how.isVisible)
    qtbot.waitUntil(lambda: len(how.wrong_pairs) > 0, timeout=10000)
    a, b = how.wrong_pairs[1]
    how.wrong_list.linkActivated.emit(f"{a}:{b}")  # what clicking its link sends
    assert window.tabs.currentWidget() is ops
    assert (ops.current.a, ops.current.b, ops.current.bits) == (a, b, 8) and not ops.current.right


def column_lefts(ops, row):
    cells = [ops._cells[(row, ops.bits - 1 - c)] for c in range(ops.bits)]  # left to right
    return [c.geometry().x() for c in cells], [c.geometry().width() for c in cells]


@pytest.mark.parametrize("order", [(8, 12, 32, 128, 12), (128, 32, 8)])
def test_every_bit_column_has_the_same_width_at_every_length(qtbot, window, trained, order):
    """Issue 12: at 12 or 32 bits one column was stretched 140 px (a column stretch left from the 8-bit layout)."""
    load(window, trained)
    ops = window.operands
    window.resize(1280, 800)
    heights = {}
    for bits in order:
        set_length(qtbot, ops, bits)
        QApplication.processEvents()
        heads = [ops.grid.itemAtPosition(0, c).widget().geometry() for c in range(bits)]
        for row in ("A", "B", "borrow", "true", "net", "mark"):
            lefts, widths = column_lefts(ops, row)
            assert len(set(widths)) == 1, (bits, row, widths)
            assert len(set(np.diff(lefts))) <= 1, (bits, row, np.diff(lefts))  # an even pitch: no column wider
            assert lefts == [h.x() for h in heads] and widths[0] == heads[0].width()
        assert widths[0] <= 40
        wide = ops.grid_host.width() > ops.scroll.width()
        qtbot.waitUntil(lambda w=wide: ops.scroll.horizontalScrollBar().isVisible() == w)  # it scrolls when it does not fit
        assert ops.scroll.viewport().height() >= ops.grid_host.height() > 0  # every row in view, above the scroll bar
        assert ops.table.height() == heights.setdefault("table", ops.table.height())  # no length moves the tabs
    assert wide or order[-1] < 32


def test_right_and_wrong_differ_by_more_than_colour(qtbot, window):
    ops = window.operands  # an untrained network gets some bits wrong
    ops.set_operands(200, 73)
    t = ops.current
    right = [i for i in range(8) if t.pred[i] == t.true[i]]
    wrong = [i for i in range(8) if t.pred[i] != t.true[i]]
    assert right and wrong
    for i in wrong:
        assert WRONG_MARK in ops._cells[("mark", i)].text() and "✓" not in ops._cells[("mark", i)].text()
        assert WRONG_BG in ops._cells[("net", i)].styleSheet()
        assert f"border: 2px solid {WRONG}" in ops._cells[("net", i)].styleSheet()  # a frame, not only a colour
    for i in right:
        assert "✓" in ops._cells[("mark", i)].text() and WRONG_MARK not in ops._cells[("mark", i)].text()
        assert RIGHT_BG in ops._cells[("net", i)].styleSheet() and "transparent" in ops._cells[("net", i)].styleSheet()
    assert "✗ Wrong:" in ops.verdict.text()
    # a picture in grey: a wrong cell still differs from a right one (the frame and the mark)
    net_right, net_wrong = ops._cells[("net", right[0])], ops._cells[("net", wrong[0])]
    grey = [net.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8) for net in (net_right, net_wrong)]
    edge = [g.pixelColor(1, net_right.height() // 2).value() for g in grey]
    assert abs(edge[0] - edge[1]) > 40


def test_the_palette_is_not_red_and_green():
    from gui import palette

    def hue(h):
        from PySide6.QtGui import QColor
        return QColor(h).hslHue()

    assert 190 <= hue(palette.RIGHT) <= 215  # blue
    assert 15 <= hue(palette.WRONG) <= 35  # vermillion / orange
    assert palette.RIGHT_RGB == tuple(int(palette.RIGHT[i:i + 2], 16) for i in (1, 3, 5))
    assert palette.WRONG_RGB == tuple(int(palette.WRONG[i:i + 2], 16) for i in (1, 3, 5))


def test_show_me_one_it_gets_wrong_searches_the_training_length(qtbot, window, half_trained):
    load(window, half_trained, 1000)
    ops = window.operands
    set_length(qtbot, ops, 64)
    qtbot.mouseClick(ops.wrong_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not ops.searching(), timeout=10000)
    assert ops.bits == 8 and not ops.length_chosen  # shown at the length it was trained on
    assert not ops.current.right and "gets wrong" in ops.message.text()


def test_a_random_pair_at_128_bits(qtbot, window, trained):
    load(window, trained)
    ops = window.operands
    set_length(qtbot, ops, 128)
    qtbot.mouseClick(ops.random_button, Qt.LeftButton)
    assert ops.current.bits == 128 and 0 <= ops.current.b <= ops.current.a < 2**128
    assert ops.current.value == trace(trained, "elman", ops.current.a, ops.current.b, 128).value


def test_a_long_pair_and_its_length_are_remembered(qtbot, settings, trained):
    from gui.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.operands.show_pair(A128, B128, 128)
    w.close()  # QSettings has no 128-bit integers: kept as text
    stored = QSettings(settings.fileName(), QSettings.IniFormat)
    assert stored.value("operand_a") == str(A128) and int(stored.value("operand_bits")) == 128
    again = MainWindow(QSettings(settings.fileName(), QSettings.IniFormat))
    qtbot.addWidget(again)
    ops = again.operands
    assert (ops.bits, ops.length_chosen, ops.a, ops.b) == (128, True, A128, B128) and ops.current.bits == 128
    ops.show_pair(200, 73, 8)  # the model's length again: it follows the model from now on
    again.close()
    assert QSettings(settings.fileName(), QSettings.IniFormat).value("operand_bits") in ("", None)


def test_max_bits_is_the_how_tabs_search_length():
    assert MAX_BITS == gui.how.BREAK_MAX_BITS == 128
    p = OperandPanel()
    assert (p.length.minimum(), p.length.maximum()) == (1, 128)
    p.deleteLater()


def test_space_in_bits_shown_starts_and_pauses_training(qtbot, window):
    """A number field: Space means nothing there, so it reaches the window's Start / Pause (as in the controls)."""
    w, ops = window, window.operands
    w.controls.iterations.setValue(10**6)
    w.controls.set_rate(300)
    ops.length.setFocus()
    qtbot.keyClick(ops.length.lineEdit(), Qt.Key_Space)
    qtbot.waitUntil(lambda: w.session.status == "running")
    qtbot.keyClick(ops.length.lineEdit(), Qt.Key_Space)
    qtbot.waitUntil(lambda: w.session.status == "paused")
    assert ops.length.value() == 8 and ops.length.text() == "8"
    qtbot.keyClick(ops.length.lineEdit(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: w.session.status == "stopped")
