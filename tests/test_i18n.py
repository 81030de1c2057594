"""The Chinese translation: complete, placeholders intact, compiled, and used by the window."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "rnnsub_zh_CN.ts"
BIN = Path(sys.executable).parent


def messages(path):
    for ctx in ET.parse(path).getroot().iter("context"):
        for m in ctx.findall("message"):
            tr = m.find("translation")
            text = "".join(tr.itertext())
            yield ctx.find("name").text, m.find("source").text, tr.get("type"), text


def test_every_string_is_translated_with_its_placeholders():
    entries = list(messages(TS))
    assert len(entries) > 150
    for ctx, source, kind, text in entries:
        assert kind is None and text, f"{ctx}: {source!r} is not translated"
        placeholders = lambda s: sorted(re.findall(r"\{\d[^}]*\}|%n", s))  # noqa: E731
        assert placeholders(source) == placeholders(text), f"{ctx}: {source!r}"


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
    qm = tmp_path / "zh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (ROOT / "resources" / "i18n" / "rnnsub_zh_CN.qm").read_bytes()


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
