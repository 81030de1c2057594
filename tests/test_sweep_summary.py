"""The sweep's summary per value of each swept setting, and the status of a model (stuck, diverged, ...): the error
history it is judged from, constructed curves, real models, and the CLI's lines against its own table."""

import numpy as np
import pytest

from rnnsub.cli import format_summary, main
from rnnsub.config import Config
from rnnsub.curves import BlockHistory
from rnnsub.sweep import (
    STATUS_HELP,
    STATUSES,
    STUCK_MIN,
    Sweep,
    SweepModel,
    converged_count,
    solved_count,
    status,
    summarise,
    swept,
    trend,
)

# -- the error history ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("blocks", [1, 3, 64])
def test_block_history_holds_the_sums_of_every_block_in_any_chunking(blocks):
    rng = np.random.default_rng(blocks)
    errors = rng.random((5000, 3))
    errors[4000:, 1] = np.nan  # model 1 diverged: its non-finite errors are skipped
    h = BlockHistory(3, blocks)
    i = 0
    while i < len(errors):
        m = int(rng.integers(1, 700))
        h.append(errors[i : i + m])
        i += m
    full = len(h.sums) * h.size
    assert h.n == 5000 and full + h.part_n == 5000 and h.part_n < h.size
    assert blocks <= len(h.sums) < 2 * blocks or blocks == 1
    finite = np.isfinite(errors[:full])
    expected = np.where(finite, errors[:full], 0).reshape(len(h.sums), h.size, 3).sum(1)
    np.testing.assert_allclose(h.sums, expected)
    np.testing.assert_array_equal(h.counts, finite.reshape(len(h.sums), h.size, 3).sum(1))


def test_block_history_stays_small_however_long_the_run():
    h = BlockHistory(2, 64)
    for _ in range(100):
        h.append(np.ones((10_000, 2)))
    assert h.n == 10**6 and 64 <= len(h.sums) < 128 and h.size == 2**13  # 122 blocks of 8,192
    np.testing.assert_allclose(h.means(0, len(h.sums)), [1.0, 1.0])


# -- stuck, learning, diverged on constructed curves ---------------------------------------------------------------

def judged(curve, chunk=137, **state) -> SweepModel:
    """A model whose error per iteration was `curve`, its status judged as a sweep judges it."""
    h = BlockHistory(1)
    for i in range(0, len(curve), chunk):
        h.append(np.asarray(curve[i : i + chunk])[:, None])
    t = trend(h)
    errors = None if t is None else (float(t[0][0]), float(t[1][0]))
    return SweepModel(0, 0.9, 8, "elman", iterations=len(curve), errors=errors, **state)


rng = np.random.default_rng(0)
T = np.arange(10_000)
NOISE = rng.normal(0, 0.3, T.size)  # about the spread of one sample's error at batch 1


@pytest.mark.parametrize("name,curve,expected", [
    ("flat (a plateau with the noise of single samples)", 2.9 + NOISE, "stuck"),
    ("flat for good after an early fall", 1 + 3 * np.exp(-T / 300) + NOISE, "stuck"),
    ("rising", 2 + T / 20_000 + NOISE, "stuck"),
    ("falling slowly: 3% a quarter", 3 * 0.97 ** (T / 2500) + NOISE, "stuck"),
    ("falling: 10% a quarter", 3 * 0.9 ** (T / 2500) + NOISE, "learning"),
    ("falling steadily", 4 - T / 4000 + NOISE, "learning"),
    ("flat, then falling in the last quarter", np.where(T < 8000, 3.9, 3.9 - (T - 8000) / 1000) + NOISE, "learning"),
    ("falling until 60% of the run, flat since: the flat stretch is not yet half the run",
     np.where(T < 6000, 4 - T / 2000, 1.0) + NOISE, "learning"),
    ("falling until 40% of the run, flat since", np.where(T < 4000, 4 - T / 2000, 2.0) + NOISE, "stuck"),
])
def test_stuck_on_constructed_curves(name, curve, expected):
    assert status(judged(curve)) == expected, name


def test_too_short_to_be_stuck():
    flat = np.full(STUCK_MIN - 1, 3.0)
    assert judged(flat).errors is None and status(judged(flat)) == "learning"
    assert status(judged(np.full(STUCK_MIN, 3.0))) == "stuck"


