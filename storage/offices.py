"""Offices: this laptop's own office (is_local) and, at an upper office, its subordinates."""

from __future__ import annotations

from storage.db import Database


def local(db: Database) -> dict | None:
    return db.one("SELECT * FROM office WHERE is_local = 1 AND deleted_at IS NULL")


def by_code(db: Database, code: str) -> dict | None:
    return db.one("SELECT * FROM office WHERE code = ?", (code,))


def subordinates(db: Database, parent_code: str) -> list[dict]:
    return db.query("SELECT * FROM office WHERE parent_code = ? AND deleted_at IS NULL ORDER BY code", (parent_code,))


def tree_codes(db: Database, root_code: str) -> list[str]:
    """The office and every office below it (recursive), for roll-up reports."""
    rows = db.query(
        "WITH RECURSIVE t(code) AS (SELECT ? UNION SELECT o.code FROM office o JOIN t ON o.parent_code = t.code"
        " WHERE o.deleted_at IS NULL) SELECT code FROM t",
        (root_code,),
    )
    return [r["code"] for r in rows]
