"""Inside a trained network: how it learned to subtract (issue 10).

Four questions about one model's weights (model k of a Weights), each answered with a plain dataclass of numbers:

    borrow_units          which hidden unit carries the borrow: Pearson r of each unit's h_t with the true borrow
                          out of step t, and how much of the borrow a threshold on the best unit recovers
    extract_machine       the finite-state machine inside: k-means on the hidden states, the transition table on
                          the inputs (a_t, b_t), minimised, and compared with the two-state borrow machine
    accuracy_by_length    the same weights on longer numbers (up to 128 bits and beyond: pairs as bit arrays)
    find_wrong_any_length "try to break it": structured pairs (long borrow chains, alternating bits) and random
                          ones, at every length up to max_bits

and one experiment on them (issue 11): `hold` knocks hidden units out (holds them at 0) or clamps them at other
values (rnn.Clamp), and `importance` is the accuracy with each unit knocked out in turn.

The borrow machine (the textbook's subtractor with borrow, what a perfect network must be equivalent to):

    state c ∈ {0: no borrow, 1: borrow}, start c = 0
    on input (a, b):  output (a - b - c) mod 2,  next c = 1 if a - b - c < 0 else 0

Inputs are coded i = 2 a + b (00, 01, 10, 11), as in rnnsub/evaluate.py's prefix tree. Numpy only.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np

from .data import EXHAUSTIVE_MAX_BITS, SAMPLE_SIZE, borrows, evaluation_pairs, pair_count
from .errors import UnitError
from .evaluate import ESTIMATE_PAIRS, UNKNOWN, _tree_fits, estimate, evaluate, output_bits
from .rnn import Clamp, Weights, cell_step, encode, forward, sigmoid

INPUTS = ((0, 0), (0, 1), (1, 0), (1, 1))  # input i = 2 a + b: (a_t, b_t)
SAMPLE = 1000  # pairs read by borrow_units and extract_machine: with 8 bits, 8,000 states and 32,000 transitions
SAMPLE_SEED = 10  # the fixed seed of those pairs, of k-means' restarts and of the long pairs (issue 10)
CARRIES = 0.999  # a unit carries the borrow when a threshold on it recovers at least this fraction of borrow bits
AGREEMENT = 0.999  # a machine describes the network when this fraction of its transitions agree with it
MAX_STATES = 8  # k-means tries k = 1, 2, ..., MAX_STATES clusters
RESTARTS = 4  # k-means runs from this many k-means++ starts; the one of least inertia is kept
LENGTHS = (8, 16, 32, 64, 128)  # accuracy_by_length: bits
LENGTH_SAMPLES = 10_000  # pairs per length where not every pair is counted
EVERY_PAIR = 65_536  # accuracy_by_length counts every pair where there are at most this many (8 bits: 32,896 ordered
#   pairs, 65,536 of all), through evaluate()'s prefix tree: at a model's own length (8 bits by default) inspect then
#   says evaluate()'s exact count, not an estimate of it from 10,000 of its 32,896 pairs
EVERY_PAIR_WORK = EVERY_PAIR * 128**2  # ... and pairs × hidden² at most this, since the work grows with hidden²: every
#   8-bit pair takes 0.007 s with 16 hidden units, 0.02 s with 128 and 3.3 s with 512, which is sampled instead (1.4 s)
_CHUNK_FLOATS = 2**21  # hidden-state floats per forward() call or distance block: ~16 MB, whatever T, H and k are
_PROBE_FLOATS = 2**23  # extract_machine's next states (4 per state) up to 64 MB: fewer pairs for large models


# -- 1. the borrow unit ------------------------------------------------------------------------------------------

@dataclass
class BorrowUnits:
    """Each hidden unit's Pearson r with the true borrow, over `samples` (pair, step) points."""

    r: np.ndarray  # (H,)  r of unit j's h_t with the borrow out of step t; 0 for a constant (or non-finite) unit
    unit: int  # the unit of largest |r|
    threshold: float  # on that unit: borrow predicted where h_t > threshold (above) or h_t < threshold (not above)
    above: bool  # True when the borrow is the unit's high side (r >= 0)
    recovered: float  # fraction of borrow bits that threshold recovers (the best any threshold on the unit does)
    samples: int  # (pair, step) points: pairs x bits

    @property
    def abs_r(self) -> float:
        return float(abs(self.r[self.unit]))

    @property
    def found(self) -> bool:
        """Does the best unit carry the borrow: a threshold on it recovers at least CARRIES of the borrow bits (and it
        varies with the borrow at all)? A large |r| alone does not tell: following the input bits gives |r| ≈ 0.7."""
        return self.recovered >= CARRIES and self.abs_r > 0

    @property
    def runner_up(self) -> float:
        """The second largest |r| (0 with one unit): how far behind the next best unit is."""
        return float(np.sort(np.abs(self.r))[-2]) if self.r.size > 1 else 0.0


