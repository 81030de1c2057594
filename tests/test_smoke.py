"""`python main.py --smoke`: the real window, the real worker, in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_mode(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path),
           "TMPDIR": str(scratch)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke"], capture_output=True, text=True, env=env,
                         timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    figures = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    for name in ("startup_ms", "samples_per_s", "engine_samples_per_s", "window_engine_ratio", "loop_latency_p50_ms",
                 "loop_latency_p99_ms", "snapshots_per_s"):
        assert float(figures[name]) >= 0, name
    assert float(figures["samples_per_s"]) > 100 and float(figures["snapshots_per_s"]) > 1
    assert figures["prediction"] == "200 - 73 -> 127 (right)"  # default settings learn within the smoke's run
    assert "Traceback" not in out.stderr
    assert list(scratch.iterdir()) == []  # its scratch folder is gone
    # a measurement run leaves the person's settings alone
    assert not list(tmp_path.rglob("*.ini")) and not list(tmp_path.rglob("*.conf"))


def test_smoke_takes_the_training_options_and_compares_with_the_engine(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    args = ["--smoke", "--bits", "6", "--hidden", "8", "--batch", "2", "--lr", "0.5", "--seed", "3", "--cell", "elman",
            "--iterations", "2000"]
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                         timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    figures = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert figures["settings"] == "--bits 6 --hidden 8 --batch 2 --lr 0.5 --seed 3 --cell elman --iterations 2000 --tab operands"
    window, engine, ratio = (float(figures[n]) for n in ("samples_per_s", "engine_samples_per_s", "window_engine_ratio"))
    assert window > 0 and engine > 0 and abs(ratio - window / engine) <= 0.01
    assert figures["prediction"].startswith("8 - 9 -> ")  # 200 - 73 in 6 bits


def test_smoke_options_are_checked_by_the_settings_declarations(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    for args, said in ((["--smoke", "--bits", "33"], "bits must be a whole number from 1 to 32, got 33"),
                       (["--smoke", "--cell", "lstm"], "cell must be one of elman, notebook"),
                       (["--hidden", "8"], "go with --smoke")):
        out = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                             timeout=60, cwd=ROOT)
        assert out.returncode == 2 and said in out.stderr, out.stderr
        assert "Traceback" not in out.stderr


def test_a_run_too_short_to_learn_says_so_plainly(tmp_path):
    """100 iterations are far too few: the prediction is wrong, and the line says the run stopped before learning."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", "--iterations", "100"], capture_output=True,
                         text=True, env=env, timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    figures = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert figures["prediction"].startswith("200 - 73 -> ") and figures["prediction"].endswith(
        "(wrong: the run stopped after 100 iterations, before the network learned this pair)")


def test_smoke_with_every_tab_in_turn(tmp_path):
    """`--tab all` shows each tab in turn while it trains (issue 10: the views stay within the targets)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", "--tab", "all", "--iterations", "3000"],
                         capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    figures = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert figures["settings"].endswith("--tab all") and float(figures["samples_per_s"]) > 100
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--tab", "all"], capture_output=True, text=True,
                         env=env, timeout=60, cwd=ROOT)
    assert bad.returncode == 2 and "--tab all goes with --smoke" in bad.stderr


def test_smoke_with_nothing_to_train_says_nan_not_a_traceback(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", "--iterations", "0"], capture_output=True,
                         text=True, env=env, timeout=120, cwd=ROOT)
    assert "Traceback" not in out.stderr and "window_engine_ratio: nan" in out.stdout
