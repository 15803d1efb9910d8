"""Version 5: indexes for the monthly report at county scale (DESIGN §7: ≤ 0.5 s at 100,000
households, measured in bench/).

- ``loan_event_on_date``: the month's lifecycle steps are found by date instead of reading all
  history rows (1.8 per demand, ~180,000 at county scale).
- ``credit_rating_latest``: the latest rating per household up to a year, with its grade, read
  from the index alone (no wide rating rows).
"""

VERSION = 5

SQL = """
CREATE INDEX loan_event_on_date ON loan_event(on_date, to_status) WHERE deleted_at IS NULL;
CREATE INDEX credit_rating_latest ON credit_rating(household_id, year, grade) WHERE deleted_at IS NULL;
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
