"""Model files: an .npz with the tutorial's synapse_0, synapse_h, synapse_1 and a JSON `meta`.

Loading never unpickles (allow_pickle=False) and checks names, shapes, dtypes and finiteness.
Saving writes a temporary file beside the target and renames it, so a crash never leaves half a model.
"""

from __future__ import annotations

import json
import os
import zipfile

import numpy as np

from .config import CELLS, PAIRS, Config
from .fileio import FileWriteError, atomic_write
from .rnn import Weights

FORMAT_VERSION = 1
NAMES = ("synapse_0", "synapse_h", "synapse_1", "meta")


class ModelFileError(Exception):
    """A model file that cannot be read or written; str() is one sentence for a person."""


def make_meta(config: Config, iterations: int, accuracy: float | None, seed: int | None = None, lr=None) -> dict:
    return {
        "format": FORMAT_VERSION,
        "cell": config.cell,
        "bits": config.bits,
        "hidden": config.hidden,
        "iterations": int(iterations),
        "seed": int(config.seed if seed is None else seed),
        "pairs": config.pairs,
        "b_range": config.b_range,
        "lr": float(config.lr if lr is None else lr),
        "batch": config.batch,
        "accuracy": None if accuracy is None else float(accuracy),
    }


def save_model(path, weights: Weights, meta: dict) -> None:
    """Write model 0 of `weights` to path, atomically."""
    arrays = {"synapse_0": weights.W0[0], "synapse_h": weights.Wh[0], "synapse_1": weights.W1[0]}
    try:
        atomic_write(path, lambda f: np.savez(f, meta=np.array(json.dumps(meta)), **arrays), "the model")
    except FileWriteError as e:
        raise ModelFileError(str(e)) from None


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
    for key in ("cell", "bits", "hidden", "iterations", "seed", "pairs"):
        if key not in meta:
            raise _Bad(f"meta lacks {key!r}")
    defaults = Config()
    meta.setdefault("b_range", defaults.b_range)
    meta.setdefault("lr", defaults.lr)
    meta.setdefault("batch", defaults.batch)
    meta.setdefault("accuracy", None)
    if meta["cell"] not in CELLS or meta["pairs"] not in PAIRS:
        raise _Bad(f"cell {meta['cell']!r} or pairs {meta['pairs']!r} is unknown")
    try:
        config_of(meta)
    except (ValueError, TypeError) as e:
        raise _Bad(str(e)) from None
    if isinstance(meta["iterations"], bool) or not isinstance(meta["iterations"], int) or meta["iterations"] < 0:
        raise _Bad("iterations is not a whole number")
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
    """The Config a model file was trained with (fields it does not record keep their defaults)."""
    fields = {k: meta[k] for k in ("cell", "bits", "hidden", "seed", "pairs", "b_range", "lr", "batch") if k in meta}
    return Config(**{**fields, **overrides})
