"""Reading the audit log for the Audit page: filters, pages of entries, chain verification."""
from __future__ import annotations

import json
from dataclasses import dataclass

from storage import audit


@dataclass(frozen=True)
class AuditPage:
    rows: list[dict]       # newest first; before/after decoded to dicts
    offset: int
    total: int


def _where(user=None, table_name=None, action=None, date_from=None, date_to=None, record_id=None):
    clauses, params = [], []
    for col, value in (("user", user), ("table_name", table_name), ("action", action),
                       ("record_id", record_id)):
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


def entries(ws, *, offset: int = 0, limit: int = 200, **filters) -> AuditPage:
    """A page of entries matching `filters` (user, table_name, action, date_from, date_to, record_id)."""
    ws.require("audit.view")
    where, params = _where(**filters)
    total = ws.db.scalar(f"SELECT count(*) FROM audit_log{where}", params)
    rows = ws.db.query(f"SELECT seq, id, office_code, at, user, action, table_name, record_id, before_json,"
                       f" after_json, hash FROM audit_log{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
                       [*params, int(limit), int(offset)])
    for r in rows:
        r["before"] = json.loads(r.pop("before_json")) if r.get("before_json") else None
        r["after"] = json.loads(r.pop("after_json")) if r.get("after_json") else None
    return AuditPage(rows, offset, total)


def choices(ws) -> dict[str, list[str]]:
    """The users, tables and actions found in the log (for the filter pickers)."""
    ws.require("audit.view")
    return {col: [r[col] for r in ws.db.query(f"SELECT DISTINCT {col} FROM audit_log ORDER BY {col}")]
            for col in ("user", "table_name", "action")}


def verify(ws) -> tuple[int, list[str]]:
    """(entries checked, findings): empty findings mean the chain and its head are intact."""
    ws.require("audit.view")
    with ws.db._lock:
        findings = audit.verify_chain(ws.db.conn)
    return ws.db.scalar("SELECT count(*) FROM audit_log"), findings
