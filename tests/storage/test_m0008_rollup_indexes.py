"""Migration 8: the roll-up indexes exist (how the report and the Home page are planned onto them:
test_m0010_household_roll.py)."""

from __future__ import annotations

from storage.db import Database

# (household_village_of, also made by migration 8, is dropped by migration 10)
INDEXES = {
    "loan_event_month",
    "loan_demand_registered_cover",
    "loan_demand_granted",
    "loan_demand_household_state",
    "loan_demand_waiting",
}


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
    old.migrate(target=8)
    assert INDEXES | {"household_village_of"} <= _indexes(old)
    old.close()
    assert INDEXES <= _indexes(Database(db_path))
