"""The triggers and views in a register file: code that SQLite runs by itself, which only the
program's migrations may put there.

A register or a backup is a file anyone can edit with a SQLite tool.  Rows changed that way are
found by the audit chain and the record seals; a trigger added that way is not a row: a backup
carrying ``CREATE TRIGGER … AFTER UPDATE ON household BEGIN DELETE FROM loan_demand; END`` passed
every check, was restored, and from then on emptied the loan register at the next household
saved.  So the triggers and views of a file are compared with those a new register gets from the
migrations at the same schema version: one more, one missing or one worded differently means the
file was changed outside the program.

    foreign_code(conn) -> list[str]      findings (empty when the file's code is the program's)
"""

from __future__ import annotations

import functools
import sqlite3

#: the kinds of schema objects that run code (tables and indexes hold data, which other checks judge)
CODE_KINDS = ("trigger", "view")


def _code(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN (?, ?)", CODE_KINDS).fetchall()
    # SQLite keeps a statement's text as written; spacing is not a difference
    return {(kind, name): " ".join((sql or "").split()) for kind, name, sql in rows}


@functools.lru_cache(maxsize=4)
def made_by_the_program(version: int) -> dict[tuple[str, str], str]:
    """The triggers and views of a new register brought to schema `version` (a fraction of a
    second in memory; kept for the next file of the same version)."""
    from storage.db import Database

    db = Database(":memory:", migrate=False)
    try:
        db.migrate(version)
        return _code(db.conn)
    finally:
        db.close()


def foreign_code(conn: sqlite3.Connection, *, limit: int = 3) -> list[str]:
    """Triggers and views of the file at `conn` that its schema version's migrations do not make
    (or make otherwise, or make and the file lacks); at most `limit` findings."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    found, made = _code(conn), made_by_the_program(version)
    out = []
    for kind, name in sorted(found.keys() | made.keys()):
        if (kind, name) not in made:
            out.append(f"{kind} {name}: not made by the program")
        elif (kind, name) not in found:
            out.append(f"{kind} {name}: missing")
        elif found[kind, name] != made[kind, name]:
            out.append(f"{kind} {name}: altered")
    return out[:limit]
