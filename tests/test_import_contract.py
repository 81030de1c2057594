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


def _rnnsub_imports():
    """{module: set of rnnsub modules it imports} for every module under rnnsub/."""
    graph = {}
    for path in (Path(__file__).resolve().parents[1] / "rnnsub").glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    deps.add(node.module.split(".")[0])
                else:
                    deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rnnsub."):
                deps.add(node.module.split(".")[1])
        graph[path.stem] = deps
    return graph


def test_rnnsub_import_graph_has_no_cycle():
    graph = _rnnsub_imports()
    done, path = set(), []

    def visit(m):
        assert m not in path, f"import cycle: {' -> '.join(path[path.index(m):] + [m])}"
        if m in done:
            return
        path.append(m)
        for d in graph.get(m, ()):
            visit(d)
        path.pop()
        done.add(m)

    for module in graph:
        visit(module)
    assert "cli" not in set().union(*(deps for m, deps in graph.items() if m != "cli")), "the engine imports the CLI"


def test_only_the_cli_uses_argparse():
    root = Path(__file__).resolve().parents[1] / "rnnsub"
    users = sorted(p.stem for p in root.glob("*.py") if "argparse" in {
        n.name for node in ast.walk(ast.parse(p.read_text())) if isinstance(node, ast.Import) for n in node.names})
    assert users == ["cli"]
