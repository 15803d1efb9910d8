"""The poverty-credit policy as a table of cases, each beside the seed sentence (or the national rule)
it enforces, checked on a real register with the policy versions and LPR series migration 15 seeds."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.credit_policy import FamilyLoan, PolicyVersion, check_age, check_grant
from app.domain.errors import PermissionDenied, ValidationError

QINGHAI_004 = (
    "为符合条件的建档立卡贫困户给予５万元以下、３年以内的信用贷款，原则上执行基准利率，并由财政对基准利率全额贴息"
)
WULONG_11 = "免抵押、免担保、3年期限、5万元额度（发展乡村旅游的贴息贷款规模不超过10万元）、财政贴息"
DESIGN_RATE = "Rate caps follow the term (≤ 1 yr: 1-year LPR; 1–3 yr: 5-year LPR) unless the county sets another rule"
GUIDE_2017 = "《扶贫小额信贷工作指南》: borrowers aged 18–65 in principle"

G = date(2025, 6, 1)  # LPR on this day: 1-year 3.00 %, 5-year 3.50 % (since 2025-05-20)


def _loan(product: str, yuan: int, lid: str = "x") -> FamilyLoan:
    return FamilyLoan(lid, product, "poverty_micro", yuan * 100)


# (seed sentence, product, yuan granted, months, rate bp (None: the cap), household's other loans, refusal field or None)
CASES = [
    (QINGHAI_004, "530", 50_000, 36, None, [], None),
    (QINGHAI_004, "530", 50_001, 36, None, [], "granted_fen"),
    (QINGHAI_004, "530", 30_000, 37, None, [], "maturity_on"),
    (
        QINGHAI_004 + " — per household across the family",
        "poverty_micro",
        30_000,
        24,
        None,
        [_loan("530", 30_000)],
        "granted_fen",
    ),
    (QINGHAI_004 + " — a repaid part frees the cap", "poverty_micro", 30_000, 24, None, [_loan("530", 20_000)], None),
    (
        QINGHAI_004 + " — other programmes do not count",
        "530",
        50_000,
        24,
        None,
        [FamilyLoan("y", "two_rights", None, 9_000_000)],
        None,
    ),
    (WULONG_11, "rural_tourism", 100_000, 36, None, [], None),
    (WULONG_11, "rural_tourism", 100_001, 36, None, [], "granted_fen"),
    (
        WULONG_11 + " — the tourism cap bounds the family",
        "rural_tourism",
        60_000,
        36,
        None,
        [_loan("530", 40_000)],
        None,
    ),
    (WULONG_11 + " — the 530 cap stays 5万", "530", 20_000, 36, None, [_loan("rural_tourism", 40_000)], "granted_fen"),
    (DESIGN_RATE + " — 12 months: 1-year LPR 3.00 %", "530", 50_000, 12, 300, [], None),
    (DESIGN_RATE + " — 12 months above the 1-year LPR", "530", 50_000, 12, 301, [], "rate_bp"),
    (DESIGN_RATE + " — 24 months: 5-year LPR 3.50 %", "530", 50_000, 24, 350, [], None),
    (DESIGN_RATE + " — 12 % on a base-rate product", "530", 50_000, 36, 1200, [], "rate_bp"),
]


@pytest.mark.parametrize(
    "seed, product, yuan, months, rate, others, refused",
    CASES,
    ids=[f"{c[1]}-{c[2]}-{c[3]}m-{c[4]}-{c[6]}" for c in CASES],
)
def test_a_grant_is_allowed_or_refused_on_the_field_the_policy_in_force_names(
    ws, seed, product, yuan, months, rate, others, refused
):
    policy = ws.loan_policy.in_force(product, G)
    terms, problems = check_grant(
        policy,
        granted_fen=yuan * 100,
        granted_on=G,
        term_months=months,
        maturity_on=None,
        rate_bp=rate,
        rates=ws.loan_policy.base_rates(),
        family_loans=others,
        household_status="registered_poor",
    )
    assert [p.field for p in problems] == ([refused] if refused else []), seed
    if not refused:
        assert terms.maturity_on.isoformat() == {12: "2026-06-01", 24: "2027-06-01", 36: "2028-06-01"}[months]


def test_the_rate_defaults_to_the_cap_of_the_term_tier(ws):
    rates = ws.loan_policy.base_rates()
    policy = ws.loan_policy.in_force("530", G)
    for months, expected in ((6, 300), (12, 300), (13, 350), (36, 350)):
        terms, _ = check_grant(
            policy,
            granted_fen=1_000_000,
            granted_on=G,
            term_months=months,
            maturity_on=None,
            rate_bp=None,
            rates=rates,
            family_loans=[],
        )
        assert terms.rate_bp == expected, months
    # on an older date: 2023-09-01, the 1-year LPR 3.45 % in force since 2023-08-21
    terms, _ = check_grant(
        policy,
        granted_fen=1_000_000,
        granted_on=date(2023, 9, 1),
        term_months=12,
        maturity_on=None,
        rate_bp=None,
        rates=rates,
        family_loans=[],
    )
    assert terms.rate_bp == 345


def test_a_loan_without_maturity_is_refused(ws):
    policy = ws.loan_policy.in_force("other", G)
    _, problems = check_grant(
        policy,
        granted_fen=100,
        granted_on=G,
        term_months=None,
        maturity_on=None,
        rate_bp=500,
        rates=ws.loan_policy.base_rates(),
        family_loans=[],
    )
    assert [p.field for p in problems] == ["maturity_on"]


def test_rural_tourism_has_the_flags_of_the_wulong_seed(ws):
    product = ws.reference.product("rural_tourism")
    policy = ws.loan_policy.in_force("rural_tourism", G)
    assert product.collateral_free and product.subsidised and product.eligible_statuses  # 免抵押免担保, 贴息
    assert policy.max_amount_fen == 10_000_000 and policy.family == "poverty_micro"


@pytest.mark.parametrize(
    "birth, reason, expected",
    [
        (date(1960, 6, 2), "", []),  # 64 on the grant date
        (date(1959, 5, 1), "", ["exception_reason"]),  # 66: refused without a reason
        (date(1959, 5, 1), "长子共同还款，村委担保", ["exception_reason/warning"]),  # exception recorded
        (date(2008, 1, 1), "", ["exception_reason"]),  # 17
    ],
)
def test_age_in_principle(ws, birth, reason, expected):
    """GUIDE_2017: an age outside 18–65 is an exception recorded with its reason, never silent."""
    policy = ws.loan_policy.in_force("530", G)
    problems = check_age(policy, birth, G, reason)
    assert [p.field + ("/warning" if p.warning else "") for p in problems] == expected


def test_the_subsidy_share_of_a_policy_year_is_set_by_the_office_head(ws):
    v = ws.loan_policy.in_force("530", G)
    from dataclasses import replace

    ws.loan_policy.set_version(replace(v, effective_from=date(2026, 1, 1), subsidy_share_bp=7000))
    assert ws.loan_policy.in_force("530", date(2025, 12, 31)).subsidy_share_bp == 10_000
    assert ws.loan_policy.in_force("530", date(2026, 1, 1)).subsidy_share_bp == 7000
    audit = ws.db.one("SELECT * FROM audit_log WHERE table_name = 'ref_loan_policy'")
    assert audit["record_id"] == "530@2026-01-01"


def test_a_cadre_cannot_change_the_policy(ws):
    from app.services import auth

    auth.add_user(ws, "head", "admin", "Correct-horse-battery-1")
    ws.role = "cadre"
    with pytest.raises(PermissionDenied):
        ws.loan_policy.set_version(ws.loan_policy.in_force("530", G))


def test_a_version_set_by_the_county_is_not_changed_by_the_village(ws):
    v = ws.loan_policy.in_force("530", G)
    from dataclasses import replace

    row = replace(v, effective_from=date(2026, 1, 1), source="630224").to_row()
    cols = list(row)
    ws.db.execute(
        f"INSERT INTO ref_loan_policy ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols]
    )
    with pytest.raises(ValidationError) as exc:
        ws.loan_policy.set_version(replace(v, effective_from=date(2026, 3, 1), max_amount_fen=8_000_000))
    assert "630224" in exc.value.text("en")


def _policy_audit(ws) -> list[dict]:
    import json

    return [
        {
            **r,
            "before": json.loads(r["before_json"]) if r["before_json"] else None,
            "after": json.loads(r["after_json"]),
        }
        for r in ws.db.query(
            "SELECT user, action, record_id, before_json, coalesce(after_json, 'null') AS after_json FROM audit_log"
            " WHERE table_name = 'ref_loan_policy' ORDER BY seq"
        )
    ]


def test_every_policy_change_is_audited_old_to_new_and_undone(ws):
    """Issue #18 item 1: the office head's changes are audited (who, what changed, old → new) and
    undone like any other step."""
    from dataclasses import replace

    v = ws.loan_policy.in_force("530", G)
    ws.loan_policy.set_version(replace(v, effective_from=date(2027, 1, 1), subsidy_share_bp=7000))
    ws.loan_policy.set_version(
        replace(v, effective_from=date(2027, 1, 1), subsidy_share_bp=8000, max_amount_fen=3_000_000)
    )
    first, second = _policy_audit(ws)
    key = {"product_code": "530", "effective_from": "2027-01-01"}
    # a new date: what changed against the rules in force then (the release's version of 2015, 100 %)
    assert (first["user"], first["action"], first["record_id"]) == ("tester", "create", "530@2027-01-01")
    assert (first["before"], first["after"]) == (
        {"product_code": "530", "effective_from": "2015-01-01", "subsidy_share_bp": 10_000, "source": "release"},
        {**key, "subsidy_share_bp": 7000, "source": "630224100201"},
    )
    # the same day again: against the version it replaces
    assert second["action"] == "update"
    assert (second["before"], second["after"]) == (
        {**key, "max_amount_fen": 5_000_000, "subsidy_share_bp": 7000},
        {**key, "max_amount_fen": 3_000_000, "subsidy_share_bp": 8000},
    )

    ws.undo()
    assert ws.loan_policy.in_force("530", date(2027, 1, 1)).subsidy_share_bp == 7000
    ws.undo()
    assert ws.loan_policy.in_force("530", date(2027, 1, 1)) == v  # the release's version again
    undone = _policy_audit(ws)[2:]
    assert [(e["action"], e["record_id"]) for e in undone] == [("undo", "530@2027-01-01")] * 2
    assert undone[0]["after"] == {**key, "max_amount_fen": 5_000_000, "subsidy_share_bp": 7000}
    assert undone[1]["before"] == key and undone[1]["after"] is None


def test_a_village_adds_no_version_on_any_date_to_a_product_the_county_set(ws):
    """DESIGN §8 / issue #18: signed tables from the county are carried down; a village never edits
    the county's limits itself — not after the county's version, and not before it either."""
    from dataclasses import replace

    v = ws.loan_policy.in_force("530", G)
    row = replace(v, effective_from=date(2026, 1, 1), source="630224").to_row()
    cols = list(row)
    ws.db.execute(
        f"INSERT INTO ref_loan_policy ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols]
    )
    before = ws.db.scalar("SELECT count(*) FROM audit_log"), len(ws.loan_policy.versions())
    for on in (date(2025, 7, 1), date(2026, 1, 1), date(2027, 1, 1)):
        with pytest.raises(ValidationError) as exc:
            ws.loan_policy.set_version(replace(v, effective_from=on, max_amount_fen=8_000_000))
        assert "630224" in exc.value.text("en")
    assert (ws.db.scalar("SELECT count(*) FROM audit_log"), len(ws.loan_policy.versions())) == before
    # the products the county left alone stay the office's to set
    ws.loan_policy.set_version(replace(ws.loan_policy.in_force("student", G), effective_from=date(2027, 1, 1)))
