"""PySide6 6.12.0 drops a reference to None in QGraphicsWidget.setMaximumHeight, and pyqtgraph calls it on
every range change: a live plot aborts the process within seconds (`Fatal Python error: none_dealloc`).
This runs the minimal reproduction in a subprocess so that an upgrade that brings the bug back fails here."""

import os
import subprocess
import sys

CODE = """
from PySide6 import QtWidgets
app = QtWidgets.QApplication([])
w = QtWidgets.QGraphicsWidget()
for i in range(2_000_000):
    w.setMaximumHeight(10.0 + i % 3)
print("survived")
"""


def test_qt_binding_survives_setMaximumHeight_loop():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0 and out.stdout.strip() == "survived", out.stderr[-2000:]
