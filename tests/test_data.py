import numpy as np
import pytest

from rnnsub.data import (
    answer,
    borrows,
    draw_pairs,
    evaluation_pairs,
    from_bits,
    longest_borrow_chain,
    pair_count,
    parse_operand,
    to_bits,
)
from rnnsub.errors import OperandError


def test_bits_round_trip_least_significant_first():
    assert to_bits(6, 4).tolist() == [0, 1, 1, 0]
    n = np.arange(1 << 12)
    assert (from_bits(to_bits(n, 12)) == n).all()
    big = np.array([0, 1, 2**32 - 1, 123456789])
    assert (from_bits(to_bits(big, 32)) == big).all()


def test_answer_is_twos_complement_mod_2_bits():
    assert answer(5, 3, 8) == 2
    assert answer(3, 5, 8) == 254


def test_borrows_and_chain():
    # 8 - 1 = 0b1000 - 0b0001: borrows out of bits 0, 1, 2
    assert borrows(8, 1, 4).tolist() == [1, 1, 1, 0]
    assert longest_borrow_chain(8, 1, 4) == 3
    assert longest_borrow_chain(5, 5, 4) == 0
    a, b = np.random.RandomState(0).randint(256, size=(2, 500))
    # the borrow out of the top bit says whether a < b
    assert (borrows(a, b, 8)[:, -1] == (a < b)).all()


@pytest.mark.parametrize("bits,pairs,count", [(8, "ordered", 32896), (8, "all", 65536), (10, "ordered", 524800),
                                              (3, "all", 64)])
def test_exhaustive_pairs(bits, pairs, count):
    a, b, exhaustive = evaluation_pairs(bits, pairs)
    assert exhaustive and a.size == count == pair_count(bits, pairs)
    if pairs == "ordered":
        assert (a >= b).all()
    assert len(set(zip(a.tolist(), b.tolist()))) == count


def test_sampled_pairs_beyond_ten_bits_are_fixed():
    a, b, exhaustive = evaluation_pairs(16, "ordered")
    a2, b2, _ = evaluation_pairs(16, "ordered")
    assert not exhaustive and a.size == 100_000 and (a >= b).all() and (a == a2).all() and (b == b2).all()


@pytest.mark.parametrize("b_range", ["full", "half"])
def test_draw_pairs_keeps_the_tutorials_stream(b_range):
    rng, ref = np.random.RandomState(3), np.random.RandomState(3)
    a, b = draw_pairs(rng, 50, 8, "ordered", b_range)
    for i in range(50):
        ai, bi = ref.randint(256), ref.randint(128 if b_range == "half" else 256)
        assert (a[i], b[i]) == (max(ai, bi), min(ai, bi))
    # and drawing ahead in one call gives what twenty separate draws give
    r1, r2 = np.random.RandomState(9), np.random.RandomState(9)
    one = [draw_pairs(r1, 1, 8, "all", b_range) for _ in range(20)]
    many = draw_pairs(r2, 20, 8, "all", b_range)
    assert [int(x[0][0]) for x in one] == many[0].tolist() and [int(x[1][0]) for x in one] == many[1].tolist()


@pytest.mark.parametrize("text,value", [("42", 42), ("0b101010", 42), ("0x2A", 42), (" 7 ", 7), ("007", 7),
                                        ("255", 255), ("0", 0), ("1_000", 1000)])
def test_parse_operand_accepts(text, value):
    assert parse_operand(text, 10 if value > 255 else 8) == value


@pytest.mark.parametrize("text,words", [("256", "does not fit in 8 bits"), ("-3", "negative"), ("3.5", "not a whole"),
                                        ("abc", "not a number"), ("", "empty"), ("0b102", "not a number"),
                                        ("0x", "not a number"), ("1e3", "not a number"), ("2.0", "not a whole")])
def test_parse_operand_rejects_with_one_sentence(text, words):
    with pytest.raises(OperandError) as e:
        parse_operand(text, 8, "A")
    assert e.value.kind in ("empty", "negative", "not_whole", "not_number", "too_large")
    assert e.value.params["name"] == "A" and e.value.params["bits"] == 8
    assert words in str(e.value) and "\n" not in str(e.value) and str(e.value).startswith("A")
