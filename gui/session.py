"""The training session: one Trainer, its Control, and the thread that runs it.

Panels never touch the trainer; they call these methods and listen to these signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from rnnsub.config import Config
from rnnsub.modelfile import config_of
from rnnsub.rnn import Weights
from rnnsub.train import Control, Trainer

from .worker import EVAL_EVERY, EVAL_SHARE, REPORT_SECONDS, WorkerThread


class Session(QObject):
    progress = Signal(object)  # Progress from the worker
    status_changed = Signal(str, int)  # status (idle, running, paused, stopped, finished, diverged, failed), iteration
    reset_done = Signal(object)  # the new Trainer: panels clear themselves
    error = Signal(str)

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.rate: float | None = None
        self.run: WorkerThread | None = None
        self.latest = None
        self.status = "idle"
        self.reset(config)

    # -- queries -------------------------------------------------------------------------------------
    @property
    def config(self) -> Config:
        return self.trainer.config

    @property
    def running(self) -> bool:
        return self.run is not None and self.run.is_running()

    def snapshot(self) -> tuple[int, Weights]:
        """(iteration, weights) that belong together: from the worker's latest report while a run is alive
        (the GUI never reads the trainer while the worker writes it), else from the trainer itself."""
        if self.running and self.latest is not None:
            return self.latest
        return self.trainer.iteration, self.trainer.weights.copy()

    # -- commands ------------------------------------------------------------------------------------
    def reset(self, config: Config, weights: Weights | None = None, iteration: int = 0):
        """New weights from the seed (or the given ones); stops any run first."""
        self.shutdown()
        self.trainer = Trainer(config, weights=weights, iteration=iteration)
        self.latest = None  # (iteration, weights) of the worker's latest report
        self.reset_done.emit(self.trainer)
        self._set_status("idle")

    def load(self, weights: Weights, meta: dict):
        config = config_of(meta, iterations=max(self.config.iterations, meta["iterations"]))
        self.reset(config, weights=weights, iteration=meta["iterations"])

    def start(self):
        """Train to the target; after a finished run, train another `iterations` on from where it is."""
        if self.running:
            self.run.control.resume()
            self._set_status("running")
            return
        if self.trainer.all_diverged:
            self.error.emit(self.tr("This model has diverged. Press Reset to start again with new weights."))
            return
        if self.trainer.iteration >= self.config.iterations:
            self.trainer.config = self.config.replace(iterations=self.trainer.iteration + self.requested_iterations)
        self._launch(paused=False)

    def pause(self):
        if self.running:
            self.run.control.pause()
            self._set_status("paused")

    def toggle_pause(self):
        if not self.running:
            self.start()
        elif self.run.control.paused:
            self.start()
        else:
            self.pause()

    def step(self):
        """One iteration (one batch). Starts a paused run if none is alive."""
        if not self.running:
            if self.trainer.all_diverged:
                return
            if self.trainer.iteration >= self.config.iterations:
                self.trainer.config = self.config.replace(iterations=self.trainer.iteration + self.requested_iterations)
            self._launch(paused=True)
        self.run.control.pause()
        self.run.control.step()
        self._set_status("paused")

    def stop(self):
        if self.running:
            self.run.stop()

    def set_lr(self, lr: float):
        """Applies from the next iteration, running or not."""
        if self.running:
            self.run.control.lr = lr
        else:
            self.trainer.set_lr(lr)
        self.trainer.config = self.trainer.config.replace(lr=lr)

    def set_rate(self, rate: float | None):
        self.rate = rate
        if self.run is not None:
            self.run.control.rate = rate

    def set_target(self, iterations: int):
        self.requested_iterations = iterations
        if iterations > self.trainer.iteration or not self.running:
            self.trainer.config = self.trainer.config.replace(iterations=max(iterations, 1))

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop and join the worker thread (closing the window, reset, loading)."""
        ok = True
        if self.run is not None:
            ok = self.run.stop(timeout_ms)
            self.run.deleteLater()
            self.run = None
        return ok

    # -- internals -----------------------------------------------------------------------------------
    requested_iterations = Config().iterations

    def _launch(self, paused: bool):
        if self.run is not None:
            self.run.stop()
            self.run.deleteLater()
        control = Control(rate=self.rate)
        if paused:
            control.pause()
        trainer = self.trainer
        work = lambda: trainer.run(control, seconds=REPORT_SECONDS, eval_every=EVAL_EVERY,  # noqa: E731
                                   eval_share=EVAL_SHARE, with_weights=True)
        run = self.run = WorkerThread(work, control, self)
        # Reports queued by a run that has since been replaced are dropped.
        run.report.connect(lambda p: self._report(p) if self.run is run else None)
        run.failed.connect(lambda msg: self.error.emit(msg) if self.run is run else None)
        run.done.connect(lambda status: self._set_status(status) if self.run is run else None)
        run.start()
        self._set_status("paused" if paused else "running")

    def _report(self, p):
        if p.weights is not None:
            self.latest = (p.iteration, p.weights)
        self.progress.emit(p)

    def _set_status(self, status: str):
        self.status = status
        self.status_changed.emit(status, int(self.trainer.diverged_at[0]) if status == "diverged" else self.trainer.iteration)
