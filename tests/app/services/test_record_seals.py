"""Issue #17, item 1 (second part): `check` sees a direct edit of any record row — also of rows no
audit entry covers, written in bulk by the demo fill or a roster import — through the keyed seal
on every row (storage/seals.py).

The edits are made as an insider would: the program closed, the register opened with SQLCipher's
module and the register's key (someone who knows a password), plain SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import auth, backup
from app.services.check import check_register
from app.services.workspace import Workspace
from storage import audit, seals
from storage.db import key_pragma
from storage.sqlite import sqlite3 as sqlcipher
from test_roster_import import import_file
from roster_samples import ID_A, ID_B, basic_roster, write_xlsx


def _edit(path: Path, key: bytes | None, *statements: str) -> None:
    conn = sqlcipher.connect(str(path))
    try:
        if key is not None:
            conn.execute(key_pragma(key))
        for s in statements:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


def _findings(path: Path, key: bytes | None) -> list[str]:
    again = Workspace.open(path, key=key)
    try:
        return check_register(again)
    finally:
        again.close()


@pytest.fixture
def demo_office(demo_ws, quick_hashes):
    """The 300-household demo, then the office head's account (which encrypts it)."""
    ws = demo_ws
    auth.add_user(ws, "head", "admin", "office-head-pw")
    auth.login(ws, "head", "office-head-pw")
    assert ws.db.key is not None
    path, key = Path(ws.db.path), ws.db.key
    ws.close()
    return path, key


def _bulk_household(path: Path, key: bytes, *, childless: bool = False) -> str:
    """A demo household that has no audit entry of its own (the demo fill writes none per row);
    `childless`: no records point at it (so that deleting it breaks no foreign key)."""
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(key_pragma(key))
        children = " ".join(
            f"AND NOT EXISTS (SELECT 1 FROM {t} c WHERE c.household_id = h.id)"
            for t in ("loan_demand", "session_attendee", "complaint", "credit_rating", "credit_line")
            if childless
        )
        return conn.execute(
            "SELECT id FROM household h WHERE (status != 'registered_poor' OR ?) AND NOT EXISTS"
            f" (SELECT 1 FROM audit_log a WHERE a.record_id = h.id) {children} LIMIT 1",
            (childless,),
        ).fetchone()[0]
    finally:
        conn.close()


def test_an_untouched_demo_register_is_sound(demo_office):
    path, key = demo_office
    assert _findings(path, key) == []


def test_a_demo_household_status_changed_with_sqlcipher_is_found(demo_office):
    path, key = demo_office
    hid = _bulk_household(path, key)
    _edit(path, key, f"UPDATE household SET status = 'registered_poor' WHERE id = '{hid}'")
    found = _findings(path, key)
    assert any(hid in f and "outside the program" in f for f in found), found


def test_an_edit_with_the_triggers_dropped_and_put_back_is_found(demo_office):
    """The careful insider: no journal entry is left, the triggers are exactly as they were —
    only the seal, which needs the key, can tell."""
    path, key = demo_office
    hid = _bulk_household(path, key)
    conn = sqlcipher.connect(str(path))
    conn.execute(key_pragma(key))
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'household'"
        " AND name LIKE 'record_seal_%'"
    ).fetchall()
    assert len(saved) == 3
    for name, _ in saved:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(f"UPDATE household SET household_size = household_size + 1 WHERE id = '{hid}'")
    for _, sql in saved:
        conn.execute(sql)
    conn.commit()
    conn.close()
    found = _findings(path, key)
    assert any(hid in f and "does not match its seal" in f for f in found), found
    assert not any("trigger" in f for f in found), found


def test_a_demo_household_deleted_with_its_seal_is_found(demo_office):
    """Deleting the row and the journal entry it leaves: the seal stays without its row."""
    path, key = demo_office
    hid = _bulk_household(path, key, childless=True)
    _edit(
        path,
        key,
        "PRAGMA foreign_keys = OFF",
        f"DELETE FROM household_search WHERE household_id = '{hid}'",
        f"DELETE FROM household WHERE id = '{hid}'",
        f"DELETE FROM {seals.JOURNAL}",
    )
    found = _findings(path, key)
    assert any(hid in f and "deleted outside the program" in f for f in found), found


def test_a_row_added_with_sqlcipher_and_its_journal_entry_removed_is_found(demo_office):
    path, key = demo_office
    _edit(
        path,
        key,
        "INSERT INTO village(id, office_code, created_at, updated_at, updated_by, version, name_zh)"
        " SELECT 'ghost-village', office_code, created_at, updated_at, updated_by, 1, '鬼村' FROM village LIMIT 1",
        f"DELETE FROM {seals.JOURNAL}",
    )
    found = _findings(path, key)
    assert any("ghost-village" in f and "added outside the program" in f for f in found), found


def test_every_record_table_is_sealed_and_a_policy_limit_edit_is_found(demo_office):
    path, key = demo_office
    _edit(
        path,
        key,
        "UPDATE ref_loan_product SET max_amount_fen = 100000000000000 WHERE code = (SELECT min(code) FROM ref_loan_product)",
    )
    found = _findings(path, key)
    assert any(f.startswith("ref_loan_product ") and "outside the program" in f for f in found), found


