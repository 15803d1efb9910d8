"""Version 17: the loan book's figures from indexes (issue #18, bench at 100,000 households).

The Home tiles (balance, overdue balance) and a closed month's book (the monthly report) read every
loan on the books: through ``loan_demand_status`` each is a row look-up for its balance and arrears
date — 0.36 s for the tiles and 2.9 s for the report's section at 100,000 households
(bench/RESULTS.md).  ``loan_demand_book_state`` holds what they read, so they become one pass over
an index; ``loan_demand_subsidised`` lists the loans that earn a subsidy (the period's subsidy due
replays only those); ``loan_event_step`` finds the servicing steps after a date and ``loan_demand_closed`` the
loans repaid or written off after it (a closed month replays only those).  Migration 15's
``loan_demand_book`` served no query and goes.
"""

VERSION = 17

SQL = """
DROP INDEX IF EXISTS loan_demand_book;
CREATE INDEX loan_demand_book_state ON loan_demand(status, granted_on, due_from, balance_fen, granted_fen,
                                                   office_code) WHERE deleted_at IS NULL;
CREATE INDEX loan_event_step ON loan_event(step, on_date, loan_demand_id) WHERE step IS NOT NULL;
CREATE INDEX loan_demand_closed ON loan_demand(coalesce(repaid_on, written_off_on))
    WHERE repaid_on IS NOT NULL OR written_off_on IS NOT NULL;
CREATE INDEX loan_demand_subsidised ON loan_demand(granted_on) WHERE subsidised_fen > 0 AND deleted_at IS NULL;
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
