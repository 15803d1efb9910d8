"""Generic writes for every record table: UUID id, version +1 on each change, updated_*,
soft delete, and the audit entry in the same transaction (DESIGN §3).

The per-aggregate modules (households.py, loans.py …) add their queries on top of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app import registry
from app.domain.errors import Conflict, NotFound
from storage import audit
from storage.db import Database, new_id, now_utc

COMMON_COLUMNS = ("id", "office_code", "created_at", "updated_at", "updated_by", "version", "deleted_at")


@dataclass(frozen=True)
class Actor:
    """Who writes: the office this laptop belongs to and the signed-in user."""

    office_code: str
    user: str


def __getattr__(name: str) -> tuple[str, ...]:
    # RECORD_TABLES: the record tables, parents before children (sync applies them in this order),
    # read from app.registry each time, so that a table added there is a record table at once
    if name == "RECORD_TABLES":
        return registry.record_tables()
    raise AttributeError(name)


def _check_table(table: str) -> None:
    if table not in registry.TABLES:
        raise ValueError(f"not a record table: {table}")


def get(db: Database, table: str, record_id: str, *, include_deleted: bool = False) -> dict:
    _check_table(table)
    row = db.one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    if row is None or (row["deleted_at"] and not include_deleted):
        raise NotFound(table, record_id)
    return row


def insert(
    db: Database,
    table: str,
    values: dict[str, Any],
    actor: Actor,
    *,
    record_id: str | None = None,
    audit_row: bool = True,
) -> dict:
    """Insert a new record; returns the stored row."""
    _check_table(table)
    now = now_utc()
    row = dict(values)
    row.update(
        id=record_id or new_id(),
        office_code=actor.office_code,
        created_at=now,
        updated_at=now,
        updated_by=actor.user,
        version=1,
        deleted_at=None,
    )
    cols = list(row)
    with db.transaction() as conn:
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols]
        )
        if audit_row:
            audit.append(
                conn,
                entry_id=new_id(),
                office_code=actor.office_code,
                at=now,
                user=actor.user,
                action="create",
                table_name=table,
                record_id=row["id"],
                before=None,
                after=row,
            )
    return row


def update(
    db: Database,
    table: str,
    record_id: str,
    changes: dict[str, Any],
    actor: Actor,
    *,
    expected_version: int | None = None,
    action: str = "update",
    include_deleted: bool = False,
) -> dict:
    """Apply `changes`; refuse (Conflict) when the row's version is not `expected_version`."""
    _check_table(table)
    changes = {k: v for k, v in changes.items() if k not in COMMON_COLUMNS or k == "deleted_at"}
    with db.transaction() as conn:
        before = get(db, table, record_id, include_deleted=include_deleted)
        if actor.office_code and before["office_code"] != actor.office_code:
            _refuse_foreign(db, before["office_code"])
        if expected_version is not None and before["version"] != expected_version:
            raise Conflict(table, record_id)
        real = {k: v for k, v in changes.items() if before.get(k) != v}
        if not real:
            return before
        now = now_utc()
        real.update(updated_at=now, updated_by=actor.user, version=before["version"] + 1)
        sets = ", ".join(f"{k} = ?" for k in real)
        cur = conn.execute(
            f"UPDATE {table} SET {sets} WHERE id = ? AND version = ?", [*real.values(), record_id, before["version"]]
        )
        if cur.rowcount != 1:
            raise Conflict(table, record_id)
        after = {**before, **real}
        audit.append(
            conn,
            entry_id=new_id(),
            office_code=actor.office_code,
            at=now,
            user=actor.user,
            action=action,
            table_name=table,
            record_id=record_id,
            before={k: before[k] for k in real},
            after={k: after[k] for k in real},
        )
    return after


def _refuse_foreign(db: Database, office_code: str) -> None:
    """Rows imported by sync keep the office that made them; only that office changes them."""
    from app.domain.errors import ReadOnlyRecord

    name = db.scalar("SELECT name_zh FROM office WHERE code = ?", (office_code,)) or ""
    raise ReadOnlyRecord(office_code, name)


def soft_delete(db: Database, table: str, record_id: str, actor: Actor, *, expected_version: int | None = None) -> dict:
    return update(
        db, table, record_id, {"deleted_at": now_utc()}, actor, expected_version=expected_version, action="delete"
    )


def restore(db: Database, table: str, record_id: str, actor: Actor) -> dict:
    return update(db, table, record_id, {"deleted_at": None}, actor, action="restore", include_deleted=True)
