"""rnnsub from a checkout: `python main.py` opens the window, `python main.py FILE` opens a model, experiment or
lesson in it, `python main.py train|predict|evaluate|inspect|sweep|replay ...` is the command line. gui/launch.py
decides which (installed, the same function is the `rnnsub` command; packaged, rnnsub.spec starts here)."""

import sys

from gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
