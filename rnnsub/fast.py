"""The same maths as rnnsub/rnn.py, fused for speed: what training runs.

A model here is tiny (16 hidden units, 8 time steps, often one sample), so numpy's per-call overhead, not
arithmetic, sets the speed: every step of the recurrences is a handful of calls on arrays of a few dozen
numbers. So a Net keeps its arrays, and the views the loops and the update products need, from one training
step to the next; the loops write in place into them (positional `out`), and with one model (K = 1) use 2-D
views and np.dot, which cost about half of matmul's batched loop. x_t W0 is one row lookup in a table of the
four inputs (256 tiny products per step for 32 models cost 6 µs, the lookup 1.5). The ufuncs the loops call are
bound to local names, which saves a global and an attribute look-up per call (2 to 3 % at batch 1). A step of one
sample then takes about 27 µs, of 32 models about 80 µs (forward and backward, measured).

The results are rnn.forward's and rnn.backward's to the last bit (tests/test_fast_path.py): the same operations
in the same order, only in fewer calls, and each product the same BLAS operation as the reference's. That is
why ŷ uses matmul and Whᵀ is a transposed view, as in rnn.py: np.dot on 3-D arrays, or a contiguous copy of
Whᵀ, rounds differently in the last bit. (So can the update sums with one hidden unit when x is not
contiguous; the trainer's x is.) Three rewrites round exactly alike:
- x_t W0 is looked up in a table of the four inputs' products: x holds bits, so each product is exact and
  x_t W0 is one rounded sum however it is computed.
- The elman cell's σ(z) = 1 / (1 + exp(-z)) with -z computed as (-x_t W0) - h_{t-1} Wh, which rounds exactly
  like -(x_t W0 + h_{t-1} Wh), rounding being symmetric about zero.
- Nothing flows back into the last step, δh_{T+1} = 0, so its δh_{T+1} Whᵀ (0 for finite weights) is not
  computed.
Only the sign of a zero can differ, which changes no h, ŷ or nonzero update.
"""

from __future__ import annotations

import numpy as np

from .rnn import H0, Weights


def input_codes(x: np.ndarray) -> np.ndarray:
    """Each input's row in Net's table of x_t W0, flat (T K B,): (2 a_t + b_t) K + k for model k (x holds bits)."""
    K = x.shape[1]
    return ((2 * x[..., 0] + x[..., 1]).astype(np.intp) * K + np.arange(K)[:, None]).ravel()


def flat_size(hidden: int) -> int:
    """Numbers in one model's weights: W0, Wh and W1 in a row (see as_weights)."""
    return (hidden + 3) * hidden


def as_weights(flat: np.ndarray, hidden: int) -> Weights:
    """Weights viewing a (K, flat_size) array: one update (one multiply-add) and one finiteness check cover all three."""
    K, H = flat.shape[0], hidden
    return Weights(flat[:, : 2 * H].reshape(K, 2, H), flat[:, 2 * H : -H].reshape(K, H, H), flat[:, -H:].reshape(K, H, 1))


def _per_step(K, *arrays):
    """Lists of per-time-step views of time-major arrays (T, K, B, ...): 2-D (B, ...) views when K == 1."""
    return [list(a[:, 0]) if K == 1 else list(a) for a in arrays]


