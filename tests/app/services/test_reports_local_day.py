"""Issue #19, item 1: work recorded early in the morning of a new month belongs to the new month.

A register in Qinghai keeps its times in UTC (storage.db.now_utc); the office's day is the local
one (UTC+8).  Deletions and village moves were dated by the local day, but a status change and the
day of entry of a household without its own registration date took the UTC day: a household lifted
out of poverty, or entered, at 07:30 on 1 November was dated 31 October and changed October's
closed report.  Here the process runs in UTC+8 and the write clock is set to that morning."""

from __future__ import annotations

import time
from datetime import date

import pytest

from app.services import reports
from app.services.demo import id_check_digit
from app.services.indicators import IndicatorService, Period
from storage import records

#: 07:30 on 1 November 2026 in Xining
FIRST_MORNING = "2026-10-31T23:30:00.000000Z"
LATER = date(2026, 12, 7)


@pytest.fixture
def xining(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("the process time zone can be set only where time.tzset exists")
    monkeypatch.setenv("TZ", "CST-8")  # POSIX form: UTC+8, no time zone database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _figures(ws, month: str) -> tuple:
    report = reports.monthly(ws, month, today=LATER)
    ind = IndicatorService(ws).compute(Period.month(month), today=LATER)
    return (
        report.total,
        [(v.village_id, v.figures, v.credit_village) for v in report.villages],
        ind.households,
        ind.loans.poor_households,
        ind.loans.poor_with_demand,
    )


def test_work_recorded_early_on_the_first_morning_is_the_new_months(demo_ws, xining, monkeypatch):
    october = _figures(demo_ws, "2026-10")
    poor = demo_ws.db.scalar(
        """SELECT id FROM household WHERE status = 'registered_poor' AND deleted_at IS NULL
           AND registered_on <= '2026-10-01' ORDER BY id LIMIT 1"""
    )
    village = demo_ws.db.scalar("SELECT id FROM village WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    monkeypatch.setattr(records, "now_utc", lambda: FIRST_MORNING)
    demo_ws.households.update(poor, {"status": "lifted"})
    first17 = "63212219800517901"
    new = demo_ws.households.create(
        {"name_zh": "新户", "id_number": first17 + id_check_digit(first17), "status": "general", "village_id": village}
    )["id"]
    assert _figures(demo_ws, "2026-10") == october
    # the history and the household list say 1 November, the day it was in the office
    assert (
        demo_ws.db.scalar(
            "SELECT on_date FROM household_status_change WHERE household_id = ? ORDER BY seq DESC LIMIT 1", (poor,)
        )
        == "2026-11-01"
    )
    assert demo_ws.households.get(new)["registered_on"] is None  # no date of its own: the day of entry
    assert demo_ws.households.rows([new])[0]["registered_on"] == "2026-11-01"
    # November has them: the new household on the register, the lifted one poor no more
    november = reports.monthly(demo_ws, "2026-11", today=LATER)
    expected = demo_ws.db.scalar(
        """SELECT count(*) FROM household WHERE deleted_at IS NULL
           AND coalesce(registered_on, date(created_at, 'localtime')) <= '2026-11-30'"""
    )
    assert november.total.households == expected and new in demo_ws.db.scalar(
        "SELECT group_concat(household_id) FROM household_roll WHERE registered_on = '2026-11-01'"
    )


def test_migration_32_reads_the_day_of_entry_again_as_a_local_day(db_path, xining, monkeypatch):
    from app.services.workspace import Workspace, init_office
    from storage import household_status
    from storage.db import Database
    from tests.conftest import OFFICE

    ws = Workspace.open(db_path, user="tester", role="admin", lang="en")
    init_office(ws.db, **OFFICE, user="tester")
    monkeypatch.setattr(records, "now_utc", lambda: FIRST_MORNING)
    first17 = "63212219800517902"
    hid = ws.households.create({"name_zh": "卓玛", "id_number": first17 + id_check_digit(first17)})["id"]
    # the register as release 31 left it: the UTC day in the roll-up, the UTC day's trigger
    ws.db.execute("UPDATE household_roll SET registered_on = '2026-10-31' WHERE household_id = ?", (hid,))
    ws.db.execute("DROP TRIGGER household_status_update")
    ws.db.execute(
        "CREATE TRIGGER household_status_update "
        + household_status.TRIGGERS["household_status_update"].replace(
            "date(NEW.updated_at, 'localtime')", "substr(NEW.updated_at, 1, 10)"
        )
    )
    ws.db.execute("PRAGMA user_version = 31")
    ws.close()
    db = Database(db_path, migrate=False)
    assert db.migrate(32) == 32
    assert db.scalar("SELECT registered_on FROM household_roll WHERE household_id = ?", (hid,)) == "2026-11-01"
    assert "localtime" in db.scalar("SELECT sql FROM sqlite_master WHERE name = 'household_status_update'")
    db.close()
