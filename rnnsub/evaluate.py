"""Judging a model: accuracy over every pair, per bit, by borrow-chain length, and a trace of one pair."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .data import answer, borrows, evaluation_pairs, from_bits, longest_borrow_chain, to_bits
from .rnn import H0, Weights, backward, cell_step, encode, forward, sigmoid

_CHUNK_FLOATS = 2**21  # bound each chunk's hidden states to ~16 MB, whatever K, T and H are


class Interrupted(Exception):
    """predict() was asked to stop; `fraction` of the pairs were done (to estimate the whole)."""

    def __init__(self, fraction: float):
        super().__init__(f"interrupted after {100 * fraction:.1f}% of the pairs")
        self.fraction = fraction


def predict(w: Weights, cell: str, a, b, bits: int, interrupt=None):
    """Every model's answer to the pairs a, b (1-D, shared by all models).

    Returns (value (K, P), bits (K, T, P), ŷ (K, T, P)); bits least significant first. A bit whose output ŷ is
    not a number (weights so large that h W1 is inf - inf) is UNKNOWN (-1), and so is the value of its pair:
    never an integer made from NaN. Large jobs run in
    chunks; `interrupt()` is asked after each and, if it says True, Interrupted is raised (a 32-bit model
    with 512 hidden units needs minutes for 100,000 pairs, and a window must not wait for that).
    """
    a, b = np.asarray(a, dtype=np.int64).ravel(), np.asarray(b, dtype=np.int64).ravel()
    with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; inf - inf is NaN: an unknown bit
        if a.size >= 4**bits // 2 and w.K * 4**bits * w.hidden <= _TRIE_FLOATS:
            y_hat = _prefix_outputs(w, cell, a, b, bits)  # small and fast: not interrupted
        else:
            y_hat = _forward_outputs(w, cell, a, b, bits, interrupt)
    pred = output_bits(y_hat)
    value = np.where((pred < 0).any(axis=1), UNKNOWN, from_bits(np.maximum(pred, 0).transpose(0, 2, 1)))
    return value, pred, y_hat


UNKNOWN = -1  # a bit (or a value) the network gives no answer for: its output is not a number


def output_bits(y_hat: np.ndarray) -> np.ndarray:
    """The network's bits: the tutorial's np.round(ŷ) (0.5 rounds to 0), UNKNOWN where ŷ is not a number."""
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(y_hat), np.round(y_hat), UNKNOWN).astype(np.int64)


_TRIE_FLOATS = 2**23  # the prefix tree's last level (K x 4^T x H floats) up to 64 MB


def _prefix_outputs(w: Weights, cell: str, a, b, bits: int) -> np.ndarray:
    """ŷ (K, T, P) for many pairs at once, one hidden state per prefix instead of per pair.

    The network is causal: h_t depends only on the low t+1 bits of a and b, so all pairs that share
    them share h_t. Level t of the tree holds the 4^(t+1) states of every such prefix (newest step in the
    lowest base-4 digit); for every pair of a range that is 3 to 4 times fewer steps than one per pair.
    """
    K, H, T = w.K, w.hidden, bits
    codes = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)  # (a_t, b_t) for digit 2 a_t + b_t
    xw = codes @ w.W0  # (K, 4, H)
    h = np.full((K, 1, H), H0)
    idx = np.zeros(a.size, dtype=np.int64)
    y_hat = np.empty((K, T, a.size))
    with np.errstate(over="ignore", invalid="ignore"):  # exp overflow only saturates σ
        for t in range(T):
            hw = (h @ w.Wh)[:, :, None, :]  # (K, N, 1, H)  h_{t-1} Wh, once per parent
            h = cell_step(cell, xw[:, None], hw).reshape(K, -1, H)  # (K, N, 4, H) -> (K, 4N, H)  each parent's 4 children
            y = sigmoid(h @ w.W1)[..., 0]  # (K, 4^(t+1))  ŷ_t of every prefix
            idx = idx * 4 + 2 * ((a >> t) & 1) + ((b >> t) & 1)
            y_hat[:, t] = y[:, idx]
    return y_hat


def _forward_outputs(w: Weights, cell: str, a, b, bits: int, interrupt=None) -> np.ndarray:
    """ŷ (K, T, P) by running every pair through the network, in chunks.

    With thousands of pairs per call numpy's per-call overhead no longer matters, and the reference rnn.forward
    is faster than fast.forward (measured: 0.8 against 1.7 ms for 2048 pairs, 94 against 127 ms for 100,000
    pairs of 16 bits); the numbers are the same.
    """
    K, P = w.K, a.size
    chunk = max(1, _CHUNK_FLOATS // (K * (bits + 1) * w.hidden))
    y_hat = np.empty((K, bits, P))
    for s in range(0, P, chunk):
        ab = np.broadcast_to(a[s : s + chunk], (K, min(chunk, P - s)))
        bb = np.broadcast_to(b[s : s + chunk], ab.shape)
        x, _ = encode(ab, bb, bits)
        with np.errstate(over="ignore", invalid="ignore"):  # exp overflow only saturates σ
            y_hat[:, :, s : s + chunk] = forward(w, x, cell)[1].transpose(1, 0, 2)
        if interrupt is not None and s + chunk < P and interrupt():
            raise Interrupted((s + chunk) / P)
    return y_hat


@dataclass
class Evaluation:
    bits: int
    pairs: str
    exhaustive: bool  # every pair, or a fixed-seed sample
    total: int  # pairs judged
    correct: np.ndarray  # (K,)  pairs with every bit right
    bit_accuracy: np.ndarray  # (K, T)  fraction right at each bit position, least significant first
    chain_total: np.ndarray  # (T+1,)  pairs whose longest borrow chain has length n
    chain_correct: np.ndarray  # (K, T+1)  of those, answered right
    estimate: bool = False  # a quick estimate from a small sample, standing in until a full evaluation keeps up

    @property
    def accuracy(self) -> np.ndarray:
        return self.correct / self.total

    def interval(self, k: int = 0, z: float = 1.96) -> tuple[float, float]:
        """The 95 % Wilson score interval of model k's accuracy (a point, (a, a), when every pair was judged).

        Source: E. B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 1927.
        """
        p, n = float(self.correct[k]) / self.total, self.total
        if self.exhaustive and not self.estimate:
            return p, p
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        return max(0.0, centre - half), min(1.0, centre + half)

    def line(self, k: int = 0) -> str:
        """`exhaustive accuracy: 32896/32896 = 100.00% (ordered pairs, 8 bits)`"""
        kind = "exhaustive" if self.exhaustive else "sampled"
        what = f"{self.pairs} pairs" if self.exhaustive else f"{self.total} random {self.pairs} pairs"
        pct = 100.0 * self.correct[k] / self.total
        return f"{kind} accuracy: {self.correct[k]}/{self.total} = {pct:.2f}% ({what}, {self.bits} bits)"


@functools.cache
def _judged(bits: int, pairs: str):
    """The evaluation pairs with their true bits (T, P) and longest borrow chains, computed once."""
    a, b, exhaustive = evaluation_pairs(bits, pairs)
    true = to_bits(answer(a, b, bits), bits).T
    chain = longest_borrow_chain(a, b, bits)
    for arr in (a, b, true, chain):
        arr.flags.writeable = False
    return a, b, exhaustive, true, chain, np.bincount(chain, minlength=bits + 1)


def evaluate(w: Weights, cell: str, bits: int, pairs: str, interrupt=None) -> Evaluation:
    """Accuracy over the evaluation pairs (see predict() for `interrupt`)."""
    a, b, exhaustive, true, chain, chain_total = _judged(bits, pairs)
    _, pred, _ = predict(w, cell, a, b, bits, interrupt)
    bit_right = pred == true  # (K, T, P)
    right = bit_right.all(axis=1)  # (K, P)
    chain_correct = np.stack([np.bincount(chain, weights=r, minlength=bits + 1) for r in right]).astype(np.int64)
    return Evaluation(
        bits=bits,
        pairs=pairs,
        exhaustive=exhaustive,
        total=a.size,
        correct=right.sum(axis=1),
        bit_accuracy=bit_right.mean(axis=2),
        chain_total=chain_total,
        chain_correct=chain_correct,
    )


SCREEN = 2048  # pairs in the quick check that all_right() runs before the full one


def all_right(w: Weights, cell: str, bits: int, pairs: str, interrupt=None) -> np.ndarray:
    """Does each model answer every evaluation pair right? (K,) bools.

    A fixed sample of SCREEN pairs is checked first and the full set only for the models that pass it:
    a model that is still learning fails the sample at a sixteenth of the cost of a full evaluation.
    """
    a, b, _, true, _, _ = _judged(bits, pairs)
    truth = from_bits(true.T)
    pick = np.random.RandomState(1).permutation(a.size)[:SCREEN]
    value, _, _ = predict(w, cell, a[pick], b[pick], bits, interrupt)
    ok = (value == truth[pick]).all(axis=1)
    if ok.any():
        k = np.flatnonzero(ok)
        value, _, _ = predict(w.take(k), cell, a, b, bits, interrupt)
        ok[k] = (value == truth).all(axis=1)
    return ok


@dataclass
class Trace:
    """One pair through one model, step by step (index t = bit t, least significant first)."""

    a: int
    b: int
    bits: int
    x: np.ndarray  # (T, 2)  input bits a_t, b_t
    h: np.ndarray  # (T+1, H)  hidden state, h[0] = h_0
    p: np.ndarray  # (T,)  output probability ŷ_t
    pred: np.ndarray  # (T,)  predicted bit round(ŷ_t), UNKNOWN (-1) where ŷ_t is not a number
    true: np.ndarray  # (T,)  true bit of (a - b) mod 2^T
    borrow: np.ndarray  # (T,)  true borrow out of bit t
    delta: np.ndarray  # (T, H)  hidden deltas of backpropagation through time for this pair

    @property
    def value(self) -> int | None:
        """The network's answer, or None when some bit is unknown."""
        return None if self.unknown.any() else int(from_bits(self.pred))

    @property
    def unknown(self) -> np.ndarray:
        """(T,) bools: bits whose output is not a number."""
        return self.pred == UNKNOWN

    @property
    def answer(self) -> int:
        return int(from_bits(self.true))

    @property
    def right(self) -> bool:
        return bool((self.pred == self.true).all())


