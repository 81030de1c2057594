"""Knocking out and clamping hidden units (issue 11, part 3): rnn.Clamp in every forward path, analysis.hold and
analysis.importance, and `main.py inspect --knock-out/--clamp/--importance`."""

import io

import numpy as np
import pytest

from rnnsub.analysis import borrow_units, extract_machine, hold, importance
from rnnsub.cli import main as cli_main
from rnnsub.config import Config
from rnnsub.data import evaluation_pairs
from rnnsub.errors import UnitError
from rnnsub.evaluate import evaluate, output_bits, trace
from rnnsub.modelfile import make_meta, save_model
from rnnsub.rnn import Clamp, Weights, backward, encode, forward, init_weights, loss
from rnnsub.train import Trainer


def random_weights(seed=0, hidden=6, scale=1.0, K=1):
    rng = np.random.RandomState(seed)
    return Weights(*(np.stack(a) * scale / 0.05 for a in zip(*(init_weights(rng, hidden) for _ in range(K)))))


@pytest.fixture(scope="module")
def trained():
    t = Trainer(Config())
    for _ in range(t.config.iterations):
        t.step()
    return t.weights, t.config


@pytest.mark.parametrize("cell", ["elman", "notebook"])
def test_forward_holds_units_at_every_step(cell):
    w = random_weights(hidden=5)
    held = hold(w, {1: 0.0, 3: 0.7})
    x, _ = encode(np.array([[200, 5]]), np.array([[73, 3]]), 8)
    h, _ = forward(held, x, cell)
    assert (h[1:, ..., 1] == 0.0).all() and (h[1:, ..., 3] == 0.7).all()
    # the free units: the cell's equation with the held values in place of units 1 and 3, by hand
    W0, Wh = w.W0[0], w.Wh[0]
    hp = np.full((2, 5), 0.1)
    hp[:, 1], hp[:, 3] = 0.0, 0.7  # held from h_0 on
    assert (h[0, ..., 1] == 0.0).all() and (h[0, ..., 3] == 0.7).all()
    for t in range(8):
        z, hw = x[t, 0] @ W0, hp @ Wh
        hn = 1 / (1 + np.exp(-(z + hw))) if cell == "elman" else 1 / (1 + np.exp(-z)) + hw
        hn[:, 1], hn[:, 3] = 0.0, 0.7
        np.testing.assert_allclose(h[t + 1, 0], hn, rtol=1e-12)
        hp = hn


def test_knock_out_equals_cutting_the_units_outgoing_weights():
    """Held at 0, a unit passes nothing on: the outputs are those of the network whose row of Wh and entry of W1
    for that unit are 0, to the bit, over every pair (the prefix tree and the plain forward pass alike)."""
    w = random_weights(seed=3, hidden=6, scale=2.0)
    cut = w.copy()
    cut.Wh[0, 2, :] = 0.0
    cut.W1[0, 2, :] = 0.0
    a, b, _ = evaluation_pairs(8, "ordered")
    x, _ = encode(a[None], b[None], 8)
    _, y_held = forward(hold(w, {2: 0.0}), x, "elman")
    _, y_cut = forward(cut, x, "elman")
    np.testing.assert_array_equal(y_held, y_cut)
    ev_held, ev_cut = evaluate(hold(w, {2: 0.0}), "elman", 8, "ordered"), evaluate(cut, "elman", 8, "ordered")
    np.testing.assert_array_equal(ev_held.correct, ev_cut.correct)
    np.testing.assert_array_equal(ev_held.bit_accuracy, ev_cut.bit_accuracy)


@pytest.mark.parametrize("value", [0.0, 0.4, 1.0])
def test_prefix_tree_evaluation_counts_what_forward_answers(trained, value):
    w, c = trained
    held = hold(w, {5: value, 9: 0.0})
    a, b, y = evaluation_pairs(c.bits, c.pairs)
    x, y_bits = encode(a[None], b[None], c.bits)
    _, y_hat = forward(held, x, c.cell)
    right = (output_bits(y_hat) == y_bits).all(axis=0)[0]
    ev = evaluate(held, c.cell, c.bits, c.pairs)
    assert ev.exhaustive and int(ev.correct[0]) == int(right.sum())


