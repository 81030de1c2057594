"""Inside the network (rnnsub/analysis.py, issue 10): the borrow unit, the machine it learned, longer numbers, and
the `inspect` command.

A hand-built network that is the borrow machine by construction pins the analysis down exactly; small trained
models (3,000 iterations: the default run converges by 2,500) check it on what training produces.
"""

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rnnsub.analysis import (
    INPUTS,
    _less,
    accuracy_by_length,
    best_threshold,
    borrow_difference,
    borrow_step,
    borrow_units,
    correlations,
    extract_machine,
    find_wrong_any_length,
    int_bits,
    kmeans,
    minimise,
    random_bit_pairs,
    structured_pairs,
    subtract_bits,
)
from rnnsub.cli import main
from rnnsub.config import Config
from rnnsub.data import answer, borrows, from_bits, to_bits
from rnnsub.evaluate import evaluate
from rnnsub.modelfile import make_meta, save_model
from rnnsub.rnn import Weights, init_weights
from rnnsub.train import Trainer

ROOT = Path(__file__).resolve().parents[1]


def borrow_network(G=20.0, S=100.0) -> Weights:
    """An elman network (H = 5) that subtracts by construction, its unit 1 being the borrow.

    With ā = 1 - a and c the borrow in, the borrow out is [ā + b + c ≥ 2] and the output bit a ⊕ b ⊕ c is
    1 - parity(ā + b + c) = 1 - u1 + u2 - u3, where u_k = [ā + b + c ≥ k]. Units 0, 1, 2 are u1, u2, u3:
    σ(G (-a + b + c + 1.5 - k)), c read from unit 1. The cell has no bias, so unit 3 is a constant 1 (σ(S h_3)
    from h_0 = 0.1 on: σ(10), then σ(≈S)), and unit 4 is 0.1 at h_0 and ≈ 0 after (σ(-S h_3)): its weights undo
    what h_0 = 0.1 feeds the logic units at the first step, so that step 1 sees c = 0 and the bias 1.5 - k. The
    output σ(h W1) needs no more than two states (a ⊕ b ⊕ c needs 3 threshold units: parity has no fewer), which
    is why H = 2 cannot do it.
    """
    W0, Wh, W1 = np.zeros((2, 5)), np.zeros((5, 5)), np.zeros((5, 1))
    for j, theta in enumerate((0.5, -0.5, -1.5)):  # u_k, bias 1.5 - k
        W0[:, j] = -G, G  # -a + b
        Wh[1, j] = G  # + c (the borrow unit)
        Wh[3, j] = G * theta  # + bias, from the constant unit
        Wh[4, j] = 9 * G * theta - G  # at h_0: 0.1 (G + G θ + 9 G θ - G) = G θ, as later steps see it
    Wh[3, 3], Wh[3, 4] = S, -S
    W1[:, 0] = G * np.array([-1, 1, -1, 0.5, 0])  # ŷ = σ(G (1/2 - u1 + u2 - u3))
    return Weights(W0[None], Wh[None], W1[None])


@pytest.fixture(scope="module")
def hand():
    return borrow_network()


@pytest.fixture(scope="module")
def trained():
    t = Trainer(Config(iterations=3000))
    for _ in t.run():
        pass
    assert t.evaluate().accuracy[0] == 1.0
    return t.weights


@pytest.fixture(scope="module")
def notebook():
    t = Trainer(Config(cell="notebook", iterations=3000))
    for _ in t.run():
        pass
    return t.weights


@pytest.fixture(scope="module")
def untrained():
    W0, Wh, W1 = init_weights(np.random.RandomState(0), 16)
    return Weights(W0[None], Wh[None], W1[None])


# -- the pieces --------------------------------------------------------------------------------------------------

def test_correlation_of_the_borrow_itself_is_one():
    rng = np.random.RandomState(1)
    y = rng.randint(2, size=500)
    h = np.column_stack([y * 0.9 + 0.05, 1 - y, np.full(500, 0.3), rng.rand(500), np.r_[np.inf, np.zeros(499)]])
    r = correlations(h, y)
    assert r[0] == pytest.approx(1.0) and r[1] == pytest.approx(-1.0)
    assert r[2] == 0.0 and r[4] == 0.0  # a constant unit, and a non-finite one: 0, not NaN
    assert abs(r[3]) < 0.2
    assert (correlations(h, np.zeros(500)) == 0).all()  # a constant target


