from datetime import date

import pytest

from app.domain.errors import ValidationErrors
from app.domain.households import Household, validate_household

TODAY = date(2024, 6, 1)


def gb11643(first17: str) -> str:
    """ISO 7064 MOD 11-2 written out from the standard (independent of the code under test)."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    check = (12 - total % 11) % 11
    return first17 + ("X" if check == 10 else str(check))


ID = gb11643("63212219850301122")  # Minhe, born 1985-03-01, 17th digit 2: female


def household(**kw):
    values = dict(
        name_zh="卓玛",
        name_bo="སྒྲོལ་མ",
        id_number=ID,
        phone="138 1234 5678",
        household_size=5,
        labour_count=3,
        ethnicity="tibetan",
        status="registered_poor",
        industry="yak",
    )
    values.update(kw)
    return Household(**values)


def errors(h, **kw):
    with pytest.raises(ValidationErrors) as exc:
        validate_household(h, today=TODAY, **kw)
    return {p.field: p for p in exc.value.problems}


def test_valid_household_is_normalised_and_gets_birth_date_and_sex():
    h, warnings = validate_household(
        household(id_number=ID[:6] + " " + ID[6:]),
        today=TODAY,
        statuses={"registered_poor", "general"},
        ethnicities={"tibetan"},
        industries={"yak"},
    )
    assert warnings == []
    assert h.id_number == ID
    assert h.birth_date == "1985-03-01" and h.sex == "F"
    assert h.phone == "13812345678"


def test_tibetan_only_name_is_enough():
    h, _ = validate_household(household(name_zh=""), today=TODAY)
    assert h.name_zh == "" and h.name_bo == "སྒྲོལ་མ"


def test_chinese_only_name_is_enough():
    h, _ = validate_household(household(name_bo=""), today=TODAY)
    assert h.name_zh == "卓玛"


def test_a_name_is_required():
    assert "name_zh" in errors(household(name_zh=" ", name_bo=""))


def test_tibetan_letters_in_the_chinese_name_are_refused():
    assert "name_zh" in errors(household(name_zh="卓玛སྒྲོལ"))


def test_latin_in_the_tibetan_name_suggests_wylie_input():
    problem = errors(household(name_bo="sgrol ma"))["name_bo"]
    assert "Wylie" in problem.text()


def test_chinese_in_the_tibetan_name_is_refused():
    assert "name_bo" in errors(household(name_bo="卓玛"))


def test_id_number_is_required():
    assert "id_number" in errors(household(id_number=""))


def test_bad_id_number_is_reported_with_other_errors_at_once():
    found = errors(
        household(
            id_number=ID[:-1] + ("0" if ID[-1] != "0" else "1"), phone="123", household_size=0, preferred_language="en"
        )
    )
    assert set(found) == {"id_number", "phone", "household_size", "preferred_language"}


def test_more_workers_than_members_is_refused():
    problem = errors(household(household_size=2, labour_count=3))["labour_count"]
    assert problem.params == {"size": 2, "labour": 3}


def test_counts_from_a_spreadsheet_are_accepted():
    h, _ = validate_household(household(household_size="5", labour_count=2.0), today=TODAY)
    assert (h.household_size, h.labour_count) == (5, 2)


def test_negative_labour_count_is_refused():
    assert "labour_count" in errors(household(labour_count=-1))


def test_codes_outside_the_given_lists_are_refused():
    found = errors(
        household(status="rich", ethnicity="martian", industry="mining"),
        statuses={"registered_poor", "general"},
        ethnicities={"tibetan"},
        industries={"yak"},
    )
    assert set(found) == {"status", "ethnicity", "industry"}


def test_young_household_head_is_a_warning():
    young = gb11643("63212220100301122")
    h, warnings = validate_household(household(id_number=young), today=TODAY)
    assert [w.params["age"] for w in warnings] == [14]


def test_from_dict_ignores_unknown_keys_and_to_dict_round_trips():
    row = {**household().to_dict(), "id": "abc", "version": 3, "name_pinyin": "zhuoma"}
    h = Household.from_dict(row)
    assert h == household()
    assert Household.from_dict(h.to_dict()) == h


def test_empty_form_lists_every_required_field():
    assert set(errors(Household())) == {"name_zh", "id_number"}
