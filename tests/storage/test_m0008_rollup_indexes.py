"""Migration 8: the roll-up indexes exist, and the monthly report and the Home page's indicators are
planned onto them — no statement looks a record's household up by the unique id index (which reads
the wide household row) or walks a whole wide table — with no ANALYZE statistics, as on users'
registers."""
from __future__ import annotations

import re
from datetime import date

import pytest

from app.services import reports
from app.services.indicators import IndicatorService, Period
from storage import rollups
from storage.db import Database

INDEXES = {"household_village_of", "loan_event_month", "loan_demand_registered_cover", "loan_demand_granted",
           "loan_demand_household_state", "loan_demand_waiting"}
WIDE = ("household", "loan_demand", "loan_event", "credit_rating", "session_attendee")


def _indexes(db: Database) -> set[str]:
    return {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_new_register_has_the_rollup_indexes_and_not_the_one_they_replace(db_path):
    names = _indexes(Database(db_path))
    assert INDEXES <= names
    assert "loan_event_on_date" not in names


def test_a_version_7_register_gets_them(db_path):
    old = Database(db_path, migrate=False)
    old.migrate(target=7)
    assert "loan_event_on_date" in _indexes(old) and not INDEXES & _indexes(old)
    old.close()
    assert INDEXES <= _indexes(Database(db_path))


def _plans(ws, monkeypatch, run) -> list[tuple[str, list[str]]]:
    """Every statement `run` makes on the register, with its query plan."""
    seen: list[tuple[str, object]] = []
    for name in ("query", "one", "scalar", "execute"):
        real = getattr(Database, name)

        def spy(self, sql, params=(), _real=real):
            seen.append((sql, params))
            return _real(self, sql, params)
        monkeypatch.setattr(Database, name, spy)
    # the passes over every household on this connection too, so that their plans are seen
    monkeypatch.setattr(rollups, "beside", lambda on, work: (lambda value=work(on): value))
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
    if office == "county":   # an office above this one: the office filter is applied to every row
        code = "630224"
        demo_ws.db.execute("INSERT INTO office (id, office_code, created_at, updated_at, code, level, name_zh)"
                           " VALUES ('county', ?, '2026-01-01', '2026-01-01', ?, 'county', '县')", (code, code))
        demo_ws.db.execute("UPDATE office SET parent_code = ? WHERE code = ?", (code, demo_ws.office["code"]))
    plans = _plans(demo_ws, monkeypatch, lambda: reports.monthly(demo_ws, "2026-10", office_code=code))
    assert any("household_village_of" in line for _, plan in plans for line in plan)
    assert _offending(plans) == []


def test_the_home_indicators_read_narrow_indexes(demo_ws, monkeypatch):
    plans = _plans(demo_ws, monkeypatch, lambda: IndicatorService(demo_ws).compute(
        Period.month("2026-11"), today=date(2026, 11, 15)))
    assert any("loan_demand_household_state" in line for _, plan in plans for line in plan)
    assert _offending(plans) == []
