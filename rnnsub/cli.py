"""The command line: train, predict, evaluate, sweep. Never imports Qt."""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from .config import B_RANGES, CELLS, PAIRS, PRESETS, Config, ConfigError
from .data import answer, parse_operand
from .evaluate import predict
from .modelfile import ModelFileError, config_of, load_model, make_meta, save_model
from .train import Trainer

COMMANDS = ("train", "predict", "evaluate", "sweep")


class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line instead of argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="main.py", description="Train a small RNN to subtract binary numbers with borrow.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    t = sub.add_parser("train", help="train one model and report its exhaustive accuracy")
    add_train_options(t)
    t.add_argument("--preset", choices=sorted(PRESETS), help="tutorial: reproduce the tutorial's revised run")
    t.add_argument("--log-every", type=_count, default=1000, metavar="N", help="print a sample every N iterations")
    t.add_argument("--save", metavar="PATH", help="save the trained model (.npz)")

    pr = sub.add_parser("predict", help="ask a saved model for A - B")
    pr.add_argument("--model", required=True, metavar="PATH")
    pr.add_argument("a", metavar="A", help="decimal, 0b... or 0x...")
    pr.add_argument("b", metavar="B", help="decimal, 0b... or 0x...")

    ev = sub.add_parser("evaluate", help="measure a saved model's accuracy")
    ev.add_argument("--model", required=True, metavar="PATH")

    from .sweep import add_sweep_options

    add_sweep_options(sub.add_parser("sweep", help="train many models side by side"))
    return p


def add_train_options(t):
    d = Config()
    t.add_argument("--bits", type=int, default=d.bits, help=f"bits per operand (1-32, default {d.bits})")
    t.add_argument("--hidden", type=int, default=d.hidden, help=f"hidden units (1-512, default {d.hidden})")
    t.add_argument("--lr", type=float, default=d.lr, help=f"learning rate (default {d.lr})")
    t.add_argument("--iterations", type=int, default=d.iterations, help=f"weight updates (default {d.iterations})")
    t.add_argument("--seed", type=int, default=d.seed, help=f"random seed (default {d.seed})")
    t.add_argument("--cell", choices=CELLS, default=d.cell, help="elman (corrected) or seed (as the tutorial writes it)")
    t.add_argument("--batch", type=int, default=d.batch, help=f"samples per update (default {d.batch})")
    t.add_argument("--pairs", choices=PAIRS, default=d.pairs, help="ordered: a >= b; all: any a, b (mod 2^bits)")
    t.add_argument("--b-range", choices=B_RANGES, default=d.b_range, help="full: b < 2^bits; half: b < 2^(bits-1)")


def _count(text):
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} must be at least 1")
    return n


def config_from_args(args, **fields) -> Config:
    return Config(bits=args.bits, hidden=args.hidden, lr=args.lr, iterations=args.iterations, seed=args.seed,
                  cell=args.cell, batch=args.batch, pairs=args.pairs, b_range=args.b_range, **fields)


def format_block(error, y_hat_bits, true_bits, a, b) -> str:
    """The tutorial's five lines: error, pred, true (most significant bit first), a - b = pred, dashes."""
    pred = np.round(y_hat_bits).astype(np.int64)[::-1]
    true = np.asarray(true_bits).astype(np.int64)[::-1]
    value = int((pred << np.arange(pred.size)[::-1]).sum())
    return f"error:{np.array([error])!s}\npred:{pred!s}\ntrue:{true!s}\n{a} - {b} = {value}\n---------"


def cmd_train(args, out) -> int:
    if args.preset:
        preset, log_every = PRESETS[args.preset]
        config, args.log_every = preset, log_every
    else:
        config = config_from_args(args)
    trainer = Trainer(config)
    start = time.perf_counter()
    samples = 0
    try:
        for p in trainer.run(every=args.log_every):
            samples += p.errors.size * config.batch
            r = p.last
            if r is not None and p.status == "running":
                print(format_block(r.error[0, 0], r.y_hat[:, 0, 0], r.y[:, 0, 0], r.a[0, 0], r.b[0, 0]), file=out)
            if p.status == "diverged":
                print(f"diverged at iteration {p.diverged_at[0]}: a weight or the error became NaN or infinite; "
                      "the last finite weights are kept", file=out)
    except KeyboardInterrupt:
        print(f"interrupted at iteration {trainer.iteration}", file=out)
    elapsed = time.perf_counter() - start
    ev = trainer.evaluate()
    print(ev.line(), file=out)
    print(f"samples per second: {samples / max(elapsed, 1e-9):.0f}", file=out)
    if args.save:
        save_model(args.save, trainer.weights, make_meta(config, trainer.iteration, float(ev.accuracy[0])))
        print(f"saved {args.save}", file=out)
    return 0


def cmd_predict(args, out) -> int:
    weights, meta = load_model(args.model)
    config = config_of(meta)
    bits = config.bits
    a = parse_operand(args.a, bits, "A")
    b = parse_operand(args.b, bits, "B")
    value, _, y_hat = predict(weights, config.cell, [a], [b], bits)
    value, truth = int(value[0, 0]), int(answer(a, b, bits))
    width = bits
    print(f"A      = {a:0{width}b}  ({a})", file=out)
    print(f"B      = {b:0{width}b}  ({b})", file=out)
    print(f"A - B  = {truth:0{width}b}  ({truth})", file=out)
    print(f"model  = {value:0{width}b}  ({value})  {'right' if value == truth else 'WRONG'}", file=out)
    if meta["pairs"] == "ordered" and a < b:
        print(f"note: A < B is outside what this model was trained on (ordered pairs, A >= B); "
              f"the true answer shown is (A - B) mod 2^{bits}", file=out)
    return 0


def cmd_evaluate(args, out) -> int:
    weights, meta = load_model(args.model)
    config = config_of(meta)
    from .evaluate import evaluate

    ev = evaluate(weights, config.cell, config.bits, config.pairs)
    print(f"{config.cell} cell, {config.bits} bits, {config.hidden} hidden, {meta['iterations']} iterations", file=out)
    print("accuracy per bit (most significant first):", file=out)
    for t in reversed(range(config.bits)):
        print(f"  bit {t:2d}: {100 * ev.bit_accuracy[0, t]:6.2f}%", file=out)
    print("accuracy by longest borrow chain:", file=out)
    for n, total in enumerate(ev.chain_total):
        if total:
            print(f"  chain {n:2d}: {ev.chain_correct[0, n]}/{total} = {100 * ev.chain_correct[0, n] / total:.2f}%",
                  file=out)
    print(ev.line(), file=out)
    return 0


def main(argv=None, out=None, err=None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        from .sweep import cmd_sweep

        run = {"train": cmd_train, "predict": cmd_predict, "evaluate": cmd_evaluate, "sweep": cmd_sweep}
        return run[args.command](args, out)
    except (UsageError, ConfigError, ModelFileError, ValueError) as e:
        print(f"error: {e}", file=err)
        return 2
    except BrokenPipeError:
        return 0
