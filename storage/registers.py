"""One query engine for every register's list: filter, search, sort → ordered ids; ids → rows.

Each register is described by a :class:`RegisterSpec` in app.registry (its FROM clause, the
columns a list shows, the sortable expressions, the date and status columns, its own filters).
The GUI's table model holds the ordered ids of a search and fetches rows for the ids it shows;
the CLI and exports page through the same ids.  Sort keys are looked up in the spec, so no user text ever reaches ORDER BY.
"""

from __future__ import annotations

import dataclasses
import json
import re
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
    # the reader sees ID numbers masked (632122********1234): digits find an ID number only by what
    # the mask shows or by the whole number (_digits_params)
    masked_ids: bool = False
    include_deleted: bool = False
    sort: str | None = None
    descending: bool = False
    extra: dict = field(default_factory=dict)


def _where(
    spec: RegisterSpec, q: RegisterQuery, db: Database | None = None, *, own_household: bool = False
) -> tuple[list[str], list]:
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
        else _text_where(spec, q, params, own_household=own_household)
    )
    if text:
        where.append(text)
    return where, params


def _has_text(q: RegisterQuery) -> bool:
    return q.kind != "empty" and bool(q.token or q.raw)


def _text_where(spec: RegisterSpec, q: RegisterQuery, params: list, *, own_household: bool = False) -> str:
    """Search text as a test of each row (`own_household`: of the register's household column,
    the same household as ``h.id`` through the join, read without the household row)."""
    if not _has_text(q):
        return ""
    ors: list[str] = []
    if spec.joins_household:
        household = spec.household_column if own_household and spec.household_column else "h.id"
        if q.kind == "digits" and household == "h.id":
            ors.append(f"h.rowid IN ({DIGITS_MATCH})")
            params += _digits_params(q)
        elif q.kind == "digits":
            ors.append(f"{household} IN (SELECT id FROM household WHERE rowid IN ({DIGITS_MATCH}))")
            params += _digits_params(q)
        else:
            ors.append(f"{household} IN ({NAME_MATCH} UNION ALL {VILLAGE_MATCH})")
            params += _name_params(q)
    for col in spec.text_columns:
        ors.append(f"instr({col}, ?) > 0")
        params.append(q.raw.strip())
    return "(" + " OR ".join(ors) + ")" if ors else ""


#: what a masked ID number shows: its first six digits (the region) and its last four
SHOWN_HEAD, SHOWN_TAIL = 6, 4
NOTHING = ("", "")  # a range that holds nothing: the arm finds no row


def _digits_params(q: RegisterQuery) -> list:
    """DIGITS_MATCH's ranges: ID number reversed (its tail), phone, ID number (live, deleted).

    For a reader who sees ID numbers masked, a piece of the number that runs into the hidden
    birth date finds nothing: "09292098" finding the household of 632122********2098 tells the
    hidden 0929, and some 400 searches (or a few dozen by prefix) rebuild every number — the mask
    would hide nothing (issue #19, masks that hide).  The last four digits, the first six and the
    whole number (read off the ID card in hand) still find it; phone numbers are not masked."""
    digits = q.token.upper()
    rev = digits[::-1]
    tail, head = (rev, rev + "\uffff"), (digits, digits + "\uffff")
    if q.masked_ids:
        if len(digits) > SHOWN_TAIL:
            tail = NOTHING
        if SHOWN_HEAD < len(digits) < 18:
            head = NOTHING
    return [*tail, digits, digits + "\uffff", *head, *head]


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
    """Search text as ``rowid IN (… UNION ALL …)`` of index look-ups on the register's own table
    (_lookup_rowids)."""
    return f"{spec.alias}.rowid IN ({_lookup_rowids(db, spec, q, params)[0]})"


