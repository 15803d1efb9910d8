"""The append-only, hash-chained audit log (DESIGN §3; triggers in m0001 refuse UPDATE/DELETE).

Each row's hash covers its own content and the hash of the office's previous row, so a row
edited outside the program, or a truncated log, shows up when the chain is verified.

The chain alone has no secret: anyone with the file and ``sqlite3`` could alter an entry and
compute every later hash again.  So the head (latest hash and entry count, kept in settings at
every append) is sealed with an HMAC whose key (``local_secret``) never leaves this register:
re-hashing the log changes its last hash, and the seal cannot be made again without the key
(issue #17).  The entries' own hashes stay plain SHA-256, because an office above checks them in
sync packages without this office's key.

:func:`unaudited_changes` compares the records with what the log says was written to them: a
row changed, added or removed outside the program (a household's status, an account's role, all
accounts deleted with ``sqlite3``) differs from the log's last word on it.
"""

from __future__ import annotations

import json
from typing import Any

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_hash(prev_hash: str, entry: dict) -> str:
    body = canonical(
        {
            k: entry.get(k)
            for k in (
                "id",
                "office_code",
                "at",
                "user",
                "action",
                "table_name",
                "record_id",
                "before_json",
                "after_json",
            )
        }
    )
    import hashlib  # here: OpenSSL is loaded on the first write, not at start-up

    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def last_hash(conn, office_code: str) -> str:
    return last_link(conn, office_code)[0]


def last_link(conn, office_code: str) -> tuple[str, int]:
    """(hash, position in the office's chain) of the office's last entry; (GENESIS, 0) for none.

    Last in the office's own order (``chain_seq``, schema 20), which for entries of an office below
    need not be the order they were stored in."""
    try:
        row = conn.execute(
            "SELECT hash, chain_seq FROM audit_log WHERE office_code = ? ORDER BY chain_seq DESC, seq DESC LIMIT 1",
            (office_code,),
        ).fetchone()
    except Exception:  # (sqlite3's or sqlcipher3's error: told apart just below)
        if has_chain_seq(conn):
            raise
        # a register older than schema 20 (a migration writing its own entries): as stored
        row = conn.execute(
            "SELECT hash, NULL FROM audit_log WHERE office_code = ? ORDER BY seq DESC LIMIT 1", (office_code,)
        ).fetchone()
    if row is None:
        return GENESIS, 0
    if row[1] is None:  # (NULL sorts last) entries stored without positions only: as stored
        last = conn.execute(
            "SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq DESC LIMIT 1", (office_code,)
        ).fetchone()[0]
        return last, conn.execute("SELECT count(*) FROM audit_log WHERE office_code = ?", (office_code,)).fetchone()[0]
    return row[0], row[1]


def append(
    conn,
    *,
    entry_id: str,
    office_code: str,
    at: str,
    user: str,
    action: str,
    table_name: str,
    record_id: str,
    before: dict | None,
    after: dict | None,
) -> str:
    """Append one entry inside the caller's transaction; return its hash."""
    entry = {
        "id": entry_id,
        "office_code": office_code,
        "at": at,
        "user": user,
        "action": action,
        "table_name": table_name,
        "record_id": record_id,
        "before_json": None if before is None else canonical(before),
        "after_json": None if after is None else canonical(after),
    }
    prev, position = last_link(conn, office_code)
    digest = row_hash(prev, entry)
    columns = "before_json, after_json, prev_hash, hash, chain_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    if not has_chain_seq(conn):  # a register older than schema 20, being migrated
        columns = "before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
    conn.execute(
        "INSERT INTO audit_log(id, office_code, at, user, action, table_name, record_id, " + columns,
        (
            entry["id"],
            office_code,
            at,
            user,
            action,
            table_name,
            record_id,
            entry["before_json"],
            entry["after_json"],
            prev,
            digest,
            *((position + 1,) if "chain_seq" in columns else ()),
        ),
    )
    _advance_head(conn, office_code, digest)
    return digest


def head_key(office_code: str) -> str:
    return f"audit_head:{office_code}"