def test_best_threshold():
    v = np.array([0.1, 0.2, 0.3, 0.8, 0.9, 0.35])
    y = np.array([0, 0, 0, 1, 1, 1])
    assert best_threshold(v, y, above=True) == (pytest.approx(0.325), 1.0)
    cut, right = best_threshold(-v, y, above=False)
    assert cut == pytest.approx(-0.325) and right == 1.0
    assert best_threshold(np.zeros(4), np.array([0, 0, 0, 1]), True)[1] == 0.75  # one value: all 0 is best


def test_subtract_bits_agrees_with_data():
    a, b = np.divmod(np.arange(256 * 256), 256)
    diff, out = subtract_bits(to_bits(a, 8).astype(np.int64), to_bits(b, 8).astype(np.int64))
    assert (from_bits(diff) == answer(a, b, 8)).all()
    assert (out == borrows(a, b, 8)).all()


def test_bit_pairs_of_any_length():
    xa, xb = random_bit_pairs(np.random.RandomState(3), 2000, 100, "ordered")
    a = [sum(int(v) << t for t, v in enumerate(row)) for row in xa]
    b = [sum(int(v) << t for t, v in enumerate(row)) for row in xb]
    assert all(x >= y for x, y in zip(a, b)) and max(a) > 2**98
    diff, _ = subtract_bits(xa, xb)
    assert (int_bits([x - y for x, y in zip(a, b)], 100) == diff).all()
    for bits in (1, 2, 7, 128):
        listed = structured_pairs(bits, "ordered")
        assert len(set(listed)) == len(listed) and all(a >= b and a < 2**bits for a, b in listed)
    assert (2**127, 1) in structured_pairs(128, "ordered") and (0, 2**128 - 1) in structured_pairs(128, "all")


def test_kmeans_is_deterministic_and_finds_clear_clusters():
    rng = np.random.RandomState(0)
    X = np.vstack([rng.normal(c, 0.05, size=(100, 3)) for c in (0.0, 1.0, 5.0)])
    centres, labels, inertia = kmeans(X, 3, seed=7)
    again = kmeans(X, 3, seed=7)
    assert (labels == again[1]).all() and inertia == again[2]
    assert sorted(np.round(centres[:, 0]).tolist()) == [0.0, 1.0, 5.0]
    assert len(set(labels[:100])) == len(set(labels[100:200])) == 1
    assert len(kmeans(np.ones((10, 2)), 4)[0]) == 1  # fewer distinct points than k


def borrow_table():
    """The borrow machine as a table: state c, input i = 2 a + b."""
    nxt = np.array([[borrow_step(c, a, b)[1] for a, b in INPUTS] for c in (0, 1)])
    out = np.array([[borrow_step(c, a, b)[0] for a, b in INPUTS] for c in (0, 1)])
    return nxt, out


def test_minimise_and_compare_with_the_borrow_machine():
    nxt, out = borrow_table()
    assert borrow_difference(nxt, out, 0) is None
    assert borrow_difference(nxt, out, 1) == [(0, 0)]  # starting in "borrow": 0 - 0 gives 1
    # four states, two copies of each borrow state, the start a fifth copy of "no borrow": minimises to two
    big_next = np.array([[2, 1, 0, 2], [3, 3, 2, 1], [0, 3, 2, 0], [1, 1, 0, 3], [0, 1, 2, 0]])
    big_out = np.vstack([out[0], out[1], out[0], out[1], out[0]])
    m_next, m_out, start = minimise(big_next, big_out, 4)
    assert m_next.shape == (2, 4) and borrow_difference(m_next, m_out, start) is None
    wrong = out.copy()
    wrong[1, 3] ^= 1  # in "borrow", 1 - 1 outputs the wrong bit: reached by 0 - 1 first
    assert borrow_difference(nxt, wrong, 0) == [(0, 1), (1, 1)]


