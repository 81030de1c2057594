"""The packaged program (PyInstaller): built from this tree, it trains from its command line and opens its
window. Slow (~40 s), because it is the real build a person would download."""

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
    assert (tmp_path / "dist" / "rnnsub" / "rnnsub").exists()
    assert list((tmp_path / "dist").glob("rnnsub-linux-*.tar.gz"))
