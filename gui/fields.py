"""Widgets for settings, made from their declarations (rnnsub.config.SETTINGS).

Each widget takes exactly the declared range, shows exactly the value it was given, is named after its
field (objectName) and labelled in the person's language (accessibleName, tooltip). None emits a change
while the person is still typing (keyboard tracking off): a half-typed number is not a setting.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget
from superqt import QLargeIntSpinBox

from rnnsub.config import SETTINGS, Setting

from .messages import choice_label, help_text, label, number

INT32_MAX = 2**31 - 1
_PARTIAL_NUMBER = re.compile(r"[+-]?[0-9]*([.,][0-9]*)?([eE][+-]?[0-9]*)?")  # a sign: a weight can be negative


class FloatSpinBox(QDoubleSpinBox):
    """A spin box for a real number that shows the value exactly as set (0.0001 stays 0.0001, never 0.000).

    QDoubleSpinBox rounds its value to `decimals` places; 30 keeps every double from 1e-6 up exact. The
    text is the shortest decimal that reads back as the same double. Both '.' and the locale's decimal
    comma are read as the decimal point (under a German locale Qt would read '0.5' as 5).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(30)

    def textFromValue(self, value: float) -> str:
        text = np.format_float_positional(float(value), trim="-")
        return text.replace(".", self.locale().decimalPoint())

    def valueFromText(self, text: str) -> float:
        value = self._parse(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        text = unicodedata.normalize("NFKC", text)
        value = self._parse(text)
        if value is not None and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if _PARTIAL_NUMBER.fullmatch(text.strip()):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())  # an unfinished entry goes back to the value it had

    def stepBy(self, steps: int):
        """Up or down by one unit of the value's leading digit: 0.9 → 1, 0.1 → 0.09, 5 → 6."""
        value = self.value()
        up = steps > 0
        for _ in range(abs(steps)):
            towards_zero = value != 0 and (value > 0) != up  # 1 → 0.9 and -1 → -0.9, as 0.9 → 1 and -0.9 → -1
            magnitude = abs(value) * (1 - 1e-12) if towards_zero else abs(value)
            if magnitude > 0:
                step = 10.0 ** math.floor(math.log10(magnitude))
            else:  # from 0: one unit where negative values are allowed, else the least value
                step = 1.0 if self.minimum() < 0 else self.minimum()
            value = float(f"{value + (step if up else -step):.12g}")
        self.setValue(min(max(value, self.minimum()), self.maximum()))

    def sizeHint(self):
        hint = super().sizeHint()  # sized for 30 decimals: far too wide
        hint.setWidth(self.fontMetrics().horizontalAdvance("1000.000001") + 40)
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()

    @staticmethod
    def _parse(text: str) -> float | None:
        # full-width digits are digits; the typographic minus (U+2212) is a minus
        s = unicodedata.normalize("NFKC", text).strip().replace(",", ".").replace("\u2212", "-")
        if not s or not _PARTIAL_NUMBER.fullmatch(s):
            return None
        try:
            value = float(s)
        except ValueError:
            return None
        return value if math.isfinite(value) else None


class IntSpinBox(QSpinBox):
    """QSpinBox that reads full-width digits (２００ from a Chinese input method) as the digits they are."""

    def validate(self, text: str, pos: int):
        return super().validate(unicodedata.normalize("NFKC", text), pos)

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(unicodedata.normalize("NFKC", text))


class ChoiceBox(QComboBox):
    """A combo box whose items are a setting's choices; value() is the chosen value, not its label."""

    changed = Signal()

    def __init__(self, setting: Setting, parent=None):
        super().__init__(parent)
        for value, _ in setting.choices:
            self.addItem(choice_label(setting.name, value), value)
        self.currentIndexChanged.connect(self.changed)

    def value(self):
        return self.currentData()

    def setValue(self, value):
        i = self.findData(value)
        if i < 0:
            raise ValueError(f"{value!r} is not one of this box's choices")
        self.setCurrentIndex(i)


def make_widget(name: str, parent=None) -> QWidget:
    """The widget for setting `name`: a ChoiceBox, a spin box over exactly the declared range, or a FloatSpinBox.

    Every one has value(), setValue() and a `changed` signal (emitted when the person commits a value).
    """
    s = SETTINGS[name]
    if s.choices:
        w = ChoiceBox(s, parent)
    else:
        if s.kind is float:
            w = FloatSpinBox(parent)
        elif s.high <= INT32_MAX:
            w = IntSpinBox(parent)
            w.setGroupSeparatorShown(True)
        else:
            w = QLargeIntSpinBox(parent)  # seeds go to 2^32 - 1, beyond QSpinBox's int32
        w.setRange(s.low, s.high)
        w.setKeyboardTracking(False)
        w.changed = w.valueChanged
    w.setValue(s.default)
    w.setObjectName(name)
    w.setAccessibleName(label(name))
    w.setToolTip(tooltip(s))
    return w


def tooltip(s: Setting) -> str:
    """The help text and the allowed range, as rich text so that Qt wraps it."""
    text = f"<p>{html.escape(help_text(s.name))}</p>"
    if s.low is not None:
        text += f"<p>{html.escape(label(s.name))}: {number(s.low)} – {number(s.high)}</p>"
    return text
