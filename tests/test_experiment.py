"""Run history, run again from the same start, experiment files and replay (issue 11, parts 1, 2 and 5)."""

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import rnnsub.experiment as experiment
from rnnsub.cli import main as cli_main
from rnnsub.config import Config
from rnnsub.errors import ModelFileError
from rnnsub.experiment import load_experiment, save_experiment
from rnnsub.history import CURVE_POINTS, Curve, History, Run, again, labels, replay, run_of
from rnnsub.modelfile import load_model
from rnnsub.train import Control, Trainer

ROOT = Path(__file__).resolve().parents[1]


def train(run: Run, iterations: int, lr_at: dict | None = None) -> Run:
    """Train `run` from its start as the window and the CLI do (Trainer.run reports), changing the learning rate
    at the iterations in lr_at as a person would between reports."""
    t = run.trainer()
    t.set_target(run.start_iteration + iterations)
    control = Control()
    for it, lr in sorted((lr_at or {}).items()):
        while t.iteration < it:
            t.step()
            run.add_errors(np.array([np.nan]))  # keeps the curve aligned; the curve is not what replay checks
        t.set_lr(lr)
    for p in t.run(control, every=97, eval_every=1000):
        run.record(p)
    run.finish(t)
    return run


# -- the curve ------------------------------------------------------------------------------------------------------

def test_curve_keeps_block_means_in_bounded_memory():
    rng = np.random.RandomState(0)
    values = rng.rand(10_000)
    values[123] = np.nan
    c = Curve(first=1, points=64)
    for chunk in np.array_split(values, 37):
        c.append(chunk)
    assert c.n == 10_000 and c.block == 256 and c.blocks() == 40  # 10,000 / 64 points -> blocks of 256
    x, means = c.arrays()
    for j in range(c.blocks()):
        block = values[j * 256:(j + 1) * 256]
        assert means[j] == pytest.approx(np.nanmean(block), rel=1e-12)
        assert x[j] == pytest.approx(1 + j * 256 + (len(block) - 1) / 2)
    assert c.sums.size == 64  # whatever the length


def test_a_block_without_a_finite_value_is_nan():
    c = Curve(points=4)
    c.append([1.0, np.nan, np.nan, np.nan])
    assert np.isnan(c.arrays()[1][1:]).all() and c.arrays()[1][0] == 1.0


# -- runs from the same start ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pair_of_runs():
    a = train(run_of(Trainer(Config(iterations=2500)), from_seed=True), 2500)
    b = train(again(a), 2500)
    return a, b


def test_two_runs_from_the_same_start_with_the_same_settings_are_identical(pair_of_runs):
    a, b = pair_of_runs
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(getattr(a.final, name), getattr(b.final, name))
    np.testing.assert_array_equal(a.curve.arrays()[1], b.curve.arrays()[1])
    assert a.accuracy == b.accuracy and a.solved_at == b.solved_at is not None


def test_run_again_with_another_learning_rate_sees_the_same_first_iteration(pair_of_runs):
    a, _ = pair_of_runs
    t_a, t_b = a.trainer(), again(a, lr=5.0).trainer()
    first_a, first_b = t_a.step(), t_b.step()
    np.testing.assert_array_equal(first_a.a, first_b.a)  # the same pair...
    np.testing.assert_array_equal(first_a.y_hat, first_b.y_hat)  # ...through the same weights
    assert not np.array_equal(t_a.weights.Wh, t_b.weights.Wh)  # then the learning rate makes the difference
    notebook = again(a, cell="notebook").trainer()
    np.testing.assert_array_equal(notebook.weights.Wh, a.start.Wh)
    assert notebook.step().a.tolist() == first_a.a.tolist()
    with pytest.raises(ValueError):
        again(a, hidden=8)


def test_labels_say_what_differs():
    base = run_of(Trainer(Config()), from_seed=True)
    runs = [base, again(base, lr=5.0), again(base, cell="notebook"), again(base)]
    assert labels(runs) == ["elman cell, lr 0.9 (1)", "elman cell, lr 5", "notebook cell, lr 0.9",
                            "elman cell, lr 0.9 (2)"]
    assert labels([base, again(base)]) == ["run 1", "run 2"]
    named = again(base, lr=2.0)
    named.name = "fast"
    assert labels([base, named]) == ["lr 0.9", "fast"]


