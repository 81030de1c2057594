"""The real install (issue 12, item 3): resources found from a checkout and from a wheel installed in a new virtual
environment, the desktop entry and the file types, `rnnsub FILE`, and the bundled CJK font. (The packaged program:
tests/test_package.py.)"""

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from rnnsub.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
RES = ROOT / "resources"
MIME_TYPES = ["application/x-rnnsub-model", "application/x-rnnsub-experiment", "application/x-rnnsub-lesson"]


def dejavu_only(tmp_path) -> dict:
    """An environment whose fontconfig sees only the DejaVu fonts: a machine with no CJK font installed."""
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
                    f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return {**env, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


def figures(stdout: str) -> dict:
    return dict(line.split(": ", 1) for line in stdout.splitlines() if ": " in line)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("files")
    assert cli_main(["train", "--seed", "7", "--iterations", "40", "--log-every", "100", "--save", str(d / "model.npz"),
                     "--save-experiment", str(d / "experiment.npz")]) == 0
    (d / "bad.npz").write_text("not a model")
    return d


# -- resources ---------------------------------------------------------------------------------------------------

def test_resources_are_found_in_the_checkout():
    from gui.resources import resource, resource_root

    assert resource_root() == RES
    assert resource("i18n", "rnnsub_zh_CN.qm").is_file() and resource("fonts", "rnnsub-cjk.ttf").is_file()
    assert resource("lessons") == RES / "lessons"
    for size in (16, 32, 48, 64, 128, 256):
        assert resource("icons", f"rnnsub-{size}.png").is_file()


def test_nothing_in_the_window_imports_gui_by_name():
    """Installed, the package is rnnsub_gui: a `from gui...` inside it would find nothing (or another project's gui)."""
    offenders = [f"{p.name}: {line.strip()}" for folder in ("gui", "rnnsub") for p in (ROOT / folder).glob("*.py")
                 for line in p.read_text().splitlines() if line.lstrip().startswith(("from gui", "import gui"))]
    assert offenders == []


def test_the_icons_are_the_svg_rendered(qapp):
    from PySide6.QtGui import QImage

    from gui.app import app_icon

    assert ET.parse(RES / "icons" / "rnnsub.svg").getroot().tag.endswith("svg")
    for size in (16, 32, 48, 64, 128, 256):
        image = QImage(str(RES / "icons" / f"rnnsub-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert sorted(s.width() for s in app_icon().availableSizes()) == [16, 32, 48, 64, 128, 256]


def test_pip_install_in_a_new_virtual_environment(tmp_path, files):
    """The wheel of this tree, installed (without its dependencies, which come from this environment's packages):
    an `rnnsub` command, no top-level gui or main, the resources inside, the Chinese window from them."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("rnnsub", "gui", "resources"):  # a copy: a build writes build/ and *.egg-info/ into its source
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                            str(tmp_path / "wheel"), str(src)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                              *map(str, (tmp_path / "wheel").glob("*.whl"))], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    assert not (site / "gui").exists() and not (site / "main.py").exists()
    data = site / "rnnsub_gui" / "data"
    for part in ("i18n/rnnsub_zh_CN.qm", "fonts/rnnsub-cjk.ttf", "icons/rnnsub-48.png", "rnnsub.desktop"):
        assert (data / part).is_file(), part
    # numpy, PySide6 ... from this environment, after the new one's own packages (a .pth line adds a folder, nothing else)
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = dejavu_only(tmp_path)
    run = lambda *args: subprocess.run([str(venv / "bin" / "rnnsub"), *args], capture_output=True, text=True,
                                       cwd=tmp_path, env=env, timeout=120)
    out = run("--help")
    assert out.returncode == 0 and "train" in out.stdout, out.stderr
    out = subprocess.run([str(python), "-c", "import rnnsub, rnnsub_gui.resources as r; print(rnnsub.__file__); "
                          "print(r.resource_root()); print(r.resource('lessons'))"],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    engine, root, lessons = out.stdout.split()
    assert Path(engine).is_relative_to(site) and Path(root) == data and Path(lessons) == data / "lessons"
    out = run("predict", "--model", str(files / "model.npz"), "200", "73")
    assert out.returncode == 0 and "200" in out.stdout, out.stderr
    out = run("--smoke", "--lang", "zh", "--iterations", "300")  # no CJK font on the system: the bundled one
    assert out.returncode == 0, out.stdout + out.stderr
    assert figures(out.stdout)["language"] == "zh" and figures(out.stdout)["missing_glyphs"] == "0"


# -- the desktop entry and the file types ------------------------------------------------------------------------

def test_the_desktop_entry_validates():
    assert shutil.which("desktop-file-validate"), "scripts/setup.sh installs desktop-file-utils"
    out = subprocess.run(["desktop-file-validate", str(RES / "rnnsub.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout == "", out.stdout + out.stderr
    entry = dict(line.split("=", 1) for line in (RES / "rnnsub.desktop").read_text().splitlines() if "=" in line)
    assert entry["Exec"] == "rnnsub %f" and entry["Icon"] == "rnnsub"
    assert entry["MimeType"].rstrip(";").split(";") == MIME_TYPES


def test_the_file_types_are_well_formed_and_tell_models_from_experiments(tmp_path, files):
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(RES / "rnnsub-mime.xml").getroot()
    assert [t.get("type") for t in root.findall("m:mime-type", ns)] == MIME_TYPES
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(RES / "rnnsub-mime.xml", data / "mime" / "packages")
    out = subprocess.run(["update-mime-database", str(data / "mime")], capture_output=True, text=True)
    assert out.returncode == 0 and "rnnsub" not in out.stderr, out.stderr  # it names the file of any error it finds
    # how a file manager sees the files: GLib's guess, from the name and the first 16 KB (libgio comes with Qt's libglib)
    code = ("import ctypes, sys; gio = ctypes.CDLL('libgio-2.0.so.0'); guess = gio.g_content_type_guess\n"
            "guess.restype = ctypes.c_void_p\n"
            "guess.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p]\n"
            "for path, name in zip(sys.argv[1::2], sys.argv[2::2]):\n"
            "    data = open(path, 'rb').read(16384)\n"
            "    print(ctypes.string_at(guess(name.encode(), data, len(data), None)).decode())\n")
    (tmp_path / "a.lesson").write_text("format = 1\n")
    pairs = [files / "model.npz", "m.npz", files / "experiment.npz", "e.npz", files / "model.npz", "renamed",
             files / "experiment.npz", "renamed", tmp_path / "a.lesson", "a.lesson"]
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    out = subprocess.run([sys.executable, "-c", code, *map(str, pairs)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["application/x-rnnsub-model", "application/x-rnnsub-experiment",
                                  "application/x-rnnsub-model", "application/x-rnnsub-experiment",
                                  "application/x-rnnsub-lesson"]


def test_the_desktop_install_script_puts_every_file_in_place(tmp_path):
    program = tmp_path / "bin" / "rnnsub"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = ROOT / "scripts" / "install-desktop.sh"
    out = subprocess.run(["bash", str(script), str(program)], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    desktop = data / "applications" / "rnnsub.desktop"
    assert f"Exec={program} %f" in desktop.read_text().splitlines()
    assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True).returncode == 0
    assert (data / "mime" / "packages" / "rnnsub-mime.xml").is_file()
    assert (data / "mime" / "application" / "x-rnnsub-lesson.xml").is_file()  # update-mime-database ran
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "rnnsub.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "rnnsub.png").is_file()
    out = subprocess.run(["bash", str(script), "--uninstall"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0 and not [p for p in data.rglob("*rnnsub*")], out.stderr
    out = subprocess.run(["bash", str(script), str(tmp_path / "nothing")], capture_output=True, text=True, env=env)
    assert out.returncode == 2 and out.stderr.count("\n") == 1


# -- rnnsub FILE -------------------------------------------------------------------------------------------------

def test_which_command_lines_open_the_window(files):
    from gui.launch import wants_window

    assert wants_window([]) and wants_window(["--lang", "zh"]) and wants_window(["--smoke"])
    assert wants_window([str(files / "model.npz")]) and wants_window([str(files / "bad.npz"), "--lang", "zh"])
    assert not wants_window(["train", "--iterations", "3"]) and not wants_window(["--help"])
    assert not wants_window([str(files / "missing.npz")])  # the command line's error


def test_a_first_argument_that_is_no_command_and_no_file_is_the_command_lines_error(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), str(tmp_path / "missing.npz")], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and "invalid choice" in out.stderr and out.stderr.count("\n") == 1


def test_each_kind_of_file_goes_to_its_own_opener(files, tmp_path):
    """open_file (gui/app.py) by what rnnsub/filekind.py finds; a lesson only if the window has open_lesson."""
    from gui.app import open_file

    class Window:
        def __init__(self):
            self.calls = []

        def open_path(self, path):
            self.calls.append(("model", path))

        def open_experiment(self, path):
            self.calls.append(("experiment", path))

    class WithLessons(Window):
        def open_lesson(self, path):
            self.calls.append(("lesson", path))

    lesson = tmp_path / "mine.lesson"
    lesson.write_text("format = 1\n")
    paths = [str(files / n) for n in ("model.npz", "experiment.npz", "bad.npz")] + [str(lesson)]
    for window, lesson_kind in ((Window(), "model"), (WithLessons(), "lesson")):
        for path in paths:
            open_file(window, path)
        assert [k for k, _ in window.calls] == ["model", "experiment", "model", lesson_kind]  # bad: the model's sentence
        assert [p for _, p in window.calls] == paths


def _open_in_window(qtbot, qapp, monkeypatch, tmp_path, argv):
    """Run the window's entry point with argv in this process; returns (what the window shows, warnings)."""
    from PySide6.QtCore import QTimer

    from gui import app

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    warnings, seen = [], {}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))

    from gui.window import MainWindow

    # the window app.main shows (not found among the top-level widgets: earlier tests' dialogs and menus linger
    # there half torn down, and touching one segfaulted)
    shown, show = [], MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: (shown.append(self), show(self))[1])

    def inspect():
        window = shown[-1]
        seen.update(seed=window.controls.seed.value(), runs=len(window.session.history.runs),
                    status=window.statusBar().currentMessage(), icon=not window.windowIcon().isNull())
        window.close()

    QTimer.singleShot(300, inspect)
    monkeypatch.setattr(qapp, "exec", lambda: (qtbot.waitUntil(lambda: bool(seen), timeout=10000), 0)[1])
    assert app.main(argv) == 0
    return seen, warnings


