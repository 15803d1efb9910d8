import pytest

from app.domain.errors import ValidationError
from app.domain.phone import normalise_phone


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "0086 13812345678",
        "8613812345678",
        "１３８１２３４５６７８",
    ],
)
def test_mobile_written_any_usual_way_becomes_eleven_digits(raw):
    assert normalise_phone(raw) == "13812345678"


def test_mobile_from_an_excel_number_cell():
    assert normalise_phone(13812345678.0) == "13812345678"
    assert normalise_phone(13812345678) == "13812345678"


@pytest.mark.parametrize("raw", ["0971-8123456", "09718123456", "0971 8123456", "(0971)8123456"])
def test_xining_landline_is_stored_with_a_dash(raw):
    assert normalise_phone(raw) == "0971-8123456"


def test_landline_with_three_digit_area_code():
    assert normalise_phone("010-12345678") == "010-12345678"
    assert normalise_phone("02912345678") == "029-12345678"


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_empty_phone_is_allowed(raw):
    assert normalise_phone(raw) == ""


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "abc", "13812345678.5"])
def test_not_a_phone_number_is_refused(raw):
    with pytest.raises(ValidationError) as exc:
        normalise_phone(raw)
    assert exc.value.field == "phone"


def test_landline_without_area_code_asks_for_it():
    with pytest.raises(ValidationError) as exc:
        normalise_phone("8123456")
    assert "area code" in exc.value.text()


def test_field_name_can_be_given():
    with pytest.raises(ValidationError) as exc:
        normalise_phone("x", "complainant_phone")
    assert exc.value.field == "complainant_phone"


def test_tibetan_digits_are_stored_as_ascii():
    assert normalise_phone("༡༣༨༡༢༣༤༥༦༧༨") == "13812345678"
