"""The loan book service on a real register: grants under the policy, repayments with undo and audit,
`check` finding a household over the cap, a bank ledger's loan recorded with its history, credit
lines from a rating both sides signed, and the roll-up the credit-village test reads."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError, ValidationErrors
from app.services.check import check_register
from tests.helpers import POOR, valid_id


@pytest.fixture
def poor(ws):
    return ws.households.create(POOR)["id"]


def _granted(ws, hid, yuan=50_000, product="530", on="2025-06-01", **grant):
    loan = ws.loans.create(
        {
            "household_id": hid,
            "registered_on": "2025-05-20",
            "amount_fen": yuan * 100,
            "term_months": 36,
            "product_code": product,
            "purpose": "购买牦牛",
        }
    )
    ws.loans.transition(loan["id"], "referred", on_date="2025-05-21")
    ws.loans.transition(loan["id"], "approved", on_date="2025-05-25")
    return ws.loans.transition(loan["id"], "granted", on_date=on, granted_fen=yuan * 100, **grant)


def _cairang(ws) -> str:
    """A second registered-poor household (才让)."""
    return ws.households.create({**POOR, "id_number": valid_id("63212219800202303"), "name_zh": "才让"})["id"]


def _booked(ws, hid, *, registered_on: str, granted_on: str, yuan: int, months: int, **more) -> dict:
    """A 530 loan the bank granted, recorded in the book from its ledger (record_granted)."""
    return ws.loan_book.record_granted(
        household_id=hid,
        product_code="530",
        registered_on=registered_on,
        granted_on=granted_on,
        amount_fen=yuan * 100,
        term_months=months,
        **more,
    )


def _overdue(ws, hid, **more) -> dict:
    """20,000 yuan granted on 2024-01-05 for 12 months: unpaid past its maturity, 2025-01-05."""
    return _booked(ws, hid, registered_on="2024-01-02", granted_on="2024-01-05", yuan=20_000, months=12, **more)


def _granted_in_july_2025(ws, hid, months: int, **more) -> dict:
    """36,000 yuan registered on 2025-06-20, granted on 2025-07-01."""
    return _booked(ws, hid, registered_on="2025-06-20", granted_on="2025-07-01", yuan=36_000, months=months, **more)


def test_the_grant_computes_maturity_rate_and_subsidy(ws, poor):
    row = _granted(ws, poor, contract_no="QH-1")
    # 36 months; 5-year LPR 3.50 % on 2025-06-01; subsidy over the whole term at 100 %, a day being
    # 5,000,000 × 3.5 % / 360 = 486.11, each policy year rounded: 2025 214 days 104,027.78 → 104,028;
    # 2026 and 2027 365 days 177,430.56 → 177,431; 2028 152 days 73,888.89 → 73,889; total 532,779
    assert (row["maturity_on"], row["rate_bp"], row["subsidy_fen"], row["balance_fen"], row["due_from"]) == (
        "2028-06-01",
        350,
        532_779,
        5_000_000,
        "2028-06-01",
    )
    assert row["contract_no"] == "QH-1"


def test_three_530_loans_at_once_are_refused_beyond_the_first(ws, poor):
    _granted(ws, poor)
    with pytest.raises(ValidationErrors) as exc:
        _granted(ws, poor, on="2025-06-02")
    assert "50,000.00" in exc.value.text("en")


def test_check_finds_a_household_over_the_cap_written_before_the_ledger(ws, poor):
    """The auditor's case of issue #18: three 530 loans of 50,000 yuan to one household."""
    first = _granted(ws, poor)
    for _ in range(2):
        ws.db.execute(
            """INSERT INTO loan_demand (id, office_code, created_at, updated_at, household_id, registered_on,
                         amount_fen, term_months, product_code, status, status_on, granted_on, granted_fen, maturity_on,
                         balance_fen, due_from)
                         SELECT lower(hex(randomblob(16))), office_code, created_at, updated_at, household_id,
                                registered_on, amount_fen, term_months, product_code, status, status_on, granted_on,
                                granted_fen, maturity_on, balance_fen, due_from FROM loan_demand WHERE id = ?""",
            (first["id"],),
        )
    findings = check_register(ws)
    assert any(poor in f and "150,000.00" in f and "50,000.00" in f for f in findings), findings


