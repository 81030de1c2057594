"""rnnsub.bptt: the backward pass itemised by step, ‖∂h_T/∂h_t‖, and the formula's numbers (issue 10, views 4-5).

Checked against independent references: central differences for the Jacobians, rnn.backward for the deltas and
the whole update, rnn.forward for h_t."""

import functools

import numpy as np
import pytest

from rnnsub import bptt
from rnnsub.config import Config
from rnnsub.rnn import Weights, backward, cell_step, encode, forward, init_weights
from rnnsub.train import Trainer

CELLS = pytest.mark.parametrize("cell", ["elman", "notebook"])


def random_weights(H, scale, seed=3):
    rng = np.random.RandomState(seed)
    return Weights(rng.uniform(-scale, scale, (1, 2, H)), rng.uniform(-scale, scale, (1, H, H)),
                   rng.uniform(-scale, scale, (1, H, 1)))


@functools.cache
def trained(cell: str) -> Weights:
    """A model trained at default settings (10,000 iterations, seed 0) with this cell."""
    trainer = Trainer(Config(cell=cell))
    for _ in trainer.run():
        pass
    return trainer.weights


def untrained(H=16, seed=0) -> Weights:
    W0, Wh, W1 = init_weights(np.random.RandomState(seed), H)
    return Weights(W0[None], Wh[None], W1[None])


def h_T_from(w: Weights, cell: str, x, h_t, t):
    """h_T when the state after step t is h_t (H,): steps t+1 .. T run again with cell_step."""
    h = h_t
    for s in range(t, x.shape[0]):  # step s+1 reads x[s]
        h = cell_step(cell, x[s] @ w.W0[0], h @ w.Wh[0])
    return h


@CELLS
def test_jacobians_match_central_differences(cell):
    bits, H, eps = 7, 5, 1e-6
    w = random_weights(H, scale=0.9)
    x, _ = encode(np.array([[93]]), np.array([[58]]), bits)
    h, _ = forward(w, x, cell)
    x1, h1 = x[:, 0, 0], h[:, 0, 0]  # (T, 2), (T+1, H)
    products = {t: P * 10.0**scale for t, P, scale in bptt.jacobian_products(w.Wh[0], cell, h1)}
    norms = bptt.jacobian_log10_norms(w.Wh[0], cell, h1)
    assert sorted(products) == list(range(1, bits + 1))
    for t in range(1, bits + 1):
        numeric = np.empty((H, H))  # numeric[j, i] = ∂h_T[j] / ∂h_t[i]
        for i in range(H):
            e = np.zeros(H)
            e[i] = eps
            numeric[:, i] = (h_T_from(w, cell, x1, h1[t] + e, t) - h_T_from(w, cell, x1, h1[t] - e, t)) / (2 * eps)
        np.testing.assert_allclose(products[t], numeric, rtol=1e-6, atol=1e-9, err_msg=f"t = {t}")
        assert norms[t - 1] == pytest.approx(np.log10(np.linalg.norm(numeric, 2)), abs=1e-6)
    assert norms[-1] == 0.0  # ∂h_T/∂h_T = I


def test_one_step_jacobian_is_the_derived_formula():
    H = 4
    w = random_weights(H, scale=0.7)
    h = np.random.RandomState(1).uniform(0.05, 0.95, (3, H))
    J = bptt.step_jacobians(w.Wh[0], "elman", h)
    np.testing.assert_array_equal(J[1], np.diag(h[2] * (1 - h[2])) @ w.Wh[0].T)
    np.testing.assert_array_equal(bptt.step_jacobians(w.Wh[0], "notebook", h)[0], w.Wh[0].T)


def test_renormalised_product_keeps_digits_that_a_plain_product_loses():
    """Wh = 1e-40 I (notebook): ∂h_T/∂h_1 = 1e-400 I, below the smallest float; its log is still exact."""
    H, bits = 3, 11
    Wh = np.eye(H) * 1e-40
    h = np.full((bits + 1, H), 0.5)
    norms = bptt.jacobian_log10_norms(Wh, "notebook", h)
    np.testing.assert_allclose(norms, -40.0 * np.arange(bits - 1, -1, -1), rtol=1e-12)


