"""Version 10: ``household_roll``, each household's answers for the per-village roll-ups, kept by
triggers (storage/household_roll.py says what it holds and why); and ``loan_demand_step_cover``.

The monthly report and the Home page were over their 0.5 s budget at county scale (DESIGN §7,
bench/RESULTS.md): three passes over every rating and demand, each record joined to its household
(0.4–0.6 s), and the month's loan steps reading each step's demand row (about 0.3 s).  With the
table, the three passes are one scan of 100,000 narrow rows in village order.

``loan_demand_step_cover``: id → what a loan step's figure needs of its demand (live, household,
product, amounts), so the month's 20,000–30,000 steps do not each read a wide demand row from disk.

``loan_event_month`` (migration 8) holds the step's ``details`` too: for a "granted" step they carry
the amount granted, and reading the event row of each of the month's 5,000 grants cost the
report about 0.1 s on a register just opened.  Only grants have details, so the index grows little.

``loan_demand_decided``: the demands decided in a period (the Home page's success rate and days to
decision) as a range of dates, not a walk of every live demand (about 0.1 s at county scale).

``household_village_of`` (migration 8) goes: every join it served now goes to household_roll's
``household_roll_id``, and it was one more index for every household write to keep.
"""

VERSION = 10

SQL = """
DROP INDEX IF EXISTS household_village_of;
DROP INDEX IF EXISTS loan_event_month;
CREATE INDEX loan_event_month ON loan_event(on_date, to_status, loan_demand_id, details) WHERE deleted_at IS NULL;
CREATE INDEX loan_demand_step_cover ON loan_demand(id, deleted_at, household_id, product_code, amount_fen,
                                                   granted_fen);
CREATE INDEX loan_demand_decided ON loan_demand(decided_on, status, registered_on, office_code)
    WHERE deleted_at IS NULL AND status IN ('approved', 'granted', 'repaid', 'rejected');
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    # household_roll itself is installed by migration 13 in the shape storage/household_roll.py
    # now has (it reads migrations 12's and 13's columns); a register already past this version has
    # the older shape, which migration 13 replaces.  Nothing reads the table between 10 and 13.
    run_script(conn, SQL)