def test_history_is_bounded():
    h = History(limit=3)
    base = run_of(Trainer(Config()), from_seed=True)
    for lr in (0.1, 0.2, 0.3, 0.4, 0.5):
        h.add(again(base, lr=lr))
    assert len(h) == 3 and [r.config.lr for r in h] == [0.3, 0.4, 0.5]


# -- replay ----------------------------------------------------------------------------------------------------------

def test_replay_reproduces_a_run_with_learning_rate_changes_to_the_bit():
    run = train(run_of(Trainer(Config(iterations=1200)), from_seed=True), 1200, lr_at={300: 2.0, 700: 0.5})
    assert [it for it, _ in run.lr_changes] == [0, 300, 700]
    result = replay(run)
    assert result.identical and result.difference == 0.0 and result.start_identical
    tampered = replace(run, final=run.final.copy())
    tampered.final.Wh[0, 1, 2] += 1e-9
    result = replay(tampered)
    assert not result.identical and result.difference == pytest.approx(1e-9, rel=1e-3)
    skipped = replace(run, lr_changes=run.lr_changes[:1])  # the changes are what make it reproducible
    assert not replay(skipped).identical


def test_replay_of_a_run_from_a_loaded_model(tmp_path):
    t = Trainer(Config(iterations=300, seed=4))
    for _ in range(300):
        t.step()
    loaded = Trainer(Config(iterations=500, seed=4), weights=t.weights.copy(), iteration=300)
    run = train(run_of(loaded, from_seed=False), 500)
    assert run.start_iteration == 300 and run.iteration == 800
    assert replay(run).identical


# -- experiment files -------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def saved(tmp_path_factory, pair_of_runs):
    a, _ = pair_of_runs
    c = train(again(a, lr=5.0), 800, lr_at={200: 1.5})
    c.name = "fast, then slower"
    path = tmp_path_factory.mktemp("exp") / "e.npz"
    save_experiment(path, [a, c])
    return path, [a, c]


def test_an_experiment_round_trips_every_field(saved):
    path, runs = saved
    loaded, meta = load_experiment(path)
    assert meta["version"] and len(loaded) == 2
    for r, s in zip(runs, loaded):
        assert s.config == r.config and s.start_iteration == r.start_iteration and s.from_seed == r.from_seed
        assert s.lr_changes == r.lr_changes and s.accuracy == r.accuracy and s.iteration == r.iteration
        assert s.solved_at == r.solved_at and s.diverged_at == r.diverged_at and s.name == r.name
        for w, v in ((r.start, s.start), (r.final, s.final)):
            for name in ("W0", "Wh", "W1"):
                np.testing.assert_array_equal(getattr(w, name), getattr(v, name))
        for x, y in zip(r.curve.arrays(), s.curve.arrays()):
            np.testing.assert_array_equal(x, y)
        s.curve.append([0.5])  # a loaded curve goes on growing like the original
        assert s.curve.n == r.curve.n + 1


def test_replay_in_a_new_process_says_identical(saved):
    path, _ = saved
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "replay", str(path)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[1] == "run 1 (lr 0.9, 2,500 iterations): identical"
    assert lines[2] == "run 2 (fast, then slower, 800 iterations): identical"


def test_train_save_experiment_then_replay(tmp_path):
    path = tmp_path / "one.npz"
    out = io.StringIO()
    assert cli_main(["train", "--iterations", "700", "--lr", "2", "--log-every", "10000", "--save-experiment",
                     str(path)], out=out) == 0
    (run,), _ = load_experiment(path)
    assert run.config.lr == 2.0 and run.iteration == 700 and run.curve.n == 700
    out = io.StringIO()
    assert cli_main(["replay", str(path)], out=out) == 0
    assert "run 1 (700 iterations): identical" in out.getvalue()
    # a changed final weight is found out, with the size of the difference; the status says so too
    loaded = load_experiment(path)[0]
    loaded[0].final.W1[0, 0, 0] += 0.25
    save_experiment(path, loaded)
    out = io.StringIO()
    assert cli_main(["replay", str(path)], out=out) == 1
    assert "differs by up to 0.25" in out.getvalue()