def test_large_models_read_fewer_pairs():
    W0, Wh, W1 = init_weights(np.random.RandomState(0), 128)
    w = Weights(W0[None], Wh[None], W1[None])
    assert borrow_units(w, "elman", 8, "ordered", sample=5000).samples == 2048 * 8  # probes within 64 MB
    assert borrow_units(w, "elman", 3, "ordered").samples == 36 * 3  # every pair when there are fewer


# -- the hand-built borrow network -------------------------------------------------------------------------------

def test_hand_built_network_subtracts(hand):
    assert evaluate(hand, "elman", 10, "all").accuracy[0] == 1.0
    assert all(row.correct == row.total for row in accuracy_by_length(hand, "elman", (1, 3, 64, 128), 2000, "all"))


def test_hand_built_network_borrow_unit(hand):
    units = borrow_units(hand, "elman", 8, "all")
    assert units.unit == 1 and units.abs_r == pytest.approx(1.0, abs=1e-6) and units.recovered == 1.0
    assert units.above and 0 < units.threshold < 1 and units.samples == 8000


def test_hand_built_network_is_the_borrow_machine(hand):
    m = extract_machine(hand, "elman", 8, "all")
    assert m.found and m.states == 2 and m.equivalent and m.difference is None
    assert m.found_agreement == 1.0 and m.samples == 32_000
    assert find_wrong_any_length(hand, "elman", 40, "all").pair is None


def test_random_ordered_pairs_are_uniform():
    """Every ordered pair (a ≥ b) of 3 bits equally likely: a = b among them 8 of 36 times (swapping a < b would
    give a = b 1 time in 8, half as often as each other pair). Also at 128 bits: a ≥ b and a = b almost never."""
    xa, xb = random_bit_pairs(np.random.RandomState(0), 36_000, 3, "ordered")
    a, b = xa @ [1, 2, 4], xb @ [1, 2, 4]
    assert (a >= b).all()
    counts = np.bincount(a * 8 + b, minlength=64).reshape(8, 8)[np.tril_indices(8)]  # (36,) the pairs a ≥ b
    chi2 = float(((counts - 1000) ** 2 / 1000).sum())  # 35 degrees of freedom: > 70 has p < 0.001
    assert chi2 < 70, chi2
    same = (a == b).mean()
    assert abs(same - 8 / 36) < 5 * np.sqrt((8 / 36) * (28 / 36) / 36_000), same
    xa, xb = random_bit_pairs(np.random.RandomState(1), 1000, 128, "ordered")
    assert xa.shape == (1000, 128) and not _less(xa, xb).any() and 0.4 < xa.mean() < 0.6


@pytest.mark.parametrize("hidden", [16, 512])
def test_accuracy_at_8_bits_is_evaluates_count(hidden):
    """At 8 bits every pair is counted (32,896; the prefix tree's count, so evaluate()'s); a model of 512 hidden
    units, whose every pair would take seconds, is sampled."""
    w = Weights(*(np.stack([a]) * 20 for a in init_weights(np.random.RandomState(0), hidden)))
    row = accuracy_by_length(w, "elman", (8,))[0]
    if hidden == 512:
        assert (row.total, row.exhaustive) == (10_000, False)
        return
    ev = evaluate(w, "elman", 8, "ordered")
    assert 0 < ev.correct[0] < ev.total
    assert (row.correct, row.total, row.exhaustive) == (ev.correct[0], ev.total, True) == (ev.correct[0], 32896, True)


def test_inspect_length_line_is_evaluates_count(model_files, notebook):
    status, out, _ = run_main("inspect", "--model", str(model_files / "notebook.npz"), "--lengths", "8")
    ev = evaluate(notebook, "notebook", 8, "ordered")
    assert status == 0 and f"length 8: {ev.correct[0]}/32896 = {100 * ev.accuracy[0]:.2f}% (every pair)" in out


# -- trained, untrained, the notebook cell -----------------------------------------------------------------------

def test_trained_model_learned_the_borrow_machine(trained):
    units = borrow_units(trained, "elman", 8, "ordered")
    assert units.abs_r > 0.95 and units.recovered == 1.0 and units.found
    m = extract_machine(trained, "elman", 8, "ordered")
    assert m.found and m.states == 2 and m.equivalent
    at64 = accuracy_by_length(trained, "elman", (64,), 2000)[0]
    assert (at64.bits, at64.correct, at64.total, at64.exhaustive) == (64, 2000, 2000, False)
    search = find_wrong_any_length(trained, "elman", 64)
    assert search.pair is None and search.tried > 64 * 32


