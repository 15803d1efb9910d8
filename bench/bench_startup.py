"""Start-up to the main window shown with the register open, against PySide6 alone.

Two bare windows, both whole processes timed from spawn to the window shown
(bench/startup_probe.py), so the interpreter's own start counts on both sides:

* ``startup`` — against PySide6 alone building the *same* first window (same menus, toolbar,
  navigation, status bar and Home widgets holding the same translated texts, in bilingual mode as
  the program starts): the bare library doing the same work, as every other ratio of DESIGN §7
  (the same cells, the same shaped text).  The ratio is the program's own cost: its imports,
  opening the register, settings, fonts and translations.  Budget: ≤ 1.5× (DESIGN §7).
* ``startup_empty`` — against an empty window (a QMainWindow holding a QTableView: no text, no
  fonts, no Qt namespace touched), for reference: what any window with text costs on top of that
  is in the difference of the two bare figures.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import PYTHON, ROOT, Budget, Case, Ctx, Measure


def _gui_available() -> str:
    """Why the program's window cannot be measured yet ('' when it can)."""
    app_py = ROOT / "ui" / "app.py"
    if not app_py.exists():
        return "ui/app.py (the program's window) is not in the tree yet"
    if "def run_gui" not in app_py.read_text(encoding="utf-8"):
        return "ui/app.py has no run_gui yet"
    return ""


def private_copy(ctx: Ctx) -> Path:
    """The register copied into this run's folder: another program (or a helper's benchmark) holding
    the cached register open would otherwise make the program say "already open" instead of
    starting.  Copied once per run and size."""
    copy = ctx.out / "startup-register.sqlite"
    src = Path(ctx.db)
    if not copy.exists() or copy.stat().st_size != src.stat().st_size or copy.stat().st_mtime < src.stat().st_mtime:
        import sqlite3

        tmp = copy.with_suffix(".part")
        tmp.unlink(missing_ok=True)
        with sqlite3.connect(src) as a, sqlite3.connect(tmp) as b:
            a.backup(b)  # a consistent copy even while someone has the register open
        a.close()
        b.close()
        tmp.rename(copy)
    return copy


def start_mode(data_dir: Path) -> str:
    """Diagnostic: the language mode the program starts in with this data folder. The bare side
    always builds the bilingual window; a settings.ini left in the folder by an earlier run (the
    folder is kept between runs) can make the program start in Chinese or Tibetan alone."""
    import configparser

    ini = data_dir / "settings.ini"
    parser = configparser.ConfigParser()
    try:
        parser.read(ini, encoding="utf-8")
    except (OSError, configparser.Error):
        return "unknown (settings.ini unreadable)"
    mode = parser.get("ui", "language_mode", fallback="")
    return f"{mode} (from {ini})" if mode else "both (the default)"


def start_bilingual(data_dir: Path) -> None:
    """Like for like: the bare side builds the bilingual window, so ours must start in bilingual
    mode too, whatever an earlier run (or a person trying the window with this folder) chose.  The
    rest of the folder is kept, as a user's is from one day to the next (the scaled font copy)."""
    import configparser

    ini = data_dir / "settings.ini"
    parser = configparser.RawConfigParser()  # Qt's values may hold %
    parser.optionxform = str  # Qt's keys keep their case
    try:
        parser.read(ini, encoding="utf-8")
    except configparser.Error:
        parser = configparser.RawConfigParser()
        parser.optionxform = str
    if not parser.has_section("ui"):
        parser.add_section("ui")
    parser.set("ui", "language_mode", "both")
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(ini, "w", encoding="utf-8") as f:
        parser.write(f, space_around_delimiters=False)


def cases(ctx: Ctx) -> list[Case]:
    probe = str(ROOT / "bench" / "startup_probe.py")
    # one data folder for every start, as a user's; ours in bilingual mode like the bare side
    data_dir = ctx.out / "startup-data"
    start_bilingual(data_dir)
    env = {"DUALBASE_DATA_DIR": str(data_dir)}
    why = _gui_available()
    ours = None if why else Measure(cmd=[PYTHON, probe, "ours", "--db", str(private_copy(ctx))], env=env, timeout=120)
    runs = {"repeat": 3 if ctx.quick else 7, "warmup": True, "min_repeat": 1 if ctx.quick else 3}
    return [
        Case(
            name="startup",
            title="start-up to the main window shown (bare: PySide6 building the same window)",
            budget=Budget("ratio", 1.5),
            ours=ours,
            bare=Measure(cmd=[PYTHON, probe, "same"], env=env, timeout=120),
            unavailable=why,
            note="whole process from spawn to the first window's expose/paint events processed; median; "
            "bare = the same widgets and translated texts built with PySide6 alone (bilingual); "
            f"ours starts in language mode {start_mode(ctx.out / 'startup-data')}",
            **runs,
        ),
        Case(
            name="startup_empty",
            title="start-up, against an empty PySide6 window (reference)",
            budget=None,
            ours=ours,
            bare=Measure(cmd=[PYTHON, probe, "bare"], env=env, timeout=120),
            unavailable=why,
            note="bare = a QMainWindow holding an empty QTableView: no text at all",
            **runs,
        ),
    ]
