"""Model files: an .npz with the tutorial's synapse_0, synapse_h, synapse_1 and a JSON `meta`.

Saving writes a temporary file beside the target and renames it, so a crash never leaves half a model.

Loading is bounded before anything is read: a file is whatever someone hands the program, and numpy's
np.load trusts it (a 1.8 KB file can ask for 74.5 GiB, a 3 MB one inflate to 3 GB). So the loader reads the
zip itself, in this order, refusing at the first fault with one sentence (a ModelFileError with a `kind`):
  1. the file: a regular file of at most MAX_FILE_BYTES, a zip with a handful of entries;
  2. the zip entries: exactly the four names, each entry's declared size within what a model can need;
  3. meta.npy: its .npy header, then at most MAX_META_BYTES of UTF-32 text, parsed and checked;
  4. each weight: its .npy header only (dtype, shape against meta's hidden size, the entry's size against
     header + data), then exactly those bytes and never one more, then finiteness.
Nothing is ever unpickled.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import struct
import tokenize
import zipfile
import zlib

import numpy as np
from numpy.lib import format as npy

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

# Bounds. A model at the largest hidden size (512) is ~2 MiB; these leave room and refuse the absurd.
MAX_FILE_BYTES = 64 * 2**20  # the whole file, checked before it is opened
MAX_ZIP_ENTRIES = 512  # central-directory records the file may hold (a model has 4; see _directory_records); an
#   experiment (rnnsub/experiment.py) has up to 351, whose names are listed so as to say it is one
MAX_HEADER = 10_000  # an .npy header (numpy's own limit; a model's are 128 bytes)
MAX_META_BYTES = 64 * 2**10  # meta.npy, header included: a few hundred characters of JSON, 4 bytes each
MAX_ITEMSIZE = 8  # float64 at most: no long double, which some machines read differently
_EXPERIMENT_MEMBER = re.compile(r"run\d+_.*\.npy")  # an experiment's members beside meta.npy: run0_curve.npy, ...


def _shapes(H: int) -> dict:
    """The weights' shapes for H hidden units, by member name."""
    return {"synapse_0": (2, H), "synapse_h": (H, H), "synapse_1": (H, 1)}  # x_t W0, h_{t-1} Wh, h_t W1


H_MAX = SETTINGS["hidden"].high
MAX_ENTRY_BYTES = {  # the most each zip entry may unpack to: magic, version, header length, header, data
    **{f"{k}.npy": 12 + MAX_HEADER + math.prod(shape) * MAX_ITEMSIZE for k, shape in _shapes(H_MAX).items()},
    "meta.npy": MAX_META_BYTES,
}  # so the four together unpack to at most sum(MAX_ENTRY_BYTES.values()), about 2.2 MiB


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


class _Bad(Exception):
    """Not an rnnsub model: the container is wrong (not a zip, other members, too large, damaged)."""

    lead = "is not an rnnsub {what}"

    def __init__(self, why: str, kind: str, **params):
        super().__init__(why)
        self.kind, self.params = kind, params


class _Unusable(_Bad):
    """An rnnsub model whose contents cannot be used (meta values, weight dtypes, shapes, NaN)."""

    lead = "is not a usable rnnsub {what}"


def load_model(path) -> tuple[Weights, dict]:
    """Read and check a model file. Returns (Weights with K = 1, meta). A file that is not a usable model is a
    ModelFileError with one sentence, refused before the loader reads or allocates more than a model needs."""
    return load_bounded(path, "model", _read, MAX_FILE_BYTES)


