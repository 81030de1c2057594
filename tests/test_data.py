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
    random_pair,
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


# -- numbers of up to 128 bits (issue 10: the operand panel at any length): Python ints, never int64 overflow -------

BIG = [0, 1, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**127 + 12345678901234567890123, 2**128 - 1]


@pytest.mark.parametrize("bits", [63, 64, 65, 100, 128])
def test_to_bits_and_from_bits_round_trip_beyond_int64(bits):
    values = [v & ((1 << bits) - 1) for v in BIG]
    x = to_bits(np.array(values, dtype=object), bits)
    assert x.shape == (len(values), bits) and x.dtype == np.int64
    assert [sum(int(bit) << t for t, bit in enumerate(row)) for row in x] == values  # bit t is bit t
    assert [int(v) for v in from_bits(x)] == values
    assert to_bits(values[-1], bits).tolist() == x[-1].tolist()  # a Python int alone


def test_to_bits_of_small_numbers_at_long_lengths_has_zeros_above():
    # int64 numbers at 100 bits: bits 63 … 99 are 0 (a shift by 64 or more is not left to C)
    x = to_bits(np.array([5, 2**63 - 1]), 100)
    assert x[0, :3].tolist() == [1, 0, 1] and x[0, 3:].sum() == 0
    assert x[1, :63].all() and x[1, 63:].sum() == 0


@pytest.mark.parametrize("a,b,bits", [(2**127 + 5, 3, 128), (3, 5, 128), (2**100, 2**100 - 1, 101), (7, 2**64, 70),
                                      (2**63, 1, 64)])
def test_answer_beyond_int64_is_exact(a, b, bits):
    assert int(answer(a, b, bits)) == (a - b) % (1 << bits)
    assert borrows(a, b, bits)[-1] == (a < b)  # the borrow out of the top bit says whether a < b
    got = answer(np.array([a, b], dtype=object), np.array([b, a], dtype=object), bits)
    assert [int(v) for v in got] == [(a - b) % (1 << bits), (b - a) % (1 << bits)]


def test_borrow_chain_through_128_bits():
    assert borrows(2**127, 1, 128).tolist() == [1] * 127 + [0]
    assert longest_borrow_chain(2**127, 1, 128) == 127


def test_parse_operand_at_128_bits():
    top = 2**128 - 1
    assert parse_operand(str(top), 128) == top
    assert parse_operand("0x" + "f" * 32, 128) == top and parse_operand("0b1" + "0" * 127, 128) == 2**127
    for text, kind in [(str(top + 1), "too_large"), ("-" + str(top), "negative"), ("12ab", "not_number")]:
        with pytest.raises(OperandError) as e:
            parse_operand(text, 128, "A")
        assert e.value.kind == kind and e.value.params["top"] == top


@pytest.mark.parametrize("bits", [8, 62, 63, 100, 128])
def test_random_pair_at_any_length(bits):
    rng = np.random.RandomState(0)
    for _ in range(20):
        a, b = random_pair(rng, bits, "ordered")
        assert type(a) is int and type(b) is int and 0 <= b <= a < 2**bits
    a, b = zip(*(random_pair(rng, bits, "all") for _ in range(50)))
    assert any(x < y for x, y in zip(a, b)) and max(a) >= 2 ** (bits - 2)  # both orders, and high bits drawn


def test_random_pair_up_to_62_bits_keeps_the_training_stream():
    r1, r2 = np.random.RandomState(4), np.random.RandomState(4)
    a, b = draw_pairs(r2, 1, 8, "ordered", "full")
    assert random_pair(r1, 8, "ordered") == (int(a[0]), int(b[0]))
