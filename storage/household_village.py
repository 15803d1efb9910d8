"""``household_village_change``: the dated history of each household's village, so that the
per-village figures of a past period put a household in the village it belonged to at the
period's end, not the one it belongs to today (issue #19: a closed period's report never changes
when later work is recorded; moving a household to another village is later work).

The same shape and rules as storage/household_status.py (both built by storage/dated_history.py): one row per village a household has
had, the first dated '' ("since it was registered"), then one row per move dated the day the
move was recorded (the household row's ``updated_at``, a UTC time, read as the machine's local
date as every other date of the register is); '' stands for "no village".  Kept by triggers on
``household`` in the same transaction as the write, never suspended (a history cannot be rebuilt
from the current rows afterwards); the triggers also keep ``household_roll.village_since``.
"""

from __future__ import annotations

from storage import dated_history
from storage.db import run_script
from storage.sqlite import sqlite3

TABLE = "household_village_change"

_CREATE = f"""
CREATE TABLE {TABLE} (
    seq          INTEGER PRIMARY KEY,    -- order of writing: two moves on one day keep their order
    household_id TEXT NOT NULL,
    on_date      TEXT NOT NULL,          -- '' for the village it was registered in
    village_id   TEXT NOT NULL           -- '' for none
);
CREATE INDEX {TABLE}_household ON {TABLE}(household_id, on_date, seq);
"""

TRIGGERS = dated_history.triggers(
    "household_village", TABLE, "village_id", "coalesce(NEW.village_id, '')", "village_since"
)


def village_at(household_id: str, current: str, param: str = ":end") -> str:
    """SQL: the village ('' for none) of `household_id` at the end of the day `param` (`current`
    when its history has nothing on or before then)."""
    return dated_history.value_at(TABLE, "village_id", household_id, current, param)


def install(conn: sqlite3.Connection) -> None:
    """Create the table and its triggers, and fill it from what the register knows: each
    household's village moves in the audit log (before → after, dated when recorded), then its
    current village where the log has none.  Nothing to do where it is there already (migration 13
    installs it, before the household_roll that reads it, in a register older than that)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone():
        return
    run_script(conn, _CREATE)
    changes: dict[str, list[tuple[str, str]]] = {}
    first: dict[str, str] = {}
    for record_id, at, before, after in conn.execute(
        "SELECT record_id, date(at, 'localtime'), json_extract(before_json, '$.village_id'),"
        " json_extract(after_json, '$.village_id') FROM audit_log WHERE table_name = 'household'"
        " AND action != 'create' AND json_type(after_json, '$.village_id') IS NOT NULL ORDER BY seq"
    ):
        before, after = before or "", after or ""
        if before == after:
            continue
        first.setdefault(record_id, before)
        changes.setdefault(record_id, []).append((at, after))
    households = conn.execute("SELECT id, coalesce(village_id, ''), date(updated_at, 'localtime') FROM household")
    dated_history.fill(conn, TABLE, "village_id", households, changes, first)
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")
