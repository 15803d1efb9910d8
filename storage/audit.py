"""The append-only, hash-chained audit log (DESIGN §3; triggers in m0001 refuse UPDATE/DELETE).

Each row's hash covers its own content and the hash of the office's previous row, so a row
edited outside the program, or a truncated log, shows up when the chain is verified.
"""
from __future__ import annotations

import json
from typing import Any

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_hash(prev_hash: str, entry: dict) -> str:
    body = canonical({k: entry.get(k) for k in
                      ("id", "office_code", "at", "user", "action", "table_name", "record_id",
                       "before_json", "after_json")})
    import hashlib  # here: OpenSSL is loaded on the first write, not at start-up

    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def last_hash(conn, office_code: str) -> str:
    row = conn.execute("SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq DESC LIMIT 1",
                       (office_code,)).fetchone()
    return row[0] if row else GENESIS


def append(conn, *, entry_id: str, office_code: str, at: str, user: str, action: str,
           table_name: str, record_id: str, before: dict | None, after: dict | None) -> str:
    """Append one entry inside the caller's transaction; return its hash."""
    entry = {
        "id": entry_id, "office_code": office_code, "at": at, "user": user, "action": action,
        "table_name": table_name, "record_id": record_id,
        "before_json": None if before is None else canonical(before),
        "after_json": None if after is None else canonical(after),
    }
    prev = last_hash(conn, office_code)
    digest = row_hash(prev, entry)
    conn.execute(
        "INSERT INTO audit_log(id, office_code, at, user, action, table_name, record_id,"
        " before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (entry["id"], office_code, at, user, action, table_name, record_id,
         entry["before_json"], entry["after_json"], prev, digest))
    _advance_head(conn, office_code, digest)
    return digest


def head_key(office_code: str) -> str:
    return f"audit_head:{office_code}"


def _advance_head(conn, office_code: str, digest: str) -> None:
    """Keep the latest hash and entry count in settings, so that a cut-off tail is noticed.

    The chain alone cannot tell a log whose last rows were deleted from a shorter log.
    """
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (head_key(office_code),)).fetchone()
    if row is not None:
        count = json.loads(row[0])["count"] + 1
    else:  # first entry, or a register from before the head was kept: count once
        count = conn.execute("SELECT count(*) FROM audit_log WHERE office_code = ?", (office_code,)).fetchone()[0]
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (head_key(office_code), canonical({"hash": digest, "count": count})))


def head(conn, office_code: str) -> dict | None:
    """{"hash", "count"} of the office's latest entry as recorded at append time, if recorded."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (head_key(office_code),)).fetchone()
    return json.loads(row[0]) if row else None


def verify_chain(conn, office_code: str | None = None) -> list[str]:
    """Findings (empty when sound): broken links or rows whose hash does not match."""
    findings: list[str] = []
    offices = [office_code] if office_code else sorted(
        {r[0] for r in conn.execute("SELECT DISTINCT office_code FROM audit_log")}
        | {r[0][len("audit_head:"):] for r in conn.execute("SELECT key FROM settings WHERE key LIKE 'audit_head:%'")})
    local = _local_office(conn)
    for office in offices:
        prev = GENESIS
        breaks: list[str] = []
        cur = conn.execute(
            "SELECT seq, id, office_code, at, user, action, table_name, record_id, before_json,"
            " after_json, prev_hash, hash FROM audit_log WHERE office_code = ? ORDER BY seq", (office,))
        cols = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(cols, values))
            if row["prev_hash"] != prev:
                breaks.append(f"audit_log seq {row['seq']} ({office}): chain broken before this entry")
            if row_hash(row["prev_hash"], row) != row["hash"]:
                findings.append(f"audit_log seq {row['seq']} ({office}): entry altered")
            prev = row["hash"]
        if breaks and office != local and _one_chain(conn, office):
            breaks = []  # an office below: its entries arrived out of order, the chain is whole
        findings += breaks
        findings += _check_head(conn, office)
    return findings


def _local_office(conn) -> str | None:
    try:
        row = conn.execute("SELECT code FROM office WHERE is_local = 1 AND deleted_at IS NULL").fetchone()
    except Exception:  # noqa: BLE001 - a bare log without the office table (tests of this module)
        return None
    return row[0] if row else None


def _one_chain(conn, office: str) -> bool:
    """Do an office's entries form one unbroken chain from the start, in whatever order they were
    stored?  The log of an office below is stored as its packages were imported; registers
    from before sync refused out-of-order packages may hold package 3's entries before package
    2's.  Reordering is all this forgives: every entry follows exactly one other (the first
    follows GENESIS), none is followed twice (a fork) and none is left over (a gap or a removed
    entry).  Each entry's own hash is checked by the caller."""
    following: dict[str, str] = {}
    count = 0
    for prev_hash, digest in conn.execute("SELECT prev_hash, hash FROM audit_log WHERE office_code = ?", (office,)):
        count += 1
        if prev_hash in following:
            return False
        following[prev_hash] = digest
    at, walked = GENESIS, 0
    while at in following:
        at = following[at]
        walked += 1
        if walked > count:  # a loop cannot happen with sound hashes; do not walk it forever
            return False
    return walked == count


def _check_head(conn, office: str) -> list[str]:
    recorded = head(conn, office)
    if recorded is None:
        return []
    count = conn.execute("SELECT count(*) FROM audit_log WHERE office_code = ?", (office,)).fetchone()[0]
    if count < recorded["count"]:
        return [f"audit_log ({office}): {recorded['count'] - count} entries missing at the end (log truncated)"]
    row = conn.execute("SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq LIMIT 1 OFFSET ?",
                       (office, recorded["count"] - 1)).fetchone()
    if row is None or row[0] != recorded["hash"]:
        return [f"audit_log ({office}): the latest entry is not the one last written (log replaced or cut)"]
    return []
