"""The engine's user errors and setting names, in the window's language.

rnnsub raises UserError subclasses with a `kind` and the values the sentence needs (`params`); this module
turns them into one sentence through Qt's translations. A kind it does not know falls back to the
engine's English sentence, so nothing is ever lost.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from rnnsub.config import QT_TRANSLATE_NOOP, SETTINGS
from rnnsub.errors import UserError


def label(name: str) -> str:
    """A setting's label as the window shows it ("Hidden units"), translated."""
    return QCoreApplication.translate("Config", SETTINGS[name].label) if name in SETTINGS else name


def help_text(name: str) -> str:
    return QCoreApplication.translate("Config", SETTINGS[name].help)


def choice_label(name: str, value: str) -> str:
    labels = dict(SETTINGS[name].choices)
    return QCoreApplication.translate("Config", labels[value]) if value in labels else str(value)


def number(value, decimals: int | None = None) -> str:
    """A number as the person's locale writes it (10,000 or 10.000; 0.5 or 0,5): whole numbers grouped, other
    numbers with `decimals` places, or else the shortest decimal that is exactly the value."""
    locale = QLocale()
    # grouped like the spin boxes (setGroupSeparatorShown), also in the C locale, which omits groups by default
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, (bool, str)) or not isinstance(value, (int, float, np.integer, np.floating)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        if abs(int(value)) >= 2**63:  # beyond Qt's 64-bit integers (a 128-bit operand): grouped here
            return f"{int(value):,}".replace(",", locale.groupSeparator())
        return locale.toString(int(value))
    value = float(value)
    if not math.isfinite(value):
        return "?"
    if decimals is not None:
        return locale.toString(value, "f", decimals)
    if value.is_integer() and abs(value) < 2**53:
        return locale.toString(int(value))
    return np.format_float_positional(value, trim="-").replace(".", locale.decimalPoint())


def _range(p):
    whole = p.get("whole")
    return (QT_TRANSLATE_NOOP("Messages", "{0} must be a whole number from {1} to {2}, not {3}.") if whole else
            QT_TRANSLATE_NOOP("Messages", "{0} must be a number from {1} to {2}, not {3}."),
            (label(p["name"]), number(p["low"]), number(p["high"]), p["value"]))


# kind -> (p -> (sentence, its values)): every kind of UserError the window can meet
SENTENCES = {
    "range": _range,
    "choice": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} cannot be “{1}”: choose one of {2}."),
                         (label(p["name"]), p["value"], ", ".join(choice_label(p["name"], v) for v in p["choices"]))),
    "sweep_size": lambda p: (QT_TRANSLATE_NOOP("Messages", "A sweep trains 1 to {0} models; this one asks for {1}."),
                             (number(p["most"]), number(p["count"]))),
    "seeds_syntax": lambda p: (QT_TRANSLATE_NOOP("Messages", "Seeds: “{0}” is not a seed or a range such as 0-31."),
                               (p["part"],)),
    "seeds_empty_range": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "Seeds: the range {0}-{1} is empty; write the smaller seed first."),
        (p["low"], p["high"])),
    "seeds_none": lambda p: (QT_TRANSLATE_NOOP("Messages", "Seeds: give at least one seed, such as 0-31."), ()),
    "sweep_no_cell": lambda p: (QT_TRANSLATE_NOOP("Messages", "Choose at least one cell."), ()),
    "list_empty": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0}: give at least one value."), (p["name"],)),
    "list_empty_item": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "{0}: a value is missing in “{1}” (two separators in a row, or one at the end)."),
        (p["name"], p["text"])),
    "list_not_number": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "{0}: “{1}” is not a whole number (separate values with spaces or ';').")
        if p.get("whole") else
        QT_TRANSLATE_NOOP("Messages", "{0}: “{1}” is not a number (separate values with spaces or ';')."),
        (p["name"], p["item"])),
    "empty": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} is empty: type a number such as 42, 0b101010 or 0x2a."),
                        (p["name"],)),
    "negative": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} is negative: only 0 to {1} are allowed."),
                           (p["name"], number(p["top"]))),
    "too_large": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} = {1} does not fit in {2} bits (0 to {3})."),
                            (p["name"], p["text"], p["bits"], number(p["top"]))),
    "not_whole": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} = {1} is not a whole number."), (p["name"], p["text"])),
    "not_number": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "{0} = “{1}” is not a number: use decimal (42), binary (0b101010) or hex (0x2a)."),
        (p["name"], p["text"])),
    "write": lambda p: (QT_TRANSLATE_NOOP("Messages", "Cannot save {0} to {1}: {2}."), (p["what"], p["path"], p["reason"])),
    "unit_range": lambda p: (QT_TRANSLATE_NOOP("Messages", "There is no hidden unit {0}: this model's units are 0 to {1}."),
                             (p["unit"], p["hidden"] - 1)),
    "clamp_value": lambda p: (QT_TRANSLATE_NOOP("Messages", "A unit can only be held at a finite number, not {0}."),
                              (p["value"],)),
}


def user_message(e: UserError) -> str:
    """One sentence for the person, in their language (the engine's English sentence for a kind not listed)."""
    make = SENTENCES.get(e.kind)
    if make is None:
        return str(e)
    try:
        text, values = make(e.params)
    except KeyError:  # a kind raised without the values its sentence needs: say what the engine said
        return str(e)
    return QCoreApplication.translate("Messages", text).format(*values)
