"""Every function that takes the open register says so: a parameter named ``ws`` is annotated
(``ws: Workspace``, imported under ``if TYPE_CHECKING:`` where a runtime import would cost
start-up time or make a cycle), so a reader and the type checker know what it is."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("app", "storage", "exports", "ui", "tools", "bench")


def _unannotated_ws(root: Path = ROOT) -> list[str]:
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):  # a lambda cannot say it
                    args = node.args
                    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
                        if arg.arg == "ws" and arg.annotation is None:
                            found.append(f"{path.relative_to(root)}:{arg.lineno} {node.name}")
    return found


def test_every_ws_parameter_is_annotated():
    assert _unannotated_ws() == []


def test_the_check_sees_a_parameter_without_its_annotation(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "m.py").write_text(
        "def f(ws, n: int) -> None: ...\ndef g(ws: Workspace) -> None: ...\nh = lambda ws: ws\n"
    )
    assert _unannotated_ws(tmp_path) == ["app/m.py:1 f"]
