"""What kind of rnnsub file a path is, from a small look at it: what `rnnsub FILE` (and the desktop entry) opens.

    kind_of("m.npz") -> "model" | "experiment" | "lesson" | None

A lesson is a text file named *.lesson. Models and experiments are both .npz (zip) files, told apart by their
members' names, read from the zip directory through the model file's bounded reader (modelfile.open_zip): a
model holds synapse_0.npy, an experiment run0_*.npy. Nothing is decided to be usable here: None means "none of
these", and the loader of the kind named still checks the whole file (and says in one sentence what is wrong).
"""

from __future__ import annotations

import os
import stat

from . import experiment, modelfile

KINDS = ("model", "experiment", "lesson")


def kind_of(path) -> str | None:
    """'model', 'experiment', 'lesson' or None (not a regular file, unreadable, too large, or none of these)."""
    path = os.fspath(path)
    if os.path.splitext(path)[1].lower() == ".lesson":
        return "lesson"
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or not 0 < st.st_size <= experiment.MAX_FILE_BYTES:  # the larger of the two
            return None
        with open(path, "rb") as f:
            with modelfile.open_zip(f, experiment.MAX_ENTRIES, "", ()) as z:
                names = set(z.namelist())
    except (OSError, modelfile._Bad, ValueError, EOFError):
        return None
    if "synapse_0.npy" in names:
        return "model"
    if any(n.startswith("run0_") for n in names):
        return "experiment"
    return None
