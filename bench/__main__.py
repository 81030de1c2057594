"""Benchmarks (not tests): `python -m bench [--quick]`.

Everything is measured in one run, in alternating rounds, and reported as the median of the rounds
and as ratios to the tutorial-style loop measured in the same run: machines are noisy, ratios less so.
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.tutorial_loop import tutorial_train
from rnnsub.config import Config
from rnnsub.train import Trainer


def baseline(n):
    t = time.perf_counter()
    tutorial_train(iterations=n)
    return n / (time.perf_counter() - t)


def engine(n, batch=1, seeds=None):
    trainer = Trainer(Config(batch=batch, iterations=n), seeds=seeds)
    t = time.perf_counter()
    for _ in trainer.run(seconds=1 / 30):  # the path the CLI and the window take, reporting 30 times a second
        pass
    return n * batch * trainer.K / (time.perf_counter() - t)


def time_to_solve(batch=1, every=100):
    """Wall time until every pair is right at default settings (evaluations included, and also timed)."""
    trainer = Trainer(Config(batch=batch))
    t = time.perf_counter()
    eval_time = 0.0
    while trainer.iteration < trainer.config.iterations:
        for _ in range(every):
            trainer.step()
        e = time.perf_counter()
        solved = trainer.evaluate().accuracy[0] == 1
        eval_time += time.perf_counter() - e
        if solved:
            break
    return time.perf_counter() - t, eval_time, trainer.iteration


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="fewer iterations, and no window runs")
    ap.add_argument("--window-iterations", type=int, default=1_000_000, help="length of the window run")
    args = ap.parse_args(argv)
    n = 2000
    cases = {
        "tutorial-style loop": lambda: baseline(n // 2),
        "engine, batch 1": lambda: engine(n),
        "engine, batch 8": lambda: engine(n // 4, batch=8),
        "engine, 32 models in lockstep": lambda: engine(n // 4, seeds=range(32)),
    }
    results = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, case in cases.items():
            results[name].append(case())
    base = statistics.median(results["tutorial-style loop"])
    print(f"{'case':32} {'samples/s (median)':>20} {'x tutorial loop':>16}   rounds")
    for name, values in results.items():
        med = statistics.median(values)
        print(f"{name:32} {med:20,.0f} {med / base:16.2f}   {', '.join(f'{v:,.0f}' for v in values)}")
    for batch in (1, 8):
        wall, ev, it = time_to_solve(batch)
        print(f"time to 100% accuracy, batch {batch}: {wall:.2f} s wall ({ev:.2f} s of it evaluating every 100 iterations), "
              f"solved at iteration {it} ({it * batch} samples)")
    if args.quick:
        return
    root = Path(__file__).resolve().parent.parent
    print("\nthe window, --smoke (2,000 iterations through the real worker):")
    smoke = subprocess.run([sys.executable, str(root / "main.py"), "--smoke"], capture_output=True, text=True, cwd=root)
    print("  " + smoke.stdout.strip().replace("\n", "\n  "))
    print(f"\nthe window, {args.window_iterations:,} iterations with the plot open:")
    run = subprocess.run([sys.executable, "-m", "bench.window_run", "--iterations", str(args.window_iterations)],
                         capture_output=True, text=True, cwd=root)
    print("  " + run.stdout.strip().replace("\n", "\n  "))


if __name__ == "__main__":
    main()
