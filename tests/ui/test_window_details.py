"""Issue 15, item 5: the smaller things a new user met in the window."""

from __future__ import annotations

from pathlib import Path

from tests.ui.gui_fixtures import *


def _loan_page(window, qtbot):
    page = window.open_page("loans")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


def test_a_loan_step_dialog_says_which_household_product_and_amount(window, lang):
    from ui.dialogs.loan_step import STEP_DIALOG_WIDTH, LoanStepDialog

    ws = window.ws
    loan = ws.loans.get(ws.loans.search_ids("", status="referred")[0])
    household = ws.households.get(loan["household_id"])
    dlg = LoanStepDialog(ws, loan, "approved", parent=window)
    dlg.show()
    text = dlg.loan_summary.text()
    assert household["name_zh"] in text
    assert ws.reference.product_label(loan["product_code"], "zh") in text
    assert f"{loan['amount_fen'] // 100:,}" in text
    assert dlg.width() >= STEP_DIALOG_WIDTH
    dlg.close()
    dlg.deleteLater()


def test_delete_is_disabled_for_a_granted_loan_and_the_history_follows_the_selection(window, lang, qtbot):
    page = _loan_page(window, qtbot)
    granted = window.ws.loans.search_ids("", status="granted")[0]
    assert page.show_record(granted)
    assert not page.delete_button.isEnabled()
    assert page.history.topLevelItemCount() > 0
    registered = window.ws.loans.search_ids("", status="registered")[0]
    assert page.show_record(registered)
    assert page.delete_button.isEnabled()
    # the selection cleared (here by a filter that hides every row): no steps of the previous loan
    page.show_record(granted)
    page.apply_filters(text="no household is called this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.history.topLevelItemCount() == 0
    assert not page.delete_button.isEnabled()


def test_the_chinese_household_page_shows_the_tibetan_name_too(window, lang):
    ws = window.ws
    hid = next(i for i in ws.households.search_ids("") if ws.households.get(i)["name_bo"])
    h = ws.households.get(hid)
    lang.set_mode("zh")
    page = window.open_household(hid)
    assert h["name_zh"] in page.name_label.text() and h["name_bo"] in page.name_label.text()
    assert page.name_label.text().index(h["name_zh"]) < page.name_label.text().index(h["name_bo"])


def test_an_export_to_a_laptop_folder_offers_the_folder_and_no_usb_sentence(window, lang, qtbot, tmp_path):
    page = window.open_page("reports")
    page.kind_radio["monthly"].setChecked(True)
    page.folder_edit.setText(str(tmp_path))
    assert not page.open_folder_button.isVisible()
    page.make()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=30000)
    assert page.last_error is None
    assert page.open_folder_button.isVisible()
    assert page.written_folder() == str(Path(page.last_path).parent) == str(tmp_path)
    usb = mode_text("ReportsPage", "Written and checked: %1. The USB stick can now be removed.", "zh")
    assert usb.split("%1")[-1].strip() not in page.result_label.text()


def test_the_attendee_picker_is_empty_after_a_pick_from_its_popup(window, lang, qtbot):
    from PySide6.QtCore import Qt

    from ui.pages.sessions import SessionDialog

    dlg = SessionDialog(window.ws, parent=window)
    dlg.show()
    qtbot.waitExposed(dlg)
    attendees = dlg.attendees
    picker = attendees.picker
    tail = window.ws.households.get(window.ws.households.search_ids("")[0])["id_number"][-6:]
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus, timeout=3000)
    qtbot.keyClicks(picker, tail)  # the ID number's last digits (QTest types Latin keys only)
    assert picker.search_now()
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: attendees.list.count() == 1, timeout=3000)
    qtbot.waitUntil(lambda: picker.text() == "", timeout=3000)  # ready for the next name
    dlg.reject()
    dlg.deleteLater()


def test_no_form_opens_with_a_red_error_before_anything_is_typed(window, lang, qtbot):
    from tests.ui.test_all_pages_languages import DIALOGS
    from tests.ui.test_dialogs_and_pages_languages import DIALOGS as GUI_B
    from ui.forms.base import ERROR_STYLE, FormDialog

    factories = dict(DIALOGS)
    factories.update({k: v[0] for k, v in GUI_B.items()})
    for name, factory in sorted(factories.items()):
        dlg = factory(window.ws, window)
        if not isinstance(dlg, FormDialog):
            dlg.deleteLater()
            continue
        dlg.show()
        qtbot.wait(200)  # past the form's check after typing pauses
        red = [n for n, f in dlg.fields.items() if f.message.isVisible() and f.message.styleSheet() == ERROR_STYLE]
        assert red == [] and not dlg.reason.isVisible(), name
        if name == "household-new":
            # the first keystroke is the user's: from then on the form says what is wrong
            dlg.fields["id_number"].widget.setFocus()
            qtbot.keyClicks(dlg.fields["id_number"].widget, "12")
            qtbot.waitUntil(dlg.reason.isVisible, timeout=3000)
        dlg.close()
        dlg.deleteLater()


def test_the_rules_panel_marks_the_amount_rule_broken_by_the_typed_amount(window, lang, qtbot):
    from ui.pages.loans import LoanDemandDialog

    ws = window.ws
    product = next(p for p in ws.reference.products() if p.max_amount_fen)
    household = next(
        h
        for h in ws.households.rows(ws.households.search_ids("")[:300])
        if not product.eligible_statuses or h["status"] in product.eligible_statuses
    )
    dlg = LoanDemandDialog(ws, parent=window, household_id=household["id"])
    dlg.show()
    dlg.fields["product_code"].widget.set_value(product.code)
    amount = dlg.fields["amount_fen"].widget

    def cap_line():
        dlg.revalidate()
        return next(line for line in dlg.facts.text().split("<br>") if f"{product.max_amount_fen // 100:,}" in line)

    amount.setFocus()
    qtbot.keyClicks(amount, "1000")
    assert cap_line().startswith("✓")
    amount.clear()
    qtbot.keyClicks(amount, str(product.max_amount_fen // 100 + 30000))
    assert "✗" in cap_line()
    dlg.close()
    dlg.deleteLater()
