"""Lessons: a small text file that sets the window up for one exercise and says what to do and what to look for.

A lesson is a UTF-8 file named *.lesson, written in TOML (https://toml.io). A complete one:

    format = 1                      # optional; the only version there is

    [settings]                      # any training setting, by the name `main.py train --help` shows it with
    cell = "notebook"               # (b_range for --b-range); the rest keep their defaults, so a lesson always
    iterations = 10000              # starts from the same place, whatever the window had before

    [controls]
    hidden = ["pairs", "b_range"]   # settings whose controls are not shown during the lesson
    locked = ["cell"]               # settings shown but not changeable during the lesson

    [actions]                       # all optional, done in this order once the settings apply:
    speed = 300                     # iterations per second (the nearest speed offered, not above it); default 0: full
    operands = [200, 73]            # A and B on the Operands tab (whole numbers that fit operand_bits or `bits`)
    operand_bits = 8                # the length they are shown at (1 to 128; default: the lesson's bits)
    tab = "inside"                  # the tab shown: operands, inside, steps, how, weights, runs, knockout
    [actions.sweep]                 # open Training → Sweep with these values filled in (the person presses Start)
    seeds = "0-15"                  # as typed in the dialog
    hiddens = [2, 4]
    lrs = [0.9]
    cells = ["elman"]
    iterations = 20000

    [en]                            # the texts, per language: en, zh
    title = "The notebook's formula"
    question = "Why does the notebook's network never learn?"
    steps = ["Press Start.", "Open the Inside tab and look at the largest |h|."]
    look_for = "The hidden state grows at every step; the error stays flat."

    [zh]
    title = "笔记本里的公式"
    question = "为什么笔记本里的网络学不会?"
    steps = ["按“开始”。", "打开“网络内部”标签页,看 |h| 的最大值。"]
    look_for = "隐藏状态每一步都在变大,误差却一直不降。"

Languages: at least one of [en] and [zh], and each one given complete (title, question, at least one step,
look_for). A window in a language the lesson lacks shows the other one (lesson.text(language) picks).

Loading is bounded and checked like a model file (rnnsub.modelfile): a regular file of at most MAX_BYTES, UTF-8
(a leading byte-order mark is allowed), no NUL or other control characters, valid TOML; every key known (a typo
is refused, never ignored), every value of its type and within its bounds, settings through their declarations
(rnnsub.config.SETTINGS). Anything wrong is a LessonError: one sentence, with a `kind` and `params` the window
translates; the first fault found is the one reported.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib  # Python 3.11 and later
from dataclasses import dataclass, field
from pathlib import Path

from .config import SETTINGS, Config
from .errors import ConfigError, UserError
from .sweep import MAX_MODELS, parse_seeds

__all__ = ["Lesson", "LessonText", "LessonError", "load_lesson", "loads_lesson", "dumps_lesson", "lesson_files",
           "builtin_lessons", "LANGUAGES", "TABS", "MAX_BYTES", "SUFFIX"]

SUFFIX = ".lesson"
FORMAT_VERSION = 1
MAX_BYTES = 64 * 2**10  # a lesson is a few kilobytes of text
LANGUAGES = ("en", "zh")
TABS = ("operands", "inside", "steps", "how", "weights", "runs", "knockout")  # the window's tabs, by name
MAX_TITLE = 120  # characters
MAX_TEXT = 2000  # characters of a question, a step or what to look for
MAX_STEPS = 20
MAX_OPERAND_BITS = 128  # the Operands tab's longest numbers
MAX_SPEED = 1_000_000  # iterations per second; 0 is full speed

TOP_KEYS = ("format", "settings", "controls", "actions", *LANGUAGES)
CONTROL_KEYS = ("hidden", "locked")
ACTION_KEYS = ("speed", "operands", "operand_bits", "tab", "sweep")
SWEEP_KEYS = ("seeds", "hiddens", "lrs", "cells", "iterations")
TEXT_KEYS = ("title", "question", "steps", "look_for")


class LessonError(UserError):
    """A lesson file that cannot be used. params always has `file` (its name); the rest depend on `kind`:
    not_found, folder, not_file, unreadable (reason), too_large (size, limit), empty, not_utf8 (line),
    binary (line), syntax (line, reason), unknown_key (key, where, known), wrong_type (key, expected, found),
    missing (key), setting (name, error: the ConfigError), control (key, name), tab (value), speed (value),
    operands (value, bits), operand_bits (value), sweep (key, error: a UserError or None, detail),
    too_long (key, limit), too_many_steps (limit), format (value)."""

    def __init__(self, message: str, kind: str, **params):
        super().__init__(message, kind, **params)


@dataclass(frozen=True)
class LessonText:
    """A lesson's texts in one language."""

    title: str
    question: str
    steps: tuple[str, ...]
    look_for: str