def test_the_order_of_the_statuses():
    flat = np.full(4000, 3.0)
    assert status(judged(flat, diverged_at=3000)) == "diverged"  # before everything else
    assert status(judged(np.r_[flat[:3000], [np.nan] * 1000], diverged_at=3001)) == "diverged"
    assert status(judged(flat, solved_at=2500)) == "solved"  # not yet measured at the end: solved as far as known
    assert status(judged(flat, solved_at=2500, accuracy=1.0, accuracy_at=4000)) == "solved"
    assert status(judged(flat, solved_at=2500, accuracy=0.99, accuracy_at=4000)) == "lost"
    assert status(judged(flat, solved_at=2500, accuracy=1.0, accuracy_at=4000, diverged_at=4000)) == "diverged"
    assert status(SweepModel(0, 0.9, 8, "elman")) == "waiting"
    assert set(STATUSES) == {"solved", "lost", "learning", "stuck", "diverged", "waiting"} == set(STATUS_HELP)


# -- real models ---------------------------------------------------------------------------------------------------

def run(sweep: Sweep) -> Sweep:
    for _ in sweep.run():
        pass
    return sweep


def test_real_stuck_learning_and_solved_models():
    # 1 hidden unit, or a learning rate far too small: the error never leaves its plateau
    sweep = run(Sweep.plan(Config(iterations=10_000), seeds=[0, 1], lrs=[0.9, 0.001], hiddens=[1, 4, 8]))
    got = {(m.hidden, m.lr, m.seed): m.status for m in sweep.models}
    assert all(got[1, lr, s] == "stuck" for lr in (0.9, 0.001) for s in (0, 1))
    assert got[4, 0.001, 0] == got[8, 0.001, 0] == "stuck"
    assert got[4, 0.9, 0] == "learning"  # 4 units, seed 0: 36% of the pairs and still falling (~10% a quarter)
    assert got[8, 0.9, 0] == got[8, 0.9, 1] == "solved"
    for m in sweep.models:
        if m.status in ("stuck", "learning"):
            before, last = m.errors
            assert (last > 0.95 * before) == (m.status == "stuck")


def test_a_real_diverged_model_is_diverged_not_stuck():
    # the notebook's cell at 32 bits blows up at iteration 12 with lr 0.9; with lr 0.01 it trains on
    sweep = run(Sweep.plan(Config(cell="notebook", bits=32, iterations=3000), seeds=[0], lrs=[0.9, 0.01],
                           eval_every=1000))
    diverged, other = sweep.models
    assert diverged.diverged_at == 12 and diverged.status == "diverged"
    assert other.diverged_at is None and other.status in ("stuck", "learning")
    assert [s.diverged for s in summarise(sweep.models)] == [1, 0]


def test_statuses_during_a_run_judge_the_curve_so_far():
    sweep = Sweep.plan(Config(iterations=4000), seeds=[0], lrs=[0.9, 0.001])
    seen = []
    for r in sweep.run(seconds=None):
        seen.append((r.progress.iteration, [m.status for m in r.models]))
    assert all(s == ["learning", "learning"] for n, s in seen if n < min(2000, STUCK_MIN))
    assert ["solved", "learning"] in [s for n, s in seen if n < STUCK_MIN]  # lr 0.9 solves before 3,000
    assert seen[-1][1] == ["solved", "stuck"]


# -- the summary ---------------------------------------------------------------------------------------------------

def test_swept_settings_and_the_seed():
    ms = lambda **kw: [SweepModel(**{"seed": s, "lr": 0.9, "hidden": 8, "cell": "elman", **kw}) for s in range(3)]  # noqa: E731
    assert swept(ms()) == [] and [s.setting for s in summarise(ms())] == [""]  # only seeds: one summary of all
    models = ms(hidden=2) + ms(hidden=4, lr=0.5)
    assert swept(models) == ["hidden", "lr"]
    assert [(s.setting, s.value, s.models) for s in summarise(models)] == [
        ("hidden", 2, 3), ("hidden", 4, 3), ("lr", 0.9, 3), ("lr", 0.5, 3)]


@pytest.mark.parametrize("solved,median", [([100, 300, 200, None], 200.0), ([400, 100, 200, 300], 250.0),
                                           ([None, None], None), ([700], 700.0)])
