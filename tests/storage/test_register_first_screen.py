"""A page's first screen (storage.registers.first_ids) is the head of the whole ordered list
(search_ids) — same rows, same order, ties by id — for every register, every sort key in both
directions, searches of every kind, filters and deleted rows, on a real demo register of 2,000
households; whether the first screen came from a walk along an index (migration 24) or from the
ordered matches.  The walk's sizes are made small here so that a register of this size takes each
of its paths: a screen in the first window, a longer second walk, and giving up for the matches."""

from __future__ import annotations

import pytest

from app import registry
from app.services.registers import make_query
from storage import registers
from tests.conftest import DEMO_TODAY, OFFICE

HOUSEHOLDS = 2000


@pytest.fixture(scope="module")
def register_file(tmp_path_factory):
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office

    path = tmp_path_factory.mktemp("first-screen") / "demo-2000.sqlite"
    ws = Workspace.open(path, user="tester", role="admin", lang="en")
    init_office(ws.db, **OFFICE, user="tester")
    fill(ws.db, office_code=OFFICE["code"], households=HOUSEHOLDS, seed=1, today=DEMO_TODAY, user="tester")
    # deleted rows of each kind: a few demands and ratings, and a household whose records stay
    for table in ("loan_demand", "credit_rating", "complaint", "literacy_session"):
        ws.db.execute(
            f"UPDATE {table} SET deleted_at = '2026-11-01T00:00:00'"
            f" WHERE rowid IN (SELECT rowid FROM {table} ORDER BY id LIMIT 7)"
        )
    ws.db.execute(
        "UPDATE household SET deleted_at = '2026-11-01T00:00:00'"
        " WHERE id = (SELECT household_id FROM loan_demand ORDER BY id DESC LIMIT 1)"
    )
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return path


@pytest.fixture
def db(register_file, monkeypatch):
    from storage.db import Database

    monkeypatch.setattr(registers, "WALK_FROM_ROWS", 0)
    monkeypatch.setattr(registers, "WALK_FIRST", 60)
    monkeypatch.setattr(registers, "WALK_LAST", 700)
    database = Database(register_file)
    yield database
    database.close()


@pytest.fixture
def walks(monkeypatch):
    """How each first screen was found: 'walk' (along the index) or 'matches' (ordered)."""
    seen: list[str] = []
    real_walk = registers._walk

    def walk(*args, **kwargs):
        seen.append("walk")
        return real_walk(*args, **kwargs)

    monkeypatch.setattr(registers, "_walk", walk)
    return seen


def _texts(db) -> list[str]:
    """What people type into a page's search box, taken from the register itself."""
    row = db.one(
        "SELECT h.name_zh, h.name_bo, h.name_pinyin, h.name_initials, h.name_wylie, h.id_number, h.phone,"
        " d.purpose, d.bank, v.name_zh AS village"
        " FROM loan_demand d JOIN household h ON h.id = d.household_id JOIN village v ON v.id = h.village_id"
        " WHERE h.name_bo != '' AND h.phone != '' ORDER BY d.id LIMIT 1"
    )
    place = db.scalar("SELECT place FROM literacy_session WHERE place != '' ORDER BY id LIMIT 1")
    institution = db.scalar("SELECT institution FROM complaint WHERE institution != '' ORDER BY id LIMIT 1")
    return [
        "",
        row["name_zh"],
        row["name_zh"][:1],
        row["name_pinyin"][:3],
        row["name_initials"],
        row["name_wylie"].split(" ")[-1],
        row["name_bo"],
        row["village"],
        row["id_number"][-4:],
        row["phone"][:7],
        row["purpose"],
        row["bank"][:2],
        "银行",
        place[:2],
        institution[:2],
        "xyzq",
    ]


