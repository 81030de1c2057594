"""The network and its backpropagation through time, written like the tutorial.

Every array carries a model axis K so that K independent models train in lockstep
(K = 1 for a single run), after the time axis. Shapes: K models, T time steps (= bits), B samples, H hidden units.

    h_0   = 0.1                                    (every unit)
    h_t   = σ(x_t W0 + h_{t-1} Wh)                 cell "elman" (the corrected tutorial)
    h_t   = σ(x_t W0) + h_{t-1} Wh                 cell "notebook" (as the notebook writes it)
    ŷ_t   = σ(h_t W1)
    L     = ½ Σ_t (y_t - ŷ_t)²

The tutorial adds `update = -∂L/∂W` times the learning rate; so do we, and the functions below
return those updates. For the notebook cell the backward pass is the tutorial's too (it treats h_t as
a sigmoid output, which it is not): that is part of why the notebook cell does not learn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data import answer, to_bits

H0 = 0.1  # the tutorial's initial hidden state
INIT_SCALE = 0.05  # weights start uniform in [-0.05, 0.05)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_derivative(output):
    return output * (1.0 - output)  # σ'(z) written in terms of σ(z)


@dataclass
class Weights:
    W0: np.ndarray  # (K, 2, H)  the tutorial's synapse_0
    Wh: np.ndarray  # (K, H, H)  synapse_h
    W1: np.ndarray  # (K, H, 1)  synapse_1

    @property
    def K(self) -> int:
        return self.W0.shape[0]

    @property
    def hidden(self) -> int:
        return self.W0.shape[2]

    def copy(self) -> Weights:
        return Weights(self.W0.copy(), self.Wh.copy(), self.W1.copy())

    def take(self, k) -> Weights:
        """Model(s) k as a Weights of their own (k an int or an index array)."""
        k = np.atleast_1d(k)
        return Weights(self.W0[k].copy(), self.Wh[k].copy(), self.W1[k].copy())


def init_weights(rng: np.random.RandomState, hidden: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One model's weights, drawn in the tutorial's order: synapse_0, synapse_1, synapse_h."""
    W0 = (2 * rng.random_sample((2, hidden)) - 1) * INIT_SCALE
    W1 = (2 * rng.random_sample((hidden, 1)) - 1) * INIT_SCALE
    Wh = (2 * rng.random_sample((hidden, hidden)) - 1) * INIT_SCALE
    return W0, Wh, W1


def encode(a, b, bits: int):
    """Pairs (K, B) -> inputs x (T, K, B, 2) and targets y (T, K, B), time step t holding bit t."""
    v = to_bits(np.array((a, b, answer(a, b, bits))), bits).astype(np.float64)  # (3, K, B, T)
    return v[:2].transpose(3, 1, 2, 0), v[2].transpose(2, 0, 1)


def _steps(K, Wh, *arrays):
    """Per-time-step views of time-major arrays, the recurrent matrix, and the product to use.

    The recurrences make 2 x T tiny products per sample, so their call overhead sets the speed:
    with one model, 2-D views and np.dot cost half of matmul's batched loop.
    """
    if K == 1:
        return np.dot, Wh[0], *(list(a[:, 0]) for a in arrays)
    return np.matmul, Wh, *(list(a) for a in arrays)


