"""The engine's user errors and setting names, in the window's language.

rnnsub raises UserError subclasses with a `kind` and the values the sentence needs (`params`); this module
turns them into one sentence through Qt's translations. A kind it does not know falls back to the
engine's English sentence, so nothing is ever lost.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from rnnsub.config import SETTINGS
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
    if isinstance(value, (bool, str)) or not isinstance(value, (int, float, np.integer, np.floating)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        return locale.toString(int(value))
    value = float(value)
    if not math.isfinite(value):
        return "?"
    if decimals is not None:
        return locale.toString(value, "f", decimals)
    if value.is_integer() and abs(value) < 2**53:
        return locale.toString(int(value))
    return np.format_float_positional(value, trim="-").replace(".", locale.decimalPoint())


def user_message(e: UserError) -> str:
    """One sentence for the person, in their language."""
    p, kind, tr = e.params, e.kind, QCoreApplication.translate
    if kind == "range":
        what = label(p["name"])
        if p.get("whole"):
            return tr("Messages", "{0} must be a whole number from {1} to {2}, not {3}.").format(
                what, number(p["low"]), number(p["high"]), p["value"])
        return tr("Messages", "{0} must be a number from {1} to {2}, not {3}.").format(
            what, number(p["low"]), number(p["high"]), p["value"])
    if kind == "choice":
        return tr("Messages", "{0} cannot be “{1}”: choose one of {2}.").format(
            label(p["name"]), p["value"], ", ".join(choice_label(p["name"], v) for v in p["choices"]))
    if kind == "sweep_size":
        return tr("Messages", "A sweep trains 1 to {0} models; this one asks for {1}.").format(p["most"], number(p["count"]))
    if kind == "seeds_syntax":
        return tr("Messages", "Seeds: “{0}” is not a seed or a range such as 0-31.").format(p["part"])
    if kind == "seeds_empty_range":
        return tr("Messages", "Seeds: the range {0}-{1} is empty; write the smaller seed first.").format(p["low"], p["high"])
    if kind == "seeds_none":
        return tr("Messages", "Seeds: give at least one seed, such as 0-31.")
    if kind == "list_empty":
        return tr("Messages", "{0}: give at least one value.").format(p["name"])
    if kind == "list_empty_item":
        return tr("Messages", "{0}: a value is missing in “{1}” (two separators in a row, or one at the end).").format(
            p["name"], p["text"])
    if kind == "sweep_no_cell":
        return tr("Messages", "Choose at least one cell.")
    if kind == "list_not_number":
        if p.get("whole"):
            return tr("Messages", "{0}: every value must be a whole number (“{1}”).").format(p["name"], p["text"])
        return tr("Messages", "{0}: every value must be a number (“{1}”).").format(p["name"], p["text"])
    if kind == "empty":
        return tr("Messages", "{0} is empty: type a number such as 42, 0b101010 or 0x2a.").format(p["name"])
    if kind == "negative":
        return tr("Messages", "{0} is negative: only 0 to {1} are allowed.").format(p["name"], number(p["top"]))
    if kind == "too_large":
        return tr("Messages", "{0} = {1} does not fit in {2} bits (0 to {3}).").format(
            p["name"], p["text"], p["bits"], number(p["top"]))
    if kind == "not_whole":
        return tr("Messages", "{0} = {1} is not a whole number.").format(p["name"], p["text"])
    if kind == "not_number":
        return tr("Messages", "{0} = “{1}” is not a number: use decimal (42), binary (0b101010) or hex (0x2a).").format(
            p["name"], p["text"])
    if kind == "write":
        return tr("Messages", "Cannot save {0} to {1}: {2}.").format(p["what"], p["path"], p["reason"])
    return str(e)
