"""One query engine for every register's list: filter, search, sort → ordered ids; ids → rows.

Each register is described by a :class:`RegisterSpec` in app.registry (its FROM clause, the
columns a list shows, the sortable expressions, the date and status columns, its own filters).
The GUI's table model holds the ordered ids of a search and fetches rows for the ids it shows;
the CLI and exports page through the same ids.  Sort keys are looked up in the spec, so no user text ever reaches ORDER BY.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from app import registry
from app.registry import RegisterSpec
from storage.db import Database

# Search text becomes one `h.id IN (… UNION ALL …)` list built from index range scans, never an
# OR of conditions: with an OR, SQLite walks the whole household table in sort order and tests each
# row (0.4–0.6 s at 100,000 households); with the list it looks up only the matches (bench/).
# Name and village matches yield household ids, and the list looks each one up in
# `household_found` (migration 9), which holds what the test, the filters and the default order
# read: one narrow index search per match instead of the id index and then the wide table row
# (4,700 matches for 卓玛 at 100,000 households: 28 → 10 ms of CPU).
NAME_MATCH = "SELECT s.household_id FROM household_search s WHERE s.token >= ? AND s.token < ?"
VILLAGE_MATCH = "SELECT id FROM household WHERE village_id IN (SELECT id FROM village WHERE name_zh = ? OR name_bo = ?)"
# Digit matches come from indexes that hold the rowid (ID number reversed, phone, ID number): they
# stay a rowid list, looked up in the table.
DIGITS_MATCH = (
    "SELECT rowid FROM household WHERE id_rev >= ? AND id_rev < ?"
    " UNION ALL SELECT rowid FROM household WHERE phone >= ? AND phone < ?"
    # the ID-number indexes are partial (live / deleted households): one arm for each,
    # each naming its index's condition so that it is used
    " UNION ALL SELECT rowid FROM household WHERE id_number >= ? AND id_number < ?"
    " AND deleted_at IS NULL"
    " UNION ALL SELECT rowid FROM household WHERE id_number >= ? AND id_number < ?"
    " AND deleted_at IS NOT NULL"
)
# Distinct values of a free-text column listed through its index before the search gives up the
# list and scans the column (_lookup_where): each is one index search, ~2.5 µs, so at most ~2.5 ms.
VALUES_CAP = 1000


class _Specs(Mapping):
    """Each register's list spec, read from the registry at every look-up (a register added to
    app.registry is listed at once)."""

    def __getitem__(self, name: str) -> RegisterSpec:
        return registry.REGISTERS[name].spec

    def __iter__(self) -> Iterator[str]:
        return iter(registry.REGISTERS)

    def __len__(self) -> int:
        return len(registry.REGISTERS)


#: register name → its list spec (app.registry holds them)
SPECS: Mapping[str, RegisterSpec] = _Specs()


@dataclass
class RegisterQuery:
    """What a list shows: search text (already classified), filters and sort."""

    kind: str = "empty"  # app.domain.search.classify()
    token: str = ""  # app.domain.search.query_token()
    raw: str = ""  # the text as typed (for substring search in free-text columns)
    status: str | None = None
    village_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    household_id: str | None = None
    office_code: str | None = None
    year: int | None = None
    overdue_on: str | None = None  # complaints: open and due before this date
    waiting_since: str | None = None  # loans: waiting for a bank decision since before this date
    product_code: str | None = None  # loans: one loan product
    ids: list[str] | None = None
    include_deleted: bool = False
    sort: str | None = None
    descending: bool = False
    extra: dict = field(default_factory=dict)


def _where(spec: RegisterSpec, q: RegisterQuery, db: Database | None = None) -> tuple[list[str], list]:
    """The WHERE terms of a list and their parameters (`db`: to see which indexes the register has,
    for the look-up search of _lookup_where; without it free-text columns are scanned)."""
    a = spec.alias
    where: list[str] = []
    params: list = []
    if not q.include_deleted:
        where.append(f"{a}.deleted_at IS NULL")
    if q.status and spec.status_column:
        where.append(f"{spec.status_column} = ?")
        params.append(q.status)
    if q.village_id and spec.village_column:
        where.append(f"{spec.village_column} = ?")
        params.append(q.village_id)
    if q.date_from:
        where.append(f"{spec.date_column} >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append(f"{spec.date_column} <= ?")
        params.append(q.date_to)
    if q.household_id and spec.household_column:
        where.append(f"{spec.household_column} = ?")
        params.append(q.household_id)
    if q.office_code:
        where.append(f"{a}.office_code = ?")
        params.append(q.office_code)
    for name, term in spec.filters.items():
        value = getattr(q, name) if hasattr(q, name) else q.extra.get(name)
        if value is not None and value != "":
            where.append(term)
            params.append(value)
    if q.ids is not None:
        where.append(f"{a}.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(q.ids))
    text = (
        _lookup_where(db, spec, q, params)
        if db is not None and _looks_up(db, spec, q)
        else _text_where(spec, q, params)
    )
    if text:
        where.append(text)
    return where, params


def _has_text(q: RegisterQuery) -> bool:
    return q.kind != "empty" and bool(q.token or q.raw)


def _text_where(spec: RegisterSpec, q: RegisterQuery, params: list) -> str:
    if not _has_text(q):
        return ""
    ors: list[str] = []
    if spec.joins_household:
        if q.kind == "digits":
            ors.append(f"h.rowid IN ({DIGITS_MATCH})")
            params += _digits_params(q)
        else:
            ors.append(f"h.id IN ({NAME_MATCH} UNION ALL {VILLAGE_MATCH})")
            params += _name_params(q)
    for col in spec.text_columns:
        ors.append(f"instr({col}, ?) > 0")
        params.append(q.raw.strip())
    return "(" + " OR ".join(ors) + ")" if ors else ""


def _digits_params(q: RegisterQuery) -> list:
    """DIGITS_MATCH's ranges: ID number reversed (its tail), phone, ID number (live, deleted)."""
    digits = q.token.upper()
    rev = digits[::-1]
    return [rev, rev + "\uffff", digits, digits + "\uffff", digits, digits + "\uffff", digits, digits + "\uffff"]