def load_bounded(path, what: str, read, max_bytes: int):
    """The checks every file this program reads goes through (a model, an experiment): a regular file of at most
    max_bytes, then read(f, size), which raises _Bad or _Unusable; every fault becomes a ModelFileError whose one
    sentence names the file and says it is not an rnnsub `what`."""
    path = os.fspath(path)
    name = os.path.basename(path) or path
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ModelFileError(f"{path} does not exist", "not_found", path=path, what=what) from None
    except PermissionError:
        raise ModelFileError(f"{path} cannot be read (permission denied)", "permission", path=path) from None
    except OSError as e:
        raise _unreadable(path, e) from None
    if stat.S_ISDIR(st.st_mode):
        raise ModelFileError(f"{path} is a folder, not {_a(what)} file", "folder", path=path, what=what)
    if not stat.S_ISREG(st.st_mode):  # a pipe or a device: reading it could block or never end
        raise ModelFileError(f"{path} is not a regular file, so it cannot be {_a(what)} file", "not_file", path=path,
                             what=what)
    try:
        if st.st_size > max_bytes:
            raise _Bad(f"it is {_size(st.st_size)}, and {_a(what)} file is never more than {_size(max_bytes)}",
                       "file_too_large", size=st.st_size, limit=max_bytes)
        if st.st_size == 0:
            raise _Bad("it is empty", "empty_file")
        with open(path, "rb") as f:
            return read(f, st.st_size)
    except _Bad as e:
        raise ModelFileError(f"{name} {e.lead.format(what=what)}: {e}", e.kind, file=name, what=what,
                             **e.params) from None
    except PermissionError:
        raise ModelFileError(f"{path} cannot be read (permission denied)", "permission", path=path) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as e:  # from inside a zip entry
        raise ModelFileError(f"{name} is not an rnnsub {what}: it is damaged ({_clip(e)})", "damaged", file=name,
                             what=what, detail=_clip(e)) from None
    except OSError as e:
        raise _unreadable(path, e) from None


def _a(what: str) -> str:
    return ("an " if what[0] in "aeiou" else "a ") + what


def _unreadable(path, e: OSError) -> ModelFileError:
    reason = e.strerror or str(e)
    return ModelFileError(f"{path} cannot be read ({reason})", "unreadable", path=path, reason=reason, errno=e.errno)


def _read(f, size: int) -> tuple[Weights, dict]:
    """The model in the open file f, each step bounded (see the module's docstring)."""
    with open_zip(f, MAX_ZIP_ENTRIES, f"a model holds {_listing(NAMES)}", NAMES) as z:
        infos = z.infolist()
        found = sorted(i.filename for i in infos)
        if "meta.npy" in found and any(_EXPERIMENT_MEMBER.fullmatch(n) for n in found):  # as rnnsub.filekind tells
            raise _Bad("it is an rnnsub experiment (open it in the window, or retrain its runs with main.py replay)",
                       "is_experiment")
        if found != sorted(f"{k}.npy" for k in NAMES):
            shown = [n[:-4] if n.endswith(".npy") else n for n in found]
            raise _Bad(f"it holds {_listing(shown) or 'nothing'} instead of {_listing(NAMES)}", "members",
                       found=tuple(shown), expected=NAMES)
        infos = {i.filename: i for i in infos}
        for member, info in infos.items():
            check_entry(info, MAX_ENTRY_BYTES[member], size)
        meta = _check_meta(_read_meta(z, infos["meta.npy"]))
        H = meta["hidden"]
        arrays = {k: _read_array(z, infos[f"{k}.npy"], shape, H) for k, shape in _shapes(H).items()}
    return weights_of(arrays, H), meta


def weights_of(arrays: dict, H: int, prefix: str = "") -> Weights:
    """Weights (K = 1) from the members synapse_0, synapse_h, synapse_1 (after `prefix`), refusing NaN and inf."""
    for k in _shapes(H):
        if not np.isfinite(arrays[prefix + k]).all():
            raise _Unusable(f"{prefix + k} contains NaN or infinite values", "array", member=prefix + k,
                            problem="not_finite")
    W0, Wh, W1 = (np.array(arrays[prefix + k], dtype=np.float64, order="C")[None] for k in _shapes(H))  # (1, ., .)
    return Weights(W0, Wh, W1)


def open_zip(f, max_entries: int, holds: str, expected) -> zipfile.ZipFile:
    """The open file f as a zip, after bounding its directory to max_entries records (`holds` says what it
    should hold, for the sentence)."""
    head = f.read(6)
    f.seek(0)
    if _directory_records(f) > max_entries:
        raise _Bad(f"it holds too many zip entries ({holds})", "members", found=None, expected=expected)
    f.seek(0)
    try:
        z = zipfile.ZipFile(f)
    except (ValueError, EOFError, struct.error) as e:  # e.g. a name that is not the UTF-8 its flag says
        raise _Bad(f"it is damaged ({_clip(e)})", "damaged", detail=_clip(e)) from None
    except zipfile.BadZipFile:
        if head.startswith(npy.MAGIC_PREFIX):
            raise _Bad("it holds a single array", "single_array") from None
        if head.startswith(b"PK\x03\x04"):  # starts as a zip, but the directory at its end is missing
            raise _Bad("it is damaged or truncated (its zip directory is missing or broken)", "damaged",
                       detail="no directory") from None
        raise _Bad("it is not a zip archive (an .npz file is one)", "not_zip") from None
    return z


