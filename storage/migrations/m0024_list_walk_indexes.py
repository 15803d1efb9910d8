"""Version 24: a big register's search shows its first screen from an index walk (issue #18, item 6).

storage/registers.py (``first_ids``) finds a page's first screen by reading the register in the
list's order — the rows up to the few-thousandth that pass the filters, each tested against the
search — instead of finding and ordering every match (the 39,487 loan demands of a bank: 140 ms
at 100,000 households).  The walk is a range of an index that leads with the order's column and
the id (the ties' order) and holds every column the search and the filters test, so a row that
does not match costs one index entry, not a look-up of the row:

- ``loan_demand_list``: the Loans page in registration order (its default), with status, product,
  household, office, purpose and bank; it serves whatever ``loan_demand_registered`` (the
  registration date alone) served, which goes;
- ``loan_demand_list_amount``: the Loans page by amount asked;
- ``credit_rating_list``: the Ratings page by year (its default), with grade, household, office,
  rating date.

Other orders (a household's name, a village, the status …) order the matches, as before.  Whole
indexes, not partial: a list that shows deleted rows walks the same way.  About 15, 16 and 20 MB at
100,000 households (119,000 demands, 259,000 ratings); what they cost a write is in bench/RESULTS.md.
"""

VERSION = 24

SQL = """
DROP INDEX IF EXISTS loan_demand_registered;
CREATE INDEX loan_demand_list ON loan_demand(registered_on, id, deleted_at, status, product_code, household_id,
                                             office_code, purpose, bank);
CREATE INDEX loan_demand_list_amount ON loan_demand(amount_fen, id, deleted_at, status, product_code,
                                                    household_id, office_code, registered_on, purpose, bank);
CREATE INDEX credit_rating_list ON credit_rating(year, id, deleted_at, grade, household_id, office_code, rated_on);
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
