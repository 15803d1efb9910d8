"""Loan demands: the 530 rules from the product table, and the dated lifecycle with its history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.errors import ValidationError, ValidationErrors
from tests.helpers import GENERAL, POOR

TODAY = date.today()


def _demand(household_id: str, **over) -> dict:
    return {
        "household_id": household_id,
        "registered_on": (TODAY - timedelta(days=30)).isoformat(),
        "amount_fen": 3_000_000,
        "term_months": 24,
        "product_code": "530",
        "purpose": "购买牦牛",
        **over,
    }


@pytest.fixture
def poor(ws):
    return ws.households.create(POOR)["id"]


def test_a_530_demand_for_a_registered_poor_household_is_registered(ws, poor):
    row = ws.loans.create(_demand(poor))
    assert row["status"] == "registered"
    assert [e["to_status"] for e in ws.loans.events(row["id"])] == ["registered"]


def test_530_is_refused_for_a_general_household_with_the_reason(ws):
    hid = ws.households.create(GENERAL)["id"]
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.create(_demand(hid))
    assert "only for these households: Registered poor household" in exc.value.text("en")
    assert ws.db.scalar("SELECT count(*) FROM loan_demand") == 0


def test_530_above_50000_yuan_names_the_limit(ws, poor):
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.create(_demand(poor, amount_fen=5_000_100))
    assert "50,000" in exc.value.text("en") and "amount_fen" in exc.value.by_field()


def test_530_longer_than_36_months_names_the_limit(ws, poor):
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.create(_demand(poor, term_months=48))
    assert "36 months" in exc.value.text("en")


def test_limits_come_from_the_policy_version_of_the_registration_date(ws, poor):
    """Products are versioned, dated data (issue #18): a demand is judged by the version in force
    on its registration date, not by today's."""
    from dataclasses import replace

    since = TODAY - timedelta(days=10)
    ws.loan_policy.set_version(
        replace(ws.loan_policy.in_force("530", TODAY), effective_from=since, max_amount_fen=8_000_000)
    )
    row = ws.loans.create(_demand(poor, amount_fen=6_000_000, registered_on=(since + timedelta(days=1)).isoformat()))
    assert row["amount_fen"] == 6_000_000
    with pytest.raises(ValidationErrors) as exc:  # 30 days ago the 530 loan was at most 50,000 yuan
        ws.loans.create(_demand(poor, amount_fen=6_000_000))
    assert "at most 50,000.00 yuan" in exc.value.text("en")


def test_a_product_without_policy_versions_keeps_the_product_table_limits(ws, poor):
    ws.db.execute("DELETE FROM ref_loan_policy WHERE product_code = '530'")
    ws.db.execute("UPDATE ref_loan_product SET max_amount_fen = 8000000 WHERE code = '530'")
    assert ws.loans.create(_demand(poor, amount_fen=6_000_000))["amount_fen"] == 6_000_000


def test_negative_amount_is_refused(ws, poor):
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.create(_demand(poor, amount_fen=-100))
    assert "amount_fen" in exc.value.by_field()


def test_full_lifecycle_is_recorded_with_dates_users_and_amounts(ws, poor):
    loan = ws.loans.create(_demand(poor))["id"]
    d = TODAY - timedelta(days=20)
    ws.loans.transition(loan, "referred", on_date=d)
    ws.loans.transition(loan, "approved", on_date=d + timedelta(days=3))
    row = ws.loans.transition(
        loan,
        "granted",
        on_date=d + timedelta(days=5),
        granted_fen=3_000_000,
        rate_bp=345,
        maturity_on=d + timedelta(days=700),
    )
    assert (row["status"], row["granted_fen"], row["rate_bp"]) == ("granted", 3_000_000, 345)
    ws.loans.transition(loan, "repaid", on_date=TODAY)
    events = ws.loans.events(loan)
    assert [e["to_status"] for e in events] == ["registered", "referred", "approved", "granted", "repaid"]
    assert all(e["by_user"] == "tester" for e in events)


def test_a_transition_that_is_not_allowed_is_refused(ws, poor):
    loan = ws.loans.create(_demand(poor))["id"]
    with pytest.raises((ValidationError, ValidationErrors)):
        ws.loans.transition(loan, "granted", granted_fen=100)
    assert ws.loans.get(loan)["status"] == "registered"
    assert ws.loans.allowed_actions(loan) == {"referred", "rejected", "withdrawn"}


def test_rejecting_needs_a_reason(ws, poor):
    loan = ws.loans.create(_demand(poor))["id"]
    with pytest.raises((ValidationError, ValidationErrors)):
        ws.loans.transition(loan, "rejected", reason="")
    assert ws.loans.transition(loan, "rejected", reason="不符合条件")["reason"] == "不符合条件"


def test_eligibility_tells_the_form_what_is_allowed(ws, poor):
    facts = ws.loans.eligibility(poor, "530")
    assert facts and all(p.warning for p in facts)
    general = ws.households.create(GENERAL)["id"]
    assert any(not p.warning for p in ws.loans.eligibility(general, "530"))


def test_undo_reverts_a_transition(ws, poor):
    loan = ws.loans.create(_demand(poor))["id"]
    ws.loans.transition(loan, "referred")
    ws.undo()
    assert ws.loans.get(loan)["status"] == "registered"
    assert [e["to_status"] for e in ws.loans.events(loan)] == ["registered"]  # the step's history row too
