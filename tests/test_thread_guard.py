"""The suite's guard: a test that leaves a QThread running fails (run on a throwaway test in a subprocess)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_thread_left_running_fails_the_test(tmp_path):
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_leaky.py").write_text(
        "from PySide6.QtCore import QThread\n"
        "def test_leaves_a_thread(qapp):\n"
        "    test_leaves_a_thread.thread = QThread()\n"
        "    test_leaves_a_thread.thread.start()\n"
        "def test_joins_its_thread(qapp):\n"
        "    t = QThread()\n"
        "    t.start()\n"
        "    t.quit()\n"
        "    t.wait()\n")
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert "2 passed, 1 error" in out.stdout, out.stdout  # the leaky test errors at teardown, the other passes
    assert "1 QThread(s) left running by this test" in out.stdout
