"""Households: search tokens and look-ups by ID number (lists go through storage/registers.py)."""

from __future__ import annotations

from typing import Iterable

from storage.db import Database
from storage.sqlite import sqlite3


def replace_tokens(
    conn: sqlite3.Connection, household_id: str, tokens: Iterable[str], old_tokens: Iterable[str] = ()
) -> None:
    """Swap a household's search tokens: the old name's tokens go by primary key."""
    conn.executemany(
        "DELETE FROM household_search WHERE token = ? AND household_id = ?", [(t, household_id) for t in old_tokens]
    )
    conn.executemany(
        "INSERT OR IGNORE INTO household_search(token, household_id) VALUES (?, ?)", [(t, household_id) for t in tokens]
    )


def find_by_id_number(db: Database, id_number: str) -> dict | None:
    return db.one("SELECT * FROM household WHERE id_number = ? AND deleted_at IS NULL", (id_number,))


def count(db: Database, *, include_deleted: bool = False) -> int:
    return db.scalar("SELECT count(*) FROM household" + ("" if include_deleted else " WHERE deleted_at IS NULL"))