@dataclass(frozen=True)
class Lesson:
    texts: dict  # language ("en", "zh") -> LessonText, for each language the file gives
    settings: dict = field(default_factory=dict)  # setting name -> checked value, only those the file names
    hidden: tuple[str, ...] = ()  # settings whose controls are hidden
    locked: tuple[str, ...] = ()  # settings whose controls are shown but disabled
    speed: int | None = None  # iterations per second; 0 or None: full speed
    operands: tuple[int, int] | None = None
    operand_bits: int | None = None
    tab: str | None = None
    sweep: dict | None = None  # seeds (str), hiddens, lrs, cells (lists), iterations (int): whichever are given
    path: str | None = None  # where it was loaded from

    @property
    def config(self) -> Config:
        """The settings the lesson trains with: its own, and the defaults for the rest."""
        return Config(**self.settings)

    def text(self, language: str) -> LessonText:
        """The texts in `language`, or in the other language when the lesson lacks it."""
        if language in self.texts:
            return self.texts[language]
        return next(self.texts[lang] for lang in LANGUAGES if lang in self.texts)


def load_lesson(path) -> Lesson:
    """Read and check a lesson file; a LessonError with one sentence for the first thing wrong."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LessonError(f"{path} does not exist", "not_found", file=name, path=path) from None
    except OSError as e:
        raise _unreadable(name, path, e) from None
    if stat.S_ISDIR(st.st_mode):
        raise LessonError(f"{path} is a folder, not a lesson file", "folder", file=name, path=path)
    if not stat.S_ISREG(st.st_mode):  # a pipe or a device: reading it could block or never end
        raise LessonError(f"{path} is not a regular file, so it cannot be a lesson", "not_file", file=name, path=path)
    if st.st_size > MAX_BYTES:
        raise LessonError(f"{name} is not a lesson: it is {st.st_size:,} bytes, and a lesson file is at most "
                          f"{MAX_BYTES:,}", "too_large", file=name, size=st.st_size, limit=MAX_BYTES)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # the file may have grown since stat
    except OSError as e:
        raise _unreadable(name, path, e) from None
    if len(data) > MAX_BYTES:
        raise LessonError(f"{name} is not a lesson: it is more than {MAX_BYTES:,} bytes, the most a lesson file is",
                          "too_large", file=name, size=len(data), limit=MAX_BYTES)
    return loads_lesson(data, name, path)


def _unreadable(name: str, path: str, e: OSError) -> LessonError:
    reason = e.strerror or str(e)
    return LessonError(f"{path} cannot be read ({reason})", "unreadable", file=name, path=path, reason=reason)


def loads_lesson(data: bytes | str, name: str = "the lesson", path: str | None = None) -> Lesson:
    """A lesson from its file's bytes (or text); `name` is the file's name for the sentences."""
    if isinstance(data, bytes):
        if not data.strip():
            raise LessonError(f"{name} is empty", "empty", file=name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise LessonError(f"{name} is not a lesson: it is not UTF-8 text (line {line})", "not_utf8", file=name,
                              line=line) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")  # the byte-order mark some editors write
    if not text.strip():
        raise LessonError(f"{name} is empty", "empty", file=name)
    bad = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)  # tab, newline and carriage return are text
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise LessonError(f"{name} is not a lesson: it holds binary data (line {line})", "binary", file=name, line=line)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        m = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", message)
        line = int(m[1]) if m and m[1] else text.count("\n") + 1
        reason = message[: m.start()].strip() if m else message
        raise LessonError(f"{name} is not valid TOML: line {line}: {reason}", "syntax", file=name, line=line,
                          reason=reason) from None
    return _lesson(doc, name, path)


def _lesson(doc: dict, name: str, path: str | None) -> Lesson:
    check = _Checker(name)
    check.keys(doc, TOP_KEYS, "")
    if "format" in doc:
        version = doc["format"]
        if version != FORMAT_VERSION or isinstance(version, bool):
            raise LessonError(f"{name}: format {_clip(repr(version))} is not one this program reads ({FORMAT_VERSION})",
                              "format", file=name, value=_clip(repr(version)), supported=FORMAT_VERSION)

    settings = {}
    raw = check.table(doc, "settings")
    check.keys(raw, tuple(SETTINGS), "settings")
    for key, value in raw.items():
        s = SETTINGS[key]
        check.kind(value, s.kind, f"settings.{key}")  # a whole number is a number: lr = 1 is lr = 1.0
        try:
            settings[key] = s.check(value)
        except ConfigError as e:
            raise LessonError(f"{name}: {_labelled(e, key)}", "setting", file=name, name=key, error=e) from None
    config = Config(**settings)

    controls = check.table(doc, "controls")
    check.keys(controls, CONTROL_KEYS, "controls")
    hidden, locked = (tuple(check.names(controls, key)) for key in CONTROL_KEYS)

    actions = check.table(doc, "actions")
    check.keys(actions, ACTION_KEYS, "actions")
    speed = actions.get("speed")
    if speed is not None:
        check.kind(speed, int, "actions.speed")
        if not 0 <= speed <= MAX_SPEED:
            raise LessonError(f"{name}: actions.speed must be 0 (full speed) or 1 to {MAX_SPEED:,} iterations per "
                              f"second, not {speed}", "speed", file=name, value=speed, high=MAX_SPEED)
    operand_bits = actions.get("operand_bits")
    if operand_bits is not None:
        check.kind(operand_bits, int, "actions.operand_bits")
        if not 1 <= operand_bits <= MAX_OPERAND_BITS:
            raise LessonError(f"{name}: actions.operand_bits must be 1 to {MAX_OPERAND_BITS}, not {operand_bits}",
                              "operand_bits", file=name, value=operand_bits, high=MAX_OPERAND_BITS)
    operands = actions.get("operands")
    if operands is not None:
        check.kind(operands, list, "actions.operands")
        bits = operand_bits or config.bits
        if len(operands) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**bits
                                         for v in operands):
            raise LessonError(f"{name}: actions.operands must be two whole numbers from 0 to 2^{bits} − 1 (A and B), "
                              f"not {_clip(operands)}", "operands", file=name, value=_clip(operands), bits=bits)
        operands = (operands[0], operands[1])
    tab = actions.get("tab")
    if tab is not None:
        check.kind(tab, str, "actions.tab")
        if tab not in TABS:
            raise LessonError(f"{name}: actions.tab cannot be {_clip(repr(tab))}: choose one of {', '.join(TABS)}",
                              "tab", file=name, value=_clip(tab), choices=TABS)
    sweep = None
    if "sweep" in actions:
        sweep = _sweep(check, check.table(actions, "sweep", "actions.sweep"), config)

    texts = {}
    for lang in LANGUAGES:
        if lang in doc:
            texts[lang] = _text(check, check.table(doc, lang), lang)
    if not texts:
        raise LessonError(f"{name}: a lesson needs its texts in [en] or [zh] (title, question, steps, look_for)",
                          "missing", file=name, key="en")
    return Lesson(texts=texts, settings=settings, hidden=hidden, locked=locked, speed=speed, operands=operands,
                  operand_bits=operand_bits, tab=tab, sweep=sweep, path=path)


def _sweep(check: _Checker, raw: dict, config: Config) -> dict:
    name = check.name
    check.keys(raw, SWEEP_KEYS, "actions.sweep")
    sweep = {}
    if "seeds" in raw:
        check.kind(raw["seeds"], str, "actions.sweep.seeds")
        try:
            parse_seeds(raw["seeds"])
        except UserError as e:
            raise LessonError(f"{name}: actions.sweep.seeds: {e}", "sweep", file=name, key="seeds", error=e) from None
        sweep["seeds"] = raw["seeds"]
    for key, setting in (("hiddens", "hidden"), ("lrs", "lr"), ("cells", "cell")):
        if key not in raw:
            continue
        values = check.kind(raw[key], list, f"actions.sweep.{key}")
        if not values:
            raise LessonError(f"{name}: actions.sweep.{key} is empty: give at least one value", "sweep", file=name,
                              key=key, error=None, detail="empty")
        s = SETTINGS[setting]
        checked = []
        for v in values:
            check.kind(v, s.kind, f"actions.sweep.{key}")
            try:
                checked.append(s.check(v))
            except ConfigError as e:
                raise LessonError(f"{name}: actions.sweep.{key}: {_labelled(e, setting)}", "setting", file=name,
                                  name=setting, error=e) from None
        sweep[key] = checked
    if "iterations" in raw:
        check.kind(raw["iterations"], int, "actions.sweep.iterations")
        try:
            sweep["iterations"] = SETTINGS["iterations"].check(raw["iterations"])
        except ConfigError as e:
            raise LessonError(f"{name}: actions.sweep.iterations: {_labelled(e, 'iterations')}", "setting", file=name,
                              name="iterations", error=e) from None
    count = (len(parse_seeds(sweep["seeds"])) if "seeds" in sweep else 16) * len(sweep.get("hiddens", [0])) \
        * len(sweep.get("lrs", [0])) * len(sweep.get("cells", [0]))
    if count > MAX_MODELS:
        raise LessonError(f"{name}: actions.sweep asks for {count:,} models; a sweep trains at most {MAX_MODELS}",
                          "sweep", file=name, key="size", error=None, detail="size", count=count, most=MAX_MODELS)
    return sweep


def _text(check: _Checker, raw: dict, lang: str) -> LessonText:
    check.keys(raw, TEXT_KEYS, lang)
    values = {}
    for key in TEXT_KEYS:
        where = f"{lang}.{key}"
        if key not in raw:
            raise LessonError(f"{check.name}: {where} is missing", "missing", file=check.name, key=where)
        if key == "steps":
            steps = check.kind(raw[key], list, where)
            if len(steps) > MAX_STEPS:
                raise LessonError(f"{check.name}: {where} has {len(steps)} steps; a lesson has at most {MAX_STEPS}",
                                  "too_many_steps", file=check.name, key=where, limit=MAX_STEPS)
            values[key] = tuple(check.words(s, where, MAX_TEXT) for s in steps)
            if not values[key]:
                raise LessonError(f"{check.name}: {where} is empty: give at least one step", "missing",
                                  file=check.name, key=where)
        else:
            values[key] = check.words(raw[key], where, MAX_TITLE if key == "title" else MAX_TEXT)
    return LessonText(**values)


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", list: "a list", dict: "a table"}


def _type_name(value) -> str:
    for kind, text in ((bool, "true/false"), (str, "text"), (int, "a whole number"), (float, "a number"),
                       (list, "a list"), (dict, "a table")):
        if isinstance(value, kind):
            return text
    return "a date or time"


class _Checker:
    """Checks on parts of one file, each raising a LessonError that names the file and the key."""

    def __init__(self, name: str):
        self.name = name

    def keys(self, table: dict, known: tuple, where: str):
        for key in table:
            if key not in known:
                full = f"{where}.{key}" if where else key
                place = f"in [{where}]" if where else "at the top"
                raise LessonError(f"{self.name}: unknown key {_clip(full)} {place} (known: {', '.join(known)})",
                                  "unknown_key", file=self.name, key=_clip(full), where=where, known=known)

    def kind(self, value, kind: type, key: str):
        ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool)
        if kind is float:  # a whole number is a number too; inf and nan are refused by the setting's range
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok:
            raise LessonError(f"{self.name}: {key} must be {_TYPE_NAMES[kind]}, not {_type_name(value)}", "wrong_type",
                              file=self.name, key=key, expected=_TYPE_NAMES[kind], found=_type_name(value))
        return value

    def table(self, parent: dict, key: str, where: str | None = None) -> dict:
        return self.kind(parent.get(key, {}), dict, where or key)

    def names(self, controls: dict, key: str) -> list[str]:
        names = self.kind(controls.get(key, []), list, f"controls.{key}")
        for n in names:
            self.kind(n, str, f"controls.{key}")
            if n not in SETTINGS:
                raise LessonError(f"{self.name}: controls.{key}: {_clip(repr(n))} is not a setting (settings: "
                                  f"{', '.join(SETTINGS)})", "control", file=self.name, key=key, name=_clip(n),
                                  known=tuple(SETTINGS))
        return list(dict.fromkeys(names))

    def words(self, value, key: str, limit: int) -> str:
        text = self.kind(value, str, key).strip()
        if not text:
            raise LessonError(f"{self.name}: {key} is empty", "missing", file=self.name, key=key)
        if len(text) > limit:
            raise LessonError(f"{self.name}: {key} is longer than {limit:,} characters", "too_long", file=self.name,
                              key=key, limit=limit)
        return text


def _labelled(e: ConfigError, key: str) -> str:
    """A setting's sentence naming it by the label the window shows, with the name the file uses."""
    text = str(e)
    return f"{SETTINGS[key].label} ({key}){text[len(key):]}" if text.startswith(key) else text


