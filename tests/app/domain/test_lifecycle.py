from datetime import date

import pytest

from app.domain.errors import ValidationErrors
from app.domain.lifecycle import (
    COMPLAINT_TRANSITIONS,
    LOAN_TRANSITIONS,
    allowed_complaint_actions,
    allowed_loan_actions,
    complaint_due_on,
    complaint_transition,
    is_overdue,
    loan_transition,
)

TODAY = date(2023, 6, 30)


def loan(status="registered", status_on="2023-05-01", **kw):
    row = {"status": status, "status_on": status_on, "registered_on": "2023-05-01", "amount_fen": 5_000_000}
    row.update(kw)
    return row


def fields(exc):
    return [p.field for p in exc.value.problems]


def test_loan_lifecycle_happy_path_sets_each_date_column():
    assert loan_transition(loan(), "referred", on_date=date(2023, 5, 3), today=TODAY) == {
        "status": "referred",
        "status_on": "2023-05-03",
        "referred_on": "2023-05-03",
        "reason": "",
    }
    assert (
        loan_transition(loan("referred", "2023-05-03"), "approved", on_date="2023-05-10", today=TODAY)["decided_on"]
        == "2023-05-10"
    )
    granted = loan_transition(
        loan("approved", "2023-05-10"),
        "granted",
        on_date="2023-05-20",
        granted_fen=5_000_000,
        rate_bp=345,
        maturity_on="2026-05-20",
        subsidy_fen=0,
        today=TODAY,
    )
    assert granted == {
        "status": "granted",
        "status_on": "2023-05-20",
        "granted_on": "2023-05-20",
        "reason": "",
        "granted_fen": 5_000_000,
        "rate_bp": 345,
        "maturity_on": "2026-05-20",
        "subsidy_fen": 0,
    }
    assert (
        loan_transition(loan("granted", "2023-05-20"), "repaid", on_date="2023-06-30", today=TODAY)["repaid_on"]
        == "2023-06-30"
    )


@pytest.mark.parametrize(
    "status,to",
    [
        ("registered", "granted"),
        ("registered", "approved"),
        ("granted", "withdrawn"),
        ("repaid", "registered"),
        ("rejected", "referred"),
        ("referred", "referred"),
    ],
)
def test_loan_step_not_in_the_lifecycle_is_refused(status, to):
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan(status), to, on_date="2023-05-10", reason="x", granted_fen=1, today=TODAY)
    assert fields(exc) == ["status"]
    assert exc.value.problems[0].params == {"from_status": status, "to_status": to}


def test_status_labels_name_the_statuses_in_the_message():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(
            loan("repaid"),
            "granted",
            on_date="2023-05-10",
            today=TODAY,
            labels={"repaid": "Repaid", "granted": "Granted"},
        )
    assert exc.value.text() == "A loan demand that is Repaid cannot become Granted."


def test_rejection_needs_a_reason():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan(), "rejected", on_date="2023-05-10", reason="  ", today=TODAY)
    assert fields(exc) == ["reason"]
    changes = loan_transition(loan(), "rejected", on_date="2023-05-10", reason="no production plan", today=TODAY)
    assert changes["decided_on"] == "2023-05-10" and changes["reason"] == "no production plan"


def test_withdrawal_needs_a_reason_and_sets_no_decision_date():
    with pytest.raises(ValidationErrors):
        loan_transition(loan(), "withdrawn", on_date="2023-05-10", today=TODAY)
    changes = loan_transition(loan(), "withdrawn", on_date="2023-05-10", reason="moved away", today=TODAY)
    assert "decided_on" not in changes


def test_step_dated_before_the_previous_step_is_refused():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan("referred", "2023-05-10"), "approved", on_date="2023-05-09", today=TODAY)
    assert fields(exc) == ["on_date"]
    assert exc.value.problems[0].params["previous_date"] == "2023-05-10"


def test_step_dated_before_registration_is_refused():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan(status_on="2023-05-01"), "referred", on_date="2023-04-30", today=TODAY)
    assert exc.value.problems[0].params["first_date"] == "2023-05-01"


def test_step_dated_in_the_future_is_refused():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan(), "referred", on_date="2023-07-01", today=TODAY)
    assert fields(exc) == ["on_date"]


def test_grant_needs_an_amount():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan("approved"), "granted", on_date="2023-05-20", today=TODAY)
    assert fields(exc) == ["granted_fen"]


