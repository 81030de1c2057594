"""The maths first: BPTT against finite differences, and the notebook cell's update against the tutorial's formulas.

The reference (rnnsub/rnn.py) is what is checked; the fast path (rnnsub/fast.py) is checked alongside, it is cheap.
"""

import numpy as np
import pytest

from bench.tutorial_loop import sigmoid, sigmoid_derivative
from rnnsub import fast, rnn
from rnnsub.rnn import Weights, encode, loss

PATHS = pytest.mark.parametrize("path", [rnn, fast], ids=["reference", "fast"])


def random_weights(K, H, scale=0.8, seed=1):
    rng = np.random.RandomState(seed)
    return Weights(rng.uniform(-scale, scale, (K, 2, H)), rng.uniform(-scale, scale, (K, H, H)),
                   rng.uniform(-scale, scale, (K, H, 1)))


def numeric_gradient(w, name, x, y, cell, eps=1e-6):
    """∂L/∂W by central differences, one weight at a time (L summed per model)."""
    W = getattr(w, name)
    numeric = np.zeros_like(W)
    for idx in np.ndindex(W.shape):
        old = W[idx]
        W[idx] = old + eps
        up = loss(w, x, y, cell)[idx[0]]
        W[idx] = old - eps
        down = loss(w, x, y, cell)[idx[0]]
        W[idx] = old
        numeric[idx] = (up - down) / (2 * eps)
    return numeric


@PATHS
@pytest.mark.parametrize("K,B", [(1, 1), (3, 4)])
def test_elman_bptt_matches_finite_differences(K, B, path):
    bits, H = 6, 5
    rng = np.random.RandomState(7)
    a, b = rng.randint(64, size=(K, B)), rng.randint(64, size=(K, B))
    x, y = encode(a, b, bits)
    w = random_weights(K, H)
    h, y_hat = path.forward(w, x, "elman")
    updates = dict(zip(("W0", "Wh", "W1"), path.backward(w, x, h, y_hat, y - y_hat)[:3]))
    for name, update in updates.items():
        # the tutorial adds update = ΔW = -∂L/∂W
        np.testing.assert_allclose(update, -numeric_gradient(w, name, x, y, "elman"), rtol=1e-6, atol=1e-9, err_msg=name)


@PATHS
def test_notebook_cell_update_is_the_tutorials_formula(path):
    """One sample, the notebook's forward h = σ(x W0) + h Wh and its backward, written out step by step."""
    bits, H = 8, 4
    w = random_weights(1, H, scale=0.3)
    a, b = 200, 73
    x, y = encode(np.array([[a]]), np.array([[b]]), bits)
    h, y_hat = path.forward(w, x, "notebook")
    update_W0, update_Wh, update_W1, _ = path.backward(w, x, h, y_hat, y - y_hat)

    W0, Wh, W1 = w.W0[0], w.Wh[0], w.W1[0]
    layer_1_values = [np.ones(H) * 0.1]
    deltas = []
    for t in range(bits):
        xt = np.array([[(a >> t) & 1, (b >> t) & 1]])
        layer_1 = sigmoid(np.dot(xt, W0)) + np.dot(layer_1_values[-1], Wh)
        layer_2 = sigmoid(np.dot(layer_1, W1))
        deltas.append((((a - b) >> t & 1) - layer_2) * sigmoid_derivative(layer_2))
        layer_1_values.append(layer_1)
    u0, uh, u1 = np.zeros_like(W0), np.zeros_like(Wh), np.zeros_like(W1)
    future = np.zeros(H)
    for t in reversed(range(bits)):
        xt = np.array([[(a >> t) & 1, (b >> t) & 1]])
        l1 = layer_1_values[t + 1]
        d1 = (np.dot(future, Wh.T) + np.dot(deltas[t], W1.T)) * sigmoid_derivative(l1)
        u1 += np.atleast_2d(l1).T.dot(deltas[t])
        uh += np.atleast_2d(layer_1_values[t]).T.dot(d1)
        u0 += xt.T.dot(d1)
        future = d1
    np.testing.assert_allclose(update_W0[0], u0, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(update_Wh[0], uh, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(update_W1[0], u1, rtol=1e-12, atol=1e-15)
    # and it is not the gradient of the notebook's own forward pass: that is why it fails
    np.testing.assert_allclose(update_W1, -numeric_gradient(w, "W1", x, y, "notebook"), rtol=1e-5)  # the output layer's is right
    assert not np.allclose(update_Wh, -numeric_gradient(w, "Wh", x, y, "notebook"), rtol=1e-2)  # the recurrent one is not