SEAL_KEY = "audit_seal_key"


def seal_key(conn, *, create: bool = False) -> bytes | None:
    """The register's own key for sealing audit heads (made once, kept in local_secret)."""
    row = conn.execute("SELECT value FROM local_secret WHERE key = ?", (SEAL_KEY,)).fetchone()
    if row is not None:
        return bytes(row[0])
    if not create:
        return None
    import os

    key = os.urandom(32)
    conn.execute("INSERT INTO local_secret(key, value) VALUES (?, ?)", (SEAL_KEY, key))
    return key


def _seal(key: bytes, office_code: str, digest: str, count: int) -> str:
    import hashlib
    import hmac

    return hmac.new(key, f"{office_code}\n{digest}\n{count}".encode("utf-8"), hashlib.sha256).hexdigest()


def write_head(conn, office_code: str, digest: str, count: int) -> None:
    """Record the office's latest hash and entry count, sealed with the register's key."""
    value = {"hash": digest, "count": count, "seal": _seal(seal_key(conn, create=True), office_code, digest, count)}
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (head_key(office_code), canonical(value)),
    )


def _advance_head(conn, office_code: str, digest: str) -> None:
    """Keep the latest hash and entry count in settings, so that a cut-off tail is noticed.

    The chain alone cannot tell a log whose last rows were deleted from a shorter log.
    """
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (head_key(office_code),)).fetchone()
    if row is not None:
        count = json.loads(row[0])["count"] + 1
    else:  # first entry, or a register from before the head was kept: count once
        count = conn.execute("SELECT count(*) FROM audit_log WHERE office_code = ?", (office_code,)).fetchone()[0]
    write_head(conn, office_code, digest, count)


