"""Training: the tutorial's loop for K models in lockstep, and a generator that reports progress.

With K = 1 and batch 1 a Trainer follows the tutorial's arithmetic and random stream exactly:
np.random.seed(seed), the weights (synapse_0, synapse_1, synapse_h), then per iteration a, b.
Model k of K draws from its own RandomState(seed_k), so it equals that model trained alone.
Batch B > 1 (an extension) sums the updates of B samples before applying them once.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from . import fast
from .config import Config, check_lr
from .data import draw_pairs
from .evaluate import ESTIMATE_PAIRS, Evaluation, Interrupted, estimate, evaluate, prepare, trace
from .rnn import Weights, encode, init_weights

ESTIMATE_SECONDS = 1.0  # while full evaluations cannot keep up: an estimate once the last accuracy point is this old
FULL_SECONDS = 2.0  # a full evaluation expected to hold training up longer than this waits for the end of the run
MIN_ESTIMATE_PAIRS = 64  # an estimate judges at least this many pairs (its interval is then about ±12 %)


@dataclass
class StepResult:
    """One iteration of all K models."""

    a: np.ndarray  # (K, B)  operands drawn
    b: np.ndarray  # (K, B)
    y: np.ndarray  # (T, K, B)  true bits
    y_hat: np.ndarray  # (T, K, B)  output probabilities before the update
    error: np.ndarray  # (K, B)  Σ_t |y_t - ŷ_t| per sample (NaN once a model has diverged)


class Trainer:
    """K models trained in lockstep from `iteration` (0 for new weights) to `target` = iteration + config.iterations.

    A Trainer belongs to one thread at a time: while run() is iterating in a worker, other threads talk to it
    only through the Control and read only what run() yields.
    """

    def __init__(self, config: Config, seeds=None, lrs=None, weights: Weights | None = None, iteration: int = 0):
        self.config = config
        seeds = [config.seed] if seeds is None else [int(s) for s in seeds]
        self.rngs = [np.random.RandomState(s) for s in seeds]
        if weights is None:
            W0, Wh, W1 = zip(*(init_weights(rng, config.hidden) for rng in self.rngs))
            weights = Weights(np.stack(W0), np.stack(Wh), np.stack(W1))
        elif iteration:
            # A loaded model cannot resume the stream it was trained on; start a fresh one per (seed, iteration).
            key = [iteration] if iteration < 2**32 else [iteration & 0xFFFFFFFF, iteration >> 32]
            self.rngs = [np.random.RandomState([s, *key]) for s in seeds]
        if weights.K != len(seeds):
            raise ValueError(f"{weights.K} models of weights but {len(seeds)} seeds")
        if weights.clamp is not None:  # a knock-out is an experiment on a model, not something to train (rnn.Clamp)
            raise ValueError("weights with held (knocked-out) units cannot be trained")
        self.K = len(seeds)
        self._flat = np.concatenate([v.reshape(self.K, -1) for v in (weights.W0, weights.Wh, weights.W1)], axis=1)
        self.weights = fast.as_weights(self._flat, config.hidden)  # views of _flat (K, P); both replaced every step
        self.iteration = iteration  # weight updates done
        self.target = iteration + config.iterations  # run() trains until iteration == target
        self.lr_changes: list[tuple[int, list[float]]] = []  # (iteration from which it applies, each model's lr)
        self.set_lr(config.lr if lrs is None else lrs)
        self.diverged_at = np.full(self.K, -1)  # iteration at which model k went non-finite, or -1
        self._frozen = False  # some model has diverged: its weights stay as they were
        self._samples = _Samples(self.rngs, config)
        self._net = fast.Net(config.bits, self.K, config.batch, config.hidden, config.cell)
        self._zeros = np.zeros(self._flat.size)

    # -- one iteration: the tutorial's inner loop ---------------------------------------------------
    def step(self) -> StepResult:
        """One weight update of every model."""
        with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; NaN and inf are caught below
            return self._step()

    def _step(self) -> StepResult:
        a, b, x, y, codes = self._samples.next()  # (K, B), (K, B), (T, K, B, 2), (T, K, B), (T K B,)
        w, net = self.weights, self._net
        y_hat = net.forward(w, x, codes)[1]  # rnn.forward, fused (net keeps h for backward)
        err = y - y_hat  # (T, K, B)  the output error
        net.backward(w, x, y_hat, err)  # ΔW = -∂L/∂W into net.updates, (K, P) as _flat
        error = np.add.reduce(np.abs(err, err), 0)  # (K, B)  Σ_t |y - ŷ|, summed in time order
        new = np.add(self._flat, np.multiply(net.updates, self._lr, net.updates))  # W += update * learning_rate
        # A dot product with zeros is 0 when every value is finite and NaN otherwise (0 x ±inf is NaN): one call, no
        # overflow. It covers the error too: a NaN output reaches update_W1 = Σ h_tᵀ δ_t.
        if self._frozen or not math.isfinite(np.dot(new.ravel(), self._zeros)):
            new = self._commit_finite(new, error, self.iteration + 1)
            error = np.where(self.diverged_at[:, None] >= 0, np.nan, error)
        self._flat, self.weights = new, fast.as_weights(new, self.config.hidden)
        self.iteration += 1  # after the weights: whoever reads both between steps sees a pair that belongs together
        return StepResult(a, b, y, y_hat, error)

    def _commit_finite(self, new: np.ndarray, error: np.ndarray, iteration: int) -> np.ndarray:
        """The new weights (K, P) of every model that is still finite, the last finite weights of the others (frozen)."""
        finite = np.isfinite(error.sum(axis=1) + new @ self._zeros[: new.shape[1]])
        self.diverged_at[(self.diverged_at < 0) & ~finite] = iteration
        self._frozen = bool((self.diverged_at >= 0).any())
        return np.where((self.diverged_at < 0)[:, None], new, self._flat)

    @property
    def all_diverged(self) -> bool:
        return bool((self.diverged_at >= 0).all())

    def evaluate(self, interrupt=None) -> Evaluation:
        return evaluate(self.weights, self.config.cell, self.config.bits, self.config.pairs, interrupt)

    def estimate(self, n: int = ESTIMATE_PAIRS, interrupt=None) -> Evaluation:
        """A quick estimate from a fixed sample of n pairs (Evaluation.estimate; see evaluate.estimate)."""
        return estimate(self.weights, self.config.cell, self.config.bits, self.config.pairs, n, interrupt)

    def trace(self, a: int, b: int, k: int = 0):
        return trace(self.weights, self.config.cell, a, b, self.config.bits, k)

    def set_target(self, target: int):
        """The iteration at which run() finishes (absolute; at or below `iteration` it finishes at once)."""
        if isinstance(target, bool) or not isinstance(target, int) or target < 0:
            raise ValueError(f"target must be a whole number >= 0, got {target!r}")
        self.target = target

    def set_lr(self, lr):
        """The learning rate from the next iteration on (one for all models, or one each); recorded in lr_changes."""
        self.lr = np.full(self.K, check_lr(lr)) if np.ndim(lr) == 0 else np.array([check_lr(float(v)) for v in lr])
        # as the updates (K, P) take it: a whole array multiplies in half the time of a (K, 1) column broadcast
        P = fast.flat_size(self.config.hidden)
        self._lr = float(self.lr[0]) if self.K == 1 else np.repeat(self.lr, P).reshape(self.K, P)
        self.lr_changes.append((self.iteration, self.lr.tolist()))

    # -- a long run, reported in chunks --------------------------------------------------------------
    def run(self, control: Control | None = None, every: int | None = None, seconds: float | None = None,
            eval_every: int | None = None, eval_share: float = 1.0, with_weights: bool = False,
            evaluator=None, estimator=None) -> Iterator[Progress]:
        """Train until `target`, yielding a Progress after iteration j when j % every == 0 (0-based,
        as the tutorial prints), when `seconds` have passed, after each evaluation, after each step,
        and when paused, stopped, diverged or finished.

        Evaluations: every `eval_every` iterations `evaluator(interrupt)` (default: self.evaluate) runs and its
        result goes into Progress.evaluation, as long as evaluating takes at most `eval_share` of the time (the
        share earns evaluation time while training runs, and each evaluation spends it). A full evaluation that
        does not fit waits; one that would hold training up for more than FULL_SECONDS, or that overran its
        share, waits for the end of the run. Meanwhile `estimator(n, interrupt)` (default: self.estimate with
        the default evaluator, else none) stands in: at an evaluation point once the last evaluation reported is
        ESTIMATE_SECONDS old (between points once it is twice that), an estimate from a fixed sample of n pairs,
        n sized to half the share. A full evaluation expected to take over half of ESTIMATE_SECONDS is preceded
        by an estimate of the same weights. With eval_share = 1 every evaluation runs (a sweep's checks).

        `control` (set from any thread) pauses, resumes, steps, stops, limits the rate and changes the
        learning rate and the target; it is read between iterations.
        """
        control = control or Control()
        chunk = _Chunk(self)
        self._evaluator = evaluator or self.evaluate
        self._estimator = estimator or (self.estimate if evaluator is None else None)
        if eval_every:
            prepare(self.config.bits, self.config.pairs)  # so that the first evaluation's time says what one costs
        self._schedule = _Schedule(eval_share)
        while True:
            with np.errstate(over="ignore", invalid="ignore"):  # overflow saturates σ; NaN and inf are caught
                status, evaluation = self._advance(control, chunk, every, seconds, eval_every)
            report = chunk.report(status, with_weights, evaluation)
            report.steps_pending = control.pending_steps  # a "paused" with steps still to take is not the last word
            yield report
            if status in ("finished", "stopped", "diverged"):
                return

    def _advance(self, control: Control, chunk: _Chunk, every, seconds, eval_every):
        """Train until there is something to report; returns (status, evaluation or None)."""
        deadline = time.perf_counter() + seconds if seconds is not None else math.inf
        plan = self._schedule
        if plan.full_next and not control.stopped:  # the full evaluation an estimate of the same weights announced
            plan.full_next = False
            if (result := self._full_evaluation(control)) is not None:
                return "running", result
        while True:
            if control.changed:
                self._take_changes(control)
            if self.iteration >= self.target:
                return "finished", self._final_evaluation(control) if eval_every else None
            if control.stopped:
                return "stopped", None
            if not control.take_turn():
                if not chunk.paused_reported or chunk.pauses_reported != control.pauses:
                    # every pause asked for is answered, also one that came before an iteration ran after a resume
                    chunk.paused_reported, chunk.pauses_reported = True, control.pauses
                    return "paused", None
                control.wait(0.05)
                continue
            if chunk.paused_reported:  # resuming: the rate counts from now, not from before the pause
                chunk.paused_reported = False
                chunk.rate_start, chunk.rate_samples = time.perf_counter(), 0
                plan.resume()  # time paused earns no evaluation time
            if control.rate:
                control.pace()
                if control.stopped or (control.paused and not control.stepping):
                    continue
            chunk.add(self._step())
            if self._frozen and self.all_diverged:
                return "diverged", None
            if eval_every and (self._estimator or self.iteration % eval_every == 0):  # else nothing is due
                result = self._scheduled_evaluation(control, self.iteration % eval_every == 0)
                if result is not None:
                    return "running", result
            if (every and (self.iteration - 1) % every == 0) or control.stepping or time.perf_counter() >= deadline:
                return "running", None

    def _take_changes(self, control: Control):
        """Learning rate and target changes posted to the Control since the last iteration."""
        lr, target = control.take_changes()
        if lr is not None:
            self.set_lr(lr)
        if target is not None:
            self.set_target(target)

    def _scheduled_evaluation(self, control: Control, at_point: bool):
        """What to evaluate after this iteration (see run()): a full evaluation, an estimate, or nothing (None)."""
        plan = self._schedule
        now = time.perf_counter()
        since = now - plan.last_point
        if not at_point:  # between evaluation points: only when they are far apart
            return self._estimate(control) if self._estimator and since >= 2 * ESTIMATE_SECONDS else None
        plan.earn(now)
        if plan.full_fits():
            if self._estimator and plan.full_cost is not None and plan.full_cost > ESTIMATE_SECONDS / 2:
                result = self._estimate(control)  # something to show while the full evaluation runs
                if result is not None:
                    plan.full_next = True
                    return result
            result = self._full_evaluation(control)
            if result is not None:
                return result
            since = time.perf_counter() - plan.last_point
        return self._estimate(control) if self._estimator and since >= ESTIMATE_SECONDS else None

    def _full_evaluation(self, control: Control):
        """Run the evaluator, interrupted once it overruns what its share allows; None if it was interrupted."""
        plan = self._schedule
        start = time.perf_counter()
        limit = plan.limit()
        interrupt = lambda: control.stopped or time.perf_counter() - start > limit  # noqa: E731
        try:
            result = self._evaluator(interrupt)
        except Interrupted as e:
            plan.spent(start, full_cost=(time.perf_counter() - start) / max(e.fraction, 1e-6))
            return None
        plan.spent(start, full_cost=time.perf_counter() - start, point=True)
        plan.last_full = (self.iteration, result)
        return result

    def _estimate(self, control: Control):
        """An estimate from as many pairs as half the share pays for (MIN_ESTIMATE_PAIRS to ESTIMATE_PAIRS)."""
        plan = self._schedule
        n = plan.estimate_pairs()
        start = time.perf_counter()
        try:
            result = self._estimator(n, lambda: control.stopped)
        except Interrupted:
            return None
        plan.per_pair = (time.perf_counter() - start) / n
        plan.spent(start, point=True)
        return result

    def _final_evaluation(self, control: Control):
        """The evaluation at the end of a run, whatever it costs (only stopping interrupts it); the last full
        evaluation again if it judged these weights."""
        last = self._schedule.last_full
        if last is not None and last[0] == self.iteration:
            return last[1]
        try:
            return self._evaluator(lambda: control.stopped)
        except Interrupted:
            return None


class _Schedule:
    """When a run evaluates (see Trainer.run): the evaluation time its share has earned, and what evaluations cost."""

    def __init__(self, share: float):
        self.ratio = share / (1.0 - share) if share < 1.0 else math.inf  # evaluation time per unit of training time
        self.credit = 0.0  # seconds of evaluation earned and not yet spent
        self.since = self.last_point = time.perf_counter()  # training earns from `since`; the last evaluation reported
        self.full_cost = None  # seconds a full evaluation takes (measured, or estimated from an interrupted one)
        self.per_pair = None  # seconds per pair of the last estimate
        self.full_next = False  # an estimate was reported and the full evaluation of the same weights is to follow
        self.last_full = None  # (iteration, result) of the last full evaluation

    def earn(self, now: float):
        """Training until `now` earns its share (no more than one full evaluation's worth is kept)."""
        if self.ratio < math.inf:
            self.credit = min(self.credit + self.ratio * (now - self.since), max(FULL_SECONDS, self.full_cost or 0.0))
        self.since = now

    def resume(self):
        self.since = time.perf_counter()

    def full_fits(self) -> bool:
        if self.ratio == math.inf:
            return True
        if self.full_cost is None:  # not known yet: try, within what has been earned
            return True
        return self.full_cost <= min(self.credit, FULL_SECONDS)

    def limit(self) -> float:
        """Seconds after which a full evaluation is interrupted: while its cost is unknown, what has been earned
        (at most FULL_SECONDS); once known (it then runs only when it fits), 1.5 FULL_SECONDS."""
        if self.ratio == math.inf:
            return math.inf
        if self.full_cost is None:
            return min(max(self.credit, 0.0), FULL_SECONDS)
        return 1.5 * FULL_SECONDS

    def estimate_pairs(self) -> int:
        """Pairs for the next estimate: a power of two that half the share pays for, one estimate per
        ESTIMATE_SECONDS (the same n, so the same pairs, from one estimate to the next while the cost holds)."""
        if self.per_pair is None or self.ratio == math.inf:
            return ESTIMATE_PAIRS
        n = self.ratio * ESTIMATE_SECONDS / 2 / self.per_pair
        return max(MIN_ESTIMATE_PAIRS, min(ESTIMATE_PAIRS, 2 ** int(math.log2(max(n, 1.0)))))

    def spent(self, start: float, full_cost: float | None = None, point: bool = False):
        """An evaluation ran from `start` until now: the training before it earned, the evaluation spends."""
        now = time.perf_counter()
        self.earn(start)
        if self.ratio < math.inf:
            self.credit -= now - start
        self.since = now  # evaluating earns nothing
        if full_cost is not None:
            self.full_cost = full_cost
        if point:
            self.last_point = now


class _Samples:
    """Each model's training pairs, drawn ahead in one randint call per model and encoded once.

    The numbers are the tutorial's all the same: one call over the bounds [n, nb, n, nb, ...] yields
    exactly what its alternating scalar calls yield (tests/test_data.py), and nothing else draws from
    these generators. It saves two numpy calls per sample, which is a tenth of the time at batch 1.
    """

    def __init__(self, rngs, config: Config):
        self.rngs, self.config = rngs, config
        # iterations drawn at once: up to 256, keeping the encoded inputs under ~2 MB
        self.ahead = self.i = int(np.clip(2**17 // (len(rngs) * config.batch * config.bits), 1, 256))

    def next(self):
        if self.i == self.ahead:
            self._draw()
        i = self.i
        self.i += 1
        return self.a[i], self.b[i], self.x[i], self.y[i], self.codes[i]

    def _draw(self):
        cfg, n, B = self.config, self.ahead, self.config.batch
        draws = [draw_pairs(rng, n * B, cfg.bits, cfg.pairs, cfg.b_range) for rng in self.rngs]
        a, b = np.array(draws).transpose(1, 0, 2)  # (K, n * B) each
        x, y = encode(a, b, cfg.bits)  # (T, K, n * B, 2), (T, K, n * B)
        K, T = a.shape[0], cfg.bits
        # iteration-major, so that each iteration's arrays are one contiguous index away
        self.a = a.reshape(K, n, B).transpose(1, 0, 2).copy()  # (n, K, B)
        self.b = b.reshape(K, n, B).transpose(1, 0, 2).copy()
        self.x = np.ascontiguousarray(x.reshape(T, K, n, B, 2).transpose(2, 0, 1, 3, 4))  # (n, T, K, B, 2)
        self.y = np.ascontiguousarray(y.reshape(T, K, n, B).transpose(2, 0, 1, 3))  # (n, T, K, B)
        self.codes = fast.input_codes(self.x.reshape(n * T, K, B, 2)).reshape(n, -1)  # (n, T K B)  fast.Net's rows
        self.i = 0


@dataclass
class Progress:
    """What a chunk of training reports. All arrays are fresh copies: the trainer never touches them again."""

    status: str  # running, paused, stopped, diverged, finished
    iteration: int  # iterations done
    target: int  # the iteration the run trains to
    errors: np.ndarray  # (n, K)  mean per-sample error of each iteration of the chunk
    first: int  # iteration number (1-based) of errors[0]
    last: StepResult | None  # the chunk's last iteration (samples, outputs)
    diverged_at: np.ndarray  # (K,)
    samples_per_s: float
    lr: np.ndarray  # (K,)  learning rates in effect
    evaluation: Evaluation | None = None  # or what run()'s evaluator returned; it judged the weights of `iteration`
    #   (an estimate, evaluation.estimate, is followed by the full figure of the same weights when one is due)
    weights: Weights | None = None  # the weights after `iteration` (when asked for)
    steps_pending: int = 0  # single steps asked for (Control.step) and not yet taken when this was reported


class _Chunk:
    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self.paused_reported = False  # the last report said "paused" (and no iteration has run since)
        self.pauses_reported = 0  # Control.pauses when it said so
        self._reset()
        self.rate_start, self.rate_samples = time.perf_counter(), 0

    def _reset(self):
        self.errors, self.last, self.first = [], None, self.trainer.iteration + 1

    def add(self, r: StepResult):
        self.errors.append(r.error)
        self.last = r

    def report(self, status, with_weights, evaluation=None) -> Progress:
        t = self.trainer
        now = time.perf_counter()
        errors = np.array(self.errors).reshape(-1, t.K, t.config.batch).mean(axis=2)  # (n, K)
        self.rate_samples += errors.size * t.config.batch
        rate = self.rate_samples / max(now - self.rate_start, 1e-9)
        p = Progress(status, t.iteration, t.target, errors, self.first, self.last, t.diverged_at.copy(),
                     rate, t.lr.copy(), evaluation, t.weights.copy() if with_weights else None)
        self._reset()
        if status == "paused" or now - self.rate_start > 2.0:  # the rate covers the last ~2 s of running
            self.rate_start, self.rate_samples = now, 0
        return p


class Control:
    """Thread-safe switches for a running Trainer.run: pause, resume, step, stop, rate, learning rate, target.

    The GUI thread sets them; the training loop reads them between iterations. Values that the loop takes
    (learning rate, target) are posted and taken under one lock, so no change is lost between read and clear.
    """

    def __init__(self, rate: float | None = None):
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._steps = 0
        self._pauses = 0
        self.stepping = False  # the current iteration was a single step (read and written by the loop only)
        self._rate = rate  # iterations per second, None for full speed
        self._lr = None  # a new learning rate (float, or one per model), applied before the next iteration
        self._target = None  # a new target iteration
        self.changed = False  # a learning rate or target is waiting (read without the lock: the loop's cheap test)
        self._due = None  # when the next paced iteration is due

    @property
    def rate(self) -> float | None:
        return self._rate  # one reference read needs no lock (and the loop asks every iteration)

    @rate.setter
    def rate(self, rate: float | None):
        with self._lock:
            self._rate = rate
        self._wake.set()

    def set_lr(self, lr):
        with self._lock:
            self._lr, self.changed = lr, True

    def set_target(self, target: int):
        with self._lock:
            self._target, self.changed = target, True
        self._wake.set()

    def take_changes(self):
        """(learning rate, target) posted since the last call, each None if unchanged; clears both."""
        with self._lock:
            changes = self._lr, self._target
            self._lr = self._target = None
            self.changed = False
        return changes

    def pause(self):
        with self._lock:
            self._pauses += 1
        self._running.clear()

    @property
    def pauses(self) -> int:
        """How many times pause() was called: each is answered by one "paused" report."""
        with self._lock:
            return self._pauses

    def resume(self):
        self._running.set()
        self._wake.set()

    def stop(self):
        self._stop.set()
        self._wake.set()

    def step(self, n: int = 1):
        """Run n more iterations while paused."""
        with self._lock:
            self._steps += n
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def pending_steps(self) -> int:
        with self._lock:
            return self._steps

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def take_turn(self) -> bool:
        """May the next iteration run now?"""
        if self._running.is_set():
            self.stepping = False
            return True
        with self._lock:
            if self._steps:
                self._steps -= 1
                self.stepping = True
                return True
        return False

    def wait(self, timeout: float):
        self._wake.wait(timeout)
        self._wake.clear()

    def pace(self):
        """Hold the loop to `rate` iterations per second on a fixed schedule (so sleep overshoot does not
        accumulate), sleeping in short slices so that stop and pause stay quick."""
        rate = self.rate
        if not rate or self.stepping:
            self._due = None
            return
        now = time.perf_counter()
        if self._due is None or now - self._due > 0.25:  # first paced iteration, or back from a pause
            self._due = now
        while not self._stop.is_set() and self._running.is_set() and (left := self._due - time.perf_counter()) > 0:
            self._wake.wait(min(left, 0.05))
            self._wake.clear()
        self._due += 1.0 / rate
