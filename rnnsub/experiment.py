"""Experiment files: every run of a session in one file that opens on another machine and replays (issue 11).

The file is an .npz (a zip of .npy arrays, as numpy's savez writes it), like a model file:

    meta.npy                       JSON text: {"format": 1, "kind": "rnnsub experiment", "version": program version,
                                   "runs": [one object per run, oldest first]}
    run<i>_start_synapse_0.npy     run i's initial weights W0 (2, H), Wh (H, H), W1 (H, 1)
    run<i>_start_synapse_h.npy
    run<i>_start_synapse_1.npy
    run<i>_final_synapse_0.npy     its weights where it stopped (the checkpoint replay compares with)
    run<i>_final_synapse_h.npy
    run<i>_final_synapse_1.npy
    run<i>_curve.npy               (2, n) float64: its error curve as block sums and counts (history.Curve)

Each run's object holds every setting (as in a model file's meta, plus "iterations": how many it was asked to
train), "start_iteration", "iteration" (where it stopped), "from_seed", "lr_changes" ([[iteration, lr], ...]),
"accuracy" ([[iteration, fraction], ...]), "solved_at", "diverged_at" (iteration or null), "name", and
"curve": {"first", "n", "block"}.

Loading goes through the same bounded reader as model files (rnnsub/modelfile.py: file size, zip directory,
declared entry sizes, .npy headers, exact byte counts, no pickle) and checks every value; anything wrong is one
sentence (ModelFileError). A model file still opens on its own; an experiment's run can be saved as one.
"""

from __future__ import annotations

import json
import re
import zipfile

import numpy as np

from . import __version__
from .config import SETTINGS, Config
from .errors import ConfigError, FileWriteError, ModelFileError
from .fileio import atomic_write
from .history import ACCURACY_POINTS, CURVE_POINTS, MAX_RUNS, Curve, Run
from .modelfile import (
    H_MAX,
    MAX_HEADER,
    MAX_TRAINED,
    MODEL_SETTINGS,
    _Bad,
    _clip,
    _read_array,
    _read_meta,
    _read_npy,
    _shapes,
    _Unusable,
    check_entry,
    load_bounded,
    open_zip,
    weights_of,
)
from .rnn import Weights

FORMAT = 1
KIND = "rnnsub experiment"
MAX_LR_CHANGES = 2000  # learning-rate changes a run may record
MAX_META_BYTES = 16 * 2**20  # meta.npy (UTF-32: 4 MiB of JSON text)
_WEIGHTS = max(12 + MAX_HEADER + np.prod(shape) * 8 for shape in _shapes(H_MAX).values())  # one weight member, at most
_CURVE_BYTES = 12 + MAX_HEADER + 2 * CURVE_POINTS * 8
MAX_FILE_BYTES = MAX_RUNS * (6 * _WEIGHTS + _CURVE_BYTES) + MAX_META_BYTES  # ~230 MiB: 50 runs of 512 hidden units
MAX_ENTRIES = MAX_RUNS * 7 + 1
_MEMBER = re.compile(r"run(\d{1,3})_(?:(start|final)_(synapse_0|synapse_h|synapse_1)|curve)\.npy")


def save_experiment(path, runs: list[Run]) -> None:
    """Write the runs (at most MAX_RUNS) to path, atomically. Raises ModelFileError if a run cannot be recorded
    (more than MAX_LR_CHANGES learning-rate changes) or the file cannot be written."""
    if not 1 <= len(runs) <= MAX_RUNS:
        raise ValueError(f"an experiment holds 1 to {MAX_RUNS} runs, not {len(runs)}")
    arrays, described = {}, []
    for i, r in enumerate(runs):
        if len(r.lr_changes) > MAX_LR_CHANGES:
            raise ModelFileError(f"run {i + 1} changed its learning rate {len(r.lr_changes):,} times; an experiment file "
                                 f"records at most {MAX_LR_CHANGES:,}", "lr_changes", run=i + 1, limit=MAX_LR_CHANGES)
        final = r.final if r.final is not None else r.start
        for which, w in (("start", r.start), ("final", final)):
            for name, a in zip(("synapse_0", "synapse_h", "synapse_1"), (w.W0[0], w.Wh[0], w.W1[0])):
                arrays[f"run{i}_{which}_{name}"] = a
        n = r.curve.blocks()
        arrays[f"run{i}_curve"] = np.stack([r.curve.sums[:n], r.curve.counts[:n].astype(np.float64)])
        described.append({
            **{name: getattr(r.config, name) for name in MODEL_SETTINGS}, "iterations": r.config.iterations,
            "start_iteration": r.start_iteration, "iteration": r.iteration, "from_seed": r.from_seed,
            "lr_changes": [[int(it), float(lr)] for it, lr in r.lr_changes],
            "accuracy": [[int(it), float(a)] for it, a in r.accuracy],
            "solved_at": r.solved_at, "diverged_at": r.diverged_at, "name": r.name,
            "curve": {"first": r.curve.first, "n": r.curve.n, "block": r.curve.block},
        })
    meta = {"format": FORMAT, "kind": KIND, "version": __version__, "runs": described}
    try:
        atomic_write(path, lambda f: np.savez(f, meta=np.array(json.dumps(meta)), **arrays), "the experiment")
    except FileWriteError as e:
        raise ModelFileError(str(e), e.kind, **e.params) from None


