"""The loans list's search as index look-ups (storage/registers.py, _lookup_where): the same demands
in the same order as the old test of every row — with and without the indexes on purpose and bank
that let it list their distinct values, with filters, other sorts and deleted rows — and what it
reads."""

from __future__ import annotations

import dataclasses
import json

import pytest

from app import registry
from app.services.registers import make_query
from storage import registers

# The indexes the look-up search uses for the free-text columns (proposed for migration 10).
PURPOSE_BANK_INDEXES = [
    "CREATE INDEX loan_demand_purpose ON loan_demand(purpose)",
    "CREATE INDEX loan_demand_bank ON loan_demand(bank)",
]


def _old_ids(db, q) -> list[str]:
    """What the search gave before: the loans spec with the per-row OR test (_text_where)."""
    saved = registry.REGISTERS["loans"]
    registry.REGISTERS["loans"] = dataclasses.replace(
        saved, spec=dataclasses.replace(saved.spec, search_by_lookup=False)
    )
    try:
        return registers.search_ids(db, "loans", q)
    finally:
        registry.REGISTERS["loans"] = saved


def _queries(db) -> list[str]:
    """Every kind of text the Loans search box takes, from the demo register itself."""
    row = db.one(
        "SELECT h.name_zh, h.name_bo, h.name_pinyin, h.name_initials, h.name_wylie, h.id_number,"
        " h.phone, d.purpose, d.bank, v.name_zh AS village"
        " FROM loan_demand d JOIN household h ON h.id = d.household_id"
        " JOIN village v ON v.id = h.village_id"
        " WHERE h.name_bo != '' AND h.phone != '' ORDER BY d.id LIMIT 1"
    )
    return [
        row["name_zh"],
        row["name_zh"][-2:],
        row["name_zh"][:1],
        row["name_pinyin"],
        row["name_pinyin"][:3],
        row["name_initials"],
        row["name_wylie"].split(" ")[-1],
        row["name_bo"],
        row["village"],
        row["id_number"][-4:],
        row["id_number"][-6:],
        row["phone"][:7],
        row["purpose"],
        row["purpose"][1:3],
        row["bank"][:2],
        "银行",
        "xyzq",
        " 卓玛 ",
        "ZHUOMA",
    ]


@pytest.fixture
def loans_db(demo_ws):
    """The demo register with a few demands deleted and one household deleted with its demands kept,
    without migration 11's purpose and bank indexes (the tests add them where they want them)."""
    db = demo_ws.db
    for name in ("loan_demand_purpose", "loan_demand_bank"):
        db.execute(f"DROP INDEX {name}")
    for r in db.query("SELECT id FROM loan_demand ORDER BY id LIMIT 5"):
        demo_ws.loans.delete(r["id"])
    household = db.scalar("SELECT household_id FROM loan_demand WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1")
    db.execute("UPDATE household SET deleted_at = '2026-11-01T00:00:00' WHERE id = ?", (household,))
    return db


def _with_indexes(db) -> None:
    for sql in PURPOSE_BANK_INDEXES:
        db.execute(sql)


@pytest.mark.parametrize("indexed", [False, True], ids=["no purpose/bank index", "purpose/bank indexes"])
def test_every_kind_of_search_finds_the_same_demands_in_the_same_order(loans_db, indexed):
    if indexed:
        _with_indexes(loans_db)
    found_some = 0
    for text in _queries(loans_db):
        q = make_query(text)
        ids = registers.search_ids(loans_db, "loans", q)
        assert ids == _old_ids(loans_db, q), text
        found_some += bool(ids)
    assert found_some >= 15


FILTERS = [
    {"status": "granted"},
    {"product_code": "530"},
    {"date_from": "2025-01-01", "date_to": "2025-12-31"},
    {"waiting_since": "2026-06-01"},
    {"include_deleted": True},
    {"sort": "amount", "descending": True},
    {"sort": "name"},
    {"sort": "village", "descending": True},
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f))
def test_a_search_with_filters_or_another_sort_finds_the_same_demands(loans_db, filters):
    _with_indexes(loans_db)
    village = loans_db.scalar("SELECT id FROM village ORDER BY id LIMIT 1")
    for extra in ({}, {"village_id": village}):
        for text in ("卓玛", "zhuoma", "1", "种植", "农"):
            q = make_query(text, **filters, **extra)
            assert registers.search_ids(loans_db, "loans", q) == _old_ids(loans_db, q), (text, extra)


def test_deleted_demands_are_left_out_unless_asked_for(loans_db):
    _with_indexes(loans_db)
    deleted = loans_db.scalar("SELECT id FROM loan_demand WHERE deleted_at IS NOT NULL ORDER BY id LIMIT 1")
    purpose = loans_db.scalar("SELECT purpose FROM loan_demand WHERE id = ?", (deleted,))
    assert deleted not in registers.search_ids(loans_db, "loans", make_query(purpose))
    assert deleted in registers.search_ids(loans_db, "loans", make_query(purpose, include_deleted=True))


