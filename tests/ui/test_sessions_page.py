"""Literacy sessions page: the form saves a valid session into the table, refuses an invalid one
beside the field, and keeps the attendance count at least the number of linked attendees."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.ui.gui_b_fixtures import *
from tests.ui.gui_fixtures import *
from ui.pages.sessions import SessionDialog, SessionsPage


@pytest.fixture
def page(demo_ws, qtbot, lang, widgets_cleanup):
    p = SessionsPage(demo_ws, None)
    qtbot.addWidget(p)
    p.show()
    return p


def fill_valid(dlg, total="12", women="5"):
    dlg.fields["held_on"].write("2026-11-01")
    dlg.fields["place"].write("村委会会议室")
    dlg.topics.set_value(["anti_fraud", "credit_report"])
    dlg.fields["language"].write("bo")
    dlg.fields["attendance_total"].write(total)
    dlg.fields["attendance_women"].write(women)


def sessions_count(ws):
    return len(ws.sessions.search_ids(""))


def test_valid_session_is_saved_and_shows_in_the_table(page, demo_ws, answer_dialogs):
    before = sessions_count(demo_ws)
    answer_dialogs(lambda dlg: fill_valid(dlg))
    page.new_record()
    assert sessions_count(demo_ws) == before + 1
    row = page.selected_row()
    assert row is not None and row["place"] == "村委会会议室" and row["attendance_total"] == 12
    assert page.model.rowCount() == before + 1


def test_session_without_topics_shows_the_error_beside_topics_and_writes_nothing(demo_ws, qtbot, lang, widgets_cleanup):
    before = sessions_count(demo_ws)
    dlg = SessionDialog(demo_ws)
    qtbot.addWidget(dlg)
    fill_valid(dlg)
    dlg.topics.set_value([])
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    message = dlg.fields["topics"].message
    assert not message.isHidden() and message.text()
    assert not dlg.save_button.isEnabled()
    assert sessions_count(demo_ws) == before


def test_attendance_below_linked_attendees_is_refused(demo_ws, qtbot, lang, widgets_cleanup):
    households = demo_ws.households.search_ids("")[:3]
    dlg = SessionDialog(demo_ws)
    qtbot.addWidget(dlg)
    fill_valid(dlg, total="2", women="1")
    for hid in households:
        dlg.attendees.add(hid)
    before = sessions_count(demo_ws)
    dlg.accept()
    message = dlg.fields["attendance_total"].message
    assert not message.isHidden() and "3" in message.text()
    assert sessions_count(demo_ws) == before
    dlg.fields["attendance_total"].write("3")
    dlg.accept()
    assert sessions_count(demo_ws) == before + 1
    saved = dlg.result_value
    assert sorted(demo_ws.sessions.attendee_ids(saved["id"])) == sorted(households)


def test_attendee_picker_finds_a_household_by_name_and_adds_it(demo_ws, qtbot, lang, widgets_cleanup):
    target = demo_ws.households.rows(demo_ws.households.search_ids("")[:1])[0]
    dlg = SessionDialog(demo_ws)
    qtbot.addWidget(dlg)
    dlg.attendees.picker.setText(target["name_zh"])
    found = dlg.attendees.picker.search_now()
    assert target["id"] in [hid for hid, _ in found]
    index = [hid for hid, _ in found].index(target["id"])
    dlg.attendees.picker.choose(index)
    dlg.attendees.add_current()
    assert dlg.attendees.value() == [target["id"]]


def test_editing_a_session_keeps_its_attendees(page, demo_ws, answer_dialogs):
    hid = demo_ws.households.search_ids("")[0]
    row = demo_ws.sessions.create({"held_on": "2026-10-01", "topics": ["anti_fraud"], "attendance_total": 5}, [hid])
    answer_dialogs(lambda dlg: dlg.fields["place"].write("寺院广场"))
    page.refresh()
    page.open_record(row["id"])
    assert demo_ws.sessions.get(row["id"])["place"] == "寺院广场"
    assert demo_ws.sessions.attendee_ids(row["id"]) == [hid]


def test_language_filter_lists_only_sessions_in_that_language(page, demo_ws):
    page.filter_bar.set_filters(status="bo")
    rows = [page.model.row_dict(i) for i in range(page.model.rowCount())]
    assert rows and all(r["language"] == "bo" for r in rows)
    assert page.model.rowCount() == len(demo_ws.sessions.search_ids("", status="bo"))
