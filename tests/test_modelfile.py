import io
import json
import pickle
import zipfile

import numpy as np
import pytest

from rnnsub.config import Config
from rnnsub.modelfile import ModelFileError, load_model, make_meta, save_model
from rnnsub.train import Trainer


@pytest.fixture
def model(tmp_path):
    t = Trainer(Config(iterations=50))
    for _ in t.run():
        pass
    path = tmp_path / "m.npz"
    save_model(path, t.weights, make_meta(t.config, t.iteration, 0.25))
    return path, t


def test_round_trip(model):
    path, t = model
    w, meta = load_model(path)
    for name in ("W0", "Wh", "W1"):
        assert np.array_equal(getattr(w, name), getattr(t.weights, name))
    assert meta["cell"] == "elman" and meta["iterations"] == 50 and meta["accuracy"] == 0.25 and meta["format"] == 1
    with np.load(path, allow_pickle=False) as npz:
        assert sorted(npz.files) == ["meta", "synapse_0", "synapse_1", "synapse_h"]
        assert npz["synapse_0"].shape == (2, 16) and npz["synapse_1"].shape == (16, 1)


def rewrite(path, **changes):
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays.update(changes)
    arrays = {k: v for k, v in arrays.items() if v is not None}
    with open(path, "wb") as f:
        np.savez(f, **arrays)


def expect_error(path, *words, kind=None):
    with pytest.raises(ModelFileError) as e:
        load_model(path)
    msg = str(e.value)
    assert "\n" not in msg and all(w in msg for w in words), msg
    assert e.value.kind == kind if kind else e.value.kind, e.value.kind
    return msg


def test_not_a_zip(tmp_path):
    p = tmp_path / "bad.npz"
    p.write_text("hello, I am text")
    msg = expect_error(p, "bad.npz is not an rnnsub model: it is not a zip archive", kind="not_zip")
    assert "pickle" not in msg  # numpy's error mentions pickles for anything that is neither zip nor .npy


def test_truncated(model):
    path, _ = model
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    expect_error(path, "not an rnnsub model", "truncated", kind="damaged")


def test_pickled_objects_are_never_loaded(tmp_path):
    p = tmp_path / "evil.npz"
    obj = np.empty((), dtype=object)
    obj[()] = {"x": 1}
    with open(p, "wb") as f:
        np.savez(f, synapse_0=obj, synapse_h=obj, synapse_1=obj, meta=obj)
    expect_error(p, "pickled Python objects, which are never loaded", kind="pickled")


def test_plain_pickle_file(tmp_path):
    p = tmp_path / "evil.npz"
    p.write_bytes(pickle.dumps({"a": 1}))
    expect_error(p, "not an rnnsub model: it is not a zip archive", kind="not_zip")


def test_wrong_shape(model):
    path, _ = model
    rewrite(path, synapse_h=np.zeros((16, 15)))
    expect_error(path, "synapse_h has shape (16, 15), expected (16, 16) for 16 hidden units", kind="array")


def test_nan(model):
    path, _ = model
    w = np.zeros((16, 1))
    w[3] = np.nan
    rewrite(path, synapse_1=w)
    expect_error(path, "NaN", kind="array")


def test_missing_array(model):
    path, _ = model
    rewrite(path, synapse_1=None)
    expect_error(path, "synapse_1", kind="members")


def test_integer_weights(model):
    path, _ = model
    rewrite(path, synapse_0=np.zeros((2, 16), dtype=np.int64))
    expect_error(path, "floating point", kind="array")


@pytest.mark.parametrize("meta", ["not json", json.dumps([1, 2]), json.dumps({"format": 99}),
                                  json.dumps({"format": 1, "cell": "lstm", "bits": 8, "hidden": 16, "iterations": 1,
                                              "seed": 0, "pairs": "ordered"}),
                                  json.dumps({"format": 1, "cell": "elman", "bits": 99, "hidden": 16, "iterations": 1,
                                              "seed": 0, "pairs": "ordered"})])
def test_bad_meta(model, meta):
    path, _ = model
    rewrite(path, meta=np.array(meta))
    expect_error(path, "not a usable rnnsub model", kind="meta")


def test_missing_file_and_folder(tmp_path):
    expect_error(tmp_path / "nope.npz", "does not exist", kind="not_found")
    expect_error(tmp_path, "folder", kind="folder")


def test_single_npy_array(tmp_path):
    p = tmp_path / "one.npy"
    np.save(p, np.zeros(3))
    expect_error(p, "single array", kind="single_array")


def test_failed_save_keeps_the_previous_file(model, monkeypatch):
    path, t = model
    before = path.read_bytes()

    def broken(f, **arrays):
        f.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", broken)
    with pytest.raises(ModelFileError, match="No space left"):
        save_model(path, t.weights, make_meta(t.config, 1, None))
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["m.npz"]  # no temporary left behind


def test_unwritable_folder(model, tmp_path):
    _, t = model
    with pytest.raises(ModelFileError, match="cannot save"):
        save_model(tmp_path / "no" / "such" / "dir" / "m.npz", t.weights, make_meta(t.config, 1, None))


def test_loaded_zip_with_extra_member(model):
    path, _ = model
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("extra.npy", io.BytesIO(b"x").getvalue())
    expect_error(path, "instead of", kind="members")


@pytest.mark.parametrize("runs", [1, 12])  # 12 runs: 85 zip entries, more than a model's few
def test_an_experiment_given_as_a_model_is_named_so(tmp_path, runs, capsys):
    """Not a list of its members: it is an experiment, which the window opens and replay retrains."""
    from rnnsub.cli import main
    from rnnsub.experiment import save_experiment
    from rnnsub.history import run_of

    t = Trainer(Config(iterations=5))
    path = tmp_path / "e.npz"
    save_experiment(path, [run_of(t, from_seed=True) for _ in range(runs)])
    msg = expect_error(path, kind="is_experiment")
    assert msg == ("e.npz is not an rnnsub model: it is an rnnsub experiment (open it in the window, or retrain its runs "
                   "with main.py replay)")
    for argv in (["predict", "--model", str(path), "3", "1"], ["evaluate", "--model", str(path)],
                 ["inspect", "--model", str(path)]):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err == f"error: {msg}\n"


def test_the_window_says_an_experiment_is_not_a_model(qapp, tmp_path):
    from gui.messages import user_message
    from rnnsub.experiment import save_experiment
    from rnnsub.history import run_of

    path = tmp_path / "e.npz"
    save_experiment(path, [run_of(Trainer(Config(iterations=5)), from_seed=True)])
    with pytest.raises(ModelFileError) as e:
        load_model(path)
    assert user_message(e.value) == ("e.npz is not an rnnsub model: it is an rnnsub experiment (open it in the window, "
                                     "or retrain its runs with main.py replay).")
