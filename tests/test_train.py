"""Training paths that the tutorial does not take: batches, all pairs, continuing a model, targets."""

import numpy as np

from rnnsub.config import Config
from rnnsub.rnn import Weights, backward, encode, forward
from rnnsub.train import Control, Trainer


def test_batch_update_is_the_sum_of_the_single_sample_updates():
    c = Config(batch=5, hidden=6, seed=4)
    t = Trainer(c)
    before = t.weights.copy()
    r = t.step()
    expected = [np.zeros_like(before.W0), np.zeros_like(before.Wh), np.zeros_like(before.W1)]
    for j in range(5):  # the same five pairs, one at a time, from the same weights
        x, y = encode(r.a[:, j : j + 1], r.b[:, j : j + 1], c.bits)
        h, y_hat = forward(before, x, c.cell)
        for total, update in zip(expected, backward(before, x, h, y_hat, y - y_hat)[:3]):
            total += update
    for name, update in zip(("W0", "Wh", "W1"), expected):
        np.testing.assert_allclose(getattr(t.weights, name), getattr(before, name) + c.lr * update, rtol=1e-12,
                                   atol=1e-15)


def test_all_pairs_draws_a_below_b_and_learns_them():
    t = Trainer(Config(pairs="all", iterations=6000))
    drawn = [t.step() for _ in range(200)]
    assert any((r.a < r.b).any() for r in drawn)  # pairs with a < b are trained on
    for _ in t.run():
        pass
    ev = t.evaluate()
    assert ev.total == 256 * 256 and ev.correct[0] == ev.total  # measured: 100 % from iteration 4,000


def test_continuing_a_loaded_model_is_deterministic_and_keeps_learning():
    first = Trainer(Config(iterations=1500))
    for _ in first.run():
        pass
    before = first.evaluate().correct[0]
    runs = []
    for _ in range(2):
        t = Trainer(Config(iterations=1500), weights=first.weights.copy(), iteration=1500)
        assert t.target == 3000
        errors = np.concatenate([p.errors[:, 0] for p in t.run()])
        runs.append((t.weights, errors, t.evaluate().correct[0]))
    np.testing.assert_array_equal(runs[0][0].Wh, runs[1][0].Wh)  # the same continuation, to the bit
    np.testing.assert_array_equal(runs[0][1], runs[1][1])
    assert runs[0][2] > 10 * before  # it learned on (measured: 256 right after 1,500, 27,610 after 1,500 more)


def test_a_model_trained_past_two_to_the_32_iterations_still_continues():
    w = Trainer(Config(hidden=4)).weights
    t = Trainer(Config(hidden=4, iterations=3), weights=w, iteration=2**32 + 5)
    for _ in t.run():
        pass
    assert t.iteration == 2**32 + 8


def test_target_changed_during_a_run():
    t = Trainer(Config(iterations=10**6))
    control = Control()
    seen = []
    for p in t.run(control, every=1):
        seen.append(p.iteration)
        if p.iteration == 10:
            control.set_target(25)  # lower: the run now ends at 25
    assert p.status == "finished" and t.iteration == 25 and p.target == 25
    t2 = Trainer(Config(iterations=10))
    control = Control()
    for p in t2.run(control, every=1):
        if p.iteration == 5:
            control.set_target(40)  # higher: it goes on
        if p.iteration == 20:
            control.set_target(3)  # below where it is: it finishes at once
    assert t2.iteration == 20 and p.status == "finished"


def test_a_learning_rate_posted_while_another_is_pending_is_not_lost():
    control = Control()
    control.set_lr(0.5)
    control.set_lr(0.25)
    assert control.take_changes() == (0.25, None) and control.take_changes() == (None, None)


def test_weights_and_iteration_always_belong_together():
    t = Trainer(Config(iterations=20))
    reports = list(t.run(every=1, with_weights=True))
    ref = Trainer(Config(iterations=20))
    for p in reports:
        while ref.iteration < p.iteration:
            ref.step()
        for name in ("W0", "Wh", "W1"):
            np.testing.assert_array_equal(getattr(p.weights, name), getattr(ref.weights, name))
    assert isinstance(reports[0].weights, Weights)


def test_weights_read_between_steps_stay_as_they_were():
    """Each step makes new weight arrays (one row per model, viewed as W0, Wh, W1): a reader holding the Weights of
    iteration i keeps them, while the trainer goes on."""
    t = Trainer(Config(iterations=10), seeds=[0, 1, 2])
    t.step()
    held, copy = t.weights, t.weights.copy()
    for _ in range(3):
        t.step()
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(getattr(held, name), getattr(copy, name))
        assert not np.shares_memory(getattr(held, name), getattr(t.weights, name))
