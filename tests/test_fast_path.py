"""rnnsub/fast.py (what training runs) against rnnsub/rnn.py (the reference): the same numbers.

fast.py re-expresses the cell equations fused and in place; that is the one place besides rnn.cell_step where they
are written, and these tests hold the two together. Forward must be bit-identical. The updates and the hidden
deltas are bit-identical here too, but are only required to agree to 1e-15: a BLAS may sum a product over T·B
samples in a different order for a 2-D np.dot than for a batched matmul.
"""

import numpy as np
import pytest

from rnnsub import fast, rnn
from rnnsub.config import Config
from rnnsub.rnn import Weights, encode
from rnnsub.train import Trainer


def _cases():
    """(K, B, T, H): the edges, what training uses, and random draws."""
    fixed = [(1, 1, 1, 1), (1, 1, 8, 16), (1, 1, 32, 40), (1, 8, 8, 16), (32, 1, 8, 16), (3, 4, 32, 40), (2, 5, 1, 7)]
    rng = np.random.RandomState(2024)
    drawn = [(int(rng.choice([1, 1, 2, 5])), int(rng.choice([1, 3, 16])), int(rng.randint(1, 33)), int(rng.randint(1, 41)))
             for _ in range(8)]
    return fixed + drawn


SCALES = {"initial": rnn.INIT_SCALE, "trained": 1.0, "large": 12.0}  # "large" saturates σ, and blows up the notebook cell


def _problem(K, B, T, H, scale, seed):
    rng = np.random.RandomState(seed)
    w = Weights(rng.uniform(-scale, scale, (K, 2, H)), rng.uniform(-scale, scale, (K, H, H)),
                rng.uniform(-scale, scale, (K, H, 1)))
    a, b = (rng.randint(0, 2**T, size=(K, B), dtype=np.int64) for _ in range(2))
    x, y = encode(a, b, T)
    return w, np.ascontiguousarray(x), y  # contiguous, as the trainer holds its inputs


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("cell", ["elman", "notebook"])
@pytest.mark.parametrize("K,B,T,H", _cases())
def test_fast_path_is_the_reference(K, B, T, H, cell, scale):
    w, x, y = _problem(K, B, T, H, SCALES[scale], seed=K * 1000 + B * 100 + T * 41 + H)
    with np.errstate(over="ignore", invalid="ignore"):  # the large notebook cell overflows to inf and NaN, on both paths alike
        h_ref, y_ref = rnn.forward(w, x, cell)
        h_fast, y_fast = fast.forward(w, x, cell)
        np.testing.assert_array_equal(h_fast, h_ref)
        np.testing.assert_array_equal(y_fast, y_ref)
        ref = rnn.backward(w, x, h_ref, y_ref, y - y_ref)
        got = fast.backward(w, x, h_ref, y_ref, y - y_ref)
    for name, r, g in zip(("update_W0", "update_Wh", "update_W1", "δh"), ref, got):
        assert g.shape == r.shape, name
        np.testing.assert_allclose(g, r, rtol=1e-15, atol=0, err_msg=name)
    if scale == "large" and T >= 8 and H >= 8:  # the regimes these cases are for:
        saturated = np.concatenate([h_ref[1:].ravel(), y_ref.ravel()])
        assert ((saturated == 0) | (saturated == 1)).any()  # σ rounded to exactly 0 or 1 (exp overflows for 0)
        if cell == "notebook":
            assert not (np.abs(h_ref) < 1e6).all()  # the notebook cell's runaway state


def test_the_trainer_steps_with_the_reference_maths():
    """One training step of K models, batch B, redone with rnn.forward and rnn.backward."""
    trainer = Trainer(Config(batch=4, iterations=10), seeds=[3, 4, 5])
    for _ in range(5):
        trainer.step()
    w = trainer.weights.copy()
    r = trainer.step()
    x, y = encode(r.a, r.b, trainer.config.bits)
    x = np.ascontiguousarray(x)
    h, y_hat = rnn.forward(w, x, "elman")
    np.testing.assert_array_equal(r.y_hat, y_hat)
    updates = rnn.backward(w, x, h, y_hat, y - y_hat)[:3]
    for name, u in zip(("W0", "Wh", "W1"), updates):
        expected = getattr(w, name) + u * trainer.lr[:, None, None]
        np.testing.assert_allclose(getattr(trainer.weights, name), expected, rtol=1e-15, atol=0, err_msg=name)


@pytest.mark.parametrize("cell", ["elman", "notebook"])
@pytest.mark.parametrize("K,B", [(1, 1), (1, 8), (32, 1), (3, 4)])
def test_a_net_kept_between_steps_is_the_reference_at_every_step(K, B, cell):
    """fast.Net keeps its arrays (and their views) from one call to the next, as the trainer runs it: nothing of
    one step may leak into the next. Fresh weights and inputs each step, the reference each time."""
    T, H = 8, 16
    net = fast.Net(T, K, B, H, cell)
    for step in range(4):
        scale = (rnn.INIT_SCALE, 1.0, 12.0, 1.0)[step]
        w, x, y = _problem(K, B, T, H, scale, seed=100 * step + K + B)
        with np.errstate(over="ignore", invalid="ignore"):
            h_ref, y_ref = rnn.forward(w, x, cell)
            h, y_hat = net.forward(w, x, fast.input_codes(x))
            np.testing.assert_array_equal(h, h_ref)
            np.testing.assert_array_equal(y_hat, y_ref)
            ref = rnn.backward(w, x, h_ref, y_ref, y - y_ref)
            got = net.backward(w, x, y_hat, y - y_hat)
        for name, r, g in zip(("update_W0", "update_Wh", "update_W1", "δh"), ref, got):
            np.testing.assert_allclose(g, r, rtol=1e-15, atol=0, err_msg=f"{name} at step {step}")


def test_weights_as_one_row_per_model():
    """The trainer's weights are views of one (K, P) array: W0, Wh, W1 in a row, as model files and Weights have them."""
    w, _, _ = _problem(3, 1, 8, 5, 1.0, seed=7)
    flat = np.concatenate([v.reshape(3, -1) for v in (w.W0, w.Wh, w.W1)], axis=1)
    assert flat.shape == (3, fast.flat_size(5))
    v = fast.as_weights(flat, 5)
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(getattr(v, name), getattr(w, name))
        assert np.shares_memory(getattr(v, name), flat)
