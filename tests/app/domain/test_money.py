from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.money import format_rate, format_yuan, parse_rate_percent, parse_yuan, require_positive_fen


@pytest.mark.parametrize(
    "raw", ["50000", "5万", "5万元", "50,000.00元", "５００００", 50000.0, 50000, "￥50,000", "50000.00", " 5 万 "]
)
def test_fifty_thousand_yuan_written_any_usual_way(raw):
    assert parse_yuan(raw) == 5_000_000


def test_a_decimal_amount_in_wan_becomes_fen():
    assert parse_yuan("1.5万") == 1_500_000


def test_fen_are_kept_exactly():
    assert parse_yuan("1234.56") == 123456
    assert parse_yuan(0.29) == 29  # float 0.29 is 0.28999…; the Excel cell meant 0.29


def test_a_decimal_amount_keeps_its_fen():
    assert parse_yuan(Decimal("12.30")) == 1230


@pytest.mark.parametrize("raw", ["-500", -500, "-5万"])
def test_negative_amount_is_refused(raw):
    with pytest.raises(ValidationError) as exc:
        parse_yuan(raw)
    assert "negative" in exc.value.text()


def test_zero_is_refused_by_default_and_allowed_when_asked():
    with pytest.raises(ValidationError):
        parse_yuan("0")
    assert parse_yuan("0", positive=False) == 0


def test_more_than_two_decimals_is_refused():
    with pytest.raises(ValidationError) as exc:
        parse_yuan("12.345")
    assert "two decimals" in exc.value.text()


@pytest.mark.parametrize("raw", ["abc", "5万万", "1,23", "", None, True, "1.2.3", float("nan")])
def test_garbage_is_refused_on_the_given_field(raw):
    with pytest.raises(ValidationError) as exc:
        parse_yuan(raw, "granted_fen")
    assert exc.value.field == "granted_fen"


def test_fen_are_shown_as_yuan_with_two_decimals_and_thousands():
    assert format_yuan(5_000_000) == "50,000.00"
    assert format_yuan(5_000_000, thousands=False) == "50000.00"
    assert format_yuan(5) == "0.05"
    assert format_yuan(-123456) == "-1,234.56"
    assert format_yuan(None) == ""


def test_format_then_parse_round_trips():
    for fen in (1, 99, 100, 123456789):
        assert parse_yuan(format_yuan(fen)) == fen


def test_an_amount_that_is_not_a_positive_whole_number_of_fen_is_refused_on_its_field():
    assert require_positive_fen(100, "amount_fen") == 100
    for bad in (0, -1, "100", None, 1.5):
        with pytest.raises(ValidationError) as exc:
            require_positive_fen(bad, "amount_fen")
        assert exc.value.field == "amount_fen"


@pytest.mark.parametrize("raw", ["4.35%", "4.35", 4.35, " 4.35 % ", "４.３５％"])
def test_rate_in_percent_becomes_basis_points(raw):
    assert parse_rate_percent(raw) == 435


def test_rate_zero_is_allowed():
    assert parse_rate_percent("0") == 0


@pytest.mark.parametrize("raw", ["-1", "4.355", "abc", "", "120"])
def test_bad_rate_is_refused(raw):
    with pytest.raises(ValidationError) as exc:
        parse_rate_percent(raw)
    assert exc.value.field == "rate_bp"


def test_basis_points_are_shown_as_a_percentage_with_two_decimals():
    assert format_rate(435) == "4.35%"
    assert format_rate(345) == "3.45%"
    assert format_rate(400) == "4.00%"
    assert format_rate(None) == ""


def test_tibetan_digits_in_an_amount():
    assert parse_yuan("༥༠༠༠༠") == 5_000_000
