"""When Trainer.run evaluates (issue 9): full evaluations within their share, estimates while full ones cannot keep
up, and a sweep's checks exact to the iteration. Slow evaluations are stand-ins that sleep, with the run's time
constants shortened: these tests check the order of events, not the speed of the machine."""

import time

import numpy as np
import pytest

from rnnsub import train
from rnnsub.config import Config
from rnnsub.evaluate import Evaluation, Interrupted
from rnnsub.sweep import Sweep
from rnnsub.train import Control, Trainer, _Schedule


def evaluation(estimate: bool, total: int = 100) -> Evaluation:
    return Evaluation(bits=8, pairs="ordered", exhaustive=not estimate, total=total, correct=np.array([total // 2]),
                      bit_accuracy=np.zeros((1, 8)), chain_total=np.zeros(9, dtype=int),
                      chain_correct=np.zeros((1, 9), dtype=int), estimate=estimate)


class Slow:
    """A full evaluation that takes `seconds`, asking `interrupt()` every 5 ms like evaluate() between chunks."""

    def __init__(self, seconds: float):
        self.seconds, self.calls, self.done = seconds, 0, 0

    def __call__(self, interrupt):
        self.calls += 1
        start = time.perf_counter()
        while time.perf_counter() - start < self.seconds:
            time.sleep(0.005)
            if interrupt():
                raise Interrupted(min((time.perf_counter() - start) / self.seconds, 1.0))
        self.done += 1
        return evaluation(estimate=False)


def run_for(trainer: Trainer, seconds: float, **kw):
    """Trainer.run for about `seconds` (then stopped): [(time, iteration, evaluation or None)] of its reports."""
    control = Control()
    start = time.perf_counter()
    seen = []
    for p in trainer.run(control, seconds=0.02, **kw):
        seen.append((time.perf_counter() - start, p.iteration, p.evaluation))
        if time.perf_counter() - start > seconds:
            control.stop()
    return seen


@pytest.fixture
def quick(monkeypatch):
    """The run's time constants, shortened: an estimate once the last point is 0.2 s old, full evaluations up to
    0.4 s."""
    monkeypatch.setattr(train, "ESTIMATE_SECONDS", 0.2)
    monkeypatch.setattr(train, "FULL_SECONDS", 0.4)


def test_estimates_stand_in_while_a_full_evaluation_cannot_keep_up(quick):
    slow = Slow(2.0)  # five times FULL_SECONDS: tried once (and interrupted), then left for the end of the run
    sizes = []

    def estimator(n, interrupt):
        sizes.append(n)
        return evaluation(estimate=True, total=n)

    seen = run_for(Trainer(Config(iterations=10**9)), 2.0, eval_every=50, eval_share=0.2, evaluator=slow,
                   estimator=estimator)
    points = [t for t, _, ev in seen if ev is not None]
    assert slow.calls == 1 and slow.done == 0
    assert all(ev.estimate for _, _, ev in seen if ev is not None)
    assert len(points) >= 5 and max(np.diff([0.0, *points])) < 0.2 + 0.15  # one at least every ESTIMATE_SECONDS
    assert sizes[0] == 2048 and set(sizes[1:]) <= {2 ** k for k in range(6, 12)}


def test_a_long_full_evaluation_follows_an_estimate_of_the_same_weights(quick):
    slow = Slow(0.15)  # over half of ESTIMATE_SECONDS, within FULL_SECONDS: runs when the share has paid for it
    seen = run_for(Trainer(Config(iterations=10**9)), 3.0, eval_every=50, eval_share=0.2, evaluator=slow,
                   estimator=lambda n, interrupt: evaluation(estimate=True, total=n))
    evaluations = [(it, ev.estimate) for _, it, ev in seen if ev is not None]
    full = [i for i, (_, estimate) in enumerate(evaluations) if not estimate]
    assert slow.done >= 2 and len(full) == slow.done
    for i in full[1:]:  # the first one measured what a full evaluation costs
        assert evaluations[i - 1] == (evaluations[i][0], True)  # an estimate of the same iteration just before
    full_time = slow.done * 0.15
    assert full_time < 0.2 * seen[-1][0] * 1.5  # within the share (and some slack for the first, unmeasured one)


def test_cheap_full_evaluations_need_no_estimates():
    trainer = Trainer(Config(iterations=3000))
    estimates = []
    reports = list(trainer.run(eval_every=200, eval_share=0.2, estimator=lambda n, i: estimates.append(n)))
    assert not estimates
    assert all(not r.evaluation.estimate for r in reports if r.evaluation is not None)
    assert reports[-1].evaluation is not None and reports[-1].evaluation.correct[0] == 32896


def test_with_the_whole_share_every_evaluation_point_evaluates():
    slow = Slow(0.01)
    reports = list(Trainer(Config(iterations=500)).run(eval_every=50, evaluator=slow))
    assert slow.done == 10  # at 50, 100, ... 500; the end reuses the evaluation of 500
    assert [r.iteration for r in reports if r.evaluation is not None] == [*range(50, 501, 50), 500]


def test_the_end_of_a_run_reuses_a_full_evaluation_of_the_same_weights():
    calls = []

    def counting(interrupt):
        calls.append(1)
        return evaluation(estimate=False)

    list(Trainer(Config(iterations=300)).run(eval_every=100, evaluator=counting))
    assert len(calls) == 3
    list(Trainer(Config(iterations=350)).run(eval_every=100, evaluator=counting))
    assert len(calls) == 3 + 4  # 100, 200, 300 and the end at 350


def test_time_paused_earns_no_evaluation_time():
    plan = _Schedule(0.2)
    time.sleep(0.2)
    plan.resume()
    plan.earn(time.perf_counter())
    assert plan.credit < 0.01
    time.sleep(0.2)
    plan.earn(time.perf_counter())
    assert 0.04 < plan.credit < 0.1  # a quarter of the time trained


def test_the_estimate_size_follows_half_the_share():
    plan = _Schedule(0.2)
    assert plan.estimate_pairs() == 2048
    plan.per_pair = 2.5e-4  # a quarter of a ms a pair
    assert plan.estimate_pairs() == 256  # 0.25 x 1 s / 2 = 125 ms: 500 pairs, rounded down to a power of two
    plan.per_pair = 1e-6
    assert plan.estimate_pairs() == 2048
    plan.per_pair = 1.0
    assert plan.estimate_pairs() == 64


def test_the_window_settings_give_estimates_with_intervals_at_twelve_bits():
    """The real evaluations: at 12 bits and 128 hidden units a full one (100,000 pairs) takes about a second and
    an estimate a few ms; the first report with an evaluation is an estimate whose interval has width."""
    seen = run_for(Trainer(Config(bits=12, hidden=128, iterations=10**9)), 1.5, eval_every=200, eval_share=0.2)
    evaluations = [ev for _, _, ev in seen if ev is not None]
    assert evaluations and evaluations[0].estimate and evaluations[0].total == 2048
    low, high = evaluations[0].interval(0)
    assert low < high


def test_a_sweep_says_solved_at_the_first_check_where_every_pair_is_right():
    """The checks are exact: the iteration each model is solved at is the first multiple of eval_every at which a
    full evaluation of the model trained alone finds every pair right."""
    config = Config(iterations=3000)
    sweep = Sweep.plan(config, seeds=[0, 1, 2, 3], lrs=[0.9], eval_every=100)
    for _ in sweep.run():
        pass
    for m in sweep.models:
        alone = Trainer(config.replace(seed=m.seed, lr=m.lr))
        first = None
        while alone.iteration < 3000 and first is None:
            for _ in range(100):
                alone.step()
            if alone.evaluate().correct[0] == 32896:
                first = alone.iteration
        assert m.solved_at == first, m
    assert sum(m.solved_at is not None for m in sweep.models) >= 4
