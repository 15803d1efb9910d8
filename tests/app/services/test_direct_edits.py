"""Issue #17.1: edits made to the register file with `sqlite3`, outside the program, are found by
`check` and make a backup unrestorable: a household's status, an account's role, all accounts
deleted, the audit log rewritten with every hash computed again, its triggers dropped.

A register with accounts is encrypted (app/services/encryption.py): the plain `sqlite3` tool
cannot even read it.  These edits are an insider's, who has the key (SQLCipher's shell and a
password): the program must still notice them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services import auth, backup
from app.services.check import check_register
from roster_samples import ID_A
from storage import audit


KEYS: dict[str, bytes] = {}


def _connect(path: Path):
    """SQLCipher's shell on the file, with the register's key when it is encrypted."""
    from storage.db import key_pragma
    from storage.sqlite import sqlite3 as sqlcipher

    conn = sqlcipher.connect(path)
    from storage.db import is_plain_sqlite

    key = None if is_plain_sqlite(path) else next(iter(KEYS.values()), None)  # (a backup: same key)
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


def _sqlite3(path: Path, *statements: str) -> None:
    """What someone with the file, the key and the sqlite3 tool does (the program is closed)."""
    conn = _connect(path)
    try:
        for s in statements:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def office(demo_ws, quick_hashes):
    ws = demo_ws
    auth.add_user(ws, "head", "admin", "office-head-pw")
    auth.login(ws, "head", "office-head-pw")
    auth.add_user(ws, "tashi", "cadre", "village-cadre-pw")
    hid = ws.households.create({"name_zh": "张三", "id_number": ID_A})["id"]
    assert check_register(ws) == []
    path = Path(ws.db.path)
    assert ws.db.key is not None  # encrypted by the first account
    KEYS.clear()
    KEYS[str(path)] = ws.db.key
    ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ws, path, hid


def _reopened_findings(ws, path):
    from app.services.workspace import Workspace

    ws.close()
    again = Workspace.open(path, key=KEYS.get(str(path)))
    try:
        return check_register(again)
    finally:
        again.close()


def test_a_household_status_changed_with_sqlite3_is_found(office):
    ws, path, hid = office
    ws.close()
    with pytest.raises(sqlite3.DatabaseError):  # without the key: not even readable
        sqlite3.connect(path).execute("SELECT count(*) FROM household").fetchone()
    _sqlite3(path, f"UPDATE household SET status = 'poor' WHERE id = '{hid}'")
    found = _reopened_findings(ws, path)
    assert any(hid in f and "status" in f and "outside the program" in f for f in found), found


def test_an_account_role_changed_with_sqlite3_is_found(office):
    ws, path, _ = office
    ws.close()
    _sqlite3(path, "UPDATE app_user SET role = 'admin' WHERE username = 'tashi'")
    found = _reopened_findings(ws, path)
    assert any("app_user" in f and "role" in f for f in found), found


def test_all_accounts_deleted_with_sqlite3_is_found(office):
    ws, path, _ = office
    ws.close()
    _sqlite3(path, "DELETE FROM app_user")
    found = _reopened_findings(ws, path)
    assert sum("app_user" in f and "deleted outside the program" in f for f in found) == 2, found


def test_an_account_added_with_sqlite3_is_found(office):
    ws, path, _ = office
    ws.close()
    _sqlite3(
        path,
        "INSERT INTO app_user(id, office_code, created_at, updated_at, updated_by, version, username,"
        " display_name, role, password_hash) SELECT 'intruder', office_code, created_at, updated_at,"
        " updated_by, 1, 'intruder', '', 'admin', password_hash FROM app_user WHERE username = 'head'",
    )
    found = _reopened_findings(ws, path)
    assert any("intruder" in f and "added outside the program" in f for f in found), found


def _rewrite_audit(path: Path, *, keep_triggers: bool) -> None:
    """Alter an entry, then compute every later hash and the head again, as an attacker would: the
    chain itself then checks out; only the seal (keyed) and the triggers can tell."""
    conn = _connect(path)
    try:
        triggers = [
            r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'")
        ]
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        from storage.sqlite import sqlite3 as sqlcipher

        conn.row_factory = sqlcipher.Row
        office = conn.execute("SELECT code FROM office WHERE is_local = 1").fetchone()[0]
        rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log WHERE office_code = ? ORDER BY seq", (office,))]
        target = next(
            r
            for r in rows
            if r["table_name"] == "app_user" and r["action"] == "create" and '"tashi"' in (r["after_json"] or "")
        )
        target["after_json"] = target["after_json"].replace('"cadre"', '"admin"')
        conn.execute("UPDATE app_user SET role = 'admin' WHERE username = 'tashi'")
        prev = audit.GENESIS
        for r in rows:
            r["prev_hash"] = prev
            r["hash"] = audit.row_hash(prev, r)
            conn.execute(
                "UPDATE audit_log SET after_json = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (r["after_json"], r["prev_hash"], r["hash"], r["seq"]),
            )
            prev = r["hash"]
        import json

        head = json.loads(
            conn.execute("SELECT value FROM settings WHERE key = ?", (audit.head_key(office),)).fetchone()[0]
        )
        head["hash"] = prev
        conn.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(head), audit.head_key(office)))
        if keep_triggers:
            for sql in triggers:
                conn.execute(sql)
        conn.commit()
        assert audit.verify_chain(conn, office) != []  # the seal: the only thing left to tell
        conn.execute(
            "UPDATE settings SET value = ? WHERE key = ?",
            (json.dumps({k: v for k, v in head.items() if k != "seal"}), audit.head_key(office)),
        )
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("keep_triggers", [True, False])
def test_an_audit_log_rewritten_with_fresh_hashes_is_found(office, keep_triggers):
    ws, path, _ = office
    ws.close()
    _rewrite_audit(path, keep_triggers=keep_triggers)
    found = _reopened_findings(ws, path)
    assert any("seal does not match" in f for f in found), found
    assert any("trigger" in f for f in found) == (not keep_triggers)
    # the rewritten role agrees with the rewritten log: the seal is what tells
    assert not any("app_user" in f and "role" in f for f in found)


def test_the_audit_key_removed_is_found(office):
    ws, path, _ = office
    ws.close()
    _sqlite3(path, "DELETE FROM local_secret WHERE key = 'audit_seal_key'")
    assert any("audit key is missing" in f for f in _reopened_findings(ws, path))


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE app_user SET role = 'admin' WHERE username = 'tashi'",
        "DELETE FROM app_user",
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM local_secret WHERE key = 'audit_seal_key'",
    ],
)
def test_restore_refuses_a_backup_edited_outside_the_program(office, tmp_path, edit):
    ws, path, _ = office
    made = backup.backup_to(ws, tmp_path / "usb")
    _sqlite3(made, edit)
    before = ws.db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(ws, made)
    assert "changed outside the program" in exc.value.text("en")
    assert ws.db.scalar("SELECT count(*) FROM audit_log") == before
    assert ws.db.scalar("SELECT count(*) FROM app_user") == 2


#: code put into the file by hand: it would run inside every later save (storage/schema_code.py)
CODE_EDITS = {
    "trigger added": ["CREATE TRIGGER tidy AFTER UPDATE ON household BEGIN DELETE FROM loan_demand; END"],
    "trigger rewritten": [
        "DROP TRIGGER sync_change_household_update",
        "CREATE TRIGGER sync_change_household_update AFTER UPDATE ON household BEGIN DELETE FROM loan_demand; END",
    ],
}


@pytest.mark.parametrize("edit", sorted(CODE_EDITS))
def test_a_trigger_put_in_with_sqlite3_is_found(office, edit):
    ws, path, _ = office
    ws.close()
    _sqlite3(path, *CODE_EDITS[edit])
    found = _reopened_findings(ws, path)
    assert any("trigger" in f and ("not made by the program" in f or "altered" in f) for f in found), found


@pytest.mark.parametrize("edit", sorted(CODE_EDITS))
def test_restore_refuses_a_backup_with_a_trigger_put_in_by_hand(office, tmp_path, edit):
    ws, path, hid = office
    made = backup.backup_to(ws, tmp_path / "usb")
    _sqlite3(made, *CODE_EDITS[edit])
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(ws, made)
    assert "changed outside the program" in exc.value.text("en") and "trigger" in exc.value.text("en")
    loans = ws.db.scalar("SELECT count(*) FROM loan_demand")
    ws.households.update(hid, {"phone": "13812345678"})
    assert ws.db.scalar("SELECT count(*) FROM loan_demand") == loans > 0  # the register's own code ran


def test_migration_14_seals_the_heads_of_an_older_register(tmp_path):
    import json

    from app.services.workspace import init_office
    from storage.db import Database

    db = Database(tmp_path / "old.sqlite", migrate=False)
    db.migrate(13)
    init_office(db, code="630224100201", level="village", name_zh="拉脊村")
    # as a release before 14 left it: a head without a seal, no key
    key = audit.head_key("630224100201")
    head = json.loads(db.scalar("SELECT value FROM settings WHERE key = ?", (key,)))
    db.execute(
        "UPDATE settings SET value = ? WHERE key = ?", (json.dumps({"hash": head["hash"], "count": head["count"]}), key)
    )
    db.execute("DELETE FROM local_secret WHERE key = ?", (audit.SEAL_KEY,))
    assert audit.verify_chain(db.conn, sealed=False) == []
    assert audit.verify_chain(db.conn) != []
    db.migrate()
    assert audit.verify_chain(db.conn) == []
    assert "seal" in json.loads(db.scalar("SELECT value FROM settings WHERE key = ?", (key,)))
    db.close()