def head(conn, office_code: str) -> dict | None:
    """{"hash", "count"} of the office's latest entry as recorded at append time, if recorded."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (head_key(office_code),)).fetchone()
    return json.loads(row[0]) if row else None


def verify_chain(conn, office_code: str | None = None, *, sealed: bool = True) -> list[str]:
    """Findings (empty when sound): broken links or rows whose hash does not match.

    `sealed`: the heads must carry their seal (False for a register older than schema 14, which
    had none)."""
    findings: list[str] = []
    offices = (
        [office_code]
        if office_code
        else sorted(
            {r[0] for r in conn.execute("SELECT DISTINCT office_code FROM audit_log")}
            | {
                r[0][len("audit_head:") :]
                for r in conn.execute("SELECT key FROM settings WHERE key LIKE 'audit_head:%'")
            }
        )
    )
    local = _local_office(conn)
    # each office's chain in its own order (schema 20), entries stored without a position after
    # them as stored; a backup older than schema 20 in the order it was stored
    order = "chain_seq IS NULL, chain_seq, seq" if has_chain_seq(conn) else "seq"
    for office in offices:
        prev = GENESIS
        breaks: list[str] = []
        cur = conn.execute(
            "SELECT seq, id, office_code, at, user, action, table_name, record_id, before_json,"
            f" after_json, prev_hash, hash FROM audit_log WHERE office_code = ? ORDER BY {order}",
            (office,),
        )
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
        findings += _check_head(conn, office, sealed=sealed)
    return findings


def has_chain_seq(conn) -> bool:
    """Whether the log keeps each entry's position in its office's chain (schema 20 and later)."""
    return any(r[1] == "chain_seq" for r in conn.execute("PRAGMA table_info(audit_log)"))


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


def _check_head(conn, office: str, *, sealed: bool = True) -> list[str]:
    recorded = head(conn, office)
    if recorded is None:
        return []
    key = seal_key(conn) if sealed else None
    if not sealed:
        pass
    elif key is None:
        return [f"audit_log ({office}): the register's audit key is missing (removed outside the program)"]
    else:
        import hmac

        if not hmac.compare_digest(
            str(recorded.get("seal", "")),
            _seal(key, office, str(recorded.get("hash")), int(recorded.get("count") or 0)),
        ):
            return [
                f"audit_log ({office}): the log's seal does not match its last entry (the log was "
                f"rewritten outside the program)"
            ]
    count = conn.execute("SELECT count(*) FROM audit_log WHERE office_code = ?", (office,)).fetchone()[0]
    if count < recorded["count"]:
        return [f"audit_log ({office}): {recorded['count'] - count} entries missing at the end (log truncated)"]
    row = conn.execute(
        "SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq LIMIT 1 OFFSET ?",
        (office, recorded["count"] - 1),
    ).fetchone()
    if row is None or row[0] != recorded["hash"]:
        return [f"audit_log ({office}): the latest entry is not the one last written (log replaced or cut)"]
    return []


#: the triggers that keep the log append-only, as m0001 made them
TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\nBEGIN\n"
    "    SELECT RAISE(ABORT, 'audit_log is append-only');\nEND",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\nBEGIN\n"
    "    SELECT RAISE(ABORT, 'audit_log is append-only');\nEND",
}


def verify_triggers(conn) -> list[str]:
    """Findings when the triggers that refuse changing or deleting audit entries are gone or altered."""
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))
    out = []
    for name, sql in TRIGGERS.items():
        if " ".join((found.get(name) or "").split()) != " ".join(sql.split()):
            out.append(f"audit_log: the trigger {name} that keeps the log append-only is missing or altered")
    return out


#: columns written without an audit entry, or audited without their value
UNAUDITED_COLUMNS = {
    "app_user": frozenset({"password_hash", "failed_attempts", "locked_until", "last_login_at"}),
}


def unaudited_changes(conn, tables, office_code: str, *, limit: int = 20) -> list[str]:
    """Records that differ from what the audit log says was written to them (changed, added or
    removed outside the program), at most `limit` findings.

    For each record the log's entries are applied in order (a create gives the whole row, an
    update its changed columns) and the result compared with the row.  Records stored in bulk
    (demo fill, a roster import without per-row entries) have no create entry: for those only the
    columns of later entries are compared, and a record with no entry at all cannot be checked
    this way.  A record with a create entry but no row was deleted outside the program (the
    program never deletes a record, it marks it deleted).  Only `office_code`'s own entries are
    followed: an office below sends its log whole but not every table (its accounts stay there)."""
    out: list[str] = []
    for table in tables:
        skip = UNAUDITED_COLUMNS.get(table, frozenset())
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        row_of = f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?"

        def compare(record_id: str, state: dict, created: bool) -> None:
            found = conn.execute(row_of, (record_id,)).fetchone()
            if found is None:
                if created:
                    out.append(
                        f"{table} {record_id}: in the audit log but not in the register (deleted outside the program)"
                    )
                return
            row = dict(zip(cols, found))
            bad = sorted(k for k, v in state.items() if k in row and k not in skip and row[k] != v)
            if bad:
                out.append(
                    f"{table} {record_id}: {', '.join(bad)} differ from the audit log (changed outside the program)"
                )

        current, state, created = None, {}, False
        for record_id, action, after_json in conn.execute(
            "SELECT record_id, action, after_json FROM audit_log WHERE table_name = ? AND office_code = ?"
            " ORDER BY record_id, seq",
            (table, office_code),
        ):
            if record_id != current:
                if current is not None:
                    compare(current, state, created)
                    if len(out) >= limit:
                        return out
                current, state, created = record_id, {}, False
            if action == "create":
                state, created = {}, True
            if after_json:
                try:
                    after = json.loads(after_json)
                except ValueError:
                    continue
                if isinstance(after, dict):
                    state.update(after)
        if current is not None:
            compare(current, state, created)
        # rows that appeared with no entry, where the log otherwise records each one (accounts)
        if table in UNAUDITED_COLUMNS:
            for (rid,) in conn.execute(
                f"SELECT id FROM {table} t WHERE t.office_code = ? AND NOT EXISTS (SELECT 1 FROM audit_log a"
                f" WHERE a.table_name = ? AND a.record_id = t.id)",
                (office_code, table),
            ):
                out.append(f"{table} {rid}: not in the audit log (added outside the program)")
        if len(out) >= limit:
            return out[:limit]
    return out
