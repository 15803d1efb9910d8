import pytest

from app.domain.errors import ValidationError
from app.domain.numbers import ascii_text, parse_count


def test_full_width_and_tibetan_digits_become_ascii():
    assert ascii_text("１２３") == "123"
    assert ascii_text("༡༢༣") == "123"
    assert ascii_text("卓玛 ༥") == "卓玛 5"


@pytest.mark.parametrize("raw", [5, "5", " ５ ", "༥", 5.0, "5.0"])
def test_count_written_any_usual_way(raw):
    assert parse_count(raw, "household_size") == 5


def test_empty_count_is_none_unless_required():
    assert parse_count("", "labour_count") is None
    assert parse_count(None, "labour_count") is None
    with pytest.raises(ValidationError):
        parse_count("", "year", required=True)


@pytest.mark.parametrize("raw", ["2.5", 2.5, "two", True])
def test_not_a_whole_number_is_refused(raw):
    with pytest.raises(ValidationError) as exc:
        parse_count(raw, "household_size")
    assert exc.value.field == "household_size"


def test_below_the_minimum_is_refused():
    with pytest.raises(ValidationError) as exc:
        parse_count(0, "household_size", minimum=1)
    assert exc.value.params == {"minimum": 1, "value": 0}


@pytest.mark.parametrize("steps", [4, 5])
@pytest.mark.parametrize("peak", [0, 1, 3, 5, 7, 29, 41, 50, 99, 287, 455, 558, 1000, 12345])
def test_a_chart_axis_holds_the_peak_in_whole_round_steps(peak, steps):
    from app.domain.numbers import axis_top

    top = axis_top(peak, steps)
    step = top // steps
    assert top % steps == 0 and top >= peak and top >= steps
    assert peak < steps or top <= 2 * peak  # the tallest bar is not squeezed
    leading = int(str(step).rstrip("0") or "0")
    assert leading in (1, 15, 2, 25, 3, 4, 5, 6, 8)  # 0, 100, 200 … not 0, 91, 182 …