def _name_params(q: RegisterQuery) -> list:
    """NAME_MATCH's token range, then VILLAGE_MATCH's village name as typed."""
    return [q.token, q.token + "\uffff", q.raw.strip(), q.raw.strip()]


def _looks_up(db: Database | None, spec: RegisterSpec, q: RegisterQuery) -> bool:
    """Whether this search goes through _lookup_where: text typed, a register that asks for it, and
    an index that leads with its household column (without one, each matching household would be
    a scan of the whole table: then the old test of every row is the faster)."""
    return (
        spec.search_by_lookup
        and _has_text(q)
        and db is not None
        and spec.household_column is not None
        and spec.household_column.split(".", 1)[1] in _leading_columns(db, spec.table)
    )


def _lookup_where(db: Database, spec: RegisterSpec, q: RegisterQuery, params: list) -> str:
    """Search text as ``rowid IN (… UNION ALL …)`` of index look-ups on the register's own table.

    Tested on every row, the search read all 119,000 loan demands of the 100,000-household demo
    county and their households (0.5 s per query, bench/bench_register_search.py); here it finds
    the same rows from their indexes:

    - the rows of the households that the household search finds (the same name, village and
      digit matches as the Households page), through the index on the household column: the
      inner join to ``household`` stays, so this is the old ``h.id IN (…)`` test;
    - for each free-text column, the rows whose value holds the text: the column's distinct values
      are listed by skipping along an index that leads with it (one index search per value: a
      handful of banks and purposes), tested with the same ``instr`` as before, and their rows
      looked up.  Free text may have a value per row: past VALUES_CAP distinct values the list stops
      and the column is scanned instead (its rows from the partial list are among the scan's, and
      the IN list drops repeats).  A column that no index leads with is scanned, as it always was.
    """
    table = spec.table
    assert spec.household_column is not None  # _looks_up asked for it
    own = spec.household_column.split(".", 1)[1]
    if q.kind == "digits":
        arms = [f"SELECT rowid FROM {table} WHERE {own} IN (SELECT id FROM household WHERE rowid IN ({DIGITS_MATCH}))"]
        params += _digits_params(q)
    else:
        # NAME_MATCH and VILLAGE_MATCH as joins, each match's rows looked up as it comes: an IN list
        # would first sort the 4,700 household ids of 卓玛 (half the arm's time); a household
        # twice in the token range gives its rows twice, which the outer IN list drops
        arms = [
            f"SELECT t.rowid FROM household_search s CROSS JOIN {table} t ON t.{own} = s.household_id"
            " WHERE s.token >= ? AND s.token < ?",
            f"SELECT t.rowid FROM household hv CROSS JOIN {table} t ON t.{own} = hv.id"
            " WHERE hv.village_id IN (SELECT id FROM village WHERE name_zh = ? OR name_bo = ?)",
        ]
        params += _name_params(q)
    text = q.raw.strip()
    indexed = _leading_columns(db, table)
    ctes: list[str] = []
    scanned: list[str] = []
    for column in (c.split(".", 1)[1] for c in spec.text_columns):
        if column not in indexed:
            scanned.append(column)
            continue
        v = f"{column}_values"
        ctes.append(
            f"{v}(x, n) AS (SELECT min({column}), 1 FROM {table}"
            f" UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE {column} > {v}.x), {v}.n + 1"
            f" FROM {v} WHERE {v}.x IS NOT NULL AND {v}.n <= {VALUES_CAP})"
        )
        arms.append(f"SELECT rowid FROM {table} WHERE {column} IN (SELECT x FROM {v} WHERE instr(x, ?) > 0)")
        # the list stopped short (its last row is a value past the cap): scan the column. The
        # condition sits on the outer loop of the join, so a complete list skips the scan (a
        # subquery in the WHERE would be tested on every row instead of once)
        arms.append(
            f"SELECT t.rowid FROM {v} CROSS JOIN {table} t WHERE {v}.n > {VALUES_CAP}"
            f" AND {v}.x IS NOT NULL AND instr(t.{column}, ?) > 0"
        )
        params += [text, text]
    if scanned:
        arms.append(f"SELECT rowid FROM {table} WHERE " + " OR ".join(f"instr({c}, ?) > 0" for c in scanned))
        params += [text] * len(scanned)
    with_clause = f"WITH RECURSIVE {', '.join(ctes)} " if ctes else ""
    return f"{spec.alias}.rowid IN ({with_clause}{' UNION ALL '.join(arms)})"