def test_a_model_given_as_the_file_opens(qtbot, qapp, monkeypatch, tmp_path, files):
    seen, warnings = _open_in_window(qtbot, qapp, monkeypatch, tmp_path, [str(files / "model.npz")])
    assert warnings == [] and seen["seed"] == 7 and "model.npz" in seen["status"] and seen["icon"]


def test_an_experiment_given_as_the_file_opens(qtbot, qapp, monkeypatch, tmp_path, files):
    seen, warnings = _open_in_window(qtbot, qapp, monkeypatch, tmp_path, ["--open", str(files / "experiment.npz")])
    assert warnings == [] and "experiment.npz" in seen["status"] and seen["runs"] >= 1


def test_a_bad_file_is_one_sentence_and_the_window_opens(qtbot, qapp, monkeypatch, tmp_path, files):
    seen, warnings = _open_in_window(qtbot, qapp, monkeypatch, tmp_path, [str(files / "bad.npz")])
    assert seen and len(warnings) == 1 and "bad.npz" in warnings[0] and "\n" not in warnings[0]


# -- the bundled CJK font ----------------------------------------------------------------------------------------

def _font_subset_script():
    spec = importlib.util.spec_from_file_location("font_subset", ROOT / "scripts" / "font_subset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundled_font_has_every_character_of_the_chinese_texts(qapp):
    """Every character of the translations, lessons and guide is in the bundled subset or in DejaVu Sans (which the
    program needs anyway): a new string with a new character fails here until scripts/font_subset.py runs again."""
    from PySide6.QtGui import QFont, QRawFont

    bundled = QRawFont(str(RES / "fonts" / "rnnsub-cjk.ttf"), 12)
    dejavu = QRawFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 12, QFont.PreferDefaultHinting)
    assert bundled.isValid() and dejavu.isValid()
    wanted = _font_subset_script().wanted_characters(ROOT)
    assert len(wanted) > 300
    missing = [c for c in wanted if not bundled.supportsCharacter(ord(c)) and not dejavu.supportsCharacter(ord(c))]
    assert missing == [], "run: .venv/bin/python scripts/font_subset.py"
    # a teacher's own lesson, in characters none of the program's texts use (a tester's title showed boxes)
    teacher = "我自己的课程：权重逐渐稳定下来，犹豫、鹦鹉、瞿、蹒跚"
    assert [c for c in teacher if not bundled.supportsCharacter(ord(c))] == []
    assert len(_font_subset_script().gb2312()) > 7000
    assert (RES / "fonts" / "rnnsub-cjk.ttf").stat().st_size < 1_500_000  # GB 2312: 1.2 MB (the whole font: 5 MB)
    assert "Apache License" in (RES / "fonts" / "LICENSE-wqy-microhei.txt").read_text()


def test_the_chinese_window_shows_without_a_cjk_font_installed(tmp_path):
    """fontconfig sees only DejaVu: the window still comes up in Chinese, every character drawn from a real glyph."""
    env = dejavu_only(tmp_path)
    probe = subprocess.run([sys.executable, "-c", "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
                            "from PySide6.QtGui import QFontDatabase as D; "
                            "print(len(D.families(D.WritingSystem.SimplifiedChinese)))"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert probe.stdout.split()[-1] == "0"  # no CJK font visible: the premise
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", "--lang", "zh", "--iterations", "300"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr
    assert figures(out.stdout)["language"] == "zh" and figures(out.stdout)["missing_glyphs"] == "0"
