"""Households: search tokens and look-ups by ID number (lists go through storage/registers.py)."""
from __future__ import annotations

from typing import Iterable

from storage.db import Database


def replace_tokens(conn, household_id: str, tokens: Iterable[str]) -> None:
    conn.execute("DELETE FROM household_search WHERE household_id = ?", (household_id,))
    conn.executemany("INSERT OR IGNORE INTO household_search(token, household_id) VALUES (?, ?)",
                     [(t, household_id) for t in tokens])


def find_by_id_number(db: Database, id_number: str) -> dict | None:
    return db.one("SELECT * FROM household WHERE id_number = ? AND deleted_at IS NULL", (id_number,))


def count(db: Database, *, include_deleted: bool = False) -> int:
    return db.scalar("SELECT count(*) FROM household" +
                     ("" if include_deleted else " WHERE deleted_at IS NULL"))
