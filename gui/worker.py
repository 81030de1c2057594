"""Long work in a QThread. The loop is rnnsub's (Trainer.run, Sweep.run): a plain generator that this
runs and whose reports it forwards as signals.

Pause, resume, step, stop, speed and learning rate go through rnnsub.train.Control (thread-safe flags),
never through queued slots: the worker's event loop is busy inside the loop.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from rnnsub.train import Control

REPORT_SECONDS = 1 / 30  # snapshots to the GUI at most ~30 times a second
EVAL_EVERY = 200  # exhaustive accuracy every 200 iterations...
EVAL_SHARE = 0.2  # ...unless that would take more than a fifth of the time (one takes ~8 ms at 8 bits)


class GeneratorWorker(QObject):
    report = Signal(object)  # whatever the generator yields; its arrays are fresh copies
    failed = Signal(str)
    done = Signal(str)  # the last report's status, or "failed"

    def __init__(self, work: Callable[[], Iterator]):
        super().__init__()
        self.work = work

    @Slot()
    def run(self):
        status = "stopped"
        try:
            for item in self.work():
                status = item.status
                self.report.emit(item)
        except Exception as e:  # a bug must not leave the window waiting forever; its traceback goes to stderr
            traceback.print_exc()
            self.failed.emit(f"{type(e).__name__}: {e}")
            status = "failed"
        self.done.emit(status)


class WorkerThread(QObject):
    """One run: a worker moved to its own QThread, joined when the run ends or is stopped."""

    report = Signal(object)
    failed = Signal(str)
    done = Signal(str)

    def __init__(self, work: Callable[[], Iterator], control: Control, parent=None):
        super().__init__(parent)
        self.control = control
        self.thread = QThread()
        self.worker = GeneratorWorker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.report.connect(self.report)
        self.worker.failed.connect(self.failed)
        self.worker.done.connect(self._finish)

    def start(self):
        self.thread.start()

    def _finish(self, status):
        self.thread.quit()
        self.thread.wait(2000)
        self.done.emit(status)

    def stop(self, timeout_ms: int = 1000) -> bool:
        """Stop the run and join the thread. Returns whether it ended within timeout_ms; if not, it still
        waits for the end (a loop checks the flag between iterations, but one evaluation of many models can
        take a second): destroying a running QThread aborts the process."""
        self.control.stop()
        self.thread.quit()
        if self.thread.wait(timeout_ms):
            return True
        self.thread.wait()
        return False

    def is_running(self) -> bool:
        return self.thread.isRunning()