def _directory_records(f) -> int:
    """How many zip central-directory signatures the file holds: a bound on the entries zipfile will parse.

    zipfile parses every record its directory claims before we can look at one name, and that costs ~6 µs and
    ~650 bytes each (measured through np.load: 4.2 s and 470 MB for a 61 MB zip of 700,000 empty entries). Every record
    it parses starts with this signature at its own offset, so counting the signatures bounds them, whatever
    the end record claims. Weight bytes may hold the signature by chance (2^-32 per position), hence a margin.
    """
    signature, count, tail = b"PK\x01\x02", 0, b""
    while chunk := f.read(2**20):
        data = tail + chunk
        count += data.count(signature)  # the 3 bytes carried over can never hold a whole signature twice
        tail = data[-3:]
    return count


def check_entry(info: zipfile.ZipInfo, limit: int, size: int, what: str = "model") -> None:
    """Refuse a zip entry by what its directory record declares, before it is opened."""
    member = info.filename
    if not 0 <= info.header_offset < size:
        raise _Bad(f"it is damaged (its zip directory places {member} outside the file)", "damaged", member=member,
                   detail="offset")
    if info.flag_bits & 0x61:  # 0x01 encrypted, 0x20 patch data, 0x40 strong encryption: numpy writes none
        raise _Bad(f"{member} is encrypted", "encrypted", member=member)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # the only two numpy writes; zipfile inflates bzip2 and lzma without an output bound
        raise _Bad(f"{member} is compressed with a method this program does not read (zip method {info.compress_type})",
                   "compression", member=member, method=info.compress_type)
    if info.file_size > limit:
        raise _Bad(f"{member} would unpack to {_size(info.file_size)}, and in {_a(what)} it is at most {_size(limit)}",
                   "member_too_large", member=member, size=info.file_size, limit=limit)


class _Bounded:
    """A read-only stream that yields at most `limit` bytes of `raw` and counts what it gave
    (numpy's header reader reads through it, so a header can never make it read more)."""

    def __init__(self, raw, limit: int):
        self.raw, self.left, self.used = raw, limit, 0

    def read(self, n: int = -1) -> bytes:
        n = self.left if n is None or n < 0 else min(n, self.left)
        data = self.raw.read(n)
        self.left -= len(data)
        self.used += len(data)
        return data


def _read_npy(z: zipfile.ZipFile, info: zipfile.ZipInfo, check) -> tuple[bytes, np.dtype, tuple, bool]:
    """One member's data bytes, dtype, shape and order: the .npy header first (at most 12 + MAX_HEADER bytes),
    check(dtype, shape) refuses what the model cannot use, then exactly the bytes the header describes."""
    member = info.filename
    try:
        raw = z.open(info)
    except UnicodeDecodeError:  # the entry's own header names it in bytes that are not the UTF-8 its flag says
        raise _Bad(f"it is damaged ({member} has a garbled local header)", "damaged", member=member, detail="name") \
            from None
    with raw:
        head = _Bounded(raw, 12 + MAX_HEADER)  # magic (6), version (2), header length (2 or 4), header
        try:
            version = npy.read_magic(head)
            if version not in ((1, 0), (2, 0)):  # 3.0 only adds utf-8 field names: never a model's
                raise ValueError(version)
            read_header = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
            shape, fortran_order, dtype = read_header(head, max_header_size=MAX_HEADER)
        except (ValueError, TypeError, SyntaxError, RecursionError, tokenize.TokenError):  # numpy's parser, bad input
            raise _Bad(f"{member} is not a .npy array", "header", member=member) from None
        if dtype.hasobject:
            raise _Bad(f"{member} holds pickled Python objects, which are never loaded", "pickled", member=member)
        check(dtype, shape)
        nbytes = math.prod(shape) * dtype.itemsize
        if info.file_size != head.used + nbytes:
            raise _Bad(f"{member} is {info.file_size:,} bytes, but its header describes {head.used + nbytes:,}", "sizes",
                       member=member, size=info.file_size, expected=head.used + nbytes)
        data = raw.read(nbytes + 1)  # never more than the header says: one byte over tells a longer stream
    if len(data) != nbytes:
        raise _Bad(f"it is damaged ({member} holds {len(data):,} data bytes, its header says {nbytes:,})", "damaged",
                   member=member, detail="length")
    return data, dtype, shape, fortran_order


