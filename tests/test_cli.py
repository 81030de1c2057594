"""The command line: real processes for exit codes and stderr, in-process for the rest."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rnnsub.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("m") / "sub.npz"
    out = run("train", "--iterations", "3000", "--log-every", "1000", "--save", str(path))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[-3] == "exhaustive accuracy: 32896/32896 = 100.00% (ordered pairs, 8 bits)"
    assert lines[-2].startswith("samples per second: ") and float(lines[-2].split(": ")[1]) > 0
    assert lines[:5][0].startswith("error:[") and lines[4] == "---------"
    assert sum(line == "---------" for line in lines) == 3  # iterations 0, 1000, 2000
    return path


def test_predict(model_path):
    out = run("predict", "--model", str(model_path), "0xc8", "0b1001001")
    assert out.returncode == 0 and out.stderr == ""
    assert "A - B  = 01111111  (127)" in out.stdout and "model  = 01111111  (127)  right" in out.stdout


def test_predict_outside_training_pairs(model_path, capsys):
    assert main(["predict", "--model", str(model_path), "3", "5"]) == 0
    out = capsys.readouterr().out
    assert "A - B  = 11111110  (254)" in out and "outside what this model was trained on" in out


def test_evaluate(model_path, capsys):
    assert main(["evaluate", "--model", str(model_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "exhaustive accuracy: 32896/32896 = 100.00% (ordered pairs, 8 bits)"
    assert "accuracy per bit (most significant first):" in out and "accuracy by longest borrow chain:" in out


@pytest.mark.parametrize("args,words", [
    (["predict", "--model", "{m}", "256", "1"], "does not fit in 8 bits"),
    (["predict", "--model", "{m}", "-4", "1"], "negative"),
    (["predict", "--model", "{m}", "2.5", "1"], "not a whole number"),
    (["predict", "--model", "{m}", "12", "zz"], "not a number"),
    (["predict", "--model", "/no/such/file.npz", "1", "1"], "does not exist"),
    (["predict", "--model", "{bad}", "1", "1"], "not an rnnsub model"),
    (["evaluate", "--model", "{bad}"], "not an rnnsub model"),
    (["train", "--hidden", "0"], "hidden must be a whole number from 1 to 512"),
    (["train", "--lr", "-1"], "lr must be a number from 1e-06 to 1000, got -1"),
    (["train", "--lr", "inf"], "lr must be"),
    (["train", "--lr", "0.0000001"], "lr must be a number from 1e-06 to 1000, got 0.0000001"),
    (["train", "--seed", "4294967296"], "seed must be a whole number from 0 to 4,294,967,295"),
    (["train", "--bits", "abc"], "bits must be a whole number from 1 to 32, got 'abc'"),
    (["train", "--iterations", "1.5"], "iterations must be a whole number"),
    (["train", "--cell", "lstm"], "invalid choice"),
    (["train", "--log-every", "0"], "must be at least 1"),
    (["train", "--bogus"], "unrecognized arguments"),
    (["frobnicate"], "invalid choice"),
    (["predict", "1", "2"], "--model"),
])
def test_bad_input_is_one_line_and_status_2(args, words, model_path, tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"garbage")
    out = run(*[a.format(m=model_path, bad=bad) for a in args])
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], out.stderr
    assert "Traceback" not in out.stderr


def test_save_to_unwritable_place_is_one_line(tmp_path):
    out = run("train", "--iterations", "5", "--save", str(tmp_path / "missing" / "m.npz"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "cannot save the model" in out.stderr


@pytest.mark.parametrize("second", ["same", "dotted", "link", "hard link"])
def test_save_and_save_experiment_to_one_file_is_refused_before_training(tmp_path, capsys, second):
    """The experiment, written second, would replace the model: refused in one sentence, nothing trained or written."""
    first = tmp_path / "x.npz"
    if second in ("link", "hard link"):
        first.write_bytes(b"an older file")
        (os.symlink if second == "link" else os.link)(first, tmp_path / "y.npz")
    other = {"same": first, "dotted": tmp_path / "sub" / ".." / "x.npz", "link": tmp_path / "y.npz",
             "hard link": tmp_path / "y.npz"}[second]
    (tmp_path / "sub").mkdir()
    assert main(["train", "--iterations", "5", "--save", str(first), "--save-experiment", str(other)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert "--save and --save-experiment both name" in captured.err and "replace the model" in captured.err
    assert not first.exists() or first.read_bytes() == b"an older file"


def test_diverging_run_reports_the_iteration(capsys):
    # the notebook cell's h_t = σ(x W0) + h_{t-1} Wh grows without bound over 32 steps
    assert main(["train", "--cell", "notebook", "--bits", "32", "--iterations", "200", "--log-every", "1000"]) == 0
    out = capsys.readouterr().out
    assert "diverged at iteration 12:" in out and "sampled accuracy:" in out


def test_cli_never_imports_qt():
    code = ("import sys, main; main.main(['train', '--iterations', '3', '--log-every', '10']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt')\n"
            "             or m.startswith('gui.') and m != 'gui.launch'))")  # main.py -> gui/launch.py, Qt-free, decides
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0 and out.stdout.strip().splitlines()[-1] == "[]"


def test_a_bug_is_not_reported_as_a_users_mistake(monkeypatch):
    """Only UserErrors become one line and status 2; a ValueError from a bug keeps its traceback."""
    import rnnsub.cli

    def broken(*args, **kwargs):
        raise ValueError("operands could not be broadcast together")

    monkeypatch.setattr(rnnsub.cli, "Trainer", broken)
    with pytest.raises(ValueError, match="broadcast"):
        main(["train", "--iterations", "1"])


def test_help_says_what_no_command_does_and_the_window_options(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    text = capsys.readouterr().out
    for option in ("--open", "--lang", "--smoke"):
        assert option in text
    assert "without a command, main.py opens the window" in text