def _lookup_rowids(db: Database, spec: RegisterSpec, q: RegisterQuery, params: list) -> tuple[str, bool]:
    """The rowids that search text finds, as ``… UNION ALL …`` of index look-ups on the register's
    own table, and whether a column is scanned (no index leads with it).

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
    return f"{with_clause}{' UNION ALL '.join(arms)}", bool(scanned)


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


def _search_sql(db: Database, spec: RegisterSpec, q: RegisterQuery, where: list[str], order: str) -> str:
    from_sql = spec.from_sql
    if _looks_up(db, spec, q):
        # the rows come from the look-ups' rowid list: with a filter beside it (status, dates)
        # SQLite would rather walk that filter's index and test every row it holds against the
        # list (2,200 granted demands of 卓玛: 100 ms instead of 25); NOT INDEXED leaves it the
        # rowids only
        head = f"{spec.table} {spec.alias} "
        assert from_sql.startswith(head)
        from_sql = f"{head}NOT INDEXED {from_sql[len(head) :]}"
    return f"SELECT {spec.alias}.id FROM {from_sql}{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"


def search_ids(db: Database, register: str, q: RegisterQuery) -> list[str]:
    spec = SPECS[register]
    where, params = _where(spec, q, db)
    sql = _search_sql(db, spec, q, where, _order_sql(spec, q))
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
    cur = db.execute(
        f"SELECT {spec.columns} FROM {spec.from_sql} WHERE {spec.alias}.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    # plain tuples zipped with the column names: a first screen of 100 loan demands (45 columns)
    # as sqlite3.Row turned into dicts cost 2.2 ms of the 4 it took (bench_register_search)
    cur.row_factory = None
    names = [d[0] for d in cur.description]
    by_id = {r["id"]: r for r in (dict(zip(names, t)) for t in cur.fetchall())}
    return [by_id[i] for i in ids if i in by_id]


# -- the first screen of a list ------------------------------------------------------------------
# A page shows its first rows at once and fetches the whole ordered list on the worker (ui.models
# .paged).  Ordering every match is what a big search costs: the 39,487 loan demands of a bank
# take 140 ms to find and order at 100,000 households, each match a few index searches (~4 µs)
# however it is found.  The first screen of such a search lies among the first few hundred rows of
# the register in the list's order, so it walks that order: the rows up to the WALK_FIRST-th of
# the whole register in that order (an index range: the index that holds the order, and the
# columns the search and the filters test — migration 24 — so that a row that does not match costs
# no look-up), tested against the search and the filters.  When fewer than a screen match there,
# the share that did says how far a screen is; past WALK_LAST rows (a search matching under ~1 %
# of the register, about a thousand rows) ordering the matches themselves costs less, and is what
# happens.  Orders without such an index (a household's name, a village) order the matches too.
WALK_FIRST = 3_000
WALK_LAST = 10_000
# a search surely matching fewer rows than this orders them at once (_few_matches)
FEW = 300
# below this many rows a register is ordered whole (a few thousand sessions or complaints: ~5 ms)
WALK_FROM_ROWS = 20_000


def _order_sql(spec: RegisterSpec, q: RegisterQuery) -> str:
    order = spec.sorts.get(q.sort or spec.default_sort, spec.sorts[spec.default_sort])
    direction = "DESC" if q.descending else "ASC"
    return f"{order} {direction}, {spec.alias}.id {direction}"


def _walk_index(db: Database, spec: RegisterSpec, q: RegisterQuery) -> tuple[str, list[str]] | None:
    """The index that leads with the register's own NOT NULL column this list is ordered by and
    then the id (a walk reads it in order) and its columns; None when there is none."""
    expr = spec.sorts.get(q.sort or spec.default_sort, spec.sorts[spec.default_sort])
    prefix = f"{spec.alias}."
    column = expr[len(prefix) :]
    if not expr.startswith(prefix) or not column.isidentifier():
        return None
    version = db.scalar("PRAGMA schema_version")

    def index() -> tuple[str, list[str]] | None:
        if not db.one('SELECT 1 FROM pragma_table_info(?) WHERE name = ? AND "notnull"', (spec.table, column)):
            return None
        for r in db.query("SELECT name FROM pragma_index_list(?) WHERE partial = 0 ORDER BY name", (spec.table,)):
            name = r["name"]
            cols = db.query("SELECT name, coll, desc FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno", (name,))
            if (
                len(cols) >= 2
                and [c["name"] for c in cols[:2]] == [column, "id"]
                and all(c["coll"] == "BINARY" and not c["desc"] and c["name"] for c in cols)
            ):
                return name, [c["name"] for c in cols]
        return None

    return db.memo(f"registers.walk:{spec.table}:{column}:{version}", index)


def _own_terms(spec: RegisterSpec, where: list[str], params: list) -> tuple[list[str], list]:
    """The terms of `where` that read the register's own table alone (with their parameters)."""
    terms: list[str] = []
    kept: list = []
    i = 0
    for term in where:
        n = term.count("?")
        if set(re.findall(r"\b([a-z_]+)\.[a-z_]", term)) <= {spec.alias}:
            terms.append(term)
            kept += params[i : i + n]
        i += n
    return terms, kept


