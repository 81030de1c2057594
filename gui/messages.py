"""The engine's user errors and setting names, in the window's language.

rnnsub raises UserError subclasses with a `kind` and the values the sentence needs (`params`); this module
turns them into one sentence through Qt's translations. A kind it does not know falls back to the
engine's English sentence, so nothing is ever lost.
"""

from __future__ import annotations

import errno
import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from rnnsub.config import QT_TRANSLATE_NOOP, SETTINGS
from rnnsub.errors import ModelFileError, UserError


def label(name: str) -> str:
    """A setting's label as the window shows it ("Hidden units"), translated."""
    return QCoreApplication.translate("Config", SETTINGS[name].label) if name in SETTINGS else name


def help_text(name: str) -> str:
    return QCoreApplication.translate("Config", SETTINGS[name].help)


def choice_label(name: str, value: str) -> str:
    labels = dict(SETTINGS[name].choices)
    return QCoreApplication.translate("Config", labels[value]) if value in labels else str(value)


def setting_value(name: str, value) -> str:
    """A setting's value as the window shows it: a choice by its label, a number in the person's locale."""
    if SETTINGS[name].choices:
        return choice_label(name, value)
    return number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


# A run's short label from what differs between the runs (rnnsub.history.labels, whose English it is)
RUN_PARTS = {
    "cell": QT_TRANSLATE_NOOP("Messages", "{0} cell"),
    "bits": QT_TRANSLATE_NOOP("Messages", "bits {0}"),
    "hidden": QT_TRANSLATE_NOOP("Messages", "hidden {0}"),
    "pairs": QT_TRANSLATE_NOOP("Messages", "pairs {0}"),
    "b_range": QT_TRANSLATE_NOOP("Messages", "b range {0}"),
    "seed": QT_TRANSLATE_NOOP("Messages", "seed {0}"),
    "lr": QT_TRANSLATE_NOOP("Messages", "lr {0}"),
    "batch": QT_TRANSLATE_NOOP("Messages", "batch {0}"),
}
RUN_VALUES = {  # the short words for choices in a label (a cell keeps its name: elman, notebook)
    ("pairs", "ordered"): QT_TRANSLATE_NOOP("Messages", "ordered"),
    ("pairs", "all"): QT_TRANSLATE_NOOP("Messages", "all"),
    ("b_range", "full"): QT_TRANSLATE_NOOP("Messages", "full"),
    ("b_range", "half"): QT_TRANSLATE_NOOP("Messages", "half"),
}


def run_labels(runs) -> list[str]:
    """rnnsub.history.labels in the window's language: "lr 5", "notebook cell", "hidden 4, seed 3", "run 2"; a name
    the person gave as it is; the same label twice numbered, "lr 5 (1)", "lr 5 (2)"."""
    from rnnsub.history import labels, short_value

    def part(n, v):
        shown = _tr(RUN_VALUES[n, v]) if (n, v) in RUN_VALUES else v if isinstance(v, str) else short_value(v, n)
        return _tr(RUN_PARTS[n]).format(shown) if n in RUN_PARTS else f"{n} {shown}"

    return labels(runs, part, lambda i: _tr(QT_TRANSLATE_NOOP("Messages", "run {0}")).format(i),
                  _tr(QT_TRANSLATE_NOOP("Messages", ", ")))


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
    "too_large": lambda p: (  # one bit is the only singular: QT_TRANSLATE_NOOP has no plural forms
        QT_TRANSLATE_NOOP("Messages", "{0} = {1} does not fit in {2} bits (0 to {3}).") if p["bits"] != 1 else
        QT_TRANSLATE_NOOP("Messages", "{0} = {1} does not fit in 1 bit (0 or 1)."),
        (p["name"], p["text"], p["bits"], number(p["top"]))),
    "not_whole": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} = {1} is not a whole number."), (p["name"], p["text"])),
    "not_number": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "{0} = “{1}” is not a number: use decimal (42), binary (0b101010) or hex (0x2a)."),
        (p["name"], p["text"])),
    "write": lambda p: (QT_TRANSLATE_NOOP("Messages", "Cannot save {0} to {1}: {2}."),
                        (_saved_thing(p["what"]), p["path"], _reason(p))),
    "lr_changes": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "Run {0} changed its learning rate more often than an experiment file records "
                                      "({1} changes at most)."), (p["run"], number(p["limit"]))),
    "unit_range": lambda p: (QT_TRANSLATE_NOOP("Messages", "There is no hidden unit {0}: this model's units are 0 to {1}."),
                             (p["unit"], p["hidden"] - 1)),
    "clamp_value": lambda p: (QT_TRANSLATE_NOOP("Messages", "A unit can only be held at a finite number, not {0}."),
                              (p["value"],)),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


