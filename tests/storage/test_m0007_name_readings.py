"""Migration 7 gives registers written before it the name readings: 单雄信 sorts under S and is
found by "shan"; nothing else changes and the next sync package does not carry him again."""

from __future__ import annotations

import pytest

from app.services.workspace import Workspace, init_office
from storage.db import Database
from tests.conftest import OFFICE
from tests.helpers import GENERAL, POOR, valid_id


@pytest.fixture
def ws(db_path):
    """A village register at schema version 6, as the release before migration 7 made it."""
    db = Database(db_path, migrate=False)
    assert db.migrate(target=6) == 6
    workspace = Workspace(db, user="tester", role="admin", lang="en")
    init_office(db, **OFFICE, user="tester")
    yield workspace
    workspace.close()


def _as_before_migration_7(path, hid: str) -> None:
    """The register as an older release left it: general-text keys, no surname-reading tokens."""
    db = Database(path, migrate=False)
    with db.transaction() as conn:
        conn.execute("UPDATE household SET name_pinyin = 'danxiongxin', name_initials = 'dxx' WHERE id = ?", (hid,))
        conn.execute("DELETE FROM household_search WHERE household_id = ? AND token IN ('shanxiongxin', 'sxx')", (hid,))
    db.close()


def test_an_older_register_gets_surname_readings_in_keys_and_tokens(ws, db_path):
    hid = ws.households.create(dict(GENERAL, name_zh="单雄信"))["id"]
    other = ws.households.create(POOR)["id"]
    ws.close()
    _as_before_migration_7(db_path, hid)
    old = Database(db_path, migrate=False)
    assert old.user_version == 6
    untouched = old.one("SELECT * FROM household WHERE id = ?", (other,))
    journal = old.scalar("SELECT count(*) FROM sync_change")
    old.close()

    ws2 = Workspace.open(db_path, user="tester", role="admin", lang="en")
    try:
        assert ws2.db.user_version >= 7
        row = ws2.db.one("SELECT name_pinyin, name_initials FROM household WHERE id = ?", (hid,))
        assert row == {"name_pinyin": "shanxiongxin", "name_initials": "sxx"}
        assert ws2.households.search_ids("shan") == [hid]
        assert ws2.households.search_ids("dxx") == [hid]
        now = ws2.db.one("SELECT * FROM household WHERE id = ?", (other,))
        # later migrations may add columns (m0012: registered_on, NULL); the old ones stay as they were
        assert {k: now[k] for k in untouched} == untouched
        assert ws2.db.scalar("SELECT count(*) FROM sync_change") == journal  # not journalled again
        ws2.households.update(hid, {"phone": "13800138000"})  # the journal still works
        assert ws2.db.scalar("SELECT count(*) FROM sync_change") > journal
    finally:
        ws2.close()


def test_the_list_sorts_the_migrated_name_under_s(ws, db_path):
    ids = {
        name: ws.households.create(dict(GENERAL, name_zh=name, id_number=valid_id(f"630121197003151{n:02d}")))["id"]
        for n, name in enumerate(["丁一", "单雄信", "石三"], start=1)
    }
    ws.close()
    _as_before_migration_7(db_path, ids["单雄信"])
    ws2 = Workspace.open(db_path, user="tester", role="admin", lang="en")
    try:
        names = [r["name_zh"] for r in ws2.households.rows(ws2.households.search_ids("", sort="name"))]
        assert names == ["丁一", "单雄信", "石三"]
    finally:
        ws2.close()