def test_a_repayment_is_audited_and_undone_whole(ws, poor):
    loan = _granted(ws, poor)
    ws.loan_book.repay(loan["id"], on_date="2025-12-01", principal_fen=5_000_000, interest_fen=80_000)
    row = ws.loans.get(loan["id"])
    assert (row["status"], row["balance_fen"], row["repaid_on"], row["due_from"]) == ("repaid", 0, "2025-12-01", None)
    assert ws.db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'loan_repayment'") == 1
    assert check_register(ws) == []
    ws.undo()
    row = ws.loans.get(loan["id"])
    assert (row["status"], row["balance_fen"], row["due_from"]) == ("granted", 5_000_000, "2028-06-01")
    assert ws.loan_book.repayments(loan["id"]) == []
    assert check_register(ws) == []


def test_a_refused_repayment_writes_nothing(ws, poor):
    loan = _granted(ws, poor)
    before = ws.db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(ValidationErrors):
        ws.loan_book.repay(loan["id"], on_date="2025-12-01", principal_fen=6_000_000)
    with pytest.raises(ValidationErrors):
        ws.loan_book.repay(loan["id"], on_date="2025-05-01", principal_fen=100)
    assert ws.db.scalar("SELECT count(*) FROM audit_log") == before


def test_record_granted_keeps_the_bank_ledger_dates(ws, poor):
    loan = ws.loan_book.record_granted(
        household_id=poor,
        product_code="poverty_micro",
        registered_on="2024-03-01",
        granted_on="2024-03-10",
        amount_fen=3_000_000,
        term_months=24,
        bank="青海农商银行",
        contract_no="NS-88",
        repayments=[
            {"paid_on": "2025-03-10", "principal_fen": 1_000_000, "interest_fen": 40_000},
            {"paid_on": "2024-09-10", "principal_fen": 500_000},
        ],
    )
    assert (loan["granted_on"], loan["maturity_on"], loan["balance_fen"], loan["status"]) == (
        "2024-03-10",
        "2026-03-10",
        1_500_000,
        "granted",
    )
    assert [r["paid_on"] for r in ws.loan_book.repayments(loan["id"])] == ["2024-09-10", "2025-03-10"]
    assert [e["on_date"] for e in ws.loans.events(loan["id"])][:4] == [
        "2024-03-01",
        "2024-03-10",
        "2024-03-10",
        "2024-03-10",
    ]
    figures = ws.loan_book.figures(loan["id"], date(2026, 4, 9))
    assert (figures.overdue_days, figures.ageing, figures.overdue_fen) == (30, "1-30", 1_500_000)


def test_real_arrears_feed_the_credit_village_roll_up(ws, poor):
    """A borrower who repaid in full before the maturity has no arrears; one who has not, has."""
    loan = _granted(ws, poor, yuan=30_000)
    roll = ws.db.one("SELECT borrower, open_maturity FROM household_roll WHERE household_id = ?", (poor,))
    assert (roll["borrower"], roll["open_maturity"]) == (1, "2028-06-01")
    ws.loan_book.repay(loan["id"], on_date="2025-07-01", principal_fen=3_000_000)
    roll = ws.db.one("SELECT borrower, open_maturity FROM household_roll WHERE household_id = ?", (poor,))
    assert (roll["borrower"], roll["open_maturity"]) == (1, None)


def test_a_defaulted_loan_keeps_its_household_in_arrears(ws, poor):
    loan = _overdue(ws, poor)
    ws.loan_book.step(loan["id"], "default", on_date="2025-03-01", reason="外出失联")
    roll = ws.db.one("SELECT borrower, open_maturity FROM household_roll WHERE household_id = ?", (poor,))
    assert (roll["borrower"], roll["open_maturity"]) == (1, "2025-01-05")
    assert check_register(ws) == []


def test_credit_line_from_a_rating_both_sides_signed(ws, poor):
    rating = ws.ratings.create(
        {
            "household_id": poor,
            "year": 2026,
            "criteria": {"credit_record": 30, "repayment": 25, "production": 20, "family": 10, "reputation": 8},
            "bank_rater": "王行长",
            "village_rater": "才让",
            "rated_on": "2026-03-01",
        }
    )
    with pytest.raises(ValidationError):
        ws.loan_book.set_credit_line_from_rating(rating["id"])
    ws.loan_book.sign_rating(rating["id"], "village", on_date="2026-03-01")
    ws.loan_book.sign_rating(rating["id"], "bank", on_date="2026-03-02")
    line = ws.loan_book.set_credit_line_from_rating(rating["id"], on_date="2026-03-02")
    assert (line["grade"], line["amount_fen"]) == ("AAA", 5_000_000)  # 93 points: AAA, 5万 on the sheet
    assert ws.loan_book.credit_line(poor, 2026)["amount_fen"] == 5_000_000
    facts = ws.loans.eligibility(poor, "530", date(2026, 5, 1))
    assert any("50,000.00" in p.text("en") and "AAA" in p.text("en") for p in facts)


