"""The servicing rules of issue #18 (item 2) as tables of cases, each beside the seed sentence — or,
where the seeds are silent, the national rule — it enforces (issue #18, item 6).

The loan of every case: 50,000 yuan granted 2025-01-01 at 3.50 %, principal due at maturity; its
term is the case's (12, 24 or 72 months).  A case names the step's date and values and the fields
the rule refuses (none: allowed)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.dates import add_months
from app.domain.loan_ledger import LoanFacts, Movement
from app.domain.loan_servicing import (
    check_claim,
    check_default,
    check_extension,
    check_repayment,
    check_top_up,
    check_write_off,
)

WULONG_32_EXTEND = (
    "区别对待贫困户不良贷款，在剔除主观恶意欠款不还的情况下，可予以贷款展期或延长贷款期限 (Wulong seed §三十二)"
)
WULONG_32_TOP_UP = "对通过追加贷款可以渡过难关的，应予以追加贷款扶持，避免因贫返贫 (Wulong seed §三十二)"
LOAN_RULES_12 = (
    "短期贷款展期期限累计不得超过原贷款期限；中期贷款展期期限累计不得超过原贷款期限的一半；长期贷款展期期限累计不得超过"
    "3年 (人民银行《贷款通则》第十二条: the seeds are silent on the length)"
)
GUIDE_2017_FUND = "县建风险补偿金 … 对贷款损失给予风险补偿 (Wulong seed §十一: 利用风险补偿金，对贷款损失给予风险补偿)"
DESIGN_DEFAULT = "a loan with principal past due may be marked defaulted; the subsidy stops from that day (DESIGN §4)"
WRITE_OFF = "核销 follows a loss the bank has recognised: a defaulted loan only (账销案存, recoveries still recorded)"
GRANTED = date(2025, 1, 1)
FEN = 5_000_000


def _loan(months: int, *repaid: tuple[str, int]) -> LoanFacts:
    movements = [Movement(GRANTED, "grant", FEN)]
    movements += [Movement(date.fromisoformat(on), "repayment", fen) for on, fen in repaid]
    return LoanFacts(GRANTED, add_months(GRANTED, months), 350, movements)


# (rule, term months, asked on, new maturity, reason, status, refused fields)
EXTENSIONS = [
    (WULONG_32_EXTEND, 24, "2026-12-01", "2028-01-01", "牦牛疫病，收入减少", "granted", []),
    (WULONG_32_EXTEND + " — no reason, no extension", 24, "2026-12-01", "2028-01-01", "", "granted", ["reason"]),
    (WULONG_32_EXTEND + " — asked after the maturity", 24, "2027-01-02", "2028-01-01", "疫病", "granted", ["on_date"]),
    (WULONG_32_EXTEND + " — a defaulted loan", 24, "2026-12-01", "2028-01-01", "疫病", "defaulted", ["status"]),
    (
        LOAN_RULES_12 + " — 24 months: at most 12 more",
        24,
        "2026-12-01",
        "2028-01-02",
        "疫病",
        "granted",
        ["maturity_on"],
    ),
    (LOAN_RULES_12 + " — 12 months: at most 12 more", 12, "2025-12-01", "2027-01-01", "疫病", "granted", []),
    (LOAN_RULES_12 + " — 12 months: not 13", 12, "2025-12-01", "2027-01-02", "疫病", "granted", ["maturity_on"]),
    (LOAN_RULES_12 + " — 72 months: at most 36 more", 72, "2030-12-01", "2034-01-01", "疫病", "granted", []),
    (LOAN_RULES_12 + " — 72 months: not 37", 72, "2030-12-01", "2034-02-01", "疫病", "granted", ["maturity_on"]),
    (
        LOAN_RULES_12 + " — the new maturity comes later",
        24,
        "2026-12-01",
        "2026-12-31",
        "疫病",
        "granted",
        ["maturity_on"],
    ),
]


@pytest.mark.parametrize("rule, months, on, maturity, reason, status, refused", EXTENSIONS)
def test_extension(rule, months, on, maturity, reason, status, refused):
    problems = check_extension(
        _loan(months),
        status=status,
        on=date.fromisoformat(on),
        new_maturity=date.fromisoformat(maturity),
        reason=reason,
        original_term_months=months,
    )
    assert sorted(p.field for p in problems) == refused, rule


def test_nothing_owed_is_not_extended():
    problems = check_extension(
        _loan(24, ("2026-06-01", FEN)),
        status="granted",
        on=date(2026, 12, 1),
        new_maturity=date(2028, 1, 1),
        reason="疫病",
        original_term_months=24,
    )
    assert [p.field for p in problems] == ["status"], WULONG_32_EXTEND


# (rule, asked on, amount fen, reason, status, refused fields)
TOP_UPS = [
    (WULONG_32_TOP_UP, "2026-03-01", 2_000_000, "补栏牦牛", "granted", []),
    (WULONG_32_TOP_UP + " — with the reason it helps through", "2026-03-01", 2_000_000, "", "granted", ["reason"]),
    (WULONG_32_TOP_UP + " — an amount", "2026-03-01", 0, "补栏", "granted", ["amount_fen"]),
    (WULONG_32_TOP_UP + " — before the maturity", "2027-01-01", 2_000_000, "补栏", "granted", ["on_date"]),
    (WULONG_32_TOP_UP + " — not on a defaulted loan", "2026-03-01", 2_000_000, "补栏", "defaulted", ["status"]),
]


@pytest.mark.parametrize("rule, on, amount, reason, status, refused", TOP_UPS)
def test_top_up(rule, on, amount, reason, status, refused):
    problems = check_top_up(_loan(24), status=status, on=date.fromisoformat(on), amount_fen=amount, reason=reason)
    assert sorted(p.field for p in problems) == refused, rule


# (rule, step, on, amount fen, reason, status, repaid before, refused fields)
LOSSES = [
    (DESIGN_DEFAULT, "default", "2027-01-02", None, "外出务工，联系不上", "granted", [], []),
    (
        DESIGN_DEFAULT + " — not before anything is past due",
        "default",
        "2027-01-01",
        None,
        "外出",
        "granted",
        [],
        ["on_date"],
    ),
    (DESIGN_DEFAULT + " — with its reason", "default", "2027-01-02", None, "", "granted", [], ["reason"]),
    (
        DESIGN_DEFAULT + " — a repaid part is no arrears",
        "default",
        "2027-01-02",
        None,
        "外出",
        "granted",
        [("2026-12-31", FEN)],
        ["on_date"],
    ),
    (GUIDE_2017_FUND, "claim", "2027-06-01", 5_000_000, "", "defaulted", [], []),
    (
        GUIDE_2017_FUND + " — at most what is owed",
        "claim",
        "2027-06-01",
        5_000_001,
        "",
        "defaulted",
        [],
        ["amount_fen"],
    ),
    (
        GUIDE_2017_FUND + " — owed after a recovery",
        "claim",
        "2027-06-01",
        4_000_001,
        "",
        "defaulted",
        [("2027-03-01", 1_000_000)],
        ["amount_fen"],
    ),
    (GUIDE_2017_FUND + " — a defaulted loan only", "claim", "2027-06-01", 1_000_000, "", "granted", [], ["status"]),
    (WRITE_OFF, "write_off", "2027-06-01", None, "经县联社批准核销", "defaulted", [], []),
    (WRITE_OFF + " — not a loan in good standing", "write_off", "2027-06-01", None, "核销", "granted", [], ["status"]),
    (WRITE_OFF + " — with its reason", "write_off", "2027-06-01", None, "", "defaulted", [], ["reason"]),
]


@pytest.mark.parametrize("rule, step, on, amount, reason, status, repaid, refused", LOSSES)
def test_default_claim_write_off(rule, step, on, amount, reason, status, repaid, refused):
    facts, day = _loan(24, *repaid), date.fromisoformat(on)
    if step == "default":
        problems = check_default(facts, status=status, on=day, reason=reason)
    elif step == "claim":
        problems = check_claim(facts, status=status, on=day, amount_fen=amount, already_claimed_fen=0)
    else:
        problems = check_write_off(status=status, reason=reason)
    assert sorted(p.field for p in problems) == refused, rule


REPAYMENT = "还款按银行回单分本金、利息；本金不超过所欠 (the bank's receipt; issue #18 item 2: partial, interest and principal apart)"
# (rule, status, on, principal, interest, refused)
REPAYMENTS = [
    (REPAYMENT + " — a part", "granted", "2025-06-01", 1_000_000, 87_500, []),
    (REPAYMENT + " — interest alone", "granted", "2025-06-01", 0, 87_500, []),
    (REPAYMENT + " — all that is owed", "granted", "2026-12-31", FEN, 0, []),
    (REPAYMENT + " — not more than is owed", "granted", "2026-12-31", FEN + 1, 0, ["amount_fen"]),
    (REPAYMENT + " — not before the grant", "granted", "2024-12-31", 100, 0, ["on_date"]),
    (REPAYMENT + " — something", "granted", "2025-06-01", 0, 0, ["amount_fen"]),
    (WRITE_OFF + " — a recovery after the write-off", "written_off", "2027-09-01", 500_000, 0, []),
    (REPAYMENT + " — a demand not granted", "approved", "2025-06-01", 100, 0, ["status"]),
]


@pytest.mark.parametrize("rule, status, on, principal, interest, refused", REPAYMENTS)
def test_repayment(rule, status, on, principal, interest, refused):
    problems = check_repayment(
        _loan(24), status=status, on=date.fromisoformat(on), principal_fen=principal, interest_fen=interest
    )
    assert sorted(p.field for p in problems) == refused, rule
