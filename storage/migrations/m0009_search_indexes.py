"""Version 9: the household search's matches are read from narrow indexes, not the household rows
(issue #10, DESIGN §7: search p95 ≤ 30 ms at 100,000 households; measured in bench/bench_search.py).

A common name (卓玛, zhuoma, zm, sgrol) matches about 4,700 households of the demo county, a
village about 8,000.  The search list used to turn each token match into the household's rowid
(a search of the unique id index) and then read the wide household row (names, keys, address …)
to test ``deleted_at`` and fetch the sort key: two B-tree searches per match, the second into
the table's thousands of pages — about 28 ms of CPU per such query, most of the budget.

- ``household_found``: id → deleted, sort key, status, village: everything the list's match test,
  its default order (``name_pinyin, id``) and its status and village filters read.  The token
  table's ``household_id`` is looked up here directly, one search of a narrow index per match.
- ``household_village_ids``: the households of a village by id, for the village-name arm of the
  same search (``household_village`` holds the rowid only, which would need the row for the id).

Not partial: lists that show deleted households search the same way.
"""

VERSION = 9

SQL = """
CREATE INDEX household_found ON household(id, deleted_at, name_pinyin, status, village_id);
CREATE INDEX household_village_ids ON household(village_id, id);
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
