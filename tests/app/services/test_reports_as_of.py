"""Issue #19, item 1: a period's figures are computed as of its end from dated facts, so a closed
period's report never changes when later work is recorded — checked on the demo register (the
November 2026 report made, later work recorded through the services, the report made again) and
against SQL written here that counts as of the period's end."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import reports
from app.services.indicators import IndicatorService, Period
from tests.helpers import credit_villages_from_records

OCT_END = "2026-10-31"


def _id_number(serial: int) -> str:
    from app.services.demo import id_check_digit

    first17 = f"632122198005{serial:02d}9{serial:02d}"[:17]
    return first17 + id_check_digit(first17)


def _figures(report) -> tuple:
    return (
        report.total,
        [(v.village_id, v.figures, v.credit_village) for v in report.villages],
        report.credit_villages,
        report.villages_rated,
    )


def _later_work(ws) -> None:
    """What an office records after October: a new household, a poor household lifted out of
    poverty, a rating made, a loan granted and one repaid."""
    village = ws.db.scalar("SELECT village_id FROM household WHERE village_id IS NOT NULL LIMIT 1")
    ws.households.create({"name_zh": "新户", "id_number": _id_number(7), "status": "monitored", "village_id": village})
    poor = ws.db.scalar(
        "SELECT id FROM household WHERE status = 'registered_poor' AND deleted_at IS NULL"
        " AND coalesce(registered_on, substr(created_at, 1, 10)) <= ? LIMIT 1",
        (OCT_END,),
    )
    ws.households.update(poor, {"status": "lifted"})
    unrated = ws.db.scalar(
        "SELECT id FROM household h WHERE deleted_at IS NULL AND coalesce(registered_on, substr(created_at, 1, 10)) <= ?"
        " AND NOT EXISTS (SELECT 1 FROM credit_rating r WHERE r.household_id = h.id)"
        " LIMIT 1",
        (OCT_END,),
    )
    criteria = {code: m for code, m in ws.ratings.criteria_max().items()}
    ws.ratings.create(
        {
            "household_id": unrated,
            "year": 2026,
            "criteria": criteria,
            "bank_rater": "李明",
            "village_rater": "扎西",
            "rated_on": "2026-12-01",
        }
    )
    waiting = ws.db.scalar("SELECT id FROM loan_demand WHERE status = 'approved' AND deleted_at IS NULL LIMIT 1")
    if waiting:
        ws.loans.transition(
            waiting, "granted", on_date="2026-12-02", granted_fen=1_000_000, rate_bp=300, maturity_on="2027-12-02"
        )
    granted = ws.db.scalar(
        "SELECT id FROM loan_demand WHERE status = 'granted' AND granted_on <= ? AND deleted_at IS NULL LIMIT 1",
        (OCT_END,),
    )
    ws.loans.transition(granted, "repaid", on_date="2026-12-03")


def test_a_closed_months_report_is_the_same_after_later_work(demo_ws):
    before = _figures(reports.monthly(demo_ws, "2026-10"))
    _later_work(demo_ws)
    assert _figures(reports.monthly(demo_ws, "2026-10")) == before


def test_homes_indicators_for_a_closed_month_are_the_same_after_later_work(demo_ws):
    def home():
        ind = IndicatorService(demo_ws).compute(Period.month("2026-10"), today=date(2026, 12, 7))
        return ind.households, ind.loans, ind.credit

    before = home()
    _later_work(demo_ws)
    assert home() == before


def test_households_poor_and_credit_are_counted_as_of_the_months_end(demo_ws):
    _later_work(demo_ws)
    report = reports.monthly(demo_ws, "2026-10")
    # households registered by the end of October, not deleted
    assert report.total.households == demo_ws.db.scalar(
        "SELECT count(*) FROM household WHERE deleted_at IS NULL AND coalesce(registered_on, substr(created_at, 1, 10)) <= ?",
        (OCT_END,),
    )
    by_village = {
        v: (n, credit, borrowers, clean)
        for v, n, credit, borrowers, clean in credit_villages_from_records(demo_ws, 2026, date(2026, 10, 31))
    }
    for row in report.villages:
        if row.village_id:
            assert (row.figures.households, row.figures.credit_households) == by_village[row.village_id][:2]
    # registered-poor at the end of October: each household's last status recorded by then
    poor_then = demo_ws.db.scalar(
        """
        SELECT count(*) FROM household h WHERE deleted_at IS NULL AND coalesce(registered_on, substr(created_at, 1, 10)) <= :end
          AND (SELECT status FROM household_status_change s WHERE s.household_id = h.id AND s.on_date <= :end
               ORDER BY on_date DESC, seq DESC LIMIT 1) = 'registered_poor'""",
        {"end": OCT_END},
    )
    ind = IndicatorService(demo_ws).compute(Period.month("2026-10"), today=date(2026, 12, 7))
    assert ind.loans.poor_households == poor_then
    now = demo_ws.db.scalar("SELECT count(*) FROM household WHERE deleted_at IS NULL AND status = 'registered_poor'")
    assert now == poor_then - 1  # the household lifted in December was still poor in October


def test_a_status_change_is_recorded_with_its_date(ws):
    hid = ws.households.create({"name_zh": "卓玛", "id_number": _id_number(3), "status": "registered_poor"})["id"]
    ws.households.update(hid, {"status": "lifted"})
    ws.households.update(hid, {"phone": "13800000000"})  # not a status change: no row
    rows = ws.db.query(
        "SELECT on_date, status FROM household_status_change WHERE household_id = ? ORDER BY seq", (hid,)
    )
    today = ws.db.scalar("SELECT substr(updated_at, 1, 10) FROM household WHERE id = ?", (hid,))
    assert [(r["on_date"], r["status"]) for r in rows] == [("", "registered_poor"), (today, "lifted")]


def test_the_migration_fills_the_history_from_the_audit_log(db_path):
    from app.services.workspace import Workspace, init_office
    from storage.db import Database
    from tests.conftest import OFFICE

    ws = Workspace.open(db_path, user="tester", role="admin", lang="en")
    init_office(ws.db, **OFFICE, user="tester")
    hid = ws.households.create({"name_zh": "卓玛", "id_number": _id_number(4), "status": "registered_poor"})["id"]
    ws.households.update(hid, {"status": "monitored"})
    # the register as a version-12 release left it: no history table
    ws.db.execute("DROP TRIGGER household_status_insert")
    ws.db.execute("DROP TRIGGER household_status_update")
    ws.db.execute("DROP TABLE household_status_change")
    ws.db.execute("PRAGMA user_version = 12")
    ws.close()
    # migration 13 alone: the later ones (the loan ledger, 14) have already run on this file
    db = Database(db_path, migrate=False)
    assert db.migrate(13) == 13
    rows = db.query("SELECT on_date, status FROM household_status_change WHERE household_id = ? ORDER BY seq", (hid,))
    assert [r["status"] for r in rows] == ["registered_poor", "monitored"] and rows[1]["on_date"]
    assert (
        db.one("SELECT status_since FROM household_roll WHERE household_id = ?", (hid,))["status_since"]
        == rows[1]["on_date"]
    )
    db.close()


def test_the_village_history_is_filled_from_the_audit_log_and_kept_by_its_triggers(demo_ws):
    """Migration 27's filling (storage.household_village.install): each household's moves as the
    audit log recorded them, then its triggers record the next move."""
    from storage import household_village

    ws = demo_ws
    hid = ws.households.search_ids()[0]
    first = ws.households.get(hid)["village_id"]
    second, third = [r["id"] for r in ws.db.query("SELECT id FROM village WHERE id != ? ORDER BY id LIMIT 2", (first,))]
    ws.households.update(hid, {"village_id": second})
    # the register as a version-26 release left it: no village history
    for name in household_village.TRIGGERS:
        ws.db.execute(f"DROP TRIGGER {name}")
    ws.db.execute(f"DROP TABLE {household_village.TABLE}")
    with ws.db.transaction() as conn:
        household_village.install(conn)
    query = f"SELECT on_date, village_id FROM {household_village.TABLE} WHERE household_id = ? ORDER BY seq"
    moved_on = ws.db.scalar("SELECT date(updated_at, 'localtime') FROM household WHERE id = ?", (hid,))
    assert [(r["on_date"], r["village_id"]) for r in ws.db.query(query, (hid,))] == [("", first), (moved_on, second)]
    other = ws.households.search_ids()[1]
    [(on, village)] = [(r["on_date"], r["village_id"]) for r in ws.db.query(query, (other,))]
    assert on == "" and village == ws.households.get(other)["village_id"]
    ws.households.update(hid, {"village_id": third})
    assert [r["village_id"] for r in ws.db.query(query, (hid,))] == [first, second, third]
    assert ws.db.scalar("SELECT village_since FROM household_roll WHERE household_id = ?", (hid,)) == moved_on


@pytest.mark.parametrize("month", ["2026-10", "2026-06"])
def test_the_credit_village_test_is_as_of_the_months_end(demo_ws, month):
    report = reports.monthly(demo_ws, month)
    end = date.fromisoformat(report.end)
    expected = {v: (n, credit) for v, n, credit, _, _ in credit_villages_from_records(demo_ws, end.year, end)}
    got = {v.village_id: (v.figures.households, v.figures.credit_households) for v in report.villages if v.village_id}
    assert got == expected
