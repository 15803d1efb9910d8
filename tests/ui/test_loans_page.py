"""Loan demands page: lifecycle buttons follow the rules, the grant path, reasons, the 530 rules live."""

from PySide6.QtWidgets import QDialog

from tests.ui.gui_fixtures import *
from ui.dialogs.loan_step import LoanStepDialog
from ui.pages.loans import LoanDemandDialog


def loans_count(ws) -> int:
    return ws.db.scalar("SELECT count(*) FROM loan_demand WHERE deleted_at IS NULL")


def household(ws, status):
    ids = ws.households.search_ids("", status=status)
    rows = ws.households.rows(ids[:40])
    # a borrower of working age, so only the status rule is in play
    return next(r for r in rows if r["birth_date"] and 1965 <= int(r["birth_date"][:4]) <= 1995)


def enabled_steps(page) -> set[str]:
    return {s for s, b in page.step_buttons.items() if b.isEnabled()}


def select_status(page, status) -> dict:
    page.filter_bar.set_filters(status=status)
    assert page.model.rowCount() > 0, status
    page.table.selectRow(0)
    return page.selected_row()


def test_lifecycle_buttons_follow_the_status(window):
    page = window.open_page("loans")
    select_status(page, "registered")
    assert enabled_steps(page) == {"referred", "rejected", "withdrawn"}
    select_status(page, "granted")
    assert enabled_steps(page) == {"repaid"}
    select_status(page, "rejected")
    assert enabled_steps(page) == set()
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert enabled_steps(page) == set()


def test_new_demand_then_refer_approve_grant(window, answer_dialogs):
    ws = window.ws
    page = window.open_page("loans")
    poor = household(ws, "registered_poor")

    def fill_demand(dlg):
        dlg.picker.set_value(poor["id"])
        dlg.fields["product_code"].write("530")
        dlg.fields["amount_fen"].widget.setText("30000")
        dlg.fields["term_months"].widget.setText("24")
        dlg.fields["purpose"].widget.setText("yak")
        dlg.revalidate()

    before = loans_count(ws)
    answer_dialogs(fill_demand)
    page.new_record()
    assert loans_count(ws) == before + 1
    loan_id = page.selected_id()
    assert ws.loans.get(loan_id)["status"] == "registered"
    assert page.model.row_of(loan_id) >= 0  # back in the "registered" list after the refresh

    answer_dialogs(lambda dlg: None)
    page.step("referred")
    assert ws.loans.get(loan_id)["status"] == "referred"
    assert enabled_steps(page) == {"approved", "rejected", "withdrawn"}
    page.step("approved")
    assert ws.loans.get(loan_id)["status"] == "approved"
    assert enabled_steps(page) == {"granted", "rejected", "withdrawn"}

    def fill_grant(dlg):
        dlg.fields["granted_fen"].widget.setText("30000")
        # at most the LPR of the term's tier in force (5-year LPR 3.50 % since 2025-05-20; issue #18)
        dlg.fields["rate_bp"].widget.setText("3.45")
        dlg.revalidate()

    answer_dialogs(fill_grant)
    page.step("granted")
    row = ws.loans.get(loan_id)
    assert (row["status"], row["granted_fen"], row["rate_bp"]) == ("granted", 3_000_000, 345)
    assert enabled_steps(page) == {"repaid"}
    assert page.history.topLevelItemCount() == len(ws.loans.events(loan_id)) == 4