def first_ids(db: Database, register: str, q: RegisterQuery, limit: int) -> list[str]:
    """The first `limit` ids of ``search_ids(db, register, q)``, in the same order (ties by id
    as there), without ordering every match of a big search."""
    spec = SPECS[register]
    a = spec.alias
    order = _order_sql(spec, q)
    rows = db.scalar(f"SELECT max(rowid) FROM {spec.table}") or 0  # about the row count, at once
    walk_index = _walk_index(db, spec, q) if rows >= WALK_FROM_ROWS and _has_text(q) else None
    if walk_index is not None and not _few_matches(db, spec, q):
        index, columns = walk_index
        # the search as a test of each walked row (the look-ups would find every match first),
        # on the register's own household column: a row that fails it needs no household row
        where, params = _where(spec, q, own_household=True)
        read = set(re.findall(rf"\b{a}\.([a-z_]+)", " ".join(where) + " " + order))
        if read <= set(columns):
            return _walk(db, spec, q, limit, index, columns, where, params, order)
    where, params = _where(spec, q, db)
    return _ids(db, _search_sql(db, spec, q, where, order) + " LIMIT ?", [*params, limit])


def _few_matches(db: Database, spec: RegisterSpec, q: RegisterQuery) -> bool:
    """Whether the search text surely finds fewer than FEW rows (a full name, an ID-number tail, a
    phone number): counted from the look-ups' index entries, stopping at FEW, so that such a search
    orders its few matches at once instead of walking first.  False when it cannot be told cheaply."""
    params: list = []
    if _looks_up(db, spec, q):
        rowids, scanned = _lookup_rowids(db, spec, q, params)
        if scanned:
            return False
        sql = f"SELECT count(*) FROM ({rowids} LIMIT {FEW})"
        few = FEW
    elif spec.joins_household and not spec.text_columns:
        # the households found (a household has a few records: a third of FEW of them)
        if q.kind == "digits":
            sql = f"SELECT count(*) FROM ({DIGITS_MATCH} LIMIT {FEW // 3})"
            params = _digits_params(q)
        else:
            sql = f"SELECT count(*) FROM ({NAME_MATCH} UNION ALL {VILLAGE_MATCH} LIMIT {FEW // 3})"
            params = _name_params(q)
        few = FEW // 3
    else:
        return False
    return bool(db.scalar(sql, params) < few)


def _walk(
    db: Database,
    spec: RegisterSpec,
    q: RegisterQuery,
    limit: int,
    index: str,
    columns: list[str],
    where: list[str],
    params: list,
    order: str,
) -> list[str]:
    """first_ids by a walk along `index`: its first rows that pass the filters of the table's own
    columns (status, dates, deleted …; read from the index alone), then the whole search on them."""
    a = spec.alias
    filters, filter_params = _own_terms(spec, *_where(spec, dataclasses.replace(q, kind="empty")))
    filtered = f"{spec.table} {a} INDEXED BY {index}{' WHERE ' + ' AND '.join(filters) if filters else ''}"
    head = f"{spec.table} {a} "
    assert spec.from_sql.startswith(head)
    window = f"(SELECT {', '.join(f'{a}.{c}' for c in columns)} FROM {filtered} ORDER BY {order} LIMIT ?) AS {a} "
    # the window drives the join (CROSS JOIN keeps SQLite from turning it round and looking the
    # window up from every matching household)
    rest = spec.from_sql[len(head) :]
    if rest.startswith("JOIN "):
        rest = "CROSS " + rest
    sql = (
        f"SELECT {a}.id FROM {window}{rest}{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ?"
    )
    more = f"SELECT 1 FROM {filtered} ORDER BY {order} LIMIT 1 OFFSET ?"
    walk = WALK_FIRST
    while True:
        ids = _ids(db, sql, [*filter_params, walk, *params, limit])
        if len(ids) >= limit or db.one(more, (*filter_params, walk)) is None:
            return ids  # a screen, or every row walked
        # the matches' share so far says how far a screen is (half as far again, to be sure)
        walk = walk * limit * 3 // (2 * len(ids)) if ids else WALK_LAST + 1
        if walk > WALK_LAST:
            break
    where, params = _where(spec, q, db)
    return _ids(db, _search_sql(db, spec, q, where, order) + " LIMIT ?", [*params, limit])


def _ids(db: Database, sql: str, params: list) -> list[str]:
    return [r["id"] for r in db.query(sql, params)]