def correlations(h: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Pearson r of each column of h (N, H) with target (N,): Σ (h - h̄)(y - ȳ) / √(Σ (h - h̄)² Σ (y - ȳ)²).

    A column with zero variance (or a non-finite value) gets r = 0, not NaN; so does every column when the target
    is constant."""
    h = np.asarray(h, dtype=np.float64)
    y = np.asarray(target, dtype=np.float64)
    if h.shape[0] == 0:
        return np.zeros(h.shape[1])
    # constant columns are told by max = min: h - h̄ of one can be ~1e-17 rather than 0 (h̄ rounds), giving r = ±1
    finite = np.isfinite(h).all(axis=0)  # (H,)
    with np.errstate(invalid="ignore"):
        varies = finite & (h.max(axis=0) > h.min(axis=0)) & (y.max() > y.min())  # (H,)
    hc = np.where(varies, h, 0.0) - np.where(varies, h, 0.0).mean(axis=0)  # (N, H)  h - h̄
    yc = y - y.mean()  # (N,)  y - ȳ
    with np.errstate(over="ignore", invalid="ignore"):
        num = yc @ hc  # (H,)
        den = np.sqrt((hc**2).sum(axis=0) * (yc**2).sum())  # (H,)
        r = np.where(varies & (den > 0), num / np.where(den > 0, den, 1.0), 0.0)
    return np.clip(np.nan_to_num(r), -1.0, 1.0)


def best_threshold(v: np.ndarray, y: np.ndarray, above: bool) -> tuple[float, float]:
    """The threshold on v (N,) that recovers most of the bits y (N,), predicting 1 where v > threshold (above) or
    v < threshold (not above). Every cut between two consecutive distinct values is tried (and both ends);
    the cut is the midpoint of the two values. Returns (threshold, fraction recovered)."""
    v = np.asarray(v, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    if not above:
        v = -v
    order = np.argsort(v, kind="stable")
    v, y = v[order], y[order]
    n = v.size
    # cut after position j (j = 0..n): predict 0 for the j lowest, 1 for the rest
    zeros_below = np.concatenate(([0], np.cumsum(1 - y)))  # (n+1,)
    ones_above = y.sum() - np.concatenate(([0], np.cumsum(y)))  # (n+1,)
    right = zeros_below + ones_above
    allowed = np.ones(n + 1, dtype=bool)
    allowed[1:n] = v[1:] > v[:-1]  # only between distinct values
    j = int(np.argmax(np.where(allowed, right, -1)))
    if j == 0:
        cut = v[0] - 1.0 if n else 0.0
    elif j == n:
        cut = v[-1] + 1.0
    else:
        cut = (v[j - 1] + v[j]) / 2
    return float(cut if above else -cut), float(right[j] / max(n, 1))


def borrow_units(w: Weights, cell: str, bits: int, pairs: str, sample: int = SAMPLE, k: int = 0,
                 seed: int = SAMPLE_SEED) -> BorrowUnits:
    """Which hidden unit tracks the borrow (rnnsub.data.borrows) of model k, over a fixed-seed sample of `sample`
    pairs of the kind `pairs` at `bits` bits (every pair when there are fewer; fewer for large models, see
    _sample_pairs): h_t (after step t) against the borrow out of bit t, at every (pair, step).

    The threshold is best_threshold()'s on the unit of largest |r|, borrow on its high side when r ≥ 0. A unit
    that only follows the current input bits already gets |r| ≈ 0.7 (a_t = 0, b_t = 1 always borrows; an untrained
    model with 512 units has one); the borrow itself needs the previous borrow, which the threshold's recovery
    (100 % or not) tells."""
    a, b = _sample_pairs(bits, pairs, sample, seed, w.hidden)
    h, _ = _run(w.take(k), cell, a, b, bits)  # (T+1, P, H)
    states = h[1:].reshape(-1, h.shape[-1])  # (T P, H)  h_1 .. h_T
    truth = borrows(a, b, bits).T.reshape(-1)  # (T P,)  borrow out of step t, in the same order
    r = correlations(states, truth)
    unit = int(np.argmax(np.abs(r)))
    above = bool(r[unit] >= 0)
    values = np.nan_to_num(states[:, unit], nan=0.0)
    threshold, recovered = best_threshold(values, truth, above)
    return BorrowUnits(r, unit, threshold, above, recovered, int(truth.size))


# -- 2. the machine inside -----------------------------------------------------------------------------------------

@dataclass
class Machine:
    """The finite-state machine read from the hidden states (a Mealy machine: the output is on the transition).

    found: some k ≤ max_states clusters give a transition table that agrees with the network on at least
    AGREEMENT of the (state, input) samples. Then `next`, `out` and `start` are that table minimised (equivalent
    states merged), and `equivalent` says whether it computes what the borrow machine computes from the start;
    if not, `difference` is the shortest input sequence ((a_t, b_t), lowest bit first) on which they differ.
    """

    found: bool
    max_states: int  # the most clusters tried
    agreement: list[float]  # agreement of the table read with k = 1, 2, ... clusters (as many as were tried)
    samples: int  # (state, input) samples each agreement is measured on
    clusters: int | None = None  # k: the fewest clusters that reach AGREEMENT
    next: np.ndarray | None = None  # (S, 4)  the minimised machine: next state on input i = 2 a + b
    out: np.ndarray | None = None  # (S, 4)  its output bit (UNKNOWN where the network's output is not a number)
    start: int | None = None  # the state h_0 is in
    equivalent: bool | None = None  # to the borrow machine, from the start states
    difference: list[tuple[int, int]] | None = None  # the shortest inputs on which they differ
    reason: str = ""  # why none was found, when the hidden states cannot be clustered

    @property
    def states(self) -> int | None:
        return None if self.next is None else int(self.next.shape[0])

    @property
    def best_agreement(self) -> float:
        return max(self.agreement) if self.agreement else 0.0

    @property
    def found_agreement(self) -> float | None:
        return None if self.clusters is None else self.agreement[self.clusters - 1]


def kmeans(X: np.ndarray, k: int, restarts: int = RESTARTS, seed: int = SAMPLE_SEED, iterations: int = 100):
    """Lloyd's k-means on the rows of X (N, D), from `restarts` k-means++ starts drawn with RandomState(seed);
    the run of least inertia (Σ squared distance to the own centre) wins. Deterministic for a given seed.

    Returns (centres (k', D), labels (N,), inertia); k' < k only when X has fewer than k distinct rows. A centre
    that loses all its points keeps its place (it may win some back)."""
    rng = np.random.RandomState(seed)
    best = None
    for _ in range(restarts):
        centres = _kmeans_pp(X, k, rng)
        labels = None
        for _ in range(iterations):
            new = nearest(X, centres)
            if labels is not None and (new == labels).all():
                break
            labels = new
            for j in range(len(centres)):
                members = X[labels == j]
                if len(members):
                    centres[j] = members.mean(axis=0)
        inertia = float(((X - centres[labels]) ** 2).sum())
        if best is None or inertia < best[2]:
            best = (centres.copy(), labels.copy(), inertia)
    return best


def _kmeans_pp(X, k, rng) -> np.ndarray:
    """k-means++: the first centre a random row, each next one a row drawn with probability ∝ its squared distance
    to the nearest centre so far (no more once every row is a centre)."""
    centres = [X[rng.randint(len(X))]]
    d2 = ((X - centres[0]) ** 2).sum(axis=1)
    while len(centres) < k and d2.sum() > 0:
        centres.append(X[rng.choice(len(X), p=d2 / d2.sum())])
        d2 = np.minimum(d2, ((X - centres[-1]) ** 2).sum(axis=1))
    return np.array(centres, dtype=np.float64)


def nearest(X: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """The index of each row's nearest centre (squared Euclidean distance): (N,). Differences, not the expansion
    |x|² - 2 x·c + |c|², which loses the small distances of large states (the notebook cell's); in blocks of rows."""
    step = max(1, _CHUNK_FLOATS // (len(centres) * X.shape[1]))
    return np.concatenate([((X[s : s + step, None, :] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)
                           for s in range(0, len(X), step)] or [np.zeros(0, dtype=np.int64)])


MAX_CLUSTERED = 1e100  # |h| up to here: squared distances over 512 units stay finite (5e202)


def extract_machine(w: Weights, cell: str, bits: int, pairs: str, sample: int = SAMPLE, k: int = 0,
                    max_states: int = MAX_STATES, agreement: float = AGREEMENT, seed: int = SAMPLE_SEED) -> Machine:
    """The machine inside model k, read from its hidden states on a fixed-seed sample of pairs.

    1. The states h_1 .. h_T of `sample` pairs are clustered with kmeans() for k = 1, 2, ... up to max_states.
    2. From every state, each of the 4 inputs is applied (one cell_step): the cluster the new state is nearest to
       and the output bit round(ŷ) emitted on that step are one (state, input) sample; P T 4 of them.
    3. For each (cluster, input), the most common (next cluster, output) is the table's entry; the table's
       agreement is the fraction of samples equal to their entry. The first k with agreement ≥ `agreement` wins.
    4. h_0 is a state of its own, the start, whose row is its own 4 transitions (read exactly: it is one point,
       and a trained net's h_0 = 0.1 need not lie near the states that behave like it). Minimising then merges
       it with the cluster it behaves like, if any.
    5. The table is minimised (Moore's partition refinement) and compared with the borrow machine.
    """
    a, b = _sample_pairs(bits, pairs, sample, seed, w.hidden)
    one = w.take(k)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        h, _ = _run(one, cell, a, b, bits)  # (T+1, P, H)
        states = h[1:].reshape(-1, one.hidden)  # (N, H)  h_1 .. h_T, N = T P
        nxt, out = _probe(one, cell, states)  # (N, 4, H), (N, 4)
        start_next, start_out = _probe(one, cell, h[0, :1])  # from h_0: (1, 4, H), (1, 4)
    samples = nxt.shape[0] * 4
    if not (np.isfinite(states).all() and np.isfinite(nxt).all()):
        return Machine(False, max_states, [], samples, reason="the hidden state is not a finite number")
    largest = max(float(np.abs(states).max()), float(np.abs(nxt).max()))
    if largest > MAX_CLUSTERED:  # squared distances would overflow; a state this large is no state of a small machine
        return Machine(False, max_states, [], samples, reason=f"the hidden state grows without bound (|h| reaches "
                                                               f"{largest:.3g})")
    scores = []
    for n_clusters in range(1, max_states + 1):
        centres, labels, _ = kmeans(states, n_clusters, seed=seed)
        kept = np.unique(labels)  # a centre left with no state is no state of the machine
        centres, labels = centres[kept], np.searchsorted(kept, labels)
        c = len(centres)
        to = nearest(nxt.reshape(-1, one.hidden), centres).reshape(-1, 4)  # (N, 4)  next cluster
        code = to * 3 + (out + 1)  # (N, 4)  (next cluster, output ∈ {-1, 0, 1}) as one number
        counts = np.zeros((c, 4, 3 * c), dtype=np.int64)
        np.add.at(counts, (labels[:, None], np.arange(4)[None, :], code), 1)
        scores.append(float(counts.max(axis=2).sum() / samples))
        if scores[-1] >= agreement:
            entry = counts.argmax(axis=2)  # (c, 4)
            first_to = nearest(start_next[0], centres)  # (4,)
            table_next = np.vstack([entry // 3, first_to])  # (c+1, 4): the clusters, then the start (state c)
            table_out = np.vstack([entry % 3 - 1, start_out])
            m_next, m_out, m_start = minimise(table_next, table_out, c)
            difference = borrow_difference(m_next, m_out, m_start)
            return Machine(True, max_states, scores, samples, n_clusters, m_next, m_out, m_start,
                           difference is None, difference)
    return Machine(False, max_states, scores, samples)


def _probe(w: Weights, cell: str, states: np.ndarray):
    """Each of the 4 inputs applied to each state (N, H): the next states (N, 4, H) and the output bits (N, 4)."""
    x = np.array(INPUTS, dtype=np.float64)  # (4, 2)
    nxt = cell_step(cell, (x @ w.W0[0])[None, :, :], (states @ w.Wh[0])[:, None, :])  # (N, 4, H)
    if w.clamp is not None:
        w.clamp.take(slice(0, 1)).apply(nxt[None])  # held units, as rnn.forward holds them
    y_hat = sigmoid(nxt @ w.W1[0])[..., 0]  # (N, 4)  ŷ = σ(h W1)
    return nxt, output_bits(y_hat)


def minimise(next_state: np.ndarray, out: np.ndarray, start: int):
    """The smallest Mealy machine equivalent to (next_state (S, 4), out (S, 4)) from `start`: the states reachable
    from the start, split by Moore's partition refinement (begin with the states' output rows; split a block
    while its states' successors lie in different blocks). Returns (next (S', 4), out (S', 4), start')."""
    reach, queue = {start}, deque([start])
    while queue:
        s = queue.popleft()
        for t in next_state[s]:
            if int(t) not in reach:
                reach.add(int(t))
                queue.append(int(t))
    states = sorted(reach)
    block = _renumber({s: tuple(out[s]) for s in states})
    while True:
        refined = _renumber({s: (block[s], *(block[int(t)] for t in next_state[s])) for s in states})
        if len(set(refined.values())) == len(set(block.values())):
            break
        block = refined
    size = len(set(block.values()))
    m_next = np.zeros((size, 4), dtype=np.int64)
    m_out = np.zeros((size, 4), dtype=np.int64)
    for s in states:
        m_next[block[s]] = [block[int(t)] for t in next_state[s]]
        m_out[block[s]] = out[s]
    return m_next, m_out, block[start]


def _renumber(signature: dict) -> dict:
    """{state: signature} -> {state: block number}, blocks numbered in order of first appearance."""
    ids = {}
    return {s: ids.setdefault(sig, len(ids)) for s, sig in signature.items()}


def borrow_step(c: int, a: int, b: int) -> tuple[int, int]:
    """The borrow machine: (output (a - b - c) mod 2, next borrow 1 if a - b - c < 0)."""
    d = a - b - c
    return d % 2, int(d < 0)


def borrow_difference(next_state: np.ndarray, out: np.ndarray, start: int) -> list[tuple[int, int]] | None:
    """Breadth-first search of the product of a machine and the borrow machine from (start, no borrow): the
    shortest input sequence ((a_t, b_t), lowest bit first) on whose last step their outputs differ, or None if
    no reachable pair of states ever outputs differently (the machines are equivalent)."""
    first = (int(start), 0)
    came = {first: None}  # (state, borrow) -> (previous pair, input)
    queue = deque([first])
    while queue:
        s, c = queue.popleft()
        for i, (a, b) in enumerate(INPUTS):
            bit, c2 = borrow_step(c, a, b)
            step = ((s, c), (a, b))
            if out[s, i] != bit:
                path = [(a, b)]
                node = (s, c)
                while came[node] is not None:
                    node, ab = came[node]
                    path.append(ab)
                return path[::-1]
            pair = (int(next_state[s, i]), c2)
            if pair not in came:
                came[pair] = step
                queue.append(pair)
    return None


# -- 3. longer numbers ---------------------------------------------------------------------------------------------

@dataclass
class LengthAccuracy:
    bits: int
    correct: int  # pairs whose every bit is right
    total: int
    exhaustive: bool  # every pair of the kind (else a fixed random sample)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def subtract_bits(xa: np.ndarray, xb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """a - b on bit arrays (P, T), least significant first, of any length (rnnsub.data needs int64 operands, so
    62 bits at most): the answer's bits (a - b) mod 2^T and the borrow out of each bit, both (P, T)."""
    diff = np.empty_like(xa)
    out = np.empty_like(xa)
    c = np.zeros(xa.shape[0], dtype=xa.dtype)
    for t in range(xa.shape[1]):
        d = xa[:, t] - xb[:, t] - c  # a_t - b_t - borrow in
        diff[:, t] = d & 1  # (a_t - b_t - c) mod 2
        c = (d < 0).astype(xa.dtype)
        out[:, t] = c
    return diff, out


def int_bits(values, bits: int) -> np.ndarray:
    """Python ints (any size) -> bit arrays (P, bits), least significant first."""
    return np.array([[(int(v) >> t) & 1 for t in range(bits)] for v in values], dtype=np.int64).reshape(-1, bits)


def bits_int(row) -> int:
    """One bit array, least significant first -> a Python int (any size)."""
    return sum(int(bit) << t for t, bit in enumerate(row))


def random_bit_pairs(rng: np.random.RandomState, count: int, bits: int, pairs: str):
    """`count` uniform random pairs of `bits` bits as bit arrays xa, xb (count, bits), each pair of the kind equally
    likely. Ordered pairs (a ≥ b, compared at their most significant differing bit) by rejection: pairs drawn
    uniformly, those with a < b dropped, until there are `count`. (Swapping a < b instead would make a = b half as
    likely as any other pair: (a, b) is reached from two draws, (a, a) from one.)"""
    if pairs != "ordered":
        return rng.randint(2, size=(count, bits)).astype(np.int64), rng.randint(2, size=(count, bits)).astype(np.int64)
    xa, xb = np.zeros((0, bits), dtype=np.int64), np.zeros((0, bits), dtype=np.int64)
    while len(xa) < count:
        need = count - len(xa)
        draw = 2 * need + 16  # a ≥ b holds for just over half of them
        ra = rng.randint(2, size=(draw, bits)).astype(np.int64)
        rb = rng.randint(2, size=(draw, bits)).astype(np.int64)
        keep = ~_less(ra, rb)
        xa, xb = np.vstack([xa, ra[keep][:need]]), np.vstack([xb, rb[keep][:need]])
    return xa, xb


def _less(xa, xb) -> np.ndarray:
    """a < b for bit arrays (P, T): decided at the most significant bit where they differ."""
    d = xa - xb
    nz = d != 0
    top = d.shape[1] - 1 - np.argmax(nz[:, ::-1], axis=1)  # most significant differing bit
    return nz.any(axis=1) & (d[np.arange(d.shape[0]), top] < 0)


def answers_right(w: Weights, cell: str, xa: np.ndarray, xb: np.ndarray):
    """Model 0 of w on bit-array pairs (P, T): (right (P,) bools: every bit right, the network's bits (P, T),
    UNKNOWN where its output is not a number). Runs rnnsub.rnn.forward in chunks of pairs."""
    P, T = xa.shape
    truth, _ = subtract_bits(xa, xb)
    pred = np.empty((P, T), dtype=np.int64)
    step = max(1, _CHUNK_FLOATS // ((T + 1) * w.hidden))
    x = np.stack([xa, xb], axis=-1).astype(np.float64)  # (P, T, 2)
    for s in range(0, P, step):
        chunk = x[s : s + step].transpose(1, 0, 2)[:, None]  # (T, 1, p, 2)
        with np.errstate(over="ignore", invalid="ignore"):
            _, y_hat = forward(w, chunk, cell)  # (T, 1, p)
        pred[s : s + step] = output_bits(y_hat[:, 0]).T
    return (pred == truth).all(axis=1), pred


def accuracy_by_length(w: Weights, cell: str, lengths=LENGTHS, samples: int = LENGTH_SAMPLES, pairs: str = "ordered",
                       k: int = 0, seed: int = SAMPLE_SEED) -> list[LengthAccuracy]:
    """Model k's accuracy on pairs of each length in `lengths` (bits, any number ≥ 1): every pair of the kind where
    there are at most `samples`, or at most EVERY_PAIR and pairs × hidden² ≤ EVERY_PAIR_WORK (counted by evaluate(),
    so the same count it gives), else `samples` uniform random pairs (RandomState(seed + length))."""
    one = w.take(k)
    result = []
    for bits in lengths:
        n = pair_count(bits, pairs) if bits <= EXHAUSTIVE_MAX_BITS else None
        if n is not None and (n <= samples or (n <= EVERY_PAIR and n * one.hidden**2 <= EVERY_PAIR_WORK)):
            ev = evaluate(one, cell, bits, pairs)
            result.append(LengthAccuracy(bits, int(ev.correct[0]), int(ev.total), True))
            continue
        xa, xb = random_bit_pairs(np.random.RandomState(seed + bits), samples, bits, pairs)
        right, _ = answers_right(one, cell, xa, xb)
        result.append(LengthAccuracy(bits, int(right.sum()), int(right.size), False))
    return result


# -- 4. try to break it --------------------------------------------------------------------------------------------

@dataclass
class WrongSearch:
    tried: int  # pairs tried
    max_bits: int
    pair: tuple[int, int] | None = None  # the first pair answered wrongly, as Python ints
    bits: int | None = None  # its length
    got: int | None = None  # the network's answer (None where some output bit is not a number)
    lengths: list[int] = field(default_factory=list)  # lengths searched, in order


def structured_pairs(bits: int, pairs: str) -> list[tuple[int, int]]:
    """Pairs of `bits` bits that are hard for a borrow: the longest chains, alternating bits, all ones.

    a = 100…0, b = 1 (a borrow through every bit but the top), a = 100…0, b = 011…1 (answer 1), a = b = 11…1
    (answer 0), 11…1 - 0, 0 - 0, alternating 1010… and 0101… against each other and against 11…1, and for pairs
    "all" 0 - 1 and 0 - 11…1 (a borrow out of every bit). Ordered pairs are swapped to a ≥ b; no pair twice.
    """
    top = (1 << bits) - 1
    high = 1 << (bits - 1)
    odd = int("10" * bits, 2) & top  # 1010…: bits 1, 3, 5, ...
    even = top ^ odd  # 0101…: bits 0, 2, 4, ...
    found = [(high, 1), (high, high - 1), (top, top), (top, 0), (0, 0), (odd, even), (even, odd), (top, odd),
             (top, even), (odd, odd), (high | 1, 2 if bits > 2 else 1), (0, 1), (0, top)]
    seen, out = set(), []
    for a, b in found:
        a, b = a & top, b & top
        if pairs == "ordered" and a < b:
            a, b = b, a
        if (a, b) not in seen:
            seen.add((a, b))
            out.append((a, b))
    return out


def find_wrong_any_length(w: Weights, cell: str, max_bits: int = 128, pairs: str = "ordered", random: int = 32,
                          k: int = 0, seed: int = SAMPLE_SEED) -> WrongSearch:
    """Look for a pair model k answers wrongly, at every length 1, 2, ..., max_bits: first the structured_pairs()
    of that length, then `random` random pairs (RandomState(seed + length)). Returns the first wrong one (shortest
    length first), or pair None, with how many pairs were tried."""
    one = w.take(k)
    search = WrongSearch(0, max_bits)
    for bits in range(1, max_bits + 1):
        listed = structured_pairs(bits, pairs)
        ra, rb = random_bit_pairs(np.random.RandomState(seed + bits), random, bits, pairs)
        xa = np.vstack([int_bits([a for a, _ in listed], bits), ra])
        xb = np.vstack([int_bits([b for _, b in listed], bits), rb])
        right, pred = answers_right(one, cell, xa, xb)
        search.lengths.append(bits)
        wrong = np.flatnonzero(~right)
        if wrong.size:
            i = int(wrong[0])
            search.tried += i + 1
            search.pair, search.bits = (bits_int(xa[i]), bits_int(xb[i])), bits
            search.got = None if (pred[i] == UNKNOWN).any() else bits_int(pred[i])
            return search
        search.tried += right.size
    return search


# -- 5. knock out units -------------------------------------------------------------------------------------------

def hold(w: Weights, held: dict[int, float], k: int = 0) -> Weights:
    """Model k with the hidden units in `held` (unit -> value) held at those values at every step, whatever their
    inputs (rnn.Clamp); 0 knocks a unit out. A new Weights: w is untouched, so dropping the result undoes it exactly.

    Raises UnitError for a unit outside 0 .. H-1 or a value that is not a finite number."""
    one = w.take(k)
    H = one.hidden
    mask = np.zeros((1, H), dtype=bool)
    value = np.zeros((1, H))
    if one.clamp is not None:  # held already: this adds to it
        mask[:], value[:] = one.clamp.mask, one.clamp.value
    for unit, v in held.items():
        if isinstance(unit, bool) or not isinstance(unit, (int, np.integer)) or not 0 <= unit < H:
            raise UnitError(f"there is no hidden unit {unit}: this model's units are 0 to {H - 1}", "unit_range",
                            unit=unit, hidden=H)
        if not np.isfinite(v):
            raise UnitError(f"a unit can only be held at a finite number, not {v}", "clamp_value", value=v)
        mask[0, unit], value[0, unit] = True, float(v)
    one.clamp = Clamp(mask, value) if mask.any() else None
    return one


IMPORTANCE_WORK = 2**33  # importance_sample: multiply-adds of all H knock-outs together (a few seconds) above which
#   a sample of pairs stands in for evaluate()'s


def importance_sample(hidden: int, bits: int, pairs: str = "ordered") -> int | None:
    """How many pairs importance() should judge each knock-out on: None (evaluate()'s own pairs) while all H of them
    cost at most about IMPORTANCE_WORK, else a fixed sample that keeps them near it (64 to 2,048 pairs): with 512
    units at 32 bits, 512 variants of evaluate()'s 100,000 pairs would take hours; 64 pairs take about a minute."""
    if bits <= EXHAUSTIVE_MAX_BITS and _tree_fits(bits, hidden):
        steps = 4 ** (bits + 1) // 3  # evaluate()'s prefix tree: one step per node
    else:
        steps = (pair_count(bits, pairs) if bits <= EXHAUSTIVE_MAX_BITS else SAMPLE_SIZE) * bits
    if steps * hidden**3 <= IMPORTANCE_WORK:  # H knock-outs, each step an H x H product
        return None
    return int(np.clip(IMPORTANCE_WORK // (bits * hidden**3), 64, ESTIMATE_PAIRS))


def importance(w: Weights, cell: str, bits: int, pairs: str, k: int = 0, interrupt=None, units=None,
               sample: int | None = None) -> np.ndarray:
    """Model k's accuracy with each hidden unit of `units` (default: all, (H,)) knocked out in turn (held at 0), over
    evaluate()'s pairs (every pair, or its fixed sample for large models), or over the first `sample` pairs of
    estimate()'s fixed shuffle. The variants are evaluated together as that many models."""
    one = w.take(k)
    H = one.hidden
    units = np.arange(H) if units is None else np.asarray(units, dtype=np.int64)
    n = units.size
    off = np.zeros((n, H), dtype=bool)
    off[np.arange(n), units] = True
    variants = Weights(*(np.repeat(a, n, axis=0) for a in (one.W0, one.Wh, one.W1)), Clamp(off, np.zeros((n, H))))
    if one.clamp is not None:  # units already held stay held
        variants.clamp.mask[:] |= one.clamp.mask
        variants.clamp.value[:] = np.where(off, 0.0, one.clamp.value)
    if sample is not None:
        return estimate(variants, cell, bits, pairs, sample, interrupt).accuracy
    return evaluate(variants, cell, bits, pairs, interrupt).accuracy


# -- shared: the sample of pairs and one run over it ---------------------------------------------------------------

def _sample_pairs(bits: int, pairs: str, sample: int, seed: int, hidden: int):
    """A fixed-seed sample of `sample` pairs of rnnsub.data.evaluation_pairs (all of them when there are fewer),
    and no more than keep extract_machine's next states within _PROBE_FLOATS (2,048 pairs of 8 bits with 128
    hidden units, 128 pairs of 32 bits with 512)."""
    sample = min(sample, max(16, _PROBE_FLOATS // (4 * bits * hidden)))
    a, b, _ = evaluation_pairs(bits, pairs)
    if a.size > sample:
        i = np.sort(np.random.RandomState(seed).choice(a.size, sample, replace=False))
        a, b = a[i], b[i]
    return a, b


def _run(one: Weights, cell: str, a, b, bits: int):
    """rnnsub.rnn.forward of one model over pairs a, b (P,): h (T+1, P, H) and ŷ (T, P)."""
    x, _ = encode(np.asarray(a)[None], np.asarray(b)[None], bits)  # (T, 1, P, 2)
    with np.errstate(over="ignore", invalid="ignore"):
        h, y_hat = forward(one, x, cell)
    return h[:, 0], y_hat[:, 0]
