"""Version 3: a change journal for upward sync.

A sync package carries every record changed since the office's previous package.  Timestamps
cannot say which rows those are: a laptop clock is set back, and at a township the rows imported
from a village keep the village's ``updated_at`` (older than the township's last package), yet
they must travel on to the county.  So every insert or update of a record row — by a form, the
demo fill, a roster import or a sync import — appends ``(table, id)`` to ``sync_change`` under a
new, ever-growing ``seq``.  An export takes the distinct records of the entries above the previous
package's high-water mark.  Append-only without a secondary index: the cheapest journal SQLite
offers (about +25 % on a bulk fill; an indexed one-entry-per-record table cost +100 %).  The
newest entry is never pruned, so a rowid is never reused.

Triggers rather than code in every writer: nothing that writes a record can forget it.
``app_user`` is left out: password hashes never leave the laptop.
"""

VERSION = 3

SYNCED_TABLES = (
    "office",
    "village",
    "household",
    "loan_demand",
    "loan_event",
    "literacy_session",
    "session_attendee",
    "complaint",
    "complaint_event",
    "credit_rating",
)


def _sql() -> str:
    parts = [
        """
CREATE TABLE sync_change (
    seq        INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id  TEXT NOT NULL
);
"""
    ]
    for table in SYNCED_TABLES:
        parts.append(f"""
CREATE TRIGGER sync_change_{table}_insert AFTER INSERT ON {table}
BEGIN
    INSERT INTO sync_change(table_name, record_id) VALUES ('{table}', NEW.id);
END;
CREATE TRIGGER sync_change_{table}_update AFTER UPDATE ON {table}
BEGIN
    INSERT INTO sync_change(table_name, record_id) VALUES ('{table}', NEW.id);
END;
INSERT INTO sync_change(table_name, record_id) SELECT '{table}', id FROM {table} ORDER BY updated_at;
""")
    return "".join(parts)


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, _sql())
