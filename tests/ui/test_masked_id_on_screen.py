"""A village cadre sees ID numbers masked (DESIGN §7): on screen too, nothing beside the masked
number gives its hidden middle back — the household page shows the birth year only, and the
edit form does not show the stored number (an empty field keeps it, a full one replaces it)."""

from __future__ import annotations

import pytest

from app.domain.idnumber import mask_id_number
from app.services import auth
from tests.ui.gui_fixtures import *

pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def cadre_signed_in(demo_ws):
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.add_user(demo_ws, "tsering", "cadre", "village-cadre-pw")
    auth.login(demo_ws, "tsering", "village-cadre-pw")
    return demo_ws


def _household(ws):
    hid = next(i for i in ws.households.search_ids("") if (ws.households.get(i).get("id_number") or ""))
    return ws.households.get(hid)


def _all_text(widget) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    return " ".join(
        [w.text() for w in widget.findChildren(QLabel)] + [w.text() for w in widget.findChildren(QLineEdit)]
    )


def test_the_household_page_shows_a_cadre_the_birth_year_only(cadre_signed_in, window, qtbot):
    h = _household(cadre_signed_in)
    detail = window.open_household(h["id"])
    qtbot.waitUntil(lambda: mask_id_number(h["id_number"]) in _all_text(detail), timeout=5000)
    shown = _all_text(detail)
    birth = h["id_number"][6:14]
    assert h["id_number"] not in shown
    assert f"{birth[:4]}-{birth[4:6]}-{birth[6:]}" not in shown and birth not in shown
    assert birth[:4] in shown


def test_the_edit_form_keeps_a_cadre_from_seeing_the_number_and_keeps_it_when_left_empty(
    cadre_signed_in, window, qtbot
):
    from ui.pages.households import HouseholdDialog

    ws = cadre_signed_in
    h = _household(ws)
    dlg = HouseholdDialog(ws, h, parent=window)
    field = dlg.fields["id_number"].widget
    assert field.text() == "" and h["id_number"] not in _all_text(dlg)
    assert mask_id_number(h["id_number"]) in field.placeholderText()
    field.undo()  # Ctrl+Z in the empty field gives nothing back
    assert field.text() == "" and not field.isUndoAvailable()
    assert dlg.save_button.isEnabled()
    dlg.fields["phone"].widget.setText("13900001111")
    dlg.accept()
    stored = ws.households.get(h["id"])
    assert stored["id_number"] == h["id_number"] and stored["phone"] == "13900001111"


def test_a_full_number_typed_by_a_cadre_replaces_the_stored_one(cadre_signed_in, window, qtbot):
    from ui.pages.households import HouseholdDialog

    ws = cadre_signed_in
    h = _household(ws)
    new = "632122199001010010"  # a valid number of nobody else in the demo
    assert not ws.households.search_ids(new)
    dlg = HouseholdDialog(ws, h, parent=window)
    qtbot.keyClicks(dlg.fields["id_number"].widget, new)
    dlg.accept()
    assert ws.households.get(h["id"])["id_number"] == new


def test_the_office_head_still_edits_the_full_number(demo_ws, window):
    from ui.pages.households import HouseholdDialog

    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    h = _household(demo_ws)
    dlg = HouseholdDialog(demo_ws, h, parent=window)
    assert dlg.fields["id_number"].widget.text() == h["id_number"]
