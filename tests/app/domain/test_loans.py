import json
from datetime import date

import pytest

from app.domain.errors import ValidationErrors
from app.domain.loans import LoanDemand, validate_loan_demand
from app.domain.products import LoanProduct
from storage.migrations.m0002_reference_data import PRODUCTS

TODAY = date(2023, 6, 30)


def product_530() -> LoanProduct:
    code, en, zh, bo, max_yuan, months, min_age, max_age, statuses, prod, free, sub = PRODUCTS[0]
    assert code == "530"
    return LoanProduct(
        code, en, zh, bo, max_yuan * 100, months, min_age, max_age, tuple(statuses), bool(prod), bool(free), bool(sub)
    )


def demand(**kw):
    values = dict(
        household_id="h1",
        registered_on="2023.5.1",
        amount_fen=5_000_000,
        product_code="530",
        term_months=36,
        purpose="buy 5 yaks",
    )
    values.update(kw)
    return LoanDemand(**values)


def validate(d, status="registered_poor", birth=date(1985, 3, 1), **kw):
    return validate_loan_demand(d, product=product_530(), household_status=status, birth_date=birth, today=TODAY, **kw)


def fields(d, **kw):
    with pytest.raises(ValidationErrors) as exc:
        validate(d, **kw)
    return sorted(p.field for p in exc.value.problems)


def test_valid_530_demand_is_normalised():
    d, warnings = validate(demand())
    assert d.registered_on == "2023-05-01"
    assert warnings == []


def test_amount_must_be_positive():
    assert fields(demand(amount_fen=0)) == ["amount_fen"]
    assert fields(demand(amount_fen=None)) == ["amount_fen"]


def test_term_must_be_positive():
    assert fields(demand(term_months=0)) == ["term_months"]


def test_term_may_be_unknown():
    d, _ = validate(demand(term_months=None))
    assert d.term_months is None


def test_registration_in_the_future_is_refused():
    assert fields(demand(registered_on="2023-07-01")) == ["registered_on"]


def test_a_registration_in_year_1_is_told_to_check_the_year_not_as_a_negative_age():
    with pytest.raises(ValidationErrors) as exc:
        validate(demand(registered_on="0001-01-01"))
    told = exc.value.text("zh")
    assert "早于 1990 年" in told and "-1984" not in told
    assert [p.field for p in exc.value.problems] == ["registered_on"]


def test_product_limits_are_errors_of_the_demand():
    assert fields(demand(amount_fen=6_000_000, term_months=48), status="general") == [
        "amount_fen",
        "product_code",
        "term_months",
    ]


def test_age_is_taken_on_the_registration_date():
    # 65 on the registration date, 66 by "today": the registration date decides.
    d, _ = validate(demand(registered_on="2023-05-01"), birth=date(1957, 5, 2))
    assert d.registered_on == "2023-05-01"
    assert fields(demand(registered_on="2023-05-02"), birth=date(1957, 5, 2)) == ["product_code"]


def test_missing_purpose_for_a_production_loan_is_a_warning():
    _, warnings = validate(demand(purpose=""))
    assert [w.field for w in warnings] == ["purpose"]


def test_unknown_birth_date_is_a_warning():
    _, warnings = validate(demand(), birth=None)
    assert [w.field for w in warnings] == ["product_code"]


def test_missing_household_is_refused():
    assert fields(demand(household_id="")) == ["household_id"]


def test_from_dict_ignores_row_columns():
    row = {**demand().to_dict(), "id": "x", "status": "registered", "granted_fen": None}
    assert LoanDemand.from_dict(row) == demand()


def test_empty_form_lists_every_required_field():
    assert fields(LoanDemand()) == ["amount_fen", "household_id", "registered_on"]
