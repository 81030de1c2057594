"""A model file is bounded before it is read (issue 8): hostile and broken files are refused with one sentence,
fast, without the loader allocating what the file asks for. Files are built here byte by byte (zipfile and
numpy's .npy header writers), so no test allocates more than a few MB either."""

import io
import json
import os
import random
import struct
import subprocess
import sys
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from numpy.lib import format as npy

import rnnsub.modelfile as modelfile
from rnnsub.config import Config
from rnnsub.modelfile import ModelFileError, load_model, make_meta, save_model
from rnnsub.rnn import Weights

ROOT = Path(__file__).resolve().parents[1]
H = 16
META = make_meta(Config(hidden=H), 50, 0.5)


def header(shape, descr="<f8", fortran_order=False, version=(1, 0)) -> bytes:
    """An .npy header (magic, version, length, dict) for an array that need not exist."""
    b = io.BytesIO()
    write = npy.write_array_header_1_0 if version == (1, 0) else npy.write_array_header_2_0
    write(b, {"descr": descr, "fortran_order": fortran_order, "shape": shape})
    return b.getvalue()


def npy_bytes(a) -> bytes:
    b = io.BytesIO()
    np.save(b, a, allow_pickle=False)
    return b.getvalue()


def weights(H=H, seed=0):
    rng = np.random.RandomState(seed)
    return {"synapse_0": rng.randn(2, H), "synapse_h": rng.randn(H, H), "synapse_1": rng.randn(H, 1)}


def members(meta=META, **over) -> dict:
    """The four members of a good model as .npy bytes, with some replaced (bytes) or removed (None);
    meta as a dict, as JSON text or as the member's bytes."""
    m = {f"{k}.npy": npy_bytes(v) for k, v in weights(meta.get("hidden", H) if isinstance(meta, dict) else H).items()}
    if isinstance(meta, dict):
        meta = json.dumps(meta)
    m["meta.npy"] = meta if isinstance(meta, bytes) else npy_bytes(np.array(meta))
    m.update({f"{k}.npy": v for k, v in over.items()})
    return {k: v for k, v in m.items() if v is not None}