def forward(w: Weights, x: np.ndarray, cell: str):
    """Run the network over the sequence. Returns h (T+1, K, B, H) with h[0] = h_0, and ŷ (T, K, B).

    The loops write in place (positional out): at this size numpy's per-call overhead, not arithmetic,
    sets the speed. -z is computed as (-x W0) - h Wh, which rounds exactly like -(x W0 + h Wh).
    """
    T, K, B, _ = x.shape
    xw = x @ w.W0  # (T, K, B, H)  x_t W0 for every t at once
    h = np.empty((T + 1, K, B, w.hidden))
    h[0] = H0
    if cell == "elman":
        mm, Wh, hs, neg_xw = _steps(K, w.Wh, h, np.negative(xw, xw))
        one = np.ones_like(hs[0])  # an array operand skips converting the scalar 1.0 on every call
        sub, exp, add, recip = np.subtract, np.exp, np.add, np.reciprocal  # local names, looked up once
        for h_prev, h_t, nxw_t in zip(hs, hs[1:], neg_xw):  # h_t = σ(x_t W0 + h_{t-1} Wh)
            mm(h_prev, Wh, h_t)  # = 1 / (1 + exp(-x_t W0 - h_{t-1} Wh))
            sub(nxw_t, h_t, h_t)
            exp(h_t, h_t)
            add(h_t, one, h_t)
            recip(h_t, h_t)
    else:
        mm, Wh, hs, sx = _steps(K, w.Wh, h, sigmoid(xw))
        for h_prev, h_t, sx_t in zip(hs, hs[1:], sx):  # h_t = σ(x_t W0) + h_{t-1} Wh, as the tutorial writes it
            mm(h_prev, Wh, h_t)
            np.add(sx_t, h_t, h_t)
    hW1 = np.dot(h[1:, 0], w.W1[0])[:, None] if K == 1 else h[1:] @ w.W1  # (T, K, B, 1)
    y_hat = sigmoid(hW1)[..., 0]  # (T, K, B)  ŷ_t = σ(h_t W1)
    return h, y_hat


def backward(w: Weights, x, h, y_hat, err):
    """Backpropagation through time from the output error err = y - ŷ (the tutorial's layer_2_error).
    Returns the updates (dW0, dWh, dW1) = -∂L/∂W, summed over T and B,
    and the hidden deltas δh (T, K, B, H) = -∂L/∂z_t, which show how far the error reaches back in time."""
    T, K, B, _ = x.shape
    d_out = err * sigmoid_derivative(y_hat)  # (T, K, B)  output delta
    dh_out = d_out[..., None] * w.W1[:, None, :, 0]  # (T, K, B, H)  δ_t W1ᵀ
    dsig = sigmoid_derivative(h[1:])  # (T, K, B, H)  h_t (1 - h_t)
    dz = np.empty_like(dsig)  # (T, K, B, H)  hidden deltas
    mm, WhT, dzs, dhs, dsigs = _steps(K, np.ascontiguousarray(w.Wh.transpose(0, 2, 1)), dz, dh_out, dsig)
    dz_next = np.zeros_like(dzs[0])  # nothing flows back into the last step
    add, mul = np.add, np.multiply
    for dz_t, dh_t, dsig_t in zip(dzs[::-1], dhs[::-1], dsigs[::-1]):  # from the last step back to the first
        mm(dz_next, WhT, dz_t)  # δh_t = (δh_{t+1} Whᵀ + δ_t W1ᵀ) h_t (1 - h_t)
        add(dz_t, dh_t, dz_t)
        dz_next = mul(dz_t, dsig_t, dz_t)

    if K == 1:  # one model: 2-D products again, then the model axis back
        def outer_sum(a, b):  # Σ_t,b aᵀ b  for a (T, 1, B, m), b (T, 1, B, n) -> (1, m, n)
            return np.dot(a.reshape(T * B, -1).T, b.reshape(T * B, -1))[None]
    else:
        def outer_sum(a, b):
            return a.transpose(1, 3, 0, 2).reshape(K, a.shape[-1], T * B) @ b.transpose(1, 0, 2, 3).reshape(K, T * B, -1)
    dW1 = outer_sum(h[1:], d_out[..., None])  # (K, H, 1)  Σ h_tᵀ δ_t
    dWh = outer_sum(h[:-1], dz)  # (K, H, H)  Σ h_{t-1}ᵀ δh_t
    dW0 = outer_sum(x, dz)  # (K, 2, H)  Σ x_tᵀ δh_t
    return dW0, dWh, dW1, dz


def loss(w: Weights, x, y, cell: str) -> np.ndarray:
    """L = ½ Σ (y - ŷ)² per model, (K,). Used to check the gradients."""
    _, y_hat = forward(w, x, cell)
    return 0.5 * ((y - y_hat) ** 2).sum(axis=(0, 2))
