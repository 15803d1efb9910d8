"""Version 23: the downward package and resolutions passed up (issue #20).

An upper office sends each office below a signed package (``sync export-down``): the questions it
asks about households in conflict, its decisions on them, and the county's policy table.  The
office below applies the decisions, answers the questions in its next upward package (as entries of
its audit trail, so they are signed and chained like everything else it reports), and the upper
office shows the answers beside its conflicts.  A township's resolutions travel up to the county in
its upward packages, so the county counts each household once, in the village the township chose.

- ``sync_down_log``: downward packages made here (``made``: to ``office_code``) and taken here
  (``taken``: from ``office_code``); the sequence numbers per pair of offices refuse a replay.
- ``sync_down``: at the office below, what the upper office sent: one row per question or decision
  (``item_id`` is the upper office's conflict), the household it is about, and whether it was
  applied (a decision) or answered (a question, with the answer).
- ``sync_reply``: at the upper office, the answers and acknowledgements read from the audit
  entries of its offices below.
- ``sync_resolution``: at the county, the resolutions a township sent up and when they were applied.
"""

VERSION = 23

SQL = """
CREATE TABLE sync_down_log (
    id           TEXT PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('made', 'taken')),
    office_code  TEXT NOT NULL,
    sequence     INTEGER NOT NULL,
    package_name TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    at           TEXT NOT NULL,
    sha256       TEXT NOT NULL DEFAULT '',
    counts       TEXT NOT NULL DEFAULT '{}',
    by_user      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX sync_down_log_sequence ON sync_down_log(direction, office_code, sequence);

CREATE TABLE sync_down (
    from_office  TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('question', 'decision')),
    household_id TEXT NOT NULL,
    body_json    TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    applied_at   TEXT,
    answer       TEXT,
    answered_at  TEXT,
    answered_by  TEXT,
    PRIMARY KEY (from_office, item_id, kind)
);

CREATE TABLE sync_reply (
    audit_id    TEXT PRIMARY KEY,
    conflict_id TEXT NOT NULL,
    office_code TEXT NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX sync_reply_conflict ON sync_reply(conflict_id);

CREATE TABLE sync_resolution (
    office_code TEXT NOT NULL,
    conflict_id TEXT NOT NULL,
    body_json   TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    outcome     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (office_code, conflict_id)
);
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
