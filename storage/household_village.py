"""``household_village_change``: the dated history of each household's village, so that the
per-village figures of a past period put a household in the village it belonged to at the
period's end, not the one it belongs to today (issue #19: a closed period's report never changes
when later work is recorded; moving a household to another village is later work).

The same shape and rules as storage/household_status.py: one row per village a household has
had, the first dated '' ("since it was registered"), then one row per move dated the day the
move was recorded (the household row's ``updated_at``, a UTC time, read as the machine's local
date as every other date of the register is); '' stands for "no village".  Kept by triggers on
``household`` in the same transaction as the write, never suspended (a history cannot be rebuilt
from the current rows afterwards); the triggers also keep ``household_roll.village_since``.
"""

from __future__ import annotations

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

_LAST = f"(SELECT village_id FROM {TABLE} WHERE household_id = NEW.id ORDER BY on_date DESC, seq DESC LIMIT 1)"

_RECORD = f"""
    INSERT INTO {TABLE}(household_id, on_date, village_id)
    SELECT NEW.id, CASE WHEN EXISTS (SELECT 1 FROM {TABLE} WHERE household_id = NEW.id)
                        THEN date(NEW.updated_at, 'localtime') ELSE '' END, coalesce(NEW.village_id, '')
    WHERE coalesce(NEW.village_id, '') IS NOT {_LAST};
    UPDATE household_roll SET village_since =
        (SELECT nullif(max(on_date), '') FROM {TABLE} WHERE household_id = NEW.id)
    WHERE household_id = NEW.id;
"""

TRIGGERS = {
    "household_village_insert": f"AFTER INSERT ON household BEGIN {_RECORD} END",
    "household_village_update": f"AFTER UPDATE OF village_id ON household BEGIN {_RECORD} END",
}


def village_at(household_id: str, current: str, param: str = ":end") -> str:
    """SQL: the village ('' for none) of `household_id` at the end of the day `param` (`current`
    when its history has nothing on or before then)."""
    return (
        f"coalesce((SELECT village_id FROM {TABLE} WHERE household_id = {household_id} AND on_date <= {param}"
        f" ORDER BY on_date DESC, seq DESC LIMIT 1), {current})"
    )


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
    rows = []
    for household_id, village_id, updated_at in conn.execute(
        "SELECT id, coalesce(village_id, ''), date(updated_at, 'localtime') FROM household"
    ):
        history = changes.get(household_id, [])
        rows.append((household_id, "", first.get(household_id, village_id)))
        rows.extend((household_id, on, to) for on, to in history)
        # a village the log does not end with (moved by an import since): dated by the row's last write
        if history and history[-1][1] != village_id:
            rows.append((household_id, max(history[-1][0], updated_at or ""), village_id))
    conn.executemany(f"INSERT INTO {TABLE}(household_id, on_date, village_id) VALUES (?, ?, ?)", rows)
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")
