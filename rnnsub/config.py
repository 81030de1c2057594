"""The settings of a training run: one dataclass that everything else reads."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

CELLS = ("elman", "notebook")  # elman: h_t = σ(x_t W0 + h_{t-1} Wh); notebook: σ(x_t W0) + h_{t-1} Wh, as the notebook writes it
PAIRS = ("ordered", "all")  # ordered: a >= b (the tutorial); all: any a, b, answer (a - b) mod 2^bits
B_RANGES = ("full", "half")  # full: b < 2^bits (the seed text); half: b < 2^(bits-1) (the tutorial's revised code)

MAX_SEED = 2**32 - 1  # np.random.RandomState accepts seeds up to here


class ConfigError(ValueError):
    """A setting outside its allowed range; the message names the field and the range."""


@dataclass(frozen=True)
class Config:
    bits: int = 8  # T: bits per operand, one time step per bit
    hidden: int = 16  # H: hidden units
    lr: float = 0.9  # learning rate; updates are added as W += lr * update
    iterations: int = 10_000  # weight updates in a run
    seed: int = 0  # np.random.seed(seed) before the weights, then the samples
    cell: str = "elman"  # see CELLS
    batch: int = 1  # samples whose updates are summed before one weight update
    pairs: str = "ordered"  # see PAIRS
    b_range: str = "full"  # see B_RANGES

    def __post_init__(self):
        _integer("bits", self.bits, 1, 32)
        _integer("hidden", self.hidden, 1, 512)
        _integer("iterations", self.iterations, 0, 1_000_000_000)
        _integer("seed", self.seed, 0, MAX_SEED)
        _integer("batch", self.batch, 1, 4096)
        check_lr(self.lr)
        _choice("cell", self.cell, CELLS)
        _choice("pairs", self.pairs, PAIRS)
        _choice("b_range", self.b_range, B_RANGES)

    def replace(self, **changes) -> Config:
        return replace(self, **changes)

    def as_dict(self) -> dict:
        return asdict(self)


def check_lr(lr) -> float:
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not math.isfinite(lr) or lr <= 0:
        raise ConfigError(f"lr must be a finite number greater than 0, got {lr!r}")
    return float(lr)


def _integer(name, value, low, high):
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high:,}, got {value!r}")


def _choice(name, value, allowed):
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")


# The tutorial's revised code: elman cell, b < 128, a block printed every 800 iterations.
PRESETS = {
    "tutorial": (Config(b_range="half"), 800),
}
