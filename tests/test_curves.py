"""The curve buffer: moving average against a naive reference, growth, clear, non-finite values."""

import numpy as np
import pytest

from rnnsub.curves import AVERAGE, Series


def naive_average(y, window=AVERAGE):
    """avg[i] = mean of the finite values among y[i - window + 1 .. i]; NaN where y[i] is not finite."""
    out = np.full(len(y), np.nan)
    for i in range(len(y)):
        if np.isfinite(y[i]):
            w = y[max(0, i - window + 1) : i + 1]
            out[i] = w[np.isfinite(w)].mean()
    return out


def fill(series, values, chunks, first=1):
    at = 0
    for size in chunks:
        series.append(first + at, values[at : at + size])
        at += size
    assert at == len(values)


def random_chunks(rng, total):
    chunks = []
    while sum(chunks) < total:
        chunks.append(int(min(rng.choice([1, 2, 3, 7, 50, 99, 100, 101, 333]), total - sum(chunks))))
    return chunks


@pytest.mark.parametrize("seed", range(5))
def test_moving_average_equals_the_naive_one_for_any_chunking(seed):
    rng = np.random.RandomState(seed)
    values = rng.exponential(size=2000)
    s = Series(capacity=16)
    fill(s, values, random_chunks(rng, values.size))
    x, y, avg = s.arrays()
    np.testing.assert_array_equal(x, np.arange(1, 2001))
    np.testing.assert_array_equal(y, values)
    np.testing.assert_allclose(avg, naive_average(values), rtol=1e-9)


@pytest.mark.parametrize("window", [1, 3, 100])
def test_other_windows(window):
    rng = np.random.RandomState(7)
    values = rng.normal(size=500)
    s = Series(capacity=8, window=window)
    fill(s, values, random_chunks(rng, values.size))
    np.testing.assert_allclose(s.arrays()[2], naive_average(values, window), rtol=1e-9, atol=1e-12)


def test_non_finite_values_are_skipped_and_end_the_curve():
    rng = np.random.RandomState(1)
    values = rng.uniform(0.5, 1.5, size=600)
    values[[10, 11, 250]] = [np.nan, np.inf, -np.inf]
    values[400:] = np.nan  # diverged at the value 401 (iteration 401): NaN from there on
    s = Series(capacity=4)
    fill(s, values, random_chunks(rng, values.size))
    x, y, avg = s.arrays()
    expected = naive_average(values)
    np.testing.assert_allclose(avg, expected, rtol=1e-9)  # NaN in the same places
    assert np.isnan(avg[[10, 11, 250]]).all() and np.isfinite(avg[12]) and np.isnan(avg[400:]).all()
    assert np.isfinite(avg[:400]).sum() == 397
    # the average just after a NaN uses only the finite values (never a NaN counted as 0)
    assert avg[12] == pytest.approx(np.mean(values[[*range(10), 12]]))
    assert s.last_finite() == (400, pytest.approx(expected[399]))
    assert s.last_finite(before=11) == (10, pytest.approx(expected[9]))
    assert s.last_finite(before=0) is None


def test_a_curve_that_is_nan_from_the_start_has_no_finite_point():
    s = Series()
    s.append(1, np.full(1000, np.nan))
    assert np.isnan(s.arrays()[2]).all() and s.last_finite() is None


def test_growth_doubles_and_keeps_the_data():
    s = Series(capacity=4)
    s.append(1, [1.0, 2.0, 3.0])
    assert s.capacity == 4
    s.append(4, [4.0, 5.0])
    assert s.capacity == 8 and s.n == 5
    s.append(6, np.arange(6.0, 30.0))  # larger than double: grows to fit at once
    assert s.capacity == 29 and s.n == 29
    s.append(30, [30.0])
    assert s.capacity == 58
    x, y, avg = s.arrays()
    np.testing.assert_array_equal(x, np.arange(1, 31))
    np.testing.assert_array_equal(y, np.arange(1.0, 31.0))
    np.testing.assert_allclose(avg, naive_average(y))


def test_appending_nothing_changes_nothing():
    s = Series(capacity=2)
    s.append(1, [])
    assert s.n == 0 and s.capacity == 2


def test_clear_starts_a_new_curve():
    s = Series(capacity=4)
    s.append(1, np.full(300, 5.0))
    s.clear()
    assert s.n == 0 and all(len(a) == 0 for a in s.arrays())
    s.append(1, [1.0, 3.0])
    x, y, avg = s.arrays()
    np.testing.assert_array_equal(x, [1, 2])
    np.testing.assert_array_equal(avg, [1.0, 2.0])  # the old values are not in the new average


def test_long_runs_stay_accurate():
    """A cumulative sum over the whole history would lose the digits of small late errors; the short window
    that each append sums over does not."""
    s = Series()
    s.append(1, np.full(200_000, 1e6))  # a huge error early in the run
    s.append(200_001, np.ones(1000))
    small = np.random.RandomState(3).uniform(size=300) * 1e-3
    s.append(201_001, small)
    np.testing.assert_allclose(s.arrays()[2][-200:], naive_average(small)[-200:], rtol=1e-9)


def test_bad_sizes():
    with pytest.raises(ValueError):
        Series(capacity=0)
    with pytest.raises(ValueError):
        Series(window=0)
