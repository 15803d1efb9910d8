"""Villages of the office (households belong to one)."""

from __future__ import annotations

from storage.db import Database


def all_rows(db: Database, *, office_code: str | None = None) -> list[dict]:
    sql = "SELECT * FROM village WHERE deleted_at IS NULL"
    params: list = []
    if office_code:
        sql += " AND office_code = ?"
        params.append(office_code)
    return db.query(sql + " ORDER BY name_zh", params)


def find_by_name(db: Database, name: str) -> dict | None:
    return db.one(
        "SELECT * FROM village WHERE deleted_at IS NULL AND (name_zh = ? OR name_bo = ?) ORDER BY office_code LIMIT 1",
        (name, name),
    )
