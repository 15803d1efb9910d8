"""A keyed seal on every record row, so that `check` sees a row changed outside the program
(issue #17), also a row that never had an audit entry of its own (demo fill, roster import, sync
merge, migrations).

Why: the audit log tells what the program wrote to a record through a form, but rows written in
bulk have no entry, and SQLCipher only keeps out someone without a password.  Someone who has
one (and SQLCipher's shell, or DB Browser) can change a household's status and nothing noticed.

How:
- ``record_seal`` holds, per row of the sealed tables (:data:`EXTRA_TABLES` and the registry's
  record tables), a 16-byte keyed BLAKE2b of the row's whole content under a key derived from the
  register's audit key (``local_secret``, storage/audit.py; inside the encrypted file).
- Triggers append ``(table, id)`` to ``record_seal_journal`` on every insert, update and delete
  of a sealed row — whatever writes it: a form, the demo fill, a roster or sync import, a
  migration.  Triggers rather than code in every writer, for the reason of migration 3: nothing
  that writes a record can forget it.
- The program settles the journal at the end of its own transactions (storage/db.py
  ``Database.transaction`` and ``migrate``): the rows its transaction journalled get their seal
  computed again, then their entries are removed.  Only entries written *inside* that
  transaction are settled (a mark taken right after ``BEGIN IMMEDIATE``, when no other writer can
  interleave): an entry left by a tool outside the program stays as evidence, and a row with
  such an entry is not sealed again even when the program writes it later (no laundering).
- `check` (:func:`verify`) reports journal entries left over, rows without a seal or whose seal
  does not match, seals without a row (deleted outside the program), and missing or altered
  triggers.

What it cannot do: the key is inside the register, so someone with a password who also reads
this module can compute seals as the program does — with a password and the program anyone can
do what the program does.  It raises the bar from one UPDATE in a database tool to a deliberate
forgery; the audit entries that went up to the township in sync packages stay the witness then.

Cost (bench/bench_seals.py, bench/RESULTS.md): the journal insert per written row, and one
keyed hash per distinct row at commit; nothing at all on reads.  The canonical content skips
NULL columns, so a migration adding a nullable column leaves every seal valid; one adding a
column with a non-NULL default reseals (``Database.migrate``) only the rows whose seal still
matched the old shape.
"""

from __future__ import annotations

import hashlib
from typing import Any, Callable, Iterable, Iterator, Sequence

#: a connection of storage.sqlite's module (sqlcipher3 or the standard library's: one interface)
Conn = Any

TABLE = "record_seal"
JOURNAL = "record_seal_journal"
#: sealed beside the registry's record tables: the dated status history the reports read as of a
#: period's end, the county's policy tables (a product's maximum), the report's signature lines
EXTRA_TABLES = (
    "household_status_change",
    "ref_enum",
    "ref_loan_product",
    "ref_loan_policy",
    "ref_base_rate",
    "report_note",
)
_PERSON = b"dualbase-record-seal-v1"
MAC_BYTES = 16
#: the schema version that installs the seals (storage/migrations/m0030_record_seals.py)
SINCE_VERSION = 30
#: findings told at most, per kind (a tool's UPDATE of every row must not print a million lines)
DEFAULT_LIMIT = 20


def sealed_tables(conn: Conn) -> list[str]:
    """The sealed tables present in this register, in the registry's order."""
    from app import registry

    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in (*registry.record_tables(), *EXTRA_TABLES) if t in present]


def installed(conn: Conn) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (JOURNAL,)).fetchone() is not None
    )


def _pk(conn: Conn, table: str) -> list[str]:
    cols = sorted((r[5], r[1]) for r in conn.execute(f"PRAGMA table_info({table})") if r[5])
    return [c for _, c in cols]


def key_expr(conn: Conn, table: str, alias: str) -> str:
    """The SQL expression naming a row of `table` in the seal tables: its id, or its composite
    primary key quoted and joined (the policy tables)."""
    pk = _pk(conn, table)
    if len(pk) == 1:
        return f"{alias}.{pk[0]}"
    return " || ',' || ".join(f"quote({alias}.{c})" for c in pk)


