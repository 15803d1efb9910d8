"""Version 12: the date a household was registered (建档立卡 / 登记日期), issue #20.

Offices adopting the program bring a roster whose households were registered years ago, often with
that date in a column (建档立卡日期, 登记日期).  It is the household's, not the date the row was typed
into this program, so it gets its own column.  Existing households get NULL — nobody recorded the
date — and readers that need one take ``coalesce(registered_on, date(created_at))``: the day the
household was entered here is the best that is known.  Sync carries the column by itself (it
serialises every column of the table, storage/records.py's RECORD_TABLES).
"""

VERSION = 12

SQL = """
ALTER TABLE household ADD COLUMN registered_on TEXT;
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
