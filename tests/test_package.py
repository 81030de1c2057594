"""The packaged program (PyInstaller): built from this tree, it trains from its command line and opens its
window. Slow (~40 s), because it is the real build a person would download."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_packaged_program_builds_and_runs():
    out = subprocess.run(["bash", str(ROOT / "scripts" / "package.sh")], capture_output=True, text=True, cwd=ROOT,
                         timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert "exhaustive accuracy: 32896/32896 = 100.00% (ordered pairs, 8 bits)" in lines
    figures = dict(line.split(": ", 1) for line in lines if ": " in line)
    assert float(figures["startup_ms"]) > 0 and figures["prediction"].startswith("200 - 73 -> ")
    assert (ROOT / "dist" / "rnnsub" / "rnnsub").exists()
    assert list((ROOT / "dist").glob("rnnsub-linux-*.tar.gz"))