@pytest.mark.parametrize("which,cell", [("untrained", "elman"), ("notebook", "notebook")])
def test_no_borrow_machine_without_training(which, cell, request):
    w = request.getfixturevalue(which)
    assert not borrow_units(w, cell, 8, "ordered").found  # the window and inspect both say: no borrow unit
    m = extract_machine(w, cell, 8, "ordered")
    assert not (m.found and m.equivalent)
    if not m.found:
        assert m.clusters is None and len(m.agreement) == m.max_states and m.best_agreement < 0.999
    else:  # a network whose output is constant is a one-state machine, honestly; not the borrow machine
        assert m.difference
    if cell == "notebook":
        assert not m.found
    search = find_wrong_any_length(w, cell, 8)
    assert search.pair is not None and search.tried >= 1
    a, b = search.pair
    assert search.got != (a - b) % (1 << search.bits)


# -- the command ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def model_files(trained, notebook, tmp_path_factory):
    folder = tmp_path_factory.mktemp("inspect")
    save_model(folder / "elman.npz", trained, make_meta(Config(iterations=3000), 3000, 1.0))
    save_model(folder / "notebook.npz", notebook, make_meta(Config(cell="notebook"), 3000, 0.0))
    return folder


def run_main(*argv):
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_inspect_trained(model_files):
    status, out, err = run_main("inspect", "--model", str(model_files / "elman.npz"), "--lengths", "8, 64;128")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "elman cell, 8 bits, 16 hidden, 3000 iterations"
    assert lines[1].startswith("borrow unit: ") and "threshold recovers 100.00% of borrow bits)" in lines[1]
    assert lines[2].startswith("machine: 2 states") and lines[2].endswith(
        "100.00% of transitions agree, equivalent to the borrow machine: yes")
    assert lines[3:6] == ["length 8: 32896/32896 = 100.00% (every pair)",
                          *(f"length {n}: 10000/10000 = 100.00% (sampled)" for n in (64, 128))]
    assert lines[6].startswith("no wrong pair found in ") and lines[6].endswith(" tries up to 128 bits")
    assert len(lines) == 7


def test_inspect_notebook(model_files):
    status, out, _ = run_main("inspect", "--model", str(model_files / "notebook.npz"), "--lengths", "2,16")
    lines = out.splitlines()
    assert status == 0 and lines[0].startswith("notebook cell")
    assert lines[1].startswith("borrow unit: none (best: unit ") and "threshold recovers" in lines[1]
    assert lines[2].startswith("machine: no machine of up to 8 states agrees with the network on 99.9% of transitions")
    assert lines[3] == "length 2: " + lines[3].split(": ")[1] and lines[3].endswith("(every pair)")
    assert lines[5].startswith("first wrong pair: ")


@pytest.mark.parametrize("lengths,words", [
    ("0", "--lengths: 0 is not a length from 1 to 128 bits"),
    ("8,129", "--lengths: 129 is not a length from 1 to 128 bits"),
    ("8,,16", "a value is missing"),
    ("8,x", "'x' is not a whole number"),
])
def test_inspect_bad_lengths(model_files, lengths, words):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "inspect", "--model", str(model_files / "elman.npz"),
                          "--lengths", lengths], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("error: ") and words in out.stderr and out.stderr.count("\n") == 1


def test_inspect_missing_model():
    status, out, err = run_main("inspect", "--model", "/no/such/file.npz")
    assert status == 2 and out == "" and err == "error: /no/such/file.npz does not exist\n"


def test_an_exploding_hidden_state_is_no_machine_and_no_warning():
    """The notebook cell at 32 bits: |h| reaches ~1e216; squaring it would overflow, and it is no small machine."""
    import warnings

    from rnnsub.analysis import extract_machine
    from rnnsub.config import Config
    from rnnsub.train import Trainer

    t = Trainer(Config(cell="notebook", bits=32, iterations=100))
    for _ in t.run():
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        m = extract_machine(t.weights, "notebook", 32, "ordered")
    assert not m.found and "grows without bound" in m.reason
