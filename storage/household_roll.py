"""``household_roll``: one narrow row per household with what the per-village roll-ups ask of it.

The monthly report and the Home page count, per village, the households on the register, the
credit households (latest rating has a credit grade), the borrowers and those without arrears
(the credit-village rule), and the registered-poor households with a demand or a grant.  Asked of
the records themselves, each of these is a pass over every rating or every demand and a look-up
of its household: at county scale (100,000 households, 260,000 ratings, 120,000 demands) half a
second or more on the reference machine (bench/RESULTS.md), over the report's budget on its own.

So each household's answers are kept here, next to its village, office and status, and kept
right by SQLite triggers in the same transaction as the write that changes them: whatever
writes a household, a demand or a rating — a form, a roster or sync import, the demo fill, a
migration — cannot forget it (the same reasoning as the sync journal, migration 3).  A
household's row is recomputed from its own demands or ratings (a few index look-ups), never
adjusted by a difference, so a missed or repeated trigger cannot make it drift for good.  Every
roll-up is then one scan of this table in village order (primary key ``(village_id,
household_id)``): no sort, no join.

What a row holds, for the household's live (not deleted) records:

- ``rating_year`` / ``rating_grade``: its latest rating (at most one per year: unique index
  ``credit_rating_year``).  "Latest rating up to year Y" is this one unless a rating of a later
  year exists; storage/rollups.py falls back to the ratings themselves then.
- ``borrower``: 1 if a demand was granted (granted, repaid, defaulted, written off);
  ``open_maturity``: the earliest date a principal payment of its loans still owing fell due and
  is not yet covered (``loan_demand.due_from``, the loan ledger's migration; the maturity for a
  row written without it) — in arrears at a date when that date is past it.  In a register not
  yet at the ledger's migration (migration 13 installs this table first) the older answers are
  used: granted or repaid, the maturity of granted demands (:func:`_has_ledger`).
- ``first_registered_on``: its first demand's registration; ``first_granted_on``: the earliest
  grant of a demand now granted or repaid.

Dated, so that a roll-up can be computed as of a period's end (issue #19: a closed period's report
never changes when later work is recorded): ``registered_on`` (the household's registration
date), ``status_since`` (the date of its latest status change, from ``household_status_change``;
NULL: its status has not changed since it was registered), ``rating_on`` (the date its latest
rating was made) and ``loans_changed_on`` (the latest grant or repayment of its demands).  A
household whose dates are all on or before the period's end is answered from its row as it is;
only the others — the few with work recorded after that end — are looked up in their records
(storage/rollups.py).

Deleted households keep their row (``live`` = 0): their records still count in their village
where the report counts them, and a household can be restored.  ``village_id`` is '' for a
household without a village (a primary-key column cannot hold NULL here).

:func:`install` creates the table, fills it and sets the triggers (migration 10; a later change of
shape is a migration that calls it again).  A write of tens of thousands of rows (a first or
full sync package, the demo fill) runs in :func:`suspended`: triggers off, one grouped rebuild at
the end — the sync import drops the plain indexes the triggers' look-ups need.  :func:`stale`
lists rows that differ from a fresh computation (the register check).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from storage.db import run_script

TABLE = "household_roll"
GRANTED = "('granted', 'repaid', 'defaulted', 'written_off')"
#: loans whose principal is still owed (the arrears date is their earliest uncovered due date)
OWING = "('granted', 'defaulted', 'written_off')"

_CREATE = f"""
CREATE TABLE {TABLE} (
    village_id          TEXT NOT NULL,      -- '' for a household without a village
    household_id        TEXT NOT NULL,
    office_code         TEXT NOT NULL,
    status              TEXT NOT NULL,
    live                INTEGER NOT NULL,   -- household.deleted_at IS NULL
    registered_on       TEXT NOT NULL,      -- the household's registration date (REGISTERED_ON)
    status_since        TEXT,               -- its latest status change; NULL: none since registered
    village_since       TEXT,               -- its latest village move; NULL: none since registered
    deleted_on          TEXT,               -- the (local) day it was deleted; NULL: live
    rating_year         INTEGER,
    rating_grade        TEXT,
    rating_on           TEXT,               -- rated_on of that latest rating
    borrower            INTEGER NOT NULL DEFAULT 0,
    open_maturity       TEXT,
    first_registered_on TEXT,
    first_granted_on    TEXT,
    loans_changed_on    TEXT,               -- latest granted_on or repaid_on of its demands
    records_deleted_on  TEXT,               -- the latest (local) day one of its demands or ratings was deleted
    PRIMARY KEY (village_id, household_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX household_roll_id ON {TABLE}(household_id);
-- the households moved to another village since a date: a past period's figures put them back
CREATE INDEX household_roll_moved ON {TABLE}(village_since) WHERE village_since IS NOT NULL;
"""

HOUSEHOLD_COLUMNS = (
    "village_id, household_id, office_code, status, live, registered_on, status_since, village_since, deleted_on"
)
LOAN_COLUMNS = "borrower, open_maturity, first_registered_on, first_granted_on, loans_changed_on"
RATING_COLUMNS = "rating_year, rating_grade, rating_on"
STATUS_TABLE = "household_status_change"
VILLAGE_TABLE = "household_village_change"


def registered_on(h: str) -> str:
    """The registration date of household `h` (an alias): its own (migration 12), else the day it
    was entered here — the office's own day (local time), as deletions and village moves are
    dated: entered at 07:30 on 1 November in Xining is 31 October in UTC (migration 32)."""
    return f"coalesce({h}.registered_on, date({h}.created_at, 'localtime'))"


def _status_since(household_id: str) -> str:
    # the initial row of a household's history is dated '' (since registration): not a change
    return f"(SELECT nullif(max(on_date), '') FROM {STATUS_TABLE} WHERE household_id = {household_id})"


def _village_since(household_id: str) -> str:
    return f"(SELECT nullif(max(on_date), '') FROM {VILLAGE_TABLE} WHERE household_id = {household_id})"


def _records_deleted_on(household: str) -> str:
    # a deletion is dated (issue #19): a demand or rating deleted after a period's end still counts
    # in that period, so a household with one is looked up in its records for such a period
    return (
        f"(SELECT max(on_date) FROM (SELECT date(deleted_at, 'localtime') AS on_date FROM loan_demand"
        f" WHERE household_id = {household} AND deleted_at IS NOT NULL UNION ALL"
        f" SELECT date(deleted_at, 'localtime') FROM credit_rating"
        f" WHERE household_id = {household} AND deleted_at IS NOT NULL))"
    )


def _set_deleted(household: str) -> str:
    return f"UPDATE {TABLE} SET records_deleted_on = {_records_deleted_on(household)} WHERE household_id = {household};"


#: the table's columns, in order
COLUMNS = f"{HOUSEHOLD_COLUMNS}, {RATING_COLUMNS}, {LOAN_COLUMNS}, records_deleted_on"


def _household_values(h: str, named: bool = False) -> str:
    values = (
        f"coalesce({h}.village_id, '')",
        f"{h}.id",
        f"{h}.office_code",
        f"{h}.status",
        f"{h}.deleted_at IS NULL",
        registered_on(h),
        _status_since(f"{h}.id"),
        _village_since(f"{h}.id"),
        f"date({h}.deleted_at, 'localtime')",
    )
    if named:
        values = tuple(f"{v} AS {name}" for v, name in zip(values, HOUSEHOLD_COLUMNS.split(", ")))
    return ", ".join(values)


def _has_ledger(conn) -> bool:
    """Whether loan_demand has the loan ledger's columns (``due_from`` …) yet."""
    return any(r[1] == "due_from" for r in conn.execute("PRAGMA table_info(loan_demand)"))


# a household's answers from its live demands: the grouped rebuild and the triggers' look-ups alike
def _loan_answers(ledger: bool = True) -> tuple[tuple[str, str], ...]:
    if ledger:
        borrowed, owing, arrears = GRANTED, OWING, "coalesce(due_from, maturity_on)"
        changed = (
            "nullif(max(max(coalesce(granted_on, '')), max(coalesce(repaid_on, '')),"
            " max(coalesce(defaulted_on, '')), max(coalesce(written_off_on, ''))), '')"
        )
    else:
        borrowed, owing, arrears = "('granted', 'repaid')", "('granted')", "maturity_on"
        changed = "nullif(max(max(coalesce(granted_on, '')), max(coalesce(repaid_on, ''))), '')"
    return (
        (f"coalesce(max(status IN {borrowed}), 0)", "borrower"),
        (f"min(CASE WHEN status IN {owing} THEN {arrears} END)", "open_maturity"),
        ("min(registered_on)", "first_registered_on"),
        (f"min(CASE WHEN status IN {borrowed} THEN granted_on END)", "first_granted_on"),
        (changed, "loans_changed_on"),
    )


def _loans_of(household: str, ledger: bool = True) -> str:
    aggregates = ", ".join(expr for expr, _ in _loan_answers(ledger))
    return f"(SELECT {aggregates} FROM loan_demand WHERE household_id = {household} AND deleted_at IS NULL)"


def _rating_of(household: str) -> str:
    # no live rating: the row value is (NULL, NULL)
    return (
        f"(SELECT year, grade, rated_on FROM credit_rating WHERE household_id = {household}"
        f" AND deleted_at IS NULL ORDER BY year DESC LIMIT 1)"
    )


def _set_loans(household: str, ledger: bool = True) -> str:
    return f"UPDATE {TABLE} SET ({LOAN_COLUMNS}) = {_loans_of(household, ledger)} WHERE household_id = {household};"


def _set_rating(household: str) -> str:
    return f"UPDATE {TABLE} SET ({RATING_COLUMNS}) = {_rating_of(household)} WHERE household_id = {household};"


def _triggers(ledger: bool = True) -> dict[str, str]:
    moved = "WHEN OLD.household_id IS NOT NEW.household_id"
    ledger_columns = " due_from, defaulted_on, written_off_on," if ledger else ""
    return {
        # a household's own columns; its demands and ratings too, should they be stored before it
        "household_roll_household_insert": f"""AFTER INSERT ON household BEGIN
            INSERT OR REPLACE INTO {TABLE}({HOUSEHOLD_COLUMNS}) VALUES ({_household_values("NEW")});
            {_set_loans("NEW.id", ledger)} {_set_rating("NEW.id")} {_set_deleted("NEW.id")} END""",
        "household_roll_household_update": f"""AFTER UPDATE OF village_id, office_code, status, deleted_at,
            created_at, registered_on ON household BEGIN
            UPDATE {TABLE} SET ({HOUSEHOLD_COLUMNS}) = ({_household_values("NEW")}) WHERE household_id = OLD.id;
            END""",
        "household_roll_household_delete": f"""AFTER DELETE ON household BEGIN
            DELETE FROM {TABLE} WHERE household_id = OLD.id; END""",
        "household_roll_loan_insert": f"""AFTER INSERT ON loan_demand BEGIN {_set_loans("NEW.household_id", ledger)}
            {_set_deleted("NEW.household_id")} END""",
        "household_roll_loan_update": f"""AFTER UPDATE OF household_id, status, maturity_on,{ledger_columns} registered_on,
            granted_on, repaid_on, deleted_at ON loan_demand BEGIN {_set_loans("NEW.household_id", ledger)}
            {_set_deleted("NEW.household_id")} END""",
        "household_roll_loan_moved": f"""AFTER UPDATE OF household_id ON loan_demand {moved} BEGIN
            {_set_loans("OLD.household_id", ledger)} {_set_deleted("OLD.household_id")} END""",
        "household_roll_loan_delete": f"""AFTER DELETE ON loan_demand BEGIN
            {_set_loans("OLD.household_id", ledger)} {_set_deleted("OLD.household_id")} END""",
        "household_roll_rating_insert": f"""AFTER INSERT ON credit_rating BEGIN {_set_rating("NEW.household_id")}
            {_set_deleted("NEW.household_id")} END""",
        "household_roll_rating_update": f"""AFTER UPDATE OF household_id, year, grade, rated_on, deleted_at ON credit_rating
            BEGIN {_set_rating("NEW.household_id")} {_set_deleted("NEW.household_id")} END""",
        "household_roll_rating_moved": f"""AFTER UPDATE OF household_id ON credit_rating {moved} BEGIN
            {_set_rating("OLD.household_id")} {_set_deleted("OLD.household_id")} END""",
        "household_roll_rating_delete": f"""AFTER DELETE ON credit_rating BEGIN {_set_rating("OLD.household_id")}
            {_set_deleted("OLD.household_id")} END""",
    }


def expected(ledger: bool = True) -> str:
    """Every row as it should be, from the records, in grouped passes (not a look-up per household)."""
    answers = ", ".join(f"{expr} AS {name}" for expr, name in _loan_answers(ledger))
    return f"""
SELECT {_household_values("h", named=True)}, r.year AS rating_year, r.grade AS rating_grade,
       r.rated_on AS rating_on, coalesce(l.borrower, 0) AS borrower, l.open_maturity, l.first_registered_on,
       l.first_granted_on, l.loans_changed_on, x.records_deleted_on
FROM household h
LEFT JOIN (SELECT household_id, max(year) AS year, grade, rated_on FROM credit_rating   -- max(year)'s row
           WHERE deleted_at IS NULL GROUP BY household_id) r ON r.household_id = h.id
LEFT JOIN (SELECT household_id, {answers}
           FROM loan_demand WHERE deleted_at IS NULL GROUP BY household_id) l ON l.household_id = h.id
LEFT JOIN (SELECT household_id, max(date(deleted_at, 'localtime')) AS records_deleted_on
           FROM (SELECT household_id, deleted_at FROM loan_demand WHERE deleted_at IS NOT NULL
                 UNION ALL SELECT household_id, deleted_at FROM credit_rating WHERE deleted_at IS NOT NULL)
           GROUP BY household_id) x ON x.household_id = h.id
"""


#: every row as it should be in a register with the loan ledger (the current schema)
EXPECTED = expected()


def _create_triggers(conn) -> None:
    for name, body in _triggers(_has_ledger(conn)).items():
        conn.execute(f"CREATE TRIGGER {name} {body}")


def _drop_triggers(conn) -> None:
    for name in _triggers():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(conn) -> None:
    """Every row computed again from the records (about 2 s at 1,000,000 records)."""
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(f"INSERT INTO {TABLE}({COLUMNS}) {expected(_has_ledger(conn))}")


def install(conn) -> None:
    """Create (or create again) the table, fill it and set its triggers."""
    _drop_triggers(conn)
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    run_script(conn, _CREATE)
    rebuild(conn)
    _create_triggers(conn)


@contextmanager
def suspended(conn) -> Iterator[None]:
    """For one big write inside a transaction: the triggers are off meanwhile, and the table is
    rebuilt once at the end (and storage/loan_step_roll.py's with it).  If the write fails, its transaction's rollback puts the triggers back
    with everything else (SQLite's schema changes are transactional)."""
    from storage import loan_step_roll  # the month's loan figures: the same triggers-off rule

    steps = loan_step_roll.installed(conn)
    _drop_triggers(conn)
    if steps:
        loan_step_roll.drop_triggers(conn)
    yield
    rebuild(conn)
    _create_triggers(conn)
    if steps:
        loan_step_roll.rebuild(conn)
        loan_step_roll.create_triggers(conn)


def stale(conn, limit: int = 20) -> list[str]:
    """Ids of households whose row differs from what the records say (or which have no row, or
    rows without a household), at most `limit`."""
    rows = expected(_has_ledger(conn))
    return [
        r[0]
        for r in conn.execute(
            f"""
        SELECT household_id FROM ({rows} EXCEPT SELECT {COLUMNS} FROM {TABLE})
        UNION
        SELECT household_id FROM (SELECT {COLUMNS} FROM {TABLE} EXCEPT {rows})
        ORDER BY household_id LIMIT ?""",
            (limit,),
        )
    ]
