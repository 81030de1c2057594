"""The task: operands, their bits, the pairs a model is trained and judged on, and the borrow.

Bits are stored least-significant first, because that is the order the network reads them
(time step t holds bit t). Printing turns them round, most significant first.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

from .errors import OperandError

EXHAUSTIVE_MAX_BITS = 10  # up to here evaluation visits every pair (524,800 ordered pairs at 10 bits)
SAMPLE_SIZE = 100_000  # beyond, a fixed-seed sample of this many pairs
SAMPLE_SEED = 20240817


def to_bits(n, bits: int) -> np.ndarray:
    """Integers (any shape, any size: Python ints beyond int64 too) -> their bits, least significant first:
    shape (..., bits). A negative number gives its two's complement bits."""
    n = _integers(n)
    if n.dtype == object:  # some number does not fit int64 (a 128-bit operand): bit by bit, in Python
        return _big_bits(n, bits)
    if bits <= _TABLE_MAX_BITS:
        return _bit_table(bits)[n]
    # int64 holds bits 0 … 62 and the sign; a shift by 64 or more is undefined in C: shift by at most 63
    return (n[..., None] >> np.minimum(np.arange(bits), 63)) & 1


_TABLE_MAX_BITS = 16  # a lookup table (2^bits, bits) is faster than shifting, and small up to here


def _integers(n) -> np.ndarray:
    """n as an int64 array, or as an object array of Python ints when some value does not fit int64."""
    try:
        return np.asarray(n, dtype=np.int64)
    except OverflowError:
        return np.asarray(n, dtype=object)


def _big_bits(n: np.ndarray, bits: int) -> np.ndarray:
    mask, size = (1 << bits) - 1, (bits + 7) // 8
    flat = [np.frombuffer((int(v) & mask).to_bytes(size, "little"), dtype=np.uint8) for v in n.ravel()]
    table = np.unpackbits(np.array(flat, dtype=np.uint8).reshape(-1, size), axis=1, bitorder="little")[:, :bits]
    return table.astype(np.int64).reshape(*n.shape, bits)


@functools.cache
def _bit_table(bits: int) -> np.ndarray:
    table = (np.arange(1 << bits)[:, None] >> np.arange(bits)) & 1
    table.flags.writeable = False
    return table


def from_bits(b) -> np.ndarray:
    """Bits, least significant first on the last axis -> integers: int64 up to 63 bits, beyond that Python ints
    (an object array), which never overflow."""
    b = np.asarray(b, dtype=np.int64)
    T = b.shape[-1]
    if T <= _INT64_BITS:
        return (b << np.arange(T)).sum(axis=-1)
    packed = np.packbits(b.astype(np.uint8), axis=-1, bitorder="little")  # (..., ceil(T / 8)) bytes
    out = np.empty(b.shape[:-1], dtype=object)
    for i in np.ndindex(out.shape):
        out[i] = int.from_bytes(packed[i].tobytes(), "little")
    return out


_INT64_BITS = 63  # an int64 holds every number of up to 63 bits


def answer(a, b, bits: int):
    """What the network should output: (a - b) mod 2^bits (equal to a - b when a >= b). int64 while the numbers
    fit (up to 63 bits), else Python ints (an object array, or a Python int for Python ints)."""
    a, b = _integers(a), _integers(b)
    if bits <= _INT64_BITS and a.dtype != object and b.dtype != object:
        return (a - b) & ((1 << bits) - 1)
    d = (a.astype(object) - b.astype(object)) & ((1 << bits) - 1)
    return int(d) if np.ndim(d) == 0 else d


def borrows(a, b, bits: int) -> np.ndarray:
    """The borrow out of each bit position, least significant first: shape (..., bits)."""
    xa, xb = to_bits(a, bits), to_bits(b, bits)
    out = np.zeros_like(xa)
    borrow = np.zeros(xa.shape[:-1], dtype=np.int64)
    for t in range(bits):
        borrow = (xa[..., t] - xb[..., t] - borrow < 0).astype(np.int64)
        out[..., t] = borrow
    return out


def longest_borrow_chain(a, b, bits: int) -> np.ndarray:
    """Length of the longest run of consecutive borrows when computing a - b."""
    run = longest = np.zeros(np.shape(a), dtype=np.int64)
    for borrow in np.moveaxis(borrows(a, b, bits), -1, 0):
        run = (run + 1) * borrow
        longest = np.maximum(longest, run)
    return longest