def _filters(db, register: str) -> list[dict]:
    spec = registers.SPECS[register]
    status = db.scalar(f"SELECT {spec.status_column} FROM {spec.from_sql} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    dates = db.one(f"SELECT min({spec.date_column}) AS lo, max({spec.date_column}) AS hi FROM {spec.from_sql}")
    middle = db.scalar(
        f"SELECT {spec.date_column} FROM {spec.from_sql} ORDER BY 1 LIMIT 1 OFFSET"
        f" (SELECT count(*) / 2 FROM {spec.table})"
    )
    out = [{}, {"include_deleted": True}, {"status": status}, {"date_from": middle}, {"date_to": middle}]
    out.append({"date_from": dates["lo"], "date_to": middle, "include_deleted": True})
    if spec.village_column:
        out.append({"village_id": db.scalar("SELECT id FROM village ORDER BY name_zh LIMIT 1")})
    if register == "loans":
        out.append({"product_code": db.scalar("SELECT product_code FROM loan_demand ORDER BY id LIMIT 1")})
        out.append({"waiting_since": "2026-06-01"})
    if register == "ratings":
        out.append({"year": db.scalar("SELECT max(year) FROM credit_rating")})
    return out


@pytest.mark.parametrize("register", list(registry.REGISTERS))
def test_the_first_screen_is_the_head_of_the_whole_list_in_every_order(db, register, walks):
    spec = registers.SPECS[register]
    checked = 0
    for text in _texts(db):
        for sort in spec.sorts:
            for descending in (False, True):
                q = make_query(text, sort=sort, descending=descending)
                whole = registers.search_ids(db, register, q)
                for limit in (1, 40):
                    assert registers.first_ids(db, register, q, limit) == whole[:limit], (text, sort, descending)
                    checked += 1
    assert checked > 100
    if register in ("loans", "ratings"):  # the registers with an index for their default order
        assert walks


@pytest.mark.parametrize("register", list(registry.REGISTERS))
def test_the_first_screen_is_the_head_of_the_whole_list_with_every_filter(db, register, walks):
    spec = registers.SPECS[register]
    for text in _texts(db):
        for filters in _filters(db, register):
            for sort in (spec.default_sort, *(["amount"] if register == "loans" else [])):
                q = make_query(text, sort=sort, descending=sort == "amount", **filters)
                whole = registers.search_ids(db, register, q)
                assert registers.first_ids(db, register, q, 40) == whole[:40], (text, filters)


def test_a_broad_search_walks_and_a_narrow_one_orders_its_matches(db, walks, monkeypatch):
    """Which path answered is visible to the test (the results are the same either way, above)."""
    orders: list[str] = []
    real = registers._ids
    monkeypatch.setattr(registers, "_ids", lambda d, sql, params: orders.append(sql) or real(d, sql, params))
    broad = db.scalar("SELECT bank FROM loan_demand GROUP BY bank ORDER BY count(*) DESC LIMIT 1")  # a third
    assert len(registers.first_ids(db, "loans", make_query(broad), 40)) == 40
    assert walks == ["walk"] and all("INDEXED BY loan_demand_list" in sql for sql in orders)

    # an ID-number tail finds a row or two: counted from the look-ups, ordered at once, no walk
    orders.clear()
    walks.clear()
    tail = db.scalar("SELECT substr(h.id_number, -6) FROM loan_demand d JOIN household h ON h.id = d.household_id")
    narrow = registers.first_ids(db, "loans", make_query(tail), 40)
    assert 0 < len(narrow) < 40 and walks == [] and len(orders) == 1 and "INDEXED BY" not in orders[0]

    # more than a few matches, too few for the walk to find a screen: it gives up for the matches
    monkeypatch.setattr(registers, "FEW", 2)
    orders.clear()
    names = db.query("SELECT DISTINCT h.name_zh FROM household h ORDER BY h.name_zh")
    name = next(
        r["name_zh"] for r in names if 3 <= len(registers.search_ids(db, "loans", make_query(r["name_zh"]))) <= 30
    )
    orders.clear()
    some = registers.first_ids(db, "loans", make_query(name), 40)
    assert 3 <= len(some) < 40 and walks == ["walk"]
    assert "INDEXED BY" in orders[0] and "INDEXED BY" not in orders[-1]


def test_the_walk_reads_the_index_alone(db):
    """A walked row that does not match costs an index entry, not a look-up of the demand: the
    window is a scan of a covering index (migration 24)."""
    spec = registers.SPECS["loans"]
    q = make_query("银行")
    index, columns = registers._walk_index(db, spec, q)
    assert index == "loan_demand_list"
    where, _ = registers._where(spec, q, own_household=True)
    sql = f"SELECT d.id FROM loan_demand d INDEXED BY {index} WHERE {' AND '.join(where)} ORDER BY d.registered_on"
    params = ["x", "x", "x", "x", "x", "x"]
    plan = " / ".join(r["detail"] for r in db.query(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "COVERING INDEX loan_demand_list" in plan, plan
    assert {"status", "product_code", "household_id", "purpose", "bank", "deleted_at"} <= set(columns)


def test_orders_without_an_index_of_their_own_are_not_walked(db):
    spec = registers.SPECS["loans"]
    assert registers._walk_index(db, spec, make_query("x", sort="name")) is None  # a household's column
    assert registers._walk_index(db, spec, make_query("x", sort="granted")) is None  # nullable, no index
    assert registers._walk_index(db, spec, make_query("x", sort="amount"))[0] == "loan_demand_list_amount"
    assert registers._walk_index(db, registers.SPECS["ratings"], make_query("x"))[0] == "credit_rating_list"
