"""The Chinese translation: complete, placeholders intact, compiled, and used by the window."""

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "rnnsub_zh_CN.ts"
EN_TS = ROOT / "resources" / "i18n" / "rnnsub_en.ts"  # the English plural forms only
BIN = Path(sys.executable).parent


def messages(path):
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.findall("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            yield ctx.find("name").text, m.find("source").text, tr.get("type"), forms


def placeholders(text):
    return sorted(re.findall(r"\{\d[^}]*\}|%L?n|</?[a-z]+", text))  # {0}, %n, %Ln and the HTML tags


def test_every_string_is_translated_with_its_placeholders():
    entries = list(messages(TS))
    assert len(entries) > 150
    for ctx, source, kind, forms in entries:
        assert kind is None and all(forms), f"{ctx}: {source!r} is not translated"
        assert len(forms) == 1, f"{ctx}: {source!r}: Chinese has one plural form"
        # a count may be left out of a form ("at step 3" names the step, not how many) but nothing else
        assert [p for p in placeholders(source) if p != "%n" or "%n" in forms[0]] == placeholders(forms[0]), \
            f"{ctx}: {source!r}"


def test_english_has_both_plural_forms_of_every_count():
    """Qt only puts the number into "%n iteration(s)" unless a translation gives the forms: rnnsub_en.ts does,
    for every string with a count (lupdate -pluralonly), one form for 1 and one for the rest."""
    entries = list(messages(EN_TS))
    assert ET.parse(EN_TS).getroot().get("language") == "en"
    assert len(entries) >= 15
    for ctx, source, kind, forms in entries:
        assert kind is None and len(forms) == 2 and all(forms), f"{ctx}: {source!r}"
        one, many = forms
        assert "(s)" not in one + many and "(are)" not in one + many, f"{ctx}: {source!r}"
        assert placeholders(source) == placeholders(one) == placeholders(many), f"{ctx}: {source!r}"


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs pyside6-lupdate from PySide6-Essentials")
def test_the_ts_file_has_every_string_of_the_code_and_the_qm_is_compiled_from_it(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = [*sorted((ROOT / "gui").glob("*.py")), ROOT / "rnnsub" / "config.py"]  # config.py: setting labels, help
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, sources), "-ts", str(fresh),
                    "-no-obsolete"], check=True, capture_output=True)
    code = {(c, s) for c, s, _, _ in messages(fresh)}
    committed = {(c, s) for c, s, _, _ in messages(TS)}
    assert code == committed, f"run scripts/translations.sh: new {code - committed}, gone {committed - code}"
    fresh_en = tmp_path / "fresh_en.ts"
    shutil.copy(EN_TS, fresh_en)
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, sources), "-ts", str(fresh_en), "-no-obsolete",
                    "-pluralonly", "-target-language", "en"], check=True, capture_output=True)
    code = {(c, s) for c, s, _, _ in messages(fresh_en)}
    committed = {(c, s) for c, s, _, _ in messages(EN_TS)}
    assert code == committed, f"run scripts/translations.sh: new {code - committed}, gone {committed - code}"
    for ts in (TS, EN_TS):
        qm = tmp_path / "out.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: run scripts/translations.sh"


def test_window_in_chinese(qtbot, qapp, settings):
    from gui.i18n import install_translator
    from gui.window import MainWindow

    assert install_translator(qapp, "zh") == "zh"
    try:
        w = MainWindow(settings)
        qtbot.addWidget(w)
        assert w.controls.start_button.text() == "开始"
        assert w.windowTitle() == "rnnsub — 循环神经网络学做减法"
        w.controls.show_status("paused", 1234)
        assert w.controls.status.text() == "暂停于第 1,234 次迭代。"
        w.operands.b_edit.setText("999")
        assert "超出了 8 位的范围" in w.operands.message.text()
        w.close()
    finally:
        install_translator(qapp, "en")


