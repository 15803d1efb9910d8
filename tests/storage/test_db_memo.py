"""Small rows the window reads on every status update are kept until the next write."""

from __future__ import annotations

from storage.db import Database


def test_a_setting_is_read_again_after_any_write(db_path):
    db = Database(db_path)
    db.set_setting("last_backup_at", "2026-11-01T10:00")
    assert db.get_setting("last_backup_at") == "2026-11-01T10:00"
    db.set_setting("last_backup_at", "2026-11-02T10:00")
    assert db.get_setting("last_backup_at") == "2026-11-02T10:00"


def test_a_memo_is_reused_while_nothing_is_written(db_path):
    db = Database(db_path)
    calls = []
    assert db.memo("k", lambda: calls.append(1) or 42) == 42
    assert db.memo("k", lambda: calls.append(1) or 43) == 42
    db.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
    assert db.memo("k", lambda: calls.append(1) or 44) == 44
    assert len(calls) == 2


def test_the_office_profile_follows_a_change(ws):
    from storage import records

    office = ws.office
    records.update(ws.db, "office", office["id"], {"bank_branch": "青海农商银行湟中支行"}, ws.actor)
    assert ws.office["bank_branch"] == "青海农商银行湟中支行"
    ws.office["name_zh"] = "changed by a caller"
    assert ws.office["name_zh"] != "changed by a caller"


def test_a_value_read_inside_a_rolled_back_block_is_not_kept(db_path):
    import pytest

    db = Database(db_path)
    with pytest.raises(RuntimeError):
        with db.transaction():
            db.set_setting("x", "inside")
            assert db.get_setting("x") == "inside"
            raise RuntimeError("undo it")
    assert db.get_setting("x") is None
