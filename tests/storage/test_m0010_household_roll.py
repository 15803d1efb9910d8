"""Migration 10: household_roll follows every write that changes what it holds (triggers), is
rebuilt after a suspended bulk write, and the monthly report and the Home page are planned onto it
and the other narrow indexes — no statement looks a record's household up by the unique id index
(which reads the wide household row) or walks a whole wide table — with no ANALYZE statistics, as
on users' registers."""

from __future__ import annotations

import random
import re
from storage.sqlite import sqlite3  # the program's module: its exception classes
from datetime import date

import pytest

from app.services import reports
from app.services.indicators import IndicatorService, Period
from storage import household_roll, rollups
from storage.db import Database
from tests.helpers import ROW_OFFICE as OFFICE, raw_household, raw_loan, raw_rating, raw_row

WIDE = ("household", "loan_demand", "loan_event", "credit_rating", "session_attendee")


def _roll(db: Database, hid: str) -> dict | None:
    return db.one("SELECT * FROM household_roll WHERE household_id = ?", (hid,))


@pytest.fixture
def db(db_path):
    database = Database(db_path)
    with database.transaction() as conn:
        for vid in ("v1", "v2"):
            raw_row(conn, "village", id=vid, name_zh=vid)
    yield database
    database.close()


def test_a_new_household_gets_its_row(db):
    with db.transaction() as conn:
        raw_household(conn, "h1", created_at="2025-03-04T10:00:00Z", status="registered_poor")
        raw_household(conn, "h2", village=None)
    assert _roll(db, "h1") == {
        "village_id": "v1",
        "household_id": "h1",
        "office_code": OFFICE,
        "status": "registered_poor",
        "live": 1,
        "registered_on": "2025-03-04",
        "status_since": None,
        "village_since": None,
        "deleted_on": None,
        "rating_year": None,
        "rating_grade": None,
        "rating_on": None,
        "borrower": 0,
        "open_maturity": None,
        "first_registered_on": None,
        "first_granted_on": None,
        "loans_changed_on": None,
        "records_deleted_on": None,
    }
    assert _roll(db, "h2")["village_id"] == ""


def test_moving_deleting_and_restoring_a_household_follow(db):
    with db.transaction() as conn:
        raw_household(conn, "h1")
    db.execute("UPDATE household SET village_id = 'v2', status = 'lifted' WHERE id = 'h1'")
    assert (_roll(db, "h1")["village_id"], _roll(db, "h1")["status"]) == ("v2", "lifted")
    db.execute("UPDATE household SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 'h1'")
    assert _roll(db, "h1")["live"] == 0
    db.execute("UPDATE household SET deleted_at = NULL WHERE id = 'h1'")
    assert _roll(db, "h1")["live"] == 1
    assert household_roll.stale(db.conn) == []


def test_the_latest_live_rating_is_kept(db):
    with db.transaction() as conn:
        raw_household(conn, "h1")
        raw_rating(conn, "h1", 2024, "AA")
        raw_rating(conn, "h1", 2025, "B")
    assert (_roll(db, "h1")["rating_year"], _roll(db, "h1")["rating_grade"]) == (2025, "B")
    db.execute("UPDATE credit_rating SET grade = 'AAA' WHERE id = 'r-h1-2025'")
    assert _roll(db, "h1")["rating_grade"] == "AAA"
    db.execute("UPDATE credit_rating SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 'r-h1-2025'")
    assert (_roll(db, "h1")["rating_year"], _roll(db, "h1")["rating_grade"]) == (2024, "AA")
    db.execute("DELETE FROM credit_rating WHERE id = 'r-h1-2024'")
    assert (_roll(db, "h1")["rating_year"], _roll(db, "h1")["rating_grade"]) == (None, None)


def test_borrowing_arrears_and_first_dates_follow_the_demands(db):
    with db.transaction() as conn:
        raw_household(conn, "h1")
        raw_loan(conn, "l1", "h1", registered_on="2024-05-01")
        raw_loan(
            conn,
            "l2",
            "h1",
            registered_on="2024-03-01",
            status="granted",
            granted_on="2024-04-01",
            maturity_on="2025-04-01",
        )
    row = _roll(db, "h1")
    assert (row["borrower"], row["open_maturity"], row["first_registered_on"], row["first_granted_on"]) == (
        1,
        "2025-04-01",
        "2024-03-01",
        "2024-04-01",
    )
    db.execute("UPDATE loan_demand SET status = 'repaid', repaid_on = '2025-03-01' WHERE id = 'l2'")
    row = _roll(db, "h1")
    assert (row["borrower"], row["open_maturity"], row["first_granted_on"]) == (1, None, "2024-04-01")
    db.execute("UPDATE loan_demand SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 'l2'")
    row = _roll(db, "h1")
    assert (row["borrower"], row["first_registered_on"], row["first_granted_on"]) == (0, "2024-05-01", None)


