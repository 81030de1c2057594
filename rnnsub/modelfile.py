"""Model files: an .npz with the tutorial's synapse_0, synapse_h, synapse_1 and a JSON `meta`.

Loading never unpickles (allow_pickle=False) and checks names, shapes, dtypes and finiteness.
Saving writes a temporary file beside the target and renames it, so a crash never leaves half a model.
"""

from __future__ import annotations

import json
import os
import zipfile

import numpy as np

from .config import SETTINGS, Config
from .errors import ConfigError, FileWriteError, ModelFileError
from .fileio import atomic_write
from .rnn import Weights

__all__ = ["ModelFileError", "make_meta", "save_model", "load_model", "config_of"]

FORMAT_VERSION = 1
NAMES = ("synapse_0", "synapse_h", "synapse_1", "meta")
MODEL_SETTINGS = tuple(name for name, s in SETTINGS.items() if s.in_model)  # recorded in meta, one key each
REQUIRED = ("cell", "bits", "hidden", "seed", "pairs")  # every version-1 file has these; the others default
LEGACY_CELLS = {"seed": "notebook"}  # files saved before the failing cell was renamed
MAX_TRAINED = 2**53  # iterations a file may say it was trained for (exact as a JSON number)


def make_meta(config: Config, iterations: int, accuracy: float | None) -> dict:
    """The JSON meta of a model file: the format, every setting recorded in models, the iterations trained
    and the accuracy measured (a fraction, or None when not measured)."""
    meta = {"format": FORMAT_VERSION, **{name: getattr(config, name) for name in MODEL_SETTINGS}}
    meta["iterations"] = int(iterations)
    meta["accuracy"] = None if accuracy is None else float(accuracy)
    return meta


def save_model(path, weights: Weights, meta: dict) -> None:
    """Write model 0 of `weights` to path, atomically."""
    arrays = {"synapse_0": weights.W0[0], "synapse_h": weights.Wh[0], "synapse_1": weights.W1[0]}
    try:
        atomic_write(path, lambda f: np.savez(f, meta=np.array(json.dumps(meta)), **arrays), "the model")
    except FileWriteError as e:
        raise ModelFileError(str(e), e.kind, **e.params) from None


def load_model(path) -> tuple[Weights, dict]:
    """Read and check a model file. Returns (Weights with K = 1, meta)."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    try:
        npz = np.load(path, allow_pickle=False)
        if not isinstance(npz, np.lib.npyio.NpzFile):
            raise _Bad("it holds a single array, not a model")
        with npz:
            found = sorted(npz.files)
            if found != sorted(NAMES):
                raise _Bad(f"it holds {', '.join(found) or 'nothing'} instead of {', '.join(NAMES)}")
            arrays = {k: npz[k] for k in NAMES}
    except _Bad as e:
        raise ModelFileError(f"{name} is not an rnnsub model: {e}") from None
    except FileNotFoundError:
        raise ModelFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ModelFileError(f"{path} is a folder, not a model file") from None
    except PermissionError:
        raise ModelFileError(f"{path} cannot be read (permission denied)") from None
    except ValueError as e:
        pickled = "pickle" in str(e)
        why = "it contains pickled Python objects, which are never loaded" if pickled else "it is not a valid .npz file"
        raise ModelFileError(f"{name} is not an rnnsub model: {why}") from None
    except (zipfile.BadZipFile, EOFError, OSError, KeyError) as e:
        raise ModelFileError(f"{name} is not an rnnsub model: it is damaged or truncated ({type(e).__name__})") from None
    try:
        meta = _check_meta(arrays["meta"])
        return _check_weights(arrays, meta["hidden"]), meta
    except _Bad as e:
        raise ModelFileError(f"{name} is not a usable rnnsub model: {e}") from None


class _Bad(Exception):
    pass


def _check_meta(raw) -> dict:
    if raw.dtype.kind != "U" or raw.shape != ():
        raise _Bad("meta is not a text field")
    try:
        meta = json.loads(str(raw))
    except json.JSONDecodeError:
        raise _Bad("meta is not valid JSON") from None
    if not isinstance(meta, dict):
        raise _Bad("meta is not a JSON object")
    if meta.get("format") != FORMAT_VERSION:
        raise _Bad(f"format version {meta.get('format')!r} is not supported (this program reads {FORMAT_VERSION})")
    for key in (*REQUIRED, "iterations"):
        if key not in meta:
            raise _Bad(f"meta lacks {key!r}")
    meta["cell"] = LEGACY_CELLS.get(meta["cell"], meta["cell"])
    for name in MODEL_SETTINGS:
        meta.setdefault(name, SETTINGS[name].default)
        try:
            meta[name] = SETTINGS[name].check(meta[name])
        except ConfigError as e:
            raise _Bad(str(e)) from None
    trained = meta["iterations"]
    if isinstance(trained, bool) or not isinstance(trained, int) or not 0 <= trained <= MAX_TRAINED:
        raise _Bad(f"iterations must be a whole number from 0 to {MAX_TRAINED:,}, got {trained!r}")
    accuracy = meta.setdefault("accuracy", None)
    if accuracy is not None and (isinstance(accuracy, bool) or not isinstance(accuracy, (int, float))
                                 or not 0 <= accuracy <= 1):
        raise _Bad(f"accuracy must be a fraction from 0 to 1 or null, got {accuracy!r}")
    return meta


def _check_weights(arrays, H) -> Weights:
    shapes = {"synapse_0": (2, H), "synapse_h": (H, H), "synapse_1": (H, 1)}
    for key, shape in shapes.items():
        a = arrays[key]
        if a.dtype.kind != "f":
            raise _Bad(f"{key} holds {a.dtype} values, not floating point")
        if a.shape != shape:
            raise _Bad(f"{key} has shape {a.shape}, expected {shape} for {H} hidden units")
        if not np.isfinite(a).all():
            raise _Bad(f"{key} contains NaN or infinite values")
    as64 = {k: arrays[k].astype(np.float64)[None] for k in shapes}
    return Weights(as64["synapse_0"], as64["synapse_h"], as64["synapse_1"])


def config_of(meta: dict, **overrides) -> Config:
    """The Config a model was trained with (settings a model does not record, such as iterations, keep
    their defaults unless given)."""
    return Config(**{**{k: meta[k] for k in MODEL_SETTINGS if k in meta}, **overrides})