def load_experiment(path) -> tuple[list[Run], dict]:
    """Read and check an experiment file: (runs, meta). Anything that is not a usable experiment is a
    ModelFileError with one sentence, refused before more is read or allocated than the file's runs need."""
    return load_bounded(path, "experiment", _read, MAX_FILE_BYTES)


def _read(f, size: int):
    with open_zip(f, MAX_ENTRIES, f"an experiment holds at most {MAX_ENTRIES}", ("meta",)) as z:
        infos = {i.filename: i for i in z.infolist()}
        if "meta.npy" not in infos:
            raise _Bad("it holds no meta", "members", found=tuple(sorted(infos))[:8], expected=("meta",))
        for member, info in infos.items():
            m = _MEMBER.fullmatch(member)
            if member != "meta.npy" and m is None:
                raise _Bad(f"it holds {_clip(member, 40)}, which is no part of an experiment", "members",
                           found=(member,), expected=("meta",))
            limit = MAX_META_BYTES if m is None else (_CURVE_BYTES if member.endswith("_curve.npy") else _WEIGHTS)
            check_entry(info, limit, size, "experiment")
        meta = _check_meta(_read_meta(z, infos["meta.npy"]))
        expected = {"meta.npy"} | {f"run{i}_{w}_{k}.npy" for i in range(len(meta["runs"])) for w in ("start", "final")
                                   for k in ("synapse_0", "synapse_h", "synapse_1")} \
            | {f"run{i}_curve.npy" for i in range(len(meta["runs"]))}
        if set(infos) != expected:
            missing, extra = sorted(expected - set(infos)), sorted(set(infos) - expected)
            what = f"lacks {', '.join(missing[:4])}" if missing else f"holds {', '.join(extra[:4])} beyond its runs"
            raise _Bad(f"it {what}", "members", found=tuple(extra), expected=tuple(missing))
        runs = [_run(z, infos, i, d) for i, d in enumerate(meta["runs"])]
    return runs, meta