def test_a_demand_moved_to_another_household_leaves_the_first_one(db):
    with db.transaction() as conn:
        raw_household(conn, "h1")
        raw_household(conn, "h2")
        raw_loan(conn, "l1", "h1", status="granted", granted_on="2024-04-01", maturity_on="2025-04-01")
    db.execute("UPDATE loan_demand SET household_id = 'h2' WHERE id = 'l1'")
    assert _roll(db, "h1")["borrower"] == 0 and _roll(db, "h2")["borrower"] == 1
    assert household_roll.stale(db.conn) == []


def test_records_stored_before_their_household_are_counted_when_it_arrives(db):
    # a sync package is merged table by table with foreign keys checked at the end
    with db.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        raw_loan(conn, "l1", "h1", status="granted", granted_on="2024-04-01", maturity_on="2025-04-01")
        raw_rating(conn, "h1", 2025, "A")
        raw_household(conn, "h1")
    assert (_roll(db, "h1")["borrower"], _roll(db, "h1")["rating_grade"]) == (1, "A")


def test_a_random_history_of_writes_leaves_no_row_stale(db):
    rng = random.Random(7)
    statuses = ["registered", "referred", "approved", "granted", "repaid", "rejected"]
    households, loans, ratings = [], [], []
    with db.transaction() as conn:
        for step in range(400):
            kind = rng.random()
            if kind < 0.15 or not households:
                hid = f"h{step}"
                raw_household(
                    conn, hid, village=rng.choice(["v1", "v2", None]), status=rng.choice(["registered_poor", "general"])
                )
                households.append(hid)
            elif kind < 0.25:
                conn.execute(
                    "UPDATE household SET village_id = ?, status = ?, deleted_at = ? WHERE id = ?",
                    (
                        rng.choice(["v1", "v2", None]),
                        rng.choice(["registered_poor", "lifted"]),
                        rng.choice([None, None, "2026-01-01"]),
                        rng.choice(households),
                    ),
                )
            elif kind < 0.45:
                lid = f"l{step}"
                granted = rng.random() < 0.5
                raw_loan(
                    conn,
                    lid,
                    rng.choice(households),
                    status="granted" if granted else "registered",
                    registered_on=f"2024-{rng.randint(1, 12):02d}-01",
                    granted_on=f"2025-{rng.randint(1, 12):02d}-01" if granted else None,
                    maturity_on=f"2026-{rng.randint(1, 12):02d}-01" if granted else None,
                )
                loans.append(lid)
            elif kind < 0.65 and loans:
                conn.execute(
                    "UPDATE loan_demand SET status = ?, maturity_on = ?, deleted_at = ?, household_id = ? WHERE id = ?",
                    (
                        rng.choice(statuses),
                        f"2026-{rng.randint(1, 12):02d}-15",
                        rng.choice([None, None, None, "2026-02-02"]),
                        rng.choice(households),
                        rng.choice(loans),
                    ),
                )
            elif kind < 0.85:
                hid, year = rng.choice(households), rng.randint(2022, 2027)
                if (
                    conn.execute(
                        "SELECT 1 FROM credit_rating WHERE household_id = ? AND year = ?", (hid, year)
                    ).fetchone()
                    is None
                ):
                    raw_rating(conn, hid, year, rng.choice(["AAA", "AA", "A", "B", "C"]))
                    ratings.append(f"r-{hid}-{year}")
            elif ratings:
                conn.execute(
                    "UPDATE credit_rating SET grade = ?, deleted_at = ? WHERE id = ?",
                    (rng.choice(["AAA", "B"]), rng.choice([None, "2026-03-03"]), rng.choice(ratings)),
                )
            if step % 50 == 0:
                assert household_roll.stale(conn) == [], step
    assert len(households) > 30 and len(loans) > 50 and len(ratings) > 50
    assert household_roll.stale(db.conn) == []


def test_stale_names_a_row_that_differs_from_the_records(db):
    with db.transaction() as conn:
        raw_household(conn, "h1")
        raw_household(conn, "h2")
    db.execute("UPDATE household_roll SET borrower = 1 WHERE household_id = 'h2'")
    db.execute("DELETE FROM household_roll WHERE household_id = 'h1'")
    assert household_roll.stale(db.conn) == ["h1", "h2"]
    with db.transaction() as conn:
        household_roll.rebuild(conn)
    assert household_roll.stale(db.conn) == []


