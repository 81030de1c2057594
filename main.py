"""rnnsub: `python main.py` opens the window; `python main.py train|predict|evaluate|sweep ...` is the command line."""

import sys


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and (not argv[0].startswith("-") or argv[0] in ("-h", "--help")):
        from rnnsub.cli import main as cli_main  # the command line never imports Qt

        return cli_main(argv)
    from gui.app import main as gui_main  # window options: --smoke, --lang

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
