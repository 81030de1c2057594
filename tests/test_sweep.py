import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rnnsub.cli import main
from rnnsub.config import Config
from rnnsub.sweep import Sweep, parse_seeds
from rnnsub.train import Trainer

ROOT = Path(__file__).resolve().parents[1]


def test_parse_seeds():
    assert parse_seeds("0-3") == [0, 1, 2, 3]
    assert parse_seeds("1,4, 9") == [1, 4, 9]
    assert parse_seeds("0-1,7") == [0, 1, 7]


def test_sweep_table(capsys):
    assert main(["sweep", "--seeds", "0-1", "--lrs", "0.9,0.05", "--iterations", "3000"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["model", "cell", "hidden", "lr", "seed", "accuracy", "100%", "at", "diverged"]
    rows = [line.split() for line in out[1:5]]
    assert [(r[3], r[4]) for r in rows] == [("0.9", "0"), ("0.9", "1"), ("0.05", "0"), ("0.05", "1")]
    assert rows[0][5] == "100.00%" and rows[0][6].isdigit() and rows[2][6] == "never"
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
    assert rows[0][-2:] == ["at", "12"] and rows[1][-1] == "no"


@pytest.mark.parametrize("args,words", [
    (["--seeds", "5-2"], "the range 5-2 is empty"),
    (["--seeds", ""], "is not a seed or a range"),
    (["--seeds", "a-b"], "is not a seed or a range"),
    (["--seeds", "0-1000"], "at most 256"),
    (["--lrs", "0.1,x"], "every value must be a number"),
    (["--lrs", "0.1,-2"], "lr must be a number from 1e-06 to 1000"),
    (["--hiddens", "8,zero"], "every value must be a whole number"),
    (["--hiddens", "0"], "hidden must be a whole number from 1 to 512"),
    (["--cells", "lstm"], "cell must be one of elman, notebook, got 'lstm'"),
    (["--eval-every", "0"], "--eval-every: 0 must be at least 1"),
])
def test_sweep_bad_input_is_one_line_and_status_2(args, words):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "sweep", *args], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and words in out.stderr, out.stderr