def test_the_program_writing_an_edited_row_later_does_not_make_it_sound(demo_office):
    """An outside edit, then the office head edits the same household in the program: the row
    is not sealed again over the outsider's change."""
    path, key = demo_office
    hid = _bulk_household(path, key)
    _edit(path, key, f"UPDATE household SET status = 'registered_poor' WHERE id = '{hid}'")
    ws = Workspace.open(path, key=key)
    try:
        auth.login(ws, "head", "office-head-pw")
        ws.households.update(hid, {"phone": "13800000000"})
        found = check_register(ws)
    finally:
        ws.close()
    assert any(hid in f and "outside the program" in f for f in found), found


def test_an_edit_of_the_audit_hashes_and_account_role_is_still_found_with_seals(demo_office):
    path, key = demo_office
    _edit(
        path,
        key,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET hash = '0' || substr(hash, 2) WHERE seq = (SELECT max(seq) FROM audit_log)",
        "UPDATE app_user SET role = 'cadre'",
    )
    found = _findings(path, key)
    assert any("audit_log" in f for f in found), found
    assert any(f.startswith("app_user ") and "outside the program" in f for f in found), found


def test_all_accounts_deleted_on_a_demo_register_is_found(demo_office):
    path, key = demo_office
    _edit(path, key, "DELETE FROM app_user", f"DELETE FROM {seals.JOURNAL}")
    found = _findings(path, key)
    assert any(f.startswith("app_user ") and "deleted outside the program" in f for f in found), found


# -- a roster import (bulk, no entry per row) ----------------------------------------------------
@pytest.fixture
def roster_office(ws, tmp_path, quick_hashes):
    import_file(ws, write_xlsx(tmp_path / "roster.xlsx", basic_roster()))
    auth.add_user(ws, "head", "admin", "office-head-pw")
    path, key = Path(ws.db.path), ws.db.key
    assert key is not None
    assert check_register(ws) == []
    ws.close()
    return path, key


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE household SET status = 'general' WHERE id = '{hid}'",
        "UPDATE household SET name_zh = '李四' WHERE id = '{hid}'",
        "DELETE FROM household_search WHERE household_id = '{hid}'; DELETE FROM household WHERE id = '{hid}';"
        f" DELETE FROM {seals.JOURNAL}",
        "UPDATE loan_demand SET amount_fen = amount_fen * 10 WHERE household_id = '{hid}'",
    ],
    ids=["status", "name", "deleted", "loan-amount"],
)
def test_a_roster_imported_row_edited_with_sqlcipher_is_found(roster_office, edit):
    path, key = roster_office
    conn = sqlcipher.connect(str(path))
    conn.execute(key_pragma(key))
    # the household without a loan demand (deleting it breaks no foreign key), or one with one
    need_loan = "loan_demand" in edit
    hid = conn.execute(
        f"SELECT id FROM household h WHERE {'' if need_loan else 'NOT'} EXISTS"
        " (SELECT 1 FROM loan_demand d WHERE d.household_id = h.id) ORDER BY id LIMIT 1"
    ).fetchone()[0]
    target = conn.execute("SELECT id FROM loan_demand WHERE household_id = ?", (hid,)).fetchone() if need_loan else None
    conn.close()
    _edit(path, key, *[s for s in edit.format(hid=hid).split("; ") if s])
    found = _findings(path, key)
    wanted = target[0] if target else hid
    assert any(wanted in f and "outside the program" in f for f in found), found


def test_a_backup_with_a_bulk_row_edited_is_not_restored(demo_office, tmp_path):
    path, key = demo_office
    ws = Workspace.open(path, key=key)
    try:
        auth.login(ws, "head", "office-head-pw")
        made = backup.backup_to(ws, tmp_path / "stick")
    finally:
        ws.close()
    hid = _bulk_household(made, key)
    _edit(
        made, key, f"UPDATE household SET status = 'registered_poor' WHERE id = '{hid}'", f"DELETE FROM {seals.JOURNAL}"
    )
    ws = Workspace.open(path, key=key)
    try:
        auth.login(ws, "head", "office-head-pw")
        with pytest.raises(backup.BackupError) as told:
            backup.restore(ws, made)
        assert "changed outside the program" in told.value.text("en")
        assert check_register(ws) == []  # the register itself untouched
    finally:
        ws.close()


# -- the seals themselves -------------------------------------------------------------------------
def test_a_migration_adding_a_column_keeps_sound_rows_sound_and_edited_ones_found(ws):
    """A later migration adding a column with a default changes every row's content: the rows
    whose seal matched are sealed in the new shape, an edited one keeps its finding."""
    conn, key = ws.db.conn, ws.db.seal_key()
    hid = ws.households.create({"name_zh": "张三", "id_number": ID_A})["id"]
    other = ws.households.create({"name_zh": "王五", "id_number": ID_B})["id"]
    conn.execute(f"DELETE FROM {seals.TABLE} WHERE 0")  # (the seals as the program left them)
    conn.execute("DROP TRIGGER record_seal_household_update")
    conn.execute(f"UPDATE household SET phone = '1' WHERE id = '{other}'")  # outside, unjournalled
    conn.execute(seals.trigger_sql(conn, "household")["record_seal_household_update"])
    shapes = {"household": seals.columns(conn, "household")}
    conn.execute("ALTER TABLE household ADD COLUMN remark TEXT NOT NULL DEFAULT 'x'")
    seals.reshaped(conn, key, shapes)
    found = seals.verify(conn, key)
    assert not any(hid in f for f in found), found
    assert any(other in f and "does not match" in f for f in found), found


