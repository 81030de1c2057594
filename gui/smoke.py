"""`python main.py --smoke [--bits N --hidden N --batch N --lr X --seed N --cell C --iterations N]`: the real
window and the real worker, measured.

Trains 2,000 iterations (or --iterations) at full speed while a 10 ms timer measures how late the event loop
runs, predicts one pair through the operand panel, closes the window and prints one `name: value` line each.
The engine alone trains the same settings in the same process, the same way the window runs it (same report
interval and evaluations, no window), before and after the window's run; the faster of the two is its speed,
and window_engine_ratio is the window's speed over it.
"""

from __future__ import annotations

import sys
import time

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer

from rnnsub.config import Config
from rnnsub.data import fitting_pair
from rnnsub.train import Control, Trainer

from .app import SMOKE_ITERATIONS as ITERATIONS
from .app import SMOKE_SETTINGS
from .session import RUN_OPTIONS

TIMEOUT_S = 120
SETTLE_MS = 200  # between setting the model up and starting to train it


class LoopLatency(QObject):
    """How late the event loop runs: a 10 ms timer records how far past 10 ms each tick arrives."""

    def __init__(self, interval_ms: int = 10):
        super().__init__()
        self.interval = interval_ms
        self.lateness: list[float] = []
        self._clock = QElapsedTimer()
        self._last = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self):
        self._clock.start()
        self._timer.start()

    def stop(self):
        self._timer.stop()

    def _tick(self):
        now = self._clock.nsecsElapsed() / 1e6
        if self._last is not None:
            self.lateness.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.lateness, q)) if self.lateness else float("nan")


class _FirstPaint(QObject):
    def __init__(self, clock):
        super().__init__()
        self.clock, self.ms = clock, None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and self.ms is None:
            self.ms = self.clock()
        return False


def engine_samples_per_s(config: Config) -> float:
    """The engine alone, run as the window runs it (rnnsub only: no window, no thread, no signals)."""
    trainer = Trainer(config)
    start = time.perf_counter()
    for _ in trainer.run(Control(), **RUN_OPTIONS):
        pass
    return trainer.iteration * config.batch / (time.perf_counter() - start)


TAB_EVERY_MS = 250  # --tab all: the next tab this often while training (each view draws while it is shown)


def run_smoke(app, window, process_age_ms, config: Config | None = None, tab: str = "operands") -> int:
    """`config` holds the settings to train (default: the defaults with ITERATIONS iterations); `tab` is the tab
    shown while it trains (a name of window.tab_pages()), or "all": each in turn, every TAB_EVERY_MS."""
    config = config or Config(iterations=ITERATIONS)
    paint = _FirstPaint(process_age_ms)
    window.installEventFilter(paint)
    window.show()
    result = {"ok": False, "problems": []}
    snapshots = []
    latency = LoopLatency()
    train_time = {}
    engine = []

    pages = list(window.tab_pages().values())
    window.tabs.setCurrentWidget(pages[0] if tab == "all" else window.tab_pages()[tab])
    cycle = QTimer()
    cycle.setInterval(TAB_EVERY_MS)
    cycle.timeout.connect(lambda: window.tabs.setCurrentWidget(
        pages[(pages.index(window.tabs.currentWidget()) + 1) % len(pages)]))

    def begin():
        if paint.ms is None:  # offscreen platforms may not paint until asked
            window.repaint()
            paint.ms = paint.ms or process_age_ms()
        engine.append(engine_samples_per_s(config))  # before the window's run (it also warms caches for both)
        c = window.controls
        c.set_rate(None)
        c.set_config(config)
        window.reset()
        # Start once the window has shown the new model (as a person would: a Reset is not part of training).
        QTimer.singleShot(SETTLE_MS, start)

    def start():
        window.session.progress.connect(lambda p: snapshots.append(time.perf_counter()))
        window.session.status_changed.connect(on_status)
        latency.start()
        if tab == "all":
            cycle.start()
        train_time["start"] = time.perf_counter()
        train_time["gui_cpu_start"] = time.thread_time()  # this (the GUI) thread's CPU time
        window.start()

    def on_status(status, iteration):
        if status in ("running", "paused"):
            return
        train_time["end"] = time.perf_counter()
        train_time["gui_cpu"] = time.thread_time() - train_time["gui_cpu_start"]
        latency.stop()
        cycle.stop()
        if status != "finished" or window.session.iteration != config.iterations:
            result["problems"].append(f"training ended as {status!r} at iteration {iteration}")
        a, b = fitting_pair(200, 73, config.bits)  # 200 - 73 in the bits there are
        window.operands.set_operands(a, b)
        t = window.operands.current
        if t is None or (t.a, t.b) != (a, b):
            result["problems"].append(f"the operand panel did not predict {a} - {b}")
        else:
            result["prediction"] = f"{a} - {b} -> {t.value} " + (  # a wrong answer says why, plainly
                "(right)" if t.right else f"(wrong: the run stopped after {window.session.iteration:,} iterations, "
                "before the network learned this pair)")
        window.close()
        engine.append(engine_samples_per_s(config))  # and after it
        if window.session.running:
            result["problems"].append("the training thread was still running after close")
        result["ok"] = not result["problems"]
        app.quit()

    QTimer.singleShot(0, begin)
    QTimer.singleShot(TIMEOUT_S * 1000, lambda: (result["problems"].append("timed out"), app.quit()))
    app.exec()

    seconds = train_time.get("end", time.perf_counter()) - train_time.get("start", time.perf_counter())
    window_rate = config.iterations * config.batch / seconds if seconds > 0 else float("nan")
    engine_rate = max(engine) if engine else float("nan")
    print("settings: " + " ".join(f"--{name} {getattr(config, name)}" for name in SMOKE_SETTINGS) + f" --tab {tab}")
    print(f"startup_ms: {paint.ms:.0f}" if paint.ms is not None else "startup_ms: nan")
    print(f"samples_per_s: {window_rate:.0f}")
    print(f"engine_samples_per_s: {engine_rate:.0f}")
    print(f"window_engine_ratio: {window_rate / engine_rate:.2f}" if engine_rate > 0 else "window_engine_ratio: nan")
    if seconds > 0 and "gui_cpu" in train_time:  # the share of the run the GUI thread spent computing
        print(f"gui_thread_cpu_share: {train_time['gui_cpu'] / seconds:.2f}")
    print(f"loop_latency_p50_ms: {latency.percentile(50):.1f}")
    print(f"loop_latency_p99_ms: {latency.percentile(99):.1f}")
    print(f"snapshots_per_s: {len(snapshots) / seconds:.1f}" if seconds > 0 else "snapshots_per_s: nan")
    if "prediction" in result:
        print(f"prediction: {result['prediction']}")
    for problem in result["problems"]:
        print(f"smoke problem: {problem}", file=sys.stderr)
    return 0 if result["ok"] else 1
