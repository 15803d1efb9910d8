"""storage/rollups.py: the per-village roll-ups of the monthly report and the Home page, on a register
built by hand here."""

from __future__ import annotations

import pytest

from storage import rollups
from storage.db import Database
from tests.helpers import ROW_OFFICE as OFFICE, raw_household, raw_loan, raw_rating, raw_row

CREDIT = ["A", "AA", "AAA"]


@pytest.fixture
def db(db_path):
    """Two villages and households without one; ratings over three years; loans with and without arrears."""
    database = Database(db_path)
    with database.transaction() as conn:
        for vid in ("v1", "v2"):
            raw_row(conn, "village", id=vid, name_zh=vid)
        raw_household(conn, "h1", "v1", created_at="2026-09-30T23:00:00Z")
        raw_household(conn, "h2", "v1", created_at="2026-11-02T08:00:00Z")  # after the month
        raw_household(conn, "h3", "v2")
        raw_household(conn, "h4", None)
        raw_household(conn, "h5", "v2", deleted_at="2025-01-01T00:00:00Z")  # deleted: counts nowhere
        # h1: credit grade in 2024, not in 2025 → its latest up to 2025 is not credit, up to 2024 it is
        raw_rating(conn, "h1", 2024, "AA")
        raw_rating(conn, "h1", 2025, "B")
        # h2: rated for 2027 only (after the year asked for) and a deleted 2025 rating
        raw_rating(conn, "h2", 2027, "AAA")
        raw_rating(conn, "h2", 2025, "A", deleted_at="2025-07-01T00:00:00Z")
        raw_rating(conn, "h3", 2023, "A")
        raw_rating(conn, "h4", 2025, "AAA")
        raw_rating(conn, "h5", 2025, "AAA")
        # borrowers: h1 granted, past maturity on 2026-10-31; h3 repaid; h4 granted, not yet due
        raw_loan(conn, "l1", "h1", "granted", maturity_on="2026-10-15")
        raw_loan(conn, "l2", "h1", "repaid", maturity_on="2025-01-01")
        raw_loan(conn, "l3", "h3", "repaid", maturity_on="2025-01-01")
        raw_loan(conn, "l4", "h4", "granted", maturity_on="2027-01-01")
        raw_loan(conn, "l5", "h2", "registered")
        raw_loan(conn, "l6", "h2", "granted", maturity_on="2020-01-01", deleted_at="2025-01-01T00:00:00Z")
        raw_loan(conn, "l7", "h5", "granted", maturity_on="2027-01-01")
    yield database
    database.close()


def _all(db, tree=None, year=2025, end="2026-10-31") -> rollups.Villages:
    return rollups.villages(db, tree, end=end, year=year, grades=CREDIT, arrears_before=end)


def test_households_per_village_at_month_end_and_now(db):
    assert _all(db).households == {"v1": (1, 2), "v2": (1, 1), None: (1, 1)}


def test_credit_households_go_by_the_latest_rating_up_to_the_year(db):
    assert _all(db, year=2025).credit == {"v2": 1, None: 1}
    assert _all(db, year=2024).credit == {"v1": 1, "v2": 1}
    assert _all(db, year=2027, end="2027-12-31").credit == {"v1": 1, "v2": 1, None: 1}
    # as of 2026-10-31, h2 was not yet registered and its 2027 rating not yet made (issue #19)
    assert _all(db, year=2027).credit == {"v2": 1, None: 1}


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
