import json
from datetime import date

import pytest

from app.domain.products import LoanProduct, check_product_rules, describe_eligibility
from storage.migrations.m0002_reference_data import PRODUCTS

ON = date(2023, 5, 1)


def seeded(code: str) -> LoanProduct:
    """The product as migration m0002 seeds it, through the same row shape the database gives."""
    for c, en, zh, bo, max_yuan, months, min_age, max_age, statuses, prod, free, sub in PRODUCTS:
        if c == code:
            return LoanProduct.from_row(
                {
                    "code": c,
                    "name_en": en,
                    "name_zh": zh,
                    "name_bo": bo,
                    "max_amount_fen": None if max_yuan is None else max_yuan * 100,
                    "max_term_months": months,
                    "min_age": min_age,
                    "max_age": max_age,
                    "eligible_statuses": None if statuses is None else json.dumps(statuses),
                    "production_only": prod,
                    "collateral_free": free,
                    "subsidised": sub,
                    "sort": 0,
                    "active": 1,
                }
            )
    raise KeyError(code)


@pytest.fixture
def p530():
    return seeded("530")


def check(product, **kw):
    args = dict(
        household_status="registered_poor",
        birth_date=date(1985, 3, 1),
        amount_fen=5_000_000,
        term_months=36,
        on_date=ON,
    )
    args.update(kw)
    return check_product_rules(product, **args)


def test_from_row_reads_json_statuses_and_flags(p530):
    assert p530.eligible_statuses == ("registered_poor",)
    assert p530.production_only is True and p530.collateral_free is True and p530.subsidised is True
    assert p530.max_amount_fen == 5_000_000


def test_to_row_round_trips(p530):
    assert LoanProduct.from_row(p530.to_row()) == p530


def test_530_loan_at_its_limits_is_allowed(p530):
    assert check(p530) == []


def test_530_loan_refuses_a_general_household(p530):
    problems = check(
        p530,
        household_status="general",
        status_label="General household",
        product_label="530 credit loan",
        status_labels={"registered_poor": "Registered poor household"},
    )
    assert [p.field for p in problems] == ["product_code"]
    assert problems[0].text() == (
        "The 530 credit loan is only for these households: Registered poor household. "
        "This household is: General household."
    )


def test_530_loan_refuses_a_borrower_of_66(p530):
    problems = check(p530, birth_date=date(1957, 4, 30))  # 66 on 2023-05-01
    assert len(problems) == 1
    assert problems[0].params == {"min_age": 18, "max_age": 65, "age": 66}


def test_530_loan_allows_a_borrower_on_the_day_he_turns_18(p530):
    assert check(p530, birth_date=date(2005, 5, 1)) == []
    assert len(check(p530, birth_date=date(2005, 5, 2))) == 1


def test_530_loan_refuses_more_than_50000_yuan(p530):
    problems = check(p530, amount_fen=5_000_001)
    assert [p.field for p in problems] == ["amount_fen"]
    assert problems[0].params["max_yuan"] == "50,000.00"
    assert problems[0].params["amount_yuan"] == "50,000.01"


def test_530_loan_refuses_a_term_over_36_months(p530):
    problems = check(p530, term_months=37)
    assert [p.field for p in problems] == ["term_months"]
    assert "36" in problems[0].text()


def test_all_broken_limits_are_listed(p530):
    problems = check(
        p530, household_status="general", birth_date=date(1950, 1, 1), amount_fen=6_000_000, term_months=48
    )
    assert {p.field for p in problems} == {"product_code", "amount_fen", "term_months"}
    assert len(problems) == 4


def test_unknown_birth_date_is_a_warning_not_an_error(p530):
    problems = check(p530, birth_date=None)
    assert len(problems) == 1 and problems[0].warning


def test_rural_tourism_allows_100000_yuan_to_anyone():
    assert check(seeded("rural_tourism"), household_status="general", amount_fen=10_000_000) == []


def test_product_with_only_a_minimum_age():
    problems = check(seeded("other"), birth_date=date(2010, 1, 1), household_status="general")
    assert problems[0].params == {"min_age": 18, "age": 13}


def test_limits_come_from_the_data_not_the_code(p530):
    wulong = LoanProduct.from_row({**p530.to_row(), "max_amount_fen": 10_000_000})
    assert check(wulong, amount_fen=8_000_000) == []


def test_eligibility_facts_for_an_eligible_household(p530):
    facts = describe_eligibility(p530, "registered_poor", date(1985, 3, 1), ON)
    assert facts and all(f.warning for f in facts)
    texts = [f.text() for f in facts]
    assert "Up to 50,000.00 yuan." in texts
    assert "A term of up to 36 months." in texts


def test_eligibility_shows_why_a_household_cannot_have_the_product(p530):
    facts = describe_eligibility(p530, "general", date(1950, 1, 1), ON)
    errors = [f for f in facts if not f.warning]
    assert len(errors) == 2
