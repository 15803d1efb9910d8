"""Issue #19, item 1: the indicators of a closed period — Home's tiles for a past month and the
report's Indicators sheet and page — never change when later work is recorded.

The report's own roll-ups already stood still; its indicators did not: deleting in December a
session, a loan or a household that the third quarter counted, or taking in December the next
step of a demand decided in it (granted, rejected after an approval, withdrawn), changed its
loan success rate, decision days, 530 loans outstanding, sessions and households reached.

The demo register (made "today" 2026-11-15) is used; later work is recorded through the services,
on the real day the tests run, after the quarter."""

from __future__ import annotations

from datetime import date

from app.domain.periods import ReportPeriod
from app.services import reports
from app.services.indicators import IndicatorService, Period
from app.services.report_document import indicator_rows

#: a closed quarter of the demo (made "today" 2026-11-15) with demands approved in it and still waiting
START, END = "2026-07-01", "2026-09-30"
QUARTER = Period(date(2026, 7, 1), date(2026, 9, 30))
LATER = date(2026, 12, 7)  # after the quarter: its indicators are as of its end


def _indicators(ws):
    """The quarter's figures as Home shows them for it (complaints open and overdue are today's
    by design: what needs action now)."""
    ind = IndicatorService(ws).compute(QUARTER, today=LATER)
    c = ind.complaints
    return (ind.households, ind.loans, ind.literacy, c.received, c.resolved_in_time, c.satisfied, ind.credit, ind.trend)


def _report_indicators(ws):
    return indicator_rows(ws, reports.build(ws, ReportPeriod.parse("quarter", "2026-Q3"), today=LATER))


def _one(ws, sql: str):
    value = ws.db.scalar(sql, {"start": START, "end": END})
    assert value, sql  # the demo has one, else the test would prove nothing
    return value


def _later_work(ws) -> None:
    """Deletions and next steps recorded after the quarter, of records its indicators count."""
    # a 530 loan granted in the quarter (granted, outstanding at the end, a poor household's grant)
    ws.loans.delete(
        _one(
            ws,
            """SELECT d.id FROM loan_demand d JOIN household h ON h.id = d.household_id
               WHERE d.deleted_at IS NULL AND d.product_code = '530' AND d.granted_on BETWEEN :start AND :end
                 AND h.status = 'registered_poor' ORDER BY d.id LIMIT 1""",
        )
    )
    # a demand rejected in the quarter (decided, decision days)
    ws.loans.delete(
        _one(
            ws,
            """SELECT id FROM loan_demand WHERE deleted_at IS NULL AND status = 'rejected'
               AND decided_on BETWEEN :start AND :end ORDER BY id LIMIT 1""",
        )
    )
    # demands approved in the quarter and still waiting for the money: one granted now, one rejected,
    # one withdrawn (their decision stays what it was at the quarter's end)
    approved = ws.db.query(
        """SELECT id FROM loan_demand WHERE deleted_at IS NULL AND status = 'approved'
           AND decided_on BETWEEN :start AND :end ORDER BY id LIMIT 3""",
        {"start": START, "end": END},
    )
    assert len(approved) == 3
    today = date.today().isoformat()
    ws.loans.transition(
        approved[0]["id"], "granted", on_date=today, granted_fen=2_000_000, rate_bp=345, maturity_on="2029-12-01"
    )
    ws.loans.transition(approved[1]["id"], "rejected", on_date=today, reason="不符合条件")
    ws.loans.transition(approved[2]["id"], "withdrawn", on_date=today, reason="农户放弃")
    # a session held in the quarter, and a household that attended one this year
    ws.sessions.delete(
        _one(ws, "SELECT id FROM literacy_session WHERE deleted_at IS NULL AND held_on BETWEEN :start AND :end LIMIT 1")
    )
    ws.households.delete(
        _one(
            ws,
            """SELECT a.household_id FROM session_attendee a JOIN literacy_session s ON s.id = a.session_id
               WHERE s.held_on BETWEEN '2026-01-01' AND :end AND s.held_on NOT BETWEEN :start AND :end
                 AND s.deleted_at IS NULL AND a.deleted_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM loan_demand d WHERE d.household_id = a.household_id)
               ORDER BY a.household_id LIMIT 1""",
        )
    )
    # a complaint received by the quarter's end
    ws.complaints.delete(
        _one(ws, "SELECT id FROM complaint WHERE deleted_at IS NULL AND received_on <= :end ORDER BY id LIMIT 1")
    )


def test_homes_indicators_of_a_closed_month_stay_after_deletions_and_later_steps(demo_ws):
    before = _indicators(demo_ws)
    _later_work(demo_ws)
    assert _indicators(demo_ws) == before


def test_the_reports_indicators_of_a_closed_month_stay_after_deletions_and_later_steps(demo_ws):
    before = _report_indicators(demo_ws)
    assert before  # computed, not left out
    _later_work(demo_ws)
    assert _report_indicators(demo_ws) == before


def test_the_quarters_decisions_recomputed_from_the_loan_steps_after_later_work(demo_ws):
    """Decided in the quarter: the demand's first decision (approved or rejected) is dated in it;
    granted among them: granted by the quarter's end; days: from registration to that decision.
    Counted here from the steps with SQL of this test, deleted records included when their
    deletion came after the quarter."""
    _later_work(demo_ws)
    ind = IndicatorService(demo_ws).compute(QUARTER, today=LATER)
    rows = demo_ws.db.query(
        """
        WITH steps AS (SELECT * FROM loan_event WHERE deleted_at IS NULL OR date(deleted_at, 'localtime') > :end),
             demands AS (SELECT * FROM loan_demand WHERE deleted_at IS NULL OR date(deleted_at, 'localtime') > :end),
             first AS (SELECT loan_demand_id AS id, min(on_date) AS on_date FROM steps
                       WHERE to_status IN ('approved', 'rejected', 'granted') GROUP BY loan_demand_id)
        SELECT julianday(f.on_date) - julianday(d.registered_on) AS days,
               EXISTS (SELECT 1 FROM steps g WHERE g.loan_demand_id = d.id AND g.to_status = 'granted'
                       AND g.on_date <= :end) AS granted
        FROM first f JOIN demands d ON d.id = f.id WHERE f.on_date BETWEEN :start AND :end""",
        {"start": START, "end": END},
    )
    granted = sum(r["granted"] for r in rows)
    assert (ind.loans.success.part, ind.loans.success.whole) == (granted, len(rows))
    assert 0 < granted < len(rows)
    days = sorted(int(r["days"]) for r in rows)
    middle = len(days) // 2
    median = days[middle] if len(days) % 2 else (days[middle - 1] + days[middle]) / 2
    assert ind.loans.median_days_to_decision == median
