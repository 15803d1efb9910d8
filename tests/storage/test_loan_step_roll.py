"""storage/loan_step_roll.py: the loan figures of each day per village, kept by triggers by difference,
stay equal to a fresh computation whatever is written — steps, grants, moves, deletions, undo, a
— and a report over any period (its days from the table, corrected for moves and
deletions since) gives the figures SQL written here counts from the records."""

from __future__ import annotations

import pytest

from app.domain.periods import ReportPeriod
from app.services import reports
from storage import loan_step_roll


def _stale(ws) -> list[str]:
    return loan_step_roll.stale(ws.db.conn)


def test_the_demo_registers_monthly_loan_figures_match_the_records(demo_ws):
    assert demo_ws.db.scalar("SELECT count(*) FROM loan_step_roll WHERE n != 0") > 0
    assert _stale(demo_ws) == []


def test_every_kind_of_write_keeps_them_right(demo_ws):
    ws = demo_ws
    villages = [r["id"] for r in ws.db.query("SELECT id FROM village ORDER BY id")]
    # a household with loans moves to another village, and back to none
    hid = ws.db.scalar(
        "SELECT household_id FROM loan_demand WHERE status = 'granted' AND deleted_at IS NULL ORDER BY id LIMIT 1"
    )
    now = ws.households.get(hid)["village_id"]
    ws.households.update(hid, {"village_id": next(v for v in villages if v != now)})
    assert _stale(ws) == []
    # a demand deleted, then restored by undo
    demand = ws.db.scalar(
        "SELECT id FROM loan_demand WHERE status = 'repaid' AND deleted_at IS NULL ORDER BY id LIMIT 1"
    )
    ws.loans.delete(demand)
    assert _stale(ws) == []
    ws.undo()
    assert _stale(ws) == []
    # a step: a waiting demand granted, then the grant undone
    waiting = ws.db.scalar("SELECT id FROM loan_demand WHERE status = 'approved' AND deleted_at IS NULL LIMIT 1")
    ws.loans.transition(
        waiting, "granted", on_date="2026-11-02", granted_fen=1_234_500, rate_bp=300, maturity_on="2027-11-02"
    )
    assert _stale(ws) == []
    ws.undo()
    assert _stale(ws) == []
    # a household deleted keeps its loans where they were
    ws.households.delete(hid)
    assert _stale(ws) == []


def test_a_write_behind_the_triggers_back_is_found_and_repaired(demo_ws):
    from app.services.check import check_register, repair_register

    demo_ws.db.execute(
        "UPDATE loan_step_roll SET n = n + 1 WHERE (on_date, village_id, office_code, status, is530) IN"
        " (SELECT on_date, village_id, office_code, status, is530 FROM loan_step_roll LIMIT 1)"
    )
    assert _stale(demo_ws)
    assert any("daily loan figures differ" in line for line in check_register(demo_ws))
    repair_register(demo_ws)
    assert _stale(demo_ws) == []


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("2026-03-10", "2026-10-20"),
        ("2026-01-01", "2026-06-30"),
        ("2026-10-05", "2026-10-25"),
        ("2025-12-15", "2026-11-15"),
    ],
)
def test_a_range_reports_loan_figures_are_the_records(demo_ws, first, last):
    report = reports.build(demo_ws, ReportPeriod.parse("range", first, last))
    p = {"start": first, "end": last}
    steps = {
        (r["v"] or "", r["s"]): (r["n"], r["fen"])
        for r in demo_ws.db.query(
            """SELECT h.village_id AS v, e.to_status AS s, count(*) AS n,
                      sum(CASE WHEN e.to_status = 'granted'
                               THEN coalesce(json_extract(e.details, '$.granted_fen'), d.granted_fen, d.amount_fen)
                               ELSE d.amount_fen END) AS fen
               FROM loan_event e JOIN loan_demand d ON d.id = e.loan_demand_id JOIN household h ON h.id = d.household_id
               WHERE e.deleted_at IS NULL AND d.deleted_at IS NULL AND e.on_date BETWEEN :start AND :end
               GROUP BY 1, 2""",
            p,
        )
    }
    registered = {
        r["v"] or "": (r["n"], r["fen"])
        for r in demo_ws.db.query(
            """SELECT h.village_id AS v, count(*) AS n, sum(d.amount_fen) AS fen
               FROM loan_demand d JOIN household h ON h.id = d.household_id
               WHERE d.deleted_at IS NULL AND d.registered_on BETWEEN :start AND :end GROUP BY 1""",
            p,
        )
    }
    assert sum(n for n, _ in registered.values()) > 0
    for row in report.villages:
        f = row.figures
        assert (f.registered.n, f.registered.fen) == registered.get(row.village_id, (0, 0)), row.village_id
        for status in reports.LOAN_STEPS:
            got = f.step(status)
            assert (got.n, got.fen) == steps.get((row.village_id, status), (0, 0)), (row.village_id, status)
