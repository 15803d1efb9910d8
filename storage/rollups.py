"""Per-village roll-ups over every household, shared by the monthly report (app/services/reports.py)
and the Home page's indicators (app/services/indicators.py): households per village (at a date and
now), credit households (latest rating up to a year has a credit grade), borrowers and borrowers
without arrears (the rule of ratings.credit_villages).

All of them come from one scan of ``household_roll`` (migration 10, storage/household_roll.py),
where triggers keep each household's latest rating, borrowing and arrears date beside its village:
100,000 narrow rows in village order, no join and no sort.  Before, they were three passes over
every rating and demand with a household look-up per record, 0.4–0.6 s at county scale.

`tree` is a JSON list of office codes (the office and everything below it), or None for the whole
register (an office's register holds only its own records and those below it, so no per-row office
test is needed).  Villages are keyed by ``village_id`` (None: households without a village).

:func:`beside` runs a query on a second, read-only connection in a thread while the caller goes
on with its own: the report's month of loan steps is the one pass left that is worth it.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Callable

from storage.db import Database, StorageError

#: the household side of a per-record join: household id → village ('' for none), office, status
HOUSEHOLD_VILLAGE = "household_roll h INDEXED BY household_roll_id"
GRANTED = "('granted', 'repaid')"   # as written in loan_demand_granted's WHERE (migration 8)


def in_tree(tree: str | None, alias: str = "", param: str = "tree") -> str:
    """The office filter on `alias`.office_code; "1" when the tree is the whole register."""
    if tree is None:
        return "1"
    return f"{alias + '.' if alias else ''}office_code IN (SELECT value FROM json_each(:{param}))"


# -- the roll-ups -----------------------------------------------------------------------------------
@dataclass
class Villages:
    households: dict[str | None, tuple[int, int]] = field(default_factory=dict)   # (at end, now)
    credit: dict[str | None, int] = field(default_factory=dict)
    borrowers: dict[str | None, tuple[int, int]] = field(default_factory=dict)    # (borrowers, clean)


def villages(db: Database, tree: str | None, *, end: str, year: int, grades: list[str],
             arrears_before: str) -> Villages:
    """Per village: households registered by `end` and not deleted, and on the register now;
    those of them whose latest rating for a year up to `year` has one of `grades`; borrowers (a
    granted or repaid demand) and those of them with no granted demand whose maturity is before
    `arrears_before`.

    A household rated for a later year than `year` (a report for last year, made after this
    year's ratings began) is the only one whose ratings are read: its latest up to `year`."""
    grade_params = {f"g{i}": g for i, g in enumerate(sorted(grades))}
    in_grades = f"IN ({', '.join(':' + k for k in grade_params)})"
    out = Villages()
    for r in db.query(f"""
            SELECT village_id, sum(created_on <= :end) AS n, count(*) AS now,
                   sum(CASE WHEN rating_year <= :year THEN rating_grade {in_grades}
                            WHEN rating_year > :year THEN coalesce(
                                (SELECT grade FROM credit_rating INDEXED BY credit_rating_latest
                                 WHERE household_id = h.household_id AND deleted_at IS NULL AND year <= :year
                                 ORDER BY year DESC LIMIT 1) {in_grades}, 0)
                            ELSE 0 END) AS credit,
                   sum(borrower) AS borrowers,
                   sum(borrower AND (open_maturity IS NULL OR open_maturity >= :before)) AS clean
            FROM household_roll h
            WHERE live AND {in_tree(tree)}
            GROUP BY village_id""",
            {"tree": tree, "end": end, "year": year, "before": arrears_before, **grade_params}):
        village = r["village_id"] or None
        out.households[village] = (r["n"], r["now"])
        if r["credit"]:
            out.credit[village] = r["credit"]
        if r["borrowers"]:
            out.borrowers[village] = (r["borrowers"], r["clean"])
    return out


# -- run beside the caller ---------------------------------------------------------------------------
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
