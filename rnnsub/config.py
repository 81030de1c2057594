"""The settings of a training run: one dataclass that everything else reads.

Each field is declared once, with its range, unit, help text and whether it changes the network's
shape or data (structural). The command-line options, the window's widgets and their ranges, the
model file's meta, the remembered settings and the sweep dialog are all derived from SETTINGS.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, replace

from .errors import ConfigError

__all__ = ["Config", "ConfigError", "Setting", "SETTINGS", "STRUCTURAL", "CELLS", "PAIRS", "B_RANGES", "MAX_SEED", "PRESETS",
           "check_lr", "QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name Qt's lupdate looks for)
    """Marks a text for translation (collected by Qt's lupdate); the window translates it, the CLI prints it as is."""
    return text


MAX_SEED = 2**32 - 1  # np.random.RandomState accepts seeds up to here


def setting(default, label: str, help: str, *, low=None, high=None, choices=(), unit: str = "",
            structural: bool = True, group: str = "network", in_model: bool = True):
    """A Config field with its declaration (see Setting)."""
    return field(default=default, metadata={"setting": dict(label=label, help=help, low=low, high=high, choices=choices,
                                                            unit=unit, structural=structural, group=group,
                                                            in_model=in_model)})


@dataclass(frozen=True)
class Config:
    cell: str = setting(
        "elman", QT_TRANSLATE_NOOP("Config", "Cell"),
        QT_TRANSLATE_NOOP("Config", "How the hidden state is computed from the input bits and the previous hidden state. "
                                    "The corrected Elman cell learns; the notebook's version adds h·Wh outside the sigmoid "
                                    "and never learns: try it to see why."),
        choices=(("elman", QT_TRANSLATE_NOOP("Config", "Corrected Elman: h = σ(x·W0 + h·Wh)")),
                 ("notebook", QT_TRANSLATE_NOOP("Config", "As the notebook writes it: h = σ(x·W0) + h·Wh"))))
    bits: int = setting(
        8, QT_TRANSLATE_NOOP("Config", "Bits"),
        QT_TRANSLATE_NOOP("Config", "Bits per number. The network reads one bit of A and of B per time step, "
                                    "lowest bit first."),
        low=1, high=32, unit="bits")
    hidden: int = setting(
        16, QT_TRANSLATE_NOOP("Config", "Hidden units"),
        QT_TRANSLATE_NOOP("Config", "Hidden units: the size of the network's memory, the hidden state h."),
        low=1, high=512, unit="units")
    pairs: str = setting(
        "ordered", QT_TRANSLATE_NOOP("Config", "Pairs"),
        QT_TRANSLATE_NOOP("Config", "Which subtractions it trains and is tested on. 'Any' includes A < B, whose answer "
                                    "wraps around (two's complement), as a real arithmetic unit computes it."),
        choices=(("ordered", QT_TRANSLATE_NOOP("Config", "A ≥ B (as in the tutorial)")),
                 ("all", QT_TRANSLATE_NOOP("Config", "Any A, B (answer mod 2^bits, like a CPU)"))))
    b_range: str = setting(
        "full", QT_TRANSLATE_NOOP("Config", "B range"),
        QT_TRANSLATE_NOOP("Config", "The range B is drawn from during training (before A and B are swapped)."),
        choices=(("full", QT_TRANSLATE_NOOP("Config", "B up to 2^bits − 1")),
                 ("half", QT_TRANSLATE_NOOP("Config", "B below 2^(bits−1) (the revised tutorial)"))))
    seed: int = setting(
        0, QT_TRANSLATE_NOOP("Config", "Seed"),
        QT_TRANSLATE_NOOP("Config", "Random seed for the starting weights and the training pairs. "
                                    "The same seed gives the same run."),
        low=0, high=MAX_SEED)
    lr: float = setting(
        0.9, QT_TRANSLATE_NOOP("Config", "Learning rate"),
        QT_TRANSLATE_NOOP("Config", "How far each update moves the weights: W += learning rate × update. It can be changed "
                                    "while training and applies from the next iteration. Too large and the network "
                                    "saturates or diverges."),
        low=1e-6, high=1000.0, structural=False, group="training")
    batch: int = setting(
        1, QT_TRANSLATE_NOOP("Config", "Batch"),
        QT_TRANSLATE_NOOP("Config", "Samples whose updates are added up before the weights change once. 1 is the tutorial."),
        low=1, high=4096, unit="samples", group="training")
    iterations: int = setting(
        10_000, QT_TRANSLATE_NOOP("Config", "Iterations"),
        QT_TRANSLATE_NOOP("Config", "How many weight updates a run trains. After a run finishes, Start trains this many more."),
        low=0, high=1_000_000_000, unit="iterations", structural=False, group="training", in_model=False)

    def __post_init__(self):
        for name, s in SETTINGS.items():
            object.__setattr__(self, name, s.check(getattr(self, name)))

    def replace(self, **changes) -> Config:
        return replace(self, **changes)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Setting:
    """One Config field's declaration: what it is called, what it means, and which values it takes."""

    name: str  # the Config field, also the CLI option (--b-range), the settings key and the widget's objectName
    kind: type  # int, float or str
    default: object
    label: str  # what the window calls it (English; the window translates it)
    help: str  # one or two sentences: the CLI's help and the window's tooltip
    low: float | None  # inclusive range of numbers
    high: float | None
    choices: tuple  # ((value, label), ...) for str settings
    unit: str  # what one counts: "bits", "units", ...
    structural: bool  # changes the network's shape or data: locked while training, applied on Reset
    group: str  # "network" or "training": where the window shows it
    in_model: bool  # recorded in a model file's meta

    @property
    def values(self) -> tuple:
        return tuple(v for v, _ in self.choices)

    def check(self, value):
        """The value if it is allowed (ints stay ints; a float setting takes any real number), else ConfigError."""
        if self.choices:
            if value not in self.values:
                raise ConfigError(f"{self.name} must be one of {', '.join(self.values)}, got {value!r}", "choice",
                                  name=self.name, value=value, choices=self.values)
            return value
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
                raise ConfigError(f"{self.name} must be a whole number from {self.low:,} to {self.high:,}, got {value!r}",
                                  "range", name=self.name, value=value, low=self.low, high=self.high, whole=True)
            return int(value)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not self.low <= value <= self.high:
            raise ConfigError(f"{self.name} must be a number from {self.low:g} to {self.high:g}, got {value!r}",
                              "range", name=self.name, value=value, low=self.low, high=self.high, whole=False)
        return float(value)

    def parse(self, text: str):
        """A value from text (a command-line argument, a settings file): checked, or ConfigError."""
        text = str(text).strip()
        if self.kind is str:
            return self.check(text)
        try:
            value = int(text, 10) if self.kind is int else float(text)
        except ValueError:
            whole = self.kind is int
            what = "a whole number" if whole else "a number"
            raise ConfigError(f"{self.name} must be {what} from {self.low:,g} to {self.high:,g}, got {text!r}", "range",
                              name=self.name, value=text, low=self.low, high=self.high, whole=whole) from None
        try:
            return self.check(value)
        except ConfigError as e:  # name the value as it was written
            raise ConfigError(str(e).rsplit(", got ", 1)[0] + f", got {text}", e.kind, **{**e.params, "value": text}) from None

    def format(self, value) -> str:
        """The value as text that parse() reads back exactly (repr of a float is its shortest exact form)."""
        return repr(float(value)) if self.kind is float else str(value)


SETTINGS: dict[str, Setting] = {
    f.name: Setting(name=f.name, kind=type(f.default), default=f.default, **f.metadata["setting"]) for f in fields(Config)
}
STRUCTURAL = tuple(name for name, s in SETTINGS.items() if s.structural)
CELLS = SETTINGS["cell"].values  # elman: h_t = σ(x_t W0 + h_{t-1} Wh); notebook: σ(x_t W0) + h_{t-1} Wh, as written
PAIRS = SETTINGS["pairs"].values  # ordered: a >= b (the tutorial); all: any a, b, answer (a - b) mod 2^bits
B_RANGES = SETTINGS["b_range"].values  # full: b < 2^bits (the seed text); half: b < 2^(bits-1) (the revised code)


def check_lr(lr) -> float:
    """A learning rate within the declared range, as a float; ConfigError otherwise."""
    return SETTINGS["lr"].check(lr)


# The tutorial's revised code: elman cell, b < 128, a block printed every 800 iterations.
PRESETS = {
    "tutorial": (Config(b_range="half"), 800),
}
