"""Lessons (issue 12, item 1): the file format (rnnsub/lesson.py), the built-in lessons, and the window's Lessons
menu and side panel (gui/lessons.py): each built-in lesson sets exactly what it says, End lesson gives every control
back, a teacher's file round-trips, and a bad file is refused with one sentence while nothing in the window changes."""

import os

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.lessons import lessons_folder, nearest_speed
from rnnsub.config import Config
from rnnsub.lesson import (
    MAX_BYTES,
    Lesson,
    LessonError,
    LessonText,
    builtin_lessons,
    dumps_lesson,
    lesson_files,
    load_lesson,
    loads_lesson,
)

BUILTIN = lesson_files(lessons_folder())


@pytest.fixture(autouse=True)
def windows_deleted_at_once():
    """Each test's window is deleted when it ends: pytest-qt only asks for it (deleteLater), and these tests never
    wait, so a dozen closed windows would otherwise be deleted inside the next test that does (slowing its event
    loop: test_window's pause-before-the-end race lost to 15 of them)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)




def test_five_builtin_lessons_load_in_both_languages():
    lessons = builtin_lessons(lessons_folder())
    assert len(lessons) >= 5
    for lesson in lessons:
        assert set(lesson.texts) == {"en", "zh"}, lesson.path
        for lang, t in lesson.texts.items():
            assert t.title and t.question and t.look_for and len(t.steps) >= 3, (lesson.path, lang)
        zh = lesson.texts["zh"]
        assert any("\u4e00" <= c <= "\u9fff" for c in zh.title + zh.question + zh.look_for), lesson.path
        Config(**lesson.settings)  # usable settings


# -- the window ---------------------------------------------------------------------------------------------------
def hidden_controls(w) -> set:
    return {name for name, field in w.controls.fields.items() if not field.isVisibleTo(w)}


def locked_controls(w) -> set:
    return {name for name, field in w.controls.fields.items() if not field.isEnabled()}


def tab_name(w) -> str:
    return {v: k for k, v in w.lessons.tab_widgets().items()}[w.tabs.currentWidget()]


def set_language(lang: str):
    QApplication.instance().setProperty("language", lang)


@pytest.fixture
def english():
    app = QApplication.instance()
    before = app.property("language")
    set_language("en")
    yield
    app.setProperty("language", before)


@pytest.mark.parametrize("path", BUILTIN, ids=[p.stem for p in BUILTIN])
def test_a_builtin_lesson_sets_what_it_says(qtbot, window, english, path):
    w = window
    lesson = load_lesson(path)
    assert w.open_lesson(str(path))
    assert w.controls.config() == lesson.config == w.session.config  # its settings, the rest at their defaults
    assert hidden_controls(w) == set(lesson.hidden)
    assert locked_controls(w) == set(lesson.locked)
    assert tab_name(w) == (lesson.tab or "operands")
    assert w.controls.rate() == (nearest_speed(lesson.speed) if lesson.speed else None)
    if lesson.operands is not None:
        a, b = lesson.operands
        assert (w.operands.a_edit.text(), w.operands.b_edit.text()) == (str(a), str(b))
    if lesson.sweep is not None:
        d = w.sweep_dialog
        assert d is not None and d.isVisible()
        assert d.seeds.text() == lesson.sweep["seeds"]
        assert [int(h) for h in d.hiddens.text().split()] == lesson.sweep["hiddens"]
        assert [v for v, box in d.cells.items() if box.isChecked()] == lesson.sweep["cells"]
        assert d.iterations.value() == lesson.sweep["iterations"]
        plan = d.plan()  # the dialog reads its own fields back
        assert plan.config.iterations == lesson.sweep["iterations"]
        assert sorted({m.hidden for m in plan.models}) == lesson.sweep["hiddens"]
        assert sorted({m.lr for m in plan.models}) == lesson.sweep["lrs"]
        assert sorted({m.seed for m in plan.models}) == list(range(16))
    # the panel, in English
    panel = w.lessons.panel
    en = lesson.texts["en"]
    assert w.lessons.dock.isVisible()
    assert panel.title.text() == en.title and panel.question.text() == en.question
    assert panel.step_texts() == list(en.steps)
    assert panel.look_for.text() == en.look_for
    assert w.lessons_menu.actions()[BUILTIN.index(path)].text().endswith(en.title)
    # and in Chinese
    set_language("zh")
    assert w.open_lesson(str(path))
    zh = lesson.texts["zh"]
    assert panel.title.text() == zh.title and panel.question.text() == zh.question
    assert panel.step_texts() == list(zh.steps) and panel.look_for.text() == zh.look_for
    # End lesson gives every control back; the settings stay
    panel.end_button.click()
    assert not w.lessons.dock.isVisible() and w.lessons.current is None
    assert hidden_controls(w) == set() and locked_controls(w) == set()
    assert w.controls.config() == lesson.config
    if w.sweep_dialog is not None:
        w.sweep_dialog.close()


def test_lessons_menu_opens_one_and_closing_the_panel_ends_it(qtbot, window, english):
    w = window
    actions = [a for a in w.lessons_menu.actions() if a.objectName().startswith("lesson_")]
    assert len(actions) == len(BUILTIN)
    end = next(a for a in w.lessons_menu.actions() if a.objectName() == "end_lesson_action")
    assert not end.isEnabled()
    actions[0].trigger()
    lesson = load_lesson(BUILTIN[0])
    assert w.lessons.current == lesson
    assert end.isEnabled() and hidden_controls(w) == set(lesson.hidden)
    w.lessons.dock.close()  # the panel's own close button
    assert w.lessons.current is None and hidden_controls(w) == set() and locked_controls(w) == set()
    assert not end.isEnabled()


def test_a_locked_setting_stays_locked_after_a_run(qtbot, window, english, tmp_path):
    w = window
    path = tmp_path / "locked.lesson"
    path.write_text(TEACHER.replace("iterations = 20000", "iterations = 50"), encoding="utf-8")
    assert w.open_lesson(str(path))
    w.start()
    qtbot.waitUntil(lambda: w.session.status == "finished", timeout=20000)
    assert locked_controls(w) == {"cell", "bits"}  # the end of a run enables the structural fields: not these
    w.lessons.end()
    assert locked_controls(w) == set()


# -- a teacher's file ---------------------------------------------------------------------------------------------
TEACHER = """\
# A teacher's lesson with every field
format = 1

