"""A loan closed with the "repaid" step and no repayment recorded is, in the loan book, repaid in
full on that day (app.domain.loan_ledger.loan_facts): the month's report then says 已结清 1 (its
amount) beside 本月还款：本金 0.00 — an auditor's two figures of one event that disagree.  The
principal repaid in a period counts what such a loan still owed when it was closed."""

from __future__ import annotations

from datetime import date

from app.services import reports


def _closed_without_payments(ws):
    row = ws.db.one(
        """SELECT id, repaid_on, granted_fen FROM loan_demand d WHERE deleted_at IS NULL AND status = 'repaid'
           AND NOT EXISTS (SELECT 1 FROM loan_repayment r WHERE r.loan_demand_id = d.id)
           ORDER BY repaid_on, id LIMIT 1"""
    )
    assert row  # the demo closes some loans with the step alone
    return row


def test_a_loan_closed_by_the_repaid_step_counts_in_the_periods_principal_repaid(demo_ws):
    loan = _closed_without_payments(demo_ws)
    on = date.fromisoformat(loan["repaid_on"])
    month = f"{on:%Y-%m}"
    report = reports.monthly(demo_ws, month, today=date(2026, 12, 7))
    start, end = report.start, report.end
    recorded = demo_ws.db.one(
        """SELECT count(*) AS n, coalesce(sum(principal_fen), 0) AS fen FROM loan_repayment
           WHERE deleted_at IS NULL AND paid_on BETWEEN ? AND ?""",
        (start, end),
    )
    # loans closed in the month by the step, each with what was still owed: granted less repaid
    implied = demo_ws.db.one(
        """SELECT count(*) AS n, coalesce(sum(d.granted_fen - coalesce(
                      (SELECT sum(principal_fen) FROM loan_repayment r WHERE r.loan_demand_id = d.id
                       AND r.deleted_at IS NULL), 0)), 0) AS fen
           FROM loan_demand d WHERE d.deleted_at IS NULL AND d.status = 'repaid' AND d.repaid_on BETWEEN ? AND ?
             AND d.granted_fen > coalesce((SELECT sum(principal_fen) FROM loan_repayment r
                                           WHERE r.loan_demand_id = d.id AND r.deleted_at IS NULL), 0)""",
        (start, end),
    )
    assert implied["n"] >= 1
    book = report.book
    assert (book.payments, book.repaid_principal_fen) == (
        recorded["n"] + implied["n"],
        recorded["fen"] + implied["fen"],
    )
    assert report.total.repaid.n >= implied["n"]
    # Home's tile for that month says the same, and lists the loan when clicked
    home = demo_ws.loan_book.book_figures(date(2026, 12, 7), on.replace(day=1), date.fromisoformat(end))
    assert home.repaid_principal_fen == book.repaid_principal_fen
    assert loan["id"] in demo_ws.loan_book.drill_ids(
        "repaid_in_period", date(2026, 12, 7), on.replace(day=1), date.fromisoformat(end)
    )


def test_the_months_repayments_stay_when_the_loan_is_deleted_later(demo_ws):
    loan = _closed_without_payments(demo_ws)
    on = date.fromisoformat(loan["repaid_on"])
    before = reports.monthly(demo_ws, f"{on:%Y-%m}", today=date(2026, 12, 7)).book
    demo_ws.loans.delete(loan["id"])
    assert reports.monthly(demo_ws, f"{on:%Y-%m}", today=date(2026, 12, 7)).book == before
