"""The training session: the only owner of its Trainer, its Control, and the thread that runs it.

Only snapshots cross threads. While a run is alive the worker alone touches the Trainer; the session
changes it through the Control (pause, step, stop, learning rate, target, speed) and learns about it only
from the reports the worker yields, which carry fresh copies. What the window shows (status, iteration,
weights, accuracy) comes from the session's copy of the latest report, never from the Trainer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from rnnsub.config import Config
from rnnsub.evaluate import Evaluation, Interrupted, evaluate
from rnnsub.modelfile import config_of
from rnnsub.rnn import Weights
from rnnsub.train import Control, Progress, Trainer

from .worker import EVAL_EVERY, EVAL_SHARE, REPORT_SECONDS, WorkerThread

SAVE_EVALUATION_SECONDS = 0.5  # measuring a model's accuracy for its file may take this long, else it says "not measured"


@dataclass(frozen=True)
class ModelView:
    """A model as the views show it: its settings, the iterations trained and (a copy of) its weights."""

    config: Config
    iteration: int
    weights: Weights


class Session(QObject):
    progress = Signal(object)  # Progress from the worker
    status_changed = Signal(str, int)  # idle, running, paused, stopped, finished, diverged, failed; the iteration
    model_changed = Signal(object)  # ModelView: a new model (reset, opened, from a sweep); every view starts over
    error = Signal(str)

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.rate: float | None = None
        self.run: WorkerThread | None = None
        self.status = "idle"
        self.reset(config)

    # -- what the views read: the latest snapshot --------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run is not None and self.run.is_running()

    def snapshot(self) -> tuple[int, Weights]:
        """(iteration, weights) that belong together, from the latest report (or the model as it was set)."""
        return self.iteration, self.weights

    @property
    def all_diverged(self) -> bool:
        return self.diverged_at >= 0

    # -- commands ----------------------------------------------------------------------------------------
    def reset(self, config: Config, weights: Weights | None = None, iteration: int = 0):
        """A new model: new weights from the seed (or the given ones, trained `iteration` times). Stops any run."""
        self.shutdown()
        self._trainer = Trainer(config, weights=weights, iteration=iteration)
        self.config = config  # the settings in effect; lr and iterations follow the controls
        self._run_start = iteration  # a run trains config.iterations from here
        self.iteration = iteration  # the latest reported iteration
        self.weights = self._trainer.weights.copy()  # the weights after `iteration`
        self.evaluation: tuple[int, Evaluation] | None = None  # the latest evaluation and the iteration it judged
        self.diverged_at = -1
        self.reported_lr = config.lr  # the learning rate in effect at the latest report
        self.model_changed.emit(ModelView(config, iteration, self.weights))
        self._set_status("idle")

    def load(self, weights: Weights, meta: dict):
        """A model from a file or a sweep: its settings exactly as recorded, the window's number of iterations."""
        self.reset(config_of(meta, iterations=self.config.iterations), weights=weights, iteration=meta["iterations"])

    def start(self):
        """Train to the target; after a finished run, another `iterations` from where it is."""
        if self.running:
            self.run.control.resume()
            self._set_status("running")
            return
        if self.all_diverged:
            self.error.emit(self.tr("This model has diverged. Press Reset to start again with new weights."))
            return
        self._launch(paused=False)

    def pause(self):
        if self.running:
            self.run.control.pause()
            self._set_status("paused")

    def toggle_pause(self):
        if self.running and not self.run.control.paused:
            self.pause()
        else:
            self.start()

    def step(self):
        """One iteration (one batch). Starts a paused run if none is alive."""
        if not self.running:
            if self.all_diverged:
                return
            self._launch(paused=True)
        self.run.control.pause()
        self.run.control.step()
        self._set_status("paused")

    def stop(self):
        if self.running:
            self.run.stop()

    def set_lr(self, lr: float):
        """Applies from the next iteration, running or not."""
        self.config = self.config.replace(lr=lr)
        if self.running:
            self.run.control.set_lr(lr)
        else:
            self._trainer.set_lr(lr)

    def set_rate(self, rate: float | None):
        self.rate = rate
        if self.run is not None:
            self.run.control.rate = rate

    def set_iterations(self, iterations: int):
        """A run trains this many iterations from where it started (a running one stops at the new target)."""
        self.config = self.config.replace(iterations=iterations)
        target = self._run_start + iterations
        if self.running:
            self.run.control.set_target(target)
        else:
            self._trainer.set_target(target)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop and join the worker thread (closing the window, reset, loading)."""
        ok = True
        if self.run is not None:
            ok = self.run.stop(timeout_ms)
            self.run.deleteLater()
            self.run = None
        return ok

    def accuracy_for_save(self, iteration: int, weights: Weights) -> float | None:
        """The accuracy to record with these weights: the latest evaluation if it judged them, else a new one
        if it takes under SAVE_EVALUATION_SECONDS (a large model's takes minutes), else None (not measured)."""
        if self.evaluation is not None and self.evaluation[0] == iteration:
            return float(self.evaluation[1].accuracy[0])
        c = self.config
        deadline = time.perf_counter() + SAVE_EVALUATION_SECONDS
        try:
            ev = evaluate(weights, c.cell, c.bits, c.pairs, interrupt=lambda: time.perf_counter() > deadline)
        except Interrupted:
            return None
        return float(ev.accuracy[0])

    # -- internals ---------------------------------------------------------------------------------------
    def _launch(self, paused: bool):
        """A new worker for the trainer (no worker is alive, so the GUI thread may set the trainer up)."""
        self.shutdown()
        trainer = self._trainer
        if trainer.iteration >= trainer.target:  # a finished run: train another `iterations` from here
            self._run_start = trainer.iteration
            trainer.set_target(trainer.iteration + self.config.iterations)
        control = Control(rate=self.rate)
        if paused:
            control.pause()
        work = lambda: trainer.run(control, seconds=REPORT_SECONDS, eval_every=EVAL_EVERY,  # noqa: E731
                                   eval_share=EVAL_SHARE, with_weights=True)
        run = self.run = WorkerThread(work, control, self)
        # Reports queued by a run that has since been replaced are dropped.
        run.report.connect(lambda p: self._report(p) if self.run is run else None)
        run.failed.connect(lambda msg: self.error.emit(msg) if self.run is run else None)
        run.done.connect(lambda status: self._done(status) if self.run is run else None)
        run.start()
        self._set_status("paused" if paused else "running")

    def _report(self, p: Progress):
        self.iteration = p.iteration
        self.reported_lr = float(p.lr[0])
        if p.weights is not None:
            self.weights = p.weights
        if p.evaluation is not None:
            self.evaluation = (p.iteration, p.evaluation)
        if p.diverged_at[0] >= 0:
            self.diverged_at = int(p.diverged_at[0])
        self.progress.emit(p)
        if self.status == "paused":  # the iteration a pause or a step ended at
            self._set_status("paused")

    def _done(self, status: str):
        self._set_status(status)

    def _set_status(self, status: str):
        self.status = status
        self.status_changed.emit(status, self.diverged_at if status == "diverged" else self.iteration)
