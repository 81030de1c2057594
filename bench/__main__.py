"""Benchmarks (not tests): `python -m bench [--quick | --engine] [--cpu]`.

Everything is measured in one run, in alternating rounds, and reported as the median of the rounds
and as ratios to the tutorial-style loop measured in the same run: machines are noisy, ratios less so.
On a machine that other work keeps busy even ratios swing by a third (the tutorial's loop suffers more than
the engine): --cpu times the table in this process's CPU seconds, which that work hardly changes.
"""

import argparse
import io
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.tutorial_loop import tutorial_train
from rnnsub.blas import use_one_blas_thread
from rnnsub.cli import main as cli_main
from rnnsub.config import Config
from rnnsub.evaluate import Checker
from rnnsub.sweep import parse_seeds
from rnnsub.train import Control, Trainer

clock = time.perf_counter  # what the table's cases are timed with (--cpu: this process's CPU time)


def baseline(n):
    t = clock()
    tutorial_train(iterations=n)
    return n / (clock() - t)


def engine(n, batch=1, seeds=None):
    trainer = Trainer(Config(batch=batch, iterations=n), seeds=seeds)
    t = clock()
    for _ in trainer.run(seconds=1 / 30):  # the path the CLI and the window take, reporting 30 times a second
        pass
    return n * batch * trainer.K / (clock() - t)


def time_to_solve(batch=1, every=100, full=False):
    """Wall time until every pair is right at default settings, checked every `every` iterations through Trainer.run
    as a sweep checks (evaluate.Checker: exact), or with a full evaluation each time (`full`). Returns (wall
    seconds, seconds of it checking, the iteration it was solved at)."""
    trainer = Trainer(Config(batch=batch))
    cfg = trainer.config
    checker = Checker(1, cfg.cell, cfg.bits, cfg.pairs)
    spent = [0.0]

    def check(interrupt):
        t = time.perf_counter()
        solved = trainer.evaluate(interrupt).accuracy[0] == 1 if full else checker.all_right(trainer.weights, None, interrupt)[0]
        spent[0] += time.perf_counter() - t
        return solved

    t = time.perf_counter()
    for p in trainer.run(eval_every=every, evaluator=check):
        if p.evaluation:
            break
    return time.perf_counter() - t, spent[0], trainer.iteration


def sweep_rate(seeds="0-31", iterations=10_000):
    """`main.py sweep --seeds 0-31 --iterations 10000` in this process: (samples per second over all models as it
    prints them, or per CPU second with --cpu; its "converged" line)."""
    out = io.StringIO()
    t = clock()
    cli_main(["sweep", "--seeds", seeds, "--iterations", str(iterations)], out=out)
    t = clock() - t
    text = out.getvalue()
    rate = float(re.search(r"(\d+) samples per second", text)[1]) if clock is time.perf_counter else \
        len(parse_seeds(seeds)) * iterations / t
    return rate, text.strip().splitlines()[-1]


