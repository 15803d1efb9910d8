"""Version 4: covering indexes for the two passes over every household that a 100,000-household
register makes most often (measured in bench/, see bench/RESULTS.md).

- ``household_list_name``: the household list in its default order (name) — the list as it opens,
  with no search text.  Without it SQLite walks ``household_pinyin`` and reads every wide table row
  to test ``deleted_at`` and fetch ``id`` (0.6 s at 100,000 households); with it the whole ordered
  list comes from the index alone (~0.1 s), already in ``ORDER BY name_pinyin, id`` order.
- ``household_village_created``: households per village on the register at a date (monthly report,
  Home): the same pass over the index instead of the table (0.58 s → 0.12 s).

Both are partial (``deleted_at IS NULL``), like the queries that use them.
"""

VERSION = 4

SQL = """
CREATE INDEX household_list_name ON household(name_pinyin, id) WHERE deleted_at IS NULL;
CREATE INDEX household_village_created ON household(village_id, office_code, created_at)
    WHERE deleted_at IS NULL;
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
