"""Complaints (deadline, lifecycle), literacy sessions (attendees), credit ratings (score sheet)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.errors import ValidationError, ValidationErrors
from tests.helpers import GENERAL, POOR

TODAY = date.today()


def _complaint(**over) -> dict:
    return {
        "received_on": (TODAY - timedelta(days=20)).isoformat(),
        "complainant_name": "游客",
        "institution": "青海农商银行",
        "description": "ATM吞卡",
        "code_a": "02",
        "code_b": "03",
        "code_c": "02",
        "handler": "李明",
        **over,
    }


def test_complaint_due_date_follows_the_configured_handling_days(ws):
    row = ws.complaints.create(_complaint())
    assert row["due_on"] == (TODAY - timedelta(days=5)).isoformat()
    ws.reference.set_setting("complaint_handling_days", 7)
    row2 = ws.complaints.create(_complaint())
    assert row2["due_on"] == (TODAY - timedelta(days=13)).isoformat()


def test_open_complaints_past_due_are_overdue(ws):
    late = ws.complaints.create(_complaint())["id"]
    ws.complaints.create(_complaint(received_on=TODAY.isoformat()))
    assert ws.complaints.overdue_ids(TODAY) == [late]
    ws.complaints.transition(late, "resolved", outcome="已退卡")
    assert ws.complaints.overdue_ids(TODAY) == []


def test_complaint_codes_must_be_jrt0169_codes(ws):
    with pytest.raises(ValidationErrors) as exc:
        ws.complaints.create(_complaint(code_b="42"))
    assert "code_b" in exc.value.by_field()


def test_complaint_lifecycle_allows_only_its_steps(ws):
    cid = ws.complaints.create(_complaint())["id"]
    assert ws.complaints.allowed_actions(cid) == {"transferred", "resolved"}
    with pytest.raises((ValidationError, ValidationErrors)):
        ws.complaints.transition(cid, "closed", satisfaction="satisfied")
    ws.complaints.transition(cid, "transferred", transferred_to="农商银行客服部")
    ws.complaints.transition(cid, "resolved", outcome="已退卡")
    ws.complaints.transition(cid, "closed", satisfaction="satisfied")
    assert [e["to_status"] for e in ws.complaints.events(cid)] == ["received", "transferred", "resolved", "closed"]


def _session(**over) -> dict:
    return {
        "held_on": (TODAY - timedelta(days=3)).isoformat(),
        "place": "村委会",
        "topics": ["anti_fraud"],
        "language": "both",
        "attendance_total": 2,
        "attendance_women": 1,
        "attendance_poor": 1,
        **over,
    }


def test_session_counts_cannot_be_below_the_linked_attendees(ws):
    a = ws.households.create(POOR)["id"]
    b = ws.households.create(GENERAL)["id"]
    with pytest.raises(ValidationErrors) as exc:
        ws.sessions.create(_session(attendance_total=1), [a, b])
    assert "attendance_total" in exc.value.by_field()
    row = ws.sessions.create(_session(), [a, b])
    assert set(ws.sessions.attendee_ids(row["id"])) == {a, b}


def test_session_attendees_can_be_changed(ws):
    a = ws.households.create(POOR)["id"]
    b = ws.households.create(GENERAL)["id"]
    sid = ws.sessions.create(_session(), [a])["id"]
    ws.sessions.update(sid, {}, [b])
    assert ws.sessions.attendee_ids(sid) == [b]
    assert ws.sessions.get(sid)["topics"] == ["anti_fraud"]


def _rating(hid: str, **over) -> dict:
    return {
        "household_id": hid,
        "year": TODAY.year - 1,
        "rated_on": TODAY.isoformat(),
        "criteria": {"credit_record": 28, "repayment": 22, "production": 18, "family": 12, "reputation": 9},
        "bank_rater": "李明",
        "village_rater": "扎西",
        **over,
    }


def test_rating_score_is_the_sum_of_the_sheet_and_grade_follows(ws):
    hid = ws.households.create(POOR)["id"]
    row = ws.ratings.create(_rating(hid))
    assert (row["score"], row["grade"]) == (89, "AA")


def test_rating_needs_both_raters(ws):
    hid = ws.households.create(POOR)["id"]
    with pytest.raises(ValidationErrors) as exc:
        ws.ratings.create(_rating(hid, village_rater=""))
    assert "village_rater" in exc.value.by_field()


def test_one_rating_per_household_and_year(ws):
    hid = ws.households.create(POOR)["id"]
    ws.ratings.create(_rating(hid))
    with pytest.raises(ValidationErrors):
        ws.ratings.create(_rating(hid))


def test_credit_village_follows_the_thresholds(ws):
    a = ws.households.create(POOR)["id"]
    b = ws.households.create(dict(GENERAL, village="拉脊村"))["id"]
    ws.ratings.create(_rating(a))
    villages = {v.name_zh: v for v in ws.ratings.credit_villages(TODAY.year)}
    assert villages["拉脊村"].credit_households == 1 and not villages["拉脊村"].qualifies  # 50 % < 70 %
    ws.ratings.create(_rating(b))
    assert {v.name_zh: v for v in ws.ratings.credit_villages(TODAY.year)}["拉脊村"].qualifies
