"""The network and its backpropagation through time: the reference, written like the tutorial.

Read this file for the maths; rnnsub/fast.py does the same arithmetic fused for speed, and is what training runs
(tests/test_fast_path.py holds the two together).

Every array carries a model axis K so that K independent models train in lockstep (K = 1 for a single run),
after the time axis. Shapes: K models, T time steps (= bits, least significant first), B samples, H hidden units.

    h_0   = 0.1                                    (every unit)
    h_t   = σ(x_t W0 + h_{t-1} Wh)                 cell "elman" (the corrected tutorial)
    h_t   = σ(x_t W0) + h_{t-1} Wh                 cell "notebook" (as the notebook writes it)
    ŷ_t   = σ(h_t W1)
    L     = ½ Σ_t (y_t - ŷ_t)²

The tutorial changes every weight by `update = ΔW = -∂L/∂W` times the learning rate (its synapse_0_update,
synapse_h_update, synapse_1_update); backward() returns those updates. For the notebook cell the backward pass
is the tutorial's too (it treats h_t as a sigmoid output, which it is not): that is part of why that cell does
not learn.
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


@dataclass(frozen=True)
class Clamp:
    """Hidden units held at a fixed value at every step, whatever their inputs: a knock-out holds a unit at 0.

    mask (K, H) bool says which units of each model are held, value (K, H) at what, from h_0 on. The unit's incoming
    weights then do nothing; its outgoing weights carry the held value to the other units and the output. Applied
    to h_0 and after each step's cell (rnn.forward, the prefix tree of evaluate.py, analysis's probes); backward() treats a held
    unit as a constant (its δh is 0). Training never sees one (train.Trainer refuses clamped weights).
    """

    mask: np.ndarray  # (K, H) bool
    value: np.ndarray  # (K, H)

    def take(self, k) -> Clamp:
        return Clamp(self.mask[k], self.value[k])

    def apply(self, h: np.ndarray) -> np.ndarray:
        """Hold the units in h (K, ..., H), in place; returns h."""
        K, H = self.mask.shape
        shape = (K,) + (1,) * (h.ndim - 2) + (H,)
        np.copyto(h, self.value.reshape(shape), where=self.mask.reshape(shape))
        return h


@dataclass
class Weights:
    W0: np.ndarray  # (K, 2, H)  the tutorial's synapse_0
    Wh: np.ndarray  # (K, H, H)  synapse_h
    W1: np.ndarray  # (K, H, 1)  synapse_1
    clamp: Clamp | None = None  # hidden units held at fixed values (knocked out), or none

    @property
    def K(self) -> int:
        return self.W0.shape[0]

    @property
    def hidden(self) -> int:
        return self.W0.shape[2]

    def copy(self) -> Weights:
        return Weights(self.W0.copy(), self.Wh.copy(), self.W1.copy(), self.clamp)

    def view(self, k: slice) -> Weights:
        """Models k as views, with their clamps."""
        return Weights(self.W0[k], self.Wh[k], self.W1[k], None if self.clamp is None else self.clamp.take(k))

    def take(self, k) -> Weights:
        """Model(s) k as a Weights of their own (k an int or an index array), with their clamps."""
        k = np.atleast_1d(k)
        clamp = None if self.clamp is None else self.clamp.take(k)
        return Weights(self.W0[k].copy(), self.Wh[k].copy(), self.W1[k].copy(), clamp)


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


def cell_step(cell: str, xw_t, hw_t):
    """The hidden state h_t from its two inputs x_t W0 and h_{t-1} Wh (any shapes that broadcast)."""
    if cell == "elman":
        return sigmoid(xw_t + hw_t)  # h_t = σ(x_t W0 + h_{t-1} Wh)
    return sigmoid(xw_t) + hw_t  # h_t = σ(x_t W0) + h_{t-1} Wh, as the notebook writes it


def forward(w: Weights, x: np.ndarray, cell: str):
    """Run the network over the sequence x (T, K, B, 2).

    Returns h (T+1, K, B, H) and ŷ (T, K, B). Step t (bit t) reads x[t] and the state h[t] before it, and writes
    the state h[t+1] after it and the output ŷ[t]; h[0] = h_0.
    """
    T, K, B, _ = x.shape
    h = np.empty((T + 1, K, B, w.hidden))  # (T+1, K, B, H)  the tutorial's layer_1_values
    h[0] = H0
    if w.clamp is not None:
        w.clamp.apply(h[0])  # a held unit holds its value from the start, h_0 included
    y_hat = np.empty((T, K, B))  # (T, K, B)  layer_2
    for t in range(T):  # bit t, least significant first
        h[t + 1] = cell_step(cell, x[t] @ w.W0, h[t] @ w.Wh)  # (K, B, H)  from (K, B, 2) @ (K, 2, H), (K, B, H) @ (K, H, H)
        if w.clamp is not None:
            w.clamp.apply(h[t + 1])  # held units: their value, not the cell's
        y_hat[t] = sigmoid(h[t + 1] @ w.W1)[..., 0]  # (K, B)  ŷ_t = σ(h_t W1)
    return h, y_hat


def sum_outer(a, b):
    """Σ_t Σ_b a_{t,b}ᵀ b_{t,b} for each model: a (T, K, B, m), b (T, K, B, n) -> (K, m, n).

    One matrix product over the T·B samples: (K, m, T·B) @ (K, T·B, n).
    """
    T, K, B, m = a.shape
    return a.transpose(1, 3, 0, 2).reshape(K, m, T * B) @ b.transpose(1, 0, 2, 3).reshape(K, T * B, -1)


def backward(w: Weights, x, h, y_hat, err):
    """Backpropagation through time from the output error err = y - ŷ (T, K, B) (the tutorial's layer_2_error).

    Returns the updates (update_W0 (K, 2, H), update_Wh (K, H, H), update_W1 (K, H, 1)) = -∂L/∂W, summed over
    T and B, and the hidden deltas δh (T, K, B, H) (= -∂L/∂z_t for the elman cell, z_t being σ's argument), which
    show how far the error reaches back in time.
    """
    T, K, B, H = h[1:].shape
    WhT = w.Wh.transpose(0, 2, 1)  # (K, H, H)  Whᵀ
    W1T = w.W1.transpose(0, 2, 1)  # (K, 1, H)  W1ᵀ
    d_out = err * sigmoid_derivative(y_hat)  # (T, K, B)  δ_t = (y_t - ŷ_t) ŷ_t (1 - ŷ_t), the layer_2_deltas
    dh = np.empty((T, K, B, H))  # (T, K, B, H)  δh_t, the layer_1_deltas
    dh_next = np.zeros((K, B, H))  # future_layer_1_delta: nothing flows back into the last step
    for t in reversed(range(T)):  # from the last bit back to the first
        # δh_t = (δh_{t+1} Whᵀ + δ_t W1ᵀ) h_t (1 - h_t), h_t (1 - h_t) being σ' of the elman cell; the notebook
        # cell's h_t is no σ output, but the tutorial multiplies by h_t (1 - h_t) all the same
        dh[t] = (dh_next @ WhT + d_out[t][..., None] * W1T) * sigmoid_derivative(h[t + 1])  # δ_t W1ᵀ: (K, B, 1) * (K, 1, H)
        if w.clamp is not None:
            np.copyto(dh[t], 0.0, where=w.clamp.mask[:, None, :])  # a held unit is a constant: no gradient through it
        dh_next = dh[t]
    # The tutorial adds each step's share to the updates inside the loop; here each is one sum over all t and b.
    update_W1 = sum_outer(h[1:], d_out[..., None])  # (K, H, 1)  Σ_t h_tᵀ δ_t
    update_Wh = sum_outer(h[:-1], dh)  # (K, H, H)  Σ_t h_{t-1}ᵀ δh_t
    update_W0 = sum_outer(x, dh)  # (K, 2, H)  Σ_t x_tᵀ δh_t
    return update_W0, update_Wh, update_W1, dh


def loss(w: Weights, x, y, cell: str) -> np.ndarray:
    """L = ½ Σ (y - ŷ)² per model, (K,). Used to check the gradients."""
    _, y_hat = forward(w, x, cell)
    return 0.5 * ((y - y_hat) ** 2).sum(axis=(0, 2))
