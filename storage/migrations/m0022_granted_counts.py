"""Version 22: a granted loan stays counted in the month it was granted, whatever happened to it
after (issue #18).

The Home page's "granted in the period", its monthly chart, the success rate and the 530 loans
outstanding at a period's end counted demands whose status *now* is granted or repaid, through
two partial indexes that hold only those statuses (migrations 8 and 10).  A loan defaulted or
written off since dropped out of the month it was granted in, and out of the loans outstanding at
the end of the months before its write-off: a closed month's figures changed with later work,
which DESIGN §4 forbids.  Both indexes now hold every status that follows a grant (defaulted and
written off too); the queries count by the grant step's date (``granted_on``, written by the
grant with the step's date) and end a loan's time on the books at its repayment or write-off date.
"""

VERSION = 22

SQL = """
DROP INDEX IF EXISTS loan_demand_granted;
CREATE INDEX loan_demand_granted ON loan_demand(product_code, granted_on, status, repaid_on, maturity_on,
                                                office_code, household_id, granted_fen, amount_fen, written_off_on)
    WHERE deleted_at IS NULL AND status IN ('granted', 'repaid', 'defaulted', 'written_off');
DROP INDEX IF EXISTS loan_demand_decided;
CREATE INDEX loan_demand_decided ON loan_demand(decided_on, status, registered_on, office_code)
    WHERE deleted_at IS NULL AND status IN ('approved', 'granted', 'repaid', 'rejected', 'defaulted', 'written_off');
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