def test_train_save_experiment_records_when_every_pair_was_first_right(tmp_path):
    """Checked every 100 iterations, as a sweep checks: a default run is all right at 2,500, not at its end."""
    path = tmp_path / "default.npz"
    assert cli_main(["train", "--log-every", "100000", "--save-experiment", str(path)], out=io.StringIO()) == 0
    (run,), _ = load_experiment(path)
    assert run.iteration == 10_000 and run.solved_at % 100 == 0 and run.solved_at <= 3000
    assert run.accuracy[0] == (run.solved_at, 1.0) and run.accuracy[-1] == (10_000, 1.0)
    t = Trainer(Config())
    for _ in range(run.solved_at - 100):
        t.step()
    assert t.evaluate().accuracy[0] < 1.0  # 100 iterations earlier it was not yet right
    for _ in range(100):
        t.step()
    assert t.evaluate().accuracy[0] == 1.0


def test_a_model_file_is_not_an_experiment_and_an_experiment_is_not_a_model(saved, tmp_path, capsys):
    path, _ = saved
    model = tmp_path / "m.npz"
    assert cli_main(["train", "--iterations", "10", "--log-every", "100", "--save", str(model)]) == 0
    with pytest.raises(ModelFileError) as e:
        load_experiment(model)
    assert "is not a usable rnnsub experiment" in str(e.value) or "is not an rnnsub experiment" in str(e.value)
    with pytest.raises(ModelFileError) as e:
        load_model(path)
    assert "is not an rnnsub model" in str(e.value)
    assert load_model(model)[1]["iterations"] == 10  # a model file still opens on its own


# -- bad files: each kind the model-file tests try, applied to experiment files ---------------------------------------