def draw_pairs(rng: np.random.RandomState, count: int, bits: int, pairs: str, b_range: str):
    """Draw `count` training pairs the way the tutorial does: a, then b, then swap if a < b.

    One randint call with the bounds [n, nb, n, nb, ...] yields exactly the numbers of the tutorial's
    alternating scalar calls (the legacy stream draws element by element), at a fraction of the cost.
    """
    v = rng.randint(_bounds(count, bits, b_range))
    a, b = v[0::2], v[1::2]
    if pairs == "ordered":
        return np.maximum(a, b), np.minimum(a, b)
    return a, b


@functools.cache
def _bounds(count: int, bits: int, b_range: str) -> np.ndarray:
    n = 1 << bits
    nb = max(n >> 1, 1) if b_range == "half" else n
    bounds = np.tile(np.array([n, nb], dtype=np.int64), count)
    bounds.flags.writeable = False
    return bounds


def evaluation_pairs(bits: int, pairs: str):
    """The pairs accuracy is measured on: all of them up to EXHAUSTIVE_MAX_BITS, else a fixed sample.

    Returns (a, b, exhaustive).
    """
    n = 1 << bits
    if bits <= EXHAUSTIVE_MAX_BITS:
        if pairs == "ordered":
            a, b = np.tril_indices(n)  # every a >= b
        else:
            a, b = np.divmod(np.arange(n * n), n)
        return a.astype(np.int64), b.astype(np.int64), True
    rng = np.random.RandomState(SAMPLE_SEED)
    a = rng.randint(n, size=SAMPLE_SIZE, dtype=np.int64)
    b = rng.randint(n, size=SAMPLE_SIZE, dtype=np.int64)
    if pairs == "ordered":
        a, b = np.maximum(a, b), np.minimum(a, b)
    return a, b, False


def pair_count(bits: int, pairs: str) -> int:
    n = 1 << bits
    if bits > EXHAUSTIVE_MAX_BITS:
        return SAMPLE_SIZE
    return n * (n + 1) // 2 if pairs == "ordered" else n * n


_NUMBER = re.compile(r"(?:0[bB](?P<bin>[01]+)|0[xX](?P<hex>[0-9a-fA-F]+)|(?P<dec>[0-9]+))")


def parse_operand(text: str, bits: int, name: str = "operand") -> int:
    """Parse decimal, 0b... or 0x... text into an integer that fits in `bits` bits.

    Raises OperandError (kind: empty, negative, not_whole, not_number or too_large) with one sentence.
    """
    shown = str(text).strip()
    s = unicodedata.normalize("NFKC", shown).replace("_", "")  # full-width ２００ (a Chinese input method) is 200
    top = (1 << bits) - 1

    def fail(kind, message):
        return OperandError(message, kind, name=name, text=shown, bits=bits, top=top)

    if not s:
        raise fail("empty", f"{name} is empty: type a whole number such as 42, 0b101010 or 0x2a")
    if s.startswith("-"):
        raise fail("negative", f"{name} = {shown} is negative: only numbers from 0 to {top} are allowed")
    m = _NUMBER.fullmatch(s.lstrip("+"))
    if m is None:
        if re.fullmatch(r"[0-9]*\.[0-9]*(e[+-]?[0-9]+)?", s, re.IGNORECASE) and any(c.isdigit() for c in s):
            raise fail("not_whole", f"{name} = {shown} is not a whole number")
        raise fail("not_number", f"{name} = {shown!r} is not a number: use decimal (42), binary (0b101010) or hex (0x2a)")
    value = int(m["bin"], 2) if m["bin"] else int(m["hex"], 16) if m["hex"] else int(m["dec"], 10)
    if value > top:
        raise fail("too_large", f"{name} = {value} does not fit in {bits} bits (0 to {top})")
    return value


def random_pair(rng: np.random.RandomState, bits: int, pairs: str) -> tuple[int, int]:
    """One pair of the kind a model is judged on (a >= b for ordered pairs), drawn like the training pairs; beyond
    62 bits (randint's int64 bounds end there) bit by bit, as Python ints."""
    if bits <= _INT64_BITS - 1:
        a, b = draw_pairs(rng, 1, bits, pairs, "full")
        return int(a[0]), int(b[0])
    a, b = (int(v) for v in from_bits(rng.randint(2, size=(2, bits))))
    return (max(a, b), min(a, b)) if pairs == "ordered" else (a, b)


def fitting_pair(a: int, b: int, bits: int) -> tuple[int, int]:
    """A pair that fits in `bits` bits: (a, b) itself if it does, else their low bits, in the same order (an A
    below B is shown with its wrap-around answer). Used when the bit width shrinks under a pair someone typed."""
    mask = (1 << bits) - 1
    return a & mask, b & mask