def _leading_columns(db: Database, table: str) -> frozenset[str]:
    """The columns of `table` that lead a whole (not partial) index in binary order: those whose
    distinct values _lookup_where can list by skipping along it (read again when the schema
    changes or the connection writes)."""
    version = db.scalar("PRAGMA schema_version")
    return db.memo(
        f"registers.leading_columns:{table}:{version}",
        lambda: frozenset(
            r["name"]
            for r in db.query(
                "SELECT x.name FROM pragma_index_list(?) l, pragma_index_xinfo(l.name) x"
                " WHERE l.partial = 0 AND x.seqno = 0 AND x.coll = 'BINARY' AND x.name IS NOT NULL",
                (table,),
            )
        ),
    )


def search_ids(db: Database, register: str, q: RegisterQuery) -> list[str]:
    spec = SPECS[register]
    where, params = _where(spec, q, db)
    order = spec.sorts.get(q.sort or spec.default_sort, spec.sorts[spec.default_sort])
    direction = "DESC" if q.descending else "ASC"
    from_sql = spec.from_sql
    if _looks_up(db, spec, q):
        # the rows come from the look-ups' rowid list: with a filter beside it (status, dates)
        # SQLite would rather walk that filter's index and test every row it holds against the
        # list (2,200 granted demands of 卓玛: 100 ms instead of 25); NOT INDEXED leaves it the
        # rowids only
        head = f"{spec.table} {spec.alias} "
        assert from_sql.startswith(head)
        from_sql = f"{head}NOT INDEXED {from_sql[len(head) :]}"
    sql = (
        f"SELECT {spec.alias}.id FROM {from_sql}"
        f"{' WHERE ' + ' AND '.join(where) if where else ''}"
        f" ORDER BY {order} {direction}, {spec.alias}.id {direction}"
    )
    # plain tuples, not the connection's sqlite3.Row: 100,000 ids of the list as it opens cost
    # half as much (155 → 85 ms of CPU at 100,000 households)
    cur = db.execute(sql, params)
    cur.row_factory = None  # applied as rows are fetched
    return [i for (i,) in cur.fetchall()]


def rows_by_ids(db: Database, register: str, ids: list[str]) -> list[dict]:
    """Rows for `ids`, in that order (ids no longer present are skipped)."""
    if not ids:
        return []
    spec = SPECS[register]
    rows = db.query(
        f"SELECT {spec.columns} FROM {spec.from_sql} WHERE {spec.alias}.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]
