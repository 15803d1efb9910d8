"""Version 8: narrow indexes for the per-village roll-ups of the monthly report and the Home page
(DESIGN §7: ≤ 0.5 s at 100,000 households; measured in bench/, see bench/RESULTS.md).

Loans, ratings and attendances carry their household's UUID, not its village: every roll-up by
village joins each record to its household.  Through the unique id index that is two B-tree
searches per record (index, then the wide household row: names, search keys, address …), and
on a register just opened each one reads a page of the table from disk; 65,000–100,000 records
per pass at county scale.  The indexes below hold exactly what the roll-ups read, so each pass
stays inside one narrow index per table.  SQLite's planner prefers the unique id index for an
``id = ?`` look-up whatever else covers it, so the queries name these with ``INDEXED BY``
(storage/rollups.py, app/services/reports.py, storage/indicators.py).

- ``household_village_of``: id → village, status, office, deleted — the join target of every
  roll-up by village (all households: the loans of a deleted household still count in its village).
- ``loan_event_month``: replaces ``loan_event_on_date`` (migration 5) with the demand id beside the
  date and step, so the month's steps are read from the index; the event row itself is read only
  for a "granted" step (its ``details`` hold the amount granted).
- ``loan_demand_registered_cover``: the month's (and the trend's) registrations with household,
  office and amount, without reading the demand rows.
- ``loan_demand_granted``: granted and repaid demands by product and date granted (530 loans
  outstanding at a month's end, outstanding today, grants per month).
- ``loan_demand_household_state``: per household, its live demands' status and dates — borrowers
  and arrears (credit villages), registered-poor coverage; and, read whole, the demands decided in
  a period (the Home page's success rate and days to decision).
- ``loan_demand_waiting``: demands still waiting for a bank decision, oldest first (the Home page's
  action list and its count), without reading a demand row per waiting demand.

All but the first are partial (``deleted_at IS NULL``), like the queries that use them.
"""

VERSION = 8

SQL = """
CREATE INDEX household_village_of ON household(id, village_id, status, office_code, deleted_at);
DROP INDEX IF EXISTS loan_event_on_date;
CREATE INDEX loan_event_month ON loan_event(on_date, to_status, loan_demand_id) WHERE deleted_at IS NULL;
CREATE INDEX loan_demand_registered_cover ON loan_demand(registered_on, office_code, household_id, amount_fen)
    WHERE deleted_at IS NULL;
CREATE INDEX loan_demand_granted ON loan_demand(product_code, granted_on, status, repaid_on, maturity_on,
                                                office_code, household_id, granted_fen, amount_fen)
    WHERE deleted_at IS NULL AND status IN ('granted', 'repaid');
CREATE INDEX loan_demand_household_state ON loan_demand(household_id, status, maturity_on, granted_on,
                                                        registered_on, decided_on, office_code)
    WHERE deleted_at IS NULL;
CREATE INDEX loan_demand_waiting ON loan_demand(registered_on, id, status, office_code, household_id)
    WHERE deleted_at IS NULL AND status IN ('registered', 'referred');
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
