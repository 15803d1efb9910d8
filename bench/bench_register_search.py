"""Free-text search on the Households, Loans, Ratings, Complaints and Sessions pages at county scale: the time
from a query to the ids and rows of its first screen, before and after a change.

    python bench/bench_register_search.py --db bench/out/demo-100000.sqlite [--before REV]
           [--create-index] [--rounds 7] [--only loans,ratings]

The register is copied to a temporary folder first (opening a register may migrate it; the bench
registers under bench/out/ are never written).  For each register a fixed list of queries — what
people type into the page's search box: household names in Chinese, pinyin, initials, Wylie and
Tibetan, a village, an ID-number tail, a phone prefix, a loan purpose and bank, no match, and a few
with filters or another sort — runs through what the page's model calls for its first screen:
``storage.registers.first_ids`` (the first SCREEN ids in the list's order; issue #18) and
``rows_by_ids`` for them.  A storage/registers.py without ``first_ids`` (before issue #18) is
measured as its page worked then: the whole ordered list (``search_ids``), then the rows of its
first screen.  The whole ordered list, which the page now fetches on the worker after showing the
first screen (the count and the rest of the rows), is timed apart ("whole list").  ``--before REV`` loads the
storage/registers.py of that git revision beside the working tree's and runs both on the same
queries, interleaved round by round (the machine is shared: before and after are measured in the
same minute), and checks that they return the same first screen and the same whole list, in the
same order.  (Both run on the same copy, migrated to the working tree's schema.)  ``--create-index``
first creates PROPOSED_INDEXES on the copy (the indexes the look-up search can use).
p50 / p95 over the typed queries of each register, after one warm-up round; CPU time beside the
wall-clock time (the CPU figure is what other processes on the machine disturb least).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCREEN = 128  # ids and rows the page's model fetches first (ui.models.paged: two pages of 64)

# The indexes that let the loans search list the distinct purposes and banks (storage/registers.py,
# _lookup_where); without them those two columns are scanned.
PROPOSED_INDEXES = [
    "CREATE INDEX IF NOT EXISTS loan_demand_purpose ON loan_demand(purpose)",
    "CREATE INDEX IF NOT EXISTS loan_demand_bank ON loan_demand(bank)",
]

NAMES = [
    ("Chinese", "卓玛"),
    ("Chinese, full name", "扎西加措"),
    ("pinyin, full name", "zhudefu"),
    ("pinyin", "zhuoma"),
    ("pinyin, typed so far", "zhuo"),
    ("initials", "zm"),
    ("Wylie", "sgrol"),
    ("Tibetan", "སྒྲོལ་མ"),
    ("Han surname", "马"),
    ("village", "拉脊村"),
    ("no match", "xyzq"),
]
QUERIES: dict[str, list[tuple[str, str, dict]]] = {
    # (the Households page: bench/bench_search.py is its DESIGN budget case, the whole list)
    "households": [(label, text, {}) for label, text in NAMES]
    + [("ID-number tail (4)", "TAIL4", {}), ("ID-number tail (6)", "TAIL6", {}), ("phone prefix (7)", "PHONE7", {})],
    "loans": [(label, text, {}) for label, text in NAMES]
    + [
        ("ID-number tail (4)", "TAIL4", {}),
        ("ID-number tail (6)", "TAIL6", {}),
        ("phone prefix (7)", "PHONE7", {}),
        ("purpose", "牦牛", {}),
        ("bank", "农商", {}),
        ("Chinese + status", "卓玛", {"status": "granted"}),
        ("pinyin + product", "zhuoma", {"product_code": "PRODUCT"}),
        ("Chinese, by amount desc", "卓玛", {"sort": "amount", "descending": True}),
        ("pinyin + dates", "zhuoma", {"date_from": "2025-01-01", "date_to": "2025-12-31"}),
        ("Chinese, deleted too", "卓玛", {"include_deleted": True}),
    ],
    "ratings": [(label, text, {}) for label, text in NAMES[:7]] + [("ID-number tail (4)", "TAIL4", {})],
    "complaints": [(label, text, {}) for label, text in NAMES[:3]] + [("ID-number tail (4)", "TAIL4", {})],
    "sessions": [("Chinese", "卓玛", {}), ("place", "村委会", {}), ("no match", "xyzq", {})],
}


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def module_at(rev: str) -> types.ModuleType:
    """storage/registers.py as it was at git revision `rev` (it imports the tree's storage.db)."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:storage/registers.py"], check=True, capture_output=True, text=True
    ).stdout
    module = types.ModuleType(f"registers_{rev}")
    module.__file__ = f"{rev}:storage/registers.py"
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def fill_in(db, queries: list[tuple[str, str, dict]]) -> list[tuple[str, str, dict]]:
    """The placeholders from the register itself: a household that has a loan demand."""
    row = db.one(
        "SELECT h.id_number, h.phone FROM loan_demand d JOIN household h ON h.id = d.household_id"
        " WHERE d.deleted_at IS NULL AND h.deleted_at IS NULL AND h.phone != '' ORDER BY d.id LIMIT 1"
    )
    product = db.scalar("SELECT product_code FROM loan_demand GROUP BY product_code ORDER BY count(*) DESC LIMIT 1")
    subst = {"TAIL4": row["id_number"][-4:], "TAIL6": row["id_number"][-6:], "PHONE7": row["phone"][:7]}
    out = []
    for label, text, filters in queries:
        filters = {k: (product if v == "PRODUCT" else v) for k, v in filters.items()}
        out.append((label, subst.get(text, text), filters))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--db",
        default=str(ROOT / "bench" / "out" / "demo-100000.sqlite"),
        help="the register to measure (copied first, never written)",
    )
    ap.add_argument("--before", metavar="REV", help="also run storage/registers.py of this git revision")
    ap.add_argument("--create-index", action="store_true", help="create PROPOSED_INDEXES on the copy")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--only", default=",".join(QUERIES), help="registers, comma-separated")
    args = ap.parse_args(argv)

    from app.services.registers import make_query
    from storage import registers
    from storage.db import Database

    folder = Path(tempfile.mkdtemp(prefix="bench-register-search-"))
    try:
        copy = folder / "register.sqlite"
        shutil.copyfile(args.db, copy)
        db = Database(copy)
        if args.create_index:
            for sql in PROPOSED_INDEXES:
                db.execute(sql)
        engines = {"after": registers}
        if args.before:
            engines = {"before": module_at(args.before), "after": registers}
        households = db.scalar("SELECT count(*) FROM household WHERE deleted_at IS NULL")
        loans = db.scalar("SELECT count(*) FROM loan_demand WHERE deleted_at IS NULL")
        print(
            f"{households:,} households, {loans:,} loan demands; {args.rounds} rounds after one warm-up;"
            f" indexes {'created' if args.create_index else 'as in the register'}: "
            + ", ".join(sorted(registers._leading_columns(db, "loan_demand") & {"purpose", "bank"}) or ["none"])
            + " lead an index"
        )

        def one(engine, register: str, text: str, filters: dict) -> tuple[float, float, list[str]]:
            """The page's first screen: its ids and rows (wall ms, CPU ms, the ids)."""
            q = make_query(text, **filters)
            w, c = time.perf_counter(), time.process_time()
            if hasattr(engine, "first_ids"):
                ids = engine.first_ids(db, register, q, SCREEN)
            else:  # (the page ordered every match first)
                ids = engine.search_ids(db, register, q)[:SCREEN]
            engine.rows_by_ids(db, register, ids)
            return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000, ids

        def whole(engine, register: str, text: str, filters: dict) -> tuple[float, list[str]]:
            """The whole ordered list (the count and the rest of the rows): wall ms, the ids."""
            q = make_query(text, **filters)
            w = time.perf_counter()
            ids = engine.search_ids(db, register, q)
            return (time.perf_counter() - w) * 1000, ids

        mismatches = 0
        for register in args.only.split(","):
            queries = fill_in(db, QUERIES[register])
            wall = {(e, label): [] for e in engines for label, _, _ in queries}
            cpu = {(e, label): [] for e in engines for label, _, _ in queries}
            rest: dict[str, list[float]] = {label: [] for label, _, _ in queries}
            hits: dict[str, int] = {}
            for r in range(args.rounds + 1):
                for label, text, filters in queries:
                    answers = {}
                    for name, engine in engines.items():
                        w, c, ids = one(engine, register, text, filters)
                        answers[name] = ids
                        if r:  # round 0 warms the page cache
                            wall[(name, label)].append(w)
                            cpu[(name, label)].append(c)
                    ms, ids = whole(registers, register, text, filters)
                    hits[label] = len(ids)
                    if r:
                        rest[label].append(ms)
                    if r == 0 and "before" in answers:
                        lists = {n: e.search_ids(db, register, make_query(text, **filters)) for n, e in engines.items()}
                        if answers["before"] != answers["after"] or lists["before"] != lists["after"]:
                            mismatches += 1
                            print(
                                f"  DIFFERENT RESULTS: {register} {label!r}: before {len(lists['before'])},"
                                f" after {len(lists['after'])}"
                            )
            print(f"\n{register}: first screen ({SCREEN} ids + rows), ms (median per query; wall / CPU)")
            head = f"{'query':<26} {'text':<10} {'rows':>7}"
            for name in engines:
                head += f" {name + ' wall':>12} {'CPU':>7}"
            print(head + f" {'whole list':>11}")
            for label, text, filters in queries:
                line = f"{label:<26} {text[:10]:<10} {hits[label]:>7,}"
                for name in engines:
                    line += f" {percentile(wall[(name, label)], 50):>12.1f} {percentile(cpu[(name, label)], 50):>7.1f}"
                print(line + f" {percentile(rest[label], 50):>11.1f}")
            for name in engines:
                w = [x for (e, _), xs in wall.items() if e == name for x in xs]
                c = [x for (e, _), xs in cpu.items() if e == name for x in xs]
                print(
                    f"  {name:<6} all queries: wall p50 {percentile(w, 50):.1f}  p95 {percentile(w, 95):.1f}"
                    f"  max {max(w):.1f} | CPU p50 {percentile(c, 50):.1f}  p95 {percentile(c, 95):.1f}"
                )
            everything = [x for xs in rest.values() for x in xs]
            print(
                f"  whole list (on the worker, after the first screen): wall p50 {percentile(everything, 50):.1f}"
                f"  p95 {percentile(everything, 95):.1f}"
            )
        db.close()
        if "before" in engines:
            print(
                "\nsame first screen and whole list, in the same order, before and after:",
                "yes" if not mismatches else f"NO ({mismatches})",
            )
        return 1 if mismatches else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
