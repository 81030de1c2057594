"""The same maths as rnnsub/rnn.py, fused for speed: what training runs.

A model here is tiny (16 hidden units, 8 time steps, often one sample), so numpy's per-call overhead, not
arithmetic, sets the speed: every step of the recurrences is a handful of calls on arrays of a few dozen
numbers. So the loops below write in place into preallocated arrays (positional `out`), make no temporaries,
and with one model (K = 1) use 2-D views and np.dot, which cost about half of matmul's batched loop. Training
one sample at a time then runs about 3.1 to 3.2x the tutorial's loop (`python -m bench`); with rnn.forward and
rnn.backward it would run about 1.6x. The ufuncs the loops call are bound to local names, which saves a global
and an attribute look-up per call: 1.6 of 38 µs per training step at batch 1, 2 to 3 % of the benchmark.

The results are rnn.forward's and rnn.backward's to the last bit (tests/test_fast_path.py): the same operations
in the same order, only in fewer calls, and each product the same BLAS operation as the reference's. That is
why ŷ uses matmul and Whᵀ is a transposed view, as in rnn.py: np.dot on 3-D arrays, or a contiguous copy of
Whᵀ, rounds differently in the last bit. (So can the update sums with one hidden unit when x is not
contiguous; the trainer's x is.) The one rewrite is the elman cell's σ(z) = 1 / (1 + exp(-z)) with -z computed
as (-x_t W0) - h_{t-1} Wh, which rounds exactly like -(x_t W0 + h_{t-1} Wh), rounding being symmetric about zero.
"""

from __future__ import annotations

import numpy as np

from .rnn import H0, Weights, sigmoid, sigmoid_derivative, sum_outer


def _per_step(K, *arrays):
    """Lists of per-time-step views of time-major arrays (T, K, B, ...): 2-D (B, ...) views when K == 1."""
    return [list(a[:, 0]) if K == 1 else list(a) for a in arrays]


def forward(w: Weights, x: np.ndarray, cell: str):
    """rnn.forward: h (T+1, K, B, H) with h[0] = h_0, and ŷ (T, K, B)."""
    T, K, B, _ = x.shape
    mm, Wh = (np.dot, w.Wh[0]) if K == 1 else (np.matmul, w.Wh)  # h_{t-1} Wh into the given output
    xw = x @ w.W0  # (T, K, B, H)  x_t W0 for every t at once
    h = np.empty((T + 1, K, B, w.hidden))
    h[0] = H0
    if cell == "elman":  # h_t = σ(x_t W0 + h_{t-1} Wh) = 1 / (1 + exp(-x_t W0 - h_{t-1} Wh))
        hs, neg_xw = _per_step(K, h, np.negative(xw, xw))
        one = np.ones_like(hs[0])  # an array operand skips converting the scalar 1.0 on every call
        sub, exp, add, recip = np.subtract, np.exp, np.add, np.reciprocal  # local names: see the module's docstring
        for h_prev, h_t, nxw_t in zip(hs, hs[1:], neg_xw):
            mm(h_prev, Wh, h_t)
            sub(nxw_t, h_t, h_t)
            exp(h_t, h_t)
            add(h_t, one, h_t)
            recip(h_t, h_t)
    else:  # h_t = σ(x_t W0) + h_{t-1} Wh
        hs, sx = _per_step(K, h, sigmoid(xw))
        for h_prev, h_t, sx_t in zip(hs, hs[1:], sx):
            mm(h_prev, Wh, h_t)
            np.add(sx_t, h_t, h_t)
    y_hat = sigmoid(h[1:] @ w.W1)[..., 0]  # (T, K, B)  ŷ_t = σ(h_t W1)
    return h, y_hat


def backward(w: Weights, x, h, y_hat, err):
    """rnn.backward: (update_W0, update_Wh, update_W1) = -∂L/∂W and the hidden deltas δh (T, K, B, H)."""
    T, K, B, _ = x.shape
    mm, WhT = (np.dot, w.Wh[0].T) if K == 1 else (np.matmul, w.Wh.transpose(0, 2, 1))
    d_out = err * sigmoid_derivative(y_hat)  # (T, K, B)  δ_t
    dh_out = d_out[..., None] * w.W1[:, None, :, 0]  # (T, K, B, H)  δ_t W1ᵀ
    dsig = sigmoid_derivative(h[1:])  # (T, K, B, H)  h_t (1 - h_t)
    dh = np.empty_like(dsig)  # (T, K, B, H)  δh
    dhs, dh_outs, dsigs = _per_step(K, dh, dh_out, dsig)
    dh_next = np.zeros_like(dhs[0])
    add, mul = np.add, np.multiply
    for dh_t, dh_out_t, dsig_t in zip(dhs[::-1], dh_outs[::-1], dsigs[::-1]):  # δh_t = (δh_{t+1} Whᵀ + δ_t W1ᵀ) h_t (1 - h_t)
        mm(dh_next, WhT, dh_t)
        add(dh_t, dh_out_t, dh_t)
        dh_next = mul(dh_t, dsig_t, dh_t)
    if K == 1:  # Σ_t,b aᵀ b as one 2-D product, then the model axis back
        def outer(a, b):
            return np.dot(a.reshape(T * B, -1).T, b.reshape(T * B, -1))[None]
    else:
        outer = sum_outer
    update_W1 = outer(h[1:], d_out[..., None])  # (K, H, 1)  Σ h_tᵀ δ_t
    update_Wh = outer(h[:-1], dh)  # (K, H, H)  Σ h_{t-1}ᵀ δh_t
    update_W0 = outer(x, dh)  # (K, 2, H)  Σ x_tᵀ δh_t
    return update_W0, update_Wh, update_W1, dh
