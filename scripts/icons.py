"""Render resources/icons/rnnsub.svg (drawn by hand) to the PNG sizes the window and the desktop use:
resources/icons/rnnsub-{16,32,48,64,128,256}.png. Rerun after editing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(ICONS / "rnnsub.svg"))
    if not renderer.isValid():
        print(f"error: {ICONS / 'rnnsub.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format_ARGB32)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"rnnsub-{size}.png"
        if not image.save(str(out)):
            print(f"error: cannot write {out}", file=sys.stderr)
            return 1
        print(f"{out.name}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
