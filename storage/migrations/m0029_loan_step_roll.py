"""Version 29: ``loan_step_roll``, the loan figures of each day per village, office, step and
product, kept by triggers (storage/loan_step_roll.py), so that a report over a quarter, a half-year
or a year stays within the monthly report's 0.5 s at 100,000 households (issue #19, DESIGN §7)."""

from storage.sqlite import sqlite3

VERSION = 29


def upgrade(conn: sqlite3.Connection) -> None:
    from storage import loan_step_roll

    loan_step_roll.install(conn)
    # household_roll's index of households moved since a date (storage/household_roll.py creates
    # it with the table since migration 27; a register built by a development copy of 27 may lack it)
    conn.execute(
        "CREATE INDEX IF NOT EXISTS household_roll_moved ON household_roll(village_since)"
        " WHERE village_since IS NOT NULL"
    )