class Net:
    """rnn.forward and rnn.backward for inputs of one shape (T, K, B) and H hidden units, in arrays kept from one
    call to the next, with their views made once: h, δh and the updates are overwritten by the next call (ŷ is
    new every time)."""

    def __init__(self, T: int, K: int, B: int, H: int, cell: str = "elman"):
        self.shape, self.cell = (T, K, B, H), cell
        self.xw = np.empty((T, K, B, H))  # -x_t W0 (elman) or σ(x_t W0) (notebook), for every t
        self.table = np.zeros((4, K, H))  # the same for the inputs (a_t, b_t) = (0, 0), (0, 1), (1, 0), (1, 1)
        self.h = np.empty((T + 1, K, B, H))
        self.h[0] = H0
        self.h_t = self.h[1:]  # (T, K, B, H)  h_1 … h_T
        self.d_out = np.empty((T, K, B))  # δ_t
        self.dh_out = np.empty((T, K, B, H))  # δ_t W1ᵀ
        self.dsig = np.empty((T, K, B, H))  # h_t (1 - h_t)
        self.dh = np.empty((T, K, B, H))  # δh_t
        self.updates = np.empty((K, flat_size(H)))  # (K, P)  update_W0, update_Wh, update_W1 in a row
        u = as_weights(self.updates, H)
        self.update_views = u.W0, u.Wh, u.W1
        self.one = np.ones((B, H) if K == 1 else (K, B, H))  # an array operand skips converting the scalar 1.0 per call
        self.hs, self.xws = _per_step(K, self.h, self.xw)
        self.back = [v[::-1] for v in _per_step(K, self.dh, self.dh_out, self.dsig)]  # from the last step back
        self.rows = self.table.reshape(4 * K, H), self.xw.reshape(-1, H)  # the table's rows, and x_t W0's
        self.update_outs = tuple(v[0] if K == 1 else v for v in self.update_views)  # where the products go
        self.outers = self._views(self.h[1:], self.d_out[..., None]), self._views(self.h[:-1], self.dh)

    def forward(self, w: Weights, x: np.ndarray, codes: np.ndarray):
        """rnn.forward: h (T+1, K, B, H) with h[0] = h_0, and ŷ (T, K, B). codes = input_codes(x)."""
        K = self.shape[1]
        mm, Wh = (np.dot, w.Wh[0]) if K == 1 else (np.matmul, w.Wh)  # h_{t-1} Wh into the given output
        table, (rows, xw_rows) = self.table, self.rows  # table rows: 0 (x_t W0 = 0), W0[1], W0[0], W0[0] + W0[1]
        if self.cell == "elman":
            np.negative(w.W0[:, ::-1].transpose(1, 0, 2), table[1:3])
            np.add(table[1], table[2], table[3])  # -(W0[0] + W0[1]), rounding being symmetric about zero
        else:
            table[1:3] = w.W0[:, ::-1].transpose(1, 0, 2)
            np.add(table[1], table[2], table[3])
            rows = 1.0 / (1.0 + np.exp(-rows))  # rnn.sigmoid
        rows.take(codes, 0, xw_rows, "clip")
        hs, one = self.hs, self.one
        if self.cell == "elman":  # h_t = σ(x_t W0 + h_{t-1} Wh) = 1 / (1 + exp(-x_t W0 - h_{t-1} Wh))
            sub, exp, add, recip = np.subtract, np.exp, np.add, np.reciprocal  # local names: see the module's docstring
            for h_prev, h_t, nxw_t in zip(hs, hs[1:], self.xws):
                mm(h_prev, Wh, h_t)
                sub(nxw_t, h_t, h_t)
                exp(h_t, h_t)
                add(h_t, one, h_t)
                recip(h_t, h_t)
        else:  # h_t = σ(x_t W0) + h_{t-1} Wh
            for h_prev, h_t, sx_t in zip(hs, hs[1:], self.xws):
                mm(h_prev, Wh, h_t)
                np.add(sx_t, h_t, h_t)
        o = np.matmul(self.h_t, w.W1)  # (T, K, B, 1)  h_t W1; ŷ_t = σ(h_t W1) = 1 / (1 + exp(-h_t W1)), in place
        np.negative(o, o)
        np.exp(o, o)
        np.add(o, 1.0, o)
        return self.h, np.reciprocal(o, o)[..., 0]

    def backward(self, w: Weights, x, y_hat, err):
        """rnn.backward for the h of the last forward(): (update_W0, update_Wh, update_W1) = -∂L/∂W (views of
        self.updates) and δh (T, K, B, H)."""
        K, h, h_t = self.shape[1], self.h, self.h_t
        mm, WhT = (np.dot, w.Wh[0].T) if K == 1 else (np.matmul, w.Wh.transpose(0, 2, 1))
        add, mul, sub = np.add, np.multiply, np.subtract
        d_out, dh_out, dsig = self.d_out, self.dh_out, self.dsig
        sub(1.0, y_hat, d_out)
        mul(y_hat, d_out, d_out)
        mul(err, d_out, d_out)  # δ_t = (y_t - ŷ_t) ŷ_t (1 - ŷ_t)
        mul(d_out[..., None], w.W1[:, None, :, 0], dh_out)
        sub(1.0, h_t, dsig)
        mul(h_t, dsig, dsig)
        dhs, dh_outs, dsigs = self.back
        mul(dh_outs[0], dsigs[0], dhs[0])  # the last step: δh_T = δ_T W1ᵀ h_T (1 - h_T)
        for dh_next, dh_t, dh_out_t, dsig_t in zip(dhs, dhs[1:], dh_outs[1:], dsigs[1:]):
            mm(dh_next, WhT, dh_t)  # δh_t = (δh_{t+1} Whᵀ + δ_t W1ᵀ) h_t (1 - h_t)
            add(dh_t, dh_out_t, dh_t)
            mul(dh_t, dsig_t, dh_t)
        (v1, vh), (o0, oh, o1) = self.outers, self.update_outs  # the updates: rnn.sum_outer's products
        mm(*(v1 or self._sum_outer_factors(h_t, d_out[..., None])), o1)  # (K, H, 1)  Σ h_tᵀ δ_t
        mm(*(vh or self._sum_outer_factors(h[:-1], self.dh)), oh)  # (K, H, H)  Σ h_{t-1}ᵀ δh_t
        mm(*(self._views(x, self.dh) or self._sum_outer_factors(x, self.dh)), o0)  # (K, 2, H)  Σ x_tᵀ δh_t
        return *self.update_views, self.dh

    def _views(self, a, b):
        """The two factors of rnn.sum_outer(a, b) = Σ_t,b a_{t,b}ᵀ b_{t,b} as views, where the layout allows: 2-D
        with one model, (K, m, T) and (K, T, n) with one sample; else None."""
        T, K, B, _ = self.shape
        if K == 1:
            return a.reshape(T * B, -1).T, b.reshape(T * B, -1)
        if B == 1:
            return a[:, :, 0].transpose(1, 2, 0), b[:, :, 0].transpose(1, 0, 2)
        return None

    def _sum_outer_factors(self, a, b):
        """rnn.sum_outer's own factors (copies)."""
        T, K, B, m = a.shape
        return a.transpose(1, 3, 0, 2).reshape(K, m, T * B), b.transpose(1, 0, 2, 3).reshape(K, T * B, -1)


def forward(w: Weights, x: np.ndarray, cell: str):
    """rnn.forward (x holding bits): h (T+1, K, B, H) with h[0] = h_0, and ŷ (T, K, B)."""
    T, K, B, _ = x.shape
    return Net(T, K, B, w.hidden, cell).forward(w, x, input_codes(x))


def backward(w: Weights, x, h, y_hat, err):
    """rnn.backward (finite weights): (update_W0, update_Wh, update_W1) = -∂L/∂W and the hidden deltas δh (T, K, B, H)."""
    T, K, B, _ = x.shape
    net = Net(T, K, B, w.hidden)
    net.h[...] = h
    return net.backward(w, x, y_hat, err)
