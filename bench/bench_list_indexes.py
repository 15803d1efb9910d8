"""What migration 24's list-walk indexes cost a write (issue #18, item 6): loan demands and ratings
written with and without them, on two copies of the county-scale register.

    python bench/bench_list_indexes.py --db bench/out/demo-100000.sqlite [--rounds 3] [--rows 3000]

Copy "with" is the register as migrated; copy "without" has ``loan_demand_list``,
``loan_demand_list_amount`` and ``credit_rating_list`` dropped and ``loan_demand_registered`` back
(the schema before migration 24).  Each round writes the same rows to both, alternately:

- *saves*: ``--saves`` single-row transactions each (a new demand, a step changing a demand's
  status — the list index holds the status —, a new rating): what a user's save costs, fsync
  included (synchronous=FULL, as the program runs);
- *bulk*: ``--rows`` new demands and ratings in one transaction (an import or a sync package).

Rows are copies of existing ones under new ids (the change journal's triggers run as for any
write).  Wall and CPU time; the machine is shared, so CPU is the figure to compare.

``--report N`` also runs the monthly report (bench/bench_report.py: the first call in a fresh
process, 2026-10) N times on each copy, alternately, before the writes: the migration drops an
index the report's queries might have used.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WITHOUT = """
DROP INDEX loan_demand_list;
DROP INDEX loan_demand_list_amount;
DROP INDEX credit_rating_list;
CREATE INDEX loan_demand_registered ON loan_demand(registered_on);
"""


def copy_rows(db, table: str, rowids: list[int], year_shift: int = 0) -> None:
    cols = [r["name"] for r in db.query(f"SELECT name FROM pragma_table_info('{table}')")]
    chosen = ", ".join(
        "?" if c == "id" else ("year + ?" if c == "year" and year_shift else c) for c in cols if c != "rowid"
    )
    sql = f"INSERT INTO {table} ({', '.join(cols)}) SELECT {chosen} FROM {table} WHERE rowid = ?"
    for rowid in rowids:
        params = [str(uuid.uuid4())] + ([year_shift] if year_shift else []) + [rowid]
        db.execute(sql, params)


def timed(fn) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "bench" / "out" / "demo-100000.sqlite"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--saves", type=int, default=100)
    ap.add_argument("--report", type=int, default=0, metavar="N", help="monthly report runs per copy")
    args = ap.parse_args()
    from storage.db import Database, run_script

    folder = Path(tempfile.mkdtemp(prefix="bench-list-indexes-"))
    try:
        dbs = {}
        for name in ("with", "without"):
            path = folder / f"{name}.sqlite"
            shutil.copyfile(args.db, path)
            dbs[name] = Database(path)
        with dbs["without"].transaction() as conn:
            run_script(conn, WITHOUT)
        if args.report:
            for db in dbs.values():
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            probe = (
                "import json, sys; from bench.bench_report import run_ours; print(json.dumps(run_ours(sys.argv[1])))"
            )
            report: dict[str, list[dict]] = {"with": [], "without": []}
            for _ in range(args.report):
                for name in dbs:
                    out = subprocess.run(
                        [sys.executable, "-c", probe, str(folder / f"{name}.sqlite")],
                        cwd=ROOT,
                        check=True,
                        capture_output=True,
                        text=True,
                    ).stdout
                    report[name].append(json.loads(out.strip().splitlines()[-1]))
            print(f"monthly report 2026-10, first call in a fresh process, median of {args.report}:")
            for name, runs in report.items():
                print(
                    f"  {name:<8} wall {statistics.median(r['cold_s'] for r in runs):.3f} s"
                    f"  CPU {statistics.median(r['cold_cpu_s'] for r in runs):.3f} s"
                    f"  (warm {statistics.median(r['warm_s'] for r in runs):.3f} s)"
                )
        demands = [r["rowid"] for r in dbs["with"].query("SELECT rowid FROM loan_demand ORDER BY rowid")]
        ratings = [r["rowid"] for r in dbs["with"].query("SELECT rowid FROM credit_rating ORDER BY rowid")]
        statuses = ["registered", "referred", "approved"]
        results: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for r in range(args.rounds):
            # the same rows for both copies in a round; other rows in the next round
            bulk_d = demands[r * args.rows : (r + 1) * args.rows]
            bulk_r = ratings[r * args.rows : (r + 1) * args.rows]
            save_d = demands[-(r + 1) * args.saves : len(demands) - r * args.saves]
            save_r = ratings[-(r + 1) * args.saves : len(ratings) - r * args.saves]
            for name, db in dbs.items():
                ids = [
                    x["id"]
                    for x in db.query(f"SELECT id FROM loan_demand WHERE rowid IN ({','.join(map(str, save_d))})")
                ]

                def new_demands(db=db, rows=save_d) -> None:
                    for rowid in rows:
                        with db.transaction():
                            copy_rows(db, "loan_demand", [rowid])

                def steps(db=db, ids=ids, r=r) -> None:
                    for i, loan in enumerate(ids):
                        with db.transaction():
                            db.execute(
                                "UPDATE loan_demand SET status = ?, status_on = '2026-11-20' WHERE id = ?",
                                (statuses[(i + r) % 3], loan),
                            )

                def new_ratings(db=db, rows=save_r, r=r) -> None:
                    for rowid in rows:
                        with db.transaction():
                            copy_rows(db, "credit_rating", [rowid], year_shift=10 + r)

                def bulk(db=db, d=bulk_d, rr=bulk_r, r=r) -> None:
                    with db.transaction():
                        copy_rows(db, "loan_demand", d)
                        copy_rows(db, "credit_rating", rr, year_shift=20 + r)

                for case, fn in (
                    (f"{args.saves} saves: a new demand each", new_demands),
                    (f"{args.saves} saves: a demand's step each", steps),
                    (f"{args.saves} saves: a new rating each", new_ratings),
                    (f"bulk: {args.rows:,} demands + {args.rows:,} ratings, one transaction", bulk),
                ):
                    results.setdefault((case, name), []).append(timed(fn))
        print(f"median of {args.rounds} rounds, ms (wall / CPU)")
        print(f"{'case':<58} {'with wall':>10} {'CPU':>8} {'without':>10} {'CPU':>8} {'CPU ratio':>10}")
        for case in dict.fromkeys(c for c, _ in results):
            w = [statistics.median(x[i] for x in results[(case, "with")]) for i in (0, 1)]
            wo = [statistics.median(x[i] for x in results[(case, "without")]) for i in (0, 1)]
            print(f"{case:<58} {w[0]:>10.0f} {w[1]:>8.0f} {wo[0]:>10.0f} {wo[1]:>8.0f} {w[1] / wo[1]:>9.2f}x")
        for db in dbs.values():
            db.close()
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
