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
from rnnsub.history import History, Run, run_of
from rnnsub.modelfile import config_of
from rnnsub.rnn import Weights
from rnnsub.train import Control, Progress, Trainer

from .worker import EVAL_EVERY, EVAL_SHARE, REPORT_SECONDS, WorkerThread

# How the window runs the trainer (also what `main.py --smoke` times the engine alone with, to compare like with like)
RUN_OPTIONS = dict(seconds=REPORT_SECONDS, eval_every=EVAL_EVERY, eval_share=EVAL_SHARE, with_weights=True)
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
    runs_changed = Signal()  # a run began (history.runs grew) or one ended
    error = Signal(str)

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.rate: float | None = None
        self.run: WorkerThread | None = None
        self._retiring: list[WorkerThread] = []  # stopped runs still finishing their iteration (never waited for)
        self._pending: str | None = None  # "start" or "step", asked for while the last run was still stopping
        self.status = "idle"
        self.history = History()  # every run of the session (rnnsub/history.py); `current` is the model's
        self.current: Run | None = None
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
        """A new model: new weights from the seed (or the given ones, trained `iteration` times). Stops any run
        without waiting for it: it finishes its iteration on its own Trainer, which nothing reads again."""
        self._close_run()
        self._retire()
        self._pending = None
        self._trainer = Trainer(config, weights=weights, iteration=iteration)
        if self.current is not None and self.current.trained == 0 and self.current in self.history.runs:
            self.history.runs.remove(self.current)  # a model that never trained is no run: settings edits add none
        self.current = self.history.add(run_of(self._trainer, from_seed=weights is None))
        self.config = config  # the settings in effect; lr and iterations follow the controls
        self._run_start = iteration  # a run trains config.iterations from here
        self.iteration = iteration  # the latest reported iteration
        self.weights = self._trainer.weights.copy()  # the weights after `iteration`
        self.evaluation: tuple[int, Evaluation] | None = None  # the latest full evaluation and the iteration it judged
        self.diverged_at = -1
        self.reported_lr = config.lr  # the learning rate in effect at the latest report
        self.model_changed.emit(ModelView(config, iteration, self.weights))
        self._set_status("idle")
        self.runs_changed.emit()

    def load(self, weights: Weights, meta: dict):
        """A model from a file or a sweep: its settings exactly as recorded, the window's number of iterations."""
        self.reset(config_of(meta, iterations=self.config.iterations), weights=weights, iteration=meta["iterations"])

    @property
    def target(self) -> int:
        """The iteration the current run trains to."""
        return self._run_start + self.config.iterations

    def start(self):
        """Train to the target; after a finished run, another `iterations` from where it is."""
        if self._stopping():
            self._pending = "start"  # once the stopped run has finished its iteration
            return
        if self.running:
            self.run.control.resume()
            self._set_status("running")
            return
        if self.all_diverged:
            self.error.emit(self.tr("This model has diverged. Press Reset to start again with new weights."))
            return
        self._launch()

    def pause(self):
        """Says "pausing" until the worker reports that it has paused (after the iteration it is in)."""
        if self.running and not self._stopping():
            self.run.control.pause()
            self._set_status("pausing")

    def toggle_pause(self):
        if self.running and not self._stopping() and not self.run.control.paused:
            self.pause()
        else:
            self.start()

    def step(self):
        """One iteration (one batch). Starts a paused run if none is alive."""
        if self._stopping():
            self._pending = "step"
            return
        if not self.running:
            if not self.all_diverged:
                self._launch(steps=1)
            return
        self.run.control.pause()
        self.run.control.step()
        self._set_status("stepping")

    def stop(self):
        """Asks the run to stop after its iteration, without waiting: "stopping" until the worker has stopped."""
        self._pending = None
        if self.running and not self._stopping():
            self.run.control.stop()
            self._set_status("stopping")

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
        """Stop and join every worker thread (closing the window): True if all ended within timeout_ms. A run
        inside a very long iteration is still waited for, since destroying a running QThread aborts the process."""
        self._retire()
        ok = True
        for run in self._retiring:
            ok = run.stop(timeout_ms) and ok
            run.deleteLater()
        self._retiring.clear()
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
    def _stopping(self) -> bool:
        return self.running and self.run.control.stopped

    def _retire(self):
        """Stop the current run without waiting; it is deleted once its thread has ended."""
        run, self.run = self.run, None
        if run is None:
            return
        run.control.stop()
        if run.is_running():
            self._retiring.append(run)
            run.done.connect(lambda _status, r=run: self._retired(r))
        else:
            run.deleteLater()

    def _retired(self, run: WorkerThread):
        if run in self._retiring:
            self._retiring.remove(run)
            run.deleteLater()

    def _launch(self, steps: int | None = None):
        """A new worker for the trainer (no worker is alive on it, so the GUI thread may set the trainer up)."""
        self._retire()
        trainer = self._trainer
        if trainer.iteration >= trainer.target:  # a finished run: train another `iterations` from here
            self._run_start = trainer.iteration
            trainer.set_target(trainer.iteration + self.config.iterations)
        control = Control(rate=self.rate)
        if steps is not None:  # paused, with these single steps to take: set before the thread starts
            control.pause()
            control.step(steps)
        work = lambda: trainer.run(control, **RUN_OPTIONS)  # noqa: E731
        run = self.run = WorkerThread(work, control, self)
        # Reports queued by a run that has since been replaced are dropped.
        run.report.connect(lambda p: self._report(p) if self.run is run else None)
        run.failed.connect(lambda msg: self.error.emit(msg) if self.run is run else None)
        run.done.connect(lambda status: self._done(status) if self.run is run else None)
        run.start()
        self._set_status("running" if steps is None else "stepping")

    def _close_run(self):
        """The current run's record as it ends (a new model replaces it, or its worker has ended): the learning-rate
        changes it made up to its last report. Read from the Trainer, whose worker is done, or which only the retiring
        worker still touches: a copy of its list, whose entries are only ever appended between iterations."""
        if self.current is None:
            return
        run = self.current
        run.lr_changes = [(int(it), float(lr[0])) for it, lr in list(self._trainer.lr_changes) if it <= run.iteration]
        if run.final is None or not self.running:
            run.final, run.iteration = self.weights.take(0), self.iteration

    def _report(self, p: Progress):
        self.current.record(p)
        self.iteration = p.iteration
        self.reported_lr = float(p.lr[0])
        if p.weights is not None:
            self.weights = p.weights
        if p.evaluation is not None and not p.evaluation.estimate:  # an estimate never goes into a model file
            self.evaluation = (p.iteration, p.evaluation)
        if p.diverged_at[0] >= 0:
            self.diverged_at = int(p.diverged_at[0])
        self.progress.emit(p)
        # The worker has paused, and no step asked for is still to come: say so, with the iteration it paused at.
        if p.status == "paused" and self.status in ("pausing", "stepping", "paused") and not p.steps_pending:
            self._set_status("paused")

    def _done(self, status: str):
        self._close_run()
        self._set_status(status)
        self.runs_changed.emit()
        pending, self._pending = self._pending, None
        if pending == "start":
            self.start()
        elif pending == "step":
            self.step()

    def _set_status(self, status: str):
        self.status = status
        self.status_changed.emit(status, self.diverged_at if status == "diverged" else self.iteration)