def _read_meta(z, info) -> str:
    def check(dtype, shape):
        if dtype.kind != "U" or shape != () or dtype.itemsize == 0:
            raise _Unusable("meta is not a text field", "meta", problem="not_text")

    data, dtype, _, _ = _read_npy(z, info, check)
    try:  # numpy's 'U' is UTF-32; decode it ourselves, as numpy fails with SystemError on invalid code points
        return data.decode("utf-32-be" if dtype.str[0] == ">" else "utf-32-le").rstrip("\0")
    except UnicodeDecodeError:
        raise _Unusable("meta is not valid Unicode text", "meta", problem="not_text") from None


def _read_array(z, info, shape: tuple, H: int) -> np.ndarray:
    member = info.filename[:-4]

    def check(dtype, found):
        if dtype.kind != "f" or dtype.itemsize > MAX_ITEMSIZE or dtype.shape != ():
            raise _Unusable(f"{member} holds {dtype} values; a model's weights are floating point of at most 64 bits", "array",
                            member=member, problem="dtype", dtype=str(dtype))
        if found != shape:
            raise _Unusable(f"{member} has shape {_clip(found)}, expected {shape} for {H} hidden units", "array",
                            member=member, problem="shape", shape=found, expected=shape, hidden=H)

    data, dtype, found, fortran_order = _read_npy(z, info, check)
    return np.frombuffer(data, dtype).reshape(found, order="F" if fortran_order else "C")


def _check_meta(text: str) -> dict:
    try:
        meta = json.loads(text)
    except json.JSONDecodeError:
        raise _Unusable("meta is not valid JSON", "meta", problem="not_json") from None
    except (ValueError, RecursionError):  # a number of thousands of digits, or lists nested thousands deep
        raise _Unusable("meta is JSON this program cannot read (nested too deeply or a number too long)", "meta",
                        problem="not_json") from None
    if not isinstance(meta, dict):
        raise _Unusable("meta is not a JSON object", "meta", problem="not_object")
    if meta.get("format") != FORMAT_VERSION:
        raise _Unusable(f"format version {_clip(repr(meta.get('format')))} is not supported (this program reads "
                        f"{FORMAT_VERSION})", "meta", problem="format", version=meta.get("format"), supported=FORMAT_VERSION)
    for key in (*REQUIRED, "iterations"):
        if key not in meta:
            raise _Unusable(f"meta lacks {key!r}", "meta", problem="missing", key=key)
    if isinstance(meta["cell"], str):
        meta["cell"] = LEGACY_CELLS.get(meta["cell"], meta["cell"])
    for name in MODEL_SETTINGS:
        meta.setdefault(name, SETTINGS[name].default)
        try:
            meta[name] = SETTINGS[name].check(meta[name])
        except ConfigError as e:
            raise _Unusable(_clip(e, 200), "meta", problem="setting", setting=name, error=e.kind, error_params=e.params) from None
    trained = meta["iterations"]
    if isinstance(trained, bool) or not isinstance(trained, int) or not 0 <= trained <= MAX_TRAINED:
        raise _Unusable(f"iterations must be a whole number from 0 to {MAX_TRAINED:,}, got {_clip(repr(trained))}", "meta",
                        problem="iterations", value=trained, low=0, high=MAX_TRAINED)
    accuracy = meta.setdefault("accuracy", None)
    if accuracy is not None and (isinstance(accuracy, bool) or not isinstance(accuracy, (int, float))
                                 or not 0 <= accuracy <= 1):
        raise _Unusable(f"accuracy must be a fraction from 0 to 1 or null, got {_clip(repr(accuracy))}", "meta",
                        problem="accuracy", value=accuracy)
    return meta


def _size(n: int) -> str:
    """1,234 bytes, 2.0 MiB, 74.5 GiB."""
    if n < 2**10:
        return f"{n:,} bytes"
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        n /= 2**10
        if n < 2**10 or unit == "TiB":
            return f"{n:,.1f} {unit}"


def _listing(names) -> str:
    """Names for a sentence: each clipped, at most eight of them."""
    names = [_clip(n, 40) for n in names]
    return ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")


def _clip(text, most: int = 80) -> str:
    """A value for a sentence: control characters escaped, never longer than `most` characters (a file's
    contents can be anything, names in its zip directory included)."""
    text = str(text)
    if not text.isprintable():
        text = repr(text)[1:-1]
    return text if len(text) <= most else text[: most - 1] + "…"


def config_of(meta: dict, **overrides) -> Config:
    """The Config a model was trained with (settings a model does not record, such as iterations, keep
    their defaults unless given)."""
    return Config(**{**{k: meta[k] for k in MODEL_SETTINGS if k in meta}, **overrides})
