"""Version 32: a household's status change, and the registration day of a household entered without
one, are dated by the office's own day (local time), as deletions and village moves are since
migration 27.  They were the UTC day: in Qinghai (UTC+8) a household lifted out of poverty, or
entered, before 08:00 on 1 November was dated 31 October and changed October's closed report
(issue #19: a closed period never changes when later work is recorded).

The triggers that date them are made again, and the registration day kept in household_roll for
households without their own is read again as a local day.  History rows already written keep
their dates: the hour of those changes is not kept beside them."""

from storage.sqlite import sqlite3

VERSION = 32


def upgrade(conn: sqlite3.Connection) -> None:
    from storage import household_roll, household_status

    for name, body in household_status.TRIGGERS.items():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(f"CREATE TRIGGER {name} {body}")
    household_roll._drop_triggers(conn)
    household_roll._create_triggers(conn)
    conn.execute(
        f"""UPDATE household_roll SET registered_on =
                (SELECT {household_roll.registered_on("h")} FROM household h WHERE h.id = household_roll.household_id)
            WHERE household_id IN (SELECT id FROM household WHERE registered_on IS NULL)"""
    )