[settings]
cell = "elman"
bits = 6
hidden = 8
pairs = "all"
b_range = "half"
seed = 7
lr = 1
batch = 2
iterations = 20000

[controls]
hidden = ["pairs", "b_range"]
locked = ["cell", "bits"]

[actions]
speed = 250
operands = [40, 3]
operand_bits = 12
tab = "weights"

[actions.sweep]
seeds = "0-3, 9"
hiddens = [4, 8]
lrs = [0.5, 2]
cells = ["elman", "notebook"]
iterations = 3000

[en]
title = "Every field"
question = "Does it all come back?"
steps = ["One.", "Two: \\"quoted\\" and a tab\\there."]
look_for = "The same values."

[zh]
title = "每一项"
question = "都能原样读回来吗?"
steps = ["一。", "二。", "三。"]
look_for = "一样的值。"
"""

TEACHER_LESSON = Lesson(
    texts={"en": LessonText("Every field", "Does it all come back?", ("One.", 'Two: "quoted" and a tab\there.'),
                            "The same values."),
           "zh": LessonText("每一项", "都能原样读回来吗?", ("一。", "二。", "三。"), "一样的值。")},
    settings=dict(cell="elman", bits=6, hidden=8, pairs="all", b_range="half", seed=7, lr=1.0, batch=2, iterations=20000),
    hidden=("pairs", "b_range"), locked=("cell", "bits"), speed=250, operands=(40, 3), operand_bits=12, tab="weights",
    sweep=dict(seeds="0-3, 9", hiddens=[4, 8], lrs=[0.5, 2.0], cells=["elman", "notebook"], iterations=3000),
)


def test_a_teachers_file_round_trips(tmp_path):
    path = tmp_path / "every-field.lesson"
    path.write_text(TEACHER, encoding="utf-8")
    lesson = load_lesson(path)
    assert lesson == Lesson(**{**TEACHER_LESSON.__dict__, "path": str(path)})
    assert isinstance(lesson.settings["lr"], float) and lesson.config == Config(**TEACHER_LESSON.settings)
    again = tmp_path / "again.lesson"
    again.write_text(dumps_lesson(lesson), encoding="utf-8")
    assert load_lesson(again) == Lesson(**{**lesson.__dict__, "path": str(again)})
    for lesson in builtin_lessons(lessons_folder()):  # every built-in one, too
        assert loads_lesson(dumps_lesson(lesson)) == Lesson(**{**lesson.__dict__, "path": None})


def test_one_language_is_enough_and_stands_in_for_the_other():
    only_zh = loads_lesson('[zh]\ntitle = "减法"\nquestion = "为什么?"\nsteps = ["按开始。"]\nlook_for = "看误差。"\n'.encode())
    assert only_zh.text("en") == only_zh.text("zh") == only_zh.texts["zh"]
    assert only_zh.config == Config()  # no settings: the defaults
    bom = loads_lesson(b"\xef\xbb\xbf" + b'[en]\ntitle = "t"\nquestion = "q"\nsteps = ["s"]\nlook_for = "l"\n')
    assert bom.text("zh").title == "t"


def test_the_teachers_file_in_the_window(qtbot, window, english, tmp_path):
    w = window
    path = tmp_path / "every-field.lesson"
    path.write_text(TEACHER, encoding="utf-8")
    assert w.open_lesson(str(path))
    assert w.session.config == Config(**TEACHER_LESSON.settings)
    assert w.controls.rate() == 100  # the nearest speed offered below 250
    assert tab_name(w) == "weights"
    d = w.sweep_dialog
    assert [v for v, box in d.cells.items() if box.isChecked()] == ["elman", "notebook"]
    plan = d.plan()
    assert plan.config.iterations == 3000 and sorted({m.seed for m in plan.models}) == [0, 1, 2, 3, 9]
    assert sorted({m.lr for m in plan.models}) == [0.5, 2.0]
    d.close()
    assert w.lessons.panel.fixed.text() == "Fixed by this lesson: Cell, Bits, Pairs, B range."


# -- bad files ------------------------------------------------------------------------------------------------------
GOOD_TEXT = '[en]\ntitle = "t"\nquestion = "q"\nsteps = ["s"]\nlook_for = "l"\n'
BAD = {
    "too_large": ("# " + "x" * MAX_BYTES + "\n" + GOOD_TEXT).encode(),
    "not_utf8": GOOD_TEXT.encode() + b'# caf\xe9\n',
    "syntax": (GOOD_TEXT + "[settings]\nhidden = = 4\n").encode(),
    "unknown_key": (GOOD_TEXT + "[settings]\nhiden = 4\n").encode(),
    "setting": (GOOD_TEXT + "[settings]\nhidden = 0\n").encode(),
    "wrong_type": (GOOD_TEXT + '[settings]\nhidden = "4"\n').encode(),
    "missing": b'[en]\ntitle = "t"\nsteps = ["s"]\nlook_for = "l"\n',
    "binary": bytes(range(256)) * 4,
    "binary_utf8": b"\x00\x01\x02PK\x03\x04" + GOOD_TEXT.encode(),
    "empty": b"",
    "wrong_control": (GOOD_TEXT + '[controls]\nhidden = ["speed"]\n').encode(),
    "wrong_tab": (GOOD_TEXT + '[actions]\ntab = "inside the network"\n').encode(),
    "operands": (GOOD_TEXT + "[actions]\noperands = [256, 1]\n").encode(),
    "steps_not_a_list": b'[en]\ntitle = "t"\nquestion = "q"\nsteps = "s"\nlook_for = "l"\n',
    "no_text": b'[settings]\nhidden = 4\n',
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_lesson_is_one_sentence_and_changes_nothing(qtbot, window, english, tmp_path, monkeypatch, case):
    w = window
    path = tmp_path / f"{case}.lesson"
    path.write_bytes(BAD[case])
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    before = (w.controls.config(), w.session.config, w.tabs.currentIndex(), w.controls.rate())
    assert not w.open_lesson(str(path))
    assert len(said) == 1
    title, text = said[0]
    assert title == "Cannot open the lesson"
    assert text.startswith(path.name) and text.endswith(".") and "\n" not in text
    assert ". " not in text.rstrip(".").replace("e.g. ", ""), text  # one sentence
    assert (w.controls.config(), w.session.config, w.tabs.currentIndex(), w.controls.rate()) == before
    assert not w.lessons.dock.isVisible() and w.lessons.current is None and w.sweep_dialog is None
    assert hidden_controls(w) == set() and locked_controls(w) == set()
    with pytest.raises(LessonError):
        load_lesson(path)


def test_what_each_bad_file_says(tmp_path):
    """The engine's sentences: the line of a syntax error, the setting by its label, the key misspelt."""
    def error(case):
        path = tmp_path / f"{case}.lesson"
        path.write_bytes(BAD[case])
        with pytest.raises(LessonError) as e:
            load_lesson(path)
        return e.value

    assert error("too_large").kind == "too_large"
    e = error("not_utf8")
    assert e.kind == "not_utf8" and e.params["line"] == 6
    e = error("syntax")
    assert e.kind == "syntax" and e.params["line"] == 7 and "line 7" in str(e)
    e = error("unknown_key")
    assert e.kind == "unknown_key" and e.params["key"] == "settings.hiden"
    e = error("setting")
    assert e.kind == "setting" and "Hidden units" in str(e) and e.params["name"] == "hidden"
    e = error("wrong_type")
    assert e.kind == "wrong_type" and "settings.hidden must be a whole number, not text" in str(e)
    assert error("missing").params["key"] == "en.question"
    assert error("binary").kind in ("not_utf8", "binary")
    assert error("binary_utf8").kind == "binary"
    assert error("empty").kind == "empty"
    assert error("no_text").kind == "missing"
    with pytest.raises(LessonError) as e:
        load_lesson(tmp_path)
    assert e.value.kind == "folder"
    with pytest.raises(LessonError) as e:
        load_lesson(tmp_path / "nowhere.lesson")
    assert e.value.kind == "not_found"


