"""Sync's change journal for a record table added after version 3 (storage/migrations/m0003_sync.py
explains the journal): the migration that creates a new record table calls
:func:`change_triggers` in the same transaction, so that every insert or update of its rows is
journalled and travels in the next sync package, as the first tables' rows do."""

from __future__ import annotations

import re
from storage.sqlite import sqlite3

from storage.db import run_script

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def change_triggers(conn: sqlite3.Connection, table: str) -> None:
    """Journal every insert and update of `table` in ``sync_change`` (and the rows it already has)."""
    if not _NAME.fullmatch(table):  # it becomes part of the SQL: a plain lower-case name only
        raise ValueError(f"not a table name: {table!r}")
    run_script(
        conn,
        f"""
CREATE TRIGGER sync_change_{table}_insert AFTER INSERT ON {table}
BEGIN
    INSERT INTO sync_change(table_name, record_id) VALUES ('{table}', NEW.id);
END;
CREATE TRIGGER sync_change_{table}_update AFTER UPDATE ON {table}
BEGIN
    INSERT INTO sync_change(table_name, record_id) VALUES ('{table}', NEW.id);
END;
INSERT INTO sync_change(table_name, record_id) SELECT '{table}', id FROM {table} ORDER BY updated_at;
""",
    )