# the things atomic_write saves (its `what`), as the sentence "Cannot save {0} to {1}" names them
SAVED_THINGS = {
    "the model": QT_TRANSLATE_NOOP("Messages", "the model"),
    "the experiment": QT_TRANSLATE_NOOP("Messages", "the experiment"),
    "the curves": QT_TRANSLATE_NOOP("Messages", "the curves"),
    "the plot": QT_TRANSLATE_NOOP("Messages", "the plot"),
}


def _saved_thing(what: str) -> str:
    return _tr(SAVED_THINGS[what]) if what in SAVED_THINGS else what


# the operating system's reasons (e.strerror, in English) for the commonest faults, by errno, as Linux words them
OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Messages", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Messages", "Operation not permitted"),
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "Read-only file system"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Messages", "Disk quota exceeded"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Messages", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "Not a directory"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "File name too long"),
    errno.EIO: QT_TRANSLATE_NOOP("Messages", "Input/output error"),
}


def _reason(p: dict) -> str:
    """The operating system's reason for a failed read or write: translated where it is a common one, else (and
    in English) the system's own words."""
    known = OS_REASONS.get(p.get("errno"))
    translated = _tr(known) if known else None
    return translated if translated and translated != known else str(p.get("reason", ""))


def _size(n: int) -> str:
    """A size in bytes as people read it: 512 bytes, 2.2 MiB."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            return f"{number(n / scale, 1)} {unit}"
    return _tr(QT_TRANSLATE_NOOP("Messages", "{0} bytes")).format(number(n))


def _listing(items) -> str:
    return ", ".join(str(i) for i in items)


def _sentence(text: str) -> str:
    """A sentence used as a clause inside another: without its closing full stop."""
    return text.rstrip(".。")


def _setting_error(kind: str, params: dict) -> str:
    """A setting's fault recorded inside another (a model file's meta, a lesson), as its own sentence."""
    return user_message(UserError("", kind, **params))


# A model or experiment file (ModelFileError): the file is not one, or not a usable one, because of {reason}.
FILE_WHAT = {  # what: (not one, not a usable one)
    "model": (QT_TRANSLATE_NOOP("Messages", "{0} is not an rnnsub model: {1}."),
              QT_TRANSLATE_NOOP("Messages", "{0} is not a usable rnnsub model: {1}.")),
    "experiment": (QT_TRANSLATE_NOOP("Messages", "{0} is not an rnnsub experiment: {1}."),
                   QT_TRANSLATE_NOOP("Messages", "{0} is not a usable rnnsub experiment: {1}.")),
}
USABLE_KINDS = ("array", "meta")  # the file is one, but its contents cannot be used

_META = {
    "not_text": lambda p: (QT_TRANSLATE_NOOP("Messages", "its meta is not text"), ()),
    "not_json": lambda p: (QT_TRANSLATE_NOOP("Messages", "its meta is not JSON this program can read"), ()),
    "not_object": lambda p: (QT_TRANSLATE_NOOP("Messages", "its meta is not the description this program writes"), ()),
    "format": lambda p: (QT_TRANSLATE_NOOP("Messages", "its format version {0} is not one this program reads ({1})"),
                         (p["version"], p["supported"])),
    "missing": lambda p: (QT_TRANSLATE_NOOP("Messages", "its meta lacks “{0}”"), (label(p["key"]),)),
    "setting": lambda p: (QT_TRANSLATE_NOOP("Messages", "the settings it records are wrong: {0}"),
                          (_sentence(_setting_error(p["error"], p["error_params"])),)),
    "iterations": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "the iterations it records must be a whole number from 0 to {0}, not {1}"),
        (number(p["high"]), p["value"])),
    "accuracy": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "the accuracy it records must be a fraction from 0 to 1 or none, not {0}"),
        (p["value"],)),
    "runs": lambda p: (QT_TRANSLATE_NOOP("Messages", "its list of runs is missing, empty or too long"), ()),
    "run": lambda p: (QT_TRANSLATE_NOOP("Messages", "the record of run {0} is wrong at “{1}”"), (p["run"], p["key"])),
}

_ARRAY = {
    "not_finite": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} contains NaN or infinite values"), (p["member"],)),
    "dtype": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} holds {1} values; weights are floating-point numbers of at "
                                                      "most 64 bits"), (p["member"], p["dtype"])),
    "shape": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} has shape {1}, not {2}"),
                        (p["member"], p["shape"], p["expected"])),
    "values": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} holds values no curve has"), (p["member"],)),
}


def _members(p):
    if p["found"] is None:
        return QT_TRANSLATE_NOOP("Messages", "it holds too many zip entries"), ()
    if not p["found"]:
        return QT_TRANSLATE_NOOP("Messages", "it holds nothing instead of {0}"), (_listing(p["expected"]),)
    return QT_TRANSLATE_NOOP("Messages", "it holds {0} instead of {1}"), (_listing(p["found"]), _listing(p["expected"]))


# kind -> (p -> (the reason, as a clause, and its values))
FILE_REASONS = {
    "file_too_large": lambda p: (QT_TRANSLATE_NOOP("Messages", "it is {0}, and such a file is never more than {1}"),
                                 (_size(p["size"]), _size(p["limit"]))),
    "empty_file": lambda p: (QT_TRANSLATE_NOOP("Messages", "it is empty"), ()),
    "not_zip": lambda p: (QT_TRANSLATE_NOOP("Messages", "it is not a zip archive (an .npz file is one)"), ()),
    "single_array": lambda p: (QT_TRANSLATE_NOOP("Messages", "it holds a single array"), ()),
    "is_experiment": lambda p: (QT_TRANSLATE_NOOP("Messages", "it is an rnnsub experiment (open it in the window, or "
                                                              "retrain its runs with main.py replay)"), ()),
    "members": _members,
    "member_too_large": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "{0} would unpack to {1}, and in such a file it is at most {2}"),
        (p["member"], _size(p["size"]), _size(p["limit"]))),
    "encrypted": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} is encrypted"), (p["member"],)),
    "compression": lambda p: (
        QT_TRANSLATE_NOOP("Messages", "{0} is compressed with a method this program does not read (zip method {1})"),
        (p["member"], p["method"])),
    "header": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} is not a .npy array"), (p["member"],)),
    "pickled": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} holds pickled Python objects, which are never loaded"),
                          (p["member"],)),
    "sizes": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} is {1}, but its header describes {2}"),
                        (p["member"], _size(p["size"]), _size(p["expected"]))),
    "damaged": lambda p: (QT_TRANSLATE_NOOP("Messages", "it is damaged or cut short"), ()),
    "array": lambda p: _ARRAY[p["problem"]](p),
    "meta": lambda p: _META[p["problem"]](p),
}

FILE_SENTENCES = {
    "not_found": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} does not exist."), (p["path"],)),
    "permission": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} cannot be read (permission denied)."), (p["path"],)),
    "unreadable": lambda p: (QT_TRANSLATE_NOOP("Messages", "{0} cannot be read ({1})."), (p["path"], _reason(p))),
    "folder": lambda p: ({"model": QT_TRANSLATE_NOOP("Messages", "{0} is a folder, not a model file."),
                          "experiment": QT_TRANSLATE_NOOP("Messages", "{0} is a folder, not an experiment file.")}
                         [p["what"]], (p["path"],)),
    "not_file": lambda p: (
        {"model": QT_TRANSLATE_NOOP("Messages", "{0} is not a regular file, so it cannot be a model file."),
         "experiment": QT_TRANSLATE_NOOP("Messages", "{0} is not a regular file, so it cannot be an experiment file.")}
        [p["what"]], (p["path"],)),
}


def _file_sentence(p: dict, kind: str):
    if kind in FILE_SENTENCES:
        return FILE_SENTENCES[kind](p)
    lead = FILE_WHAT[p["what"]][kind in USABLE_KINDS]
    reason, values = FILE_REASONS[kind](p)
    return lead, (p["file"], _tr(reason).format(*values))


# what a value in a file is, as rnnsub.lesson names it ("a whole number", "text", ...)
TYPE_WORDS = {
    "text": QT_TRANSLATE_NOOP("Messages", "text"),
    "a whole number": QT_TRANSLATE_NOOP("Messages", "a whole number"),
    "a number": QT_TRANSLATE_NOOP("Messages", "a number"),
    "a list": QT_TRANSLATE_NOOP("Messages", "a list"),
    "a table": QT_TRANSLATE_NOOP("Messages", "a table"),
    "true/false": QT_TRANSLATE_NOOP("Messages", "true/false"),
    "a date or time": QT_TRANSLATE_NOOP("Messages", "a date or time"),
}


def type_word(text) -> str:
    """The kind of a value ("a whole number") in the window's language."""
    return _tr(TYPE_WORDS[text]) if text in TYPE_WORDS else str(text)