def test_grant_above_the_amount_asked_is_refused_at_the_field(window, qtbot):
    ws = window.ws
    page = window.open_page("loans")
    loan = select_status(page, "approved")
    loan = ws.loans.get(loan["id"])
    dlg = LoanStepDialog(ws, loan, "granted", parent=window)
    qtbot.addWidget(dlg)
    dlg.fields["granted_fen"].widget.setText(str(loan["amount_fen"] // 100 + 1))
    dlg.fields["granted_fen"].touched = True
    dlg.revalidate()
    assert dlg.error_text("granted_fen") and not dlg.save_button.isEnabled()
    dlg.accept()
    assert ws.loans.get(loan["id"])["status"] == "approved"


def test_reject_needs_a_reason(window, qtbot):
    ws = window.ws
    page = window.open_page("loans")
    loan = ws.loans.get(select_status(page, "registered")["id"])
    dlg = LoanStepDialog(ws, loan, "rejected", parent=window)
    qtbot.addWidget(dlg)
    assert not dlg.save_button.isEnabled()
    dlg.accept()
    assert dlg.error_text("reason") and ws.loans.get(loan["id"])["status"] == "registered"
    dlg.fields["reason"].widget.setPlainText("no repayment source")
    dlg.revalidate()
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert ws.loans.get(loan["id"])["status"] == "rejected"


def test_530_rule_message_appears_for_a_household_that_is_not_registered_poor(window, qtbot, lang):
    ws = window.ws
    general = household(ws, "general")
    before = loans_count(ws)
    dlg = LoanDemandDialog(ws, parent=window, household_id=general["id"])
    qtbot.addWidget(dlg)
    dlg.fields["product_code"].write("530")
    dlg.fields["amount_fen"].widget.setText("30000")
    dlg.fields["term_months"].widget.setText("12")
    dlg.revalidate()
    status_label = ws.reference.label("household_status", "general", "zh")
    poor_label = ws.reference.label("household_status", "registered_poor", "zh")
    facts = dlg.facts.text()
    assert status_label in facts and poor_label in facts and "✗" in facts
    assert not dlg.save_button.isEnabled()
    dlg.accept()
    assert loans_count(ws) == before
    # the same household may ask for a product open to everyone
    dlg.fields["product_code"].write("other")
    dlg.revalidate()
    assert dlg.save_button.isEnabled() and "✗" not in dlg.facts.text()


def test_530_facts_for_a_registered_poor_household_list_the_limits(window, qtbot):
    ws = window.ws
    poor = household(ws, "registered_poor")
    dlg = LoanDemandDialog(ws, parent=window, household_id=poor["id"])
    qtbot.addWidget(dlg)
    dlg.fields["product_code"].write("530")
    dlg.revalidate()
    assert "50,000.00" in dlg.facts.text() and "✗" not in dlg.facts.text()
    dlg.fields["amount_fen"].widget.setText("60000")
    dlg.fields["amount_fen"].touched = True
    dlg.revalidate()
    assert dlg.error_text("amount_fen") and not dlg.save_button.isEnabled()


def test_product_filter_narrows_the_list(window):
    page = window.open_page("loans")
    total = page.model.rowCount()
    page.filter_bar.set_filters(product_code="530")
    assert 0 < page.model.rowCount() < total
    codes = {page.model.row_dict(i)["product_code"] for i in range(page.model.rowCount())}
    assert codes == {"530"}


def test_undo_reverts_the_last_step(window, answer_dialogs):
    ws = window.ws
    page = window.open_page("loans")
    loan_id = select_status(page, "registered")["id"]
    answer_dialogs(lambda dlg: None)
    page.step("referred")
    assert ws.loans.get(loan_id)["status"] == "referred"
    window.undo()
    assert ws.loans.get(loan_id)["status"] == "registered"
    assert page.model.row_of(loan_id) >= 0  # back in the "registered" list after the refresh


def test_bilingual_rule_messages_are_one_language_per_line(window, qtbot, lang):
    ws = window.ws
    lang.set_mode("both")
    general = household(ws, "general")
    dlg = LoanDemandDialog(ws, parent=window, household_id=general["id"])
    qtbot.addWidget(dlg)
    dlg.fields["product_code"].write("530")
    dlg.save_attempted = True
    dlg.revalidate()
    text = dlg.error_text("product_code")
    bo_line, zh_line = text.split("\n")
    zh_status = ws.reference.label("household_status", "general", "zh")
    bo_status = ws.reference.label("household_status", "general", "bo")
    assert zh_status in zh_line and bo_status not in zh_line
    assert bo_status in bo_line and zh_status not in bo_line


def servicing_enabled(page) -> set[str]:
    return {s for s, b in page.servicing_buttons.items() if b.isEnabled()}


def test_servicing_steps_on_a_granted_loan_with_the_rules_panel(window, answer_dialogs):
    ws = window.ws
    page = window.open_page("loans")
    row = select_status(page, "granted")
    assert servicing_enabled(page) == {"repay", "extend", "top_up", "default"}
    rules = page.rules.text()
    assert "Wulong" in rules or "武隆" in rules or "在剔除主观恶意欠款不还" in rules  # the seed's sentence
    figures = ws.loan_book.figures(row["id"])

    def fill_repayment(dlg):
        dlg.fields["principal_fen"].widget.setText("1000")
        dlg.fields["interest_fen"].widget.setText("35")
        dlg.revalidate()

    answer_dialogs(fill_repayment)
    page.service_step("repay")
    after = ws.loan_book.figures(row["id"])
    assert after.balance_fen == figures.balance_fen - 100_000
    assert ws.loan_book.repayments(row["id"])[-1]["interest_fen"] == 3_500
    # the repayment shows in the history under the table
    texts = [page.history.topLevelItem(i).text(3) for i in range(page.history.topLevelItemCount())]
    assert any("1,000.00" in t for t in texts)


def test_a_step_the_rule_refuses_is_refused_at_the_field(window, answer_dialogs):
    ws = window.ws
    page = window.open_page("loans")
    row = select_status(page, "granted")
    seen = answer_dialogs(lambda dlg: dlg.revalidate())  # an extension without a reason or a date
    page.service_step("extend")
    assert seen and not seen[0].save_button.isEnabled()
    assert ws.loans.get(row["id"])["maturity_on"] == row["maturity_on"]


def test_a_back_dated_grant_shows_the_rule_changed_since_and_keeps_it_in_the_history(window, qtbot):
    """Issue #18: a loan of 2023 entered now under the rules of 2023 — the county lowered the 530
    loan to 30,000 yuan from 2024 — is granted; the grant dialog warns (amber, Save allowed) and the
    loan's history keeps the note, in the reader's language."""
    from dataclasses import replace
    from datetime import date

    from PySide6.QtCore import QDate

    ws = window.ws
    v = ws.loan_policy.in_force("530", date(2024, 1, 1))
    ws.loan_policy.set_version(
        replace(v, effective_from=date(2024, 1, 1), max_amount_fen=3_000_000, household_cap_fen=3_000_000)
    )
    hid = next(
        r["id"]
        for r in ws.households.rows(ws.households.search_ids("", status="registered_poor")[:200])
        if r["birth_date"] and 1965 <= int(r["birth_date"][:4]) <= 1995 and not ws.loan_book.family_loans(r["id"])
    )
    loan = ws.loans.create(
        {"household_id": hid, "registered_on": "2023-04-20", "amount_fen": 5_000_000, "term_months": 36}
        | {"product_code": "530", "purpose": "购买牦牛"}
    )
    for step in ("referred", "approved"):
        ws.loans.transition(loan["id"], step, on_date="2023-04-25")
    dlg = LoanStepDialog(ws, ws.loans.get(loan["id"]), "granted", parent=window)
    qtbot.addWidget(dlg)
    dlg.fields["on_date"].widget.setDate(QDate(2023, 5, 1))
    dlg.fields["granted_fen"].widget.setText("50000")
    dlg.revalidate()
    warnings = " ".join(p.text("en") for p in dlg.warnings())
    assert "30,000.00" in warnings and "2023-05-01" in warnings and dlg.save_button.isEnabled()
    dlg.accept()
    assert ws.loans.get(loan["id"])["status"] == "granted"

    page = window.open_page("loans")
    assert page.show_record(loan["id"]) and page.selected_id() == loan["id"]
    texts = " ".join(page.history.topLevelItem(i).text(3) for i in range(page.history.topLevelItemCount()))
    notes = [n["zh"] for n in ws.loan_book.grant_notes(loan["id"])]
    assert notes and "30,000.00" in notes[0]
    assert all(n in texts for n in notes)  # in Chinese, the reader's language


def test_the_household_picked_shows_its_name_and_the_rules_heading_is_whole_in_bilingual_mode(window, qtbot, lang):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QLineEdit

    ws = window.ws
    lang.set_mode("both")
    poor = household(ws, "registered_poor")
    dlg = LoanDemandDialog(ws, parent=window, household_id=poor["id"])
    qtbot.addWidget(dlg)
    dlg.show()
    QApplication.processEvents()
    picker = dlg.picker
    label = picker.text()
    name = label.split(" · ")[0]
    assert picker.fontMetrics().horizontalAdvance(label) > picker.width()  # too long to show whole
    # the picker's left part reads as a field holding the name alone: it shows the start
    alone = QLineEdit(name)
    qtbot.addWidget(alone)
    alone.setFont(picker.font())
    alone.resize(picker.size())
    alone.setCursorPosition(0)
    alone.show()
    QApplication.processEvents()
    assert picker.selectedText() == label  # focused on opening: typing replaces the household
    picker.deselect()  # (selected, the text is white on blue)
    picker.clearFocus()
    QApplication.processEvents()
    left = picker.fontMetrics().horizontalAdvance(name) // 2

    def start(field):
        return field.grab().toImage().convertToFormat(QImage.Format.Format_RGB32).copy(2, 0, left, field.height())

    assert start(picker) == start(alone)
    # the rules' heading wraps inside its box instead of running past the dialog's edge
    heading = dlg.facts_title
    assert heading.text() == mode_text("LoanDemandDialog", "What this product allows this household", "both")
    assert heading.width() <= dlg.facts_box.width()
    assert heading.height() >= heading.heightForWidth(heading.width())