def test_median_iteration_of_those_that_reached_100(solved, median):
    models = [SweepModel(i, 0.9, 8, "elman", solved_at=s, iterations=1000) for i, s in enumerate(solved)]
    (s,) = summarise(models)
    assert s.median_at == median and s.reached == sum(x is not None for x in solved)


def check_summaries_against_rows(models):
    """Each summary's counts are those of the models (rows) with its value."""
    summaries = summarise(models)
    for s in summaries:
        rows = [m for m in models if not s.setting or getattr(m, s.setting) == s.value]
        at = sorted(m.solved_at for m in rows if m.solved_at is not None)
        assert s.models == len(rows) == sum(s.statuses.values())
        assert s.reached == len(at) == solved_count(rows)
        assert s.right_at_end == sum(m.accuracy_at is not None and m.accuracy == 1 and m.diverged_at is None
                                     for m in rows) == converged_count(rows)
        assert s.median_at == (None if not at else (at[(len(at) - 1) // 2] + at[len(at) // 2]) / 2)
        for word in STATUSES:
            assert s.statuses[word] == getattr(s, word) == sum(m.status == word for m in rows)
    return summaries


def test_summary_counts_equal_the_models():
    sweep = run(Sweep.plan(Config(iterations=4000), seeds=range(4), lrs=[0.9, 0.001], hiddens=[2, 8]))
    summaries = check_summaries_against_rows(sweep.models)
    assert [(s.setting, s.value) for s in summaries] == [("hidden", 2), ("hidden", 8), ("lr", 0.9), ("lr", 0.001)]
    lr_small = summaries[3]
    assert lr_small.stuck == 8 and lr_small.reached == 0 and lr_small.median_at is None


def test_cli_summary_lines_match_its_table(capsys):
    assert main(["sweep", "--seeds", "0-3", "--hiddens", "2,8", "--iterations", "4000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rows = lines[0].split(), [line.split() for line in lines[1:9]]
    assert header[-1] == "status" and len(rows) == 8
    summary = lines[9:11]
    for hidden, line in zip((2, 8), summary):
        mine = [r for r in rows if r[2] == str(hidden)]
        at = [int(r[6]) for r in mine if r[6] != "never"]
        stuck, learning = sum(r[-1] == "stuck" for r in mine), sum(r[-1] == "learning" for r in mine)
        right = sum(r[5] == "100.00%" for r in mine)
        median = f" (median at iteration {np.median(at):,.0f})" if at else ""
        assert line == (f"hidden {hidden}: 4 models, {len(at)} reached 100%{median}, {right} right at the end, "
                        f"{learning} still learning, {stuck} stuck, 0 diverged")
    assert summary[1] == "hidden 8: 4 models, 4 reached 100% (median at iteration 2,550), 4 right at the end, " \
                         "0 still learning, 0 stuck, 0 diverged"
    # then what each status in the table means, once
    legend = [line.strip() for line in lines[11:] if line.startswith("  ")]
    assert legend == [f"{w}: {STATUS_HELP[w]}" for w in STATUSES if any(r[-1] == w for r in rows)]
    assert lines[-1] == "converged: 4/8"


def test_summary_line_wording():
    models = ([SweepModel(s, 0.5, 4, "elman", solved_at=1000 + 300 * s, accuracy=1.0, accuracy_at=5000, iterations=5000)
               for s in range(3)] + [SweepModel(3, 0.5, 4, "elman", solved_at=900, accuracy=0.5, accuracy_at=5000,
                                                iterations=5000),
                                     SweepModel(4, 0.5, 4, "elman", diverged_at=40, iterations=5000),
                                     SweepModel(5, 0.5, 4, "elman")])
    (s,) = summarise(models, ["lr"])
    assert format_summary(s) == ("lr 0.5: 6 models, 4 reached 100% (median at iteration 1,150), 3 right at the end, "
                                 "1 lost 100% again, 0 still learning, 0 stuck, 1 diverged, 1 waiting")
    (s,) = summarise(models[:1])
    assert format_summary(s) == ("all: 1 model, 1 reached 100% (median at iteration 1,000), 1 right at the end, "
                                 "0 still learning, 0 stuck, 0 diverged")