def members_of(path) -> dict:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_zip(path, m: dict, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in m.items():
            z.writestr(name, data)
    return path


def npy_bytes(a) -> bytes:
    b = io.BytesIO()
    np.save(b, a, allow_pickle=True)
    return b.getvalue()


def meta_with(path, change) -> dict:
    m = members_of(path)
    meta = json.loads(np.load(io.BytesIO(m["meta.npy"])).item())
    change(meta)
    m["meta.npy"] = npy_bytes(np.array(json.dumps(meta)))
    return m


def patch_size(path, member: str, file_size: int):
    d = bytearray(Path(path).read_bytes())
    name = member.encode()
    for signature, fixed, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        i = -1
        while (i := d.find(signature, i + 1)) >= 0:
            if d[i + fixed:i + fixed + len(name)] == name:
                struct.pack_into("<L", d, i + size_at, file_size)
    Path(path).write_bytes(bytes(d))


def bad_files(src: Path, d: Path):
    """(name, path, kind, words) for every kind of bad file."""
    good = members_of(src)
    W = "run0_start_synapse_h.npy"
    yield "missing", d / "nope.npz", "not_found", "does not exist"
    yield "folder", d, "folder", "is a folder, not an experiment file"
    (d / "empty.npz").write_bytes(b"")
    yield "empty", d / "empty.npz", "empty_file", "is not an rnnsub experiment: it is empty"
    (d / "text.npz").write_text("runs, curves and weights\n")
    yield "text", d / "text.npz", "not_zip", "it is not a zip archive"
    (d / "one.npy").write_bytes(npy_bytes(np.zeros(3)))
    yield "single array", d / "one.npy", "single_array", "it holds a single array"
    (d / "pickle.npz").write_bytes(b"\x80\x04\x95" + bytes(40))
    yield "pickle", d / "pickle.npz", "not_zip", "not a zip archive"
    yield "extra member", write_zip(d / "extra.npz", {**good, "notes.npy": npy_bytes(np.zeros(1))}), "members", "notes.npy"
    yield "beyond its runs", write_zip(d / "beyond.npz", {**good, "run7_curve.npy": good["run0_curve.npy"]}), "members", \
        "beyond its runs"
    lacking = {k: v for k, v in good.items() if k != W}
    yield "missing member", write_zip(d / "lack.npz", lacking), "members", "lacks run0_start_synapse_h.npy"
    yield "no meta", write_zip(d / "nometa.npz", {k: v for k, v in good.items() if k != "meta.npy"}), "members", "no meta"
    big = write_zip(d / "bomb.npz", good)
    patch_size(big, W, 3 * 2**30)
    yield "member too large", big, "member_too_large", "would unpack to 3.0 GiB"
    p = write_zip(d / "enc.npz", good)
    b = bytearray(p.read_bytes())
    b[b.find(b"PK\x01\x02") + 8] |= 1
    p.write_bytes(bytes(b))
    yield "encrypted", p, "encrypted", "is encrypted"
    yield "bzip2", write_zip(d / "bz.npz", good, zipfile.ZIP_BZIP2), "compression", "zip method 12"
    yield "pickled member", write_zip(d / "obj.npz", {**good, W: npy_bytes(np.array([{}], dtype=object))}), "pickled", \
        "pickled Python objects"
    yield "not npy", write_zip(d / "hdr.npz", {**good, W: b"\x93NUMPY garbage" + bytes(100)}), "header", "not a .npy array"
    yield "nan", write_zip(d / "nan.npz", {**good, W: npy_bytes(np.full((16, 16), np.nan))}), "array", "NaN"
    yield "shape", write_zip(d / "shape.npz", {**good, W: npy_bytes(np.zeros((3, 3)))}), "array", "has shape (3, 3)"
    yield "ints", write_zip(d / "int.npz", {**good, W: npy_bytes(np.zeros((16, 16), dtype=np.int64))}), "array", "int64"
    yield "curve", write_zip(d / "curve.npz", {**good, "run0_curve.npy": npy_bytes(-np.ones((2, 25)))}), "array", \
        "run0_curve"
    m = dict(good)
    m["meta.npy"] = npy_bytes(np.array("{not json"))
    yield "meta not json", write_zip(d / "json.npz", m), "meta", "meta is not JSON"
    yield "format", write_zip(d / "fmt.npz", meta_with(src, lambda x: x.update(format=9))), "meta", "format version 9"
    yield "model meta", write_zip(d / "kind.npz", meta_with(src, lambda x: x.pop("kind"))), "meta", \
        "does not describe an experiment"
    yield "setting", write_zip(d / "set.npz", meta_with(src, lambda x: x["runs"][0].update(hidden=0))), "meta", \
        "run 1: hidden"
    yield "lr change", write_zip(d / "lr.npz", meta_with(src, lambda x: x["runs"][1]["lr_changes"].append([5, -1]))), \
        "meta", "run 2: lr_changes holds [5, -1]"
    early = meta_with(src, lambda x: x["runs"][0].update(start_iteration=9999))
    yield "stops early", write_zip(d / "early.npz", early), "meta", "stops before it starts"
    yield "no runs", write_zip(d / "none.npz", meta_with(src, lambda x: x.update(runs=[]))), "meta", "1 to 50 runs"
    data = src.read_bytes()
    (d / "cut.npz").write_bytes(data[: len(data) // 2])
    yield "truncated", d / "cut.npz", "damaged", "damaged"


def test_every_kind_of_bad_file_is_one_sentence(saved, tmp_path):
    path, _ = saved
    seen = []
    for name, bad, kind, words in bad_files(path, tmp_path):
        with pytest.raises(ModelFileError) as e:
            load_experiment(bad)
        msg = str(e.value)
        assert e.value.kind == kind, (name, e.value.kind, msg)
        assert words in msg and "\n" not in msg and len(msg) < 300, (name, msg)
        seen.append(kind)
    assert len(set(seen)) >= 13


def test_files_beyond_the_size_and_entry_bounds_are_not_opened(saved, tmp_path, monkeypatch):
    path, _ = saved
    monkeypatch.setattr(experiment, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ModelFileError) as e:
        load_experiment(path)
    assert e.value.kind == "file_too_large" and "an experiment file is never more than" in str(e.value)
    monkeypatch.setattr(experiment, "MAX_FILE_BYTES", 2**30)
    many = write_zip(tmp_path / "many.npz", {f"x{i}.npy": b"" for i in range(experiment.MAX_ENTRIES + 10)})
    with pytest.raises(ModelFileError) as e:
        load_experiment(many)
    assert e.value.kind == "members" and "too many zip entries" in str(e.value)


@pytest.mark.parametrize("change, words", [
    (lambda r: r.update(iteration=10**12), "run 2: it trained 1,000,000,000,000 iterations, more than a run can "
                                           "(1,000,000,000)"),
    (lambda r: r.update(start_iteration=10**12, iteration=10**12 + 10**9 + 1), "more than a run can"),
    (lambda r: r.update(lr_changes=[[0, 5.0], [300, 1.0], [200, 1.5]]), "in the order of their iterations"),
    (lambda r: r.update(lr_changes=[[0, 5.0], [801, 1.5]]), "must lie within the run, iterations 0 to 800"),
    (lambda r: r.update(start_iteration=100, lr_changes=[[0, 5.0]]), "must lie within the run, iterations 100"),
])
def test_a_run_too_long_to_replay_or_with_lr_changes_out_of_order_is_refused(saved, tmp_path, change, words):
    path, _ = saved
    bad = write_zip(tmp_path / "bad.npz", meta_with(path, lambda x: change(x["runs"][1])))
    with pytest.raises(ModelFileError) as e:
        load_experiment(bad)
    assert e.value.kind == "meta" and words in str(e.value) and e.value.params["key"] in ("iteration", "lr_changes")


def test_several_lr_changes_at_one_iteration_are_a_run(tmp_path):
    """Two changes between the same two steps: the later applies; the file keeps both, in order, and replays."""
    run = run_of(Trainer(Config(iterations=400)), from_seed=True)
    t = run.trainer()
    t.set_target(400)
    for _ in range(150):
        t.step()
    t.set_lr(3.0)
    t.set_lr(0.4)
    for p in t.run(Control()):
        run.record(p)
    run.finish(t)
    assert run.lr_changes == [(0, 0.9), (150, 3.0), (150, 0.4)]
    save_experiment(tmp_path / "two.npz", [run])
    (loaded,), _ = load_experiment(tmp_path / "two.npz")
    assert loaded.lr_changes == run.lr_changes and replay(loaded).identical


def test_replay_says_how_far_a_long_run_is_on_stderr(saved, monkeypatch):
    """Lines such as 'run 2: 75% (600 of 800 iterations)' on stderr while a run retrains for long (here: at once);
    stdout keeps only the results."""
    import rnnsub.cli as cli

    path, _ = saved
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 0.0)
    out, err = io.StringIO(), io.StringIO()
    assert cli_main(["replay", str(path)], out=out, err=err) == 0
    assert err.getvalue().splitlines() == ["run 1: 40% (1,000 of 2,500 iterations)",
                                           "run 1: 80% (2,000 of 2,500 iterations)"]
    assert out.getvalue().splitlines()[1:] == ["run 1 (lr 0.9, 2,500 iterations): identical",
                                               "run 2 (fast, then slower, 800 iterations): identical"]
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 1.0)
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 5.0)
    assert cli_main(["replay", str(path)], out=out, err=err) == 0 and err.getvalue() == ""  # short runs: nothing


