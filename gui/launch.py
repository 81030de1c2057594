"""The program's one entry point: `python main.py ...` in a checkout, `rnnsub ...` once installed, the packaged
program. What the first argument is decides:

    (nothing), --smoke, --lang, --open PATH ...     the window (gui/app.py)
    FILE [window options]                          the window, with that model, experiment or lesson open
                                                   (what the desktop entry runs: `rnnsub %f`)
    train|predict|evaluate|sweep|inspect|replay    the command line (rnnsub/cli.py, which never imports Qt)
    -h, --help, or anything else                   the command line too (its help, or its one-sentence error)
"""

from __future__ import annotations

import os
import sys


def wants_window(argv: list[str]) -> bool:
    """Is this the window's command line rather than the CLI's? A command name wins over a file of that name."""
    if not argv:
        return True
    first = argv[0]
    if first in ("-h", "--help"):
        return False
    if first.startswith("-"):
        return True
    from rnnsub.cli import COMMANDS

    return first not in COMMANDS and os.path.exists(first)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        from rnnsub.blas import use_one_blas_thread  # loads numpy: inside the Ctrl+C guard

        use_one_blas_thread()  # the CLI, the window and the packaged program alike (rnnsub/blas.py says why)
        if not wants_window(argv):
            from rnnsub.cli import main as cli_main  # the command line never imports Qt

            return cli_main(argv)
    except KeyboardInterrupt:  # Ctrl+C while numpy is still loading: the CLI's own handling is not in place yet
        print("interrupted", file=sys.stderr)
        return 130
    from .app import main as gui_main  # window options: --smoke, --lang, --open, FILE

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
