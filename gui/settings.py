"""Remembered settings. QSettings' INI files give strings back in a new process ('false' is truthy,
floats lose their type), so every value is parsed explicitly and a bad one falls back to its default."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QSettings

from rnnsub.config import Config, ConfigError


def load_value(settings: QSettings, key: str, default, kind):
    raw = settings.value(key, None)
    if raw is None or raw == "":
        return default
    try:
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
        if kind is int:
            return int(str(raw))
        if kind is float:
            return float(str(raw))
        return kind(raw)
    except (TypeError, ValueError):
        return default


def load_config(settings: QSettings) -> Config:
    """The last settings used, field by field; anything unreadable or out of range keeps its default."""
    config = Config()
    for f in fields(Config):
        kind = {"int": int, "float": float, "str": str}[f.type if isinstance(f.type, str) else f.type.__name__]
        value = load_value(settings, f"config/{f.name}", None, kind)
        if value is None:
            continue
        try:
            config = config.replace(**{f.name: value})
        except ConfigError:
            pass
    return config


def save_config(settings: QSettings, config: Config):
    for name, value in config.as_dict().items():
        settings.setValue(f"config/{name}", value)