def test_a_purpose_is_found_by_any_part_of_it_as_by_hand(loans_db):
    _with_indexes(loans_db)
    purpose = loans_db.scalar("SELECT purpose FROM loan_demand GROUP BY purpose ORDER BY count(*) DESC LIMIT 1")
    part = purpose[1:-1]
    rows = loans_db.query(
        "SELECT d.id, d.registered_on, d.purpose, d.bank FROM loan_demand d WHERE d.deleted_at IS NULL"
    )
    by_hand = [
        r["id"]
        for r in sorted(rows, key=lambda r: (r["registered_on"], r["id"]))
        if part in r["purpose"] or part in r["bank"]
    ]
    found = registers.search_ids(loans_db, "loans", make_query(part))
    assert by_hand and set(by_hand) <= set(found)
    assert [i for i in found if i in set(by_hand)] == by_hand


def test_more_distinct_purposes_than_the_cap_are_scanned_with_the_same_result(loans_db, monkeypatch):
    _with_indexes(loans_db)
    distinct = loans_db.scalar("SELECT count(DISTINCT purpose) FROM loan_demand")
    monkeypatch.setattr(registers, "VALUES_CAP", 2)
    assert distinct > 3
    for text in ("种植", "购买", "xyzq"):
        q = make_query(text)
        assert registers.search_ids(loans_db, "loans", q) == _old_ids(loans_db, q), text


def _steps(db, text: str, **filters) -> int:
    """SQLite virtual-machine steps of one search (a scan of the demands costs several per demand)."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    db.conn.set_progress_handler(count, 1)
    try:
        registers.search_ids(db, "loans", make_query(text, **filters))
    finally:
        db.conn.set_progress_handler(None, 1)
    return steps[0]


def _copy_demands(db, times: int) -> int:
    """Each demand `times` more times (new ids): a bigger register with the same households."""
    columns = [r["name"] for r in db.query("SELECT name FROM pragma_table_info('loan_demand')")]
    picked = ", ".join("d.id || '-' || n.value" if c == "id" else f"d.{c}" for c in columns)
    db.execute(
        f"INSERT INTO loan_demand({', '.join(columns)}) SELECT {picked} FROM loan_demand d, json_each(?) n",
        (json.dumps(list(range(times))),),
    )
    return db.scalar("SELECT count(*) FROM loan_demand")


def test_with_the_indexes_a_search_matching_nothing_reads_no_demand(loans_db):
    _with_indexes(loans_db)
    small = _steps(loans_db, "xyzq")
    grown = _copy_demands(loans_db, 5)
    assert grown > 1500
    assert _steps(loans_db, "xyzq") - small < 50


def test_without_the_indexes_the_purposes_and_banks_are_scanned(loans_db):
    small = _steps(loans_db, "xyzq")
    grown = _copy_demands(loans_db, 5)
    assert _steps(loans_db, "xyzq") - small > grown / 2


def test_a_filter_does_not_take_the_search_off_its_lookups(loans_db):
    _with_indexes(loans_db)
    q = make_query("zhuoma", status="granted", date_from="2024-01-01")
    where, params = registers._where(registers.SPECS["loans"], q, loans_db)
    sql = (
        f"SELECT d.id FROM loan_demand d NOT INDEXED JOIN household h ON h.id = d.household_id"
        f" WHERE {' AND '.join(where)}"
    )
    plan = [r[3] for r in loans_db.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert "SEARCH d USING INTEGER PRIMARY KEY (rowid=?)" in plan
    assert registers.search_ids(loans_db, "loans", q) == _old_ids(loans_db, q)


def test_a_new_register_has_the_purpose_and_bank_indexes(demo_ws):
    leading = registers._leading_columns(demo_ws.db, "loan_demand")
    assert {"purpose", "bank", "household_id"} <= leading


def test_an_index_created_while_open_is_seen_and_a_partial_one_is_not(loans_db):
    assert "purpose" not in registers._leading_columns(loans_db, "loan_demand")
    loans_db.execute("CREATE INDEX loan_demand_bank_live ON loan_demand(bank) WHERE deleted_at IS NULL")
    loans_db.execute("CREATE INDEX loan_demand_purpose ON loan_demand(purpose)")
    leading = registers._leading_columns(loans_db, "loan_demand")
    assert "purpose" in leading and "bank" not in leading
    assert "household_id" in leading


def test_without_an_index_on_the_household_column_the_old_search_runs(loans_db):
    _with_indexes(loans_db)
    loans_db.execute("DROP INDEX loan_demand_household")
    q = make_query("zhuoma")
    assert not registers._looks_up(loans_db, registers.SPECS["loans"], q)
    ids = registers.search_ids(loans_db, "loans", q)
    assert ids and ids == _old_ids(loans_db, q)
