"""rnnsub: `python main.py` opens the window; `python main.py train|predict|evaluate|inspect|sweep ...` is the command line."""

import sys


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        from rnnsub.blas import use_one_blas_thread  # loads numpy: inside the Ctrl+C guard

        use_one_blas_thread()  # the CLI, the window and the packaged program alike (rnnsub/blas.py says why)
        if argv and (not argv[0].startswith("-") or argv[0] in ("-h", "--help")):
            from rnnsub.cli import main as cli_main  # the command line never imports Qt

            return cli_main(argv)
    except KeyboardInterrupt:  # Ctrl+C while numpy is still loading: the CLI's own handling is not in place yet
        print("interrupted", file=sys.stderr)
        return 130
    from gui.app import main as gui_main  # window options: --smoke, --lang, --open

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
