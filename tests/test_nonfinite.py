"""Non-finite and extreme values shown honestly (issue 8, kind 5): a bit without an answer is unknown, never an
integer made from NaN; a hidden state of 1e45 is visible."""

import warnings

import numpy as np
import pytest

from rnnsub.config import Config
from rnnsub.evaluate import UNKNOWN, evaluate, predict, trace
from rnnsub.modelfile import make_meta, save_model
from rnnsub.rnn import Weights
from rnnsub.train import Trainer


def huge_weights(H=16, seed=0):
    """Finite but enormous weights: h W1 sums +1.7e308 and -1.7e308 terms, so ŷ is inf - inf = NaN."""
    rng = np.random.RandomState(seed)
    W = lambda *shape: np.where(rng.random_sample(shape) < 0.5, -1.7e308, 1.7e308)[None]  # noqa: E731
    return Weights(W(2, H), W(H, H), W(H, 1))


@pytest.fixture
def huge_model(tmp_path):
    w = huge_weights()
    path = tmp_path / "huge.npz"
    save_model(path, w, make_meta(Config(), 10, None))
    return path, w


def test_unknown_outputs_are_unknown_without_warnings(huge_model):
    _, w = huge_model
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarning may escape
        value, bits, y_hat = predict(w, "elman", [200, 5], [73, 3], 8)
        t = trace(w, "elman", 200, 73, 8)
        ev = evaluate(w, "elman", 8, "ordered")
    assert np.isnan(y_hat).any()
    assert (value == UNKNOWN).any() and (bits[np.isnan(y_hat)] == UNKNOWN).all()
    np.testing.assert_array_equal(value == UNKNOWN, (bits == UNKNOWN).any(axis=1))  # unknown where a bit is
    assert t.value is None and t.unknown.any() and not t.right
    a, b = np.tril_indices(256)
    all_values, _, _ = predict(w, "elman", a, b, 8)
    known_and_right = (all_values[0] != UNKNOWN) & (all_values[0] == a - b)
    assert (all_values == UNKNOWN).sum() > 20000 and ev.correct[0] == known_and_right.sum()  # unknown is not right


def test_the_window_shows_a_question_mark_not_a_number_made_from_nan(qtbot, window, huge_model):
    path, _ = huge_model
    assert window.open_path(str(path))  # pytest-qt fails the test on any exception in a slot or a paint
    ops = window.operands
    unknown = [ops._cells[("net", i)] for i in range(8) if ops.current.unknown[i]]
    assert unknown and all(c.text() == "<b>?</b>" for c in unknown)
    assert "not a number" in ops.verdict.text() and "-9223372036854775808" not in ops.verdict.text()
    assert ops._row_values["net"].text() == "?"
    window.inside.show_trace(ops.current)


def test_a_hidden_state_of_1e45_is_visible(qtbot, window):
    t = Trainer(Config(cell="notebook", iterations=300))
    for _ in t.run():
        pass
    tr = trace(t.weights, "notebook", 200, 73, 8)
    assert np.abs(tr.h).max() > 1e6  # the notebook cell's h grows without bound (2.8e7 here, 1e45 later)
    window.inside.show_trace(tr)
    caption = window.inside.caption.text()
    assert "log" in caption and f"{np.abs(tr.h[1:]).max():.3g}" in caption
    lo, hi = window.inside.bar.levels()
    assert lo < 0 < hi and np.isfinite([lo, hi]).all()
