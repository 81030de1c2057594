import time

import numpy as np
import pytest

from rnnsub.config import Config
from rnnsub.data import answer, borrows
from rnnsub.evaluate import evaluate, predict
from rnnsub.rnn import Weights
from rnnsub.train import Trainer


def trained(**kw):
    t = Trainer(Config(iterations=3000, **kw))
    for _ in t.run():
        pass
    return t


def test_untrained_model_scores_low_and_trained_scores_all():
    fresh = Trainer(Config())
    ev = fresh.evaluate()
    assert ev.total == 32896 and ev.correct[0] < 1000
    t = trained()
    ev = t.evaluate()
    assert ev.correct[0] == 32896 and ev.line() == "exhaustive accuracy: 32896/32896 = 100.00% (ordered pairs, 8 bits)"
    assert (ev.bit_accuracy == 1).all()
    assert ev.chain_total.sum() == 32896 and (ev.chain_correct == ev.chain_total).all()


def test_per_bit_and_chain_accuracy_agree_with_direct_counts():
    t = Trainer(Config(iterations=400))
    for _ in t.run():
        pass
    ev = t.evaluate()
    a, b = np.tril_indices(256)
    value, bits, _ = predict(t.weights, "elman", a, b, 8)
    true = answer(a, b, 8)
    assert ev.correct[0] == (value[0] == true).sum()
    for k in range(8):
        assert np.isclose(ev.bit_accuracy[0, k], (bits[0, k] == ((true >> k) & 1)).mean())
    assert 0 < ev.correct[0] < 32896


def test_sampled_evaluation_beyond_ten_bits_says_so():
    ev = Trainer(Config(bits=12)).evaluate()
    assert not ev.exhaustive and ev.total == 100_000
    assert ev.line().startswith("sampled accuracy: ") and "100000 random ordered pairs, 12 bits" in ev.line()


def test_trace_of_one_pair():
    t = trained()
    tr = t.trace(200, 73)
    assert tr.h.shape == (9, 16) and np.allclose(tr.h[0], 0.1)
    assert tr.x[:, 0].tolist() == [(200 >> i) & 1 for i in range(8)]
    assert tr.answer == 127 and tr.value == 127 and tr.right
    assert tr.borrow.tolist() == borrows(200, 73, 8).tolist()
    assert ((tr.p > 0.5) == tr.pred.astype(bool)).all()


def test_lockstep_models_evaluate_independently():
    t = Trainer(Config(iterations=2500), seeds=[0, 1, 2])
    for _ in t.run():
        pass
    ev = t.evaluate()
    for k, seed in enumerate([0, 1, 2]):
        alone = Trainer(Config(iterations=2500, seed=seed))
        for _ in alone.run():
            pass
        assert ev.correct[k] == evaluate(alone.weights, "elman", 8, "ordered").correct[0]
        np.testing.assert_allclose(t.weights.Wh[k], alone.weights.Wh[0], rtol=1e-9, atol=1e-12)


def test_prefix_tree_predictions_equal_running_every_pair():
    from rnnsub.data import evaluation_pairs
    from rnnsub.evaluate import _forward_outputs, _prefix_outputs

    for cell, iterations in (("elman", 0), ("elman", 2000), ("notebook", 300)):
        t = Trainer(Config(cell=cell, iterations=iterations, bits=6), seeds=[0, 1])
        for _ in t.run():
            pass
        for pairs in ("ordered", "all"):
            a, b, _ = evaluation_pairs(6, pairs)
            tree = _prefix_outputs(t.weights, cell, a, b, 6)
            every = _forward_outputs(t.weights, cell, a, b, 6)
            np.testing.assert_allclose(tree, every, rtol=0, atol=1e-12)
            assert (np.round(tree) == np.round(every)).all()


def test_long_evaluations_can_be_interrupted():
    from rnnsub.evaluate import Interrupted

    t = Trainer(Config(bits=16))
    try:
        t.evaluate(interrupt=lambda: True)
        raise AssertionError("not interrupted")
    except Interrupted as e:
        assert 0 < e.fraction < 1
    small = Trainer(Config())  # the prefix tree is fast and runs to the end
    assert small.evaluate(interrupt=lambda: True).total == 32896


def test_an_evaluation_that_overruns_its_share_is_put_off():
    from rnnsub.evaluate import Interrupted

    calls = []

    def too_slow(interrupt):  # 0.1% done after 5 ms: the whole would take ~5 s
        calls.append(interrupt)
        time.sleep(0.005)
        raise Interrupted(0.001)

    trainer = Trainer(Config(iterations=1000))
    reports = list(trainer.run(eval_every=10, eval_share=0.2, evaluator=too_slow))
    assert reports[-1].status == "finished" and trainer.iteration == 1000
    assert all(r.evaluation is None for r in reports)
    # tried once, then put off for 4 x 5 s of training instead of tried every 10 iterations; then the final attempt
    assert len(calls) == 2


def models_in_every_state(cell="elman", bits=6, hidden=8):
    """Seven models: two untrained, two learning, three trained, the last with weights so large that some outputs
    are NaN (h W1 is inf - inf)."""
    t = Trainer(Config(cell=cell, bits=bits, hidden=hidden), seeds=range(7))
    snapshots = [t.weights.copy()]
    for i in range(1500):
        t.step()
        if i + 1 in (300, 1500):
            snapshots.append(t.weights.copy())
    pick = [0, 0, 1, 1, 2, 2, 2]  # which snapshot each model comes from
    w = Weights(*(np.stack([getattr(snapshots[s], name)[k] for k, s in enumerate(pick)]) for name in ("W0", "Wh", "W1")))
    w.W1[6] = 1e308 * np.where(np.arange(hidden)[:, None] % 2, 1.0, -1.0)
    w.Wh[6] *= 1e3
    return w


