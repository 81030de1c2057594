"""Runs kept for comparing and replaying (issue 11): what each run started from, what happened, and how to redo it.

A run is determined by its start and what changed while it trained:
  - its settings (Config; `lr` is the learning rate it started with) and its start: the weights the seed draws
    (`from_seed`, a Reset) or a loaded model's weights at its iteration;
  - the learning rate changes made while it trained, each with the iteration from which it applied;
  - the number of iterations trained.
Training is deterministic given these (the pairs come from the seed's stream, rnnsub/train.py), so `replay`
retrains a run and compares its final weights with the recorded ones, to the bit. Pauses, steps and speed
limits change nothing.

"Run again with…" is a new run from the same start with some settings changed: with the same seed the initial
weights and the stream of training pairs are the same, so with lr or cell changed the pairs each iteration sees
are the same too (batch groups the same stream differently; b_range draws other pairs).

Memory is bounded: a run keeps its error curve as at most CURVE_POINTS means of equal blocks of iterations (the
block doubles when it fills), its full evaluations at most ACCURACY_POINTS (thinned the same way), and a history
keeps the latest MAX_RUNS runs. The largest run (512 hidden units) is about 4.3 MB of weights; a default one
about 0.1 MB, curves included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from .config import SETTINGS, Config
from .rnn import Weights
from .train import Trainer

CURVE_POINTS = 4096  # error-curve points a run keeps, at most
ACCURACY_POINTS = 1024  # full evaluations a run keeps, at most
MAX_RUNS = 50  # runs a history keeps (the oldest go first)
LABELLED = tuple(name for name in SETTINGS if name != "iterations")  # what a label may name


class Curve:
    """A run's error curve in bounded memory: the means of blocks of `block` consecutive iterations, at most
    `points` blocks; when they are full, neighbours merge and the block doubles.

    Non-finite values (a diverged model) are skipped by the means; a block with no finite value is NaN."""

    def __init__(self, first: int = 0, points: int = CURVE_POINTS):
        self.first, self.block = first, 1  # the iteration of the first value; iterations per block
        self.sums = np.zeros(points)  # (points,)  per block: the sum of its finite values
        self.counts = np.zeros(points, dtype=np.int64)  # and how many there are
        self.n = 0  # values appended

    def append(self, values) -> None:
        v = np.asarray(values, dtype=float).ravel()
        points = self.sums.size
        while v.size:
            if self.n >= points * self.block:  # full: merge neighbours
                half = points // 2
                self.sums[:half] = self.sums[0::2] + self.sums[1::2]
                self.counts[:half] = self.counts[0::2] + self.counts[1::2]
                self.sums[half:], self.counts[half:] = 0.0, 0
                self.block *= 2
            k = min(v.size, points * self.block - self.n)
            index = (self.n + np.arange(k)) // self.block
            finite = np.isfinite(v[:k])
            np.add.at(self.sums, index[finite], v[:k][finite])
            np.add.at(self.counts, index[finite], 1)
            self.n += k
            v = v[k:]

    def smoothed(self, iterations: int = 100) -> tuple[np.ndarray, np.ndarray]:
        """arrays() with each mean replaced by the mean of the finite ones over about `iterations` iterations
        before it (at least its own block): the curve a person compares, as the window's own average."""
        x, means = self.arrays()
        w = max(1, iterations // self.block)
        finite = np.isfinite(means)
        sums = np.concatenate([[0.0], np.cumsum(np.where(finite, means, 0.0))])
        counts = np.concatenate([[0], np.cumsum(finite)])
        ends = np.arange(1, len(means) + 1)
        starts = np.maximum(ends - w, 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            avg = (sums[ends] - sums[starts]) / (counts[ends] - counts[starts])
        avg[~finite] = np.nan  # ends where the run diverged, as the window's own curve does
        return x, avg

    def blocks(self) -> int:
        return -(-self.n // self.block)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(iterations (n,) at each block's middle, mean error (n,))."""
        n = self.blocks()
        counts = self.counts[:n]
        with np.errstate(invalid="ignore", divide="ignore"):
            means = np.where(counts > 0, self.sums[:n] / np.maximum(counts, 1), np.nan)
        starts = self.first + self.block * np.arange(n)
        ends = np.minimum(starts + self.block, self.first + self.n)
        return (starts + ends - 1) / 2, means


@dataclass(eq=False)  # a run is itself: compared by identity (its arrays have no single truth value)
class Run:
    """One run of training, from its start to where it stopped (or still is)."""

    config: Config  # the settings it started with (config.iterations: how many it was asked for)
    start: Weights  # the initial weights (K = 1)
    start_iteration: int = 0  # 0, or a loaded model's iteration
    from_seed: bool = True  # the start is what config.seed draws (else a loaded model's weights)
    lr_changes: list[tuple[int, float]] = field(default_factory=list)  # (iteration from which it applied, lr), in
    #   the order made; Trainer.lr_changes's, its first being the starting lr
    iteration: int = 0  # where it is now (absolute)
    final: Weights | None = None  # the weights at `iteration`
    curve: Curve | None = None
    accuracy: list[tuple[int, float]] = field(default_factory=list)  # (iteration, fraction right): full evaluations
    solved_at: int | None = None  # the first full evaluation with every pair right
    diverged_at: int | None = None
    name: str = ""  # a label the person gave it, if any

    def __post_init__(self):
        self.iteration = max(self.iteration, self.start_iteration)
        if self.curve is None:
            self.curve = Curve(self.start_iteration + 1)  # errors[j] is of iteration start + 1 + j (1-based)

    @property
    def trained(self) -> int:
        return self.iteration - self.start_iteration

    @property
    def final_accuracy(self) -> float | None:
        return self.accuracy[-1][1] if self.accuracy and self.accuracy[-1][0] == self.iteration else None

    def add_errors(self, values) -> None:
        self.curve.append(values)

    def add_accuracy(self, iteration: int, accuracy: float) -> None:
        self.accuracy.append((int(iteration), float(accuracy)))
        if accuracy == 1.0 and self.solved_at is None:
            self.solved_at = int(iteration)
        if len(self.accuracy) > ACCURACY_POINTS:  # thin: every other one, keeping the latest
            self.accuracy = self.accuracy[-1::-2][::-1]

    def record(self, p) -> None:
        """A train.Progress of this run's Trainer (model 0): its errors, full evaluation, divergence, and weights with
        their iteration when it carries them (else finish() records where the run ends)."""
        self.add_errors(p.errors[:, 0])
        if p.evaluation is not None and not p.evaluation.estimate:
            self.add_accuracy(p.iteration, float(p.evaluation.accuracy[0]))
        if p.diverged_at[0] >= 0:
            self.diverged_at = int(p.diverged_at[0])
        if p.weights is not None:  # final and iteration always belong together (replay compares them)
            self.final, self.iteration = p.weights.take(0), int(p.iteration)

    def finish(self, trainer: Trainer) -> None:
        """Where the run's Trainer stands now: its weights, iteration and learning-rate changes."""
        self.final, self.iteration = trainer.weights.take(0), trainer.iteration
        self.lr_changes = [(int(it), float(lr[0])) for it, lr in trainer.lr_changes]

    def trainer(self) -> Trainer:
        """A Trainer at this run's start: the seed's draw, or the loaded weights at their iteration."""
        if self.from_seed and self.start_iteration == 0:
            return Trainer(self.config)
        return Trainer(self.config, weights=self.start.copy(), iteration=self.start_iteration)


def run_of(trainer: Trainer, from_seed: bool, name: str = "") -> Run:
    """A new Run starting where `trainer` (K = 1, not yet trained in this run) stands."""
    return Run(replace(trainer.config), trainer.weights.copy(), trainer.iteration, from_seed, iteration=trainer.iteration,
               name=name)


def again(run: Run, **changes) -> Run:
    """A new run from exactly run's start with some settings changed (such as lr=5, cell="notebook"). Settings that
    change the network's shape (hidden) or, for a loaded start, the seed cannot change: ValueError."""
    if "hidden" in changes and changes["hidden"] != run.config.hidden:
        raise ValueError("a run with another hidden size cannot start from the same weights")
    if not run.from_seed and changes.get("seed", run.config.seed) != run.config.seed:
        raise ValueError("a run from a loaded model keeps its seed")
    config = replace(run.config, **changes)
    return Run(config, run.start.copy(), run.start_iteration, run.from_seed, iteration=run.start_iteration)


@dataclass
class Replay:
    identical: bool
    difference: float  # the largest |difference| of a final weight (0.0 when identical)
    start_identical: bool  # the start drawn from the seed equals the recorded one (always True for a loaded start)


def replay(run: Run, interrupt: Callable[[], bool] | None = None,
           progress: Callable[[int], None] | None = None) -> Replay:
    """Retrain `run` from its recorded start with its recorded learning-rate changes, and compare the final weights
    with the recorded ones, to the bit. Every 1,000 iterations `progress(iterations retrained so far)` is called and
    `interrupt()` asked; True stops (KeyboardInterrupt)."""
    t = run.trainer()
    start_identical = all(np.array_equal(a, b) for a, b in zip(_arrays(t.weights), _arrays(run.start)))
    if not start_identical:
        t = Trainer(run.config, weights=run.start.copy(), iteration=run.start_iteration)
    pending = list(run.lr_changes)  # in the order they were made
    while pending and pending[0][0] <= t.iteration:
        t.set_lr(pending.pop(0)[1])
    while t.iteration < run.iteration:
        while pending and pending[0][0] <= t.iteration:
            t.set_lr(pending.pop(0)[1])
        t.step()
        if t.iteration % 1000 == 0:
            if progress is not None:
                progress(t.iteration - run.start_iteration)
            if interrupt is not None and interrupt():
                raise KeyboardInterrupt
    final = run.final if run.final is not None else run.start
    diffs = [np.abs(a - b) for a, b in zip(_arrays(t.weights), _arrays(final))]
    identical = all(np.array_equal(a, b) for a, b in zip(_arrays(t.weights), _arrays(final)))
    worst = max((float(np.nanmax(d)) if d.size else 0.0) for d in diffs)
    return Replay(identical, 0.0 if identical else worst, start_identical)


def _arrays(w: Weights):
    return w.W0[0], w.Wh[0], w.W1[0]


def differences(runs: list[Run]) -> list[str]:
    """The settings (in their declared order) whose values are not the same in every run."""
    return [name for name in LABELLED if len({getattr(r.config, name) for r in runs}) > 1]


def _english_part(name: str, value) -> str:
    return f"{value} cell" if name == "cell" else f"{name.replace('_', ' ')} {short_value(value, name)}"


def labels(runs: list[Run], part=_english_part, unnamed=lambda i: f"run {i}", join: str = ", ") -> list[str]:
    """A short label per run from what differs between the runs ("lr 5", "notebook cell", "hidden 4, seed 3"); a
    name the person gave wins; runs that differ in nothing are "run 1", "run 2", … in order; the same label twice
    is numbered, "lr 5 (1)", "lr 5 (2)". `part(name, value)`, `unnamed(number)` and `join` word it (the window
    passes its language's)."""
    names = differences(runs)
    out = [r.name or join.join(part(n, getattr(r.config, n)) for n in names) or unnamed(i)
           for i, r in enumerate(runs, 1)]
    seen: dict[str, int] = {}
    counts = {text: out.count(text) for text in out}
    for i, text in enumerate(out):
        if counts[text] > 1:  # the same settings twice (a run and its replay)
            seen[text] = seen.get(text, 0) + 1
            out[i] = f"{text} ({seen[text]})"
    return out


def short_value(value, name: str) -> str:
    """5.0 as 5, 0.9 as 0.9: %g where it is exact, else the setting's own exact text."""
    if isinstance(value, float) and float(f"{value:g}") == value:
        return f"{value:g}"
    return SETTINGS[name].format(value)


class History:
    """The runs of a session, oldest first, at most MAX_RUNS (the oldest are dropped)."""

    def __init__(self, limit: int = MAX_RUNS):
        self.limit = limit
        self.runs: list[Run] = []

    def add(self, run: Run) -> Run:
        self.runs.append(run)
        del self.runs[: max(0, len(self.runs) - self.limit)]
        return run

    def labels(self) -> list[str]:
        return labels(self.runs)

    def __len__(self) -> int:
        return len(self.runs)

    def __iter__(self):
        return iter(self.runs)
