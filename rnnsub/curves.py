"""Training curves as numpy buffers: (iteration, value) pairs and their moving average. Never imports Qt.

A live plot appends a chunk of values many times a second and redraws the whole history, so the buffer
grows by doubling (amortised O(1) per value) and the moving average of each new value is computed once,
from a cumulative sum over the short window that reaches back into the old values.

Non-finite values (the trainer reports NaN for a model once it has diverged) are kept as they are and
skipped by the averages; the average AT a non-finite value is NaN, so a curve drawn with connect="finite"
ends where the model diverged instead of pretending its error fell to 0.
"""

from __future__ import annotations

import numpy as np

AVERAGE = 100  # values in the moving average


class Series:
    """A growing (iteration, value) buffer that doubles when full, with a running moving average.

    x[:n], y[:n], avg[:n] are the data; avg[i] is the mean of the finite values among y[i - window + 1 .. i]
    (fewer at the start), or NaN where y[i] itself is not finite.
    """

    def __init__(self, capacity: int = 4096, window: int = AVERAGE):
        if capacity < 1 or window < 1:
            raise ValueError(f"capacity and window must be at least 1, got {capacity}, {window}")
        self.window = window
        self.x = np.empty(capacity, dtype=np.int64)  # (capacity,)  iteration numbers
        self.y = np.empty(capacity)  # values
        self.avg = np.empty(capacity)  # moving average of y
        self.n = 0  # values held

    @property
    def capacity(self) -> int:
        return self.x.size

    def append(self, first_iteration: int, values) -> None:
        """values[j] belongs to iteration first_iteration + j."""
        values = np.asarray(values, dtype=float).ravel()
        m = values.size
        if not m:
            return
        if self.n + m > self.capacity:
            self._grow(max(2 * self.capacity, self.n + m))
        n, w = self.n, self.window
        self.x[n : n + m] = np.arange(first_iteration, first_iteration + m)
        self.y[n : n + m] = values
        # sums and counts of the finite values over a window reaching w - 1 values back into the old data
        lo = max(0, n - w + 1)
        span = self.y[lo : n + m]  # (n + m - lo,)
        finite = np.isfinite(span)
        sums = np.concatenate([[0.0], np.cumsum(np.where(finite, span, 0.0))])
        counts = np.concatenate([[0], np.cumsum(finite)])
        ends = np.arange(n - lo + 1, n - lo + m + 1)  # one past each new value, in span's indices
        starts = np.maximum(ends - w, 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            avg = (sums[ends] - sums[starts]) / (counts[ends] - counts[starts])
        avg[~finite[n - lo :]] = np.nan  # the curve ends where the values stop being finite
        self.avg[n : n + m] = avg
        self.n += m

    def _grow(self, size: int) -> None:
        for name in ("x", "y", "avg"):
            old = getattr(self, name)
            new = np.empty(size, dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def clear(self) -> None:
        self.n = 0

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Views of x, y and avg up to n (valid until the next append)."""
        return self.x[: self.n], self.y[: self.n], self.avg[: self.n]

    def last_finite(self, before: int | None = None) -> tuple[int, float] | None:
        """(iteration, average) of the last point with a finite value, at or before iteration `before` if given;
        None if there is none."""
        x, _, avg = self.arrays()
        end = len(x) if before is None else int(np.searchsorted(x, before, side="right"))
        step = 256
        while end > 0:  # backwards in blocks: the answer is usually among the last few values
            lo = max(0, end - step)
            ok = np.flatnonzero(np.isfinite(avg[lo:end]))
            if ok.size:
                k = lo + ok[-1]
                return int(x[k]), float(avg[k])
            end, step = lo, 2 * step
        return None


class BlockHistory:
    """Each of K models' error over the whole run, in equal blocks of iterations, bounded however long the run.

    Each block holds the sum and the count of a model's finite errors over `size` iterations. When there are
    2 x `blocks` full blocks, adjacent pairs merge and the size doubles: from `blocks` iterations on there are
    between `blocks` and 2 x `blocks` full blocks (plus one filling), so a block is at most 1/`blocks` of the run
    and memory is O(blocks x K). A sweep judges "stuck" from it (rnnsub.sweep.trend).
    """

    def __init__(self, k: int, blocks: int = 64):
        if k < 1 or blocks < 1:
            raise ValueError(f"k and blocks must be at least 1, got {k}, {blocks}")
        self.k, self.blocks = k, blocks
        self.size = 1  # iterations per block
        self.sums = np.zeros((0, k))  # (F, K)  sums of the finite errors of each full block
        self.counts = np.zeros((0, k), dtype=np.int64)  # (F, K)  how many of them were finite
        self.part_sum, self.part_count = np.zeros(k), np.zeros(k, dtype=np.int64)  # the block being filled
        self.part_n = 0  # iterations in the block being filled
        self.n = 0  # iterations appended

    def append(self, errors) -> None:
        """errors: (m, K), the errors of the next m iterations (NaN or inf where a model has diverged)."""
        errors = np.asarray(errors, dtype=float).reshape(-1, self.k)
        finite = np.isfinite(errors)
        values = np.where(finite, errors, 0.0)
        self.n += len(errors)
        i = 0
        while i < len(errors):
            if self.part_n:  # finish the block being filled
                take = min(self.size - self.part_n, len(errors) - i)
                self.part_sum += values[i : i + take].sum(0)
                self.part_count += finite[i : i + take].sum(0)
                self.part_n += take
                i += take
                if self.part_n == self.size:
                    self._push(self.part_sum[None], self.part_count[None])
                    self.part_sum, self.part_count, self.part_n = np.zeros(self.k), np.zeros(self.k, np.int64), 0
                continue
            whole = min((len(errors) - i) // self.size, 2 * self.blocks - len(self.sums))  # full blocks, up to a merge
            if whole:
                end = i + whole * self.size
                self._push(values[i:end].reshape(whole, self.size, self.k).sum(1),
                           finite[i:end].reshape(whole, self.size, self.k).sum(1))
                i = end
            else:  # fewer iterations left than a block: they start the next one
                self.part_n = len(errors) - i
                self.part_sum, self.part_count = values[i:].sum(0), finite[i:].sum(0)
                i = len(errors)

    def _push(self, sums, counts) -> None:
        self.sums = np.concatenate([self.sums, sums])
        self.counts = np.concatenate([self.counts, counts])
        if len(self.sums) >= 2 * self.blocks:  # merge adjacent pairs: half as many blocks, twice as long
            self.sums = self.sums[0::2] + self.sums[1::2]
            self.counts = self.counts[0::2] + self.counts[1::2]
            self.size *= 2

    def means(self, first: int, last: int) -> np.ndarray:
        """(K,) each model's mean finite error over full blocks first..last-1 (NaN where none was finite)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return self.sums[first:last].sum(0) / self.counts[first:last].sum(0)
