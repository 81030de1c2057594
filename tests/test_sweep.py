import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from rnnsub.cli import main
from rnnsub.config import Config
from rnnsub.evaluate import Interrupted
from rnnsub.sweep import Sweep, parse_seeds
from rnnsub.train import Control, Trainer

ROOT = Path(__file__).resolve().parents[1]


def test_parse_seeds():
    assert parse_seeds("0-3") == [0, 1, 2, 3]
    assert parse_seeds("1,4, 9") == [1, 4, 9]
    assert parse_seeds("0-1,7") == [0, 1, 7]


def test_sweep_table(capsys):
    assert main(["sweep", "--seeds", "0-1", "--lrs", "0.9,0.05", "--iterations", "3000"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["model", "cell", "hidden", "lr", "seed", "accuracy", "100%", "at", "diverged", "status"]
    rows = [line.split() for line in out[1:5]]
    assert [(r[3], r[4]) for r in rows] == [("0.9", "0"), ("0.9", "1"), ("0.05", "0"), ("0.05", "1")]
    assert rows[0][5] == "100.00%" and rows[0][6].isdigit() and rows[2][6] == "never"
    assert [r[-1] for r in rows] == ["solved", "solved", "stuck", "stuck"]  # lr 0.05 is still on its first plateau
    assert out[-1] == "converged: 2/4"


def test_models_of_a_sweep_equal_the_same_models_trained_alone():
    config = Config(iterations=400)
    sweep = Sweep.plan(config, seeds=[3, 4], lrs=[0.9, 0.5], hiddens=[8, 16], cells=["elman", "notebook"])
    for _ in sweep.run():
        pass
    assert len(sweep.models) == 16 and len(sweep.groups) == 4
    for idx, trainer in sweep.groups:
        for j, i in enumerate(idx):
            m = sweep.models[i]
            alone = Trainer(config.replace(seed=m.seed, lr=m.lr, hidden=m.hidden, cell=m.cell))
            for _ in alone.run():
                pass
            np.testing.assert_allclose(trainer.weights.Wh[j], alone.weights.Wh[0], rtol=1e-9, atol=1e-12)
            assert m.accuracy == alone.evaluate().accuracy[0]


def test_a_diverging_model_is_marked_and_the_others_run_on(capsys):
    assert main(["sweep", "--cells", "notebook", "--bits", "32", "--seeds", "0", "--lrs", "0.9,0.01",
                 "--iterations", "100", "--eval-every", "50"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[1:3]]
    assert rows[0][-3:] == ["at", "12", "diverged"] and rows[1][-2:] == ["no", "learning"]


@pytest.mark.parametrize("args,words", [
    (["--seeds", "5-2"], "the range 5-2 is empty"),
    (["--seeds", ""], "give at least one seed"),
    (["--seeds", "a-b"], "is not a seed or a range"),
    (["--seeds", "0-1000"], "at most 256"),
    (["--lrs", "0.1,x"], "--lrs: 'x' is not a number"),
    (["--lrs", "0.1,-2"], "lr must be a number from 1e-06 to 1000"),
    (["--hiddens", "8,zero"], "--hiddens: 'zero' is not a whole number"),
    (["--hiddens", "0"], "hidden must be a whole number from 1 to 512"),
    (["--cells", "lstm"], "cell must be one of elman, notebook, got 'lstm'"),
    (["--eval-every", "0"], "--eval-every: 0 must be at least 1"),
])
def test_sweep_bad_input_is_one_line_and_status_2(args, words):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "sweep", *args], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and words in out.stderr, out.stderr


def train_alone(config):
    t = Trainer(config)
    for _ in t.run():
        pass
    return t


def test_reports_carry_copies_of_every_model():
    sweep = Sweep.plan(Config(iterations=3000), seeds=[0, 1], lrs=[0.9, 0.05], eval_every=100)
    reports = list(sweep.run(seconds=0.01))
    assert len(reports) > 3 and reports[-1].status == "finished"
    for r in reports:
        assert len(r.models) == 4 and all(a is not b for a, b in zip(r.models, sweep.models))
        assert r.group == [0, 1, 2, 3] and r.group_index == 0 and r.weights == {}
    # an early report still says what was true then, though the sweep went on
    assert all(m.solved_at is None and m.accuracy_at is None for m in reports[0].models)
    assert reports[-1].models == sweep.models and sweep.solved_count() == 2
    assert all(m.accuracy_at == 3000 for m in reports[-1].models)
    at, frac = reports[-1].solved_curve()
    np.testing.assert_array_equal(frac, [0.25, 0.5])


def test_requested_weights_come_with_the_next_report_and_belong_to_its_iteration():
    config = Config(iterations=2000)
    sweep = Sweep.plan(config, seeds=[0, 1, 2], lrs=[0.9], hiddens=[8, 16])
    with pytest.raises(IndexError):
        sweep.request_weights(6)
    got = []
    for r in sweep.run(seconds=None):  # a report after each check (every 100 iterations)
        if r.progress.iteration == 300 and r.group_index == 0:
            sweep.request_weights(1)
            sweep.request_weights(4)  # in the second group, which has not started
        if r.weights:
            got.append(r)
    (r,) = got
    assert sorted(r.weights) == [1, 4] and r.progress.iteration == 400
    (w1, meta1), (w4, meta4) = r.weights[1], r.weights[4]
    assert meta1["iterations"] == 400 and meta1["seed"] == 1 and meta1["hidden"] == 8 and meta1["accuracy"] is None
    alone = train_alone(config.replace(seed=1, hidden=8, iterations=400))
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_allclose(getattr(w1, name), getattr(alone.weights, name), rtol=1e-9)
    assert meta4["iterations"] == 0 and meta4["hidden"] == 16
    np.testing.assert_array_equal(w4.Wh, Trainer(config.replace(seed=1, hidden=16)).weights.Wh)


def test_weights_requested_from_another_thread():
    config = Config(iterations=10**6)
    sweep = Sweep.plan(config, seeds=[0, 1], lrs=[0.9])
    control = Control()
    reports = []

    def work():
        for r in sweep.run(control, seconds=0.02):
            reports.append(r)
            if r.weights:
                control.stop()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    while not reports:
        time.sleep(0.01)
    sweep.request_weights(1)
    thread.join(30)
    assert not thread.is_alive()
    (r,) = [r for r in reports if r.weights]
    weights, meta = r.weights[1]
    assert meta["iterations"] == r.progress.iteration > 0
    alone = train_alone(config.replace(seed=1, iterations=meta["iterations"]))
    np.testing.assert_allclose(weights.Wh, alone.weights.Wh, rtol=1e-9)
    # a stopped sweep's models were not measured at the end: their meta says so
    assert sweep.model_file(0)[1]["accuracy"] is None


def test_a_diverged_model_opens_with_its_last_finite_weights():
    config = Config(cell="notebook", bits=32, iterations=60)
    sweep = Sweep.plan(config, seeds=[0], lrs=[0.9, 0.01])
    reports = list(sweep.run())
    assert reports[-1].models[0].diverged_at == 12 and reports[-1].models[1].diverged_at is None
    weights, meta = sweep.model_file(0)
    assert meta["iterations"] == 11
    alone = train_alone(config.replace(seed=0, lr=0.9, iterations=11))
    np.testing.assert_allclose(weights.Wh, alone.weights.Wh, rtol=1e-9)
    assert sweep.model_file(1)[1]["iterations"] == 60


def test_stopped_during_the_last_evaluation_is_stopped_not_a_crash():
    sweep = Sweep.plan(Config(iterations=50), seeds=[0], lrs=[0.9])

    def interrupted(interrupt=None):
        raise Interrupted(0.5)

    sweep.groups[0][1].evaluate = interrupted
    reports = list(sweep.run())
    assert reports[-1].status == "stopped" and reports[-1].models[0].accuracy_at is None


@pytest.mark.parametrize("text,comma,expected", [("0.1,0.5,0.9", False, [0.1, 0.5, 0.9]), ("0.5, 0.9", False, [0.5, 0.9]),
                                                 ("1,5", True, [1.5]), ("1,5; 2", True, [1.5, 2.0]),
                                                 ("0.5 2", True, [0.5, 2.0]), ("１.５", False, [1.5])])
def test_one_list_rule(text, comma, expected):
    from rnnsub.sweep import parse_list

    assert parse_list(text, float, "rates", comma) == expected


@pytest.mark.parametrize("text", ["0.5,,2", "0.5,", ",0.5", "0.5;;2"])
def test_an_empty_list_item_is_refused(text):
    from rnnsub.errors import ConfigError
    from rnnsub.sweep import parse_list

    with pytest.raises(ConfigError) as e:
        parse_list(text, float, "rates")
    assert e.value.kind == "list_empty_item"
