from datetime import date

import pytest

from app.domain.errors import ValidationErrors
from app.domain.ratings import CreditRating, credit_village_shares, grade_for, is_credit_village, validate_rating
from storage.migrations.m0002_reference_data import ENUMS

TODAY = date(2024, 6, 1)
# The score sheet and grades as migration m0002 seeds them.
CRITERIA_MAX = {row[1]: row[5]["max_points"] for row in ENUMS if row[0] == "rating_criterion"}
GRADES = [(row[1], row[5]["min_score"]) for row in ENUMS if row[0] == "rating_grade"]


def rating(**kw):
    values = dict(
        household_id="h1",
        year=2024,
        criteria={"credit_record": 28, "repayment": 20, "production": 15, "family": 12, "reputation": 9},
        bank_rater="Wang (Minhe RCB)",
        village_rater="Tashi (village committee)",
        rated_on="2024-05-30",
    )
    values.update(kw)
    return CreditRating(**values)


def validate(r):
    return validate_rating(r, criteria_max=CRITERIA_MAX, grades=GRADES, today=TODAY)


def fields(r):
    with pytest.raises(ValidationErrors) as exc:
        validate(r)
    return sorted(p.field for p in exc.value.problems)


def test_seeded_sheet_sums_to_100():
    assert sum(CRITERIA_MAX.values()) == 100


def test_score_is_the_sum_and_grade_follows():
    r, _ = validate(rating())
    assert r.score == 84
    assert r.grade == "AA"
    assert r.rated_on == "2024-05-30"


def test_grade_boundaries():
    assert grade_for(90, GRADES) == "AAA"
    assert grade_for(89, GRADES) == "AA"
    assert grade_for(70, GRADES) == "A"
    assert grade_for(69, GRADES) == "B"
    assert grade_for(0, GRADES) == "B"


def test_every_criterion_must_be_given():
    criteria = {"credit_record": 28, "repayment": 20}
    with pytest.raises(ValidationErrors) as exc:
        validate(rating(criteria=criteria))
    assert sorted(p.params["criterion"] for p in exc.value.problems) == ["family", "production", "reputation"]


def test_points_above_the_criterion_maximum_are_refused():
    with pytest.raises(ValidationErrors) as exc:
        validate(rating(criteria={**rating().criteria, "reputation": 11}))
    assert exc.value.problems[0].params == {"criterion": "reputation", "max": 10, "points": 11}


def test_negative_points_and_unknown_criteria_are_refused():
    assert fields(rating(criteria={**rating().criteria, "family": -1, "horoscope": 5})) == ["criteria", "criteria"]


def test_both_raters_must_be_named():
    assert fields(rating(bank_rater="", village_rater=" ")) == ["bank_rater", "village_rater"]


def test_rating_year_after_the_rating_date_is_refused():
    assert fields(rating(year=2025, rated_on="2024-05-30")) == ["year"]


def test_rating_for_the_past_year_is_allowed():
    r, _ = validate(rating(year=2023))
    assert r.year == 2023


def test_rating_date_in_the_future_is_refused():
    assert fields(rating(rated_on="2024-06-02")) == ["rated_on"]


def test_separate_scores_must_be_0_to_100():
    assert fields(rating(bank_score=101, village_score=-1)) == ["bank_score", "village_score"]


def test_from_dict_reads_criteria_json():
    r = CreditRating.from_dict({"household_id": "h1", "year": 2024, "criteria": '{"family": 12}', "id": "x"})
    assert r.criteria == {"family": 12}


def test_shares_are_rounded_down():
    assert credit_village_shares(3, 2, 0, 0) == (6666, None)
    assert credit_village_shares(100, 70, 20, 17) == (7000, 8500)


def test_credit_village_at_the_thresholds():
    assert is_credit_village(100, 70, 20, 17, 7000, 8500)


def test_not_a_credit_village_just_below_either_threshold():
    assert not is_credit_village(100, 69, 20, 17, 7000, 8500)
    assert not is_credit_village(100, 70, 20, 16, 7000, 8500)
    # 69.99 % is not 70 %
    assert not is_credit_village(10001, 7000, 20, 20, 7000, 8500)


def test_village_without_households_is_not_a_credit_village():
    assert not is_credit_village(0, 0, 0, 0, 7000, 8500)


def test_village_without_borrowers_is_judged_on_credit_households():
    assert is_credit_village(10, 8, 0, 0, 7000, 8500)


def test_criteria_labels_name_the_criterion_in_messages():
    with pytest.raises(ValidationErrors) as exc:
        validate_rating(
            rating(criteria={**rating().criteria, "family": 16}),
            criteria_max=CRITERIA_MAX,
            grades=GRADES,
            today=TODAY,
            criteria_labels={"family": "Family situation"},
        )
    assert exc.value.text() == "The points for Family situation must be from 0 to 15; 16 was given."


def test_criteria_given_as_the_rows_json_text():
    r, _ = validate(
        rating(criteria='{"credit_record": 30, "repayment": 25, "production": 20, "family": 15, "reputation": 10}')
    )
    assert r.score == 100 and r.grade == "AAA"


def test_empty_form_lists_every_required_field():
    assert set(fields(CreditRating())) == {
        "household_id",
        "rated_on",
        "year",
        "criteria",
        "bank_rater",
        "village_rater",
    }
