"""``household_status_change``: the dated history of each household's status (建档立卡贫困户 /
脱贫户 / 监测户 / 一般农牧户), so that a report counts the registered-poor households of a past
period as they were at its end, not as they are today (issue #19, DESIGN §4: a closed period's
figures are computed as of its end from dated facts).

One row per status a household has had: the first dated '' ("since it was registered": the
registration date is the household's own, and may be corrected without rewriting this), then one
row per change, dated the day the change was recorded (the household row's ``updated_at``, as a
local day like a deletion's or a village move's since migration 32: before, a change recorded
before 08:00 in Qinghai was dated the day before, in UTC, and could land in a closed month; an
imported row keeps the date its own office recorded it).

Written by SQLite triggers on ``household`` in the same transaction as the write, so every writer
— the form, a roster or sync import, undo, the demo — records it (the reasoning of
storage/household_roll.py).  Unlike household_roll's triggers these are never suspended: a history
cannot be rebuilt from the current rows afterwards.  The triggers also keep ``household_roll``'s
``status_since`` (whichever of the two triggers SQLite runs first, the second sees the new row).
"""

from __future__ import annotations

from storage.db import Database, run_script
from storage.sqlite import sqlite3

TABLE = "household_status_change"

_CREATE = f"""
CREATE TABLE {TABLE} (
    seq          INTEGER PRIMARY KEY,    -- order of writing: two changes on one day keep their order
    household_id TEXT NOT NULL,
    on_date      TEXT NOT NULL,          -- '' for the status it was registered with
    status       TEXT NOT NULL
);
CREATE INDEX {TABLE}_household ON {TABLE}(household_id, on_date, seq);
"""

_LAST = f"(SELECT status FROM {TABLE} WHERE household_id = NEW.id ORDER BY on_date DESC, seq DESC LIMIT 1)"

_RECORD = f"""
    INSERT INTO {TABLE}(household_id, on_date, status)
    SELECT NEW.id, CASE WHEN EXISTS (SELECT 1 FROM {TABLE} WHERE household_id = NEW.id)
                        THEN date(NEW.updated_at, 'localtime') ELSE '' END, NEW.status
    WHERE NEW.status IS NOT {_LAST};
    UPDATE household_roll SET status_since =
        (SELECT nullif(max(on_date), '') FROM {TABLE} WHERE household_id = NEW.id)
    WHERE household_id = NEW.id;
"""

TRIGGERS = {
    "household_status_insert": f"AFTER INSERT ON household BEGIN {_RECORD} END",
    "household_status_update": f"AFTER UPDATE OF status ON household BEGIN {_RECORD} END",
}


def status_at(household_id: str, current: str, param: str = ":end") -> str:
    """SQL: the status of `household_id` at the end of the day `param` (`current` when its history
    has nothing on or before then)."""
    return (
        f"coalesce((SELECT status FROM {TABLE} WHERE household_id = {household_id} AND on_date <= {param}"
        f" ORDER BY on_date DESC, seq DESC LIMIT 1), {current})"
    )


def status_on(db: Database, household_id: str, on: str) -> tuple[str, str] | None:
    """The household's status at the end of the day `on` and the date of the history row that
    says so ('' for the status it was registered with); None when it has no history."""
    row = db.one(
        f"SELECT status, on_date FROM {TABLE} WHERE household_id = ? AND on_date <= ?"
        " ORDER BY on_date DESC, seq DESC LIMIT 1",
        (household_id, on),
    )
    return (row["status"], row["on_date"]) if row else None


def install(conn: sqlite3.Connection) -> None:
    """Create the table and its triggers, and fill it from what the register knows: each
    household's status changes in the audit log (before → after, dated when recorded), then its
    current status where the log has none (households imported from another office, whose log
    stayed there)."""
    run_script(conn, _CREATE)
    # the audit log's updates of a household's status, in the order they were written; the first
    # one's "before" is the status it was registered with
    changes: dict[str, list[tuple[str, str]]] = {}
    first: dict[str, str] = {}
    for record_id, at, before, after in conn.execute(
        "SELECT record_id, at, json_extract(before_json, '$.status'), json_extract(after_json, '$.status')"
        " FROM audit_log WHERE table_name = 'household' AND json_extract(after_json, '$.status') IS NOT NULL"
        " AND action != 'create' ORDER BY seq"
    ):
        if before is None or before == after:
            continue
        first.setdefault(record_id, before)
        changes.setdefault(record_id, []).append((at[:10], after))
    rows = []
    for household_id, status, updated_at in conn.execute("SELECT id, status, updated_at FROM household"):
        history = changes.get(household_id, [])
        rows.append((household_id, "", first.get(household_id, status)))
        rows.extend((household_id, on, to) for on, to in history)
        # a status the log does not end with (changed by an import since): dated by the row's last write
        if history and history[-1][1] != status:
            rows.append((household_id, max(history[-1][0], updated_at[:10]), status))
    conn.executemany(f"INSERT INTO {TABLE}(household_id, on_date, status) VALUES (?, ?, ?)", rows)
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")
