from datetime import date

import pytest

from app.domain.errors import ValidationErrors
from app.domain.sessions import LiteracySession, validate_session

TODAY = date(2024, 6, 1)
TOPICS = {"anti_fraud", "credit_report", "mobile_payment"}


def session(**kw):
    values = dict(
        held_on="2024-05-20",
        place="Guanting village hall",
        topics=["anti_fraud", "credit_report"],
        language="both",
        attendance_total=40,
        attendance_women=18,
        attendance_poor=12,
        materials_count=60,
    )
    values.update(kw)
    return LiteracySession(**values)


def fields(s, **kw):
    with pytest.raises(ValidationErrors) as exc:
        validate_session(s, today=TODAY, **kw)
    return sorted(p.field for p in exc.value.problems)


def test_valid_session_is_normalised():
    s, warnings = validate_session(session(held_on="2024年5月20日"), topics=TOPICS, attendee_count=40, today=TODAY)
    assert s.held_on == "2024-05-20"
    assert warnings == []


def test_session_in_the_future_is_refused():
    assert fields(session(held_on="2024-06-02")) == ["held_on"]


def test_at_least_one_topic():
    assert fields(session(topics=[])) == ["topics"]


def test_topics_outside_the_list_are_refused():
    assert fields(session(topics=["anti_fraud", "astrology"]), topics=TOPICS) == ["topics"]


def test_duplicate_topics_are_kept_once():
    s, _ = validate_session(session(topics=["anti_fraud", "anti_fraud"]), today=TODAY)
    assert s.topics == ["anti_fraud"]


def test_language_must_be_zh_bo_or_both():
    assert fields(session(language="en")) == ["language"]


def test_women_and_poor_cannot_exceed_the_total():
    assert fields(session(attendance_total=10, attendance_women=11, attendance_poor=12)) == [
        "attendance_poor",
        "attendance_women",
    ]


def test_negative_counts_are_refused():
    assert fields(session(materials_count=-1)) == ["materials_count"]


def test_total_cannot_be_below_the_linked_attendees():
    with pytest.raises(ValidationErrors) as exc:
        validate_session(session(attendance_total=40), attendee_count=41, today=TODAY)
    assert exc.value.problems[0].params == {"total": 40, "attendees": 41}


def test_no_attendance_is_a_warning():
    _, warnings = validate_session(session(attendance_total=0, attendance_women=0, attendance_poor=0), today=TODAY)
    assert [w.field for w in warnings] == ["attendance_total"]


def test_from_dict_reads_topics_json():
    s = LiteracySession.from_dict({"held_on": "2024-05-20", "topics": '["anti_fraud"]', "id": "x"})
    assert s.topics == ["anti_fraud"]


def test_topics_given_as_json_or_a_spreadsheet_list():
    s, _ = validate_session(session(topics='["anti_fraud", "credit_report"]'), today=TODAY)
    assert s.topics == ["anti_fraud", "credit_report"]
    s, _ = validate_session(session(topics="anti_fraud、credit_report"), today=TODAY)
    assert s.topics == ["anti_fraud", "credit_report"]


def test_empty_form_lists_every_required_field():
    assert fields(LiteracySession()) == ["held_on", "topics"]