def _clip(value, most: int = 60) -> str:
    text = str(value)
    if not text.isprintable():
        text = repr(text)[1:-1]
    return text if len(text) <= most else text[: most - 1] + "…"


# -- writing -----------------------------------------------------------------------------------------------
def _value(v) -> str:
    """A TOML value (JSON's strings and numbers are TOML's; a float keeps its exact repr)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def dumps_lesson(lesson: Lesson) -> str:
    """The lesson as the text of a .lesson file that load_lesson reads back to an equal Lesson (path aside)."""
    lines = [f"format = {FORMAT_VERSION}", ""]
    if lesson.settings:
        lines += ["[settings]", *(f"{k} = {_value(v)}" for k, v in lesson.settings.items()), ""]
    if lesson.hidden or lesson.locked:
        lines += ["[controls]", f"hidden = {_value(list(lesson.hidden))}", f"locked = {_value(list(lesson.locked))}", ""]
    actions = {k: getattr(lesson, k) for k in ("speed", "operands", "operand_bits", "tab")}
    if any(v is not None for v in actions.values()) or lesson.sweep is not None:
        lines += ["[actions]", *(f"{k} = {_value(v)}" for k, v in actions.items() if v is not None), ""]
    if lesson.sweep is not None:
        lines += ["[actions.sweep]", *(f"{k} = {_value(v)}" for k, v in lesson.sweep.items()), ""]
    for lang, t in lesson.texts.items():
        lines += [f"[{lang}]", f"title = {_value(t.title)}", f"question = {_value(t.question)}", "steps = ["]
        lines += [f"    {_value(s)}," for s in t.steps]
        lines += ["]", f"look_for = {_value(t.look_for)}", ""]
    return "\n".join(lines)


# -- the built-in lessons ------------------------------------------------------------------------------------
def lesson_files(folder) -> list[Path]:
    """The *.lesson files in `folder` (the program's resources/lessons), in file-name order."""
    folder = Path(folder)
    return sorted(folder.glob("*" + SUFFIX)) if folder.is_dir() else []


def builtin_lessons(folder) -> list[Lesson]:
    """Every lesson in `folder`, loaded; a built-in lesson that does not load is a bug, so its LessonError is raised."""
    return [load_lesson(p) for p in lesson_files(folder)]
