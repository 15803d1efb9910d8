"""Per-village roll-ups over every household, shared by the monthly report (app/services/reports.py)
and the Home page's indicators (app/services/indicators.py).

Three passes, each one over all households or all their ratings / loans: households per village
(at a date and now), credit households per village (latest rating up to a year has a credit
grade), borrowers and borrowers without arrears per village (the rule of
ratings.credit_villages).  At county scale they are most of the work of both pages, and they do
not depend on the month's records, so :func:`start` runs them on a second, read-only connection
to the same register in a thread while the caller computes the month's figures on its own
connection: SQLite lets go of Python's lock while it works, so on a machine with two cores both
run at once.  Results are kept until the register next changes: the Home page and the Reports
page ask for the same year's credit households one after the other.

`tree` is a JSON list of office codes (the office and everything below it), or None for the whole
register (an office's register holds only its own records and those below it, so no per-row office
test is needed).  Villages are keyed by ``village_id`` (None: households without a village).

The household side of every join goes through ``household_village_of`` (migration 8), named with
``INDEXED BY`` because the planner would otherwise take the unique id index and read each wide
household row (see the migration for the figures).
"""
from __future__ import annotations

import json
import sqlite3
import threading
import weakref
from dataclasses import dataclass, field
from typing import Callable

from storage.db import Database, StorageError

#: the household side of a roll-up join: id → village, status, office, deleted, from one narrow index
HOUSEHOLD_VILLAGE = "household h INDEXED BY household_village_of"
GRANTED = "('granted', 'repaid')"   # as written in loan_demand_granted's WHERE (migration 8)
PARTS = ("households", "credit", "borrowers")


def in_tree(tree: str | None, alias: str = "", param: str = "tree") -> str:
    """The office filter on `alias`.office_code; "1" when the tree is the whole register."""
    if tree is None:
        return "1"
    return f"{alias + '.' if alias else ''}office_code IN (SELECT value FROM json_each(:{param}))"


# -- the passes ----------------------------------------------------------------------------------
def households(db: Database, tree: str | None, end: str) -> dict[str | None, tuple[int, int]]:
    """village_id → (households registered by `end` and not deleted, households on the register now)."""
    return {r["village_id"]: (r["n"], r["now"]) for r in db.query(f"""
        SELECT village_id, sum(substr(created_at, 1, 10) <= :end) AS n, count(*) AS now
        FROM household INDEXED BY household_village_created
        WHERE deleted_at IS NULL AND {in_tree(tree)} GROUP BY village_id""", {"tree": tree, "end": end})}


def credit_households(db: Database, tree: str | None, year: int, grades: list[str]) -> dict[str | None, int]:
    """village_id → households on the register whose latest rating for a year up to `year` has one
    of `grades` (the grade beside max(year) is that row's: SQLite's bare-column rule)."""
    return {r["village_id"]: r["n"] for r in db.query(f"""
        SELECT h.village_id, count(*) AS n
        FROM (SELECT household_id, grade, max(year) AS year
              FROM credit_rating INDEXED BY credit_rating_latest
              WHERE deleted_at IS NULL AND year <= :year GROUP BY household_id
              HAVING grade IN (SELECT value FROM json_each(:grades))) l   -- only these are kept
        JOIN {HOUSEHOLD_VILLAGE} ON h.id = l.household_id
        WHERE h.deleted_at IS NULL AND {in_tree(tree, 'h')}
        GROUP BY h.village_id""", {"tree": tree, "year": year, "grades": json.dumps(sorted(grades))})}


