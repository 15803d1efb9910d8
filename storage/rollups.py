"""Per-village roll-ups over every household, shared by the monthly report (app/services/reports.py)
and the Home page's indicators (app/services/indicators.py).

Each takes `tree`: a JSON list of office codes (the office and everything below it), or None for
the whole register (an office's register holds only its own records and those below it, so no
per-row office test is needed).  Results are keyed by ``village_id`` (None: households without a
village) and kept until the register next changes (``Database.memo``): the Home page and the
Reports page ask for the same year's credit households one after the other.

The household side of every join goes through ``household_village_of`` (migration 8), named with
``INDEXED BY`` because the planner would otherwise take the unique id index and read each wide
household row (see the migration for the figures).
"""
from __future__ import annotations

import json

from storage.db import Database

#: the household side of a roll-up join: id → village, status, office, deleted, from one narrow index
HOUSEHOLD_VILLAGE = "household h INDEXED BY household_village_of"
GRANTED = "('granted', 'repaid')"   # as written in loan_demand_granted's WHERE (migration 8)


def in_tree(tree: str | None, alias: str = "", param: str = "tree") -> str:
    """The office filter on `alias`.office_code; "1" when the tree is the whole register."""
    if tree is None:
        return "1"
    return f"{alias + '.' if alias else ''}office_code IN (SELECT value FROM json_each(:{param}))"


def _memo(db: Database, key: str, compute):
    # data_version: a commit by another connection (none is expected: the single-instance lock)
    return db.memo(f"rollups:{key}:{db.scalar('PRAGMA data_version')}", compute)


def households(db: Database, tree: str | None, end: str) -> dict[str | None, tuple[int, int]]:
    """village_id → (households registered by `end` and not deleted, households on the register now)."""
    def compute():
        return {r["village_id"]: (r["n"], r["now"]) for r in db.query(f"""
            SELECT village_id, sum(substr(created_at, 1, 10) <= :end) AS n, count(*) AS now
            FROM household INDEXED BY household_village_created
            WHERE deleted_at IS NULL AND {in_tree(tree)} GROUP BY village_id""",
            {"tree": tree, "end": end})}
    return _memo(db, f"households:{tree}:{end}", compute)


def credit_households(db: Database, tree: str | None, year: int, grades: list[str]) -> dict[str | None, int]:
    """village_id → households on the register whose latest rating for a year up to `year` has one
    of `grades` (the grade beside max(year) is that row's: SQLite's bare-column rule)."""
    grades_json = json.dumps(sorted(grades))

    def compute():
        return {r["village_id"]: r["n"] for r in db.query(f"""
            SELECT h.village_id, count(*) AS n
            FROM (SELECT household_id, grade, max(year) AS year
                  FROM credit_rating INDEXED BY credit_rating_latest
                  WHERE deleted_at IS NULL AND year <= :year GROUP BY household_id) l
            JOIN {HOUSEHOLD_VILLAGE} ON h.id = l.household_id
            WHERE l.grade IN (SELECT value FROM json_each(:grades))
              AND h.deleted_at IS NULL AND {in_tree(tree, 'h')}
            GROUP BY h.village_id""", {"tree": tree, "year": year, "grades": grades_json})}
    return _memo(db, f"credit:{tree}:{year}:{grades_json}", compute)


def borrowers(db: Database, tree: str | None, arrears_before: str) -> dict[str | None, tuple[int, int]]:
    """village_id → (borrowers, borrowers without arrears): households on the register with a
    granted or repaid demand, and those of them with no granted demand whose maturity is before
    `arrears_before` (the rule of ratings.credit_villages)."""
    def compute():
        return {r["village_id"]: (r["n"], r["clean"] or 0) for r in db.query(f"""
            SELECT h.village_id, count(*) AS n, sum(b.arrears = 0) AS clean
            FROM (SELECT household_id,
                         max(CASE WHEN status = 'granted' AND maturity_on < :before THEN 1 ELSE 0 END) AS arrears
                  FROM loan_demand INDEXED BY loan_demand_household_state
                  WHERE deleted_at IS NULL AND status IN {GRANTED} GROUP BY household_id) b
            JOIN {HOUSEHOLD_VILLAGE} ON h.id = b.household_id
            WHERE h.deleted_at IS NULL AND {in_tree(tree, 'h')}
            GROUP BY h.village_id""", {"tree": tree, "before": arrears_before})}
    return _memo(db, f"borrowers:{tree}:{arrears_before}", compute)
