"""Version 27: deletions and village moves are dated, so a closed period's report never changes
(issue #19, DESIGN §4).

Before, a report of a past period left out every record deleted since (a deletion counted as if it
had always been so) and put each household in the village it is in today.  Now:

- ``household_village_change`` (storage/household_village.py) keeps each household's village
  moves, dated, filled from the audit log's moves; the per-village figures of a period put a
  household in its village at the period's end.
- ``household_roll`` (storage/household_roll.py) is built again with ``village_since`` (its latest
  move), ``deleted_on`` (the day the household was deleted) and ``records_deleted_on`` (the latest
  day one of its demands or ratings was deleted), so the roll-ups answer most households from
  their row and look up in their records only those with a move or a deletion after the end.
- A record deleted after a period's end counts in that period as it did before the deletion.
  The report's loan passes read partial indexes of live rows; the few rows deleted are found by
  the small partial indexes below and added in a second, short pass (app/services/reports.py).
"""

from storage.sqlite import sqlite3

VERSION = 27

SQL = """
CREATE INDEX loan_event_deleted ON loan_event(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX loan_demand_deleted ON loan_demand(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX credit_rating_deleted ON credit_rating(household_id, year) WHERE deleted_at IS NOT NULL;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from storage import household_roll, household_village
    from storage.db import run_script

    run_script(conn, SQL)
    household_village.install(conn)
    household_roll.install(conn)