def borrowers(db: Database, tree: str | None, arrears_before: str) -> dict[str | None, tuple[int, int]]:
    """village_id → (borrowers, borrowers without arrears): households on the register with a
    granted or repaid demand, and those of them with no granted demand whose maturity is before
    `arrears_before` (the rule of ratings.credit_villages)."""
    return {r["village_id"]: (r["n"], r["clean"] or 0) for r in db.query(f"""
        SELECT h.village_id, count(*) AS n, sum(b.arrears = 0) AS clean
        FROM (SELECT household_id,
                     max(CASE WHEN status = 'granted' AND maturity_on < :before THEN 1 ELSE 0 END) AS arrears
              FROM loan_demand INDEXED BY loan_demand_household_state
              WHERE deleted_at IS NULL AND status IN {GRANTED} GROUP BY household_id) b
        CROSS JOIN {HOUSEHOLD_VILLAGE} ON h.id = b.household_id   -- (b first, streamed: not stored)
        WHERE h.deleted_at IS NULL AND {in_tree(tree, 'h')}
        GROUP BY h.village_id""", {"tree": tree, "before": arrears_before})}


# -- run beside the caller, keep until the register changes ---------------------------------------
@dataclass
class Villages:
    households: dict[str | None, tuple[int, int]] = field(default_factory=dict)   # (at end, now)
    credit: dict[str | None, int] = field(default_factory=dict)
    borrowers: dict[str | None, tuple[int, int]] = field(default_factory=dict)    # (borrowers, clean)


_kept: "weakref.WeakKeyDictionary[Database, dict]" = weakref.WeakKeyDictionary()


def _stamp(db: Database) -> tuple[int, int]:
    # rows this connection changed, and commits by another (none expected: the single-instance lock)
    return db.conn.total_changes, db.scalar("PRAGMA data_version")


def beside(db: Database, work: Callable[[Database], object]) -> Callable[[], object]:
    """Start ``work(reader)`` in a thread on a second, read-only connection to `db`'s file; return
    a function that waits for its result.  Where a second connection would not see what `db`
    sees — an in-memory database, or a transaction open on `db` — the work is done at once on
    `db` itself; and if the second connection cannot read, the waiting function does it there."""
    if str(db.path) == ":memory:" or db.conn.in_transaction:
        value = work(db)
        return lambda: value
    box: dict = {}

    def run() -> None:
        try:
            reader = Database(db.path, migrate=False)
        except (sqlite3.Error, StorageError, OSError) as exc:
            box["failed"] = exc
            return
        try:
            reader.execute("PRAGMA query_only = 1")
            box["value"] = work(reader)
        except (sqlite3.Error, StorageError) as exc:
            box["failed"] = exc
        except BaseException as exc:   # a bug: raised in the caller's thread, not lost in this one
            box["error"] = exc
        finally:
            reader.close()

    thread = threading.Thread(target=run, name="rollups", daemon=True)
    thread.start()

    def result():
        thread.join()
        if "error" in box:
            raise box["error"]
        if "failed" in box:
            return work(db)
        return box["value"]
    return result


def start(db: Database, tree: str | None, *, end: str, year: int, grades: list[str], arrears_before: str,
          parts: tuple[str, ...] = PARTS) -> Callable[[], Villages]:
    """Start the roll-ups named in `parts` that are not kept from an earlier call; return a
    function that waits for them (the caller's own queries run meanwhile)."""
    stamp = _stamp(db)
    kept = _kept.setdefault(db, {})
    keys = {"households": ("households", tree, end),
            "credit": ("credit", tree, year, tuple(sorted(grades))),
            "borrowers": ("borrowers", tree, arrears_before)}
    ready = {p: kept[keys[p]][1] for p in parts if keys[p] in kept and kept[keys[p]][0] == stamp}
    missing = [p for p in parts if p not in ready]
    passes = {"households": lambda on: households(on, tree, end),
              "credit": lambda on: credit_households(on, tree, year, grades),
              "borrowers": lambda on: borrowers(on, tree, arrears_before)}
    wait = beside(db, lambda on: {p: passes[p](on) for p in missing}) if missing else (lambda: {})

    def result() -> Villages:
        computed = wait()
        for stale in [k for k, (s, _) in list(kept.items()) if s != stamp]:
            kept.pop(stale, None)
        for p, value in computed.items():
            kept[keys[p]] = (stamp, value)   # a write since `stamp` makes the next call miss: correct
        return Villages(**{**ready, **computed})
    return result
