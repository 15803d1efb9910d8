"""storage/rollups.py: the per-village roll-ups of the monthly report and the Home page, on a register
built by hand here; and work run beside the caller on a second connection."""
from __future__ import annotations

import pytest

from storage import rollups
from storage.db import Database

OFFICE = "630224100201"
CREDIT = ["A", "AA", "AAA"]


def _row(conn, table: str, **values) -> None:
    values = {"office_code": OFFICE, "created_at": "2024-01-01T00:00:00Z",
              "updated_at": "2024-01-01T00:00:00Z", **values}
    names = ", ".join(values)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(values))})", tuple(values.values()))


def _household(conn, hid: str, village: str | None, **extra) -> None:
    _row(conn, "household", id=hid, name_zh=hid, id_number=f"id-{hid}", id_rev=f"ver-{hid}",
         village_id=village, **extra)


def _rating(conn, hid: str, year: int, grade: str, **extra) -> None:
    _row(conn, "credit_rating", id=f"r-{hid}-{year}", household_id=hid, year=year, score=80, grade=grade,
         rated_on=f"{year}-06-01", **extra)


def _loan(conn, lid: str, hid: str, status: str, maturity_on: str | None = None, **extra) -> None:
    _row(conn, "loan_demand", id=lid, household_id=hid, registered_on="2024-02-01", amount_fen=100_000,
         product_code="530", status=status, status_on="2024-03-01", maturity_on=maturity_on, **extra)


@pytest.fixture
def db(db_path):
    """Two villages and households without one; ratings over three years; loans with and without arrears."""
    database = Database(db_path)
    with database.transaction() as conn:
        for vid in ("v1", "v2"):
            _row(conn, "village", id=vid, name_zh=vid)
        _household(conn, "h1", "v1", created_at="2026-09-30T23:00:00Z")
        _household(conn, "h2", "v1", created_at="2026-11-02T08:00:00Z")      # after the month
        _household(conn, "h3", "v2")
        _household(conn, "h4", None)
        _household(conn, "h5", "v2", deleted_at="2025-01-01T00:00:00Z")      # deleted: counts nowhere
        # h1: credit grade in 2024, not in 2025 → its latest up to 2025 is not credit, up to 2024 it is
        _rating(conn, "h1", 2024, "AA")
        _rating(conn, "h1", 2025, "B")
        # h2: rated for 2027 only (after the year asked for) and a deleted 2025 rating
        _rating(conn, "h2", 2027, "AAA")
        _rating(conn, "h2", 2025, "A", deleted_at="2025-07-01T00:00:00Z")
        _rating(conn, "h3", 2023, "A")
        _rating(conn, "h4", 2025, "AAA")
        _rating(conn, "h5", 2025, "AAA")
        # borrowers: h1 granted, past maturity on 2026-10-31; h3 repaid; h4 granted, not yet due
        _loan(conn, "l1", "h1", "granted", maturity_on="2026-10-15")
        _loan(conn, "l2", "h1", "repaid", maturity_on="2025-01-01")
        _loan(conn, "l3", "h3", "repaid", maturity_on="2025-01-01")
        _loan(conn, "l4", "h4", "granted", maturity_on="2027-01-01")
        _loan(conn, "l5", "h2", "registered")
        _loan(conn, "l6", "h2", "granted", maturity_on="2020-01-01", deleted_at="2025-01-01T00:00:00Z")
        _loan(conn, "l7", "h5", "granted", maturity_on="2027-01-01")
    yield database
    database.close()


def _all(db, tree=None, year=2025, end="2026-10-31") -> rollups.Villages:
    return rollups.villages(db, tree, end=end, year=year, grades=CREDIT, arrears_before=end)


def test_households_per_village_at_month_end_and_now(db):
    assert _all(db).households == {"v1": (1, 2), "v2": (1, 1), None: (1, 1)}


def test_credit_households_go_by_the_latest_rating_up_to_the_year(db):
    assert _all(db, year=2025).credit == {"v2": 1, None: 1}
    assert _all(db, year=2024).credit == {"v1": 1, "v2": 1}
    assert _all(db, year=2027).credit == {"v1": 1, "v2": 1, None: 1}


def test_borrowers_and_those_without_arrears_at_the_date(db):
    assert _all(db).borrowers == {"v1": (1, 0), "v2": (1, 1), None: (1, 1)}
    assert _all(db, end="2026-10-15").borrowers == {"v1": (1, 1), "v2": (1, 1), None: (1, 1)}


def test_an_office_tree_keeps_only_its_offices_records(db):
    assert _all(db, tree='["630224100299"]') == rollups.Villages()
    assert _all(db, tree=f'["{OFFICE}"]') == _all(db)


def test_a_report_for_an_earlier_year_reads_the_ratings_of_households_rated_since(db):
    # h1's latest rating is 2025's B; for 2024 its AA counts, found among its ratings
    assert _all(db, year=2024).credit["v1"] == 1
    with db.transaction() as conn:
        conn.execute("UPDATE credit_rating SET deleted_at = '2026-01-01' WHERE id = 'r-h1-2024'")
    assert "v1" not in _all(db, year=2024).credit


def _households(on: Database) -> int:
    return on.scalar("SELECT count(*) FROM household")


def test_work_beside_the_caller_gives_what_the_callers_own_connection_gives(db):
    wait = rollups.beside(db, _households)
    assert wait() == _households(db) == 5


def test_inside_an_open_transaction_the_work_is_done_on_the_callers_connection(db):
    with db.transaction() as conn:
        _household(conn, "h6", "v2")
        assert rollups.beside(db, _households)() == 6      # a second connection would see 5
    assert _all(db).households["v2"] == (2, 2)


def test_a_failing_second_connection_falls_back_to_the_callers(db, monkeypatch):
    from storage import db as db_module

    def refuse(*args, **kwargs):
        raise db_module.StorageError("no second connection")
    monkeypatch.setattr(rollups, "Database", refuse)
    assert rollups.beside(db, _households)() == 5


def test_a_bug_in_the_work_is_raised_in_the_callers_thread(db):
    def broken(on):
        raise KeyError("bug")
    with pytest.raises(KeyError):
        rollups.beside(db, broken)()