def test_seals_are_keyed_by_the_register_and_the_table():
    key, other = seals.row_key(b"k" * 32), seals.row_key(b"j" * 32)
    cols = ["id", "status"]
    assert seals.mac(key, "household", cols, ["a", "poor"]) != seals.mac(other, "household", cols, ["a", "poor"])
    assert seals.mac(key, "household", cols, ["a", "poor"]) != seals.mac(key, "village", cols, ["a", "poor"])
    assert seals.mac(key, "household", cols, ["a", 1]) != seals.mac(key, "household", cols, ["a", "1"])
    # a NULL column is no part of the content: a column added empty leaves the seal as it was
    assert seals.mac(key, "household", cols, ["a", "poor"]) == seals.mac(
        key, "household", [*cols, "x"], ["a", "poor", None]
    )
    assert audit.GENESIS  # (the audit key and the seal key are one secret: storage/audit.py)


def test_the_sealer_of_a_table_seals_every_row_as_mac_does():
    """Registers sealed before keep their seals: sealer(...) is mac(...) computed faster."""
    key = seals.row_key(b"k" * 32)
    cols = ["id", "name_zh", "name_bo", "size", "amount", "note", "blob"]
    rows = [
        ["a", "卓玛", "སྒྲོལ་མ", 4, 1.5, 'it\'s "quoted"\\ and\nsplit', b"\x00\xff"],
        ["b", None, "", 0, -(2**62), None, None],
        ["c", "才让\u200b", "\ud800 lone surrogate", 2**63 - 1, float("inf"), "\t", b""],
        [None, None, None, None, None, None, None],
        ["d", "short row"],
    ]
    for table in ("household", "ref_loan_policy"):
        seal = seals.sealer(key, table, cols)
        for row in rows:
            assert seal(row) == seals.mac(key, table, cols, row), row
            assert seal(tuple(row)) == seals.mac(key, table, cols, tuple(row))


def test_writes_the_program_makes_outside_a_transaction_are_sealed_too(ws):
    """A county's product limit and a report's signature lines are written by one statement each,
    not in a transaction block: they are the program's writes and check stays sound."""
    from storage import reference, report_notes

    code = ws.db.scalar("SELECT min(code) FROM ref_loan_product")
    reference.update_product_limits(ws.db, code, max_amount_fen=5_000_000)
    report_notes.put(ws.db, ws.office["code"], "2026-11", {"narrative": "好"}, "tester")
    assert ws.db.scalar(f"SELECT count(*) FROM {seals.JOURNAL}") == 0
    assert check_register(ws) == []


def test_a_restored_backup_of_another_register_of_the_office_is_sealed_with_its_own_key(ws, tmp_path):
    """A backup of a second register file of the same office (its own audit key) restored into the
    open register: what is written afterwards is sealed with the restored register's key."""
    from tests.conftest import OFFICE
    from app.services.workspace import init_office

    other = Workspace.open(tmp_path / "other.sqlite", user="tester")
    init_office(other.db, **OFFICE, user="tester")
    other.households.create({"name_zh": "王五", "id_number": ID_B})
    made = backup.backup_to(other, tmp_path / "stick")
    other.close()
    ws.households.create({"name_zh": "张三", "id_number": ID_A})  # (the key read and kept)
    backup.restore(ws, made)
    ws.households.create({"name_zh": "李四", "id_number": ID_A})
    assert check_register(ws) == []


def test_the_seal_tables_dropped_with_their_triggers_is_found(demo_office):
    """The bold insider removes the whole seal machinery, then edits at will."""
    path, key = demo_office
    conn = sqlcipher.connect(str(path))
    conn.execute(key_pragma(key))
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'record_seal_%'")
    ]
    conn.close()
    _edit(
        path,
        key,
        *[f"DROP TRIGGER {n}" for n in names],
        f"DROP TABLE {seals.JOURNAL}",
        f"DROP TABLE {seals.TABLE}",
        "UPDATE household SET status = 'registered_poor'",
    )
    found = _findings(path, key)
    assert any("seal tables were removed" in f for f in found), found


def test_the_version_check_names_the_migration_that_seals():
    """(A renumbered migration must take SINCE_VERSION with it, or removed seals go unseen.)"""
    import importlib
    import pkgutil

    from storage import migrations

    [name] = [m.name for m in pkgutil.iter_modules(migrations.__path__) if m.name.endswith("_record_seals")]
    assert importlib.import_module(f"storage.migrations.{name}").VERSION == seals.SINCE_VERSION