def test_a_suspended_bulk_write_is_rebuilt_once_at_the_end(db):
    with db.transaction() as conn:
        with household_roll.suspended(conn):
            raw_household(conn, "h1")
            raw_loan(conn, "l1", "h1", status="granted", granted_on="2024-04-01", maturity_on="2025-04-01")
            assert _roll(db, "h1") is None  # triggers off meanwhile
        assert _roll(db, "h1")["borrower"] == 1
    db.execute("UPDATE loan_demand SET status = 'repaid' WHERE id = 'l1'")  # and on again after
    assert _roll(db, "h1")["open_maturity"] is None


def test_a_failed_suspended_write_leaves_the_triggers_in_place(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction() as conn:
            with household_roll.suspended(conn):
                raw_household(conn, "h1")
                raw_household(conn, "h1")  # the same id twice: the write fails
    with db.transaction() as conn:
        raw_household(conn, "h2")
    assert _roll(db, "h2") is not None


def test_a_version_9_register_gets_its_rows(db_path):
    old = Database(db_path, migrate=False)
    old.migrate(target=9)
    with old.transaction() as conn:
        raw_row(conn, "village", id="v1", name_zh="v1")
        raw_household(conn, "h1")
        raw_loan(conn, "l1", "h1", status="granted", granted_on="2024-04-01", maturity_on="2025-04-01")
        raw_rating(conn, "h1", 2025, "AA")
    old.close()
    db = Database(db_path)
    row = _roll(db, "h1")
    assert (row["borrower"], row["rating_grade"], row["open_maturity"]) == (1, "AA", "2025-04-01")
    names = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"loan_demand_step_cover", "loan_demand_decided"} <= names and "household_village_of" not in names
    month = db.scalar("SELECT sql FROM sqlite_master WHERE name = 'loan_event_month'")
    assert "details" in month  # a grant's amount without reading the step's row
    db.close()


def _plans(ws, monkeypatch, run) -> list[tuple[str, list[str]]]:
    """Every statement `run` makes on the register, with its query plan."""
    seen: list[tuple[str, object]] = []
    for name in ("query", "one", "scalar", "execute"):
        real = getattr(Database, name)

        def spy(self, sql, params=(), _real=real):
            seen.append((sql, params))
            return _real(self, sql, params)

        monkeypatch.setattr(Database, name, spy)
    run()
    monkeypatch.undo()
    out = []
    for sql, params in seen:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            plan = [r[3] for r in ws.db.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
            out.append((" ".join(sql.split())[:90], plan))
    return out


def _offending(plans) -> list[str]:
    """Aggregating statements (roll-ups; not the few display rows with names) that look households
    up through their wide rows or walk a wide table."""
    bad = []
    for sql, plan in plans:
        if "count(" not in sql and "sum(" not in sql:
            continue
        for line in plan:
            if "sqlite_autoindex_household_1" in line:
                bad.append(f"{sql}: {line}")
            if re.fullmatch(rf"SCAN ({'|'.join(WIDE)})( AS \w+)?|SCAN \w+ USING INDEX \w+_updated", line):
                bad.append(f"{sql}: {line}")
    return bad


@pytest.mark.parametrize("office", ["local", "county"])
def test_the_monthly_report_reads_narrow_indexes(demo_ws, monkeypatch, office):
    code = None
    if office == "county":  # an office above this one: the office filter is applied to every row
        code = "630224"
        demo_ws.db.execute(
            "INSERT INTO office (id, office_code, created_at, updated_at, code, level, name_zh)"
            " VALUES ('county', ?, '2026-01-01', '2026-01-01', ?, 'county', '县')",
            (code, code),
        )
        demo_ws.db.execute("UPDATE office SET parent_code = ? WHERE code = ?", (code, demo_ws.office["code"]))
    plans = _plans(demo_ws, monkeypatch, lambda: reports.monthly(demo_ws, "2026-10", office_code=code))
    assert any("household_roll" in line for _, plan in plans for line in plan)
    # the month's loan figures: the daily roll-up (migration 29), not the steps one by one
    assert any("loan_step_roll" in line for _, plan in plans for line in plan)
    assert _offending(plans) == []
    # any range too: its days from the roll-up, the rest through narrow indexes
    from app.domain.periods import ReportPeriod

    plans = _plans(
        demo_ws,
        monkeypatch,
        lambda: reports.build(demo_ws, ReportPeriod.parse("range", "2026-08-10", "2026-10-20"), office_code=code),
    )
    assert any("loan_step_roll" in line for _, plan in plans for line in plan)
    assert _offending(plans) == []


def test_the_home_indicators_read_narrow_indexes(demo_ws, monkeypatch):
    plans = _plans(
        demo_ws,
        monkeypatch,
        lambda: IndicatorService(demo_ws).compute(Period.month("2026-11"), today=date(2026, 11, 15)),
    )
    assert any("household_roll" in line for _, plan in plans for line in plan)
    assert _offending(plans) == []
