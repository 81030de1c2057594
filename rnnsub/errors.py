"""What a person can get wrong, as exceptions: one base class, one subclass per kind of input.

str(error) is one English sentence (the command line prints it). `kind` names the fault and `params`
holds its values, so that the window can say the same sentence in the person's language. Any other
exception is a bug and keeps its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Input a person gave that cannot be used: a setting, a file, an operand."""

    def __init__(self, message: str, kind: str = "", **params):
        super().__init__(message)
        self.kind = kind  # e.g. "range", "choice", "empty", "too_large"
        self.params = params  # what the sentence mentions, by name


class ConfigError(UserError):
    """A setting outside its declared range. params: name (the field), value, and low/high or choices."""


class OperandError(UserError):
    """An operand that is not a whole number from 0 to 2^bits - 1. params: name ("A" or "B"), text, bits."""


class ModelFileError(UserError):
    """A model file that cannot be read or written."""


class FileWriteError(UserError):
    """A file that could not be written (the old file, if any, is intact)."""


class UnitError(UserError):
    """A hidden unit the model does not have, or a value to hold one at that is not a finite number. params: unit
    and hidden, or value."""
