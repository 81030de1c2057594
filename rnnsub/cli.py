"""The command line: train, predict, evaluate, sweep. Never imports Qt.

Every training option is derived from the settings' declarations (rnnsub.config.SETTINGS); mistakes a person
can make are UserErrors, printed as one line with exit status 2. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from .config import PRESETS, SETTINGS, Config, Setting
from .data import answer, parse_operand
from .errors import ConfigError, UserError
from .evaluate import evaluate, predict
from .modelfile import config_of, load_model, make_meta, save_model
from .sweep import Sweep, parse_list, parse_seeds
from .train import Trainer

COMMANDS = ("train", "predict", "evaluate", "sweep")


class UsageError(UserError):
    """Bad words on the command line (argparse's complaint): printed as one line, exit status 2."""


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

    s = sub.add_parser("sweep", help="train many models side by side")
    add_train_options(s)
    s.add_argument("--seeds", default="0-31", help="seeds: 0-31, 1,4,9 or a mix (default 0-31)")
    s.add_argument("--lrs", help="learning rates, comma-separated (instead of --lr)")
    s.add_argument("--hiddens", help="hidden sizes, comma-separated (instead of --hidden)")
    s.add_argument("--cells", help=f"cells, comma-separated: {','.join(SETTINGS['cell'].values)} (instead of --cell)")
    s.add_argument("--eval-every", type=_count, default=100, metavar="N",
                   help="iterations between accuracy checks (default 100)")
    return p


def add_train_options(parser):
    """One option per setting, from its declaration: --bits, --hidden, ..., --b-range."""
    for name, s in SETTINGS.items():
        flag = "--" + name.replace("_", "-")
        if s.choices:
            told = "; ".join(f"{value}: {label}" for value, label in s.choices)
            parser.add_argument(flag, choices=s.values, default=s.default, help=_help(f"{s.help} ({told}; default {s.default})"))
        else:
            span = f"{s.low:,} to {s.high:,}" if s.kind is int else f"{s.low:g} to {s.high:g}"
            parser.add_argument(flag, type=_parser_of(s), default=s.default, metavar="N" if s.kind is int else "X",
                                help=_help(f"{s.help} ({span}, default {s.default})"))


def _help(text: str) -> str:
    return text.replace("%", "%%")  # argparse formats help with %


def _parser_of(s: Setting):
    def parse(text):
        try:
            return s.parse(text)
        except ConfigError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    parse.__name__ = s.name  # argparse names the type in some messages
    return parse


def _count(text):
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} must be at least 1")
    return n


def config_from_args(args) -> Config:
    return Config(**{name: getattr(args, name) for name in SETTINGS})


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


def cmd_sweep(args, out) -> int:
    seeds = parse_seeds(args.seeds)
    lrs = parse_list(args.lrs, float, "--lrs") if args.lrs else [args.lr]
    hiddens = parse_list(args.hiddens, int, "--hiddens") if args.hiddens else None
    cells = parse_list(args.cells, str, "--cells") if args.cells else None
    sweep = Sweep.plan(config_from_args(args), seeds, lrs, hiddens, cells, args.eval_every)
    start = time.perf_counter()
    samples = 0
    for report in sweep.run():
        samples += report.progress.errors.size * sweep.config.batch
    elapsed = time.perf_counter() - start
    print(format_sweep_table(sweep), file=out)
    print(
        f"accuracy checked every {sweep.eval_every} iterations; "
        f"{samples / max(elapsed, 1e-9):.0f} samples per second over all models",
        file=out,
    )
    print(f"converged: {sweep.converged}/{len(sweep.models)}", file=out)
    return 0


def format_sweep_table(sweep: Sweep) -> str:
    lines = [f"{'model':>5} {'cell':>8} {'hidden':>6} {'lr':>8} {'seed':>10} {'accuracy':>9} {'100% at':>8} diverged"]
    for k, m in enumerate(sweep.models):
        solved = "never" if m.solved_at is None else str(m.solved_at)
        div = "no" if m.diverged_at is None else f"at {m.diverged_at}"
        lines.append(f"{k:5d} {m.cell:>8} {m.hidden:6d} {m.lr:8g} {m.seed:10d} {100 * m.accuracy:8.2f}% {solved:>8} {div}")
    return "\n".join(lines)


def main(argv=None, out=None, err=None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        run = {"train": cmd_train, "predict": cmd_predict, "evaluate": cmd_evaluate, "sweep": cmd_sweep}
        return run[args.command](args, out)
    except UserError as e:
        print(f"error: {e}", file=err)
        return 2
    except BrokenPipeError:
        return 0
