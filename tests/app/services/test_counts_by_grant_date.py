"""A loan granted in a month stays counted in that month whatever happens to it later (issue #18,
item 4): Home's "granted in the period", its monthly chart and success rate, the drill-down behind
the tile and the monthly report's 530 loans outstanding, before and after the loan is defaulted and
written off, on a real register."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import reports
from app.services.indicators import IndicatorService, Period
from storage import indicators as sql
from tests.helpers import POOR


@pytest.fixture
def loan(ws):
    hid = ws.households.create({**POOR, "registered_on": "2025-01-05"})["id"]
    loan = ws.loans.create(
        {
            "household_id": hid,
            "registered_on": "2025-03-01",
            "amount_fen": 5_000_000,
            "term_months": 12,
            "product_code": "530",
            "purpose": "购买牦牛",
        }
    )
    ws.loans.transition(loan["id"], "referred", on_date="2025-03-02")
    ws.loans.transition(loan["id"], "approved", on_date="2025-03-05")
    return ws.loans.transition(loan["id"], "granted", on_date="2025-03-10", granted_fen=5_000_000)


def _march(ws) -> tuple:
    service = IndicatorService(ws)
    ind = service.compute(Period.month("2025-03"), today=date(2026, 12, 7))
    report = reports.monthly(ws, "2025-03")
    return (
        ind.loans,
        sql.demands_by_month(ws.db, None, "2025-03-01", "2025-03-31"),
        service.drilldown("demands_granted", ind),
        report.total.outstanding_530,
    )


def test_a_loan_defaulted_and_written_off_later_stays_in_the_month_it_was_granted(ws, loan):
    before = _march(ws)
    assert (before[0].granted, before[0].granted_fen) == (1, 5_000_000)
    assert before[0].success.part == before[0].success.whole == 1  # granted ÷ decided
    assert before[1] == {"2025-03": (1, 1)}
    assert (before[3].n, before[3].fen) == (1, 5_000_000)

    # due 2026-03-10, never repaid: defaulted in June 2026, written off in July
    ws.loan_book.step(loan["id"], "default", on_date="2026-06-01", reason="户主外出务工，联系不上")
    assert _march(ws) == before
    ws.loan_book.step(loan["id"], "write_off", on_date="2026-07-01", reason="经县联社批准核销")
    assert ws.loans.get(loan["id"])["status"] == "written_off"
    assert _march(ws) == before


def test_a_defaulted_loan_is_outstanding_until_its_write_off(ws, loan):
    ws.loan_book.step(loan["id"], "default", on_date="2026-06-01", reason="户主外出务工，联系不上")
    ws.loan_book.step(loan["id"], "write_off", on_date="2026-07-01", reason="经县联社批准核销")
    june, july = reports.monthly(ws, "2026-06"), reports.monthly(ws, "2026-07")
    assert (june.total.outstanding_530.n, june.total.outstanding_530.fen) == (1, 5_000_000)  # defaulted, on the books
    assert (july.total.outstanding_530.n, july.total.outstanding_530.fen) == (0, 0)  # written off on 07-01