def test_without_a_chinese_font_the_window_stays_english_and_says_why(tmp_path):
    """Only the DejaVu fonts visible (as on a machine without a CJK font) and the bundled font gone too (a build that
    lost it): Chinese would be boxes. (With the bundled font it shows: tests/test_install.py.)"""
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
                    "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    code = ("from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "import gui.i18n; gui.i18n.BUNDLED_FONTS = {}\n"
            "from gui.i18n import has_font_for, install_translator, missing_font_message\n"
            "print(has_font_for('zh'), install_translator(app, 'zh')); print(missing_font_message('zh'))\n")
    env = {**__import__("os").environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    first, message = out.stdout.splitlines()[:2]
    assert first == "False en" and "fonts-wqy-microhei" in message and "stays in English" in message


def test_the_language_menu_ticks_the_language_in_use_on_a_first_start(qtbot, qapp, settings):
    """Nothing remembered yet: the menu ticks the language the window follows (the system's), exactly one."""
    from gui.i18n import LANGUAGES, install_translator
    from gui.window import MainWindow

    assert install_translator(qapp, None) == "en"  # the tests' system locale is en_US
    assert settings.value("language") is None
    w = MainWindow(settings)
    qtbot.addWidget(w)
    ticked = [a.text() for a in w.language_menu.actions() if a.isChecked()]
    assert ticked == [LANGUAGES["en"]]

    w.close()


def test_counts_read_in_english_and_chinese(qapp):
    """"%n iteration(s)": Qt alone only puts the number in; the English file gives 1 iteration / 2 iterations, the
    Chinese one form for every count."""
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import install_translator

    def speed(n):
        return QCoreApplication.translate("ControlsPanel", "{0} iteration(s) per second", "", n).format(n)

    try:
        install_translator(qapp, "en")
        assert [speed(1), speed(2), speed(1000)] == [
            "1 iteration per second", "2 iterations per second", "1000 iterations per second"]
        assert QCoreApplication.translate("MainWindow", "Saved %n run(s) to {0}; python main.py replay {0} retrains "
                                          "them.", "", 1).startswith("Saved 1 run to {0}")
        for t in list(__import__("gui.i18n", fromlist=["_installed"])._installed):
            qapp.removeTranslator(t)
        assert speed(1) == "1 iteration(s) per second"  # without a translation: what Qt does by itself
        install_translator(qapp, "zh")
        assert [speed(1), speed(2)] == ["每秒 1 次迭代", "每秒 2 次迭代"]
    finally:
        install_translator(qapp, "en")


def _bad_files(folder):
    """Files that are not models or experiments, one per fault the reader names."""
    import numpy as np

    from rnnsub.config import Config
    from rnnsub.modelfile import make_meta, save_model
    from rnnsub.train import Trainer

    t = Trainer(Config(iterations=5))
    for _ in t.run():
        pass
    good = folder / "好.npz"
    save_model(good, t.weights, make_meta(t.config, t.iteration, None))
    with np.load(good) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"]))

    def write(name, **changes):
        path = folder / name
        np.savez(path, **{k: v for k, v in {**arrays, **changes}.items() if v is not None}, allow_pickle=True)
        return path

    (folder / "空.npz").write_bytes(b"")
    (folder / "文本.npz").write_text("你好")
    with open(folder / "太大.npz", "wb") as f:
        f.truncate(2**30)  # sparse: larger than any model or experiment, without writing it
    (folder / "文件夹.npz").mkdir()
    np.save(folder / "数组.npy", np.zeros(3))
    (folder / "数组.npy").rename(folder / "数组.npz")
    return [good, folder / "空.npz", folder / "文本.npz", folder / "太大.npz", folder / "文件夹.npz", folder / "数组.npz",
            folder / "没有.npz",
            write("其他.npz", synapse_0=None, x=np.zeros(2)),
            write("形状.npz", synapse_0=np.zeros((3, 16))),
            write("非数.npz", synapse_0=np.full((2, 16), np.nan)),
            write("整数.npz", synapse_0=np.zeros((2, 16), dtype=np.int32)),
            write("对象.npz", meta=np.array([{"a": 1}], dtype=object)),
            write("元数据.npz", meta=np.array("{不是 JSON")),
            write("版本.npz", meta=np.array(json.dumps({**meta, "format": 99}))),
            write("缺少.npz", meta=np.array(json.dumps({k: v for k, v in meta.items() if k != "bits"}))),
            write("设置.npz", meta=np.array(json.dumps({**meta, "lr": -1}))),
            write("迭代.npz", meta=np.array(json.dumps({**meta, "iterations": -3}))),
            write("准确率.npz", meta=np.array(json.dumps({**meta, "accuracy": 7})))]


def test_model_and_experiment_file_errors_are_chinese_sentences(qapp, tmp_path):
    """Every fault of a model or experiment file the window meets is one Chinese sentence (the file's own name and
    its members' names aside), with a kind the messages table knows."""
    from gui.i18n import install_translator
    from gui.messages import FILE_REASONS, FILE_SENTENCES, user_message
    from rnnsub.errors import UserError
    from rnnsub.experiment import load_experiment
    from rnnsub.modelfile import load_model
    from tests.test_translated import english_words

    errors = []
    for path in _bad_files(tmp_path):
        for load in (load_model, load_experiment):
            try:
                load(path)
            except UserError as e:
                errors.append(e)
    kinds = {e.kind for e in errors}
    assert {"empty_file", "not_zip", "file_too_large", "folder", "single_array", "not_found", "members", "array",
            "meta", "pickled"} <= kinds
    install_translator(qapp, "zh")
    try:
        for e in errors:
            assert e.kind in FILE_SENTENCES or e.kind in FILE_REASONS, e.kind
            text = user_message(e)
            assert text != str(e) and text.endswith("。"), text
            names = ("meta", "synapse", "bits", "lr", "accuracy", "format", "iterations", "dtype", "int32", "object")
            words = [w for w in english_words(text.replace(str(tmp_path), "")) if w not in names]  # members, keys
            assert not words, text
    finally:
        install_translator(qapp, "en")


def test_input_errors_name_the_label_and_read_in_chinese(qapp):
    """Sweep lists, seeds, operands, settings and hidden units: one Chinese sentence each, naming the setting by the
    label the window shows (学习率, not lr)."""
    from gui.i18n import install_translator
    from gui.messages import user_message
    from rnnsub.analysis import hold
    from rnnsub.config import SETTINGS, Config
    from rnnsub.data import parse_operand
    from rnnsub.errors import UserError
    from rnnsub.sweep import parse_list, parse_seeds
    from rnnsub.train import Trainer
    from tests.test_translated import english_words

    attempts = [lambda: SETTINGS["lr"].check(5000.0), lambda: SETTINGS["hidden"].parse("9999"),
                lambda: SETTINGS["cell"].check("lstm"), lambda: parse_seeds(""), lambda: parse_seeds("x"),
                lambda: parse_seeds("9-3"), lambda: parse_seeds("0-99999"), lambda: parse_list("", float, "学习率"),
                lambda: parse_list("0.5,,2", float, "学习率"), lambda: parse_list("a", int, "隐藏单元数"),
                lambda: parse_operand("", 8, "A"), lambda: parse_operand("-3", 8, "A"),
                lambda: parse_operand("300", 8, "B"), lambda: parse_operand("3", 1, "B"),
                lambda: parse_operand("2.5", 8, "A"), lambda: parse_operand("abc", 8, "A"),
                lambda: hold(weights, {99: 0.0}), lambda: hold(weights, {1: float("nan")})]
    weights = Trainer(Config()).weights
    errors = []
    for attempt in attempts:
        with pytest.raises(UserError) as e:
            attempt()
        errors.append(e.value)
    install_translator(qapp, "zh")
    try:
        texts = [user_message(e) for e in errors]
    finally:
        install_translator(qapp, "en")
    for e, text in zip(errors, texts):
        # what the person typed (lstm, abc, nan) is quoted as typed
        typed = text.replace("lstm", "").replace("abc", "").replace("nan", "")
        assert text != str(e) and not english_words(typed), (e.kind, text)
    assert texts[0].startswith("学习率") and texts[1].startswith("隐藏单元")


def test_lesson_file_errors_read_in_chinese(qapp):
    """A teacher's lesson file with a value of the wrong kind or a sweep with nothing to sweep (or too much): one
    Chinese sentence, the file's own keys quoted as written."""
    from gui.i18n import install_translator
    from gui.messages import user_message
    from rnnsub.lesson import LessonError, loads_lesson
    from tests.test_translated import english_words

    texts = '[zh]\ntitle = "t"\nquestion = "q"\nsteps = ["s"]\nlook_for = "l"\n'
    bad = ["[settings]\nlr = 'fast'\n", "[actions.sweep]\nhiddens = []\n",
           "[actions.sweep]\nseeds = '0-255'\nhiddens = [2, 4]\n"]
    errors = []
    for head in bad:
        with pytest.raises(LessonError) as e:
            loads_lesson((head + texts).encode(), "课.lesson")
        errors.append(e.value)
    install_translator(qapp, "zh")
    try:
        said = [user_message(e) for e in errors]
    finally:
        install_translator(qapp, "en")
    assert said[0] == "课.lesson：settings.lr 必须是一个数，不能是文本。"
    for text in said:
        assert not [w for w in english_words(text) if w not in ("settings", "lr", "actions", "sweep", "hiddens")], text


def test_choosing_a_language_says_so_in_that_language_too(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window.set_language("zh")
    assert said and "rnnsub will use 中文 the next time it starts." in said[0]
    assert "中文" in said[0].splitlines()[-1] and len(said[0].splitlines()) == 2  # the Chinese sentence as well
    window.set_language("en")
    assert said[-1] == "rnnsub will use English the next time it starts."
