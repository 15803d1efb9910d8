"""Version 16: a township where villages overlap (issue #20 item 4).

The same person (ID number) can come from two villages — a household moved, or was registered
twice — and before this the second village's household was dropped as a "constraint" conflict,
after which every row that referred to it (its loans, ratings …) made its package fail the
foreign-key check, and every later package of that village as well: the village's reporting
stopped for good.  Now the second version is *held*: kept whole, out of the register's tables (so
it is counted nowhere and breaks no unique rule), together with every row of the same office that
depends on it, in this package and in later ones; the clash is a conflict with both versions that
the township resolves (keep one, mark a move, ask the villages).

``sync_held``: rows held, by table, id and the office that sent them (the same id may be live
here from another office).  ``household_id`` is the household the row hangs on, so that a
resolution finds everything that follows it.  ``sync_redirect``: a household that moved — rows
arriving later for the old household id are attached to the one it became.
"""

VERSION = 16

SQL = """
CREATE TABLE sync_held (
    table_name   TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    office_code  TEXT NOT NULL,
    household_id TEXT NOT NULL,
    version      INTEGER NOT NULL,
    row_json     TEXT NOT NULL,
    conflict_id  TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, office_code)
);
CREATE INDEX sync_held_household ON sync_held(household_id);
CREATE INDEX sync_held_conflict ON sync_held(conflict_id);

CREATE TABLE sync_redirect (
    from_id     TEXT NOT NULL,
    office_code TEXT NOT NULL,
    to_id       TEXT NOT NULL,
    conflict_id TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (from_id, office_code)
);

ALTER TABLE sync_conflict ADD COLUMN kind TEXT NOT NULL DEFAULT 'content';
ALTER TABLE sync_conflict ADD COLUMN id_number TEXT;
ALTER TABLE sync_conflict ADD COLUMN resolution TEXT;
ALTER TABLE sync_conflict ADD COLUMN resolved_at TEXT;
ALTER TABLE sync_conflict ADD COLUMN resolved_by TEXT;
ALTER TABLE sync_conflict ADD COLUMN note TEXT NOT NULL DEFAULT '';
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
