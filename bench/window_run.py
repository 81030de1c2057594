"""A long run through the real window: `python -m bench.window_run [--iterations N]`.

Opens the window (offscreen unless a display is set), trains N iterations at full speed with the plot
open while a 10 ms timer measures how late the event loop runs, and prints the figures, among them the
peak resident memory of the whole process.
"""

import argparse
import os
import resource
import sys
import tempfile
import time

import numpy as np


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.window_run")
    ap.add_argument("--iterations", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from gui.window import MainWindow

    settings = QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.IniFormat)
    w = MainWindow(settings)
    w.show()
    from gui.smoke import LoopLatency

    redraws = []
    latency = LoopLatency()

    original = w.plot.redraw

    def timed_redraw():
        t = time.perf_counter()
        original()
        redraws.append(time.perf_counter() - t)

    w.plot.timer.timeout.disconnect()
    w.plot.timer.timeout.connect(timed_redraw)
    t0 = [0.0]

    def begin():
        w.controls.iterations.setValue(args.iterations)
        w.reset()
        w.session.status_changed.connect(status)
        latency.start()
        t0[0] = time.perf_counter()
        w.start()

    def status(s, _):
        if s not in ("running", "paused"):
            t0.append(time.perf_counter())
            QTimer.singleShot(500, app.quit)

    QTimer.singleShot(0, begin)
    app.exec()
    seconds = t0[-1] - t0[0]
    n = w.plot.series.n
    w.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"iterations: {n}")
    print(f"seconds: {seconds:.1f}")
    print(f"samples_per_s: {n / seconds:.0f}")
    print(f"peak_rss_mb: {peak_mb:.0f}")
    print(f"loop_latency_p50_ms: {latency.percentile(50):.1f}")
    print(f"loop_latency_p99_ms: {latency.percentile(99):.1f}")
    busy = [r for r in redraws if r > 0.0005]
    print(f"plot_redraw_ms_median: {1000 * np.median(busy):.1f}" if busy else "plot_redraw_ms_median: nan")
    print(f"plot_redraw_ms_max: {1000 * max(busy):.1f}" if busy else "plot_redraw_ms_max: nan")


if __name__ == "__main__":
    main()
