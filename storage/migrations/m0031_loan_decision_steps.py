"""Version 31: an index of each loan demand's deciding steps (approval, rejection, a grant), so that
the loan success rate and the days to a decision of any period are read from the steps as they
stood at its end (issue #19: a demand approved in October and rejected or withdrawn in December
stays decided in October; one granted in December was not granted at October's end) while the
Home page stays within its budget at 100,000 households: a period's decided demands look up
their own deciding steps in this narrow index, not in the steps' rows (storage/indicators.py)."""

from storage.sqlite import sqlite3

VERSION = 31

SQL = """
CREATE INDEX IF NOT EXISTS loan_event_decisions ON loan_event(loan_demand_id, to_status, on_date)
    WHERE deleted_at IS NULL AND to_status IN ('approved', 'rejected', 'granted');
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
