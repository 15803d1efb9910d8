"""Reading the audit log for the Audit page: filters, pages of entries, chain verification."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage import audit

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class AuditPage:
    rows: list[dict]  # newest first; before/after decoded to dicts
    offset: int
    total: int


def _where(user=None, table_name=None, action=None, date_from=None, date_to=None, record_id=None):
    clauses, params = [], []
    for col, value in (("user", user), ("table_name", table_name), ("action", action), ("record_id", record_id)):
        if value:
            clauses.append(f"{col} = ?")
            params.append(value)
    if date_from:
        clauses.append("at >= ?")
        params.append(str(date_from))
    if date_to:  # a whole day: everything before the next one ('T99' sorts after any time)
        clauses.append("at < ?")
        params.append(f"{date_to}T99")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def entries(ws: Workspace, *, offset: int = 0, limit: int = 200, **filters) -> AuditPage:
    """A page of entries matching `filters` (user, table_name, action, date_from, date_to, record_id)."""
    ws.require("audit.view")
    where, params = _where(**filters)
    total = ws.db.scalar(f"SELECT count(*) FROM audit_log{where}", params)
    rows = ws.db.query(
        f"SELECT seq, id, office_code, at, user, action, table_name, record_id, before_json,"
        f" after_json, hash FROM audit_log{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )
    for r in rows:
        r["before"] = json.loads(r.pop("before_json")) if r.get("before_json") else None
        r["after"] = json.loads(r.pop("after_json")) if r.get("after_json") else None
    return AuditPage(rows, offset, total)


def choices(ws: Workspace) -> dict[str, list[str]]:
    """The users, tables and actions found in the log (for the filter pickers)."""
    ws.require("audit.view")
    return {
        col: [r[col] for r in ws.db.query(f"SELECT DISTINCT {col} FROM audit_log ORDER BY {col}")]
        for col in ("user", "table_name", "action")
    }


def verify(ws: Workspace) -> tuple[int, list[str]]:
    """(entries checked, findings): empty findings mean the chain and its head are intact."""
    ws.require("audit.view")
    with ws.db._lock:
        findings = audit.verify_chain(ws.db.conn)
    return ws.db.scalar("SELECT count(*) FROM audit_log"), findings


def record_names(ws: Workspace, rows: list[dict]) -> dict[str, tuple[str, str]]:
    """record_id -> (name in Chinese, name in Tibetan) that people know the entries' records by:
    a household's, village's or office's own name, the household a loan demand, complaint or
    rating belongs to, an account's name. Records found nowhere are left out (shown shortened)."""
    ws.require("audit.view")
    out: dict[str, tuple[str, str]] = {}
    by_table: dict[str, set[str]] = {}
    for r in rows:
        data = {**(r.get("before") or {}), **(r.get("after") or {})}
        if data.get("name_zh") or data.get("name_bo"):
            out[r["record_id"]] = (data.get("name_zh") or "", data.get("name_bo") or "")
        elif data.get("username"):
            out[r["record_id"]] = (data["username"], data["username"])
        elif r.get("table_name") and r.get("record_id"):
            by_table.setdefault(r["table_name"], set()).add(r["record_id"])
    tables = {row["name"] for row in ws.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, ids in by_table.items():
        if table not in tables:  # "demo", "sync_log" …: no record table of that name
            continue
        columns = {c["name"] for c in ws.db.query(f'PRAGMA table_info("{table}")')}
        marks = ",".join("?" * len(ids))
        if {"name_zh", "name_bo"} <= columns:
            sql = f'SELECT id, name_zh, name_bo FROM "{table}" WHERE id IN ({marks})'
        elif "household_id" in columns:
            sql = (
                f'SELECT t.id, h.name_zh, h.name_bo FROM "{table}" t JOIN household h ON h.id = t.household_id'
                f" WHERE t.id IN ({marks})"
            )
        else:
            continue
        for row in ws.db.query(sql, list(ids)):
            out[row["id"]] = (row["name_zh"] or "", row["name_bo"] or "")
    return out
