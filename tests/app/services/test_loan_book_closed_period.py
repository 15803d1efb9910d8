"""Issue #19, item 1: the loan book of a closed period (the report's 月末贷款余额情况: loans and
balance outstanding, overdue balance, the period's subsidy due) stands still when a loan it
counted is deleted later — a deletion is dated: before its day the loan was on the book and
earned its subsidy; from that day on it is gone."""

from __future__ import annotations

from datetime import date

from app.services import reports

START, END = date(2026, 10, 1), date(2026, 10, 31)


def _loan_on_the_book_in_october(ws) -> str:
    """A loan granted before October, not repaid, that earned a subsidy in October."""
    loan_id = ws.db.scalar(
        """SELECT d.id FROM loan_demand d WHERE d.deleted_at IS NULL AND d.status = 'granted' AND d.granted_on < :start
             AND EXISTS (SELECT 1 FROM loan_subsidy_span s WHERE s.loan_demand_id = d.id
                         AND s.start_on < '2026-11-01' AND s.end_on > :start AND s.per_day > 0)
           ORDER BY d.granted_on DESC, d.id LIMIT 1""",
        {"start": START.isoformat()},
    )
    assert loan_id
    return loan_id


def test_octobers_book_stays_after_a_loan_on_it_is_deleted(demo_ws):
    book = demo_ws.loan_book
    loan_id = _loan_on_the_book_in_october(demo_ws)
    facts = book.facts(book.loan(loan_id))
    assert facts.balance_on(END) > 0
    today = date.today()
    october = book.book_figures_at(START, END)
    now = book.book_figures(today, today.replace(day=1), today)
    demo_ws.loans.delete(loan_id)
    assert book.book_figures_at(START, END) == october
    assert reports.monthly(demo_ws, "2026-10").book == october
    # the deletion counts from its own day: today's book has the loan no more
    now_after = book.book_figures(today, today.replace(day=1), today)
    assert (now_after.loans, now_after.balance_fen) == (now.loans - 1, now.balance_fen - facts.balance_on(today))


def test_the_deleted_loans_subsidy_for_october_is_still_due(demo_ws):
    """October's subsidy less the deleted loan's own October subsidy, recomputed from its ledger,
    is what the other loans earned: the loan counts once, with what it earned then."""
    book = demo_ws.loan_book
    loan_id = _loan_on_the_book_in_october(demo_ws)
    loan = book.loan(loan_id)
    facts = book.facts(loan)
    from app.domain.credit_policy import term_months_between

    terms = demo_ws.loan_policy.subsidy_terms(
        loan["product_code"], term_months_between(facts.granted_on, facts.maturity_on), facts.granted_on
    )
    own = sum(facts.subsidy_by_year(terms, date(2026, 11, 1), since=START).values())
    assert own > 0
    due = book.subsidy_due(START, END)
    demo_ws.loans.delete(loan_id)
    assert book.subsidy_due(START, END) == due