def test_backward_treats_a_held_unit_as_a_constant():
    """update = -∂L/∂W by central differences, with units held (elman, small weights)."""
    w = hold(random_weights(seed=5, hidden=4, scale=0.5), {1: 0.3})
    x, y = encode(np.array([[181, 6]]), np.array([[77, 2]]), 8)
    h, y_hat = forward(w, x, "elman")
    updates = backward(w, x, h, y_hat, y - y_hat)[:3]
    eps = 1e-6
    for name, update in zip(("W0", "Wh", "W1"), updates):
        W = getattr(w, name)
        for idx in np.ndindex(W.shape):
            old = W[idx]
            W[idx] = old + eps
            up = loss(w, x, y, "elman")[0]
            W[idx] = old - eps
            down = loss(w, x, y, "elman")[0]
            W[idx] = old
            assert update[idx] == pytest.approx(-(up - down) / (2 * eps), abs=1e-8), (name, idx)
    assert (backward(w, x, h, y_hat, y - y_hat)[3][..., 1] == 0).all()


def test_hold_leaves_the_model_untouched_and_refuses_what_is_not_there(trained):
    w, c = trained
    before = w.copy()
    acc = evaluate(w, c.cell, c.bits, c.pairs).accuracy[0]
    held = hold(w, {0: 0.0})
    assert held.clamp is not None and w.clamp is None
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(getattr(w, name), getattr(before, name))
    assert evaluate(w, c.cell, c.bits, c.pairs).accuracy[0] == acc  # undo is dropping `held`
    with pytest.raises(UnitError) as e:
        hold(w, {16: 0.0})
    assert e.value.kind == "unit_range" and "0 to 15" in str(e.value)
    with pytest.raises(UnitError):
        hold(w, {-1: 0.0})
    with pytest.raises(UnitError) as e:
        hold(w, {3: float("nan")})
    assert e.value.kind == "clamp_value"
    with pytest.raises(ValueError, match="cannot be trained"):
        Trainer(c, weights=held)


def test_borrow_unit_knocked_out_collapses_the_accuracy_and_importance_says_so(trained):
    w, c = trained
    bu = borrow_units(w, c.cell, c.bits, c.pairs)
    imp = importance(w, c.cell, c.bits, c.pairs)
    assert imp.shape == (c.hidden,)
    for unit in range(c.hidden):  # each bar is the accuracy of that knock-out, as evaluate() measures it
        assert imp[unit] == evaluate(hold(w, {unit: 0.0}), c.cell, c.bits, c.pairs).accuracy[0]
    assert imp[bu.unit] < 0.5  # the borrow unit matters
    assert (imp == 1.0).sum() >= c.hidden // 3  # many units do not
    # a held unit is constant: no correlation with the borrow; the machine and the trace see the held value
    held = hold(w, {bu.unit: 0.0})
    assert borrow_units(held, c.cell, c.bits, c.pairs).r[bu.unit] == 0.0
    assert (trace(held, c.cell, 200, 73, c.bits).h[1:, bu.unit] == 0.0).all()
    assert not extract_machine(held, c.cell, c.bits, c.pairs).equivalent


def test_clamp_take_and_view_keep_their_models():
    w = random_weights(K=3, hidden=4)
    w.clamp = Clamp(np.eye(3, 4, dtype=bool), np.arange(12.0).reshape(3, 4))
    assert w.take(1).clamp.mask.tolist() == [[False, True, False, False]]
    assert w.view(slice(2, 3)).clamp.value.tolist() == [[8.0, 9.0, 10.0, 11.0]]
    assert w.copy().clamp is w.clamp


