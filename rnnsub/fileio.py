"""Writing files so that a crash or a full disk never leaves half a file: write beside, then rename."""

from __future__ import annotations

import os
import tempfile

import numpy as np

from .errors import FileWriteError


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


UMASK = _umask()  # read once, at import, before any thread could be writing files


def atomic_write(path, write, what: str = "the file") -> None:
    """Call write(binary_file) on a temporary file beside `path`, then rename it over `path`.

    The file gets the permissions any program would give it: those of the file it replaces, or 0666 less the
    umask for a new one (the temporary file starts private, 0600). Raises FileWriteError with one sentence.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~UMASK
    try:
        fd, tmp = tempfile.mkstemp(prefix=".rnnsub-", suffix=".part", dir=folder)
    except OSError as e:
        raise FileWriteError(f"cannot save {what} to {path}: {e.strerror or e}", "write", what=what, path=path,
                             reason=e.strerror or str(e), errno=e.errno) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        _remove(tmp)
        raise FileWriteError(f"cannot save {what} to {path}: {e.strerror or e}", "write", what=what, path=path,
                             reason=e.strerror or str(e), errno=e.errno) from None
    except BaseException:
        _remove(tmp)
        raise


def write_curves_csv(path, iterations, errors, moving_average, eval_iterations, accuracy) -> None:
    """The training curves as CSV: iteration, error, moving_average, accuracy_percent (blank where not measured)."""
    iterations = np.asarray(iterations, dtype=np.int64)
    acc = np.full(iterations.size, np.nan)
    if iterations.size and len(eval_iterations):
        idx = np.searchsorted(iterations, np.asarray(eval_iterations))
        ok = (idx < iterations.size) & (iterations[np.minimum(idx, iterations.size - 1)] == eval_iterations)
        acc[idx[ok]] = 100.0 * np.asarray(accuracy)[ok]

    def write(f):
        f.write(b"iteration,error,moving_average,accuracy_percent\n")
        table = np.column_stack([iterations, errors, moving_average, acc])
        lines = [f"{int(i)},{e:.6g},{m:.6g},{'' if a != a else f'{a:.2f}'}" for i, e, m, a in table.tolist()]
        f.write(("\n".join(lines) + ("\n" if lines else "")).encode())

    atomic_write(path, write, "the curves")


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass
