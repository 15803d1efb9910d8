"""Start-up to the main window shown with the register open, against a bare PySide6 window
(a QMainWindow holding a QTableView).  Both are whole processes timed from spawn to the window
shown (bench/startup_probe.py), so the interpreter's own start counts on both sides.
Budget: ≤ 1.5 × the bare window (DESIGN §7)."""
from __future__ import annotations

from bench.common import PYTHON, ROOT, Budget, Case, Ctx, Measure


def _gui_available() -> str:
    """Why the program's window cannot be measured yet ('' when it can)."""
    app_py = ROOT / "ui" / "app.py"
    if not app_py.exists():
        return "ui/app.py (the program's window) is not in the tree yet"
    if "def run_gui" not in app_py.read_text(encoding="utf-8"):
        return "ui/app.py has no run_gui yet"
    return ""


def cases(ctx: Ctx) -> list[Case]:
    probe = str(ROOT / "bench" / "startup_probe.py")
    # each start gets a fresh data folder: no settings or window geometry left by an earlier run
    env = {"DUALBASE_DATA_DIR": str(ctx.out / "startup-data")}
    why = _gui_available()
    return [Case(
        name="startup", title="start-up to the main window shown",
        budget=Budget("ratio", 1.5),
        ours=None if why else Measure(cmd=[PYTHON, probe, "ours", "--db", str(ctx.db)], env=env),
        bare=Measure(cmd=[PYTHON, probe, "bare"], env=env),
        repeat=3 if ctx.quick else 7,
        unavailable=why,
        note="whole process from spawn to the first window's expose/paint events processed; median")]