def test_a_saturated_step_makes_the_product_exactly_zero():
    H = 2
    h = np.array([[0.1, 0.1], [0.3, 0.6], [1.0, 1.0], [0.4, 0.5]])  # h_2 saturated: h (1 - h) = 0
    norms = bptt.jacobian_log10_norms(np.ones((H, H)), "elman", h)  # ∂h_3/∂h_1 = J_3 J_2, J_2 = 0
    assert norms[0] == -np.inf and np.isfinite(norms[1]) and norms[2] == 0


@CELLS
@pytest.mark.parametrize("model", ["random", "trained"])
def test_steps_sum_to_backward_and_deltas_are_backward(cell, model):
    w = random_weights(6, scale=0.8) if model == "random" else trained(cell)
    bits = 8
    for a, b in ((200, 73), (255, 0), (128, 127), (9, 9)):
        tt = bptt.through_time(w, cell, a, b, bits)
        x, y = encode(np.array([[a]]), np.array([[b]]), bits)
        with np.errstate(over="ignore", invalid="ignore"):
            h, y_hat = forward(w, x, cell)
            updates = dict(zip(bptt.MATRICES, backward(w, x, h, y_hat, y - y_hat)))
            dh = backward(w, x, h, y_hat, y - y_hat)[3][:, 0, 0]
        np.testing.assert_array_equal(tt.dh, dh)
        np.testing.assert_array_equal(tt.h, h[:, 0, 0])
        np.testing.assert_array_equal(tt.y_hat, y_hat[:, 0, 0])
        for name in bptt.MATRICES:
            np.testing.assert_array_equal(tt.updates[name], updates[name][0])
            np.testing.assert_allclose(tt.steps[name].sum(axis=0), updates[name][0], rtol=0, atol=1e-12, err_msg=name)
            shares = tt.shares[name]
            assert shares.shape == (bits,)
            assert shares.sum() == pytest.approx(1.0, abs=1e-12) or not shares.any()
            assert (shares >= 0).all()


def test_shapes_and_the_per_step_parts():
    H, bits = 7, 12
    w = random_weights(H, scale=0.5)
    tt = bptt.through_time(w, "elman", 3000, 1234, bits)
    assert (tt.T, tt.H) == (bits, H)
    assert tt.x.shape == (bits, 2) and tt.h.shape == (bits + 1, H) and tt.y_hat.shape == (bits,)
    assert tt.delta.shape == (bits,) and tt.dh.shape == (bits, H) and tt.log10_norm.shape == (bits,)
    assert tt.steps["W0"].shape == (bits, 2, H) and tt.steps["Wh"].shape == (bits, H, H)
    assert tt.steps["W1"].shape == (bits, H, 1)
    t = 5  # step t: x_tᵀ δh_t, h_{t-1}ᵀ δh_t, h_tᵀ δ_t
    np.testing.assert_array_equal(tt.steps["W0"][t - 1], np.outer(tt.x[t - 1], tt.dh[t - 1]))
    np.testing.assert_array_equal(tt.steps["Wh"][t - 1], np.outer(tt.h[t - 1], tt.dh[t - 1]))
    np.testing.assert_array_equal(tt.steps["W1"][t - 1], np.outer(tt.h[t], tt.delta[t - 1]))
    assert tt.delta[t - 1] == (tt.y[t - 1] - tt.y_hat[t - 1]) * (tt.y_hat[t - 1] * (1 - tt.y_hat[t - 1]))
    sizes = np.linalg.norm(tt.steps["Wh"], axis=(1, 2))
    np.testing.assert_allclose(tt.shares["Wh"], sizes / sizes.sum(), rtol=1e-15)
    assert list(tt.x[:, 0]) == [(3000 >> i) & 1 for i in range(bits)]


