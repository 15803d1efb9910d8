from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.idnumber import mask_id_number, normalise_id_number, parse_id_number

TODAY = date(2024, 6, 1)


def gb11643(first17: str) -> str:
    """The full number: check character by ISO 7064 MOD 11-2 written out from the standard
    (weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 → X)."""
    weights = [pow(2, 17 - i, 11) for i in range(17)]
    total = sum(int(c) * w for c, w in zip(first17, weights))
    check = (12 - total % 11) % 11
    return first17 + ("X" if check == 10 else str(check))


def find_with_check(prefix16: str, want: str) -> str:
    """A valid number whose check character is `want` (varying the sequence digit)."""
    for d in "0123456789":
        n = gb11643(prefix16 + d)
        if n[-1] == want:
            return n
    raise AssertionError("no such number")


def test_independent_formula_agrees_with_a_published_example():
    # The example number in GB 11643-1999 itself.
    assert gb11643("11010519491231002") == "11010519491231002X"


def test_minhe_number_from_before_the_2013_haidong_reform_is_accepted():
    n = gb11643("63212219850301123")
    info, warnings = parse_id_number(n, today=TODAY)
    assert info.number == n
    assert info.area_code == "632122"
    assert info.area_known
    assert warnings == []


def test_new_minhe_code_on_someone_born_in_1985_is_accepted():
    # 630222 came in 2013; a card issued after that to a person born 1985 carries it.
    n = gb11643("63022219850301124")
    info, warnings = parse_id_number(n, today=TODAY)
    assert info.birth_date == date(1985, 3, 1)
    assert warnings == []


def test_birth_date_and_sex_are_derived():
    info, _ = parse_id_number(gb11643("63252219900715004"), today=TODAY)  # 17th digit 4: even
    assert info.birth_date == date(1990, 7, 15)
    assert info.sex == "F"
    info, _ = parse_id_number(gb11643("63252219900715003"), today=TODAY)
    assert info.sex == "M"


def test_full_width_digits_spaces_and_ideographic_space_are_normalised():
    n = gb11643("63212219850301123")
    full = "".join(chr(ord(c) + 0xFEE0) for c in n)
    typed = full[:6] + "\u3000" + full[6:14] + " " + full[14:] + "\n"
    assert normalise_id_number(typed) == n
    assert parse_id_number(typed, today=TODAY)[0].number == n


def test_lower_case_x_check_character_is_accepted():
    n = find_with_check("6321221985030112", "X")
    info, _ = parse_id_number(n.lower(), today=TODAY)
    assert info.number == n
    assert info.number.endswith("X")


def test_full_width_lower_case_x_is_accepted():
    n = find_with_check("6321221985030112", "X")
    assert normalise_id_number(n[:-1] + "ｘ") == n


def test_wrong_check_digit_names_the_expected_character():
    n = gb11643("63212219850301123")
    wrong = n[:-1] + str((int(n[-1]) + 1) % 10) if n[-1] != "X" else n[:-1] + "0"
    with pytest.raises(ValidationError) as exc:
        parse_id_number(wrong, today=TODAY)
    assert exc.value.field == "id_number"
    assert exc.value.params["expected"] == n[-1]
    assert n[-1] in exc.value.text()


def test_swapped_digits_are_caught_by_the_check_digit():
    n = gb11643("63212219850301123")
    swapped = n[:14] + n[15] + n[14] + n[16:]
    assert swapped != n
    with pytest.raises(ValidationError):
        parse_id_number(swapped, today=TODAY)


def test_february_30_is_rejected():
    with pytest.raises(ValidationError) as exc:
        parse_id_number(gb11643("63212219850230123"), today=TODAY)
    assert "19850230" in exc.value.text()


def test_birth_date_in_the_future_is_rejected():
    with pytest.raises(ValidationError) as exc:
        parse_id_number(gb11643("63212220250101123"), today=TODAY)
    assert "2025-01-01" in exc.value.text()


def test_birth_date_before_1900_is_rejected():
    with pytest.raises(ValidationError):
        parse_id_number(gb11643("63212218991231123"), today=TODAY)


def test_province_99_is_rejected():
    with pytest.raises(ValidationError) as exc:
        parse_id_number(gb11643("99212219850301123"), today=TODAY)
    assert exc.value.params["code"] == "99"


def test_unknown_county_in_a_real_province_is_only_a_warning():
    info, warnings = parse_id_number(gb11643("63299919850301123"), today=TODAY)
    assert not info.area_known
    assert len(warnings) == 1 and warnings[0].warning and warnings[0].field == "id_number"


def test_county_code_retired_before_the_birth_year_is_a_warning():
    # 632122 was replaced in 2013: nobody born in 2015 can have received it.
    info, warnings = parse_id_number(gb11643("63212220150301123"), today=TODAY)
    assert info.area_known
    assert [w.params.get("year") for w in warnings] == [2013]


@pytest.mark.parametrize("raw", ["63212219850301123", "6321221985030112345", ""])
def test_wrong_length_is_rejected(raw):
    with pytest.raises(ValidationError) as exc:
        parse_id_number(raw, today=TODAY)
    assert exc.value.field == "id_number"


def test_old_fifteen_digit_number_is_refused_with_its_own_message():
    with pytest.raises(ValidationError) as exc:
        parse_id_number("632122850301123", today=TODAY)
    assert "15" in exc.value.text()


def test_letter_inside_the_number_is_named():
    with pytest.raises(ValidationError) as exc:
        parse_id_number("6321221985O3011238", today=TODAY)
    assert exc.value.params["char"] == "O"


def test_mask_shows_first_six_and_last_four():
    assert mask_id_number("632122198503011234") == "632122********1234"


def test_tibetan_digits_are_stored_as_ascii():
    n = gb11643("63212219850301123")
    tibetan = "".join("༠༡༢༣༤༥༦༧༨༩"[int(c)] for c in n)
    assert parse_id_number(tibetan, today=TODAY)[0].number == n


def test_id_number_from_an_excel_number_cell_says_to_use_text():
    with pytest.raises(ValidationError) as exc:
        parse_id_number(632122198503011238.0, today=TODAY)
    assert "text" in exc.value.text()


@pytest.mark.parametrize("written", ["6.32122E+17", "6.3212219850301E+17", "6.32122e17"])
def test_id_number_written_out_by_excel_in_scientific_notation_says_to_use_text(written):
    with pytest.raises(ValidationError) as exc:
        parse_id_number(written, today=TODAY)
    assert "as a number" in exc.value.text() and "text" in exc.value.text()


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u200e", "\u202e", "\u2060"])
def test_id_number_copied_with_an_invisible_character_is_accepted(invisible):
    n = gb11643("63212219850301123")
    copied = invisible + n[:6] + invisible + n[6:] + invisible
    assert parse_id_number(copied, today=TODAY)[0].number == n
    assert normalise_id_number(copied) == n


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2013", "\u2014", "\u2212", "\uff0d"])
def test_id_number_grouped_with_dashes_is_accepted(dash):
    # rosters group the number as area-birth-sequence (632122-19850301-1234) with whatever dash
    # the keyboard or the word processor gave
    n = gb11643("63212219850301123")
    grouped = n[:6] + dash + n[6:14] + dash + n[14:]
    assert normalise_id_number(grouped) == n
    assert parse_id_number(grouped, today=TODAY)[0].number == n
