"""A register page at 100,000 households: how long from a query typed (after the search box's
150 ms pause) to the table showing its first screen of results. A script, not a test (issue 3 §8).

    python bench/bench_gui_search.py [--households 100000] [--rounds 7] [--page loans]

It opens (building once, cached under bench/out/ by bench/datagen.py) the demo register, creates
the real HouseholdsPage in an offscreen main window, then for each query: puts it in the search
box and fires the filter bar's search (what the debounce timer does), which resets the paged
model (search_ids for the ordered ids), then reads the first screen's cells (one page of rows by
id, every column's value in the language mode) and repaints the table viewport synchronously.
That whole time is what the user waits; it is reported per query (p50 / p95 over the rounds, after
one warm-up round) and over all queries, next to the 30 ms search budget of DESIGN §7.  In a big
register the first screen comes before the whole ordered list (issue #18): "count" is the time until
the rest is here and the count shown; the next query is typed after it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ["", "zhuoma", "zm", "sgrol", "卓玛", "TAIL4", "马", "xyzq"]
SCREEN_ROWS = 30


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--households", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--db", help="use this register instead of the cached demo one")
    ap.add_argument("--page", default="households", help="the register page (households, loans, ratings …)")
    args = ap.parse_args(argv)

    os.environ.setdefault("DUALBASE_DATA_DIR", tempfile.mkdtemp(prefix="bench-gui-"))
    if args.db:
        db = Path(args.db)
    else:
        from bench import datagen

        db = datagen.ensure(args.households)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.services.workspace import Workspace
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.settings import settings

    lang = i18n.Language(settings=settings())
    i18n.set_language(lang)
    lang.set_mode("both")  # the heaviest labels: both scripts in every enum cell
    ws = Workspace.open(db, user="bench", role="cadre", lang="both")
    households = ws.households.count()
    tail = ws.households.rows(ws.households.search_ids("")[:1])[0]["id_number"][-4:]

    window = MainWindow(ws)
    window.resize(1400, 900)
    window.show()
    started = time.perf_counter()
    page = window.open_page(args.page)
    open_blocked = time.perf_counter() - started
    while page.model.rowCount() == 0:  # a big register's first search runs on the worker
        app.processEvents()
        time.sleep(0.001)
    t1 = time.perf_counter()
    for r in range(SCREEN_ROWS):
        for c in range(page.model.columnCount()):
            page.model.index(r, c).data()
    page.table.viewport().repaint()
    open_blocked += time.perf_counter() - t1
    open_ms = (time.perf_counter() - started) * 1000
    app.processEvents()

    reset = {"n": 0}
    page.model.modelReset.connect(lambda: reset.__setitem__("n", reset["n"] + 1))

    def one(text: str) -> tuple[float, float, int, float]:
        """(ms until the first screen shows the answer, ms the window was blocked, matches, ms until
        the whole list and its count are here)."""
        page.model._results.clear()  # measure a first-time query, not the result cache
        before = reset["n"]
        t0 = time.perf_counter()
        page.filter_bar.search.blockSignals(True)
        page.filter_bar.search.setText(text)
        page.filter_bar.search.blockSignals(False)
        page.filter_bar.emit_now()
        blocked = time.perf_counter() - t0
        while reset["n"] == before:  # the search went to the worker: the window waits
            app.processEvents()
            time.sleep(0.001)
        t1 = time.perf_counter()
        for r in range(min(SCREEN_ROWS, page.model.rowCount())):
            for c in range(page.model.columnCount()):
                page.model.index(r, c).data()
        page.table.viewport().repaint()
        blocked += time.perf_counter() - t1
        answer = (time.perf_counter() - t0) * 1000
        while getattr(page.model, "partial", False):  # the rest of a big search, on the worker
            app.processEvents()
            time.sleep(0.001)
        return answer, blocked * 1000, page.model.rowCount(), (time.perf_counter() - t0) * 1000

    queries = [tail if q == "TAIL4" else q for q in QUERIES]
    for q in queries:  # warm-up: SQLite page cache, fonts' glyph caches
        one(q)
        app.processEvents()
    times: dict[str, list[float]] = {q: [] for q in queries}
    blocked: dict[str, list[float]] = {q: [] for q in queries}
    whole: dict[str, list[float]] = {q: [] for q in queries}
    counts: dict[str, int] = {}
    for _ in range(args.rounds):
        for q in queries:
            ms, block_ms, n, whole_ms = one(q)
            times[q].append(ms)
            whole[q].append(whole_ms)
            blocked[q].append(block_ms)
            counts[q] = n
            app.processEvents()

    print(f"{args.page} page search, {households:,} households, {args.rounds} rounds, mode=both")
    print(
        f"page opened, first screen of the list shown after {open_ms:.0f} ms "
        f"(window blocked {open_blocked * 1000:.0f} ms of it)"
    )
    print("answer = query sent (after the 150 ms typing pause) to the first screen painted;")
    print("blocked = of that, time the window could not react (the search itself may run on the worker)")
    print(
        f"{'query':<12} {'matches':>8} {'answer p50':>11} {'p95':>7} {'blocked p50':>12} {'p95':>7} {'count p50':>10}"
    )
    for q in queries:
        label = q if q else "(all)"
        print(
            f"{label:<12} {counts[q]:>8,} {percentile(times[q], 50):>11.1f} {percentile(times[q], 95):>7.1f}"
            f" {percentile(blocked[q], 50):>12.1f} {percentile(blocked[q], 95):>7.1f}"
            f" {percentile(whole[q], 50):>10.1f}"
        )
    for title, pick in (("all queries", lambda q: True), ("typed only", lambda q: bool(q))):
        a = [t for q, ts in times.items() if pick(q) for t in ts]
        b = [t for q, ts in blocked.items() if pick(q) for t in ts]
        print(
            f"{title:<12} {'':>8} {percentile(a, 50):>11.1f} {percentile(a, 95):>7.1f}"
            f" {percentile(b, 50):>12.1f} {percentile(b, 95):>7.1f}"
        )
    print("(DESIGN budget: search p95 <= 30 ms; a repeated query is answered from the model's cache)")
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