def test_shares_of_nothing_are_zero_and_of_infinity_not_a_number():
    assert not bptt.step_shares(np.zeros((4, 2, 3))).any()
    parts = np.ones((3, 1, 1))
    parts[1] = np.inf
    assert np.isnan(bptt.step_shares(parts)).all()


@CELLS
@pytest.mark.parametrize("model", ["random", "trained", "untrained"])
def test_formula_numbers_are_forwards(cell, model):
    w = {"random": random_weights(6, 1.5), "trained": trained(cell) if model == "trained" else None,
         "untrained": untrained()}[model]
    bits, a, b = 8, 200, 73
    x, _ = encode(np.array([[a]]), np.array([[b]]), bits)
    for step in range(1, bits + 1):
        for unit in (0, w.hidden - 1):
            f = bptt.formula(w, cell, a, b, bits, step, unit)
            assert (f.step, f.unit) == (step, unit)
            np.testing.assert_array_equal(f.x, x[step - 1, 0, 0])
            np.testing.assert_array_equal(f.W0, w.W0[0, :, unit])
            for c in ("elman", "notebook"):
                with np.errstate(over="ignore", invalid="ignore"):
                    h, _ = forward(w, x, c)  # each cell on its own trajectory
                n = f.cells[c]
                np.testing.assert_array_equal(n.h_prev, h[step - 1, 0, 0])
                assert n.h == h[step, 0, 0, unit] or (np.isnan(n.h) and np.isnan(h[step, 0, 0, unit]))
                assert n.xw == f.x @ f.W0
                assert n.hw == pytest.approx(h[step - 1, 0, 0] @ w.Wh[0, :, unit], rel=1e-12, abs=1e-300)
            assert f.elman.z == f.elman.xw + f.elman.hw and f.elman.h == f.elman.s
            assert f.notebook.z == f.notebook.xw and f.notebook.h == f.notebook.s + f.notebook.hw


def test_formula_rejects_a_step_or_unit_out_of_range():
    w = untrained(4)
    for step, unit in ((0, 0), (9, 0), (1, 4), (1, -1)):
        with pytest.raises(ValueError):
            bptt.formula(w, "elman", 1, 1, 8, step, unit)


def test_notebook_cell_trained_explodes_and_its_hidden_deltas_are_exactly_zero():
    """The README's claim, checked: on the default notebook model every hidden delta of these pairs is exactly 0
    (the outputs are saturated, so δ_t = 0), while |h| grows by orders of magnitude per step and the true
    Jacobian ∂h_T/∂h_1 explodes (the tutorial's backward pass cannot see it)."""
    w = trained("notebook")
    rng = np.random.RandomState(5)
    for a, b in [(200, 73), (255, 1), (128, 64)] + [tuple(sorted(rng.randint(256, size=2), reverse=True))
                                                     for _ in range(20)]:
        tt = bptt.through_time(w, "notebook", a, b, 8)
        assert not tt.dh.any(), (a, b)
        assert not any(tt.shares[n].any() for n in bptt.MATRICES)
    tt = bptt.through_time(w, "notebook", 200, 73, 8)
    size = np.abs(tt.h[1:]).max(axis=1)
    assert size[-1] > 1e40 and (np.diff(np.log10(size)) > 4).all()
    assert tt.log10_norm[0] > 30


def test_notebook_cell_untrained_still_passes_deltas_back():
    tt = bptt.through_time(untrained(), "notebook", 200, 73, 8)
    assert (np.abs(tt.dh).max(axis=1) > 0).all()
    assert np.abs(tt.h).max() < 2 and (tt.log10_norm[:-1] < 0).all()


def test_converged_elman_gradient_vanishes_through_time():
    """A converged default model: ‖∂h_T/∂h_1‖ is orders of magnitude below 1 (vanishing), and an untrained one's too."""
    for w in (trained("elman"), untrained()):
        tt = bptt.through_time(w, "elman", 200, 73, 8)
        assert tt.log10_norm[0] < -2 and tt.log10_norm[-1] == 0
