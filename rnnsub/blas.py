"""One BLAS thread, on purpose.

numpy's OpenBLAS starts one thread per core. The products here are small (16 x 16 by default, 512 x 512 at most,
one row of samples at a time), so splitting them across threads costs more in hand-over than it saves, and the
threads spin against the window's own thread for the same cores. Measured (train, samples per second, default
threads / one thread): 8 bits, 16 hidden 20,948 / 21,102; 16/128 6,937 / 7,234; 32/128 3,957 / 4,347; 32/512
491 / 464 on an idle 2-core machine, and 884 / 4,527 for 32/128 while another process kept the cores busy.
"""

from __future__ import annotations

import numpy  # noqa: F401  (loads OpenBLAS: threadpoolctl limits only the libraries already loaded)
from threadpoolctl import threadpool_limits

_limit = None  # kept: the limit holds while this object lives


def use_one_blas_thread() -> None:
    """Limit BLAS (OpenBLAS, MKL, BLIS) to one thread for the rest of the process. Safe to call again."""
    global _limit
    if _limit is None:
        _limit = threadpool_limits(limits=1, user_api="blas")
