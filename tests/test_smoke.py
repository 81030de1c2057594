"""`python main.py --smoke`: the real window, the real worker, in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_mode(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke"], capture_output=True, text=True, env=env,
                         timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    figures = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    for name in ("startup_ms", "samples_per_s", "loop_latency_p50_ms", "loop_latency_p99_ms", "snapshots_per_s"):
        assert float(figures[name]) >= 0, name
    assert float(figures["samples_per_s"]) > 100 and float(figures["snapshots_per_s"]) > 1
    assert figures["prediction"].startswith("200 - 73 -> ")
    assert "Traceback" not in out.stderr
    # a measurement run leaves the person's settings alone
    assert not list(tmp_path.rglob("*.ini")) and not list(tmp_path.rglob("*.conf"))
