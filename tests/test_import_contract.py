"""rnnsub/ is the model: numpy only. Nothing in it may import Qt, pyqtgraph or the gui package."""

import ast
from pathlib import Path

FORBIDDEN = {"PySide6", "PyQt5", "PyQt6", "PySide2", "pyqtgraph", "gui", "superqt"}


def test_rnnsub_imports_no_qt():
    offenders = []
    for path in (Path(__file__).resolve().parents[1] / "rnnsub").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            offenders += [f"{path.name}:{node.lineno} imports {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
