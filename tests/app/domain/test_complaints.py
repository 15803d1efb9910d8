from datetime import date

import pytest

from app.domain.complaints import Complaint, validate_complaint
from app.domain.errors import ValidationErrors

TODAY = date(2024, 6, 1)
CODES = {"code_a": {"0101", "0199"}, "code_b": {"02", "99"}, "code_c": {"09", "99"}, "received_via": {"visit", "phone"}}


def complaint(**kw):
    values = dict(
        received_on="2024-05-20",
        description="Card fee charged twice",
        complainant_name="Tsering",
        complainant_phone="0971 8123456",
        institution="Minhe RCB",
        code_a="0101",
        code_b="02",
        code_c="09",
        handler="Li",
    )
    values.update(kw)
    return Complaint(**values)


def fields(c, **kw):
    with pytest.raises(ValidationErrors) as exc:
        validate_complaint(c, handling_days=15, today=TODAY, **kw)
    return sorted(p.field for p in exc.value.problems)


def test_due_date_is_receipt_plus_handling_days():
    c, warnings = validate_complaint(complaint(), handling_days=15, codes=CODES, today=TODAY)
    assert c.due_on == "2024-06-04"
    assert c.complainant_phone == "0971-8123456"
    assert warnings == []


def test_a_given_due_date_is_kept():
    c, _ = validate_complaint(complaint(due_on="2024-05-25"), handling_days=15, today=TODAY)
    assert c.due_on == "2024-05-25"


def test_due_date_before_receipt_is_refused():
    assert fields(complaint(due_on="2024-05-19")) == ["due_on"]


def test_receipt_in_the_future_is_refused():
    assert fields(complaint(received_on="2024-06-02")) == ["received_on"]


def test_description_is_required():
    assert fields(complaint(description="  ")) == ["description"]


def test_complainant_household_or_name_is_required():
    assert fields(complaint(complainant_name="", household_id=None)) == ["complainant_name"]
    c, _ = validate_complaint(complaint(complainant_name="", household_id="h1"), handling_days=15, today=TODAY)
    assert c.household_id == "h1"


def test_bad_phone_is_refused_on_the_complainant_phone_field():
    assert fields(complaint(complainant_phone="12345")) == ["complainant_phone"]


def test_codes_outside_the_lists_are_refused():
    assert fields(complaint(code_a="42", code_b="77", code_c="09", received_via="pigeon"), codes=CODES) == [
        "code_a",
        "code_b",
        "received_via",
    ]


def test_a_refused_code_names_the_other_of_its_own_list():
    """The channel's "other" is 0199 (no 99 in A's list to choose): the sentence says which."""
    from app.i18n import translate

    with pytest.raises(ValidationErrors) as exc:
        validate_complaint(complaint(code_a="0103", code_b="77"), handling_days=15, codes=CODES, today=TODAY)
    said = {p.field: translate(p.message, "zh").format(**p.params) for p in exc.value.problems}
    assert "0103" in said["code_a"] and "0199" in said["code_a"] and "99" not in said["code_a"].replace("0199", "")
    assert "77" in said["code_b"] and "选99" in said["code_b"]


def test_empty_codes_default_to_other():
    c, _ = validate_complaint(complaint(code_a="", code_b="", code_c=""), handling_days=15, codes=CODES, today=TODAY)
    # JR/T 0169-2018's A has two 大类 only: "other" is the front office's 0199 (migration 28)
    assert (c.code_a, c.code_b, c.code_c) == ("0199", "99", "99")


def test_missing_handler_is_a_warning():
    _, warnings = validate_complaint(complaint(handler=""), handling_days=15, today=TODAY)
    assert [w.field for w in warnings] == ["handler"]


def test_all_errors_are_listed_at_once():
    assert fields(complaint(received_on="x", description="", complainant_name="")) == [
        "complainant_name",
        "description",
        "received_on",
    ]


def test_empty_form_lists_every_required_field():
    assert fields(Complaint()) == ["complainant_name", "description", "received_on"]
