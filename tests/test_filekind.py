"""rnnsub/filekind.py: what `rnnsub FILE` opens a file as, from its name (.lesson) or its zip directory (.npz)."""

import os
import zipfile

import numpy as np
import pytest

from rnnsub.cli import main as cli_main
from rnnsub.filekind import kind_of


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("kinds")
    assert cli_main(["train", "--iterations", "30", "--log-every", "100", "--save", str(d / "m.npz"),
                     "--save-experiment", str(d / "e.npz")]) == 0
    return d


def test_a_model_an_experiment_and_a_lesson(files, tmp_path):
    lesson = tmp_path / "mine.LESSON"
    lesson.write_text("format = 1\n")
    assert kind_of(files / "m.npz") == "model"
    assert kind_of(str(files / "e.npz")) == "experiment"
    assert kind_of(lesson) == "lesson"
    os.rename(files / "m.npz", tmp_path / "renamed.bin")  # the contents decide, not the name
    try:
        assert kind_of(tmp_path / "renamed.bin") == "model"
    finally:
        os.rename(tmp_path / "renamed.bin", files / "m.npz")


def test_anything_else_is_none(files, tmp_path):
    np.savez(tmp_path / "other.npz", a=np.zeros(3))  # another program's .npz
    (tmp_path / "text.npz").write_text("not a zip")
    (tmp_path / "empty.npz").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "many.npz", "w") as z:  # more entries than any rnnsub file: refused unread
        for i in range(1000):
            z.writestr(f"run0_{i}.npy", b"")
    for name in ("other.npz", "text.npz", "empty.npz", "many.npz", "missing.npz"):
        assert kind_of(tmp_path / name) is None, name
    assert kind_of(tmp_path) is None  # a folder
    assert kind_of("/dev/null") is None  # not a regular file
