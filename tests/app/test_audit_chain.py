"""The audit log: append-only (triggers), hash-chained, and its head kept so a cut tail shows.

Tampering is simulated as someone with a plain SQLite tool would do it: drop the trigger in a raw
connection, change the rows, put the trigger back.
"""

from __future__ import annotations

from storage.sqlite import sqlite3  # the program's module: its exception classes

import pytest

from app.services.check import check_register
from storage import audit

TRIGGERS = """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
"""


def _tamper(path, sql: str, params=()):
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql, params)
    conn.executescript(TRIGGERS)
    conn.commit()
    conn.close()


@pytest.fixture
def logged(demo_ws):
    """A register with a few ordinary changes after the demo fill."""
    ids = demo_ws.households.search_ids("")[:3]
    for i, hid in enumerate(ids):
        demo_ws.households.update(hid, {"notes": f"visit {i}"})
    return demo_ws


def test_every_change_is_logged_with_who_and_before_after(logged):
    row = logged.db.one("SELECT * FROM audit_log WHERE action = 'update' ORDER BY seq DESC LIMIT 1")
    assert row["user"] == "tester" and row["table_name"] == "household"
    assert '"notes":"visit 2"' in row["after_json"] and row["before_json"] is not None


def test_the_log_refuses_update_and_delete(logged):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        logged.db.execute("UPDATE audit_log SET user = 'someone' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        logged.db.execute("DELETE FROM audit_log WHERE seq = 1")


def test_a_sound_log_passes_check(logged):
    assert check_register(logged) == []
    head = audit.head(logged.db.conn, logged.office["code"])
    last = logged.db.one("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert head["hash"] == last["hash"]
    assert head["count"] == logged.db.scalar("SELECT count(*) FROM audit_log")


def test_an_edited_entry_is_detected(logged):
    path = logged.db.path
    seq = logged.db.scalar("SELECT seq FROM audit_log WHERE action = 'update' LIMIT 1")
    logged.close()
    _tamper(path, "UPDATE audit_log SET after_json = replace(after_json, 'visit', 'VISIT') WHERE seq = ?", (seq,))
    from app.services.workspace import Workspace

    ws = Workspace.open(path)
    findings = check_register(ws)
    ws.close()
    assert any(f"seq {seq}" in f and "altered" in f for f in findings)


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_next_link(logged):
    path = logged.db.path
    rows = logged.db.query("SELECT * FROM audit_log ORDER BY seq")
    target = rows[-2]
    logged.close()
    forged = dict(target, user="somebody else")
    _tamper(
        path,
        "UPDATE audit_log SET user = ?, hash = ? WHERE seq = ?",
        ("somebody else", audit.row_hash(target["prev_hash"], forged), target["seq"]),
    )
    conn = sqlite3.connect(path)
    findings = audit.verify_chain(conn)
    conn.close()
    assert any(f"seq {rows[-1]['seq']}" in f and "chain broken" in f for f in findings)


def test_a_deleted_middle_entry_is_detected(logged):
    path = logged.db.path
    seq = logged.db.scalar("SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 2")
    logged.close()
    _tamper(path, "DELETE FROM audit_log WHERE seq = ?", (seq,))
    conn = sqlite3.connect(path)
    findings = audit.verify_chain(conn)
    conn.close()
    assert any("chain broken" in f for f in findings)


def test_a_truncated_log_is_detected(logged):
    path = logged.db.path
    last = logged.db.scalar("SELECT max(seq) FROM audit_log")
    logged.close()
    _tamper(path, "DELETE FROM audit_log WHERE seq > ?", (last - 2,))
    conn = sqlite3.connect(path)
    chain_alone = [f for f in audit.verify_chain(conn) if "chain" in f or "altered" in f]
    findings = audit.verify_chain(conn)
    conn.close()
    assert chain_alone == []  # what is left is a perfectly linked chain …
    assert any("2 entries missing at the end" in f for f in findings)  # … but the head knows


def test_a_wholly_emptied_log_is_detected(logged):
    path = logged.db.path
    logged.close()
    _tamper(path, "DELETE FROM audit_log")
    conn = sqlite3.connect(path)
    findings = audit.verify_chain(conn)
    conn.close()
    assert any("missing at the end" in f for f in findings)


def test_the_check_command_reports_tampering(logged, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = logged.db.path
    logged.close()
    _tamper(path, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    r = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "--lang", "en", "check"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert r.returncode == 1 and "missing at the end" in r.stdout
