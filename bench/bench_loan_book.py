"""The loan book's figures at county scale (issue #18): the Home tiles (balance, overdue, repaid and
subsidy of the period), a closed month's book (the monthly report's section), the due-and-overdue
list, and the monthly report with and without the book — wall and CPU time.

    python bench/bench_loan_book.py --db bench/out/demo-100000.sqlite [--rounds 5]

The register is copied to a temporary folder first (opening it may migrate it).  The machine is
shared: the CPU figure is the one other processes disturb least.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def measure(fn, rounds: int) -> tuple[float, float]:
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(rounds):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "bench" / "out" / "demo-100000.sqlite"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from app.services import reports
    from app.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "register.sqlite"
        shutil.copy(args.db, copy)
        started = time.perf_counter()
        ws = Workspace.open(copy, user="bench")
        on_book = ws.db.scalar("SELECT count(*) FROM loan_demand WHERE status IN ('granted', 'defaulted')")
        print(f"opened (migrations included) in {time.perf_counter() - started:.1f} s; loans on the books: {on_book}")
        book = ws.loan_book
        cases = [
            (
                "Home tiles: book_figures (today, this month)",
                lambda: book.book_figures(date(2026, 11, 15), date(2026, 11, 1), date(2026, 11, 15)),
            ),
            (
                "monthly report section: book_figures_at 2026-10",
                lambda: book.book_figures_at(date(2026, 10, 1), date(2026, 10, 31)),
            ),
            (
                "visit list: overdue and due within 60 days",
                lambda: book.visit_list(on=date(2027, 5, 1), within_days=60),
            ),
            ("monthly report 2026-10 (figures, with the book)", lambda: reports.monthly(ws, "2026-10")),
        ]
        for label, fn in cases:
            wall, cpu = measure(fn, args.rounds)
            print(f"{label}: wall {wall:.1f} ms, CPU {cpu:.1f} ms")
        real = book.book_figures_at
        book.book_figures_at = lambda *a, **k: None
        wall, cpu = measure(lambda: reports.monthly(ws, "2026-10"), args.rounds)
        print(f"monthly report 2026-10 (figures, book left out): wall {wall:.1f} ms, CPU {cpu:.1f} ms")
        book.book_figures_at = real
        ws.close()


if __name__ == "__main__":
    main()
