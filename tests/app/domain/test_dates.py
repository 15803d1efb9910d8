from datetime import date, datetime

import pytest

from app.domain.dates import add_days, add_months, age_on, from_iso, iso, parse_date, require_not_future
from app.domain.errors import ValidationError


@pytest.mark.parametrize(
    "raw",
    [
        "2023-05-01",
        "2023-5-1",
        "2023/05/01",
        "2023.5.1",
        "2023年5月1日",
        "20230501",
        "２０２３－０５－０１",
        " 2023-05-01 ",
        "2023-05-01 00:00:00",
        "2023-05-01T08:30:00Z",
        date(2023, 5, 1),
        datetime(2023, 5, 1, 9, 0),
    ],
)
def test_first_of_may_written_any_usual_way(raw):
    assert parse_date(raw, "held_on") == date(2023, 5, 1)


def test_excel_serial_numbers_in_the_1900_system():
    assert parse_date(45047, "held_on") == date(2023, 5, 1)
    assert parse_date(45047.75, "held_on") == date(2023, 5, 1)  # with a time of day
    assert parse_date(1, "held_on") == date(1900, 1, 1)
    assert parse_date(59, "held_on") == date(1900, 2, 28)
    assert parse_date(61, "held_on") == date(1900, 3, 1)


def test_excel_fake_29_february_1900_is_refused():
    with pytest.raises(ValidationError) as exc:
        parse_date(60, "held_on")
    assert "1900" in exc.value.text()


@pytest.mark.parametrize("raw", ["2023-02-30", "2023-13-01", "2023年2月29日"])
def test_impossible_date_is_refused(raw):
    with pytest.raises(ValidationError) as exc:
        parse_date(raw, "registered_on")
    assert exc.value.field == "registered_on"
    assert "real date" in exc.value.text()


@pytest.mark.parametrize("raw", ["", None, "May 1", "1/5/2023", "abc", 0, -3, True])
def test_not_a_date_is_refused(raw):
    with pytest.raises(ValidationError) as exc:
        parse_date(raw, "received_on")
    assert exc.value.field == "received_on"


def test_require_not_future():
    today = date(2024, 6, 1)
    assert require_not_future(today, "held_on", today=today) == today
    with pytest.raises(ValidationError) as exc:
        require_not_future(date(2024, 6, 2), "held_on", today=today)
    assert "2024-06-02" in exc.value.text()


def test_age_counts_completed_years():
    birth = date(1985, 3, 1)
    assert age_on(birth, date(2023, 2, 28)) == 37
    assert age_on(birth, date(2023, 3, 1)) == 38


def test_age_of_a_29_february_birthday():
    assert age_on(date(2000, 2, 29), date(2018, 2, 28)) == 17
    assert age_on(date(2000, 2, 29), date(2018, 3, 1)) == 18


def test_add_months_keeps_the_end_of_month():
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 5, 15), 36) == date(2026, 5, 15)
    assert add_months(date(2023, 1, 15), -2) == date(2022, 11, 15)


def test_add_days_and_iso():
    assert iso(add_days(date(2023, 12, 25), 15)) == "2024-01-09"
    assert iso(None) is None
    assert from_iso("2024-01-09") == date(2024, 1, 9)
    assert from_iso("") is None


def test_tibetan_digits_in_a_date():
    assert parse_date("༢༠༢༣-༠༥-༠༡", "held_on") == date(2023, 5, 1)


@pytest.mark.parametrize("serial", [float("nan"), float("inf"), float("-inf")])
def test_a_serial_that_is_no_number_is_not_a_date(serial):
    with pytest.raises(ValidationError) as exc:
        parse_date(serial, "registered_on")
    assert exc.value.field == "registered_on" and "is not a date" in exc.value.text()
