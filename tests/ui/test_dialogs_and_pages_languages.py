"""The sessions, complaints, ratings and Home pages and their dialogs open in each language mode and
show their texts in that mode; switching while open re-labels them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.ui.gui_b_fixtures import *
from tests.ui.gui_fixtures import *

MODES = ["zh", "bo", "both"]


def _first(ws, service, **filters):
    svc = getattr(ws, service)
    return svc.get(svc.search_ids("", **filters)[0])


def _session(ws, parent):
    from ui.pages.sessions import SessionDialog

    return SessionDialog(ws, parent=parent)


def _session_edit(ws, parent):
    from ui.pages.sessions import SessionDialog

    return SessionDialog(ws, _first(ws, "sessions"), parent=parent)


def _complaint(ws, parent):
    from ui.pages.complaints import ComplaintDialog

    return ComplaintDialog(ws, parent=parent)


def _complaint_step(status, from_status):
    def make(ws, parent):
        from ui.pages.complaints import ComplaintStepDialog

        return ComplaintStepDialog(ws, _first(ws, "complaints", status=from_status), status, parent=parent)

    return make


def _rating(ws, parent):
    from ui.pages.ratings import RatingDialog

    return RatingDialog(ws, parent=parent)


def _rating_edit(ws, parent):
    from ui.pages.ratings import RatingDialog

    return RatingDialog(ws, _first(ws, "ratings"), parent=parent)


DIALOGS = {
    "session-new": (_session, ("SessionDialog", "New literacy session")),
    "session-edit": (_session_edit, ("SessionDialog", "Edit literacy session")),
    "complaint-new": (_complaint, ("ComplaintDialog", "New complaint")),
    "complaint-transfer": (_complaint_step("transferred", "received"), None),
    "complaint-resolve": (_complaint_step("resolved", "received"), None),
    "complaint-close": (_complaint_step("closed", "resolved"), None),
    "rating-new": (_rating, ("RatingDialog", "New credit rating")),
    "rating-edit": (_rating_edit, ("RatingDialog", "Edit credit rating")),
}

PAGE_TITLES = {
    "sessions": ("SessionsPage", "Literacy sessions"),
    "complaints": ("ComplaintsPage", "Complaints"),
    "ratings": ("RatingsPage", "Credit ratings"),
    "home": ("HomePage", "Home"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_form_dialog_opens_in_each_language_mode(widgets_cleanup, window, lang, mode, name, qtbot):
    lang.set_mode(mode)
    factory, title = DIALOGS[name]
    dlg = factory(window.ws, window)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.save_attempted = True
    dlg.revalidate()
    if title is not None:
        assert dlg.windowTitle() == mode_text(*title, mode)
    else:
        assert dlg.windowTitle()
    assert all(f.label.text() for f in dlg.fields.values())
    other = MODES[(MODES.index(mode) + 1) % 3]
    lang.set_mode(other)
    qtbot.wait(5)
    if title is not None:
        assert dlg.windowTitle() == mode_text(*title, other)
    dlg.close()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(PAGE_TITLES))
def test_each_register_page_shows_its_title_in_each_language_mode(widgets_cleanup, window, lang, mode, name, qtbot):
    lang.set_mode(mode)
    page = window.open_page(name)
    qtbot.wait(5)
    if name == "home":
        page.refresh_now()
    assert page.title.text() == mode_text(*PAGE_TITLES[name], mode)
