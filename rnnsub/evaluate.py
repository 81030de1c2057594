"""Judging a model: accuracy over every pair, per bit, by borrow-chain length, and a trace of one pair."""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .data import answer, borrows, evaluation_pairs, from_bits, longest_borrow_chain, pair_count, to_bits
from .rnn import H0, Weights, backward, encode, forward, sigmoid

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
    never an integer made from NaN. Large jobs run in chunks (of pairs, or of models for the prefix tree);
    `interrupt()` is asked after each and, if it says True, Interrupted is raised (a 32-bit model with 512 hidden
    units needs minutes for 100,000 pairs, and a window must not wait for that).
    """
    a, b = np.asarray(a, dtype=np.int64).ravel(), np.asarray(b, dtype=np.int64).ravel()
    with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; inf - inf is NaN: an unknown bit
        if a.size >= 4**bits // 2 and _tree_fits(bits, w.hidden):
            y_hat = _prefix_outputs(w, cell, a, b, bits, interrupt)
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


_TRIE_FLOATS = 2**23  # the prefix tree's largest stored level (models x 4^(T-1) x H floats) up to 64 MB
_BLOCK_FLOATS = 2**16  # the tree grows a level in blocks of this many hidden-state floats (512 KB: in L2 cache)


def _tree_fits(bits: int, hidden: int) -> bool:
    """Does one model's prefix tree fit its memory bound? (8 bits: any hidden size up to 512; 10 bits: up to 32.)"""
    return 4 ** max(bits - 1, 0) * hidden <= _TRIE_FLOATS


_CHUNK_TREE_FLOATS = 2**18  # models grow their trees together while their largest levels stay within 2 MB (the
#   L2 cache); measured for 32 models of 8 bits and 16 hidden units: 81 ms one model at a time, 108 ms all at once


def _model_chunks(w: Weights, bits: int):
    """The models in chunks of as many as _CHUNK_TREE_FLOATS holds (at least one): (slice, Weights of that slice)."""
    per_model = 4 ** max(bits - 1, 0) * w.hidden
    step = max(1, _CHUNK_TREE_FLOATS // per_model)
    for s in range(0, w.K, step):
        k = slice(s, min(s + step, w.K))
        yield k, w.view(k)


_ALL = (slice(None), np.arange(4))  # a level's part that is every child of every parent


def _tree_levels(w: Weights, cell: str, bits: int, last=(_ALL,)):
    """The prefix tree, level by level: yields (t, ŷ_t (K, 4^(t+1))), the output at step t of every prefix.

    The network is causal: h_t depends only on the low t+1 bits of a and b, so all pairs that share them share
    h_t. Level t holds the 4^(t+1) states of every such prefix, node 4 n + (2 a_t + b_t) being a child of node n
    of level t-1 (the newest step is the lowest base-4 digit). For every pair of a range that is 3 to 4 times
    fewer steps than one per pair. The caller may send a bool mask (K,) back: the models to go on with.

    `last` says which leaves to grow: (parents, codes) groups, each every child with one of the codes of each of
    the parents (the pairs a >= b of 8 bits are 32,896 of its 65,536 leaves), ŷ then being the groups' leaves
    in turn, each group's parent by parent.
    """
    K, H = w.K, w.hidden
    codes = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)  # (a_t, b_t) for digit 2 a_t + b_t
    xw = codes @ w.W0  # (K, 4, H)  x_t W0 of each digit
    W0x = np.negative(xw) if cell == "elman" else sigmoid(xw)  # -x_t W0 (elman) or σ(x_t W0) (notebook)
    Wh, W1, clamp = w.Wh, w.W1, w.clamp
    h = np.full((K, 1, H), H0)  # (K, N, H)  the states of level t-1 (h_0 for the root)
    if clamp is not None:
        clamp.apply(h)
    for t in range(bits):
        if t < bits - 1:
            children = np.empty((K, h.shape[1], 4, H))  # (K, N, 4, H)  each parent's 4 children
            y = _grow(cell, h, W0x, Wh, W1, *_ALL, children, clamp)
        else:
            y = np.concatenate([_grow(cell, h, W0x, Wh, W1, parents, c, clamp=clamp) for parents, c in last], axis=1)
        alive = yield t, y
        if t == bits - 1:
            return
        h = children.reshape(K, -1, H)
        if alive is not None and not alive.all():
            K = int(alive.sum())
            h, W0x, Wh, W1 = h[alive], W0x[alive], Wh[alive], W1[alive]
            clamp = None if clamp is None else clamp.take(alive)


