"""The import graph of the program's own modules, read from the source (every import, also those
inside functions): the layers of DESIGN §2 hold and no two modules import each other.

Where the code does not yet satisfy a rule, the exception is listed by name below, with the work
that removes it; the test fails when an exception is no longer needed, so the lists only shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "storage", "exports", "ui")

#: exports/ modules that still ask services or storage while they write (writer → imported module)
PENDING_WRITER_IMPORTS: set[tuple[str, str]] = set()  # none left: every writer takes a document

#: import cycles still to break, each as the sorted names of its modules
PENDING_CYCLES: set[tuple[str, ...]] = set()  # none left


#: modules of the Qt-free layers that may import the window: the program's entry point starts it
WINDOW_STARTERS = {"app.__main__"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found[_module_name(path)] = path
    return found


def _runtime_nodes(tree: ast.AST):
    """Every node of `tree` but those under ``if TYPE_CHECKING:`` (imports for annotations only,
    never run: no edge of the import graph)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules `name` imports (a name imported from a package counts as the
    submodule when there is one)."""
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.add(target)
    return out


def graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(g: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[tuple[str, ...]] = set()
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.add(tuple(sorted(component)))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def test_writers_in_exports_import_no_service_and_no_storage():
    g = graph()
    found = {
        (m, t)
        for m, targets in g.items()
        if m.startswith("exports")
        for t in targets
        if t.startswith(("app.services", "storage"))
    }
    assert found - PENDING_WRITER_IMPORTS == set(), "a writer asks a service or storage while writing"
    assert PENDING_WRITER_IMPORTS - found == set(), "no longer needed: remove from PENDING_WRITER_IMPORTS"


def test_no_two_modules_import_each_other():
    cycles = _cycles(graph())
    assert cycles - PENDING_CYCLES == set(), "an import cycle"
    assert PENDING_CYCLES - cycles == set(), "broken since: remove from PENDING_CYCLES"


def test_app_and_storage_import_no_qt_and_no_window():
    g = graph()
    for m, targets in g.items():
        if m.startswith(("app", "storage", "exports")) and m not in WINDOW_STARTERS:
            assert not {t for t in targets if t.startswith("ui")}, m
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "storage").rglob("*.py"), *(ROOT / "exports").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6")], path


def test_the_graph_sees_imports_inside_functions_and_relative_ones():
    g = graph()
    # the report's document service imports the register export service only inside a function
    assert "app.services.register_export" in g["app.services.report_document"]
    assert "storage.db" in g["storage.records"] and "app.registry" in g["storage.registers"]


#: front-end and writer modules that still reach the database through the workspace (ws.db)
PENDING_DB_USERS: set[str] = set()


def _db_users() -> set[str]:
    """Modules outside app/services and storage that read ``ws.db`` or ``self.ws.db``."""
    found = set()
    for name, path in _modules().items():
        if name.startswith(("app.services", "storage")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "db":
                owner = node.value
                if (isinstance(owner, ast.Name) and owner.id == "ws") or (
                    isinstance(owner, ast.Attribute) and owner.attr == "ws"
                ):
                    found.add(name)
    return found


def test_only_services_and_storage_hold_the_database():
    users = _db_users()
    assert users - PENDING_DB_USERS == set(), "use a service through ws (ws.auth, ws.settings …), not ws.db"
    assert PENDING_DB_USERS - users == set(), "no longer needed: remove from PENDING_DB_USERS"
