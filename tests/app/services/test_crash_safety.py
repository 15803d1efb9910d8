"""Crash safety: a killed write leaves all or nothing, WAL + synchronous=FULL, newer registers
refused untouched, a failing migration rolled back completely."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from app.services.check import check_register
from app.services.workspace import Workspace
from storage.db import Database, StorageError

ROOT = Path(__file__).resolve().parents[3]


def test_register_runs_in_wal_with_full_sync(ws):
    assert ws.db.scalar("PRAGMA journal_mode") == "wal"
    assert ws.db.scalar("PRAGMA synchronous") == 2  # FULL
    assert ws.db.scalar("PRAGMA foreign_keys") == 1


def test_sigkill_in_the_middle_of_a_large_write_leaves_all_or_nothing(ws):
    path = Path(ws.db.path)
    before = ws.households.count()
    audit_before = ws.db.scalar("SELECT count(*) FROM audit_log")
    ws.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(path), "--lang", "en", "demo", "--households", "20000", "--quiet"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # the fill holds the write lock from BEGIN IMMEDIATE to COMMIT: once another connection
    # cannot take it, the child is inside its one big transaction; let it write for a while
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and not _write_locked(path):
        time.sleep(0.02)
    time.sleep(1.0)
    assert proc.poll() is None, "the demo fill ended before it could be killed: make it larger"
    proc.kill()  # SIGKILL here, TerminateProcess on Windows: no clean-up either way
    proc.wait()
    assert proc.returncode != 0

    ws2 = Workspace.open(path)
    try:
        assert check_register(ws2) == []
        after = ws2.households.count()
        assert after in (before, before + 20000)
        audit_after = ws2.db.scalar("SELECT count(*) FROM audit_log")
        # the fill's audit entry commits with its rows, or neither does
        assert (audit_after - audit_before == 1) == (after == before + 20000)
        assert after == before  # killed before the commit: nothing of it
        assert ws2.db.scalar("SELECT count(*) FROM household_search") == 0
    finally:
        ws2.close()


def _write_locked(path: Path) -> bool:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_register_from_a_newer_release_is_refused_and_left_unchanged(ws):
    path = Path(ws.db.path)
    ws.db.execute("PRAGMA user_version = 999")
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    digest = _sha(path)
    with pytest.raises(StorageError) as exc:
        Workspace.open(path)
    assert "newer release" in exc.value.text("en") and "999" in exc.value.text("en")
    assert _sha(path) == digest
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 999
    conn.close()


def test_newer_register_in_rollback_journal_mode_is_not_switched_to_wal(ws, tmp_path):
    """A newer release might use another journal mode: even the header stays as it was."""
    path = Path(ws.db.path)
    ws.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    digest = _sha(path)
    with pytest.raises(StorageError):
        Database(path)
    assert _sha(path) == digest
    assert not path.with_name(path.name + "-wal").exists()


def test_a_failing_migration_rolls_back_completely(ws, monkeypatch):
    import storage.migrations as migrations

    path = Path(ws.db.path)
    real = migrations.all_migrations()
    version = len(real)
    households_before = ws.households.count()
    ws.close()

    def upgrade(conn):
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("INSERT INTO half_done VALUES (1)")
        conn.execute("ALTER TABLE household ADD COLUMN half_column TEXT")
        conn.execute("UPDATE settings SET value = '\"changed\"'")
        raise RuntimeError("the migration fails half-way")

    broken = types.SimpleNamespace(VERSION=version + 1, upgrade=upgrade, __name__="m9999_broken")
    monkeypatch.setattr(migrations, "all_migrations", lambda: [*real, broken])
    monkeypatch.setattr(migrations, "latest_version", lambda: version + 1)
    with pytest.raises(RuntimeError):
        Database(path)
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half_done" not in tables
        columns = {r[1] for r in conn.execute("PRAGMA table_info(household)")}
        assert "half_column" not in columns
        assert conn.execute("SELECT count(*) FROM settings WHERE value = '\"changed\"'").fetchone()[0] == 0
    finally:
        conn.close()
    ws2 = Workspace.open(path)
    assert ws2.households.count() == households_before and check_register(ws2) == []
    ws2.close()