def trace(w: Weights, cell: str, a: int, b: int, bits: int, k: int = 0) -> Trace:
    one = w.take(k)
    x, y = encode(np.array([[a]]), np.array([[b]]), bits)
    with np.errstate(over="ignore", invalid="ignore"):
        h, y_hat = forward(one, x, cell)
        delta = backward(one, x, h, y_hat, y - y_hat)[3][:, 0, 0]
    p = y_hat[:, 0, 0]
    return Trace(
        a=int(a),
        b=int(b),
        bits=bits,
        x=x[:, 0, 0].astype(np.int64),
        h=h[:, 0, 0],
        p=p,
        pred=output_bits(p),
        true=y[:, 0, 0].astype(np.int64),
        borrow=borrows(a, b, bits),
        delta=delta,
    )


@dataclass
class Search:
    """Where a search for a wrong answer stands (what find_wrong yields)."""

    status: str  # running, found, none (every pair is right), stopped
    checked: int  # pairs checked so far
    total: int  # pairs that would be checked
    exhaustive: bool  # every pair of the kind, or the fixed sample
    wrong: int = 0  # wrong answers among those checked
    pair: tuple[int, int] | None = None  # the first wrong one found


SEARCH_FLOATS = 2**20  # hidden-state floats per chunk: a few ms at most, whatever the model's size


