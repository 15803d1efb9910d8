"""Version 11: the Loans page's search finds purposes and banks from indexes (issue #10).

storage/registers.py searches the loan demands through look-ups: the demands of the households the
household search finds, and for the free-text columns ``purpose`` and ``bank`` their distinct
values, listed by skipping along an index that leads with the column (a handful of purposes and
banks), tested with the same substring test as before, then their demands.  Without these two
indexes those columns are scanned row by row: 85 ms p50 at 100,000 households instead of 34 ms
(0.5 s before the look-ups; bench/bench_register_search.py).

Whole indexes, not partial: a list that shows deleted demands searches the same way.  About 3 MB
each at 119,000 demands.
"""

VERSION = 11

SQL = """
CREATE INDEX loan_demand_purpose ON loan_demand(purpose);
CREATE INDEX loan_demand_bank ON loan_demand(bank);
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