def test_a_bad_setting_is_named_by_its_label_in_the_window(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "lr.lesson"
    path.write_text(GOOD_TEXT + "[settings]\nlr = 5000\n", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    assert not window.open_lesson(str(path))
    assert said == ["lr.lesson: Learning rate must be a number from 0.000001 to 1,000, not 5000."]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_not_read(tmp_path):
    pipe = tmp_path / "pipe.lesson"
    os.mkfifo(pipe)
    with pytest.raises(LessonError) as e:
        load_lesson(pipe)
    assert e.value.kind == "not_file"


# -- what the lessons' texts say still holds ------------------------------------------------------------------------
def test_the_figures_in_the_lessons_hold():
    """The numbers the built-in lessons quote, measured with their own settings (the engine, ~10 s)."""
    from rnnsub.analysis import accuracy_by_length, borrow_units, find_wrong_any_length
    from rnnsub.sweep import Sweep, summarise
    from rnnsub.train import Trainer

    lessons = {p.stem: load_lesson(p) for p in BUILTIN}

    def trained(config, iterations=None):
        t = Trainer(config)
        for _ in range(iterations if iterations is not None else config.iterations):
            t.step()
        return t

    # 1: the notebook's formula: 51 of 32,896 after 10,000 iterations, |h| ~1e45 at step 7, no gradient left
    t = trained(lessons["01-notebook-formula"].config)
    assert t.evaluate().correct[0] == 51
    tr = t.trace(200, 73)
    assert 1e44 < np.abs(tr.h[-1]).max() < 1e46 and not np.abs(tr.delta).any()
    # 2: the borrow unit: unit 2, |r| ~0.97 and every pair right by 2,500
    t = trained(lessons["02-borrow-unit"].config, 2500)
    bu = borrow_units(t.weights, "elman", 8, "ordered")
    assert bu.unit == 2 and 0.96 < bu.abs_r < 0.98 and bu.recovered == 1.0 and t.evaluate().accuracy[0] == 1.0
    # 4: a learning rate of 50: 1 of 32,896, 200 - 73 answered 255
    t = trained(lessons["04-learning-rate-too-high"].config)
    assert t.evaluate().correct[0] == 1 and t.trace(200, 73).value == 255
    # 5: trained on 8 bits: 100 % at 64 bits, nothing breaks it; on 4 bits: 4095 - 4095 at 12 bits says 2048
    c = lessons["05-longer-numbers"].config
    t = trained(c)
    assert accuracy_by_length(t.weights, "elman", lengths=(64,), samples=1000, pairs="ordered")[0].accuracy == 1.0
    assert lessons["05-longer-numbers"].operands == (2**62, 1)
    t4 = trained(c.replace(bits=4))
    assert t4.evaluate().correct[0] == 136
    found = find_wrong_any_length(t4.weights, "elman", 128, "ordered")
    assert (found.pair, found.bits, found.got) == ((4095, 4095), 12, 2048)
    # 3: hidden 2: 0 of 16 seeds; hidden 4: 5 of 16, the median at 5,600
    sweep_of = lessons["03-too-few-hidden-units"].sweep
    s = Sweep.plan(Config(iterations=sweep_of["iterations"]), list(range(16)), sweep_of["lrs"], [2, 4], sweep_of["cells"], 100)
    for _ in s.run():
        pass
    by_hidden = {x.value: x for x in summarise(s.models)}
    assert (by_hidden[2].reached, by_hidden[4].reached, by_hidden[4].median_at) == (0, 5, 5600)


def test_the_documented_examples_load():
    """The complete example in the README's section "Lessons" and the one in rnnsub/lesson.py's docstring."""
    import textwrap
    from pathlib import Path

    import rnnsub.lesson

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("### Lessons", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    lesson = loads_lesson(example.encode())
    assert lesson.settings == {"cell": "notebook", "iterations": 10000} and lesson.sweep["hiddens"] == [2, 4]
    assert set(lesson.texts) == {"en", "zh"} and lesson.tab == "inside" and lesson.speed == 300
    doc = rnnsub.lesson.__doc__.split("A complete one:", 1)[1].split("\nLanguages:", 1)[0]
    documented = loads_lesson(textwrap.dedent(doc).encode())
    assert documented.locked == ("cell",) and documented.operands == (200, 73) and set(documented.texts) == {"en", "zh"}


def test_a_lesson_shows_its_operands_at_its_own_length(qtbot, window, english):
    """A length chosen before (or by a lesson on longer numbers) does not leak into a lesson at 8 bits."""
    w = window
    w.operands.show_pair(5, 3, 64)
    assert w.operands.bits == 64
    assert w.open_lesson(str(BUILTIN[0]))  # the notebook formula: 8 bits
    assert w.operands.bits == 8 and (w.operands.a, w.operands.b) == (200, 73)


def test_restore_defaults_and_other_models_respect_the_lessons_fixed_settings(qtbot, window, english, tmp_path):
    from rnnsub.modelfile import make_meta, save_model

    w = window
    path = tmp_path / "lock.lesson"
    path.write_text(TEACHER.replace('cell = "elman"', 'cell = "notebook"'), encoding="utf-8")
    assert w.open_lesson(str(path))
    assert w.controls.config().cell == "notebook" and locked_controls(w) == {"cell", "bits"}
    w.restore_defaults()  # in a lesson, its settings are the defaults: the fixed ones stay as it set them
    assert w.controls.config().cell == "notebook" and w.controls.config().bits == 6 and w.lessons.current is not None
    assert "lesson" in w.statusBar().currentMessage()
    # a model whose fixed settings differ ends the lesson: its controls would say what the model is not
    model = tmp_path / "m.npz"
    save_model(model, w.session.weights, make_meta(Config(cell="elman", bits=6, hidden=8), 10, None))
    assert w.open_path(str(model))
    assert w.lessons.current is None and locked_controls(w) == set() and w.controls.config().cell == "elman"
