"""Each step judged by the policy of its own date (issue #18, items 1 and 2), on a real register:

- the base rate of the grant date — the PBOC benchmark lending rate by term tier before the LPR
  reform of 2019-08-20, the monthly LPR from then on — checked month by month against the published
  figures, and a loan of each era granted end to end;
- a loan granted years ago under the rules of its time is recorded when entered now, with a note
  naming the rule that changed since; a back-dated grant that broke the rules of its own date is
  refused, the version cited, nothing written;
- the household cap counts the family's debts on the grant date, the eligible statuses the
  household's status then.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.credit_policy import PolicyVersion, rate_cap_bp
from app.domain.errors import ValidationErrors
from tests.helpers import POOR

SEED_004 = "原则上执行基准利率，并由财政对基准利率全额贴息 (Qinghai seed 004 §三.(二).3)"
PBOC_2019_15 = "自2019年8月20日起 … 新发放的贷款中主要参考贷款市场报价利率定价 (中国人民银行公告〔2019〕第15号)"

# (grant date, months, cap bp, what the cap is) — the benchmark lending rate's tiers before the
# reform (一年以内（含一年）/ 一至五年（含五年）/ 五年以上), the LPR tiers after it (DESIGN §4)
RATE_CASES = [
    ("2015-01-10", 12, 560, "benchmark ≤ 1 yr from 2014-11-22"),
    ("2015-03-10", 36, 575, "benchmark 1–5 yr from 2015-03-01"),
    ("2015-05-11", 12, 510, "benchmark ≤ 1 yr from 2015-05-11"),
    ("2015-07-01", 24, 525, "benchmark 1–5 yr from 2015-06-28"),
    ("2015-09-01", 36, 500, "benchmark 1–5 yr from 2015-08-26"),
    ("2015-10-24", 12, 435, "benchmark ≤ 1 yr from 2015-10-24"),
    ("2017-06-30", 36, 475, "benchmark 1–5 yr, unchanged 2015-10-24 … 2019-08-19"),
    ("2019-03-01", 12, 435, "the 2019 loan at 4.35 % of the issue: benchmark, not the LPR"),
    ("2019-08-19", 36, 475, "the last day of the benchmark"),
    ("2019-08-20", 12, 425, "the first LPR: 1-year 4.25 %"),
    ("2019-08-20", 36, 485, "the first LPR: 5-year 4.85 %"),
    ("2023-09-01", 12, 345, "1-year LPR 3.45 % from 2023-08-21"),
    ("2025-06-01", 36, 350, "5-year LPR 3.50 % from 2025-05-20"),
]


@pytest.mark.parametrize("on, months, cap, what", RATE_CASES, ids=[f"{c[0]}-{c[1]}m" for c in RATE_CASES])
def test_the_rate_cap_is_the_base_rate_of_the_grant_date(ws, on, months, cap, what):
    policy = ws.loan_policy.in_force("530", date.fromisoformat(on))
    assert rate_cap_bp(policy, months, date.fromisoformat(on), ws.loan_policy.base_rates()) == cap, (what, SEED_004)


def test_beyond_five_years_the_benchmark_has_its_own_tier(ws):
    long_term = PolicyVersion("two_rights", date(2015, 1, 1), rate_rule="lpr_tier")
    rates = ws.loan_policy.base_rates()
    assert rate_cap_bp(long_term, 84, date(2018, 1, 1), rates) == 490  # 五年以上 4.90 % from 2015-10-24
    assert rate_cap_bp(long_term, 60, date(2018, 1, 1), rates) == 475  # 一至五年（含五年）
    assert rate_cap_bp(long_term, 84, date(2020, 1, 1), rates) == 480  # 5-year LPR of 2019-12-20


# the LPR as the National Interbank Funding Center published it each month (1-year, 5-year bp),
# written out month by month so that a month missing from the series shows here
MONTHLY_LPR = (
    [("2019-08", 425, 485), ("2019-09", 420, 485), ("2019-10", 420, 485)]
    + [(m, 415, 480) for m in ("2019-11", "2019-12", "2020-01")]
    + [("2020-02", 405, 475), ("2020-03", 405, 475)]
    + [(f"{y}-{mo:02d}", 385, 465) for y, mo in [(2020, m) for m in range(4, 13)] + [(2021, m) for m in range(1, 12)]]
    + [("2021-12", 380, 465)]
    + [(f"2022-{m:02d}", 370, 460) for m in range(1, 5)]
    + [(f"2022-{m:02d}", 370, 445) for m in range(5, 8)]
    + [(f"{y}-{mo:02d}", 365, 430) for y, mo in [(2022, m) for m in range(8, 13)] + [(2023, m) for m in range(1, 6)]]
    + [("2023-06", 355, 420), ("2023-07", 355, 420)]
    + [(f"{y}-{mo:02d}", 345, 420) for y, mo in [(2023, m) for m in range(8, 13)] + [(2024, 1)]]
    + [(f"2024-{m:02d}", 345, 395) for m in range(2, 7)]
    + [(f"2024-{m:02d}", 335, 385) for m in range(7, 10)]
    + [(f"{y}-{mo:02d}", 310, 360) for y, mo in [(2024, m) for m in range(10, 13)] + [(2025, m) for m in range(1, 5)]]
    + [("2025-05", 300, 350)]
)


def test_every_month_of_the_lpr_since_the_reform_is_in_the_series(ws):
    rates = ws.loan_policy.base_rates()
    months = [m for m, _, _ in MONTHLY_LPR]
    assert len(months) == len(set(months)) == 70  # 2019-08 … 2025-05, none missing
    for month, one, five in MONTHLY_LPR:
        # the 25th: after the fixing of the 20th (or the next working day) of every month
        day = date.fromisoformat(month + "-25")
        assert (rates.on("lpr_1y", day), rates.on("lpr_5y", day)) == (one, five), (month, PBOC_2019_15)


# -- a loan of each era, end to end ----------------------------------------------------------------
@pytest.fixture
def poor(ws):
    return ws.households.create(POOR)["id"]


def _demand(ws, hid, registered, yuan=50_000, months=12, product="530"):
    loan = ws.loans.create(
        {
            "household_id": hid,
            "registered_on": registered,
            "amount_fen": yuan * 100,
            "term_months": months,
            "product_code": product,
            "purpose": "购买牦牛",
        }
    )
    for step in ("referred", "approved"):
        ws.loans.transition(loan["id"], step, on_date=registered)
    return loan


def _counts(ws) -> tuple:
    return tuple(ws.db.scalar(f"SELECT count(*) FROM {t}") for t in ("audit_log", "loan_event", "loan_demand"))


def test_a_2019_loan_at_the_benchmark_4_35_percent_is_granted(ws, poor):
    loan = _demand(ws, poor, "2019-02-20")
    row = ws.loans.transition(loan["id"], "granted", on_date="2019-03-01", granted_fen=5_000_000, rate_bp=435)
    assert (row["status"], row["rate_bp"], row["maturity_on"]) == ("granted", 435, "2020-03-01")


def test_a_loan_after_the_reform_is_capped_by_the_lpr_and_refused_above_it(ws, poor):
    loan = _demand(ws, poor, "2019-09-01")
    before = _counts(ws)
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.transition(loan["id"], "granted", on_date="2019-09-02", granted_fen=5_000_000, rate_bp=435)
    text = exc.value.text("en")
    assert "at most 4.25%" in text.replace(" %", "%") and "2019-09-02" in text
    assert "version of 2015-01-01" in text  # the rule cited: the version in force on the grant's date
    assert _counts(ws) == before
    row = ws.loans.transition(loan["id"], "granted", on_date="2019-09-02", granted_fen=5_000_000, rate_bp=None)
    assert row["rate_bp"] == 425  # the cap: the 1-year LPR of 2019-08-20, still in force on 09-02


# -- rules changed since ---------------------------------------------------------------------------
def _lower_530_from(ws, since: str, yuan: int = 30_000) -> None:
    """The county lowers the 530 loan to `yuan` (per loan and per household) from `since`."""
    v = ws.loan_policy.in_force("530", date.fromisoformat(since))
    ws.loan_policy.set_version(
        replace(v, effective_from=date.fromisoformat(since), max_amount_fen=yuan * 100, household_cap_fen=yuan * 100)
    )


def test_a_loan_of_the_old_rules_is_recorded_with_a_note_naming_the_rule_changed_since(ws, poor):
    _lower_530_from(ws, "2024-01-01")
    loan = _demand(ws, poor, "2023-04-20", months=36)
    row = ws.loans.transition(loan["id"], "granted", on_date="2023-05-01", granted_fen=5_000_000)
    assert (row["status"], row["granted_fen"], row["rate_bp"]) == ("granted", 5_000_000, 430)  # 5-year LPR then
    notes = [n["en"] for n in ws.loan_book.grant_notes(loan["id"])]
    assert any("at most 30,000.00 yuan" in n for n in notes), notes
    assert any("since 2024-01-01" in n and "granted on 2023-05-01" in n for n in notes), notes
    assert all(n["zh"] and n["bo"] for n in ws.loan_book.grant_notes(loan["id"]))


def test_a_back_dated_grant_that_broke_the_rules_of_its_date_is_refused_with_the_version(ws, poor):
    _lower_530_from(ws, "2024-01-01")
    loan = _demand(ws, poor, "2023-12-20", months=36)  # asked for under the old rules, granted under the new
    before = _counts(ws)
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.transition(loan["id"], "granted", on_date="2024-03-01", granted_fen=5_000_000)
    text = exc.value.text("en")
    assert "at most 30,000.00 yuan" in text
    assert "in force on its date, 2024-03-01 (the version of 2024-01-01)" in text
    assert _counts(ws) == before
    assert ws.loans.get(loan["id"])["status"] == "approved"


def test_a_demand_of_the_old_rules_is_registered_under_them(ws, poor):
    _lower_530_from(ws, "2024-01-01")
    assert _demand(ws, poor, "2023-04-20")["amount_fen"] == 5_000_000  # 5万 then
    with pytest.raises(ValidationErrors) as exc:
        _demand(ws, poor, "2024-04-20")
    assert "at most 30,000.00 yuan" in exc.value.text("en")


def test_the_household_cap_counts_what_the_family_owed_on_the_grant_date(ws, poor):
    """Qinghai seed 004: 5万元以下 per household.  Today the household owes 50,000 on a 530 loan;
    a loan of 2019 it repaid in 2020 is entered now: it was within the cap then."""
    today_loan = _demand(ws, poor, "2025-05-20", months=36)
    ws.loans.transition(today_loan["id"], "granted", on_date="2025-06-01", granted_fen=5_000_000)
    old = ws.loan_book.record_granted(
        household_id=poor,
        product_code="530",
        registered_on="2019-02-20",
        granted_on="2019-03-01",
        amount_fen=5_000_000,
        term_months=12,
        rate_bp=435,
        repayments=[{"paid_on": "2020-03-01", "principal_fen": 5_000_000}],
    )
    assert (old["status"], old["balance_fen"]) == ("repaid", 0)
    # … and a loan granted while the 2019 loan was owed is refused, although nothing is owed on it today
    before = _counts(ws)
    with pytest.raises(ValidationErrors) as exc:
        ws.loan_book.record_granted(
            household_id=poor,
            product_code="poverty_micro",
            registered_on="2019-06-01",
            granted_on="2019-06-10",
            amount_fen=1_000_000,
            term_months=12,
            rate_bp=435,
            repayments=[{"paid_on": "2020-01-10", "principal_fen": 1_000_000}],
        )
    assert "already owes 50,000.00 yuan" in exc.value.text("en")
    assert _counts(ws) == before


def test_the_household_status_is_the_one_it_had_on_the_date(ws, poor):
    """A household lifted out of poverty today was registered poor last year: the 530 loan of last
    year is granted when entered now, a 530 loan dated today is refused."""
    ws.households.update(poor, {"status": "lifted"})
    a_year_ago = date.today() - timedelta(days=365)
    loan = _demand(ws, poor, (a_year_ago - timedelta(days=10)).isoformat())
    row = ws.loans.transition(loan["id"], "granted", on_date=a_year_ago, granted_fen=2_000_000)
    assert row["status"] == "granted"
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.create(
            {
                "household_id": poor,
                "registered_on": date.today().isoformat(),
                "amount_fen": 1_000_000,
                "term_months": 12,
                "product_code": "530",
                "purpose": "购买牦牛",
            }
        )
    assert "only for these households" in exc.value.text("en")


def test_the_demand_forms_facts_are_the_limits_of_its_date(ws, poor):
    _lower_530_from(ws, "2024-01-01")

    def facts(on: date) -> str:
        return " ".join(p.text("en") for p in ws.loans.eligibility(poor, "530", on))

    assert "50,000.00" in facts(date(2023, 6, 1)) and "30,000.00" not in facts(date(2023, 6, 1))
    assert "30,000.00" in facts(date(2024, 6, 1))
