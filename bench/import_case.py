"""The roster-import case, built on the roster helper's bench/bench_import.py (its make_roster,
run_import and run_bare) for as long as that module offers no cases(ctx) of its own.

Ours: the real import of a 50,000-row roster into a fresh register (file checks, header and column
matching, every row validated, duplicates looked up, one transaction with search tokens, loans and
the audit entry).  Bare: python-calamine reading the same sheet plus one executemany of the raw
cells.  The roster is made once per run folder (untimed).  No budget in DESIGN §7: the ratio is
reported."""

from __future__ import annotations

from pathlib import Path

from bench.common import Case, Ctx, Measure, module_available

ROWS = 50_000


def _roster(folder: str, rows: int) -> Path:
    from bench import bench_import

    path = Path(folder) / f"roster-{rows}.xlsx"
    if not path.exists():
        part = path.with_suffix(".part.xlsx")
        bench_import.make_roster(part, rows)
        part.rename(path)
    return path


def _fresh(folder: str, name: str) -> Path:
    db = Path(folder) / name
    for old in Path(folder).glob(name + "*"):
        old.unlink()
    return db


def run_ours(folder: str, rows: int = ROWS) -> dict:
    from bench import bench_import

    return bench_import.run_import(_roster(folder, rows), _fresh(folder, "import-ours.sqlite"), audit_rows=False)


def run_bare(folder: str, rows: int = ROWS) -> dict:
    from bench import bench_import

    return bench_import.run_bare(_roster(folder, rows), _fresh(folder, "import-bare.sqlite"))


def cases(ctx: Ctx) -> list[Case]:
    ok = module_available("app.services.roster") and module_available("bench.bench_import")
    rows = min(ROWS, 300 if ctx.quick else ROWS)
    folder = str(ctx.out)
    return [
        Case(
            name="import",
            title=f"roster import of {rows:,} rows into a fresh register",
            budget=None,
            ours=Measure("bench.import_case:run_ours", {"folder": folder, "rows": rows}) if ok else None,
            bare=Measure("bench.import_case:run_bare", {"folder": folder, "rows": rows}),
            repeat=1 if ctx.quick else 2,
            size_free=True,
            unavailable="" if ok else "app/services/roster is not in the tree yet",
            note="bare = calamine to_python + one executemany of the raw cells, no checks",
        )
    ]
