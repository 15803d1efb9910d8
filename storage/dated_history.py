"""What a household's two dated histories share — its status (storage/household_status.py) and its
village (storage/household_village.py): the triggers on ``household`` that add a row when the
value changes, the SQL of the value at the end of a day, and the one-off filling of the table from
the audit log.

A history table has one row per value the household has had, ``(seq, household_id, on_date,
<column>)``: the first dated '' ("since it was registered"), then one per change, dated the
office's own day (local time) the change was recorded — the household row's ``updated_at``; an
imported row keeps the time its own office wrote it.  ``household_roll.<since>`` keeps the date of
the latest change (NULL: none since it was registered).

The triggers' text is compared with the program's by ``check`` (storage/schema_code.py): what is
built here must stay the text the migrations wrote, spacing aside.
"""

from __future__ import annotations

from typing import Iterable

from storage.sqlite import sqlite3


def triggers(name: str, table: str, column: str, value: str, since: str) -> dict[str, str]:
    """``<name>_insert`` and ``<name>_update`` (of `column`) on ``household``, by name: a row of
    `table` when `value` (SQL of the written row's value, from NEW) is not the household's latest,
    and ``household_roll.<since>`` set again from the history."""
    last = f"(SELECT {column} FROM {table} WHERE household_id = NEW.id ORDER BY on_date DESC, seq DESC LIMIT 1)"
    record = f"""
    INSERT INTO {table}(household_id, on_date, {column})
    SELECT NEW.id, CASE WHEN EXISTS (SELECT 1 FROM {table} WHERE household_id = NEW.id)
                        THEN date(NEW.updated_at, 'localtime') ELSE '' END, {value}
    WHERE {value} IS NOT {last};
    UPDATE household_roll SET {since} =
        (SELECT nullif(max(on_date), '') FROM {table} WHERE household_id = NEW.id)
    WHERE household_id = NEW.id;
"""
    return {
        f"{name}_insert": f"AFTER INSERT ON household BEGIN {record} END",
        f"{name}_update": f"AFTER UPDATE OF {column} ON household BEGIN {record} END",
    }


def value_at(table: str, column: str, household_id: str, current: str, param: str) -> str:
    """SQL: the value of `household_id` at the end of the day `param` (`current` when its history
    has nothing on or before then)."""
    return (
        f"coalesce((SELECT {column} FROM {table} WHERE household_id = {household_id} AND on_date <= {param}"
        f" ORDER BY on_date DESC, seq DESC LIMIT 1), {current})"
    )


def fill(
    conn: sqlite3.Connection,
    table: str,
    column: str,
    households: Iterable[tuple[str, str, str | None]],
    changes: dict[str, list[tuple[str, str]]],
    first: dict[str, str],
) -> None:
    """Every household's rows, from `households` — (id, value now, day of the row's last write) —
    and what the audit log says: `changes`, each household's (day, value) in the order written,
    and `first`, the value it was registered with (else its value now).  A value now that the
    log does not end with (changed by an import since) is dated by the row's last write."""
    rows = []
    for household_id, value, written_on in households:
        history = changes.get(household_id, [])
        rows.append((household_id, "", first.get(household_id, value)))
        rows.extend((household_id, on, to) for on, to in history)
        if history and history[-1][1] != value:
            rows.append((household_id, max(history[-1][0], written_on or ""), value))
    conn.executemany(f"INSERT INTO {table}(household_id, on_date, {column}) VALUES (?, ?, ?)", rows)