def write_zip(path, m: dict, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in m.items():
            z.writestr(name, data)
    return path


def patch_entry(path, member: str, file_size=None, crc=None):
    """Rewrite what the zip says about one entry (its local header and its directory record), not its data."""
    d = bytearray(Path(path).read_bytes())
    name = member.encode()
    for signature, fixed, size_at, crc_at in ((b"PK\x03\x04", 30, 22, 14), (b"PK\x01\x02", 46, 24, 16)):
        i = -1
        while (i := d.find(signature, i + 1)) >= 0:
            if d[i + fixed:i + fixed + len(name)] == name:
                if file_size is not None:
                    struct.pack_into("<L", d, i + size_at, file_size)
                if crc is not None:
                    struct.pack_into("<L", d, i + crc_at, crc)
    Path(path).write_bytes(bytes(d))


def refused(path, kind, *words, most_mib=16.0, most_s=1.0):
    """load_model refuses path with one sentence of this kind, within most_s seconds and most_mib of
    Python-visible allocations (numpy's buffers and zlib's output are traced)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(ModelFileError) as e:
            load_model(path)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    msg = str(e.value)
    assert e.value.kind == kind, (e.value.kind, msg)
    assert "\n" not in msg and all(w in msg for w in words), msg
    assert elapsed < most_s and peak < most_mib * 2**20, (elapsed, peak / 2**20)
    if kind not in ("not_found", "folder", "not_file", "permission", "unreadable"):
        assert e.value.params["file"] == os.path.basename(path) and msg.startswith(os.path.basename(path))
    return e.value


# -- the cases of the issue ------------------------------------------------------------------------------


def test_a_header_that_asks_for_74_gib_is_refused_by_its_shape(tmp_path):
    p = write_zip(tmp_path / "liar.npz", members(synapse_h=header((100000, 100000)) + bytes(8 * H * H)))
    assert p.stat().st_size < 5000
    e = refused(p, "array", "synapse_h has shape (100000, 100000), expected (16, 16) for 16 hidden units", most_mib=2)
    assert e.params["problem"] == "shape" and e.params["member"] == "synapse_h"


def test_a_header_that_fits_the_meta_but_not_the_data(tmp_path):
    meta = {**META, "hidden": 512}  # the largest model: its synapse_h is 2 MiB, this one holds 2 KiB
    p = write_zip(tmp_path / "short.npz", members(meta, synapse_h=header((512, 512)) + bytes(8 * H * H)))
    refused(p, "sizes", "synapse_h.npy is 2,176 bytes, but its header describes 2,097,280", most_mib=2)


def test_a_zip_bomb_is_refused_by_its_declared_size_without_inflating(tmp_path):
    p = tmp_path / "bomb.npz"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members().items():
            if name != "synapse_h.npy":
                z.writestr(name, data)
        with z.open("synapse_h.npy", "w") as f:  # a real (2000, 2000) float64 array of zeros, streamed
            f.write(header((2000, 2000)))
            for _ in range(32):
                f.write(bytes(10**6))
    assert p.stat().st_size < 100_000
    e = refused(p, "member_too_large", "synapse_h.npy would unpack to 30.5 MiB, and in a model it is at most 2.0 MiB",
                most_mib=2)
    assert e.params["size"] == 32_000_128


def test_a_directory_that_declares_gigabytes_is_refused_before_anything_is_read(tmp_path):
    p = write_zip(tmp_path / "big.npz", members())
    patch_entry(p, "synapse_h.npy", file_size=20000 * 20000 * 8 + 128)  # the 20000 x 20000 bomb of the issue
    refused(p, "member_too_large", "synapse_h.npy would unpack to 3.0 GiB", most_mib=2)


def lying_size(tmp_path, fix_crc: bool):
    """synapse_h declares header + 2 KiB but its deflate stream inflates to 32 MB."""
    p = tmp_path / "lying.npz"
    small = header((H, H)) + bytes(8 * H * H)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members().items():
            if name != "synapse_h.npy":
                z.writestr(name, data)
        with z.open("synapse_h.npy", "w") as f:
            f.write(small)
            for _ in range(32):
                f.write(bytes(10**6))
    patch_entry(p, "synapse_h.npy", file_size=len(small), crc=zlib.crc32(small) if fix_crc else None)
    return p


def test_an_entry_that_inflates_beyond_its_declared_size_is_read_only_that_far(tmp_path):
    p = lying_size(tmp_path, fix_crc=False)
    refused(p, "damaged", "it is damaged", "synapse_h.npy", most_mib=4)


def test_an_entry_whose_checksum_matches_its_declared_part_loads_that_part_only(tmp_path):
    p = lying_size(tmp_path, fix_crc=True)
    tracemalloc.start()
    try:
        w, meta = load_model(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20 and meta["hidden"] == H
    assert not w.Wh.any() and w.Wh.shape == (1, H, H)  # the 2 KiB it declares, never the 32 MB behind them


def test_a_huge_meta_is_refused_by_its_declared_size(tmp_path):
    meta = np.array(json.dumps({**META, "note": "x" * 1_000_000}))  # 4 MB as UTF-32, deflated to a few KB
    p = write_zip(tmp_path / "meta.npz", members(meta=meta), zipfile.ZIP_DEFLATED)
    assert p.stat().st_size < 50_000
    refused(p, "member_too_large", "meta.npy would unpack to 3.8 MiB, and in a model it is at most 64.0 KiB", most_mib=2)


def test_a_meta_header_that_asks_for_more_than_the_entry_holds(tmp_path):
    p = write_zip(tmp_path / "meta.npz", members(meta=header((), "<U100000000") + bytes(800)))
    refused(p, "sizes", "meta.npy is 928 bytes, but its header describes 400,000,128", most_mib=2)


def test_a_text_file_is_not_called_pickled(tmp_path):
    p = tmp_path / "notes.npz"
    p.write_text("hello, I am text\n")
    msg = str(refused(p, "not_zip", "notes.npz is not an rnnsub model: it is not a zip archive (an .npz file is one)"))
    assert "pickle" not in msg


def test_truncated_model(tmp_path):
    p = tmp_path / "half.npz"
    save_model(p, Weights(*(w[None] for w in weights().values())), META)
    data = p.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 100):
        p.write_bytes(data[:cut])
        refused(p, "damaged", "damaged or truncated")


def test_a_good_model_round_trips_exactly(tmp_path):
    p = tmp_path / "good.npz"
    w = Weights(*(a[None] for a in weights(512).values()))  # the largest model: ~2 MB
    save_model(p, w, {**META, "hidden": 512})
    start = time.perf_counter()
    loaded, meta = load_model(p)
    assert time.perf_counter() - start < 1.0
    for name in ("W0", "Wh", "W1"):
        a = getattr(loaded, name)
        assert a.dtype == np.float64 and a.flags.c_contiguous and a.flags.writeable
        assert np.array_equal(a, getattr(w, name)) and a.tobytes() == getattr(w, name).tobytes()
    assert meta == {**META, "hidden": 512}


def test_other_writers_float_layouts_still_load(tmp_path):
    """np.savez_compressed (deflate), float32, big-endian and Fortran order are all floating point models."""
    w = weights()
    arrays = {"synapse_0": w["synapse_0"].astype(">f8"), "synapse_h": np.asfortranarray(w["synapse_h"]),
              "synapse_1": w["synapse_1"].astype(np.float32)}
    p = tmp_path / "other.npz"
    np.savez_compressed(p, meta=np.array(json.dumps(META)), **arrays)
    loaded, _ = load_model(p)
    assert np.array_equal(loaded.W0[0], w["synapse_0"]) and np.array_equal(loaded.Wh[0], w["synapse_h"])
    assert np.array_equal(loaded.W1[0], w["synapse_1"].astype(np.float32)) and loaded.W1.dtype == np.float64


def test_the_loader_never_calls_np_load(tmp_path, monkeypatch):
    p = tmp_path / "good.npz"
    save_model(p, Weights(*(a[None] for a in weights().values())), META)

    def forbidden(*a, **k):
        raise AssertionError("np.load materialises members before their headers are checked")

    monkeypatch.setattr(np, "load", forbidden)
    load_model(p)


# -- the file itself -------------------------------------------------------------------------------------


def test_a_file_beyond_the_size_cap_is_not_opened(tmp_path):
    p = tmp_path / "huge.npz"
    with open(p, "wb") as f:
        f.truncate(modelfile.MAX_FILE_BYTES + 1)  # sparse: no disk, no time
    refused(p, "file_too_large", "it is 64.0 MiB, and a model file is never more than 64.0 MiB", most_mib=1)


def test_empty_file_plain_npy_and_pickle(tmp_path):
    empty = tmp_path / "empty.npz"
    empty.write_bytes(b"")
    refused(empty, "empty_file", "it is empty")
    one = tmp_path / "one.npz"
    one.write_bytes(npy_bytes(np.zeros(3)))
    refused(one, "single_array", "is not an rnnsub model: it holds a single array")
    pickled = tmp_path / "p.npz"
    pickled.write_bytes(b"\x80\x04\x95" + bytes(20))
    refused(pickled, "not_zip", "not a zip archive")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    p = tmp_path / "pipe.npz"
    os.mkfifo(p)
    refused(p, "not_file", "is not a regular file")


def test_missing_folder_and_unreadable(tmp_path):
    e = refused(tmp_path / "nope.npz", "not_found", "does not exist")
    assert e.params["path"] == str(tmp_path / "nope.npz")
    refused(tmp_path, "folder", "is a folder, not a model file")


def test_permission_denied(tmp_path, monkeypatch):
    """As an ordinary user would meet it (the tests may run as root, which reads any file): open() is refused."""
    import rnnsub.modelfile

    p = write_zip(tmp_path / "locked.npz", members())

    def denied(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(rnnsub.modelfile, "open", denied, raising=False)
    refused(p, "permission", "permission denied")


# -- the zip's directory -----------------------------------------------------------------------------------


def test_members_are_named_before_anything_is_read(tmp_path):
    p = write_zip(tmp_path / "m.npz", members(synapse_1=None, extra=b"x"))
    e = refused(p, "members", "it holds extra, meta, synapse_0, synapse_h instead of synapse_0, synapse_h, synapse_1, meta")
    assert e.params["found"] == ("extra", "meta", "synapse_0", "synapse_h")


def test_hostile_member_names_stay_one_short_line(tmp_path):
    m = members()
    m["a\nb\x1b[31m" + "y" * 5000] = b""
    msg = str(refused(write_zip(tmp_path / "n.npz", m), "members"))
    assert len(msg) < 300 and "\x1b" not in msg


def test_a_directory_of_many_entries_is_refused_before_zipfile_lists_it(tmp_path):
    m = members()
    m.update({str(i): b"" for i in range(5000)})
    refused(write_zip(tmp_path / "many.npz", m), "members", "too many zip entries", most_s=0.2)


def test_encrypted_and_exotic_compression_are_refused_unopened(tmp_path):
    p = write_zip(tmp_path / "bz.npz", {"synapse_0.npy": members()["synapse_0.npy"]}, zipfile.ZIP_BZIP2)
    with zipfile.ZipFile(p, "a") as z:
        for name, data in members().items():
            if name != "synapse_0.npy":
                z.writestr(name, data)
    refused(p, "compression", "synapse_0.npy is compressed with a method this program does not read (zip method 12)")
    p = write_zip(tmp_path / "enc.npz", members())
    d = bytearray(p.read_bytes())
    i = d.find(b"PK\x01\x02" + d[d.find(b"PK\x01\x02") + 4:][:4])  # the first directory record
    d[i + 8] |= 1  # its "encrypted" flag
    p.write_bytes(bytes(d))
    refused(p, "encrypted", "is encrypted")


# -- the .npy headers and the meta ---------------------------------------------------------------------------


@pytest.mark.parametrize("descr,words", [
    ("<i8", "synapse_0 holds int64 values; a model's weights are floating point of at most 64 bits"),
    ("<c16", "holds complex128 values"),
    (np.dtype(np.longdouble).str, "floating point of at most 64 bits"),
    ("(2,2)<f8", "floating point"),
    ([("a", "<f8")], "floating point"),
])
def test_weights_dtype_is_checked_from_the_header(tmp_path, descr, words):
    dtype = npy.descr_to_dtype(descr)
    data = header((2, H), npy.dtype_to_descr(dtype)) + bytes(2 * H * dtype.itemsize)
    e = refused(write_zip(tmp_path / "d.npz", members(synapse_0=data)), "array", words)
    assert e.params["problem"] == "dtype"


def test_object_arrays_are_pickles_and_never_loaded(tmp_path):
    p = write_zip(tmp_path / "o.npz", members(synapse_1=header((H, 1), "|O") + b"\x80\x04N."))
    refused(p, "pickled", "synapse_1.npy holds pickled Python objects, which are never loaded")


@pytest.mark.parametrize("data,kind", [
    (b"\x93NUMPY\x03\x00" + bytes(40), "header"),  # version 3.0: never a model's
    (b"\x93NUMPY\x02\x00" + struct.pack("<I", 2**31) + b"{", "header"),  # a header of 2 GiB
    (b"not an npy at all", "header"),
    (header((H, 1))[:-20], "header"),  # the header cut short
    (header((H, 1)) + bytes(8 * H + 8), "sizes"),  # 8 bytes more than the header says
    (header((H, 1), version=(2, 0)) + bytes(8 * H - 1), "sizes"),
])
def test_npy_headers_are_bounded(tmp_path, data, kind):
    refused(write_zip(tmp_path / "h.npz", members(synapse_1=data)), kind, "synapse_1", most_mib=2)


def test_version_2_headers_load(tmp_path):
    w = weights()
    p = write_zip(tmp_path / "v2.npz", members(synapse_h=header((H, H), version=(2, 0)) + w["synapse_h"].tobytes()))
    assert np.array_equal(load_model(p)[0].Wh[0], w["synapse_h"])


@pytest.mark.parametrize("meta,words", [
    ("[" * 15000, "meta is JSON this program cannot read"),
    ('{"format": ' + "9" * 5000 + "}", "meta is JSON this program cannot read"),
    (json.dumps({**META, "cell": ["elman"]}), "cell must be one of elman, notebook"),
    (json.dumps({**META, "cell": "x" * 10000}), "cell must be one of elman, notebook"),
    (json.dumps({**META, "iterations": 2**60}), "iterations must be a whole number"),
    (json.dumps({**META, "accuracy": float("nan")}), "accuracy must be a fraction"),
    (json.dumps({**META, "hidden": 4096}), "hidden must be a whole number from 1 to 512"),
])
def test_meta_is_parsed_within_bounds(tmp_path, meta, words):
    e = refused(write_zip(tmp_path / "m.npz", members(meta=meta)), "meta", "is not a usable rnnsub model", words)
    assert len(str(e)) < 300


def test_meta_with_invalid_code_points(tmp_path):
    data = header((), "<U2") + struct.pack("<2I", 0x7B, 0x110000)  # "{" and a code point beyond Unicode
    refused(write_zip(tmp_path / "u.npz", members(meta=data)), "meta", "meta is not valid Unicode text")


def test_legacy_cell_name_still_loads(tmp_path):
    p = write_zip(tmp_path / "old.npz", members({**META, "cell": "seed"}))
    assert load_model(p)[1]["cell"] == "notebook"


def test_damaged_bytes_anywhere_are_one_sentence(tmp_path):
    """Flipped bytes and smashed fields anywhere in a model: it loads or is refused; nothing else escapes."""
    p = tmp_path / "good.npz"
    save_model(p, Weights(*(a[None] for a in weights().values())), META)
    good = p.read_bytes()
    rng = random.Random(8)
    for _ in range(300):
        d = bytearray(good)
        k = rng.randrange(len(d) - 4)
        d[k:k + rng.choice((1, 2, 4))] = rng.randrange(2**32).to_bytes(4, "little")[:len(d[k:k + 4])]
        p.write_bytes(bytes(d[: len(good)]))
        try:
            load_model(p)
        except ModelFileError as e:
            assert "\n" not in str(e) and e.kind


# -- the command line and the window -----------------------------------------------------------------------


def test_command_line_refuses_with_status_2_within_the_bounds(tmp_path):
    liar = write_zip(tmp_path / "liar.npz", members(synapse_h=header((100000, 100000)) + bytes(8 * H * H)))
    bomb = lying_size(tmp_path, fix_crc=False)
    # the child's peak resident memory: VmHWM belongs to its own address space (ru_maxrss would include
    # pytest's, as a vfork'ed child inherits its parent's high-water mark across exec)
    code = ("import sys; from main import main; rc = main(sys.argv[1:]); "
            "print(next((int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')), 0)) "
            "if sys.platform == 'linux' else print(0); sys.exit(rc)")
    for args in (["predict", "--model", str(liar), "1", "1"], ["evaluate", "--model", str(bomb)]):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
        elapsed = time.perf_counter() - start
        assert out.returncode == 2 and out.stderr.startswith("error: ") and len(out.stderr.splitlines()) == 1, out.stderr
        assert int(out.stdout) < 100 * 1024 and elapsed < 5  # kB; the interpreter and numpy are ~35 MB of it
        print(args[0], f"{elapsed:.2f} s, {int(out.stdout):,} kB")


def test_the_window_shows_one_sentence_per_bad_file(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    text = tmp_path / "text.npz"
    text.write_text("hello")
    files = [text, write_zip(tmp_path / "liar.npz", members(synapse_h=header((100000, 100000)) + bytes(8 * H * H))),
             lying_size(tmp_path, fix_crc=False), write_zip(tmp_path / "meta.npz", members(meta="[" * 15000))]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    before = window.session.weights.Wh.copy()
    for i, p in enumerate(files, 1):
        start = time.perf_counter()
        assert window.open_path(str(p)) is False
        assert time.perf_counter() - start < 1.0
        assert len(warnings) == i and warnings[-1].startswith(p.name) and "\n" not in warnings[-1], warnings
    np.testing.assert_array_equal(before, window.session.weights.Wh)