def test_inspect_knock_out_clamp_and_importance(tmp_path, trained):
    w, c = trained
    path = tmp_path / "m.npz"
    save_model(path, w, make_meta(c, c.iterations, None))
    bu = borrow_units(w, c.cell, c.bits, c.pairs)
    out = io.StringIO()
    assert cli_main(["inspect", "--model", str(path), "--lengths", "8", "--knock-out", str(bu.unit)], out=out) == 0
    text = out.getvalue()
    acc = evaluate(hold(w, {bu.unit: 0.0}), c.cell, c.bits, c.pairs)
    assert f"unit {bu.unit} knocked out (held at 0)" in text
    assert f"{int(acc.correct[0])}/{acc.total}" in text and "was 32896/32896" in text
    out = io.StringIO()
    assert cli_main(["inspect", "--model", str(path), "--lengths", "8", "--clamp", "3=0.5", "--importance"],
                    out=out) == 0
    text = out.getvalue()
    assert "unit 3 held at 0.5" in text
    imp = importance(hold(w, {3: 0.5}), c.cell, c.bits, c.pairs)
    lines = [line for line in text.splitlines() if line.startswith("without unit ")]
    assert len(lines) == c.hidden
    assert f"{100 * imp[bu.unit]:.2f}%" in lines[bu.unit]


@pytest.mark.parametrize("args, says", [
    (["--knock-out", "16"], "no hidden unit 16"),
    (["--knock-out", "x"], "--knock-out"),
    (["--clamp", "3"], "--clamp"),
    (["--clamp", "3=abc"], "--clamp"),
    (["--clamp", "3=inf"], "finite"),
    (["--knock-out", "99"], "no hidden unit 99: this model's units are 0 to 15"),
    (["--clamp", "3="], "--clamp"),
    (["--knock-out", "2", "--clamp", "2=0.5"], "both --knock-out and --clamp name it"),
    (["--knock-out", "1,1"], "unit 1 is named twice (--knock-out names it twice"),
    (["--clamp", "4=0.5,4=1"], "unit 4 is named twice (--clamp names it twice"),
])
def test_inspect_refuses_bad_units_in_one_sentence(tmp_path, trained, capsys, args, says):
    """Refused before anything is printed: stdout stays empty (the header line waited for the units' check)."""
    w, c = trained
    path = tmp_path / "m.npz"
    save_model(path, w, make_meta(c, c.iterations, None))
    assert cli_main(["inspect", "--model", str(path), *args]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert says in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert captured.out == ""
    if "--clamp" not in args:
        assert "--clamp" not in err


def test_inspect_says_one_try(tmp_path):
    """A network whose every output bit is 1 gets the very first pair (1 - 1 at one bit) wrong: 'after 1 try'."""
    w = random_weights(hidden=4)
    w.W1[:] = 50.0  # h > 0 (a sigmoid), so ŷ = σ(h W1) ≈ 1 everywhere
    path = tmp_path / "ones.npz"
    save_model(path, w, make_meta(Config(hidden=4), 0, None))
    out = io.StringIO()
    assert cli_main(["inspect", "--model", str(path), "--lengths", "4"], out=out) == 0
    assert "(1 bit, after 1 try): the network says 1, the answer is 0" in out.getvalue()


def test_inspect_names_no_borrow_unit_with_every_unit_knocked_out(tmp_path, trained):
    w, c = trained
    path = tmp_path / "m.npz"
    save_model(path, w, make_meta(c, c.iterations, None))
    out = io.StringIO()
    every = ",".join(map(str, range(c.hidden)))
    assert cli_main(["inspect", "--model", str(path), "--lengths", "8", "--knock-out", every], out=out) == 0
    assert "borrow unit: none (no unit's state varies with the borrow: r = 0 for every unit)\n" in out.getvalue()
    assert not borrow_units(hold(w, dict.fromkeys(range(c.hidden), 0.0)), c.cell, c.bits, c.pairs).found
