"""``loan_step_roll``: the loan figures of each day, per village, office, step and product, kept
by triggers, so that a report over a quarter, a half-year, a year or any range reads a few
thousand narrow rows instead of every loan step of the period (issue #19; DESIGN §7's 0.5 s at 100,000 households).

The report counts, per village, the loan steps of the period (referred, approved, granted, …: a
``loan_event`` with its ``on_date`` in the period; the amount granted for a grant, the amount asked
otherwise) and the demands registered in it.  Asked of the records, a year is about 370,000 steps
at county scale, each looked up in its demand and its household: 1.8 s of CPU on the reference
machine, more than three times the budget on its own.

A row holds, for one day, one village ('' for none: the household's village now), one office
(the demand's), one step (``loan_event.to_status``, or 'registered' for the demands registered
that day, by their ``registered_on``) and 530 or not, how many and how much (fen).
Only live steps of live demands count.  Unlike household_roll's rows these are kept by
difference: each trigger takes away what the old row contributed and adds what the new one does,
in one grouped INSERT … ON CONFLICT per change — a household moving village, or a demand changing,
moves all of its steps at once.  A write that went wrong could leave a difference behind, so
:func:`stale` compares every row with a fresh computation (the register check) and :func:`rebuild`
computes them all again (``check --repair``, and after a big write in
``household_roll.suspended``).

What it cannot know by itself — a household's village at a past period's end, a step or demand
deleted after it — stays with the report (app/services/reports.py): it reads this table for the
period's days and corrects it for the few households moved since and records deleted since.
(Days, not months: a range that starts or ends mid-month needs no second way of counting, and a
year is still only some 60,000 rows at county scale.)
"""

from __future__ import annotations

from storage.db import run_script
from storage.sqlite import sqlite3

TABLE = "loan_step_roll"
PRODUCT_530 = "530"

_CREATE = f"""
CREATE TABLE {TABLE} (
    on_date     TEXT NOT NULL,      -- the step's on_date, or the demand's registered_on
    village_id  TEXT NOT NULL,
    office_code TEXT NOT NULL,
    status      TEXT NOT NULL,      -- loan_event.to_status, or 'registered' (loan_demand.registered_on)
    is530       INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    fen         INTEGER NOT NULL,
    PRIMARY KEY (on_date, village_id, office_code, status, is530)
) WITHOUT ROWID;
"""

#: a step's amount: the amount granted for a grant (its details, else the demand's), else asked
STEP_FEN = (
    "CASE WHEN {e}.to_status = 'granted'"
    " THEN coalesce(json_extract({e}.details, '$.granted_fen'), {d}.granted_fen, {d}.amount_fen)"
    " ELSE {d}.amount_fen END"
)


def _village(household: str) -> str:
    return f"coalesce((SELECT village_id FROM household WHERE id = {household}), '')"


def _add(select: str) -> str:
    """An INSERT that adds the grouped rows of `select` (day, village, office, status, is530, n,
    fen) to the table."""
    return (
        f"INSERT INTO {TABLE}(on_date, village_id, office_code, status, is530, n, fen) {select}"
        " ON CONFLICT DO UPDATE SET n = n + excluded.n, fen = fen + excluded.fen;"
    )


def _steps_of_demand(d: str, sign: str, village: str | None = None) -> str:
    """Add (sign '+') or take away ('-') the live steps of demand `d` (OLD or NEW) in its village."""
    v = village or _village(f"{d}.household_id")
    return _add(
        f"SELECT e.on_date, {v}, {d}.office_code, e.to_status, {d}.product_code = '{PRODUCT_530}',"
        f" {sign}count(*), {sign}coalesce(sum({STEP_FEN.format(e='e', d=d)}), 0)"
        f" FROM loan_event e WHERE e.loan_demand_id = {d}.id AND e.deleted_at IS NULL"
        f" AND e.to_status != 'registered' AND {d}.deleted_at IS NULL"
        " GROUP BY e.on_date, e.to_status"
    )


def _registration(d: str, sign: str, village: str | None = None) -> str:
    v = village or _village(f"{d}.household_id")
    return _add(
        f"SELECT {d}.registered_on, {v}, {d}.office_code, 'registered',"
        f" {d}.product_code = '{PRODUCT_530}', {sign}1, {sign}coalesce({d}.amount_fen, 0)"
        f" WHERE {d}.deleted_at IS NULL AND {d}.registered_on IS NOT NULL"
    )


def _step(e: str, sign: str) -> str:
    """Add or take away one step `e` (OLD or NEW) of a live demand."""
    return _add(
        f"SELECT {e}.on_date, {_village('d.household_id')}, d.office_code, {e}.to_status,"
        f" d.product_code = '{PRODUCT_530}', {sign}1, {sign}coalesce({STEP_FEN.format(e=e, d='d')}, 0)"
        f" FROM loan_demand d WHERE d.id = {e}.loan_demand_id AND d.deleted_at IS NULL"
        f" AND {e}.deleted_at IS NULL AND {e}.to_status != 'registered'"
    )