def columns(conn: Conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def row_key(audit_key: bytes) -> bytes:
    """The seals' own key, derived from the register's audit key (one secret kept, two uses)."""
    return hashlib.blake2b(_PERSON, key=audit_key, digest_size=32).digest()


def mac(key: bytes, table: str, cols: list[str], row: Iterable) -> bytes:
    """The seal of one row: its non-NULL columns by name, with their SQLite types (repr tells
    1 from '1'), under the key; the table's name is in it, so a seal does not fit another table."""
    body = repr([(c, v) for c, v in zip(cols, row) if v is not None])
    return hashlib.blake2b(f"{table}\0{body}".encode("utf-8", "surrogatepass"), key=key, digest_size=MAC_BYTES).digest()


def sealer(key: bytes, table: str, cols: list[str]) -> Callable[[Sequence], bytes]:
    """:func:`mac` of many rows of one table: the same bytes, for about 40 % less CPU a row (a
    sync import or the demo fill seals every row it writes, `check` every row there is).  The
    key and the table's name are hashed once, and each row's text is joined from its columns'
    pieces — what ``repr`` of the list of (name, value) pairs writes, pair by pair."""
    base = hashlib.blake2b(f"{table}\0".encode("utf-8", "surrogatepass"), key=key, digest_size=MAC_BYTES)
    heads = [f"({c!r}, " for c in cols]

    def seal(row: Sequence) -> bytes:
        body = "[" + ", ".join([head + repr(v) + ")" for head, v in zip(heads, row) if v is not None]) + "]"
        h = base.copy()
        h.update(body.encode("utf-8", "surrogatepass"))
        return h.digest()

    return seal


# -- schema -----------------------------------------------------------------------------------------
def trigger_sql(conn: Conn, table: str) -> dict[str, str]:
    """The three triggers that journal every write of `table`, by name."""
    new, old = key_expr(conn, table, "NEW"), key_expr(conn, table, "OLD")
    return {
        f"record_seal_{table}_insert": f"CREATE TRIGGER record_seal_{table}_insert AFTER INSERT ON {table}\n"
        f"BEGIN\n    INSERT INTO {JOURNAL}(tbl, id) VALUES ('{table}', {new});\nEND",
        f"record_seal_{table}_update": f"CREATE TRIGGER record_seal_{table}_update AFTER UPDATE ON {table}\n"
        f"BEGIN\n    INSERT INTO {JOURNAL}(tbl, id) VALUES ('{table}', {new});\n"
        f"    INSERT INTO {JOURNAL}(tbl, id) SELECT '{table}', {old} WHERE ({old}) IS NOT ({new});\nEND",
        f"record_seal_{table}_delete": f"CREATE TRIGGER record_seal_{table}_delete AFTER DELETE ON {table}\n"
        f"BEGIN\n    INSERT INTO {JOURNAL}(tbl, id) VALUES ('{table}', {old});\nEND",
    }


def install(conn: Conn, key: bytes) -> None:
    """Create the seal tables and every sealed table's triggers, and seal the rows as they stand
    (migration 30; `migrate` calls it again after a later migration, for a table it added).  A
    table that already has its triggers is left as it is."""
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (tbl TEXT NOT NULL, id TEXT NOT NULL, mac BLOB NOT NULL,"
        " PRIMARY KEY (tbl, id)) WITHOUT ROWID"
    )
    # append-only without a secondary index, as sync_change (migration 3): the cheapest journal
    conn.execute(f"CREATE TABLE IF NOT EXISTS {JOURNAL} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, id TEXT NOT NULL)")
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in sealed_tables(conn):
        triggers = trigger_sql(conn, table)
        if all(name in have for name in triggers):
            continue
        for name, sql in triggers.items():
            if name not in have:
                conn.execute(sql)
        reseal_table(conn, key, table)


def reseal_table(conn: Conn, key: bytes, table: str, *, only: Callable[[str], bool] | None = None) -> int:
    """Seal every row of `table` as it stands (a new table, or migration 30's first sealing);
    `only(row_key) -> bool` limits it to some rows.  Returns the rows sealed."""
    seal = sealer(key, table, columns(conn, table))
    expr = key_expr(conn, table, "t")

    def rows() -> Iterator[tuple]:
        for values in conn.execute(f"SELECT {expr}, t.* FROM {table} t"):
            if only is None or only(str(values[0])):
                yield table, str(values[0]), seal(values[1:])

    before = conn.total_changes
    conn.executemany(f"INSERT OR REPLACE INTO {TABLE}(tbl, id, mac) VALUES (?, ?, ?)", rows())
    return conn.total_changes - before


def _sealed(conn: Conn, key: bytes, table: str, cols: list[str], sql: str, params: dict) -> Iterator[tuple]:
    """(table, id, seal) of the rows `sql` gives as (id, every column …)."""
    seal = sealer(key, table, cols)
    for values in conn.execute(sql, params):
        yield table, str(values[0]), seal(values[1:])


# -- the program's own writes -----------------------------------------------------------------------
def mark(conn: Conn) -> int:
    """Where this transaction's journal entries begin (call right after BEGIN IMMEDIATE)."""
    return conn.execute(f"SELECT coalesce(max(seq), 0) FROM {JOURNAL}").fetchone()[0]


def settle(conn: Conn, since: int, key: bytes) -> None:
    """Seal again the rows journalled after `since` (this transaction's writes) and drop those
    entries.  A row that also has an entry from before `since` — written outside the program —
    keeps its old seal and its entries: the program's later write must not make it look sound."""
    first = conn.execute(f"SELECT tbl FROM {JOURNAL} WHERE seq > ? LIMIT 1", (since,)).fetchone()
    if first is None:
        return
    tables = [r[0] for r in conn.execute(f"SELECT DISTINCT tbl FROM {JOURNAL} WHERE seq > ?", (since,))]
    for table in tables:
        if not table.isidentifier():
            continue  # not one of ours (an entry made by hand): left for check to report
        cols = columns(conn, table)
        expr = key_expr(conn, table, "t")
        tainted = f" AND id NOT IN (SELECT id FROM {JOURNAL} WHERE seq <= :since AND tbl = :tbl)" if since > 0 else ""
        written = f"SELECT DISTINCT id FROM {JOURNAL} WHERE seq > :since AND tbl = :tbl{tainted}"
        params = {"since": since, "tbl": table}

        conn.executemany(
            f"INSERT OR REPLACE INTO {TABLE}(tbl, id, mac) VALUES (?, ?, ?)",
            _sealed(
                conn, key, table, cols, f"SELECT j.id, t.* FROM ({written}) j JOIN {table} t ON {expr} = j.id", params
            ),
        )
        # rows the transaction deleted (the program deletes only what it wrote itself: an undone
        # creation, a roll-back of a sync merge): their seals go with them
        conn.execute(
            f"DELETE FROM {TABLE} WHERE tbl = :tbl AND id IN ({written})"
            f" AND NOT EXISTS (SELECT 1 FROM {table} t WHERE {expr} = {TABLE}.id)",
            params,
        )
    if since > 0:
        conn.execute(
            f"DELETE FROM {JOURNAL} WHERE seq > :since AND id NOT IN"
            f" (SELECT id FROM {JOURNAL} o WHERE o.seq <= :since AND o.tbl = {JOURNAL}.tbl)",
            {"since": since},
        )
    else:
        conn.execute(f"DELETE FROM {JOURNAL} WHERE seq > ?", (since,))


# -- check ----------------------------------------------------------------------------------------
def verify(conn: Conn, key: bytes | None, *, limit: int = DEFAULT_LIMIT) -> list[str]:
    """Findings (empty: every sealed row is as the program last wrote it)."""
    present = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", (TABLE, JOURNAL)
        )
    }
    if present != {TABLE, JOURNAL}:
        # a register from before migration 30 has none; one that had them had them removed
        if conn.execute("PRAGMA user_version").fetchone()[0] >= SINCE_VERSION:
            return [
                "record seals: the seal tables were removed outside the program (the records cannot be vouched for)"
            ]
        return []
    if key is None:
        return ["record seals: the register's audit key is missing (removed outside the program)"]
    out: list[str] = []
    have = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    tables = sealed_tables(conn)
    for table in tables:
        for name, sql in trigger_sql(conn, table).items():
            if " ".join((have.get(name) or "").split()) != " ".join(sql.split()):
                out.append(f"{table}: the trigger {name} that notes every change for its seal is missing or altered")
    left = conn.execute(
        f"SELECT tbl, id, count(*) FROM {JOURNAL} GROUP BY tbl, id ORDER BY min(seq) LIMIT ?", (limit + 1,)
    ).fetchall()
    for table, rid, _n in left[:limit]:
        out.append(f"{table} {rid}: written outside the program (a database tool), not by the program")
    if len(left) > limit:
        out.append(f"record seals: more rows written outside the program than the {limit} listed")
    journalled = {(t, str(i)) for t, i, _ in left}
    for table in tables:
        seal = sealer(key, table, columns(conn, table))
        expr = key_expr(conn, table, "t")
        shown = 0
        for values in conn.execute(
            f"SELECT s.mac, {expr}, t.* FROM {table} t LEFT JOIN {TABLE} s ON s.tbl = ? AND s.id = CAST({expr} AS TEXT)",
            (table,),
        ):
            if values[0] is not None and bytes(values[0]) == seal(values[2:]):
                continue
            rid = str(values[1])
            if (table, rid) in journalled:
                continue
            shown += 1
            if shown > limit:
                out.append(f"{table}: more rows changed outside the program than the {limit} listed")
                break
            if values[0] is None:
                out.append(f"{table} {rid}: has no seal (added outside the program)")
            else:
                out.append(f"{table} {rid}: its content does not match its seal (changed outside the program)")
        for (rid,) in conn.execute(
            f"SELECT s.id FROM {TABLE} s WHERE s.tbl = ? AND NOT EXISTS"
            f" (SELECT 1 FROM {table} t WHERE {expr} = s.id) LIMIT ?",
            (table, limit),
        ):
            if (table, str(rid)) not in journalled:
                out.append(f"{table} {rid}: sealed but no longer in the register (deleted outside the program)")
    known = set(tables)
    for (table,) in conn.execute(f"SELECT DISTINCT tbl FROM {TABLE}"):
        if table not in known:
            out.append(f"record seals: seals of an unknown table {table!r} (added outside the program)")
    return out


def reshaped(conn: Conn, key: bytes, shapes: dict[str, list[str]]) -> None:
    """After a migration: a sealed table whose columns changed (a column added with a default)
    gets its rows sealed in the new shape — those whose seal matched the old shape; a row that
    did not match keeps its finding."""
    for table, before in shapes.items():
        try:
            now = columns(conn, table)
        except Exception:  # noqa: BLE001 - the table is gone (a migration rebuilt it away)
            continue
        if not now or now == before:
            continue
        index = [now.index(c) for c in before if c in now]
        expr = key_expr(conn, table, "t")
        seal_before = sealer(key, table, before)
        matched = set()
        for values in conn.execute(
            f"SELECT s.mac, {expr}, t.* FROM {table} t JOIN {TABLE} s ON s.tbl = ? AND s.id = CAST({expr} AS TEXT)",
            (table,),
        ):
            row = values[2:]
            if bytes(values[0]) == seal_before([row[i] for i in index]):
                matched.add(str(values[1]))
        reseal_table(conn, key, table, only=matched.__contains__)
