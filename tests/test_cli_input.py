"""The command line keeps what was done on Ctrl+C, and never ignores an option it was given.

Interrupts are tested twice: in real processes sent SIGINT (exit status, stderr, timing), and in-process with a
SIGINT raised at a chosen iteration, where the report can be checked exactly.
"""

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import rnnsub.cli
import rnnsub.sweep
from rnnsub.cli import _ctrl_c_stops, build_parser, config_from_args, main, sweep_values
from rnnsub.config import PRESETS, Config
from rnnsub.modelfile import load_model, make_meta, save_model
from rnnsub.rnn import Weights, init_weights
from rnnsub.train import Control, Trainer

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


def run_main(*argv):
    """main() in-process: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


# -- Ctrl+C in real processes -------------------------------------------------------------------------------------

class Process:
    """main.py in a child process whose stdout is read line by line as it comes (unbuffered)."""

    def __init__(self, *args):
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.p = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines, self._cond = [], threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.p.stdout:
            with self._cond:
                self.lines.append(line.rstrip("\n"))
                self._cond.notify_all()

    def wait_for(self, text, timeout=60):
        with self._cond:
            assert self._cond.wait_for(lambda: any(text in line for line in self.lines) or self.p.poll() is not None,
                                       timeout), f"no {text!r} within {timeout} s"
        assert self.p.poll() is None, f"ended early: {self.p.stderr.read()}"

    def wait_cpu(self, seconds, at_least=0.0):
        """Until the child has used `seconds` of CPU time (and `at_least` seconds have passed): past its imports and
        into its work however loaded the machine is."""
        start = time.perf_counter()
        tick = os.sysconf("SC_CLK_TCK")
        while True:
            assert self.p.poll() is None, f"ended early: {self.p.stderr.read()}"
            fields = Path(f"/proc/{self.p.pid}/stat").read_text().rsplit(")", 1)[1].split()
            if (int(fields[11]) + int(fields[12])) / tick >= seconds and time.perf_counter() - start >= at_least:
                return
            time.sleep(0.05)

    def interrupt(self) -> float:
        self.p.send_signal(signal.SIGINT)
        return time.perf_counter()

    def finish(self, timeout=60):
        """(exit status, stdout lines, stderr, seconds since finish was called)."""
        start = time.perf_counter()
        status = self.p.wait(timeout)
        ended = time.perf_counter()
        self._reader.join(10)
        return status, self.lines, self.p.stderr.read(), ended - start


def test_train_interrupted_reports_and_saves_the_weights_so_far(tmp_path):
    path = tmp_path / "m.npz"
    proc = Process("train", "--iterations", "100000000", "--log-every", "2000", "--save", str(path))
    proc.wait_for("---------")
    time.sleep(0.5)
    proc.interrupt()
    status, lines, err, seconds = proc.finish()
    assert status == 130 and err == "", err
    assert seconds < 5  # measured: ~0.05 s (an 8-bit model is measured in ~10 ms)
    (at,) = [n for n, line in enumerate(lines) if line.startswith("interrupted at iteration ")]
    iteration = int(lines[at].split()[3])
    assert lines[at] == f"interrupted at iteration {iteration} of 100000000" and iteration > 0
    assert lines[at + 1].startswith("exhaustive accuracy: ") and lines[at + 1].endswith("(ordered pairs, 8 bits)")
    assert lines[at + 2].startswith("samples per second: ") and int(lines[at + 2].split(": ")[1]) > 0
    assert lines[at + 3] == f"saved {path} (the model at iteration {iteration}, as trained when interrupted)"
    _, meta = load_model(path)
    assert meta["iterations"] == iteration and meta["accuracy"] == float(lines[at + 1].split(" = ")[1].split("%")[0]) / 100


def test_sweep_interrupted_prints_the_table_so_far():
    proc = Process("sweep", "--seeds", "0-1", "--hiddens", "8,16", "--iterations", "100000000")
    proc.wait_cpu(1.5, at_least=2.0)  # past the imports (~0.3 s) and training the first group, however loaded
    proc.interrupt()
    status, lines, err, seconds = proc.finish()
    assert status == 130 and err == "", err
    assert seconds < 5  # measured: 0.1-0.3 s (two 8-bit models measured)
    assert lines[0].startswith("interrupted at iteration ") and lines[0].endswith(" of 100000000, training models 0-1 of 4")
    iteration = lines[0].split()[3]
    assert lines[1].split() == ["model", "cell", "hidden", "lr", "seed", "accuracy", "100%", "at", "diverged", "trained"]
    rows = [line.split() for line in lines[2:6]]
    assert all(r[5].endswith("%") and r[-2:] == [iteration, "(interrupted)"] for r in rows[:2])  # measured now
    assert all(r[5:7] == ["-", "-"] and r[-2:] == ["not", "started"] for r in rows[2:])
    assert lines[6].startswith("accuracy checked every 100 iterations; ")
    assert lines[7].startswith("converged: ") and lines[7].endswith(" so far (2 not started)") and len(lines) == 8


def test_second_ctrl_c_ends_at_once_and_says_nothing_was_saved(tmp_path):
    # measuring a 32-bit model with 512 hidden units takes ~20 s: a second Ctrl+C must not wait for it
    path = tmp_path / "big.npz"
    proc = Process("train", "--bits", "32", "--hidden", "512", "--iterations", "100000000", "--log-every", "100000",
                   "--save", str(path))
    proc.wait_for("---------")
    proc.interrupt()
    proc.wait_for("interrupted at iteration ")
    time.sleep(0.3)
    proc.interrupt()
    status, lines, err, seconds = proc.finish()
    assert status == 130 and err == f"interrupted before {path} was saved\n"
    assert seconds < 5 and not path.exists()  # measured: ~0.02 s after the second SIGINT
    assert not list(tmp_path.iterdir())  # no half-written temporary file either


def test_two_quick_ctrl_c_end_quietly():
    proc = Process("train", "--iterations", "100000000", "--log-every", "1000")
    proc.wait_for("---------")
    proc.interrupt()
    proc.interrupt()
    status, lines, err, _ = proc.finish()
    assert status == 130 and "Traceback" not in err and len(err.splitlines()) <= 1, err


def test_evaluate_interrupted(tmp_path):
    path = tmp_path / "big.npz"
    config = Config(bits=32, hidden=512)
    W0, Wh, W1 = init_weights(np.random.RandomState(0), config.hidden)
    save_model(path, Weights(W0[None], Wh[None], W1[None]), make_meta(config, 0, None))
    proc = Process("evaluate", "--model", str(path))
    proc.wait_for("elman cell, 32 bits, 512 hidden, 0 iterations")  # said before measuring (~20 s)
    time.sleep(0.3)
    proc.interrupt()
    status, lines, err, seconds = proc.finish()
    assert status == 130 and err == "interrupted\n" and lines == ["elman cell, 32 bits, 512 hidden, 0 iterations"]
    assert seconds < 5


# -- Ctrl+C in-process, at a chosen iteration ---------------------------------------------------------------------

def ctrl_c_at(monkeypatch, module, iteration, hidden=None):
    """Make Trainers made by `module` raise SIGINT right after `iteration` (in the group of `hidden` units, if given)."""

    class Interrupting(Trainer):
        def _step(self):
            result = super()._step()
            if self.iteration == iteration and hidden in (None, self.config.hidden):
                signal.raise_signal(signal.SIGINT)
            return result

    monkeypatch.setattr(module, "Trainer", Interrupting)


def test_train_stops_at_the_iteration_of_the_ctrl_c(monkeypatch, tmp_path):
    ctrl_c_at(monkeypatch, rnnsub.cli, 1500)
    path = tmp_path / "m.npz"
    status, out, err = run_main("train", "--iterations", "1000000", "--log-every", "1000", "--save", str(path))
    lines = out.splitlines()
    assert status == 130 and err == ""
    assert sum(line == "---------" for line in lines) == 2  # iterations 1 and 1001
    alone = Trainer(Config(iterations=1500))
    for _ in alone.run():
        pass
    assert lines[-4:-2] == ["interrupted at iteration 1500 of 1000000", alone.evaluate().line()]
    assert lines[-1] == f"saved {path} (the model at iteration 1500, as trained when interrupted)"
    weights, meta = load_model(path)
    np.testing.assert_array_equal(weights.Wh, alone.weights.Wh)  # the weights of iteration 1500, as the meta says
    assert meta["iterations"] == 1500 and meta["accuracy"] == alone.evaluate().accuracy[0]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Ctrl+C is Python's again


def test_sweep_marks_finished_interrupted_and_not_started_models(monkeypatch):
    ctrl_c_at(monkeypatch, rnnsub.sweep, 700, hidden=8)
    status, out, err = run_main("sweep", "--seeds", "0-1", "--hiddens", "4,8,16", "--iterations", "3000")
    lines = out.splitlines()
    assert status == 130 and err == ""
    assert lines[0] == "interrupted at iteration 700 of 3000, training models 2-3 of 6"
    rows = [line.split() for line in lines[2:8]]
    assert [r[-1] for r in rows[:2]] == ["3000", "3000"]  # finished and measured at the end of their group
    assert [r[-2:] for r in rows[2:4]] == [["700", "(interrupted)"]] * 2  # measured now, at iteration 700
    assert all(r[5].endswith("%") for r in rows[:4])
    assert [r[5:7] + r[-2:] for r in rows[4:]] == [["-", "-", "not", "started"]] * 2
    assert lines[-1].startswith("converged: ") and lines[-1].endswith(" so far (2 not started)")


def test_sweep_interrupted_while_measuring_a_group(monkeypatch):
    # 11 bits: the group's last measurement (100,000 pairs, in chunks) is interrupted, and the CLI measures it
    ctrl_c_at(monkeypatch, rnnsub.sweep, 50, hidden=4)
    status, out, err = run_main("sweep", "--seeds", "0-1", "--hiddens", "4,8", "--bits", "11", "--iterations", "50")
    lines = out.splitlines()
    assert status == 130 and err == "" and lines[0] == "interrupted at iteration 50 of 50, measuring models 0-1 of 4"
    rows = [line.split() for line in lines[2:6]]
    assert [r[-1] for r in rows[:2]] == ["50", "50"] and all(r[5].endswith("%") for r in rows[:2])
    assert [r[-2:] for r in rows[2:]] == [["not", "started"]] * 2


def test_sweep_interrupted_between_groups(monkeypatch):
    ctrl_c_at(monkeypatch, rnnsub.sweep, 300, hidden=4)  # the last iteration: the group is measured, the next stops
    status, out, err = run_main("sweep", "--seeds", "0", "--hiddens", "4,8", "--iterations", "300")
    lines = out.splitlines()
    assert status == 130 and lines[0] == "interrupted before model 1 of 2 started"
    assert lines[2].split()[-1] == "300" and lines[3].split()[-2:] == ["not", "started"]


def test_ctrl_c_while_training_stops_the_loop_and_a_second_raises():
    control = Control()
    with _ctrl_c_stops(control):
        signal.raise_signal(signal.SIGINT)
        assert control.stopped
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)


def test_ctrl_c_anywhere_else_is_status_130_and_one_line(monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(rnnsub.cli, "load_model", interrupted)
    assert run_main("predict", "--model", "m.npz", "1", "2") == (130, "", "interrupted\n")


def test_only_ctrl_c_becomes_status_130(monkeypatch):
    """A bug during the report after an interrupt keeps its traceback; it is not taken for Ctrl+C."""
    ctrl_c_at(monkeypatch, rnnsub.cli, 10)

    def broken(self, interrupt=None):
        raise ValueError("a bug in the evaluation")

    monkeypatch.setattr(Trainer, "evaluate", broken)
    with pytest.raises(ValueError, match="a bug"):
        main(["train", "--iterations", "1000"], io.StringIO(), io.StringIO())
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# -- options are never silently ignored ---------------------------------------------------------------------------

def test_explicit_options_override_the_preset():
    args = build_parser().parse_args(["train", "--preset", "tutorial", "--bits", "12", "--iterations", "20000"])
    assert config_from_args(args, PRESETS["tutorial"][0]) == Config(b_range="half", bits=12, iterations=20000)
    status, out, _ = run_main("train", "--preset", "tutorial", "--bits", "12", "--iterations", "10")
    assert status == 0 and "(100000 random ordered pairs, 12 bits)" in out.splitlines()[-2]


def test_the_preset_with_more_iterations_still_prints_the_tutorials_blocks():
    status, out, _ = run_main("train", "--preset", "tutorial", "--iterations", "1601")
    lines = out.splitlines()
    recorded = (DATA / "tutorial_preset_blocks.txt").read_text().splitlines()
    assert status == 0 and lines[:15] == recorded[:15] and sum(line == "---------" for line in lines) == 3


def test_log_every_overrides_the_preset():
    status, out, _ = run_main("train", "--preset", "tutorial", "--iterations", "1601", "--log-every", "400")
    assert status == 0 and sum(line == "---------" for line in out.splitlines()) == 5  # 1, 401, 801, 1201, 1601


def test_sweep_single_forms_are_lists_of_one_and_the_defaults_hold():
    parse = build_parser().parse_args
    args = parse(["sweep"])
    assert sweep_values(args, config_from_args(args)) == (list(range(32)), [0.9], [16], ["elman"])
    args = parse(["sweep", "--seed", "5", "--lr", "2", "--hidden", "8", "--cell", "notebook"])
    assert sweep_values(args, config_from_args(args)) == ([5], [2.0], [8], ["notebook"])
    status, out, _ = run_main("sweep", "--seed", "5", "--lr", "0.5", "--hidden", "8", "--iterations", "10")
    rows = [line.split() for line in out.splitlines()[1:-2]]
    assert status == 0 and [r[1:5] for r in rows] == [["elman", "8", "0.5", "5"]]


@pytest.mark.parametrize("single,plural", [("--seed", "--seeds"), ("--lr", "--lrs"), ("--hidden", "--hiddens"),
                                           ("--cell", "--cells")])
def test_sweep_refuses_a_single_and_a_list_form_together(single, plural):
    value = {"--seed": "5", "--lr": "2", "--hidden": "8", "--cell": "notebook"}[single]
    status, out, err = run_main("sweep", single, value, plural, value)
    assert status == 2 and out == "" and err == (f"error: {single} and {plural} were both given; give one of them "
                                                 f"({plural} also takes a single value)\n")


@pytest.mark.parametrize("args", [["--lrs", "0.5,,2"], ["--lrs", "0.5,"], ["--lrs", ",0.5"], ["--hiddens", "8,,16"],
                                  ["--cells", "elman,"], ["--lrs", ""], ["--lrs", " , "], ["--seeds", "0,,3"],
                                  ["--seeds", "0-3,"]])
def test_sweep_refuses_empty_list_items(args):
    status, out, err = run_main("sweep", *args, "--iterations", "10")
    assert status == 2 and out == "" and len(err.splitlines()) == 1, err
    assert err.startswith("error: ") and args[0].lstrip("-") in err and ("missing" in err or "give at least one" in err
                                                                         or "is not a seed" in err), err


@pytest.mark.parametrize("where,words", [
    ("{tmp}/missing/m.npz", "the folder {tmp}/missing does not exist"),
    ("{tmp}", "that is a folder"),
    ("{tmp}/new/", "that is a folder"),
    ("{tmp}/file.txt/m.npz", "{tmp}/file.txt is not a folder"),
    ("/dev/null", "that is not a regular file"),
    ("/proc/m.npz", "cannot take a new file"),
    ("", "--save needs a file name"),
])
def test_save_path_is_refused_before_any_training(where, words, tmp_path):
    (tmp_path / "file.txt").write_text("x")
    start = time.perf_counter()
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "train", "--iterations", "1000000",
                          "--save", where.format(tmp=tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and out.stdout == "", out.stdout[:300]  # not one block trained
    assert out.stderr.count("\n") == 1 and words.format(tmp=tmp_path) in out.stderr, out.stderr
    assert time.perf_counter() - start < 10  # a million iterations would take a minute
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]  # the probe left nothing behind


def test_help_shows_the_real_defaults():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    train, sweep = (" ".join(commands[c].format_help().split()) for c in ("train", "sweep"))  # unwrapped
    assert "default 8)" in train and "default 1000, or the preset's" in train and "--b-range half --log-every 800" in train
    assert "(default 0-31; not with --seed)" in sweep and "default: --seeds 0-31" in sweep and "default 0.9;" in sweep


def test_predict_with_unknown_outputs_prints_question_marks(tmp_path, capsys):
    """A model with finite but enormous weights: some outputs are NaN; those bits are unknown, never a number."""
    import numpy as np

    from rnnsub.config import Config
    from rnnsub.modelfile import make_meta, save_model
    from rnnsub.rnn import Weights

    rng = np.random.RandomState(0)
    W = lambda *shape: np.where(rng.random_sample(shape) < 0.5, -1.7e308, 1.7e308)[None]  # noqa: E731
    path = tmp_path / "huge.npz"
    save_model(path, Weights(W(2, 16), W(16, 16), W(16, 1)), make_meta(Config(), 10, None))
    assert main(["predict", "--model", str(path), "200", "73"]) == 0
    captured = capsys.readouterr()
    line = next(x for x in captured.out.splitlines() if x.startswith("model"))
    assert "?" in line and "not a number" in line and "-9223372036854775808" not in line
    assert captured.err == ""


def test_seeds_follow_the_list_rule():
    from rnnsub.sweep import parse_seeds

    assert parse_seeds("0-3 7") == [0, 1, 2, 3, 7] and parse_seeds("1;2, 3") == [1, 2, 3]


def test_ctrl_c_while_main_is_still_importing(monkeypatch, capsys):
    import builtins

    import main as entry

    real_import = builtins.__import__

    def interrupted(name, *args, **kwargs):
        if name == "rnnsub.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    assert entry.main(["train"]) == 130
    assert capsys.readouterr().err == "interrupted\n"
