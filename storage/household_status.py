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
They are built as the village history's are (storage/dated_history.py).
"""

from __future__ import annotations

from storage import dated_history
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

TRIGGERS = dated_history.triggers("household_status", TABLE, "status", "NEW.status", "status_since")


def status_at(household_id: str, current: str, param: str = ":end") -> str:
    """SQL: the status of `household_id` at the end of the day `param` (`current` when its history
    has nothing on or before then)."""
    return dated_history.value_at(TABLE, "status", household_id, current, param)


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
    households = (
        (hid, status, updated_at[:10])
        for hid, status, updated_at in conn.execute("SELECT id, status, updated_at FROM household")
    )
    dated_history.fill(conn, TABLE, "status", households, changes, first)
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")