def test_grant_above_the_amount_asked_is_refused():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(loan("approved"), "granted", on_date="2023-05-20", granted_fen=5_000_100, today=TODAY)
    assert exc.value.problems[0].params == {"granted_yuan": "50,001.00", "asked_yuan": "50,000.00"}


def test_grant_below_the_amount_asked_is_allowed():
    changes = loan_transition(loan("approved"), "granted", on_date="2023-05-20", granted_fen=3_000_000, today=TODAY)
    assert changes["granted_fen"] == 3_000_000


def test_grant_errors_are_listed_together():
    with pytest.raises(ValidationErrors) as exc:
        loan_transition(
            loan("approved"),
            "granted",
            on_date="2023-05-20",
            granted_fen=0,
            rate_bp=-1,
            subsidy_fen=-5,
            maturity_on="2023-05-20",
            today=TODAY,
        )
    assert sorted(fields(exc)) == ["granted_fen", "maturity_on", "rate_bp", "subsidy_fen"]


def test_allowed_actions_follow_the_tables():
    assert allowed_loan_actions("registered") == {"referred", "rejected", "withdrawn"}
    assert allowed_loan_actions("repaid") == set()
    assert allowed_complaint_actions("received") == {"transferred", "resolved"}
    allowed_loan_actions("granted").add("x")  # a copy: the table itself is not changed
    assert LOAN_TRANSITIONS["granted"] == {"repaid"}
    assert set(COMPLAINT_TRANSITIONS) == {"received", "transferred", "resolved", "closed"}


def complaint(status="received", status_on="2023-06-01", **kw):
    row = {"status": status, "status_on": status_on, "received_on": "2023-06-01", "due_on": "2023-06-16"}
    row.update(kw)
    return row


def test_complaint_transfer_names_the_institution():
    with pytest.raises(ValidationErrors) as exc:
        complaint_transition(complaint(), "transferred", on_date="2023-06-02", today=TODAY)
    assert fields(exc) == ["transferred_to"]
    changes = complaint_transition(
        complaint(), "transferred", on_date="2023-06-02", transferred_to="Minhe Rural Commercial Bank", today=TODAY
    )
    assert changes == {
        "status": "transferred",
        "status_on": "2023-06-02",
        "transferred_to": "Minhe Rural Commercial Bank",
    }


def test_resolving_needs_an_outcome():
    with pytest.raises(ValidationErrors) as exc:
        complaint_transition(complaint(), "resolved", on_date="2023-06-05", today=TODAY)
    assert fields(exc) == ["outcome"]
    changes = complaint_transition(complaint(), "resolved", on_date="2023-06-05", outcome="fee refunded", today=TODAY)
    assert changes["resolved_on"] == "2023-06-05" and changes["outcome"] == "fee refunded"


def test_closing_needs_satisfaction_or_a_reason():
    resolved = complaint("resolved", "2023-06-05")
    with pytest.raises(ValidationErrors) as exc:
        complaint_transition(resolved, "closed", on_date="2023-06-06", today=TODAY)
    assert fields(exc) == ["satisfaction"]
    assert (
        complaint_transition(resolved, "closed", on_date="2023-06-06", satisfaction="satisfied", today=TODAY)[
            "satisfaction"
        ]
        == "satisfied"
    )
    assert (
        complaint_transition(resolved, "closed", on_date="2023-06-06", reason="complainant unreachable", today=TODAY)[
            "closed_on"
        ]
        == "2023-06-06"
    )


def test_complaint_cannot_skip_resolution():
    with pytest.raises(ValidationErrors) as exc:
        complaint_transition(complaint(), "closed", on_date="2023-06-06", satisfaction="satisfied", today=TODAY)
    assert fields(exc) == ["status"]


def test_complaint_step_before_receipt_is_refused():
    with pytest.raises(ValidationErrors):
        complaint_transition(complaint(), "resolved", on_date="2023-05-31", outcome="x", today=TODAY)


def test_due_date_counts_calendar_days():
    assert complaint_due_on(date(2023, 12, 25), 15) == date(2024, 1, 9)
    assert complaint_due_on("2023-06-01", 15) == date(2023, 6, 16)


def test_open_complaint_past_its_due_date_is_overdue():
    assert not is_overdue(complaint(), date(2023, 6, 16))
    assert is_overdue(complaint(), date(2023, 6, 17))
    assert is_overdue(complaint("transferred"), date(2023, 6, 17))


def test_resolved_complaint_is_never_overdue():
    assert not is_overdue(complaint("resolved"), date(2023, 7, 1))
    assert not is_overdue(complaint("closed"), date(2023, 7, 1))
