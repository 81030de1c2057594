"""Remembered settings, read so that no content of the settings file can stop the program.

QSettings' INI files give strings back in a new process ('false' is truthy, floats lose digits), and
`QSettings.value()` itself raises when a value was stored as a pickled Python object that no longer
unpickles. So every value is written as text, every read is guarded and parsed explicitly, and a value
that cannot be used falls back to its default and is reported (one sentence per key, never silently).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from rnnsub.config import SETTINGS, Config
from rnnsub.errors import ConfigError

from .messages import label


def prime(settings: QSettings) -> QSettings:
    """Load the file now, where it is safe: QSettings reads it on first use, and PySide raises the unpickling
    error of any value stored as a Python object from that first call, whatever it was (even setValue).
    After that the bad values read as None."""
    try:
        settings.allKeys()
    except Exception:  # noqa: BLE001  (ModuleNotFoundError, EOFError, UnpicklingError, ...)
        pass
    return settings


def raw_value(settings: QSettings, key: str):
    """settings.value(key), or None when missing or unreadable (any exception inside QSettings)."""
    try:
        return settings.value(key, None)
    except Exception:  # noqa: BLE001  (a corrupt @Variant raises EOFError, ModuleNotFoundError, ...)
        return None


def load_value(settings: QSettings, key: str, default, kind):
    """A bool, int, float or str value; the default when missing, unreadable or of the wrong kind."""
    raw = raw_value(settings, key)
    if raw is None or raw == "":
        return default
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            return {"true": True, "1": True, "false": False, "0": False}.get(text, default)
        if kind in (int, float):
            return kind(str(raw).strip())
        return raw if isinstance(raw, str) else default
    except (TypeError, ValueError, OverflowError):
        return default


def load_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A byte value (window geometry, splitter state) only if it was stored as bytes."""
    raw = raw_value(settings, key)
    if isinstance(raw, QByteArray) and not raw.isEmpty():
        return raw
    if isinstance(raw, (bytes, bytearray)) and raw:
        return QByteArray(bytes(raw))
    return None


def load_config(settings: QSettings) -> tuple[Config, list[str]]:
    """The last settings used, field by field, and one sentence for each remembered value that could not be
    used (it keeps its default)."""
    values, problems = {}, []
    prime(settings)
    for name, s in SETTINGS.items():
        key = f"config/{name}"
        if not settings.contains(key):
            continue
        raw = raw_value(settings, key)
        text = raw if isinstance(raw, str) else "?" if raw is None else str(raw)
        try:
            values[name] = s.parse(text)
        except ConfigError:
            problems.append(QCoreApplication.translate(
                "Settings", "The remembered value “{1}” of {0} is not allowed, so {0} is back to {2}.").format(
                    label(name), text[:40], s.format(s.default)))
    return Config(**values), problems


def save_config(settings: QSettings, config: Config):
    """Each setting as exact text (floats as their shortest exact decimal)."""
    for name, s in SETTINGS.items():
        settings.setValue(f"config/{name}", s.format(getattr(config, name)))
