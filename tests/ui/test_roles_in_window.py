"""Issue 15: the window offers only what the signed-in account may do — a step the role may not
take is disabled before any form is filled, its tooltip names the role that may (from the
services' permission table) — and File ▸ Switch account lets the bank officer sign in without
quitting."""

from __future__ import annotations

import pytest

from app.services import auth
from tests.ui.gui_fixtures import *

HEAD_PW = "office-head-pw"
BANK_PW = "bank-officer-pw"

pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def head_signed_in(demo_ws):
    auth.add_user(demo_ws, "head", "admin", HEAD_PW)
    auth.login(demo_ws, "head", HEAD_PW)
    auth.add_user(demo_ws, "dorje", "bank_officer", BANK_PW)
    return demo_ws


def _select_loan(page, qtbot, status):
    loan_id = page.ws.loans.search_ids("", status=status)[0]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert page.show_record(loan_id)
    return loan_id


def _role_text(role, mode):
    from app.i18n import translate

    return {
        "zh": translate(auth.ROLE_LABELS[role], "zh"),
        "bo": translate(auth.ROLE_LABELS[role], "bo"),
        "both": translate(auth.ROLE_LABELS[role], "bo"),
    }[mode]


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_the_office_head_sees_the_bank_decisions_disabled_with_who_may(head_signed_in, window, lang, qtbot, mode):
    lang.set_mode(mode)
    page = window.open_page("loans")
    _select_loan(page, qtbot, "referred")
    for status in ("approved", "rejected"):
        button = page.step_buttons[status]
        assert not button.isEnabled(), status
        assert _role_text("bank_officer", mode) in button.toolTip()
    # withdrawing is anyone's step: allowed for a referred demand, no "who may" on it
    assert page.step_buttons["withdrawn"].isEnabled()
    assert _role_text("bank_officer", mode) not in page.step_buttons["withdrawn"].toolTip()
    _select_loan(page, qtbot, "approved")
    assert not page.step_buttons["granted"].isEnabled()


def test_the_bank_score_of_a_rating_is_disabled_for_the_office_head(head_signed_in, window, lang):
    from ui.pages.ratings import RatingDialog

    dlg = RatingDialog(window.ws, parent=window)
    bank = dlg.fields["bank_score"].widget
    assert not bank.isEnabled()
    assert _role_text("bank_officer", "zh") in bank.toolTip()
    dlg.deleteLater()


def test_switch_account_lets_the_bank_officer_decide_without_quitting(head_signed_in, window, lang, qtbot):
    page = window.open_page("loans")
    loan_id = _select_loan(page, qtbot, "referred")
    assert not page.step_buttons["approved"].isEnabled()
    window.ws.households.update(window.ws.households.search_ids("")[0], {"phone": "13800000000"})
    assert window.ws.can_undo()

    dialog = window.switch_account()
    assert dialog.isVisible() and not window.centralWidget().isVisible()  # nothing readable behind it
    dialog.name_edit.setText("dorje")
    dialog.password_edit.setText(BANK_PW)
    with qtbot.waitSignal(window.account_changed):
        dialog.buttons.accepted.emit()
    assert (window.ws.user, window.ws.role) == ("dorje", "bank_officer")
    assert window.centralWidget().isVisible()
    assert "dorje" in window.user_label.text()
    assert not window.ws.can_undo()  # the office head's change is not the officer's to undo
    qtbot.waitUntil(lambda: page.selected_id() == loan_id or page.show_record(loan_id), timeout=5000)
    page.show_record(loan_id)
    assert page.step_buttons["approved"].isEnabled()
    assert page.step_buttons["approved"].toolTip() == ""


def test_cancelling_switch_account_keeps_the_current_account(head_signed_in, window, lang):
    dialog = window.switch_account()
    dialog.reject()
    assert (window.ws.user, window.ws.role) == ("head", "admin")
    assert window.centralWidget().isVisible()


def test_switch_account_without_accounts_says_so(demo_ws, window, lang):
    assert window.switch_account() is None
    assert window.statusBar().currentMessage()
