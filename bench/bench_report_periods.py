"""The report over longer and older periods (app/services/reports.build): a quarter, a half-year,
a closed year, the current year and a range that starts and ends mid-month, each the first call in
a fresh process.  Issue #19 gives them the monthly report's budget, ≤ 0.5 s at 100,000 households
(DESIGN §7); before loan_step_roll (migration 29) a year read every loan step of the year (a year
took 1.6 s under load).  bench/datagen.TODAY is 2026-11-15: 2025 is a closed year, 2026 is not."""

from __future__ import annotations

import time

from bench.common import Budget, Case, Ctx, Measure, module_available

PERIODS = [
    ("quarter", "2026-Q3", ""),
    ("half", "2026-H1", ""),
    ("year", "2025", ""),
    ("year", "2026", ""),
    ("range", "2026-01-10", "2026-10-20"),
]


def run_ours(db: str, kind: str, text: str, end_text: str = "") -> dict:
    from app.domain.periods import ReportPeriod
    from app.services import reports
    from app.services.workspace import Workspace

    ws = Workspace.open(db, user="bench", role="admin", lang="zh")
    period = ReportPeriod.parse(kind, text, end_text)
    cpu0 = time.process_time()
    started = time.perf_counter()
    report = reports.build(ws, period)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    ws.close()
    return {
        "seconds": seconds,
        "cold_s": round(seconds, 4),
        "cold_cpu_s": round(cpu, 4),
        "households": report.total.households,
        "granted": report.total.granted.n,
    }


def cases(ctx: Ctx) -> list[Case]:
    ok = module_available("app.services.reports") and module_available("storage.loan_step_roll")
    out = []
    for kind, text, end_text in PERIODS:
        label = f"{text}…{end_text}" if end_text else text
        out.append(
            Case(
                name=f"report_{kind}_{label.replace('…', '_')}",
                title=f"{kind} report {label} (figures)",
                budget=Budget("s", 0.5, key="seconds", text="≤ 0.5 s"),
                ours=Measure(
                    "bench.bench_report_periods:run_ours",
                    {"db": str(ctx.db), "kind": kind, "text": text, "end_text": end_text},
                )
                if ok
                else None,
                repeat=1 if ctx.quick else 3,
                unavailable="" if ok else "storage/loan_step_roll.py is not in the tree yet",
                note="the monthly report's budget (issue #19); the first call in a fresh process (cold)",
            )
        )
    return out
