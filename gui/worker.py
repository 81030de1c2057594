"""Training in a QThread. The loop is rnnsub's Trainer.run; this only runs it and forwards what it yields.

Pause, resume, step, stop, speed and learning rate go through rnnsub.train.Control (thread-safe flags),
never through queued slots: the worker's event loop is busy inside the training loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from rnnsub.train import Control, Trainer

REPORT_SECONDS = 1 / 30  # snapshots to the GUI at most ~30 times a second
EVAL_EVERY = 200  # exhaustive accuracy every 200 iterations...
EVAL_SECONDS = 0.5  # ...but at most twice a second (one evaluation at 8 bits takes ~30 ms)


class TrainingWorker(QObject):
    progress = Signal(object)  # rnnsub.train.Progress, arrays copied: the GUI may keep them
    failed = Signal(str)
    done = Signal(str)  # the final status

    def __init__(self, trainer: Trainer, control: Control):
        super().__init__()
        self.trainer, self.control = trainer, control

    @Slot()
    def run(self):
        status = "stopped"
        try:
            for p in self.trainer.run(
                self.control, seconds=REPORT_SECONDS, eval_every=EVAL_EVERY, eval_seconds=EVAL_SECONDS, with_weights=True
            ):
                status = p.status
                self.progress.emit(p)
        except Exception as e:  # a bug must not leave the window waiting forever
            self.failed.emit(f"{type(e).__name__}: {e}")
            status = "failed"
        self.done.emit(status)


class TrainingThread(QObject):
    """One run: a worker moved to its own QThread, cleaned up when the run ends."""

    progress = Signal(object)
    failed = Signal(str)
    done = Signal(str)

    def __init__(self, trainer: Trainer, control: Control, parent=None):
        super().__init__(parent)
        self.control = control
        self.thread = QThread()
        self.worker = TrainingWorker(trainer, control)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.failed.connect(self.failed)
        self.worker.done.connect(self._finish)

    def start(self):
        self.thread.start()

    def _finish(self, status):
        self.thread.quit()
        self.thread.wait(2000)
        self.done.emit(status)

    def stop(self, timeout_ms: int = 1000) -> bool:
        """Stop the run and join the thread. Returns whether it ended in time."""
        self.control.stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)

    def is_running(self) -> bool:
        return self.thread.isRunning()