def _table(e: UserError) -> dict:
    """The sentences for e's kind: a model file's kinds and the others share names ("empty")."""
    if isinstance(e, ModelFileError) and e.kind != "write" and e.kind != "lr_changes":
        return {k: (lambda p, k=k: _file_sentence(p, k)) for k in (*FILE_SENTENCES, *FILE_REASONS)}
    return SENTENCES


def user_message(e: UserError) -> str:
    """One sentence for the person, in their language (the engine's English sentence for a kind not listed)."""
    if type(e).__name__ == "LessonError":  # a lesson file's faults have their sentences beside the lessons
        from .lessons import lesson_message

        return lesson_message(e)
    make = _table(e).get(e.kind)
    if make is None:
        return str(e)
    try:
        text, values = make(e.params)
    except (KeyError, IndexError, TypeError):  # raised without the values its sentence needs: say what the engine said
        return str(e)
    return _tr(text).format(*values)

# Texts of Qt's file dialog and of pyqtgraph's own menus and dialogs (a plot's right-click menu, its Plot Options
# and Export…) that no translation shipped with them has: named here, in their own contexts, so that lupdate
# collects them into rnnsub's .ts and the Chinese window shows them in Chinese too. (Qt 6.11's file dialog says
# "&Look in:", its Chinese translation knows only "Look in:"; pyqtgraph ships no translations.)
THIRD_PARTY_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("ViewBox", "ViewBox options"),
    QT_TRANSLATE_NOOP("ViewBox", "View All"),
    QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
    QT_TRANSLATE_NOOP("ViewBox", "3 button"),
    QT_TRANSLATE_NOOP("ViewBox", "1 button"),
    QT_TRANSLATE_NOOP("ViewBox", "axis"),
    QT_TRANSLATE_NOOP("Form", "Link Axis:"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Links this axis with another view. When linked, both views"
                              " will display the same data range.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Percent of data to be visible when auto-scaling. It may be"
                              " useful to decrease this value for data with spiky noise.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Automatically resize this axis whenever the displayed data"
                              " is changed.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "Auto"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Set the range for this axis manually. This disables "
                              "automatic scaling. </p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "Manual"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Minimum value to display for this axis.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Maximum value to display for this axis.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Inverts the display of this axis. (+y points downward "
                              "instead of upward)</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "Invert Axis"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>Enables mouse interaction (panning, scaling) for this "
                              "axis.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "Mouse Enabled"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>When checked, the axis will only auto-scale to data that "
                              "is visible along the orthogonal axis.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "Visible Data Only"),
    QT_TRANSLATE_NOOP("Form", "<html><head/><body><p>When checked, the axis will automatically pan to center on"
                              " the current data, but the scale along this axis will not "
                              "change.</p></body></html>"),
    QT_TRANSLATE_NOOP("Form", "Auto Pan Only"),
    QT_TRANSLATE_NOOP("PlotItem", "Plot Options"),
    QT_TRANSLATE_NOOP("PlotItem", "Transforms"),
    QT_TRANSLATE_NOOP("PlotItem", "Downsample"),
    QT_TRANSLATE_NOOP("PlotItem", "Average"),
    QT_TRANSLATE_NOOP("PlotItem", "Alpha"),
    QT_TRANSLATE_NOOP("PlotItem", "Grid"),
    QT_TRANSLATE_NOOP("PlotItem", "Points"),
    QT_TRANSLATE_NOOP("Form", "Display averages of the curves displayed in this plot. The parameter list allows"
                              " you to choose parameters to average over (if any are available)."),
    QT_TRANSLATE_NOOP("Form", "Average"),
    QT_TRANSLATE_NOOP("Form", "Plot only the portion of each curve that is visible. This assumes X values are "
                              "uniformly spaced."),
    QT_TRANSLATE_NOOP("Form", "Clip to View"),
    QT_TRANSLATE_NOOP("Form", "If multiple curves are displayed in this plot, check this box to limit the "
                              "number of traces that are displayed."),
    QT_TRANSLATE_NOOP("Form", "Max Traces:"),
    QT_TRANSLATE_NOOP("Form", "Downsample"),
    QT_TRANSLATE_NOOP("Form", "Downsample by drawing a saw wave that follows the min and max of the original "
                              "data. This method produces the best visual representation of the data but is "
                              "slower."),
    QT_TRANSLATE_NOOP("Form", "Peak"),
    QT_TRANSLATE_NOOP("Form", "If multiple curves are displayed in this plot, check \"Max Traces\" and set this "
                              "value to limit the number of traces that are displayed."),
    QT_TRANSLATE_NOOP("Form", "If MaxTraces is checked, remove curves from memory after they are hidden (saves "
                              "memory, but traces can not be un-hidden)."),
    QT_TRANSLATE_NOOP("Form", "Forget hidden traces"),
    QT_TRANSLATE_NOOP("Form", "Downsample by taking the mean of N samples."),
    QT_TRANSLATE_NOOP("Form", "Mean"),
    QT_TRANSLATE_NOOP("Form", "Downsample by taking the first of N samples. This method is fastest and least "
                              "accurate."),
    QT_TRANSLATE_NOOP("Form", "Subsample"),
    QT_TRANSLATE_NOOP("Form", "Automatically downsample data based on the visible range. This assumes X values "
                              "are uniformly spaced."),
    QT_TRANSLATE_NOOP("Form", "Downsample data before plotting. (plot every Nth sample)"),
    QT_TRANSLATE_NOOP("Form", "Log X"),
    QT_TRANSLATE_NOOP("Form", "dy/dx"),
    QT_TRANSLATE_NOOP("Form", "Y vs. Y'"),
    QT_TRANSLATE_NOOP("Form", "Power Spectrum (FFT)"),
    QT_TRANSLATE_NOOP("Form", "Log Y"),
    QT_TRANSLATE_NOOP("Form", "Subtract Mean"),
    QT_TRANSLATE_NOOP("Form", "Points"),
    QT_TRANSLATE_NOOP("Form", "Show X Grid"),
    QT_TRANSLATE_NOOP("Form", "Show Y Grid"),
    QT_TRANSLATE_NOOP("Form", "Opacity"),
    QT_TRANSLATE_NOOP("Form", "Alpha"),
    QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),
    QT_TRANSLATE_NOOP("Form", "Export"),
    QT_TRANSLATE_NOOP("Form", "Item to export:"),
    QT_TRANSLATE_NOOP("Form", "Export format"),
    QT_TRANSLATE_NOOP("Form", "Close"),
    QT_TRANSLATE_NOOP("Form", "Export options"),
    QT_TRANSLATE_NOOP("Form", "Copy"),
)