def _demands_of_household(h: str, sign: str, village: str) -> str:
    """Add or take away every live demand of household `h` (its registration and its steps) as if
    it were in `village`."""
    return _add(
        f"SELECT e.on_date, {village}, d.office_code, e.to_status, d.product_code = '{PRODUCT_530}',"
        f" {sign}count(*), {sign}coalesce(sum({STEP_FEN.format(e='e', d='d')}), 0)"
        f" FROM loan_demand d JOIN loan_event e ON e.loan_demand_id = d.id WHERE d.household_id = {h}.id"
        " AND d.deleted_at IS NULL AND e.deleted_at IS NULL AND e.to_status != 'registered'"
        " GROUP BY 1, 3, 4, 5"
    ) + _add(
        f"SELECT d.registered_on, {village}, d.office_code, 'registered',"
        f" d.product_code = '{PRODUCT_530}', {sign}count(*), {sign}coalesce(sum(d.amount_fen), 0)"
        f" FROM loan_demand d WHERE d.household_id = {h}.id AND d.deleted_at IS NULL"
        " AND d.registered_on IS NOT NULL GROUP BY 1, 3, 5"
    )


TRIGGERS = {
    "loan_step_roll_event_insert": f"AFTER INSERT ON loan_event BEGIN {_step('NEW', '+')} END",
    "loan_step_roll_event_update": f"""AFTER UPDATE OF on_date, to_status, details, deleted_at, loan_demand_id
        ON loan_event BEGIN {_step("OLD", "-")} {_step("NEW", "+")} END""",
    "loan_step_roll_event_delete": f"AFTER DELETE ON loan_event BEGIN {_step('OLD', '-')} END",
    "loan_step_roll_demand_insert": f"""AFTER INSERT ON loan_demand BEGIN {_registration("NEW", "+")}
        {_steps_of_demand("NEW", "+")} END""",
    "loan_step_roll_demand_update": f"""AFTER UPDATE OF deleted_at, product_code, amount_fen, granted_fen,
        household_id, office_code, registered_on ON loan_demand BEGIN
        {_registration("OLD", "-")} {_steps_of_demand("OLD", "-")}
        {_registration("NEW", "+")} {_steps_of_demand("NEW", "+")} END""",
    "loan_step_roll_demand_delete": f"""AFTER DELETE ON loan_demand BEGIN {_registration("OLD", "-")}
        {_steps_of_demand("OLD", "-")} END""",
    # a household's demands go with it: stored before it (a package's order) they were in ''
    "loan_step_roll_household_insert": f"""AFTER INSERT ON household BEGIN
        {_demands_of_household("NEW", "-", "''")} {_demands_of_household("NEW", "+", "coalesce(NEW.village_id, '')")}
        END""",
    "loan_step_roll_household_move": f"""AFTER UPDATE OF village_id ON household
        WHEN coalesce(OLD.village_id, '') != coalesce(NEW.village_id, '') BEGIN
        {_demands_of_household("OLD", "-", "coalesce(OLD.village_id, '')")}
        {_demands_of_household("NEW", "+", "coalesce(NEW.village_id, '')")} END""",
    "loan_step_roll_household_delete": f"""AFTER DELETE ON household BEGIN
        {_demands_of_household("OLD", "-", "coalesce(OLD.village_id, '')")}
        {_demands_of_household("OLD", "+", "''")} END""",
}

#: every row as it should be, from the records, in two grouped passes
EXPECTED = f"""
SELECT on_date, village_id, office_code, status, is530, sum(n) AS n, sum(fen) AS fen FROM (
    SELECT e.on_date AS on_date, coalesce(h.village_id, '') AS village_id, d.office_code,
           e.to_status AS status, d.product_code = '{PRODUCT_530}' AS is530, 1 AS n,
           {STEP_FEN.format(e="e", d="d")} AS fen
    FROM loan_event e JOIN loan_demand d ON d.id = e.loan_demand_id LEFT JOIN household h ON h.id = d.household_id
    WHERE e.deleted_at IS NULL AND d.deleted_at IS NULL AND e.to_status != 'registered'
    UNION ALL
    SELECT d.registered_on, coalesce(h.village_id, ''), d.office_code, 'registered',
           d.product_code = '{PRODUCT_530}', 1, coalesce(d.amount_fen, 0)
    FROM loan_demand d LEFT JOIN household h ON h.id = d.household_id
    WHERE d.deleted_at IS NULL AND d.registered_on IS NOT NULL)
GROUP BY on_date, village_id, office_code, status, is530
"""


def create_triggers(conn: sqlite3.Connection) -> None:
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")


def drop_triggers(conn: sqlite3.Connection) -> None:
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(conn: sqlite3.Connection) -> None:
    """Every row computed again from the records."""
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(f"INSERT INTO {TABLE}(on_date, village_id, office_code, status, is530, n, fen) {EXPECTED}")


def installed(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() is not None
    )


def install(conn: sqlite3.Connection) -> None:
    """Create (or create again) the table, fill it and set its triggers."""
    drop_triggers(conn)
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    run_script(conn, _CREATE)
    rebuild(conn)
    create_triggers(conn)


def stale(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """The (day, village, office, step) rows that differ from a fresh computation, at most
    `limit`, as text; rows counting nothing (what remains of a row whose steps all went) are
    the same as no row."""
    kept = f"SELECT on_date, village_id, office_code, status, is530, n, fen FROM {TABLE} WHERE n != 0 OR fen != 0"
    return [
        " ".join(str(v) for v in r)
        for r in conn.execute(
            f"""SELECT * FROM ({EXPECTED} EXCEPT {kept})
                UNION SELECT * FROM ({kept} EXCEPT {EXPECTED}) ORDER BY 1, 2, 3, 4 LIMIT ?""",
            (limit,),
        )
    ]
