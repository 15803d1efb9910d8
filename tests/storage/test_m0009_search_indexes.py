"""Migration 9: the household search's matches are read from narrow indexes — the list looks each
matching household up in ``household_found`` (no wide household row, no unique-id index) — with no
ANALYZE statistics, as on users' registers; and what the search finds is unchanged (deleted
households, filters, the order)."""

from __future__ import annotations

import pytest

from app.services.registers import make_query
from storage import registers
from storage.db import Database

INDEXES = {"household_found", "household_village_ids"}


def _indexes(db: Database) -> set[str]:
    return {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_new_register_has_the_search_indexes(db_path):
    assert INDEXES <= _indexes(Database(db_path))


def test_a_version_8_register_gets_them(db_path):
    old = Database(db_path, migrate=False)
    old.migrate(target=8)
    assert not INDEXES & _indexes(old)
    old.close()
    assert INDEXES <= _indexes(Database(db_path))


def _plan(db: Database, text: str, **filters) -> list[str]:
    spec = registers.SPECS["households"]
    q = make_query(text, **filters)
    where, params = registers._where(spec, q)
    sql = f"SELECT h.id FROM {spec.from_sql} WHERE {' AND '.join(where)} ORDER BY h.name_pinyin, h.id"
    return [r[3] for r in db.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


@pytest.mark.parametrize("text", ["zhuoma", "卓玛", "སྒྲོལ་མ", "拉脊村"])
def test_a_name_or_village_search_reads_no_household_row(demo_ws, text):
    assert demo_ws.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") == 0
    plan = _plan(demo_ws.db, text)
    assert "SEARCH h USING COVERING INDEX household_found (id=? AND deleted_at=?)" in plan
    assert "SEARCH household USING COVERING INDEX household_village_ids (village_id=?)" in plan
    assert not [line for line in plan if "sqlite_autoindex_household_1" in line or "PRIMARY KEY (rowid" in line]


def test_a_search_with_a_status_filter_stays_in_the_index(demo_ws):
    plan = _plan(demo_ws.db, "zhuoma", status="registered_poor")
    assert "SEARCH h USING COVERING INDEX household_found (id=? AND deleted_at=?)" in plan


def _by_hand(db: Database, token: str, *, include_deleted: bool, status: str | None = None) -> list[str]:
    """The households whose tokens start with `token`, in list order, computed in Python."""
    found = {
        r["household_id"]
        for r in db.query("SELECT token, household_id FROM household_search")
        if r["token"].startswith(token)
    }
    rows = [
        r
        for r in db.query("SELECT id, name_pinyin, status, deleted_at FROM household")
        if r["id"] in found
        and (include_deleted or r["deleted_at"] is None)
        and (status is None or r["status"] == status)
    ]
    return [r["id"] for r in sorted(rows, key=lambda r: (r["name_pinyin"], r["id"]))]


@pytest.mark.parametrize("include_deleted", [False, True])
@pytest.mark.parametrize("status", [None, "registered_poor"])
def test_search_finds_the_same_households_as_the_tokens_say_deleted_ones_too(demo_ws, include_deleted, status):
    db = demo_ws.db
    common = db.scalar(
        "SELECT token FROM household_search WHERE token GLOB '[a-z]*'"
        " GROUP BY token ORDER BY count(*) DESC, token LIMIT 1"
    )
    for hid in db.query("SELECT s.household_id FROM household_search s WHERE s.token = ? LIMIT 3", (common,)):
        demo_ws.households.delete(hid["household_id"])
    expected = _by_hand(db, common, include_deleted=include_deleted, status=status)
    assert len(expected) >= 2
    assert demo_ws.households.search_ids(common, include_deleted=include_deleted, status=status) == expected
