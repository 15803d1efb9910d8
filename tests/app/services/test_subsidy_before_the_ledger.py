"""The interest subsidy of loans that predate the ledger (issue #18, item 5): a 530 loan stored as
an older register or a bulk fill stores it — no rate, no subsidised principal, repaid without
repayment rows — earns its subsidy by the rule of each policy year like any other, in a loan's
figures, in a period's subsidy due (Home, the monthly report), before and after its spans are
stored.  Every figure worked out by hand in the comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.services.check import repair_register
from tests.helpers import POOR


@pytest.fixture
def old_loan(ws):
    """Granted 2018-03-01, 50,000 yuan for 36 months, repaid on 2020-03-01; no rate recorded."""
    hid = ws.households.create(POOR)["id"]
    ws.db.execute(
        """INSERT INTO loan_demand (id, office_code, created_at, updated_at, household_id, registered_on, amount_fen,
                                    term_months, product_code, status, status_on, granted_on, granted_fen, maturity_on,
                                    repaid_on)
           VALUES ('old-530', ?, '2018-03-01T00:00:00Z', '2018-03-01T00:00:00Z', ?, '2018-02-20', 5000000, 36, '530',
                   'repaid', '2020-03-01', '2018-03-01', 5000000, '2021-03-01', '2020-03-01')""",
        (ws.db.scalar("SELECT code FROM office LIMIT 1"), hid),
    )
    return "old-530"


# The rate: none recorded, so the base rate of a 36-month loan on 2018-03-01 — the PBOC benchmark
# for 1–5 years, 4.75 % since 2015-10-24 — at which the subsidy is paid in full (Qinghai seed 004:
# "原则上执行基准利率，并由财政对基准利率全额贴息").  A day earns 5,000,000 × 4.75 % / 360 = 659.72 fen.
#   2018: 2018-03-01 … 2018-12-31, 306 days: 237,500 × 306 / 360 = 201,875.00
#   2019: 365 days: 237,500 × 365 / 360 = 240,798.61 → 240,799
#   2020: 2020-01-01 … 2020-02-29 (repaid on 03-01), 60 days: 237,500 × 60 / 360 = 39,583.33 → 39,583
BY_YEAR = {2018: 201_875, 2019: 240_799, 2020: 39_583}


def test_a_loan_older_than_the_ledger_earns_its_subsidy_by_policy_year(ws, old_loan):
    figures = ws.loan_book.figures(old_loan, date(2021, 3, 1))
    assert figures.subsidy_by_year == BY_YEAR and figures.subsidy_fen == 482_257
    assert figures.balance_fen == 0  # repaid before repayments were recorded: owed until 2020-03-01


@pytest.mark.parametrize("stored", [False, True], ids=["computed on the spot", "from the stored spans"])
def test_the_periods_subsidy_due_counts_it(ws, old_loan, stored):
    if stored:
        repair_register(ws)  # `check --repair`: the spans computed and kept
        assert ws.db.scalar("SELECT count(*) FROM loan_subsidy_stale") == 0
        assert ws.db.scalar("SELECT count(*) FROM loan_subsidy_span WHERE loan_demand_id = ?", (old_loan,)) == 3
    due = ws.loan_book.subsidy_due
    assert due(date(2019, 1, 1), date(2019, 12, 31)) == 240_799
    # February 2020: 29 days × 659.72 = 19,131.94 → 19,132; March 2020: repaid on the 1st, nothing
    assert due(date(2020, 2, 1), date(2020, 2, 29)) == 19_132
    assert due(date(2020, 3, 1), date(2020, 3, 31)) == 0
    book = ws.loan_book.book_figures(date(2020, 2, 29), date(2020, 2, 1), date(2020, 2, 29))
    assert book.subsidy_due_fen == 19_132


def test_a_policy_year_at_70_percent_changes_it_from_its_date(ws, old_loan):
    """A county lowers the share to 70 % from 2019-07-01 (issue #18: "a share such as 70 %"):
    2019 = 181 days at 100 % (119,409.72) + 184 days at 70 % (237,500 × 0.7 × 184 / 360 = 84,972.22)
    = 204,381.94 → 204,382, rounded once for the policy year."""
    repair_register(ws)
    v = ws.loan_policy.in_force("530", date(2019, 7, 1))
    ws.loan_policy.set_version(replace(v, effective_from=date(2019, 7, 1), subsidy_share_bp=7000))
    assert ws.db.scalar("SELECT count(*) FROM loan_subsidy_stale") == 0  # recomputed with the change
    assert ws.loan_book.subsidy_due(date(2019, 1, 1), date(2019, 12, 31)) == 204_382
    assert ws.loan_book.figures(old_loan, date(2021, 1, 1)).subsidy_by_year[2019] == 204_382
    ws.undo()
    assert ws.loan_book.subsidy_due(date(2019, 1, 1), date(2019, 12, 31)) == 240_799


def test_a_loan_imported_with_its_history_earns_the_same(ws):
    """The same loan from a bank's ledger (record_granted, the import of #20), rate 4.75 % given."""
    hid = ws.households.create(POOR)["id"]
    loan = ws.loan_book.record_granted(
        household_id=hid,
        product_code="530",
        registered_on="2018-02-20",
        granted_on="2018-03-01",
        amount_fen=5_000_000,
        term_months=36,
        rate_bp=475,
        repayments=[{"paid_on": "2020-03-01", "principal_fen": 5_000_000}],
    )
    assert ws.loan_book.figures(loan["id"], date(2021, 3, 1)).subsidy_by_year == BY_YEAR
    assert ws.loan_book.subsidy_due(date(2019, 1, 1), date(2019, 12, 31)) == 240_799


def test_a_top_up_above_5_wan_earns_no_subsidy_on_the_excess(ws):
    """Issue #18: "top-up with the part above 5万 not subsidised" (Qinghai seed 004: 5万元以下 …
    全额贴息).  40,000 yuan granted 2025-01-01 for 24 months at the cap, the 5-year LPR 3.60 % of
    2024-10-21; 20,000 more on 2025-07-01.  2025: 181 days on 4,000,000 (144,000 × 181 / 360 =
    72,400) + 184 days on 5,000,000, not 6,000,000 (180,000 × 184 / 360 = 92,000) = 164,400."""
    hid = ws.households.create(POOR)["id"]
    loan = ws.loan_book.record_granted(
        household_id=hid,
        product_code="530",
        registered_on="2024-12-20",
        granted_on="2025-01-01",
        amount_fen=4_000_000,
        term_months=24,
    )
    assert loan["rate_bp"] == 360
    ws.loan_book.step(loan["id"], "top_up", on_date="2025-07-01", amount_fen=2_000_000, reason="补栏牦牛")
    assert ws.db.scalar("SELECT count(*) FROM loan_subsidy_stale") == 0
    assert ws.loan_book.subsidy_due(date(2025, 1, 1), date(2025, 12, 31)) == 164_400
    assert ws.loan_book.figures(loan["id"], date(2026, 1, 1)).subsidy_by_year == {2025: 164_400}
    ws.undo()  # the top-up taken back: 365 days on 4,000,000 = 146,000
    assert ws.loan_book.subsidy_due(date(2025, 1, 1), date(2025, 12, 31)) == 146_000
