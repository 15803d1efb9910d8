"""What every register service shares: turning typed search text and filters into a query, and
paging through the ordered ids of a result (the GUI model, the CLI and exports all use this)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import registry
from app.domain import search
from storage import records, registers
from storage.db import Database

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def make_query(text: str = "", **filters) -> registers.RegisterQuery:
    """A RegisterQuery from what the user typed and picked; unknown filter names are refused.

    A filter that a register declares in its list spec (app.registry) but that is no RegisterQuery
    field goes into the query's `extra`."""
    kind = search.classify(text)
    q = registers.RegisterQuery(
        kind=kind,
        token=search.query_token(text) if kind != "digits" else search.fold(text).replace(" ", "").replace("-", ""),
        raw=text or "",
    )
    for key, value in filters.items():
        if hasattr(q, key):
            setattr(q, key, value)
        elif any(key in r.spec.filters for r in registry.REGISTERS.values()):
            q.extra[key] = value
        else:
            raise TypeError(f"unknown filter {key!r}")
    return q


@dataclass
class Page:
    ids: list[str]  # the whole ordered result
    rows: list[dict]  # rows for [offset, offset + limit)
    offset: int

    @property
    def total(self) -> int:
        return len(self.ids)


class RegisterService:
    """Listing, reading and soft-deleting for one register (`register` is its name in
    app.registry.REGISTERS, `table` its record table)."""

    register = ""
    table = ""

    def __init__(self, ws: Workspace):
        self.ws = ws

    @property
    def db(self) -> Database:
        return self.ws.db

    def _query(self, text: str, filters: dict) -> registers.RegisterQuery:
        # a reader who sees ID numbers masked cannot find them by their hidden digits either
        return make_query(text, masked_ids=not self.ws.can_see_full_id_numbers(), **filters)

    def search_ids(self, text: str = "", **filters) -> list[str]:
        return registers.search_ids(self.db, self.register, self._query(text, filters))

    def list_ids(self, text: str = "", **filters) -> list[str]:
        """``search_ids`` read on the register's second, read-only connection (storage.db
        Database.reader): for a page's whole list fetched on the worker, so that the window's
        own reads do not wait behind it."""
        return registers.search_ids(self.db.reader(), self.register, self._query(text, filters))

    def first_ids(self, text: str = "", limit: int = 100, **filters) -> list[str]:
        """The first `limit` ids of ``search_ids(text, **filters)``, in its order: a page's first
        screen, without ordering every match of a big search (storage.registers.first_ids)."""
        return registers.first_ids(self.db, self.register, self._query(text, filters), limit)

    def size_hint(self) -> int:
        """About how many records the register holds, deleted ones too (at once: no count)."""
        return int(self.db.scalar(f"SELECT max(rowid) FROM {self.table}") or 0)

    def rows(self, ids: list[str]) -> list[dict]:
        return registers.rows_by_ids(self.db, self.register, ids)

    def page(self, text: str = "", *, offset: int = 0, limit: int = 100, **filters) -> Page:
        ids = self.search_ids(text, **filters)
        return Page(ids, self.rows(ids[offset : offset + limit]), offset)

    # -- reading and deleting one record (the same for every register) -------------------------
    def _decode(self, row: dict) -> dict:
        """Columns stored as JSON text become Python values (overridden where there are some)."""
        return row

    def get(self, record_id: str, *, include_deleted: bool = False) -> dict:
        return self._decode(records.get(self.db, self.table, record_id, include_deleted=include_deleted))

    def delete(self, record_id: str, *, expected_version: int | None = None) -> dict:
        """Soft delete (the row stays, as a tombstone for sync); Undo restores it."""
        current = records.get(self.db, self.table, record_id)
        row = records.soft_delete(self.db, self.table, record_id, self.ws.actor, expected_version=expected_version)
        self.ws.remember(self.table, "delete", current, row)
        return row


class LifecycleService(RegisterService):
    """A register whose records go through steps (a loan demand, a complaint): each step is a
    record of `event_table` naming its record in `event_parent`, with who took it, when and why."""

    event_table = ""
    event_parent = ""

    def events(self, record_id: str) -> list[dict]:
        """The record's steps, in the order they were taken."""
        return self.db.query(
            f"SELECT * FROM {self.event_table} WHERE {self.event_parent} = ? AND deleted_at IS NULL"
            " ORDER BY on_date, created_at",
            (record_id,),
        )

    def _event(
        self, record_id: str, from_status: str | None, to_status: str, on_date: str, reason: str, details
    ) -> dict:
        return records.insert(
            self.db,
            self.event_table,
            {
                self.event_parent: record_id,
                "from_status": from_status,
                "to_status": to_status,
                "on_date": on_date,
                "by_user": self.ws.handler,
                "reason": reason or "",
                "details": json.dumps(details, ensure_ascii=False) if details else None,
            },
            self.ws.actor,
        )
