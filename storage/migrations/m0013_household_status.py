"""Version 13: each household's status history, and household_roll's dates (issue #19).

A report of a past period counts households, registered-poor households, credit households and
borrowers as they were at the period's end, so that a closed period's report never changes when
later work is recorded (DESIGN §4).  ``household_status_change`` (storage/household_status.py)
keeps every status a household has had, dated, filled from the audit log's status changes;
``household_roll`` (storage/household_roll.py) is built again with the dates that let the
roll-ups answer most households from their row and look up only those with later work.
"""

VERSION = 13


def upgrade(conn) -> None:
    from storage import household_roll, household_status, household_village

    household_status.install(conn)
    # household_roll is installed in the shape storage/household_roll.py has now, which reads the
    # village history of migration 27 too: a register coming from before 13 gets it here
    household_village.install(conn)
    household_roll.install(conn)