def window_points(bits=32, hidden=128, seconds=10.0):
    """Trainer.run with the window's settings (reports 30 times a second, evaluations every 200 iterations within
    a 20 % share) for `seconds`: accuracy points per second, how many were estimates, the longest wait for one,
    the share of the time spent evaluating them."""
    trainer = Trainer(Config(bits=bits, hidden=hidden, iterations=10**9))
    control = Control()
    start = time.perf_counter()
    points, estimates, evaluating = [start], 0, 0.0
    for p in trainer.run(control, seconds=1 / 30, eval_every=200, eval_share=0.2):
        if p.evaluation is not None:
            points.append(time.perf_counter())
            estimates += p.evaluation.estimate
            evaluating += p.evaluation.seconds
        if time.perf_counter() - start > seconds:
            control.stop()
    wall = time.perf_counter() - start
    n = len(points) - 1
    longest = max(b - a for a, b in zip(points, points[1:] + [start + wall]))
    return n / wall, n, estimates, longest, evaluating / wall, trainer.iteration


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="fewer iterations, and no window runs")
    ap.add_argument("--cpu", action="store_true", help="time the table's cases in this process's CPU seconds, not wall "
                    "seconds (other processes on the machine then hardly matter; the engine runs one thread)")
    ap.add_argument("--engine", action="store_true", help="only the engine: the table (with the sweep) and the time to "
                    "100%%, no window runs (about 40 s)")
    ap.add_argument("--window-iterations", type=int, default=1_000_000, help="length of the window run")
    ap.add_argument("--window-seconds", type=float, default=10.0, help="length of the 32-bit accuracy-points run")
    args = ap.parse_args(argv)
    global clock
    clock = time.process_time if args.cpu else time.perf_counter
    use_one_blas_thread()  # as main.py runs (rnnsub/blas.py)
    n = 2000
    cases = {
        "tutorial-style loop": lambda: baseline(n // 2),
        "engine, batch 1": lambda: engine(n),
        "engine, batch 8": lambda: engine(n // 4, batch=8),
        "engine, 32 models in lockstep": lambda: engine(n // 4, seeds=range(32)),
    }
    if not args.quick:
        cases["sweep 0-31, 10,000 iterations"] = lambda: sweep_rate()[0]  # checks included, as people run it
    results = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, case in cases.items():
            results[name].append(case())
    base = statistics.median(results["tutorial-style loop"])
    print(f"{'case':32} {'samples/s (median)':>20} {'x tutorial loop':>16}   rounds")
    for name, values in results.items():
        med = statistics.median(values)
        print(f"{name:32} {med:20,.0f} {med / base:16.2f}   {', '.join(f'{v:,.0f}' for v in values)}")
    if not args.quick:
        print(f"  (main.py sweep --seeds 0-31 --iterations 10000, checks every 100 iterations; {sweep_rate()[1]})")
    for batch in (1, 8):
        for full in (False, True):
            wall, ev, it = sorted(time_to_solve(batch, full=full) for _ in range(args.rounds))[args.rounds // 2]
            how = "a full evaluation" if full else "exact checks (evaluate.Checker)"
            print(f"time to 100% accuracy, batch {batch}, {how} every 100 iterations: {wall:.3f} s wall, "
                  f"{ev:.3f} s of it checking ({100 * ev / wall:.0f}% of the wall time, {100 * ev / (wall - ev):.0f}% "
                  f"of the training time), solved at iteration {it} ({it * batch} samples)")
    if args.engine:
        return
    seconds = 4.0 if args.quick else args.window_seconds
    rate, count, estimates, longest, share, it = window_points(seconds=seconds)
    print(f"accuracy points, 32 bits / 128 hidden, the window's settings: {rate:.2f} per second ({count} in {seconds:.0f} s, "
          f"{estimates} of them estimates), longest wait {longest:.2f} s, {100 * share:.0f}% of the time evaluating, "
          f"{it:,} iterations")
    if args.quick:
        return
    root = Path(__file__).resolve().parent.parent
    for tab in ("operands", "all"):  # the default tab, then every tab in turn (each view draws while it is shown)
        print(f"\nthe window, --smoke --tab {tab} (the default run through the real worker):")
        smoke = subprocess.run([sys.executable, str(root / "main.py"), "--smoke", "--tab", tab], capture_output=True,
                               text=True, cwd=root)
        print("  " + smoke.stdout.strip().replace("\n", "\n  "))
    print("\nthe window against the engine (issue 9 targets, median of 3 fresh --smoke runs each):")
    targets = subprocess.run([sys.executable, "-m", "bench.window_run", "--targets"], capture_output=True, text=True,
                             cwd=root)
    print("  " + targets.stdout.strip().replace("\n", "\n  "))
    print("\nBLAS threads: main.py train samples/s as the program runs (one thread, rnnsub/blas.py) and with "
          "OPENBLAS_NUM_THREADS=1 in the environment:")
    for bits, hidden, n in ((8, 16, 3000), (16, 128, 300), (32, 128, 300), (32, 512, 40)):
        rates = []
        for env in ({}, {"OPENBLAS_NUM_THREADS": "1"}):
            out = subprocess.run([sys.executable, str(root / "main.py"), "train", "--bits", str(bits), "--hidden",
                                  str(hidden), "--iterations", str(n), "--log-every", "1000000"], capture_output=True,
                                 text=True, cwd=root, env={**os.environ, **env})
            rates.append(float(out.stdout.strip().splitlines()[-1].split(": ")[1]))
        print(f"  {bits} bits / {hidden} hidden: {rates[0]:,.0f} / {rates[1]:,.0f} = {rates[0] / rates[1]:.2f}")
    print(f"\nthe window, {args.window_iterations:,} iterations with the plot open:")
    run = subprocess.run([sys.executable, "-m", "bench.window_run", "--iterations", str(args.window_iterations)],
                         capture_output=True, text=True, cwd=root)
    print("  " + run.stdout.strip().replace("\n", "\n  "))


if __name__ == "__main__":
    main()
