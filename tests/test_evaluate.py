import time

import numpy as np

from rnnsub.config import Config
from rnnsub.data import answer, borrows
from rnnsub.evaluate import evaluate, predict
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
