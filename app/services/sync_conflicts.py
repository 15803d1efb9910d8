"""The township's conflicts between its villages (issue #20 item 4): list them, resolve them.

A household whose ID number (or record) came from two offices is held apart on import
(:mod:`app.services.sync`, ``sync_held``): the version already here stays in the register, the
other waits with every record of its office that hangs on it.  Nothing else of either package is
held back, and later packages of both villages import as usual.  The township then decides:

- ``keep_local`` — the version here is right; the other stays set aside (its later versions too);
- ``keep_incoming`` — the other version is right: the two change places, each with its records;
- ``moved`` — the household left one village for the other: the version of the village it moved
  to (``to="incoming"``, the default, or ``"local"``) is the household, and the loans, ratings,
  complaints and attendance of the other version follow it; rows of the old version arriving in
  later packages are attached to it too (``sync_redirect``);
- ``ask`` — the question is written down (with a note) for the villages; the conflict stays open.

Resolutions are recorded on the conflict and in the township's audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import registry
from app.domain.errors import SentenceError
from app.i18n import N_
from storage import audit
from storage.db import new_id, now_utc

if TYPE_CHECKING:
    from app.services.workspace import Workspace

ACTIONS = ("keep_local", "keep_incoming", "moved", "ask")
HOUSEHOLD_KINDS = ("id_number", "same_record")


class ConflictError(SentenceError):
    """A conflict that cannot be resolved as asked, and why, as one sentence."""


@dataclass
class Side:
    office_code: str
    office_name: str
    record_id: str
    name_zh: str
    name_bo: str
    village: str
    version: int
    records: int  # loans, ratings … that hang on this version


def _office_name(db, code: str) -> str:
    row = db.one("SELECT name_zh, name_bo FROM office WHERE code = ?", (code,))
    return (row["name_zh"] or row["name_bo"]) if row else code


def _village(db, village_id) -> str:
    row = db.one("SELECT name_zh, name_bo FROM village WHERE id = ?", (village_id,)) if village_id else None
    return (row["name_zh"] or row["name_bo"]) if row else ""


def _dependants_live(db, household_id: str) -> int:
    n = 0
    for table, links in _links(db).items():
        for col, parent in links:
            if parent == "household":
                n += db.scalar(f"SELECT count(*) FROM {table} WHERE {col} = ? AND deleted_at IS NULL", (household_id,))
    return n


def _links(db) -> dict[str, list[tuple[str, str]]]:
    synced = registry.synced_tables()
    return {
        t: [(r["from"], r["table"]) for r in db.query(f"PRAGMA foreign_key_list({t})") if r["table"] in synced]
        for t in synced
    }


def list_conflicts(ws: Workspace, *, open_only: bool = True) -> list[dict]:
    """Household conflicts between offices, newest first: both versions side by side."""
    db = ws.db
    sql = (
        "SELECT * FROM sync_conflict WHERE kind IN ('id_number', 'same_record')"
        + (" AND resolved = 0" if open_only else "")
        + " ORDER BY at DESC"
    )
    out = []
    for c in db.query(sql):
        local, incoming = json.loads(c["local_json"]), json.loads(c["incoming_json"])
        live = db.one("SELECT * FROM household WHERE id = ?", (local.get("id"),)) or local
        held = db.one("SELECT row_json FROM sync_held WHERE conflict_id = ? AND table_name = 'household'", (c["id"],))
        waiting = json.loads(held["row_json"]) if held else incoming
        direct = sorted(t for t, links in _links(db).items() if any(p == "household" for _, p in links))
        held_n = db.scalar(
            f"SELECT count(*) FROM sync_held WHERE conflict_id = ? AND table_name IN ({','.join('?' * len(direct))})",
            (c["id"], *direct),
        )
        out.append(
            {
                "id": c["id"],
                "kind": c["kind"],
                "id_number": c["id_number"] or incoming.get("id_number", ""),
                "at": c["at"],
                "resolved": bool(c["resolved"]),
                "resolution": c["resolution"],
                "note": c["note"],
                "replies": _replies(db, c["id"]),
                "local": Side(
                    live.get("office_code", ""),
                    _office_name(db, live.get("office_code", "")),
                    live["id"],
                    live.get("name_zh") or "",
                    live.get("name_bo") or "",
                    _village(db, live.get("village_id")),
                    live.get("version") or 0,
                    _dependants_live(db, live["id"]),
                ),
                "incoming": Side(
                    waiting.get("office_code", ""),
                    _office_name(db, waiting.get("office_code", "")),
                    waiting["id"],
                    waiting.get("name_zh") or "",
                    waiting.get("name_bo") or "",
                    _village(db, waiting.get("village_id")),
                    waiting.get("version") or 0,
                    held_n,
                ),
            }
        )
    return out


def _replies(db, conflict_id: str) -> list[dict]:
    """What the offices below answered about the conflict, or that they applied its decision
    (issue #20: read from their audit entries as their packages come in)."""
    return db.query("SELECT * FROM sync_reply WHERE conflict_id = ? ORDER BY at, audit_id", (conflict_id,))


def open_count(db) -> int:
    """Households in conflict between offices, not yet resolved (the monthly report says so)."""
    return db.scalar("SELECT count(*) FROM sync_conflict WHERE resolved = 0 AND kind IN ('id_number', 'same_record')")


def resolve(ws: Workspace, conflict_id: str, action: str, *, to: str = "incoming", note: str = "") -> dict:
    """Resolve one household conflict (see the module docstring); returns the conflict as listed."""
    db = ws.db
    if action not in ACTIONS:
        raise ConflictError(
            N_("{action} is not a way to resolve a conflict. Choose one of: {actions}."),
            action=action,
            actions=", ".join(ACTIONS),
        )
    c = db.one("SELECT * FROM sync_conflict WHERE id = ? OR id LIKE ?", (conflict_id, conflict_id + "%"))
    if c is None or c["kind"] not in HOUSEHOLD_KINDS:
        raise ConflictError(
            N_("There is no household conflict {id}. List them with: sync conflicts list."), id=conflict_id
        )
    if c["resolved"]:
        raise ConflictError(
            N_("Conflict {id} was already resolved ({resolution})."), id=c["id"][:8], resolution=c["resolution"] or ""
        )
    if action == "moved" and to not in ("incoming", "local"):
        raise ConflictError(N_("Say which version the household moved to: incoming or local."))
    local = json.loads(c["local_json"])
    with db.transaction() as conn:
        # rows change places one by one; the foreign keys are checked when all have moved
        conn.execute("PRAGMA defer_foreign_keys = ON")
        live = conn.execute("SELECT * FROM household WHERE id = ?", (local["id"],)).fetchone()
        live = dict(live) if live is not None else None
        held = conn.execute(
            "SELECT * FROM sync_held WHERE conflict_id = ? AND table_name = 'household'", (c["id"],)
        ).fetchone()
        waiting = json.loads(held["row_json"]) if held else None
        if live is None or waiting is None:
            raise ConflictError(
                N_("Conflict {id} can no longer be resolved this way: one of its versions is gone from the register."),
                id=c["id"][:8],
            )
        # what waits now, read before anything of the register is set aside with the same conflict
        pending = conn.execute(
            "SELECT table_name, record_id, office_code, row_json FROM sync_held WHERE conflict_id = ?", (c["id"],)
        ).fetchall()
        if action == "keep_incoming":
            _hold_tree(conn, live, c["id"])
            _release(conn, pending)
        elif action == "moved" and to == "incoming":
            # the household went to the incoming office's village: that version is the household;
            # the records of the one here follow it
            _repoint(conn, live["id"], waiting["id"])
            _hold_rows(conn, "household", [live], live["id"], c["id"])
            _release(conn, pending)
            _redirect(conn, live["id"], live["office_code"], waiting["id"], c["id"])
        elif action == "moved":
            # the household went to the village of the version here: the waiting version's
            # records are released onto it
            # (the waiting household row itself stays set aside: the one here is the household)
            _release(conn, [r for r in pending if r[0] != "household"], household_to=(waiting["id"], live["id"]))
            _redirect(conn, waiting["id"], waiting["office_code"], live["id"], c["id"])
        resolved = 0 if action == "ask" else 1
        at = now_utc()
        conn.execute(
            "UPDATE sync_conflict SET resolved = ?, resolution = ?, resolved_at = ?, resolved_by = ?,"
            " note = ? WHERE id = ?",
            (resolved, action if action != "moved" else f"moved_to_{to}", at, ws.user, note, c["id"]),
        )
        office = ws.require_office()["code"]
        audit.append(
            conn,
            entry_id=new_id(),
            office_code=office,
            at=at,
            user=ws.user,
            action="sync_conflict_" + action,
            table_name="sync_conflict",
            record_id=c["id"],
            before=None,
            after={
                "id_number": c["id_number"],
                "local": live["id"],
                "incoming": waiting["id"],
                "to": to if action == "moved" else None,
                "note": note,
            },
        )
    return next(x for x in list_conflicts(ws, open_only=False) if x["id"] == c["id"])


# -- moving rows between the register and sync_held ----------------------------------------------


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _tree(conn, household: dict) -> list[tuple[str, dict]]:
    """The household and every live row that hangs on it, parents first."""
    links = _links_conn(conn)
    found: dict[str, set[str]] = {"household": {household["id"]}}
    out: list[tuple[str, dict]] = [("household", household)]
    for table in registry.synced_tables():
        for col, parent in links.get(table, ()):
            ids = found.get(parent)
            if not ids or table == "household":
                continue
            marks = ",".join("?" * len(ids))
            conn_rows = conn.execute(f"SELECT * FROM {table} WHERE {col} IN ({marks})", sorted(ids)).fetchall()
            for r in conn_rows:
                r = dict(r)
                if r["id"] not in found.setdefault(table, set()):
                    found[table].add(r["id"])
                    out.append((table, r))
    return out


def _links_conn(conn) -> dict[str, list[tuple[str, str]]]:
    synced = registry.synced_tables()
    return {t: [(r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({t})") if r[2] in synced] for t in synced}


def _hold_rows(conn, table: str, rows: list[dict], household_id: str, conflict_id: str) -> None:
    for row in rows:
        conn.execute(
            "INSERT INTO sync_held(table_name, record_id, office_code, household_id, version, row_json, conflict_id)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT(table_name, record_id, office_code) DO UPDATE SET"
            " version = excluded.version, row_json = excluded.row_json, conflict_id = excluded.conflict_id",
            (
                table,
                row["id"],
                row["office_code"],
                household_id,
                row["version"],
                json.dumps(row, ensure_ascii=False, default=str),
                conflict_id,
            ),
        )
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row["id"],))
        if table == "household":
            conn.execute("DELETE FROM household_search WHERE household_id = ?", (row["id"],))


def _hold_tree(conn, household: dict, conflict_id: str) -> None:
    tree = _tree(conn, household)
    for table, row in reversed(tree):  # children first: the foreign keys stay whole
        _hold_rows(conn, table, [row], household["id"], conflict_id)


def _release(conn, held: list, household_to: tuple[str, str] | None = None) -> None:
    """Put held rows (table, id, office, row JSON) into the register, parents first; `household_to`
    (old id, new id) attaches the rows that hung on the old household to the new one."""
    order = {t: i for i, t in enumerate(registry.synced_tables())}
    links = _links_conn(conn)
    for table, record_id, office, row_json in sorted(held, key=lambda r: order.get(r[0], 99)):
        row = json.loads(row_json)
        if household_to:
            for col, parent in links.get(table, ()):
                if parent == "household" and row.get(col) == household_to[0]:
                    row[col] = household_to[1]
        cols = [c for c in _columns(conn, table) if c in row]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols]
        )
        conn.execute(
            "DELETE FROM sync_held WHERE table_name = ? AND record_id = ? AND office_code = ?",
            (table, record_id, office),
        )
        if table == "household":
            from app.services.households import write_tokens

            write_tokens(conn, row["id"], row.get("name_zh") or "", row.get("name_bo") or "")


def _repoint(conn, old_id: str, new_id_: str) -> None:
    for table, cols in _links_conn(conn).items():
        for col, parent in cols:
            if parent == "household" and table != "household":
                conn.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (new_id_, old_id))


def _redirect(conn, from_id: str, office: str, to_id: str, conflict_id: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_redirect(from_id, office_code, to_id, conflict_id, at) VALUES (?,?,?,?,?)",
        (from_id, office, to_id, conflict_id, now_utc()),
    )
