"""Backpropagation through time for one pair, one step at a time (issue 10, views 4 and 5).

rnn.backward() sums each weight's update over the T steps of a sample; this module itemises the same pass, so
that a learner can see at which steps the weights learn, how far back the last step still feels an earlier one,
and, for one step and one unit, the numbers of the cell's equation. Numpy only; the reference maths is
rnn.forward / rnn.backward, called here, not rewritten.

Steps are numbered as in the maths: step t = 1 .. T reads x_t (bit t-1 of a and b, lowest bit first) and the
state h_{t-1} before it, and writes h_t; h_0 = 0.1. Arrays indexed by step hold step t at index t-1, except h,
which holds h_t at index t (h[0] = h_0), as rnn.forward's does.

    δ_t  = (y_t - ŷ_t) ŷ_t (1 - ŷ_t)                         output delta (the tutorial's layer_2_delta)
    δh_t = (δh_{t+1} Whᵀ + δ_t W1ᵀ) h_t (1 - h_t)             hidden delta (layer_1_delta), δh_{T+1} = 0
    update_W0 = Σ_t x_tᵀ δh_t,  update_Wh = Σ_t h_{t-1}ᵀ δh_t,  update_W1 = Σ_t h_tᵀ δ_t     (= -∂L/∂W)

The Jacobian of one step, in the row-vector convention used here (h_t a row, J[j, i] = ∂h_t[j] / ∂h_{t-1}[i]):

    elman     h_t = σ(x_t W0 + h_{t-1} Wh)   ->  ∂h_t/∂h_{t-1} = diag(h_t (1 - h_t)) Whᵀ
    notebook  h_t = σ(x_t W0) + h_{t-1} Wh   ->  ∂h_t/∂h_{t-1} = Whᵀ

and ∂h_T/∂h_t = J_T J_{T-1} ... J_{t+1} (the identity for t = T). For the notebook cell the tutorial's backward
pass still multiplies by h_t (1 - h_t), as if h_t were a sigmoid's output: its δh is not the true gradient, and the
true Jacobian (Whᵀ products) is what ‖∂h_T/∂h_t‖ shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .data import borrows
from .rnn import Weights, backward, encode, forward, sigmoid, sigmoid_derivative

MATRICES = ("W0", "Wh", "W1")


@dataclass
class ThroughTime:
    """One pair through model k: the forward pass, the backward pass, and each step's part in the update.

    Shapes: T steps (= bits), H hidden units. Index t-1 of a per-step array is step t (see the module's doc)."""

    cell: str
    a: int
    b: int
    x: np.ndarray  # (T, 2)  x_t = (a_t, b_t)
    y: np.ndarray  # (T,)  true bit y_t of (a - b) mod 2^T
    borrow: np.ndarray  # (T,)  true borrow out of step t
    h: np.ndarray  # (T+1, H)  h_0 .. h_T, as rnn.forward
    y_hat: np.ndarray  # (T,)  ŷ_t = σ(h_t W1)
    delta: np.ndarray  # (T,)  δ_t = (y_t - ŷ_t) ŷ_t (1 - ŷ_t)
    dh: np.ndarray  # (T, H)  δh_t, exactly rnn.backward's
    log10_norm: np.ndarray  # (T,)  log₁₀ ‖∂h_T/∂h_t‖₂ for t = 1 .. T (0 at t = T); -inf where the product is 0
    steps: dict  # name -> (T, rows, cols): step t's part of the update, x_tᵀ δh_t, h_{t-1}ᵀ δh_t, h_tᵀ δ_t
    updates: dict  # name -> (rows, cols): the sample's whole update, rnn.backward's (= Σ_t steps[name][t])
    shares: dict  # name -> (T,): ‖steps[name][t]‖_F / Σ_s ‖steps[name][s]‖_F (see step_shares)

    @property
    def T(self) -> int:
        return self.x.shape[0]

    @property
    def H(self) -> int:
        return self.h.shape[1]

    @property
    def norm(self) -> np.ndarray:
        """(T,) ‖∂h_T/∂h_t‖₂ as a float: 0 or inf where it is beyond the range of a float (log10_norm holds it)."""
        with np.errstate(over="ignore"):
            return 10.0**self.log10_norm


def through_time(weights: Weights, cell: str, a: int, b: int, bits: int, k: int = 0) -> ThroughTime:
    """Forward and backward pass of the pair (a, b) at `bits` bits through model k of `weights`, itemised by step."""
    one = weights.take(k)
    x, y = encode(np.array([[a]]), np.array([[b]]), bits)  # (T, 1, 1, 2), (T, 1, 1)
    with np.errstate(over="ignore", invalid="ignore"):  # the notebook cell's h overflows: inf, and inf - inf = NaN
        h, y_hat = forward(one, x, cell)  # (T+1, 1, 1, H), (T, 1, 1)
        err = y - y_hat  # (T, 1, 1)
        update_W0, update_Wh, update_W1, dh = backward(one, x, h, y_hat, err)  # (1, 2, H), (1, H, H), (1, H, 1), (T, 1, 1, H)
        delta = err * sigmoid_derivative(y_hat)  # (T, 1, 1)  δ_t, as backward computes it
        x1, h1, dh1, d1 = x[:, 0, 0], h[:, 0, 0], dh[:, 0, 0], delta[:, 0, 0]  # (T, 2), (T+1, H), (T, H), (T,)
        steps = {
            "W0": x1[:, :, None] * dh1[:, None, :],  # (T, 2, H)  x_tᵀ δh_t
            "Wh": h1[:-1, :, None] * dh1[:, None, :],  # (T, H, H)  h_{t-1}ᵀ δh_t
            "W1": h1[1:, :, None] * d1[:, None, None],  # (T, H, 1)  h_tᵀ δ_t
        }
        log10_norm = jacobian_log10_norms(one.Wh[0], cell, h1)
    return ThroughTime(
        cell=cell,
        a=int(a),
        b=int(b),
        x=x1.astype(np.int64),
        y=y[:, 0, 0].astype(np.int64),
        borrow=borrows(a, b, bits),
        h=h1,
        y_hat=y_hat[:, 0, 0],
        delta=d1,
        dh=dh1,
        log10_norm=log10_norm,
        steps=steps,
        updates={"W0": update_W0[0], "Wh": update_Wh[0], "W1": update_W1[0]},
        shares={name: step_shares(c) for name, c in steps.items()},
    )


def step_shares(contributions: np.ndarray) -> np.ndarray:
    """Each step's share of an update: ‖C_t‖_F / Σ_s ‖C_s‖_F for contributions C (T, rows, cols), (T,).

    The shares are ≥ 0 and sum to 1: the fraction of the update's size that comes from step t, whatever its
    direction (a step that pulls against the others still counts; a signed share would be harder to read). All 0
    when every step's part is 0 (nothing to share: the notebook cell's trained model); NaN where a part is not a
    number or infinite."""
    with np.errstate(over="ignore", invalid="ignore"):
        sizes = np.sqrt((contributions**2).sum(axis=(1, 2)))  # (T,)  ‖C_t‖_F
        total = sizes.sum()
        if not np.isfinite(total):
            return np.where(np.isfinite(sizes) & np.isfinite(total), 0.0, np.nan)
        return sizes / total if total > 0 else np.zeros_like(sizes)


def step_jacobians(Wh: np.ndarray, cell: str, h: np.ndarray) -> np.ndarray:
    """J (T, H, H): J[t-1] = ∂h_t/∂h_{t-1} of step t, J[j, i] = ∂h_t[j] / ∂h_{t-1}[i]; Wh (H, H), h (T+1, H)."""
    T, H = h.shape[0] - 1, h.shape[1]
    if cell == "elman":
        return sigmoid_derivative(h[1:])[:, :, None] * Wh.T[None]  # (T, H, H)  diag(h_t (1 - h_t)) Whᵀ
    return np.broadcast_to(Wh.T, (T, H, H))  # (T, H, H)  Whᵀ: h_{t-1} Wh is added outside the sigmoid


def jacobian_products(Wh: np.ndarray, cell: str, h: np.ndarray) -> Iterator[tuple[int, np.ndarray, float]]:
    """∂h_T/∂h_t for t = T, T-1, ..., 1, as (t, P_t, log10 scale): ∂h_T/∂h_t = P_t · 10^scale.

    P_t = P_{t+1} J_{t+1}, renormalised at each step (P divided by its largest |entry|, the scale kept as a
    logarithm), so that a product of 128 steps that vanishes to 1e-400 or grows to 1e400 keeps its digits instead
    of rounding to 0 or inf on the way. A step whose Jacobian is exactly 0 (saturated units: h_t (1 - h_t) = 0 in
    floating point) makes the product exactly 0: scale -inf from there back."""
    J = step_jacobians(Wh, cell, h)  # (T, H, H)
    T, H = J.shape[0], h.shape[1]
    P, scale = np.eye(H), 0.0  # ∂h_T/∂h_T = I
    yield T, P, scale
    for t in range(T - 1, 0, -1):  # t = T-1 .. 1
        P = P @ J[t]  # (H, H)  ∂h_T/∂h_t = ∂h_T/∂h_{t+1} · ∂h_{t+1}/∂h_t, J[t] being step t+1's
        top = np.abs(P).max()
        if top > 0 and np.isfinite(top):
            P = P / top
            scale += np.log10(top)
        elif top == 0:
            scale = -np.inf
        else:  # not a number: h itself is (the notebook cell's overflowed), or the product is
            scale = np.nan
        yield t, P, scale


def jacobian_log10_norms(Wh: np.ndarray, cell: str, h: np.ndarray) -> np.ndarray:
    """(T,) log₁₀ ‖∂h_T/∂h_t‖₂ for t = 1 .. T (index t-1): the spectral norm, the largest factor by which a small
    change of h_t can grow (or shrink) by the time it reaches h_T. 0 at t = T (the identity); -inf where the product
    is exactly 0; NaN where it is not a number."""
    out = np.empty(h.shape[0] - 1)
    for t, P, scale in jacobian_products(Wh, cell, h):
        if np.isfinite(scale):
            out[t - 1] = scale + np.log10(np.linalg.norm(P, 2))
        else:
            out[t - 1] = scale
    return out


# -- the formula with live numbers -----------------------------------------------------------------------------

@dataclass
class CellNumbers:
    """One cell's equation at one step and unit u, on that cell's own trajectory (its own h_{t-1})."""

    cell: str
    h_prev: np.ndarray  # (H,)  h_{t-1} of this cell, from rnn.forward
    xw: float  # x_t · W0[:, u]
    hw: float  # h_{t-1} · Wh[:, u]
    z: float  # the sigmoid's argument: x_t W0[:, u] + h_{t-1} Wh[:, u] (elman), x_t W0[:, u] (notebook)
    s: float  # σ(z)
    h: float  # h_t[u]: σ(z) (elman), σ(z) + h_{t-1} Wh[:, u] (notebook)


@dataclass
class Formula:
    """The numbers of h_t[u] for step t and unit u, for both cells from the same weights. Each cell runs on its
    own trajectory: its h_{t-1} is the one it computed itself (the notebook cell's is not the elman cell's)."""

    step: int  # t, 1 .. T
    unit: int  # u, 0 .. H-1
    x: np.ndarray  # (2,)  x_t = (a_t, b_t), bit t-1 of a and b
    W0: np.ndarray  # (2,)  W0[:, u]
    cells: dict  # "elman", "notebook" -> CellNumbers

    @property
    def elman(self) -> CellNumbers:
        return self.cells["elman"]

    @property
    def notebook(self) -> CellNumbers:
        return self.cells["notebook"]


def formula(weights: Weights, cell: str, a: int, b: int, bits: int, step: int, unit: int, k: int = 0) -> Formula:
    """h_t[u] at step t = `step` (1 .. bits) and unit u = `unit`, for both cells, with model k's weights.

    `cell` (the model's own cell) is accepted so that callers pass what they pass to through_time; both cells are
    always computed. The products are taken exactly as rnn.forward takes them (the whole row x_t W0 and h_{t-1} Wh,
    then unit u), so h_t[u] is forward's to the bit."""
    if cell not in ("elman", "notebook"):
        raise ValueError(f"unknown cell {cell!r}")
    if not 1 <= step <= bits:
        raise ValueError(f"step must be from 1 to {bits}, not {step}")
    one = weights.take(k)
    if not 0 <= unit < one.hidden:
        raise ValueError(f"unit must be from 0 to {one.hidden - 1}, not {unit}")
    x, _ = encode(np.array([[a]]), np.array([[b]]), bits)  # (T, 1, 1, 2)
    cells = {}
    with np.errstate(over="ignore", invalid="ignore"):
        for c in ("elman", "notebook"):
            h, _ = forward(one, x, c)  # (T+1, 1, 1, H)  this cell's own trajectory
            xw = x[step - 1] @ one.W0  # (1, 1, H)  x_t W0, as forward takes it
            hw = h[step - 1] @ one.Wh  # (1, 1, H)  h_{t-1} Wh
            if c == "elman":
                z = xw + hw  # (1, 1, H)
                s = sigmoid(z)
                h_t = s  # h_t = σ(x_t W0 + h_{t-1} Wh)
            else:
                z = xw
                s = sigmoid(z)
                h_t = s + hw  # h_t = σ(x_t W0) + h_{t-1} Wh
            cells[c] = CellNumbers(c, h[step - 1, 0, 0].copy(), float(xw[0, 0, unit]), float(hw[0, 0, unit]),
                                   float(z[0, 0, unit]), float(s[0, 0, unit]), float(h_t[0, 0, unit]))
    return Formula(step, unit, x[step - 1, 0, 0].copy(), one.W0[0, :, unit].copy(), cells)