def test_book_figures_for_the_home_tiles_and_the_report(ws, poor):
    other = _cairang(ws)
    late = _overdue(ws, poor, rate_bp=345)
    current = _granted_in_july_2025(
        ws,
        other,
        24,
        rate_bp=345,
        repayments=[{"paid_on": "2025-08-15", "principal_fen": 600_000, "interest_fen": 15_000}],
    )
    figures = ws.loan_book.book_figures(date(2025, 8, 31), date(2025, 8, 1), date(2025, 8, 31))
    assert (figures.loans, figures.balance_fen, figures.overdue_loans, figures.overdue_fen) == (
        2,
        5_000_000,
        1,
        2_000_000,
    )
    assert figures.overdue_rate_bp == 4000  # 2,000,000 / 5,000,000
    assert (figures.payments, figures.repaid_principal_fen, figures.repaid_interest_fen) == (1, 600_000, 15_000)
    # August: the late loan earns nothing (past its maturity 2025-01-05); the current one
    # 14 days (1–14 Aug) on 3,600,000 and 17 days (15–31 Aug) on 3,000,000 at 3.45 % / 360:
    # 3,600,000 × 0.0345 × 14 / 360 = 4,830; 3,000,000 × 0.0345 × 17 / 360 = 4,887.5 → 9,717.5 → 9,718
    assert figures.subsidy_due_fen == 9_718
    assert late["status"] == current["status"] == "granted"


def test_the_monthly_report_shows_the_book_as_it_stood_at_the_month_end(ws, poor):
    from app.services import reports

    loan = _granted_in_july_2025(
        ws, poor, 12, rate_bp=300, repayments=[{"paid_on": "2025-08-15", "principal_fen": 600_000}]
    )
    august = reports.monthly(ws, "2025-08").book
    assert (august.loans, august.balance_fen, august.overdue_fen, august.repaid_principal_fen) == (
        1,
        3_000_000,
        0,
        600_000,
    )
    # later work does not change a closed month: repaid in full in September, overdue later on
    ws.loan_book.repay(loan["id"], on_date="2025-09-10", principal_fen=3_000_000)
    again = reports.monthly(ws, "2025-08").book
    assert (again.loans, again.balance_fen, again.subsidy_due_fen) == (1, 3_000_000, august.subsidy_due_fen)
    assert reports.monthly(ws, "2025-09").book.balance_fen == 0
    # a loan past its maturity unpaid at the month's end is overdue in that month's report
    _overdue(ws, _cairang(ws), rate_bp=345)
    book = reports.monthly(ws, "2025-08").book
    assert (book.loans, book.overdue_loans, book.overdue_fen, book.overdue_rate_bp) == (2, 1, 2_000_000, 4000)


def test_the_report_sheet_has_the_loan_book_section(ws, poor, tmp_path):
    from openpyxl import load_workbook

    from app.services import reports
    from exports.xlsx.monthly import write_monthly

    _granted_in_july_2025(ws, poor, 12, rate_bp=300)
    out = tmp_path / "m.xlsx"
    from app.services.report_document import document

    for _ in write_monthly(document(ws, reports.monthly(ws, "2025-08"), "zh"), out):
        pass
    cells = [c.value for row in load_workbook(out).worksheets[0].iter_rows() for c in row if c.value is not None]
    i = cells.index("未偿余额")
    assert cells[i + 1 : i + 3] == [1, 36000]


def test_check_finds_a_balance_that_differs_from_the_repayments(ws, poor):
    loan = _granted(ws, poor)
    ws.loan_book.repay(loan["id"], on_date="2025-12-01", principal_fen=1_000_000)
    assert check_register(ws) == []
    ws.db.execute("UPDATE loan_demand SET balance_fen = 5000000 WHERE id = ?", (loan["id"],))
    assert any(loan["id"] in f and "balance" in f for f in check_register(ws))