def _run(z: zipfile.ZipFile, infos: dict, i: int, d: dict) -> Run:
    H = d["hidden"]
    weights = {}
    for which in ("start", "final"):
        arrays = {f"run{i}_{which}_{k}": _read_array(z, infos[f"run{i}_{which}_{k}.npy"], shape, H)
                  for k, shape in _shapes(H).items()}
        weights[which] = weights_of(arrays, H, f"run{i}_{which}_")
    c = d["curve"]
    blocks = -(-c["n"] // c["block"])
    curve_member = f"run{i}_curve"

    def check(dtype, shape):
        if dtype != np.dtype("<f8") or shape != (2, blocks):
            raise _Unusable(f"{curve_member} is not a (2, {blocks}) float64 array", "array", member=curve_member,
                            problem="shape", shape=shape, expected=(2, blocks), hidden=H)

    data, dtype, shape, fortran = _read_npy(z, infos[f"{curve_member}.npy"], check)
    sums, counts = np.frombuffer(data, dtype).reshape(shape, order="F" if fortran else "C")
    if not (np.isfinite(sums).all() and (counts >= 0).all() and (counts == np.round(counts)).all()
            and (counts <= c["block"]).all()):
        raise _Unusable(f"{curve_member} holds values no curve has", "array", member=curve_member, problem="values")
    curve = Curve(c["first"])
    curve.n, curve.block = c["n"], c["block"]
    curve.sums[:blocks], curve.counts[:blocks] = sums, counts.astype(np.int64)
    config = Config(**{name: d[name] for name in MODEL_SETTINGS}, iterations=d["iterations"])
    return Run(config, weights["start"], d["start_iteration"], d["from_seed"], [tuple(x) for x in d["lr_changes"]],
               d["iteration"], weights["final"], curve, [tuple(x) for x in d["accuracy"]], d["solved_at"],
               d["diverged_at"], d["name"])


def _check_meta(text: str) -> dict:
    try:
        meta = json.loads(text)
    except (ValueError, RecursionError):
        raise _Unusable("meta is not JSON this program can read", "meta", problem="not_json") from None
    if not isinstance(meta, dict) or meta.get("kind") != KIND:
        raise _Unusable("meta does not describe an experiment", "meta", problem="not_object")
    if meta.get("format") != FORMAT:
        raise _Unusable(f"format version {_clip(repr(meta.get('format')))} is not supported (this program reads {FORMAT})",
                        "meta", problem="format", version=meta.get("format"), supported=FORMAT)
    runs = meta.get("runs")
    if not isinstance(runs, list) or not 1 <= len(runs) <= MAX_RUNS:
        raise _Unusable(f"it must list 1 to {MAX_RUNS} runs", "meta", problem="runs")
    if not isinstance(meta.get("version"), str):
        raise _Unusable("meta lacks the program version", "meta", problem="missing", key="version")
    for i, d in enumerate(runs):
        _check_run(i, d)
    return meta


def _fraction(v: float) -> float:
    if not 0 <= v <= 1:
        raise ValueError(v)
    return v


def _whole(value, low: int, high: int) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def _check_run(i: int, d) -> None:
    def bad(what: str, key: str):
        raise _Unusable(f"run {i + 1}: {what}", "meta", problem="run", run=i + 1, key=key)

    if not isinstance(d, dict):
        bad("it is not a JSON object", "run")
    for name in (*MODEL_SETTINGS, "iterations"):
        if name not in d:
            bad(f"it lacks {name!r}", name)
        try:
            d[name] = SETTINGS[name].check(d[name])
        except ConfigError as e:
            bad(_clip(e, 200), name)
    for key in ("start_iteration", "iteration"):
        if not _whole(d.get(key), 0, MAX_TRAINED):
            bad(f"{key} must be a whole number from 0 to {MAX_TRAINED:,}", key)
    if d["iteration"] < d["start_iteration"]:
        bad("it stops before it starts", "iteration")
    most = SETTINGS["iterations"].high  # replay retrains the run: no longer than a run may be asked to train
    if d["iteration"] - d["start_iteration"] > most:
        bad(f"it trained {d['iteration'] - d['start_iteration']:,} iterations, more than a run can ({most:,})",
            "iteration")
    if not isinstance(d.get("from_seed"), bool) or not isinstance(d.get("name"), str) or len(d["name"]) > 200:
        bad("from_seed must be true or false and name a short text", "from_seed")
    for key in ("solved_at", "diverged_at"):
        if d.get(key) is not None and not _whole(d[key], d["start_iteration"], d["iteration"]):
            bad(f"{key} must be null or an iteration of the run", key)
    for key, most, check in (("lr_changes", MAX_LR_CHANGES, SETTINGS["lr"].check), ("accuracy", ACCURACY_POINTS, _fraction)):
        pairs = d.get(key)
        if not isinstance(pairs, list) or len(pairs) > most:
            bad(f"{key} must be a list of at most {most:,} pairs", key)
        for p in pairs:
            try:
                ok = (isinstance(p, list) and len(p) == 2 and _whole(p[0], 0, MAX_TRAINED)
                      and not isinstance(p[1], bool) and isinstance(p[1], (int, float)))
                if ok:
                    p[1] = float(check(float(p[1])))
            except (ConfigError, ValueError):
                ok = False
            if not ok:
                bad(f"{key} holds {_clip(repr(p), 40)}, not an [iteration, value] pair", key)
    # each change applies from its iteration on, in the order made: several at one iteration are two changes between
    # the same two steps (the later wins)
    at = [p[0] for p in d["lr_changes"]]
    if any(x < d["start_iteration"] or x > d["iteration"] for x in at):
        bad(f"lr_changes must lie within the run, iterations {d['start_iteration']:,} to {d['iteration']:,}",
            "lr_changes")
    if any(x > y for x, y in zip(at, at[1:])):
        bad("lr_changes must be in the order of their iterations", "lr_changes")
    c = d.get("curve")
    if not (isinstance(c, dict) and _whole(c.get("first"), 0, MAX_TRAINED) and _whole(c.get("n"), 0, MAX_TRAINED)
            and _whole(c.get("block"), 1, MAX_TRAINED) and -(-c["n"] // c["block"]) <= CURVE_POINTS):
        bad("its curve is not described by first, n and block", "curve")


def save_run_as_model(path, run: Run) -> None:
    """One run's final weights as a model file (rnnsub/modelfile.py)."""
    from .modelfile import make_meta, save_model

    final: Weights = run.final if run.final is not None else run.start
    save_model(path, final, make_meta(run.config, run.iteration, run.final_accuracy))
