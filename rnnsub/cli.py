"""The command line: train, predict, evaluate, sweep, inspect. Never imports Qt.

Every training option is derived from the settings' declarations (rnnsub.config.SETTINGS); mistakes a person
can make are UserErrors, printed as one line with exit status 2. Anything else is a bug and keeps its traceback.

No option is ignored: an option given explicitly either takes effect or is refused. Their argparse defaults are
None, so that "given" can be told from "left at its default"; the help still shows the declared defaults.

Ctrl+C keeps what was done: while training, the first one stops the loop after the current iteration and the
command reports what it has (and `train --save` saves it), then exits with status 130. A Ctrl+C at any other
moment, or a second one, ends the command at once with one line on stderr and status 130; no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import tempfile
import time

import numpy as np

from .analysis import (
    AGREEMENT,
    LENGTHS,
    accuracy_by_length,
    borrow_units,
    extract_machine,
    find_wrong_any_length,
    hold,
    importance,
)
from .config import PRESETS, SETTINGS, Config, Setting
from .data import answer, parse_operand
from .errors import ConfigError, ModelFileError, UserError
from .evaluate import UNKNOWN, Checker, evaluate, predict
from .experiment import load_experiment, save_experiment
from .history import labels, replay, run_of
from .modelfile import config_of, load_model, make_meta, save_model
from .sweep import STATUS_HELP, STATUSES, Summary, Sweep, parse_list, parse_seeds, summarise
from .train import Control, Trainer

COMMANDS = ("train", "predict", "evaluate", "sweep", "inspect", "replay")
INTERRUPTED = 130  # the exit status of a command ended by Ctrl+C (128 + SIGINT), as shells report it
LOG_EVERY = 1000  # train: a sample every this many iterations, unless a preset or --log-every says otherwise
LIST_FORMS = {"seed": "seeds", "lr": "lrs", "hidden": "hiddens", "cell": "cells"}  # sweep: one value, or a list
SWEEP_SEEDS = "0-31"  # sweep: the seeds when neither --seed nor --seeds is given
MAX_LENGTH = 128  # inspect: the longest numbers, in bits, it runs a model on
SOLVED_EVERY = 100  # train --save-experiment: iterations between checks for every pair right (a sweep's default)
PROGRESS_AFTER = 1.0  # replay: seconds of retraining a run before its progress is shown (a default run takes 0.5 s)
PROGRESS_EVERY = 5.0  # replay: seconds between progress lines


WINDOW_USAGE = """without a command, {prog} opens the window:
  {prog}                          open the window (settings, language and files are remembered)
  {prog} FILE                     open a model, an experiment (.npz) or a lesson (.lesson) in it
  {prog} --open FILE              the same, as File > Open does
  {prog} --lang en|zh             its language (remembered; by default the system's)
  {prog} --smoke [--bits N ...]   open it, train, print responsiveness and speed figures, close
                                  ({prog} --smoke --help lists the training options it takes)
"""


class UsageError(UserError):
    """Bad words on the command line (argparse's complaint, or options that contradict each other):
    printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line instead of argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    prog = "rnnsub" if os.path.basename(sys.argv[0]) == "rnnsub" else "main.py"  # the installed command, or a checkout
    p = _Parser(prog=prog, description="Train a small RNN to subtract binary numbers with borrow.",
                epilog=WINDOW_USAGE.format(prog=prog), formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    t = sub.add_parser("train", help="train one model and report its exhaustive accuracy")
    add_train_options(t)
    presets = "; ".join(f"{name}: {_preset_options(name)}" for name in sorted(PRESETS))
    t.add_argument("--preset", choices=sorted(PRESETS),
                   help=_help(f"start from a preset's settings; options given explicitly override them ({presets}). "
                              "tutorial reproduces the tutorial's revised run, whose printout it matches only with the "
                              "preset's own values"))
    t.add_argument("--log-every", type=_count, metavar="N",
                   help=f"print a sample every N iterations (default {LOG_EVERY}, or the preset's)")
    t.add_argument("--save", metavar="PATH", help="save the trained model (.npz); on Ctrl+C, the model trained so far")
    t.add_argument("--save-experiment", metavar="PATH",
                   help="save the run as an experiment file (.npz: settings, start, curve, final weights) that "
                        "`main.py replay` retrains and compares")

    rp = sub.add_parser("replay", help="retrain every run of an experiment file from its recorded start and say "
                                       "whether it reproduces the recorded final weights")
    rp.add_argument("experiment", metavar="FILE")

    pr = sub.add_parser("predict", help="ask a saved model for A - B")
    pr.add_argument("--model", required=True, metavar="PATH")
    pr.add_argument("a", metavar="A", help="decimal, 0b... or 0x...")
    pr.add_argument("b", metavar="B", help="decimal, 0b... or 0x...")

    ev = sub.add_parser("evaluate", help="measure a saved model's accuracy")
    ev.add_argument("--model", required=True, metavar="PATH")

    ins = sub.add_parser("inspect", help="look inside a saved model: its borrow unit, the machine it learned, "
                                          "longer numbers")
    ins.add_argument("--model", required=True, metavar="PATH")
    ins.add_argument("--lengths", metavar="BITS", default=",".join(map(str, LENGTHS)),
                     help=f"lengths in bits to measure accuracy at, 1 to {MAX_LENGTH} (default "
                          f"{','.join(map(str, LENGTHS))}); the search for a wrong pair goes up to the longest")
    ins.add_argument("--knock-out", metavar="UNITS",
                     help="hold these hidden units at 0 at every step (such as 5, or 5,7), then inspect the model so "
                          "changed; units count from 0")
    ins.add_argument("--clamp", metavar="UNIT=VALUE",
                     help="hold hidden units at other values (such as 5=0.5, or 5=0.5,7=1), then inspect the model "
                          "so changed")
    ins.add_argument("--importance", action="store_true",
                     help="also print the accuracy with each hidden unit knocked out in turn")

    s = sub.add_parser("sweep", help="train many models side by side")
    add_train_options(s, sweep=True)
    s.add_argument("--seeds", help=f"seeds: 0-31, 1,4,9 or a mix (default {SWEEP_SEEDS}; not with --seed)")
    s.add_argument("--lrs", help="learning rates, such as 0.5,0.9,2 (separated by ',', ';' or spaces; default: --lr's; "
                                 "not with --lr)")
    s.add_argument("--hiddens", help="hidden sizes, such as 8,16 (separated like --lrs; default: --hidden's; not with --hidden)")
    s.add_argument("--cells", help=f"cells: {','.join(SETTINGS['cell'].values)} (separated like --lrs; default: --cell's; "
                                   "not with --cell)")
    s.add_argument("--eval-every", type=_count, default=100, metavar="N",
                   help="iterations between accuracy checks (default 100)")
    return p


def add_train_options(parser, sweep: bool = False):
    """One option per setting, from its declaration: --bits, --hidden, ..., --b-range. Their default is None
    (given or not, see config_from_args); the help names the declared default. In a sweep, --seed, --lr,
    --hidden and --cell are a list of one value, the same as --seeds, --lrs, --hiddens, --cells with one item."""
    for name, s in SETTINGS.items():
        flag = "--" + name.replace("_", "-")
        default = f"default {s.default}"
        if sweep and name in LIST_FORMS:
            default = (f"default: --{LIST_FORMS[name]} {SWEEP_SEEDS}" if name == "seed" else default) + \
                      f"; one value, like --{LIST_FORMS[name]} with one item; not with --{LIST_FORMS[name]}"
        if s.choices:
            told = "; ".join(f"{value}: {label}" for value, label in s.choices)
            parser.add_argument(flag, choices=s.values, help=_help(f"{s.help} ({told}; {default})"))
        else:
            span = f"{s.low:,} to {s.high:,}" if s.kind is int else f"{s.low:g} to {s.high:g}"
            parser.add_argument(flag, type=_parser_of(s), metavar="N" if s.kind is int else "X",
                                help=_help(f"{s.help} ({span}, {default})"))


def _preset_options(name: str) -> str:
    """A preset as the options it stands for: '--b-range half --log-every 800'."""
    config, log_every = PRESETS[name]
    changed = [f"--{n.replace('_', '-')} {getattr(config, n)}" for n, s in SETTINGS.items() if getattr(config, n) != s.default]
    return " ".join([*changed, f"--log-every {log_every}"])


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


def config_from_args(args, base: Config | None = None) -> Config:
    """The settings given on the command line; the others from `base` (a preset; default: the declarations)."""
    given = {name: value for name in SETTINGS if (value := getattr(args, name, None)) is not None}
    return (base or Config()).replace(**given)


def check_save_path(path: str, what: str = "the model", option: str = "--save", example: str = "model.npz") -> None:
    """Refuse (ModelFileError) a path `what` cannot be saved to, before any training: its folder must exist and
    take a new file (as the atomic save writes one beside the target), and the path must not be a folder or a
    device. A file already there is replaced."""

    def refuse(reason: str):
        raise ModelFileError(f"cannot save {what} to {path}: {reason}", "write", what=what, path=path, reason=reason)

    if not path:
        raise ModelFileError(f"{option} needs a file name, such as {example}", "write", what=what, path=path,
                             reason="empty")
    if os.path.isdir(path) or path.endswith((os.sep, "/")):
        refuse("that is a folder; give a file name, such as " + os.path.join(path, example))
    if os.path.exists(path) and not os.path.isfile(path):
        refuse("that is not a regular file")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.exists(folder):
        refuse(f"the folder {folder} does not exist")
    if not os.path.isdir(folder):
        refuse(f"{folder} is not a folder")
    try:
        fd, probe = tempfile.mkstemp(prefix=".rnnsub-", suffix=".part", dir=folder)
    except OSError as e:
        refuse(f"the folder {folder} cannot take a new file ({e.strerror or e})")
    os.close(fd)
    os.remove(probe)


def _same_file(a: str, b: str) -> bool:
    """Do two paths name one file: the same path once links and '..' are resolved, or (both existing) the same
    file by device and inode (a hard link)?"""
    if os.path.realpath(a) == os.path.realpath(b) or os.path.normcase(os.path.abspath(a)) == os.path.normcase(
            os.path.abspath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet: different, as their resolved paths differ
        return False


@contextlib.contextmanager
def _ctrl_c_stops(control: Control):
    """While training: the first Ctrl+C stops the loop after the current iteration (so the weights and the iteration
    reported belong together); a second one raises KeyboardInterrupt at once. Outside, Ctrl+C is Python's again.
    Left alone where SIGINT is not Python's default (ignored, or someone else's handler) or off the main thread."""

    def on_sigint(signum, frame):
        if control.stopped:
            raise KeyboardInterrupt
        control.stop()

    installed = False
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        try:
            signal.signal(signal.SIGINT, on_sigint)
            installed = True
        except ValueError:  # not the main thread, where no signal arrives anyway
            pass
    try:
        yield
    finally:
        if installed:
            signal.signal(signal.SIGINT, signal.default_int_handler)


def format_block(error, y_hat_bits, true_bits, a, b) -> str:
    """The tutorial's five lines: error, pred, true (most significant bit first), a - b = pred, dashes."""
    pred = np.round(y_hat_bits).astype(np.int64)[::-1]
    true = np.asarray(true_bits).astype(np.int64)[::-1]
    value = int((pred << np.arange(pred.size)[::-1]).sum())
    return f"error:{np.array([error])!s}\npred:{pred!s}\ntrue:{true!s}\n{a} - {b} = {value}\n---------"


def cmd_train(args, out) -> int:
    base, log_every = PRESETS[args.preset] if args.preset else (Config(), LOG_EVERY)
    config = config_from_args(args, base)
    every = log_every if args.log_every is None else args.log_every
    if args.save is not None:
        check_save_path(args.save)
    if args.save_experiment is not None:
        check_save_path(args.save_experiment, "the experiment", "--save-experiment", "experiment.npz")
        if args.save is not None and _same_file(args.save, args.save_experiment):
            raise UsageError(f"--save and --save-experiment both name {args.save_experiment}: the experiment would "
                             f"replace the model, so give them two files, such as model.npz and experiment.npz",
                             "same_file", path=args.save_experiment)
    trainer = Trainer(config)
    run = run_of(trainer, from_seed=True)
    control = Control()
    # An experiment records when the run first got every pair right, checked as a sweep checks (every
    # SOLVED_EVERY iterations, exactly and cheaply: evaluate.Checker); plain train checks only at the end.
    checks = {} if args.save_experiment is None else {"eval_every": SOLVED_EVERY,
                                                      "evaluator": _solved_check(trainer, run)}
    start = time.perf_counter()
    with _ctrl_c_stops(control):
        for p in trainer.run(control, every=every, **checks):
            run.record(p)
            r = p.last
            if r is not None and p.status == "running":
                print(format_block(r.error[0, 0], r.y_hat[:, 0, 0], r.y[:, 0, 0], r.a[0, 0], r.b[0, 0]), file=out)
            if p.status == "diverged":
                print(f"diverged at iteration {p.diverged_at[0]}: a weight or the error became NaN or infinite; "
                      "the last finite weights are kept", file=out)
    elapsed = time.perf_counter() - start
    interrupted = control.stopped
    saved = []  # the paths written so far
    try:
        if interrupted:
            print(f"interrupted at iteration {trainer.iteration} of {trainer.target}", file=out, flush=True)
        ev = trainer.evaluate()
        print(ev.line(), file=out)
        print(f"samples per second: {trainer.iteration * config.batch / max(elapsed, 1e-9):.0f}", file=out)
        if args.save is not None:
            save_model(args.save, trainer.weights, make_meta(config, trainer.iteration, float(ev.accuracy[0])))
            saved.append(args.save)
            print(f"saved {args.save}" + (f" (the model at iteration {trainer.iteration}, as trained when interrupted)"
                                          if interrupted else ""), file=out)
        if args.save_experiment is not None:
            run.finish(trainer)
            if ev.exhaustive:
                run.add_accuracy(trainer.iteration, float(ev.accuracy[0]))
            save_experiment(args.save_experiment, [run])
            saved.append(args.save_experiment)
            print(f"saved {args.save_experiment} (an experiment of 1 run; main.py replay retrains it)", file=out)
    except KeyboardInterrupt:
        unsaved = [p for p in (args.save, args.save_experiment) if p is not None and p not in saved]
        if unsaved:
            raise KeyboardInterrupt(f"before {' and '.join(unsaved)} {'was' if len(unsaved) == 1 else 'were'} saved") \
                from None
        raise
    return INTERRUPTED if interrupted else 0


def _solved_check(trainer: Trainer, run):
    """Trainer.run's evaluator for `train --save-experiment`: until the run gets every pair right, whether it does
    now; the first time it does, that iteration is the run's solved_at (with an accuracy of 1.0 there). Returns None:
    there is no evaluation to report."""
    checker = Checker(1, trainer.config.cell, trainer.config.bits, trainer.config.pairs)

    def check(interrupt):
        if run.solved_at is None and trainer.diverged_at[0] < 0 and checker.all_right(trainer.weights, None,
                                                                                         interrupt)[0]:
            run.add_accuracy(trainer.iteration, 1.0)
        return None

    return check


def cmd_replay(args, out, err=None) -> int:
    """Each run's result on `out`; while a run retrains for more than PROGRESS_AFTER seconds, a line on `err` every
    PROGRESS_EVERY seconds says how far it is (stdout stays the results alone)."""
    err = err or sys.stderr
    runs, meta = load_experiment(args.experiment)
    print(f"{len(runs)} run{'s' if len(runs) != 1 else ''}, saved by rnnsub {meta['version']}", file=out, flush=True)
    worst = 0
    for i, (run, label) in enumerate(zip(runs, labels(runs)), 1):
        result = replay(run, progress=_replay_progress(i, run.trained, err))
        said = "identical" if result.identical else f"differs by up to {result.difference:.3g}"
        start = "" if result.start_identical else (" (its recorded start is not what its seed draws; retrained from "
                                                   "the recorded start)")
        named = "" if label == f"run {i}" else f"{label}, "
        print(f"run {i} ({named}{run.trained:,} iterations): {said}{start}", file=out, flush=True)
        worst = max(worst, 0 if result.identical else 1)
    return worst


def _replay_progress(i: int, total: int, err):
    """replay()'s progress callback for run i: 'run 1: 40% (4,000 of 10,000 iterations)' on err, the first after
    PROGRESS_AFTER seconds, then at most every PROGRESS_EVERY seconds."""
    start = time.perf_counter()
    last = [start - PROGRESS_EVERY + PROGRESS_AFTER]  # so that the first line comes PROGRESS_AFTER seconds in

    def progress(done: int):
        now = time.perf_counter()
        if now - last[0] >= PROGRESS_EVERY:
            last[0] = now
            print(f"run {i}: {100 * done // max(total, 1)}% ({done:,} of {total:,} iterations)", file=err, flush=True)

    return progress


def cmd_predict(args, out) -> int:
    weights, meta = load_model(args.model)
    config = config_of(meta)
    bits = config.bits
    a = parse_operand(args.a, bits, "A")
    b = parse_operand(args.b, bits, "B")
    value, pred, _ = predict(weights, config.cell, [a], [b], bits)
    value, pred, truth = int(value[0, 0]), pred[0, :, 0], int(answer(a, b, bits))
    width = bits
    print(f"A      = {a:0{width}b}  ({a})", file=out)
    print(f"B      = {b:0{width}b}  ({b})", file=out)
    print(f"A - B  = {truth:0{width}b}  ({truth})", file=out)
    if value == UNKNOWN:  # some output is not a number: those bits are unknown, and so is the value
        shown = "".join("?" if bit == UNKNOWN else str(bit) for bit in pred[::-1])
        unknown = ", ".join(str(t) for t in np.flatnonzero(pred == UNKNOWN))
        print(f"model  = {shown}  (no answer: the network's output is not a number at bit {unknown})  WRONG", file=out)
    else:
        print(f"model  = {value:0{width}b}  ({value})  {'right' if value == truth else 'WRONG'}", file=out)
    if meta["pairs"] == "ordered" and a < b:
        print(f"note: A < B is outside what this model was trained on (ordered pairs, A >= B); "
              f"the true answer shown is (A - B) mod 2^{bits}", file=out)
    return 0


def cmd_evaluate(args, out) -> int:
    weights, meta = load_model(args.model)
    config = config_of(meta)
    # said before measuring (which takes ~20 s for 32 bits and 512 hidden units), so that Ctrl+C leaves this line
    print(f"{config.cell} cell, {config.bits} bits, {config.hidden} hidden, {meta['iterations']} iterations", file=out,
          flush=True)
    ev = evaluate(weights, config.cell, config.bits, config.pairs)
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


def parse_lengths(text: str) -> list[int]:
    """--lengths '8,16,64' -> [8, 16, 64]: rnnsub.sweep.parse_list's rule, each from 1 to MAX_LENGTH bits."""
    lengths = parse_list(text, int, "--lengths")
    for n in lengths:
        if not 1 <= n <= MAX_LENGTH:
            raise UsageError(f"--lengths: {n} is not a length from 1 to {MAX_LENGTH} bits", "lengths_range",
                             value=n, low=1, high=MAX_LENGTH)
    return lengths


def cmd_inspect(args, out) -> int:
    lengths = parse_lengths(args.lengths)
    held = parse_held(args.knock_out, args.clamp)
    weights, meta = load_model(args.model)
    config = config_of(meta)
    cell, bits, pairs = config.cell, config.bits, config.pairs
    changed = hold(weights, held) if held else weights  # refuses units the model lacks, before anything is printed
    print(f"{cell} cell, {bits} bits, {config.hidden} hidden, {meta['iterations']} iterations", file=out, flush=True)
    if held:
        before = evaluate(weights, cell, bits, pairs)
        weights = changed
        after = evaluate(weights, cell, bits, pairs)
        said = ", ".join(f"unit {u} knocked out (held at 0)" if v == 0 else f"unit {u} held at {v:g}"
                         for u, v in held.items())
        print(f"{said}: {after.correct[0]}/{after.total} = {100 * after.accuracy[0]:.2f}% right (was "
              f"{before.correct[0]}/{before.total} = {100 * before.accuracy[0]:.2f}%); what follows is the changed "
              f"model", file=out, flush=True)
    if args.importance:
        for unit, acc in enumerate(importance(weights, cell, bits, pairs)):
            print(f"without unit {unit}: {100 * acc:.2f}% right", file=out, flush=True)
    print(format_borrow_units(borrow_units(weights, cell, bits, pairs)), file=out, flush=True)
    print(format_machine(extract_machine(weights, cell, bits, pairs)), file=out, flush=True)
    for row in accuracy_by_length(weights, cell, lengths, pairs=pairs):
        how = "every pair" if row.exhaustive else "sampled"
        print(f"length {row.bits}: {row.correct}/{row.total} = {100 * row.accuracy:.2f}% ({how})", file=out, flush=True)
    search = find_wrong_any_length(weights, cell, max(lengths), pairs)
    tries = f"{search.tried:,} tr{'y' if search.tried == 1 else 'ies'}"
    if search.pair is None:
        print(f"no wrong pair found in {tries} up to {search.max_bits} bits", file=out)
    else:
        a, b = search.pair
        n = search.bits
        said = "no answer (an output is not a number)" if search.got is None else f"{search.got}"
        print(f"first wrong pair: {a} - {b} ({n} bit{'s' if n > 1 else ''}, after {tries}): the network "
              f"says {said}, the answer is {(a - b) % (1 << n)}", file=out)
    return 0


def parse_held(knock_out: str | None, clamp: str | None) -> dict[int, float]:
    """--knock-out '5,7' and --clamp '5=0.5,7=1' -> {unit: value} (lists as parse_list reads them); a unit named
    twice is refused. Whether the units exist is analysis.hold's to say."""
    held: dict[int, float] = {}
    given: dict[int, str] = {}  # unit -> the option that named it first
    items = [(u, 0.0, "--knock-out") for u in parse_list(knock_out, int, "--knock-out")] if knock_out is not None else []
    for item in parse_list(clamp, str, "--clamp") if clamp is not None else []:
        unit, eq, value = item.partition("=")
        try:
            items.append((int(unit, 10), float(value), "--clamp"))
        except ValueError:
            raise UsageError(f"--clamp: {item!r} is not UNIT=VALUE, such as 5=0.5", "clamp_syntax",
                             item=item) from None
        if not eq:
            raise UsageError(f"--clamp: {item!r} is not UNIT=VALUE, such as 5=0.5", "clamp_syntax", item=item)
    for unit, value, option in items:
        if unit in held:
            where = f"{option} names it twice" if given[unit] == option else "both --knock-out and --clamp name it"
            raise UsageError(f"unit {unit} is named twice ({where}: a unit is held at one value, so name each once)",
                             "unit_twice", unit=unit)
        held[unit], given[unit] = value, option
    return held


def format_borrow_units(units) -> str:
    """borrow_units' result as one line: the unit that carries the borrow (BorrowUnits.found), or none and the best."""
    said = f"|r| = {units.abs_r:.3f}, threshold recovers {100 * units.recovered:.2f}% of borrow bits"
    if units.found:
        return f"borrow unit: {units.unit} ({said})"
    if units.abs_r == 0:
        return "borrow unit: none (no unit's state varies with the borrow: r = 0 for every unit)"
    return f"borrow unit: none (best: unit {units.unit}, {said})"


def format_machine(m) -> str:
    """extract_machine's result as one line."""
    if not m.found:
        why = f" ({m.reason})" if m.reason else f" (best: {100 * m.best_agreement:.2f}%)"
        return (f"machine: no machine of up to {m.max_states} states agrees with the network on {100 * AGREEMENT:g}% of "
                f"transitions{why}")
    clusters = "" if m.clusters == m.states else f" (from {m.clusters} clusters)"
    if m.equivalent:
        same = "yes"
    else:
        n = len(m.difference)
        a = sum(ab[0] << t for t, ab in enumerate(m.difference))
        b = sum(ab[1] << t for t, ab in enumerate(m.difference))
        same = f"no: first difference on {a:0{n}b} - {b:0{n}b} (binary, {n} bit{'s' if n > 1 else ''}, at its top bit)"
    return (f"machine: {m.states} state{'s' if m.states != 1 else ''}{clusters}, {100 * m.found_agreement:.2f}% of "
            f"transitions agree, equivalent to the borrow machine: {same}")


def sweep_values(args, config: Config) -> tuple[list, list, list, list]:
    """(seeds, lrs, hiddens, cells) for Sweep.plan: a list form (--seeds ...), or the single form (--seed ...) as a
    list of one, or the default (seeds 0-31; the others `config`'s). Both forms at once are refused; so are empty
    items ('0.5,,2'), by parse_list and parse_seeds."""
    for single, plural in LIST_FORMS.items():
        if getattr(args, single) is not None and getattr(args, plural) is not None:
            raise UsageError(f"--{single} and --{plural} were both given; give one of them (--{plural} also takes "
                             f"a single value)", "both_forms", single=f"--{single}", plural=f"--{plural}")
    if args.seeds is not None:
        seeds = parse_seeds(args.seeds)
    else:
        seeds = [args.seed] if args.seed is not None else parse_seeds(SWEEP_SEEDS)
    lrs = parse_list(args.lrs, float, "--lrs") if args.lrs is not None else [config.lr]
    hiddens = parse_list(args.hiddens, int, "--hiddens") if args.hiddens is not None else [config.hidden]
    cells = parse_list(args.cells, str, "--cells") if args.cells is not None else [config.cell]
    return seeds, lrs, hiddens, cells


def cmd_sweep(args, out) -> int:
    config = config_from_args(args)
    sweep = Sweep.plan(config, *sweep_values(args, config), args.eval_every)
    control = Control()
    start = time.perf_counter()
    with _ctrl_c_stops(control):
        for _ in sweep.run(control):
            pass
    elapsed = time.perf_counter() - start
    samples = sum(trainer.iteration * len(idx) for idx, trainer in sweep.groups) * sweep.config.batch
    rate = (f"accuracy checked every {sweep.eval_every} iterations; "
            f"{samples / max(elapsed, 1e-9):.0f} samples per second over all models")
    if not control.stopped:
        print(format_sweep_table(sweep), file=out)
        if len(sweep.models) > 1:  # one model's summary would repeat its row
            print(format_summaries(sweep), file=out)
        print(rate, file=out)
        print(f"converged: {sweep.converged}/{len(sweep.models)}", file=out)
        return 0

    print_interrupted_sweep(sweep, rate, out)
    return INTERRUPTED


def print_interrupted_sweep(sweep: Sweep, rate: str, out) -> None:
    """What an interrupted sweep has: groups that finished keep the accuracy measured at their end; the group that
    was training (or being measured) is measured now, at the weights it has; groups not started are shown as such."""
    measured = {i for i, m in enumerate(sweep.models) if m.accuracy_at is not None}  # at the end of their group
    unfinished = [(idx, trainer) for idx, trainer in sweep.groups if idx[0] not in measured]
    if unfinished:
        idx, trainer = unfinished[0]
        doing = "measuring" if _trained_out(trainer) else "training"
        where = f"at iteration {trainer.iteration} of {trainer.target}, {doing} {_models(idx)} of {len(sweep.models)}"
        if not trainer.iteration:
            where = f"before {_models(idx)} of {len(sweep.models)} started"
    else:
        where = "after the last group had finished"
    print(f"interrupted {where}", file=out, flush=True)
    rows = {}  # model -> (accuracy or None, iterations trained as text)
    for idx, trainer in sweep.groups:
        if idx[0] in measured:
            rows.update({i: (sweep.models[i].accuracy, str(trainer.iteration)) for i in idx})
        elif trainer.iteration:
            accuracy = trainer.evaluate().accuracy
            trained = str(trainer.iteration) if _trained_out(trainer) else f"{trainer.iteration} (interrupted)"
            rows.update({i: (float(accuracy[j]), trained) for j, i in enumerate(idx)})
        else:
            rows.update({i: (None, "not started") for i in idx})
    print(format_sweep_table(sweep, [rows[i] for i in range(len(sweep.models))]), file=out)
    print(rate, file=out)
    converged = sum(rows[i][0] == 1.0 and m.diverged_at is None for i, m in enumerate(sweep.models))
    not_started = sum(acc is None for acc, _ in rows.values())
    print(f"converged: {converged}/{len(sweep.models)} so far" + (f" ({not_started} not started)" if not_started else ""),
          file=out)


def _trained_out(trainer: Trainer) -> bool:
    """Has the group trained all it would (to its target, or until every model diverged)?"""
    return trainer.iteration >= trainer.target or trainer.all_diverged


def _models(idx: list[int]) -> str:
    """'model 3' or 'models 0-7' (a group's models are consecutive)."""
    return f"model {idx[0]}" if len(idx) == 1 else f"models {idx[0]}-{idx[-1]}"


def format_sweep_table(sweep: Sweep, interrupted: list | None = None) -> str:
    """One row per model, with its status (sweep.STATUS_HELP) when the sweep finished. After an interrupt,
    `interrupted` holds each model's (accuracy, or None where not measured, and the iterations it trained, as
    text), shown in an extra column instead of the status."""
    lines = [f"{'model':>5} {'cell':>8} {'hidden':>6} {'lr':>8} {'seed':>10} {'accuracy':>9} {'100% at':>8} "
             f"{'diverged':<8}" + ("" if interrupted else " status")]
    for k, m in enumerate(sweep.models):
        accuracy = interrupted[k][0] if interrupted else m.accuracy
        solved = "-" if accuracy is None else "never" if m.solved_at is None else str(m.solved_at)
        shown = "-" if accuracy is None else f"{100 * accuracy:.2f}%"
        div = "no" if m.diverged_at is None else f"at {m.diverged_at}"
        lines.append(f"{k:5d} {m.cell:>8} {m.hidden:6d} {m.lr:8g} {m.seed:10d} {shown:>9} {solved:>8} {div:<8}"
                     + ("" if interrupted else f" {m.status}"))
    lines = [line.rstrip() for line in lines]
    if interrupted:
        width = max(map(len, lines))
        lines = [f"{line:{width}}  {trained}" for line, trained in zip(lines, ["trained", *(t for _, t in interrupted)])]
    return "\n".join(lines)


def format_summary(s: Summary) -> str:
    """'hidden 4: 8 models, 3 reached 100% (median at iteration 3,400), 3 right at the end, 2 still learning,
    3 stuck, 0 diverged' (lost and waiting models are named only when there are some)."""
    name = "all" if not s.setting else f"{s.setting} {s.value:g}" if isinstance(s.value, float) else f"{s.setting} {s.value}"
    median = "" if s.median_at is None else f" (median at iteration {s.median_at:,.0f})" if s.median_at.is_integer() \
        else f" (median at iteration {s.median_at:,.1f})"
    parts = [f"{s.models} model{'s' if s.models != 1 else ''}", f"{s.reached} reached 100%{median}",
             f"{s.right_at_end} right at the end"]
    parts += [f"{s.lost} lost 100% again"] if s.lost else []
    parts += [f"{s.learning} still learning", f"{s.stuck} stuck", f"{s.diverged} diverged"]
    parts += [f"{s.waiting} waiting"] if s.waiting else []
    return f"{name}: " + ", ".join(parts)


def format_summaries(sweep: Sweep) -> str:
    """A summary line per value of each swept setting (sweep.summarise), then what each status that occurs means."""
    lines = [format_summary(s) for s in summarise(sweep.models)]
    seen = {m.status for m in sweep.models}
    lines += [f"  {word}: {STATUS_HELP[word]}" for word in STATUSES if word in seen]
    return "\n".join(lines)


def main(argv=None, out=None, err=None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        run = {"train": cmd_train, "predict": cmd_predict, "evaluate": cmd_evaluate, "sweep": cmd_sweep,
               "inspect": cmd_inspect, "replay": lambda a, o: cmd_replay(a, o, err)}
        return run[args.command](args, out)
    except UserError as e:
        print(f"error: {e}", file=err)
        return 2
    except KeyboardInterrupt as e:  # only Ctrl+C: any other exception is a bug and keeps its traceback
        print(f"interrupted {e}".rstrip(), file=err)
        return INTERRUPTED
    except BrokenPipeError:
        return 0
