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
