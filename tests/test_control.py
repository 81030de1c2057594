"""Trainer.run driven from another thread: pause, resume, step, stop, rate, learning rate; divergence."""

import threading
import time

import numpy as np

from rnnsub.config import Config
from rnnsub.train import Control, Trainer


def run_in_thread(trainer, control, **kw):
    reports = []
    thread = threading.Thread(target=lambda: reports.extend(trainer.run(control, **kw)), daemon=True)
    thread.start()
    return thread, reports


def wait_for(cond, timeout=5.0):
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.005)


def test_pause_resume_step_stop():
    trainer = Trainer(Config(iterations=10**7))
    control = Control()
    thread, reports = run_in_thread(trainer, control, seconds=0.02)
    wait_for(lambda: trainer.iteration > 200)
    control.pause()
    wait_for(lambda: reports and reports[-1].status == "paused")
    frozen = trainer.iteration
    time.sleep(0.15)
    assert trainer.iteration == frozen  # paused means paused
    control.step()
    wait_for(lambda: trainer.iteration == frozen + 1)
    control.step(3)
    wait_for(lambda: trainer.iteration == frozen + 4)
    time.sleep(0.05)
    assert trainer.iteration == frozen + 4
    control.resume()
    wait_for(lambda: trainer.iteration > frozen + 100)
    t0 = time.monotonic()
    control.stop()
    thread.join(1.0)
    assert not thread.is_alive() and time.monotonic() - t0 < 0.1
    assert reports[-1].status == "stopped" and reports[-1].iteration == trainer.iteration
    # every iteration was reported exactly once, in order
    errors = np.concatenate([r.errors for r in reports])
    assert errors.shape == (trainer.iteration, 1)
    firsts = [r.first for r in reports if r.errors.size]
    assert firsts == sorted(firsts) and firsts[0] == 1


def test_stop_while_paused_and_while_rate_limited():
    for rate in (None, 2.0):
        trainer = Trainer(Config(iterations=10**6))
        control = Control(rate=rate)
        if rate is None:
            control.pause()
        thread, reports = run_in_thread(trainer, control, seconds=0.05)
        time.sleep(0.2)
        t0 = time.monotonic()
        control.stop()
        thread.join(1.0)
        assert not thread.is_alive() and time.monotonic() - t0 < 0.1
        assert reports[-1].status == "stopped"


def test_rate_limit():
    trainer = Trainer(Config(iterations=10**6))
    control = Control(rate=40.0)
    thread, _ = run_in_thread(trainer, control, seconds=0.05)
    time.sleep(0.5)
    control.stop()
    thread.join(1.0)
    assert 12 <= trainer.iteration <= 25  # ~20 at 40/s, with slack for a slow machine


def test_learning_rate_change_applies_from_the_next_iteration():
    trainer = Trainer(Config(iterations=50))
    control = Control()
    reports = []
    for p in trainer.run(control, every=1):
        reports.append(p)
        if p.iteration == 10:
            control.set_lr(0.1)
    assert trainer.lr[0] == 0.1
    # the same run done by hand: 10 iterations at 0.9, 40 at 0.1
    ref = Trainer(Config(iterations=50))
    for i in range(50):
        if i == 10:
            ref.set_lr(0.1)
        ref.step()
    np.testing.assert_array_equal(ref.weights.Wh, trainer.weights.Wh)


def test_finished_run_reports_once_with_evaluation():
    trainer = Trainer(Config(iterations=300))
    reports = list(trainer.run(eval_every=100, seconds=10))
    assert [r.status for r in reports] == ["running", "running", "running", "finished"]
    assert [r.iteration for r in reports if r.evaluation is not None] == [100, 200, 300, 300]
    assert sum(r.errors.shape[0] for r in reports) == 300


def test_one_diverging_model_is_frozen_and_the_others_go_on():
    config = Config(cell="notebook", bits=32, iterations=60)
    trainer = Trainer(config, seeds=[0, 1], lrs=[0.9, 0.05])
    reports = list(trainer.run(with_weights=True))
    assert reports[-1].status == "finished"
    assert trainer.diverged_at[0] == 12 and trainer.diverged_at[1] == -1
    errors = np.concatenate([r.errors for r in reports])
    assert np.isnan(errors[12:, 0]).all() and np.isfinite(errors[:, 1]).all()
    for name in ("W0", "Wh", "W1"):
        assert np.isfinite(getattr(trainer.weights, name)).all()
    # model 1 equals the same settings trained alone
    alone = Trainer(config.replace(seed=1, lr=0.05))
    for _ in alone.run():
        pass
    np.testing.assert_allclose(alone.weights.Wh[0], trainer.weights.Wh[1], rtol=1e-9)


def test_all_diverged_stops_with_last_finite_weights():
    trainer = Trainer(Config(cell="notebook", bits=32, iterations=1000))
    snapshots = {}
    for p in trainer.run(every=1, with_weights=True):
        snapshots[p.iteration] = p.weights
    assert p.status == "diverged" and p.diverged_at[0] == 12 and trainer.iteration == 12
    np.testing.assert_array_equal(trainer.weights.Wh, snapshots[11].Wh)  # the weights before iteration 12