def test_prefix_tree_for_any_number_of_models_equals_running_every_pair(monkeypatch):
    """Issue 9: the tree runs in chunks of models within its memory bound and grows levels in blocks; pinned to
    running every pair through the network (same predictions, outputs within 1e-12)."""
    from rnnsub import evaluate as E
    from rnnsub.data import evaluation_pairs

    monkeypatch.setattr(E, "_CHUNK_TREE_FLOATS", 3 * 4**5 * 8)  # three models of 6 bits, 8 hidden per chunk
    monkeypatch.setattr(E, "_BLOCK_FLOATS", 1000)  # several blocks per level
    for cell in ("elman", "notebook"):
        w = models_in_every_state(cell)
        assert len(list(E._model_chunks(w, 6))) == 3
        for pairs in ("ordered", "all"):
            a, b, _ = evaluation_pairs(6, pairs)
            tree = E._prefix_outputs(w, cell, a, b, 6)
            every = E._forward_outputs(w, cell, a, b, 6)
            np.testing.assert_allclose(tree, every, rtol=0, atol=1e-12)  # NaN where the other has NaN
            np.testing.assert_array_equal(E.output_bits(tree), E.output_bits(every))
        assert (E.output_bits(tree[6]) == E.UNKNOWN).any()


def test_32_and_256_models_take_the_prefix_tree(monkeypatch):
    from rnnsub import evaluate as E

    def no(*args, **kwargs):
        raise AssertionError("every pair run through the network")

    monkeypatch.setattr(E, "_forward_outputs", no)
    for K in (32, 256):
        t = Trainer(Config(iterations=0), seeds=range(K))
        ev = t.evaluate()
        assert ev.total == 32896 and ev.correct.shape == (K,)
        a, b, *_ = E._judged(8, "ordered")
        if K == 32:
            assert E.predict(t.weights, "elman", a, b, 8)[0].shape == (32, 32896)


@pytest.mark.parametrize("bits,pairs", [(1, "ordered"), (2, "all"), (5, "ordered"), (6, "all"), (6, "ordered")])
def test_counts_from_the_tree_are_those_of_every_pair(monkeypatch, bits, pairs):
    """evaluate() counts right pairs, right bits and right pairs per borrow chain on the tree's nodes: the
    same numbers as judging every pair's own outputs."""
    from rnnsub import evaluate as E

    monkeypatch.setattr(E, "_CHUNK_TREE_FLOATS", 2 * 4 ** max(bits - 1, 0) * 8)
    w = models_in_every_state(bits=bits)
    ev = E.evaluate(w, "elman", bits, pairs)
    a, b, exhaustive, true, chain, chain_total = E._judged(bits, pairs)
    value, pred, _ = E.predict(w, "elman", a, b, bits)
    truth = answer(a, b, bits)
    assert exhaustive and ev.total == a.size
    np.testing.assert_array_equal(ev.correct, (value == truth).sum(axis=1))
    np.testing.assert_array_equal(ev.bit_accuracy, (pred == true).mean(axis=2))
    right = value == truth
    np.testing.assert_array_equal(ev.chain_correct, [np.bincount(chain[r], minlength=bits + 1) for r in right])
    np.testing.assert_array_equal(ev.chain_total, chain_total)
    np.testing.assert_array_equal(E.all_right(w, "elman", bits, pairs), ev.correct == ev.total)


def test_a_checker_says_exactly_when_every_pair_is_right():
    """The sweep's checks: witnesses and screens only ever prove a model wrong; the answer at every check is
    that of a full evaluation, and most checks of a model still learning end at its witnesses."""
    from rnnsub.evaluate import Checker

    t = Trainer(Config(iterations=4000), seeds=[0, 1, 2, 5])
    checker = Checker(4, "elman", 8, "ordered")
    solved_at = {}
    for _ in range(40):
        for _ in range(100):
            t.step()
        todo = [k for k in range(4) if k not in solved_at]
        if not todo:
            break
        ok = checker.all_right(t.weights.take(todo), todo)
        full = t.evaluate()
        for k, right in zip(todo, ok):
            assert right == (full.correct[k] == full.total), (t.iteration, k)
            if right:
                solved_at[k] = t.iteration
    assert len(solved_at) >= 3
    assert checker.counts["full"] < checker.counts["witnesses"] / 4


def test_a_checker_beyond_ten_bits_judges_the_fixed_sample():
    from rnnsub.evaluate import Checker

    t = Trainer(Config(bits=12, hidden=4), seeds=[0, 1])
    checker = Checker(2, "elman", 12, "ordered")
    assert not checker.all_right(t.weights).any() and checker.known.all()
    assert not checker.all_right(t.weights).any()  # the witnesses prove it again
    assert checker.counts["witnesses"] == 2


def test_an_estimate_is_a_fixed_sample_and_says_so():
    from rnnsub.evaluate import estimate

    t = Trainer(Config(iterations=1500))
    for _ in t.run():
        pass
    full = t.evaluate()
    est = t.estimate()
    assert est.estimate and not est.exhaustive and est.total == 2048 and est.seconds > 0
    assert est.line().startswith("estimated accuracy: ")
    low, high = est.interval(0)
    assert low < est.accuracy[0] < high and low <= full.accuracy[0] <= high
    assert full.interval(0) == (full.accuracy[0], full.accuracy[0])
    again = estimate(t.weights, "elman", 8, "ordered", 256)
    assert again.total == 256 and again.chain_total.sum() == 256 and again.chain_correct.sum() == again.correct.sum()
    assert estimate(t.weights, "elman", 8, "ordered", 256).correct[0] == again.correct[0]  # the same pairs