def test_replay_refuses_a_bad_file_with_status_2(tmp_path, capsys):
    bad = tmp_path / "bad.npz"
    bad.write_text("hello")
    assert cli_main(["replay", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: bad.npz is not an rnnsub experiment") and len(err.splitlines()) == 1


def test_saving_refuses_a_run_with_too_many_lr_changes(tmp_path, pair_of_runs):
    a, _ = pair_of_runs
    many = replace(a, lr_changes=[(i, 0.5) for i in range(experiment.MAX_LR_CHANGES + 1)])
    with pytest.raises(ModelFileError) as e:
        save_experiment(tmp_path / "x.npz", [many])
    assert "at most 2,000" in str(e.value) and not (tmp_path / "x.npz").exists()
    assert not os.listdir(tmp_path)
    assert CURVE_POINTS == 4096


def test_the_smoothed_curve_is_the_windows_moving_average():
    from rnnsub.curves import Series

    values = np.random.RandomState(1).rand(3000)
    values[2500:] = np.nan  # diverged
    c = Curve(first=1)
    c.append(values)
    s = Series()
    s.append(1, values)
    x, avg = c.smoothed(100)
    np.testing.assert_allclose(avg, s.arrays()[2], rtol=1e-12, equal_nan=True)  # block = 1: the same numbers
    assert np.isnan(avg[2500:]).all()
