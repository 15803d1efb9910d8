"""The register's second, read-only connection (Database.reader), on which a big page's whole
list is fetched on the worker: it sees what is committed, cannot write, and closes with the
register; an in-memory register has none (the same connection answers)."""

from __future__ import annotations

import pytest

from storage.db import Database
from storage.sqlite import sqlite3


def test_the_reader_sees_committed_rows_and_cannot_write(tmp_path):
    db = Database(tmp_path / "register.sqlite")
    reader = db.reader()
    assert reader is not db and reader is db.reader()
    before = reader.scalar("SELECT count(*) FROM village")
    db.execute(
        "INSERT INTO village (id, office_code, created_at, updated_at, name_zh, name_bo)"
        " VALUES ('v1', 'o', '2026-01-01', '2026-01-01', '拉脊村', 'ལ་རྗེས།')"
    )
    assert reader.scalar("SELECT count(*) FROM village") == before + 1
    with pytest.raises(sqlite3.OperationalError):
        reader.execute("DELETE FROM village")
    assert db.scalar("SELECT count(*) FROM village") == before + 1
    db.close()
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the register
        reader.scalar("SELECT 1")


def test_an_in_memory_register_reads_on_its_own_connection():
    db = Database(":memory:")
    assert db.reader() is db
    db.close()
