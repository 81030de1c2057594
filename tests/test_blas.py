"""One BLAS thread in every program that starts from main.py (rnnsub/blas.py says why)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_main_limits_blas_to_one_thread():
    code = ("import sys, main, threadpoolctl\n"
            "main.main(['train', '--iterations', '1', '--log-every', '10'])\n"
            "print([i['num_threads'] for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    threads = eval(out.stdout.strip().splitlines()[-1])
    assert threads and all(n == 1 for n in threads)
