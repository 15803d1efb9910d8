"""The ledger arithmetic against figures worked out by hand (the working is in each comment).

Conventions (app.domain.loan_ledger): interest 算头不算尾 at annual rate / 360 per day; principal
paid covers the earliest dues first; late the day after a due date."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.loan_ledger import Extension, LoanFacts, Movement, SubsidyTerms, ageing_bucket, month_ends, schedule

D = date


def test_quarterly_schedule_of_50000_yuan_over_a_year():
    # 5,000,000 fen / 4 quarters = 1,250,000 each, on the 15th three months apart
    assert schedule(5_000_000, D(2025, 1, 15), D(2026, 1, 15), 3) == [
        (D(2025, 4, 15), 1_250_000),
        (D(2025, 7, 15), 1_250_000),
        (D(2025, 10, 15), 1_250_000),
        (D(2026, 1, 15), 1_250_000),
    ]


def test_monthly_schedule_puts_the_odd_fen_in_the_last_part_and_clamps_month_ends():
    # 1,000,000 / 3 = 333,333 rest 1; 31 Jan + 1 month = 28 Feb, + 2 months = 31 Mar
    assert schedule(1_000_000, D(2025, 1, 31), D(2025, 4, 30), 1) == [
        (D(2025, 2, 28), 333_333),
        (D(2025, 3, 31), 333_333),
        (D(2025, 4, 30), 333_334),
    ]


def test_bullet_loan_is_due_whole_at_maturity():
    assert schedule(5_000_000, D(2025, 1, 15), D(2028, 1, 15)) == [(D(2028, 1, 15), 5_000_000)]


def _bullet() -> LoanFacts:
    return LoanFacts(
        D(2025, 1, 15),
        D(2027, 1, 15),
        345,
        [
            Movement(D(2025, 1, 15), "grant", 5_000_000),
            Movement(D(2025, 3, 10), "repayment", 1_000_000, 12_000),
            Movement(D(2025, 3, 31), "repayment", 500_000),
            Movement(D(2025, 6, 1), "repayment", 2_000_000, 30_000),
        ],
    )


def test_balances_at_month_ends():
    facts = _bullet()
    # Jan, Feb: 5,000,000; Mar: - 1,000,000 - 500,000 (31 Mar counts) = 3,500,000; Jun: - 2,000,000
    assert [(d.isoformat(), facts.balance_on(d)) for d in month_ends(D(2025, 1, 1), D(2025, 6, 30))] == [
        ("2025-01-31", 5_000_000),
        ("2025-02-28", 5_000_000),
        ("2025-03-31", 3_500_000),
        ("2025-04-30", 3_500_000),
        ("2025-05-31", 3_500_000),
        ("2025-06-30", 1_500_000),
    ]
    assert facts.balance_on(D(2025, 1, 14)) == 0
    assert facts.interest_paid() == 42_000


def test_interest_for_a_year_at_the_base_rate():
    facts = LoanFacts(D(2025, 1, 15), D(2026, 1, 15), 345, [Movement(D(2025, 1, 15), "grant", 5_000_000)])
    # 5,000,000 × 3.45 % × 365 / 360 = 174,895.83 → 174,896
    assert round(facts.interest_accrued(D(2026, 1, 15))) == 174_896


def _quarterly(*repayments: tuple[date, int]) -> LoanFacts:
    return LoanFacts(
        D(2025, 1, 1),
        D(2026, 1, 1),
        345,
        [Movement(D(2025, 1, 1), "grant", 4_000_000)] + [Movement(d, "repayment", a) for d, a in repayments],
        every_months=3,
    )


@pytest.mark.parametrize(
    "on, overdue_fen, days, bucket",
    [
        (D(2025, 7, 1), 0, 0, None),  # the due day itself is not late
        (D(2025, 7, 2), 1_000_000, 1, "1-30"),
        (D(2025, 7, 31), 1_000_000, 30, "1-30"),
        (D(2025, 8, 1), 1_000_000, 31, "31-90"),
        (D(2025, 9, 29), 1_000_000, 90, "31-90"),  # Jul 30 + Aug 31 + Sep 29 = 90
        (D(2025, 9, 30), 1_000_000, 91, "91-180"),
        (D(2025, 10, 2), 2_000_000, 93, "91-180"),  # the October part is late too
        (D(2025, 12, 28), 2_000_000, 180, "91-180"),  # 30 + 31 + 30 + 31 + 30 + 28 = 180
        (D(2025, 12, 29), 2_000_000, 181, ">180"),
        (D(2026, 1, 2), 3_000_000, 185, ">180"),
    ],
)
def test_arrears_ageing_across_a_year(on, overdue_fen, days, bucket):
    facts = _quarterly((D(2025, 4, 1), 1_000_000))  # the April part paid on time, nothing after
    assert facts.overdue(on) == (overdue_fen, days)
    assert ageing_bucket(days) == bucket


def test_a_late_payment_covers_the_earliest_part_first():
    facts = _quarterly((D(2025, 4, 1), 1_000_000), (D(2025, 11, 15), 1_000_000))
    # the July part is covered on 15 Nov; the October part is then the earliest late one: 46 days on 16 Nov
    assert facts.overdue(D(2025, 11, 14)) == (2_000_000, 136)
    assert facts.overdue(D(2025, 11, 16)) == (1_000_000, 46)
    assert facts.due_from() == D(2025, 10, 1)


def test_a_partial_payment_leaves_the_rest_of_the_part_late():
    facts = _quarterly((D(2025, 4, 1), 600_000))
    # 400,000 of the April part still late on 2 April: 1 day
    assert facts.overdue(D(2025, 4, 2)) == (400_000, 1)


def test_extension_moves_the_unpaid_remainder_to_the_new_maturity():
    facts = LoanFacts(
        D(2025, 1, 15),
        D(2026, 1, 15),
        345,
        [Movement(D(2025, 1, 15), "grant", 5_000_000), Movement(D(2025, 12, 1), "repayment", 2_000_000)],
        extensions=[Extension(D(2026, 1, 10), D(2026, 7, 15))],
    )
    assert facts.maturity() == D(2026, 7, 15)
    assert facts.maturity(D(2026, 1, 9)) == D(2026, 1, 15)
    assert facts.dues() == [(D(2026, 1, 15), 2_000_000), (D(2026, 7, 15), 3_000_000)]
    assert facts.overdue(D(2026, 3, 1)) == (0, 0)
    assert facts.overdue(D(2026, 7, 20)) == (3_000_000, 5)


def test_top_up_falls_due_at_maturity_and_adds_to_the_balance():
    facts = LoanFacts(
        D(2025, 1, 15),
        D(2026, 1, 15),
        345,
        [Movement(D(2025, 1, 15), "grant", 4_000_000), Movement(D(2025, 6, 1), "top_up", 2_000_000)],
    )
    assert facts.balance_on(D(2025, 5, 31)) == 4_000_000
    assert facts.balance_on(D(2025, 6, 1)) == 6_000_000
    assert facts.dues() == [(D(2026, 1, 15), 6_000_000)]


def test_write_off_takes_the_loan_off_the_books_but_the_debt_stays_owed():
    facts = LoanFacts(
        D(2025, 1, 15),
        D(2026, 1, 15),
        345,
        [Movement(D(2025, 1, 15), "grant", 4_000_000)],
        defaulted_on=D(2026, 3, 1),
        written_off_on=D(2026, 9, 1),
    )
    assert facts.balance_on(D(2026, 8, 31)) == 4_000_000
    assert facts.balance_on(D(2026, 9, 1)) == 0
    assert facts.owed_principal(D(2026, 9, 1)) == 4_000_000
    assert facts.overdue(D(2026, 9, 2)) == (0, 0)


FULL_THEN_70 = [SubsidyTerms(D(2015, 1, 1), 10_000, 5_000_000), SubsidyTerms(D(2026, 1, 1), 7_000, 5_000_000)]


def test_subsidy_by_policy_year_full_then_seventy_percent():
    facts = LoanFacts(D(2025, 7, 1), D(2027, 7, 1), 345, [Movement(D(2025, 7, 1), "grant", 5_000_000)])
    # a day's interest is 5,000,000 × 3.45 % / 360 = 479.1666…
    # 2025: 184 days at 100 % = 88,166.67 → 88,167
    # 2026: 365 days at 70 % = 174,895.83 × 0.7 = 122,427.08 → 122,427
    # 2027: 181 days (to the maturity) at 70 % = 86,729.17 × 0.7 = 60,710.42 → 60,710
    assert facts.subsidy_by_year(FULL_THEN_70, D(2030, 1, 1)) == {2025: 88_167, 2026: 122_427, 2027: 60_710}


def test_subsidy_stops_on_default():
    facts = LoanFacts(
        D(2025, 7, 1), D(2027, 7, 1), 345, [Movement(D(2025, 7, 1), "grant", 5_000_000)], defaulted_on=D(2027, 3, 1)
    )
    # 2027: 1 Jan – 1 Mar = 59 days × 479.1666… × 0.7 = 19,789.58 → 19,790
    assert facts.subsidy_by_year(FULL_THEN_70, D(2030, 1, 1))[2027] == 19_790


def test_the_part_of_a_top_up_above_the_cap_earns_no_subsidy():
    facts = LoanFacts(
        D(2025, 1, 1),
        D(2026, 1, 1),
        360,
        [Movement(D(2025, 1, 1), "grant", 4_000_000), Movement(D(2025, 7, 1), "top_up", 2_000_000)],
    )
    terms = [SubsidyTerms(D(2015, 1, 1), 10_000, 5_000_000)]
    # 1 Jan – 1 Jul: 181 days on 4,000,000 at 3.6 % = 400 a day → 72,400
    # 1 Jul – 1 Jan: 184 days on the capped 5,000,000 = 500 a day → 92,000
    assert facts.subsidy_by_year(terms, D(2026, 1, 1)) == {2025: 164_400}


def test_the_subsidy_is_paid_at_most_at_the_rate_cap():
    facts = LoanFacts(D(2025, 1, 1), D(2025, 12, 27), 500, [Movement(D(2025, 1, 1), "grant", 3_600_000)])
    # 360 days on 3,600,000 at the capped 3 % (not the loan's 5 %) = 108,000
    terms = [SubsidyTerms(D(2015, 1, 1), 10_000, None, 300)]
    assert facts.subsidy_until(terms, D(2026, 1, 1)) == 108_000
