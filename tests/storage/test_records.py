"""Every write bumps version, stamps updated_* and leaves an audit entry in the same transaction."""

from __future__ import annotations

import json
from storage.sqlite import sqlite3  # the program's module: its exception classes

import pytest

from app.domain.errors import Conflict, NotFound
from storage import audit, records
from storage.db import Database
from storage.records import Actor

ACTOR = Actor("630224100201", "cadre1")


@pytest.fixture
def db(db_path) -> Database:
    return Database(db_path)


def test_insert_fills_the_common_columns_and_audits(db):
    row = records.insert(db, "village", {"name_zh": "拉脊村", "name_bo": ""}, ACTOR)
    assert len(row["id"]) == 36 and row["version"] == 1 and row["deleted_at"] is None
    assert row["office_code"] == ACTOR.office_code and row["updated_by"] == "cadre1"
    entry = db.one("SELECT * FROM audit_log WHERE record_id = ?", (row["id"],))
    assert entry["action"] == "create" and json.loads(entry["after_json"])["name_zh"] == "拉脊村"


def test_update_bumps_version_and_records_before_and_after(db):
    row = records.insert(db, "village", {"name_zh": "拉脊村"}, ACTOR)
    new = records.update(db, "village", row["id"], {"name_zh": "上寨村"}, ACTOR, expected_version=1)
    assert new["version"] == 2 and new["name_zh"] == "上寨村"
    entry = db.one("SELECT * FROM audit_log WHERE record_id = ? AND action = 'update'", (row["id"],))
    before, after = json.loads(entry["before_json"]), json.loads(entry["after_json"])
    assert (before["name_zh"], before["version"]) == ("拉脊村", 1)
    assert (after["name_zh"], after["version"]) == ("上寨村", 2)
    assert "name_bo" not in after  # only the changed columns are recorded


def test_update_with_a_stale_version_is_refused_and_changes_nothing(db):
    row = records.insert(db, "village", {"name_zh": "拉脊村"}, ACTOR)
    records.update(db, "village", row["id"], {"name_zh": "上寨村"}, ACTOR)
    with pytest.raises(Conflict):
        records.update(db, "village", row["id"], {"name_zh": "下寨村"}, ACTOR, expected_version=1)
    assert records.get(db, "village", row["id"])["name_zh"] == "上寨村"


def test_soft_delete_hides_the_row_but_keeps_it(db):
    row = records.insert(db, "village", {"name_zh": "拉脊村"}, ACTOR)
    records.soft_delete(db, "village", row["id"], ACTOR)
    with pytest.raises(NotFound):
        records.get(db, "village", row["id"])
    kept = records.get(db, "village", row["id"], include_deleted=True)
    assert kept["deleted_at"] and kept["version"] == 2
    assert records.restore(db, "village", row["id"], ACTOR)["deleted_at"] is None


def test_a_failed_write_leaves_no_row_and_no_audit_entry(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction():
            records.insert(db, "village", {"name_zh": "拉脊村"}, ACTOR)
            records.insert(
                db,
                "loan_demand",
                {
                    "household_id": "missing",
                    "registered_on": "2026-01-01",
                    "amount_fen": 100,
                    "product_code": "530",
                    "status_on": "2026-01-01",
                },
                ACTOR,
            )
    assert db.scalar("SELECT count(*) FROM village") == 0
    assert db.scalar("SELECT count(*) FROM audit_log") == 0


def test_audit_log_refuses_update_and_delete(db):
    records.insert(db, "village", {"name_zh": "拉脊村"}, ACTOR)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET user = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit_log")


def test_audit_chain_verifies_and_detects_an_edited_entry(db):
    for name in ("拉脊村", "上寨村", "下寨村"):
        records.insert(db, "village", {"name_zh": name}, ACTOR)
    assert audit.verify_chain(db.conn) == []
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET user = 'intruder' WHERE seq = 2")
    findings = audit.verify_chain(db.conn)
    assert any("seq 2" in f and "altered" in f for f in findings)
