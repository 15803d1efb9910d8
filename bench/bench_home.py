"""Home page indicators (app/services/indicators.py): every tile, chart and action list of the Home
page for the demo's month, in a fresh process (cold, as when the program opens on Home), then
warm after a change (recomputed), then unchanged (cached).  Budget: well under a second (issue 9);
held here to ≤ 0.5 s cold.  The page itself (widgets filled from the figures) is measured too.

Standalone: ``python bench/bench_home.py [register.sqlite]`` (default: the 100,000-household demo).
"""

from __future__ import annotations

import time
from datetime import date

from bench.common import Budget, Case, Ctx, Measure, module_available

TODAY = date(2026, 11, 15)  # bench/datagen.TODAY


def run_ours(db: str, rounds: int = 3) -> dict:
    from app.services.indicators import IndicatorService, Period
    from app.services.workspace import Workspace

    ws = Workspace.open(db, user="bench", role="admin", lang="zh")
    svc = IndicatorService(ws)
    cpu0 = time.process_time()
    started = time.perf_counter()
    ind = svc.compute(Period.month(TODAY), today=TODAY)
    cold = time.perf_counter() - started
    cold_cpu = time.process_time() - cpu0
    started = time.perf_counter()
    ws.reference.set_setting("bench_touch", time.time())
    svc.compute(Period.month(TODAY), today=TODAY, quick=True)
    quick = time.perf_counter() - started
    parts = {k: round(v, 1) for k, v in ind.timings_ms.items()}
    warm = []
    for _ in range(rounds):
        ws.reference.set_setting("bench_touch", time.time())  # a change: the cache must not answer
        started = time.perf_counter()
        svc.compute(Period.month(TODAY), today=TODAY)
        warm.append(time.perf_counter() - started)
    started = time.perf_counter()
    svc.compute(Period.month(TODAY), today=TODAY)
    cached = time.perf_counter() - started
    ws.close()
    return {
        "seconds": cold,
        "cold_s": round(cold, 4),
        "cold_cpu_s": round(cold_cpu, 4),
        "quick_s": round(quick, 4),
        "warm_s": round(min(warm), 4),
        "cached_ms": round(cached * 1000, 2),
        "parts_ms": parts,
        "households": ind.households,
    }


def run_page(db: str) -> dict:
    """The Home page widget built and filled (offscreen), from a fresh process."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    from ui.pages.home import HomePage

    ws = Workspace.open(db, user="bench", role="admin", lang="zh")
    started = time.perf_counter()
    page = HomePage(ws, None, today=TODAY)
    page._stale = False  # measured stage by stage below, not on the worker
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    shown = time.perf_counter() - started
    page.refresh_now(quick=True)  # what the worker shows first
    app.processEvents()
    first = time.perf_counter() - started
    page.refresh_now()  # then everything
    app.processEvents()
    seconds = time.perf_counter() - started
    page.close()
    # deleted now, as the program's window deletes its pages: a page left for the interpreter's
    # exit to collect after the QApplication was seen to crash this measuring process (not the
    # program, whose exit path closes and deletes its window; checked by starting and closing it)
    from PySide6.QtCore import QCoreApplication, QEvent

    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ws.close()
    # the headline is what the user waits for: the page shown with its first figures; the
    # household-wide ones (coverage, reach, credit, trend) follow from the worker: all_figures_s
    return {
        "seconds": first,
        "window_s": round(shown, 4),
        "first_figures_s": round(first, 4),
        "all_figures_s": round(seconds, 4),
    }


def cases(ctx: Ctx) -> list[Case]:
    ok = module_available("app.services.indicators")
    page_ok = module_available("ui.pages.home")
    return [
        Case(
            name="home",
            title="Home page indicators (figures)",
            budget=Budget("s", 0.5, key="seconds", text="≤ 0.5 s"),
            ours=Measure("bench.bench_home:run_ours", {"db": str(ctx.db)}) if ok else None,
            repeat=1 if ctx.quick else 3,
            unavailable="" if ok else "app/services/indicators.py is not in the tree yet",
            note="absolute budget; the first computation in a fresh process (cold)",
        ),
        Case(
            name="home_page",
            title="Home page opened with its first figures (offscreen)",
            budget=Budget("s", 1.0, key="seconds", text="≤ 1 s"),
            ours=Measure("bench.bench_home:run_page", {"db": str(ctx.db)}) if page_ok else None,
            repeat=1 if ctx.quick else 3,
            unavailable="" if page_ok else "ui/pages/home.py is not in the tree yet",
            note="widget construction, first paint and the quick figures; all_figures_s: every tile",
        ),
    ]


if __name__ == "__main__":
    import sys

    from bench import datagen

    path = sys.argv[1] if len(sys.argv) > 1 else str(datagen.ensure(100_000))
    print("figures:", run_ours(path))
    if module_available("ui.pages.home"):
        print("page:", run_page(path))