def find_wrong(w: Weights, cell: str, bits: int, pairs: str, seed: int = 0, interrupt=None) -> Iterator[Search]:
    """Look through the evaluation pairs, in an order shuffled by `seed`, for one that model 0 answers wrongly.

    Yields a Search after each chunk of pairs (status "running"), then one with status "found" (the first
    wrong pair of the chunk it was in, and how many of that chunk were wrong), "none" or, when `interrupt()`
    says True between chunks, "stopped".
    """
    a, b, exhaustive, true, _, _ = _judged(bits, pairs)
    truth = from_bits(true.T)
    order = np.random.RandomState(seed).permutation(a.size)
    model = w.take(0)
    step = int(np.clip(SEARCH_FLOATS // (bits * model.hidden), 64, 8192))
    checked = 0
    for s in range(0, a.size, step):
        if interrupt is not None and interrupt():
            yield Search("stopped", checked, a.size, exhaustive)
            return
        i = order[s : s + step]
        value, _, _ = predict(model, cell, a[i], b[i], bits)
        wrong = i[value[0] != truth[i]]
        checked += i.size
        if wrong.size:
            yield Search("found", checked, a.size, exhaustive, int(wrong.size), (int(a[wrong[0]]), int(b[wrong[0]])))
            return
        yield Search("running", checked, a.size, exhaustive)
    yield Search("none", checked, a.size, exhaustive)