def _grow(cell: str, h, W0x, Wh, W1, parents, codes, children=None, clamp=None) -> np.ndarray:
    """The children with `codes` of the nodes `parents` of a level whose states are h (K, N, H): their outputs
    ŷ (K, n c), parent by parent, and their states into `children` (K, N, 4, H) if given (every child of every
    parent then). `clamp` (rnn.Clamp) holds units as rnn.forward does.

    Grown in blocks of parents (_BLOCK_FLOATS), in place, with cell_step's and sigmoid's operations in their
    order: the same numbers as rnn.forward for every pair (tests/test_evaluate.py).
    """
    K, N, H = h.shape
    every = isinstance(parents, slice)
    n_all, c = (N if every else parents.size), codes.size
    x = W0x[:, codes][:, None]  # (K, 1, c, H)
    step = max(1, _BLOCK_FLOATS // (K * c * H))  # parents per block
    y = np.empty((K, n_all * c))
    m = min(step, n_all)
    hp = None if every else np.empty((K, m, H))
    hw = np.empty((K, m, H))
    block = np.empty((K, m, c, H)) if children is None else None
    out = np.empty((K, m * c, 1))
    with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; inf - inf is NaN: an unknown bit
        for s in range(0, n_all, step):
            e = min(s + step, n_all)
            h_p = h[:, s:e] if every else np.take(h, parents[s:e], axis=1, out=hp[:, : e - s])  # (K, n, H)
            hw_b = np.matmul(h_p, Wh, out=hw[:, : e - s])  # (K, n, H)  h_{t-1} Wh, once per parent
            h_b = children[:, s:e] if children is not None else block[:, : e - s]  # (K, n, c, H)
            if cell == "elman":  # h_t = σ(x_t W0 + h_{t-1} Wh) = 1 / (1 + exp(-x_t W0 - h_{t-1} Wh))
                np.subtract(x, hw_b[:, :, None], out=h_b)
                np.exp(h_b, out=h_b)
                np.add(h_b, 1.0, out=h_b)
                np.reciprocal(h_b, out=h_b)
            else:  # h_t = σ(x_t W0) + h_{t-1} Wh
                np.add(x, hw_b[:, :, None], out=h_b)
            if clamp is not None:
                clamp.apply(h_b)
            o = np.matmul(h_b.reshape(K, -1, H), W1, out=out[:, : (e - s) * c])  # (K, n c, 1)  h_t W1
            np.negative(o, out=o)  # ŷ_t = σ(h_t W1) = 1 / (1 + exp(-h_t W1))
            np.exp(o, out=o)
            np.add(o, 1.0, out=o)
            y[:, s * c : e * c] = np.reciprocal(o, out=o)[..., 0]
    return y


def _prefix_outputs(w: Weights, cell: str, a, b, bits: int, interrupt=None) -> np.ndarray:
    """ŷ (K, T, P) of the pairs a, b from the prefix tree, in chunks of models (_model_chunks); `interrupt()` is
    asked after each chunk."""
    y_hat = np.empty((w.K, bits, a.size))
    for k, wk in _model_chunks(w, bits):
        idx = np.zeros(a.size, dtype=np.int64)  # each pair's node at level t
        for t, y in _tree_levels(wk, cell, bits):
            idx = idx * 4 + 2 * ((a >> t) & 1) + ((b >> t) & 1)
            y_hat[k, t] = y[:, idx]
        if interrupt is not None and k.stop < w.K and interrupt():
            raise Interrupted(k.stop / w.K)
    return y_hat


def _forward_outputs(w: Weights, cell: str, a, b, bits: int, interrupt=None) -> np.ndarray:
    """ŷ (K, T, P) by running every pair through the network, in chunks.

    With thousands of pairs per call numpy's per-call overhead no longer matters, and the reference rnn.forward
    is about as fast as fast.forward, whose arrays pay off only when kept from one training step to the next
    (measured: 0.81 against 0.71 ms for 2048 pairs of one model, 1.9 against 2.6 ms for 448 pairs of 11); the
    numbers are the same.
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


def _right(y: np.ndarray, true) -> np.ndarray:
    """Is the network's bit round(ŷ) the true bit? (0.5 rounds to 0, as np.round does; a NaN output is never right.)"""
    return np.where(true, y > 0.5, y <= 0.5)


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
    seconds: float = 0.0  # how long it took to measure

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
        kind = "exhaustive" if self.exhaustive else "estimated" if self.estimate else "sampled"
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


@functools.cache
def _shuffled(bits: int, pairs: str) -> np.ndarray:
    """A fixed-seed order of the evaluation pairs: its first pairs are a Checker's screens and an estimate's sample."""
    order = np.random.RandomState(1).permutation(pair_count(bits, pairs))
    order.flags.writeable = False
    return order


class _Truth(NamedTuple):
    """What the prefix tree is judged against, for the exhaustive evaluation pairs."""

    true: list  # [t] (nodes,) bools: bit t of a - b for each node of level t (of the last level, for `leaves`)
    count: list  # [t] (nodes,) floats: evaluation pairs that pass through each of those nodes
    last: list  # the leaves to grow: (parents, codes) groups for _tree_levels
    leaves: np.ndarray  # (L,)  the leaves grown, in the order _tree_levels yields them
    pair_leaf: np.ndarray  # (P,)  each pair's leaf (an index into `leaves`), the pairs sorted by longest borrow chain
    ends: np.ndarray  # (T+1,)  where the pairs of each chain length end in that order


@functools.cache
def _tree_truth(bits: int, pairs: str) -> _Truth:
    """The prefix tree's truth, computed once. Bit t of a - b depends on the low t+1 bits of a and b only, so every
    node has one true bit. The last level grows only the leaves that are evaluation pairs."""
    a, b, _, _, chain, chain_total = _judged(bits, pairs)
    digits = np.arange(4)
    diff = np.zeros(1, dtype=np.int64)  # (4^(t+1),)  a - b of each node's low bits
    node = np.zeros(a.size, dtype=np.int64)  # each pair's node at level t
    true, count = [], []
    for t in range(bits):
        diff = (diff[:, None] + (((digits >> 1) - (digits & 1)) << t)).ravel()  # child 4 n + 2 a_t + b_t
        node = node * 4 + 2 * ((a >> t) & 1) + ((b >> t) & 1)
        true.append(((diff >> t) & 1).astype(bool))
        count.append(np.bincount(node, minlength=4 ** (t + 1)).astype(np.float64))
    needed = (count[-1] > 0).reshape(-1, 4)  # (parents, 4)  which children of each last parent are pairs
    pattern = needed @ (1 << digits)  # the codes each parent needs, as 4 bits
    last = []
    for p in np.flatnonzero(np.bincount(pattern, minlength=16)[1:]) + 1:  # those that occur (np.unique imports numpy.ma: ~15 ms)
        codes = digits[(p >> digits) & 1 == 1]
        last.append(_ALL if p == 15 and (pattern == 15).all() else (np.flatnonzero(pattern == p), codes))
    leaves = np.concatenate([(4 * np.arange(needed.shape[0]) if isinstance(parents, slice) else 4 * parents)[:, None]
                             + codes for parents, codes in last], axis=None)
    where = np.full(4**bits, -1)
    where[leaves] = np.arange(leaves.size)
    true[-1], count[-1] = true[-1][leaves], count[-1][leaves]
    pair_leaf = where[node[np.argsort(chain, kind="stable")]]
    ends = np.cumsum(chain_total)
    for arr in (*true, *count, leaves, pair_leaf, ends):
        arr.flags.writeable = False
    return _Truth(true, count, last, leaves, pair_leaf, ends)


def _pair_of_node(node: int, t: int, bits: int) -> tuple[int, int]:
    """An evaluation pair (of either kind) whose path passes through `node` of level t: its low t+1 bits, and
    below t = T-1 a top bit of 1 for a (so that a >= b)."""
    a = b = 0
    for s in range(t + 1):
        digit = (node >> 2 * (t - s)) & 3  # step s is digit t - s (the newest step is the lowest digit)
        a, b = a | (digit >> 1) << s, b | (digit & 1) << s
    return (a | 1 << (bits - 1), b) if t < bits - 1 else (a, b)


def _tree_counts(w: Weights, cell: str, bits: int, pairs: str, interrupt=None):
    """(correct (K,), pairs right at each bit (K, T), correct by longest borrow chain (K, T+1)) over the exhaustive
    evaluation pairs, from the prefix tree: a pair is right when every node on its path is."""
    truth = _tree_truth(bits, pairs)
    bit_correct = np.empty((w.K, bits))
    chain_correct = np.empty((w.K, bits + 1), dtype=np.int64)
    for k, wk in _model_chunks(w, bits):
        ok = np.ones((wk.K, 1), dtype=bool)  # (K, nodes)  every node so far on the path to this one is right
        for t, y in _tree_levels(wk, cell, bits, truth.last):
            right = _right(y, truth.true[t])  # (K, nodes)
            bit_correct[k, t] = right @ truth.count[t]
            if t < bits - 1:
                ok = (ok[:, :, None] & right.reshape(wk.K, -1, 4)).reshape(wk.K, -1)
            else:
                ok = ok[:, truth.leaves >> 2] & right
        done = np.zeros((wk.K, truth.pair_leaf.size + 1), dtype=np.int64)
        np.cumsum(ok[:, truth.pair_leaf], axis=1, out=done[:, 1:])  # pairs right so far, in order of their chains
        chain_correct[k] = np.diff(done[:, np.r_[0, truth.ends]], axis=1)
        if interrupt is not None and k.stop < w.K and interrupt():
            raise Interrupted(k.stop / w.K)
    return chain_correct.sum(axis=1), bit_correct, chain_correct


def _count(w: Weights, cell: str, bits: int, a, b, true, chain, interrupt=None):
    """The same counts as _tree_counts over the pairs a, b, each run through the network; models in chunks that
    keep the outputs (K, T, P) under ~16 MB."""
    per_model = bits * max(a.size, 1)
    step = max(1, _CHUNK_FLOATS // per_model)
    bit_correct = np.empty((w.K, bits))
    chain_correct = np.empty((w.K, bits + 1), dtype=np.int64)
    for s in range(0, w.K, step):
        k = slice(s, min(s + step, w.K))
        try:
            y_hat = _forward_outputs(w.view(k), cell, a, b, bits, interrupt)  # (K, T, P)
        except Interrupted as e:  # how far the whole job got
            raise Interrupted((s + e.fraction * (k.stop - s)) / w.K) from None
        bit_right = _right(y_hat, true)  # (K, T, P)
        right = bit_right.all(axis=1)  # (K, P)
        bit_correct[k] = bit_right.sum(axis=2)
        chain_correct[k] = np.stack([np.bincount(chain, weights=r, minlength=bits + 1) for r in right])
    return chain_correct.sum(axis=1), bit_correct, chain_correct


def evaluate(w: Weights, cell: str, bits: int, pairs: str, interrupt=None) -> Evaluation:
    """Accuracy over the evaluation pairs (see predict() for `interrupt`). Every pair up to 10 bits, from the
    prefix tree where it fits (any number of models, in chunks); beyond, each pair of the fixed sample through
    the network."""
    start = time.perf_counter()
    a, b, exhaustive, true, chain, chain_total = _judged(bits, pairs)
    with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; inf - inf is NaN: an unknown bit
        if exhaustive and _tree_fits(bits, w.hidden):
            correct, bit_correct, chain_correct = _tree_counts(w, cell, bits, pairs, interrupt)
        else:
            correct, bit_correct, chain_correct = _count(w, cell, bits, a, b, true, chain, interrupt)
    return Evaluation(
        bits=bits,
        pairs=pairs,
        exhaustive=exhaustive,
        total=a.size,
        correct=correct,
        bit_accuracy=bit_correct / a.size,
        chain_total=chain_total,
        chain_correct=chain_correct,
        seconds=time.perf_counter() - start,
    )


def prepare(bits: int, pairs: str) -> None:
    """Compute (once per process) what evaluating this kind of pair needs: the pairs and their truth, the fixed
    sample order, the prefix tree's truth. Up to 0.8 s at 10 bits; afterwards an evaluation's time is its own."""
    _, _, exhaustive, _, _, _ = _judged(bits, pairs)
    _shuffled(bits, pairs)
    if exhaustive:
        _tree_truth(bits, pairs)


ESTIMATE_PAIRS = 2048  # pairs in a quick estimate, at most


def estimate(w: Weights, cell: str, bits: int, pairs: str, n: int = ESTIMATE_PAIRS, interrupt=None) -> Evaluation:
    """A quick estimate of the accuracy (estimate=True, see Evaluation.interval): the first n pairs of a fixed-seed
    shuffle of the evaluation pairs (the same pairs every time), each run through the network."""
    start = time.perf_counter()
    a, b, _, true, chain, _ = _judged(bits, pairs)
    pick = _shuffled(bits, pairs)[:n]
    correct, bit_correct, chain_correct = _count(w, cell, bits, a[pick], b[pick], true[:, pick], chain[pick], interrupt)
    return Evaluation(
        bits=bits,
        pairs=pairs,
        exhaustive=False,
        total=pick.size,
        correct=correct,
        bit_accuracy=bit_correct / pick.size,
        chain_total=np.bincount(chain[pick], minlength=bits + 1),
        chain_correct=chain_correct,
        estimate=True,
        seconds=time.perf_counter() - start,
    )


SCREENS = (64, 512)  # a Checker's screens: the first 64 pairs of the fixed sample order, then up to the 512th
#   (measured, in `python -m bench`'s sweep and time-to-100% runs: a further screen up to 2,048 pairs costs more
#   than the full checks it saves)
WITNESSES = 16  # wrong pairs a Checker keeps per model


class Checker:
    """Which of K models answer every evaluation pair right, asked again and again while they train (a sweep's
    checks). Exact: a model is called right only once every pair was checked; the cheaper steps before that only
    ever prove a model wrong, with a pair it answers wrongly now.

    1. Witnesses: up to WITNESSES pairs each model answered wrongly at an earlier check, all models' in one pass
       through the network. A model still learning fails here, at a few hundredths of a full check's cost.
    2. The screens: the first SCREENS pairs of a fixed-seed order, for the models whose witnesses are now all
       right (their wrong pairs become the new witnesses).
    3. Every pair (the prefix tree, a model leaving it at the first level where a node is wrong), for the models
       that pass the screen.
    """

    def __init__(self, K: int, cell: str, bits: int, pairs: str):
        self.cell, self.bits, self.pairs = cell, bits, pairs
        self.witnesses = np.zeros((K, 2, WITNESSES), dtype=np.int64)  # model k's wrong pairs (a, b), repeated to fill
        self.known = np.zeros(K, dtype=bool)  # model k has witnesses
        self.counts = {"witnesses": 0, "screen": 0, "full": 0}  # models that reached each step (for the benchmark)

    def all_right(self, w: Weights, models=None, interrupt=None) -> np.ndarray:
        """(K',) bools for the weights w of K' models, model j being the Checker's model models[j] (default: all)."""
        models = np.arange(w.K) if models is None else np.asarray(models, dtype=np.int64)
        ok = np.zeros(w.K, dtype=bool)
        todo = np.arange(w.K)
        with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; a NaN output is never right
            known = todo[self.known[models]]
            if known.size:
                self.counts["witnesses"] += known.size
                pairs = self.witnesses[models[known]]  # (K', 2, W)
                x, y = encode(pairs[:, 0], pairs[:, 1], self.bits)  # (T, K', W, 2), (T, K', W)
                wrong = ~_right(forward(w.take(known), x, self.cell)[1], y).all(axis=(0, 2))
                todo = np.delete(todo, known[wrong])  # (np.setdiff1d would import numpy.ma: ~15 ms once)
            self._ask(interrupt, 0.1)
            if todo.size:
                todo = self._screen(w, models, todo, interrupt)
            self._ask(interrupt, 0.2)
            if todo.size:
                self.counts["full"] += todo.size
                ok[todo] = self._full(w.take(todo), models[todo], interrupt)
        return ok

    def _ask(self, interrupt, fraction: float):
        if interrupt is not None and interrupt():
            raise Interrupted(fraction)

    def _remember(self, model: int, a, b):
        """Model `model` answers the pairs a, b wrongly (the first WITNESSES are kept)."""
        a, b = np.asarray(a)[:WITNESSES], np.asarray(b)[:WITNESSES]
        self.witnesses[model] = np.resize(a, WITNESSES), np.resize(b, WITNESSES)
        self.known[model] = True

    def _screen(self, w: Weights, models, todo, interrupt) -> np.ndarray:
        """The models of `todo` that answer every pair of the screens right."""
        a, b, _, true, _, _ = _judged(self.bits, self.pairs)
        order = _shuffled(self.bits, self.pairs)
        for lo, hi in zip((0, *SCREENS), SCREENS):
            pick = order[lo:hi]
            if not (todo.size and pick.size):
                continue
            self.counts["screen"] += todo.size
            value, _, _ = predict(w.take(todo), self.cell, a[pick], b[pick], self.bits, interrupt)
            right = value == from_bits(true[:, pick].T)  # (K', pairs)
            passed = right.all(axis=1)
            for j in np.flatnonzero(~passed):
                wrong = pick[~right[j]]
                self._remember(models[todo[j]], a[wrong], b[wrong])
            todo = todo[passed]
        return todo

    def _full(self, w: Weights, models, interrupt) -> np.ndarray:
        a, b, exhaustive, true, _, _ = _judged(self.bits, self.pairs)
        if not (exhaustive and _tree_fits(self.bits, w.hidden)):  # every pair through the network, a few models at a time
            truth = from_bits(true.T)
            ok = np.zeros(w.K, dtype=bool)
            step = max(1, _CHUNK_FLOATS // (self.bits * a.size))  # outputs (K, T, P) of ~16 MB at most
            for s in range(0, w.K, step):
                k = np.arange(s, min(s + step, w.K))
                value, _, _ = predict(w.take(k), self.cell, a, b, self.bits, interrupt)
                right = value == truth  # (K'', P)
                ok[k] = right.all(axis=1)
                for j in np.flatnonzero(~ok[k]):
                    self._remember(models[k[j]], a[~right[j]], b[~right[j]])
            return ok
        truth = _tree_truth(self.bits, self.pairs)
        ok = np.zeros(w.K, dtype=bool)
        for k, wk in _model_chunks(w, self.bits):
            alive = np.arange(k.start, k.stop)  # the models of this chunk still right at every node so far
            walk = _tree_levels(wk, self.cell, self.bits, truth.last)
            keep = None
            for _ in range(self.bits):
                t, y = walk.send(keep)
                wrong = ~_right(y, truth.true[t]) & (truth.count[t] > 0)  # (K'', nodes)  on some pair's path
                bad = wrong.any(axis=1)
                nodes = truth.leaves if t == self.bits - 1 else np.arange(y.shape[1])
                for j in np.flatnonzero(bad):
                    witness = [_pair_of_node(int(nd), t, self.bits) for nd in nodes[np.flatnonzero(wrong[j])[:WITNESSES]]]
                    self._remember(models[alive[j]], *zip(*witness))
                alive, keep = alive[~bad], ~bad
                if not alive.size:
                    break
            walk.close()
            ok[alive] = True
            if k.stop < w.K:
                self._ask(interrupt, 0.2 + 0.8 * k.stop / w.K)
        return ok


def all_right(w: Weights, cell: str, bits: int, pairs: str, interrupt=None) -> np.ndarray:
    """Does each model answer every evaluation pair right? (K,) bools (a Checker without witnesses: the screen,
    then every pair for the models that pass it)."""
    return Checker(w.K, cell, bits, pairs).all_right(w, interrupt=interrupt)


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
