"""rnnsub: a small recurrent network, written from scratch in numpy, that learns to subtract binary numbers."""

__version__ = "0.2.0"
