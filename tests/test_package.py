"""The packaged program (PyInstaller, rnnsub.spec): built from this tree, it trains from its command line, opens its
window, and shows the Chinese window with the CJK font it bundles on a machine without one. Slow (~45 s),
because it is the real build a person would download."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_packaged_program_builds_and_runs(tmp_path):
    """Built in a temporary folder: a test run leaves no 300 MB of build/ and dist/ in the checkout."""
    out = subprocess.run(["bash", str(ROOT / "scripts" / "package.sh"), str(tmp_path)], capture_output=True, text=True,
                         cwd=ROOT, timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert "exhaustive accuracy: 32896/32896 = 100.00% (ordered pairs, 8 bits)" in lines
    figures = dict(line.split(": ", 1) for line in lines if ": " in line)
    assert float(figures["startup_ms"]) > 0 and figures["prediction"].startswith("200 - 73 -> ")
    program = tmp_path / "dist" / "rnnsub" / "rnnsub"
    assert program.exists()
    assert list((tmp_path / "dist").glob("rnnsub-linux-*.tar.gz"))

    # the resources inside, where gui/resources.py finds them (resources/ beside the modules)
    bundled = next(p for p in (tmp_path / "dist" / "rnnsub").rglob("resources") if (p / "i18n").is_dir())
    for part in ("i18n/rnnsub_zh_CN.qm", "fonts/rnnsub-cjk.ttf", "icons/rnnsub-256.png", "icons/rnnsub.svg"):
        assert (bundled / part).is_file(), part
    if (ROOT / "resources" / "lessons").is_dir():
        assert {p.name for p in (bundled / "lessons").glob("*.lesson")} == \
            {p.name for p in (ROOT / "resources" / "lessons").glob("*.lesson")}

    # Chinese on a machine whose fontconfig knows only DejaVu: the bundled font draws every character
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
                    f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([str(program), "--smoke", "--lang", "zh", "--iterations", "300"], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=180)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    figures = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert figures["language"] == "zh" and figures["missing_glyphs"] == "0"
