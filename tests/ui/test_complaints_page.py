"""Complaints page: the form (JR/T 0169 codes, due date from the handling days), the lifecycle
buttons enabled only where the step is allowed, overdue rows highlighted and the overdue filter."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.gui_b_fixtures import *
from tests.ui.gui_fixtures import *
from ui.pages.complaints import OVERDUE_BACKGROUND, OVERDUE_TEXT, ComplaintDialog, ComplaintsPage, ComplaintStepDialog


@pytest.fixture
def page(demo_ws, qtbot, lang, widgets_cleanup):
    p = ComplaintsPage(demo_ws, None)
    qtbot.addWidget(p)
    p.show()
    return p


def complaint(ws, received_on, **extra):
    return ws.complaints.create(
        {"received_on": received_on, "complainant_name": "游客", "description": "收费不明", "handler": "李明", **extra}
    )


def count(ws):
    return len(ws.complaints.search_ids(""))


def test_valid_complaint_is_saved_and_shows_in_the_table(page, demo_ws, answer_dialogs):
    before = count(demo_ws)

    def fill(dlg):
        dlg.fields["complainant_name"].write("外村村民")
        dlg.fields["institution"].write("青海农商银行")
        dlg.fields["description"].write("ATM机吞卡后处理缓慢")
        dlg.fields["code_a"].write("0102")  # JR/T 0169-2018: self-service machine
        dlg.fields["code_b"].write("03")  # bank card
        dlg.fields["code_c"].write("02")  # facilities, equipment and systems
        dlg.fields["handler"].write("才让")

    answer_dialogs(fill)
    page.new_record()
    assert count(demo_ws) == before + 1
    row = page.selected_row()
    assert (row["complainant_name"], row["code_a"], row["code_b"], row["code_c"]) == ("外村村民", "0102", "03", "02")
    days = demo_ws.complaints.handling_days
    assert row["due_on"] == (date.fromisoformat(row["received_on"]) + timedelta(days=days)).isoformat()


def test_complaint_without_description_shows_the_error_and_writes_nothing(demo_ws, qtbot, lang, widgets_cleanup):
    before = count(demo_ws)
    dlg = ComplaintDialog(demo_ws)
    qtbot.addWidget(dlg)
    dlg.fields["complainant_name"].write("游客")
    dlg.accept()
    message = dlg.fields["description"].message
    assert not message.isHidden() and message.text()
    assert not dlg.save_button.isEnabled()
    assert count(demo_ws) == before


def test_due_date_shown_follows_the_received_date(demo_ws, qtbot, lang, widgets_cleanup):
    from PySide6.QtCore import QDate

    dlg = ComplaintDialog(demo_ws)
    qtbot.addWidget(dlg)
    dlg.fields["received_on"].widget.setDate(QDate(2026, 10, 1))
    assert dlg.due_label.text().startswith("2026-10-16")


def test_dialog_preselects_the_household_it_is_opened_for(demo_ws, qtbot, lang, widgets_cleanup):
    hid = demo_ws.households.search_ids("")[0]
    dlg = ComplaintDialog(demo_ws, household_id=hid)
    qtbot.addWidget(dlg)
    assert dlg.picker.value() == hid


def test_lifecycle_buttons_follow_the_rules(page, demo_ws):
    row = complaint(demo_ws, date.today().isoformat())
    page.refresh()
    assert page.select_id(row["id"])
    enabled = {s for s, b in page.step_buttons.items() if b.isEnabled()}
    assert enabled == {"transferred", "resolved"}
    demo_ws.complaints.transition(row["id"], "resolved", outcome="已解释")
    page.refresh()
    page.select_id(row["id"])
    assert {s for s, b in page.step_buttons.items() if b.isEnabled()} == {"closed"}
    demo_ws.complaints.transition(row["id"], "closed", satisfaction="satisfied")
    page.refresh()
    page.select_id(row["id"])
    assert not any(b.isEnabled() for b in page.step_buttons.values())


def test_resolve_button_records_the_outcome(page, demo_ws, answer_dialogs):
    row = complaint(demo_ws, date.today().isoformat())
    page.refresh()
    page.select_id(row["id"])
    answer_dialogs(lambda dlg: dlg.fields["outcome"].write("已退还费用"))
    page.step("resolved")
    stored = demo_ws.complaints.get(row["id"])
    assert (stored["status"], stored["outcome"]) == ("resolved", "已退还费用")


def test_transfer_without_a_recipient_is_refused(demo_ws, qtbot, lang, widgets_cleanup):
    row = complaint(demo_ws, date.today().isoformat())
    dlg = ComplaintStepDialog(demo_ws, demo_ws.complaints.get(row["id"]), "transferred")
    qtbot.addWidget(dlg)
    dlg.accept()
    assert not dlg.fields["transferred_to"].message.isHidden()
    assert demo_ws.complaints.get(row["id"])["status"] == "received"


def _overdue_row(page, ws):
    today = date.today()
    overdue = set(ws.complaints.overdue_ids(today))
    for i in range(page.model.rowCount()):
        rid = page.model.row_id(i)
        if rid in overdue:
            return i
    return -1


def test_overdue_complaints_are_highlighted(page, demo_ws):
    complaint(demo_ws, (date.today() - timedelta(days=40)).isoformat())
    page.refresh()
    i = _overdue_row(page, demo_ws)
    assert i >= 0
    index = page.model.index(i, 0)
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    option = QStyleOptionViewItem()
    page.table.itemDelegate().initStyleOption(option, index)
    assert option.backgroundBrush.color() == OVERDUE_BACKGROUND
    fresh = complaint(demo_ws, date.today().isoformat())
    page.refresh()
    j = page.model.row_of(fresh["id"])
    assert page.model.data(page.model.index(j, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_overdue_filter_lists_exactly_the_overdue_complaints(page, demo_ws):
    complaint(demo_ws, (date.today() - timedelta(days=40)).isoformat())
    page.apply_filters(overdue=True)
    assert page.filter_bar.combos["overdue"].value() == "1"
    shown = set(page.model.ids)
    assert shown and shown == set(demo_ws.complaints.overdue_ids(date.today()))


@pytest.mark.parametrize("mode", ["zh", "bo"])
def test_the_codes_are_picked_from_the_standards_tree(demo_ws, qtbot, lang, widgets_cleanup, mode):
    """Issue #19: the channel is a tree (前台 → 电子渠道 → 网络公众平台 …); a class with classes under
    it is a heading that cannot be chosen; labels in the language of the window."""
    lang.set_mode(mode)
    dlg = ComplaintDialog(demo_ws)
    qtbot.addWidget(dlg)
    combo = dlg.fields["code_a"].widget
    items = {combo.itemData(i): (combo.itemText(i), combo.model().item(i).isEnabled()) for i in range(combo.count())}
    assert list(items)[:4] == ["01", "0101", "0102", "0103"]
    assert not items["01"][1] and not items["0103"][1] and items["01034"][1] and items["01035"][1]
    platform = demo_ws.reference.label("complaint_code_a", "01034", mode)
    assert items["01034"][0].endswith(platform) and items["01034"][0].startswith("\u3000\u3000")
    assert ("网络公众平台" in platform) == (mode == "zh")
    causes = [dlg.fields["code_c"].widget.itemData(i) for i in range(dlg.fields["code_c"].widget.count())]
    assert causes[:8] == ["01", "02", "03", "04", "05", "06", "07", "08"] and causes[-1] == "99"


def test_a_new_complaints_channel_starts_at_the_front_offices_other(demo_ws, qtbot, lang, widgets_cleanup):
    """JR/T 0169-2018's channel tree has two 大类 (front office, middle and back office): the form
    offers no third "other channel" and starts at the front office's own "other", 0199."""
    dlg = ComplaintDialog(demo_ws)
    qtbot.addWidget(dlg)
    combo = dlg.fields["code_a"].widget
    assert dlg.fields["code_a"].read() == "0199"
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert "0199" in codes and "99" not in codes
    assert (dlg.fields["code_b"].read(), dlg.fields["code_c"].read()) == ("99", "99")


@pytest.mark.parametrize("mode", ["zh", "bo"])
def test_editing_an_old_complaint_shows_its_stored_codes(demo_ws, qtbot, lang, widgets_cleanup, mode):
    """The form opens on the codes the complaint has: a leaf of the tree as it is, and a code the
    list does not have (set by hand, or sent by a register of unknown age) as stored and marked —
    never the list's first class, which a save of some other correction would have stored."""
    lang.set_mode(mode)
    row = complaint(demo_ws, "2026-10-01", code_a="01034", code_b="03", code_c="07")
    dlg = ComplaintDialog(demo_ws, demo_ws.complaints.get(row["id"]))
    qtbot.addWidget(dlg)
    assert [dlg.fields[f].read() for f in ("code_a", "code_b", "code_c")] == ["01034", "03", "07"]
    shown = dlg.fields["code_a"].widget.currentText()
    assert (
        shown.strip("\u3000").startswith("01034 ")
        and demo_ws.reference.label("complaint_code_a", "01034", mode) in shown
    )

    demo_ws.db.execute("UPDATE complaint SET code_b = '07' WHERE id = ?", (row["id"],))  # 代理业务 of the old list
    dlg = ComplaintDialog(demo_ws, demo_ws.complaints.get(row["id"]))
    qtbot.addWidget(dlg)
    combo = dlg.fields["code_b"].widget
    shown = combo.currentText()
    assert dlg.fields["code_b"].read() == "07" and shown.startswith("07")
    assert "JR/T 0169-2018" in shown and "not a code" not in shown  # marked, in the window's language
    # … and said at once at its field, before anything is typed: Save stays off, and why is shown
    assert "07" in dlg.error_text("code_b") and not dlg.save_button.isEnabled()
    assert dlg.error_text("code_a") == dlg.error_text("code_c") == ""
    dlg.fields["notes"].write("已电话回访")
    dlg.accept()
    # refused at the business type, in the window's language; the stored complaint as it was
    message = dlg.fields["code_b"].message
    assert not message.isHidden() and "07" in message.text()
    stored = demo_ws.complaints.get(row["id"])
    assert (stored["code_b"], stored["notes"]) == ("07", "")
    # a class of the list chosen, the correction is saved
    combo.setCurrentIndex(combo.findData("99"))
    dlg.accept()
    assert demo_ws.complaints.get(row["id"])["code_b"] == "99"


def test_the_list_shows_each_complaints_codes_with_their_names(page, demo_ws):
    row = complaint(demo_ws, date.today().isoformat(), code_a="01035", code_b="04", code_c="06")
    odd = complaint(demo_ws, date.today().isoformat())
    demo_ws.db.execute("UPDATE complaint SET code_b = '07' WHERE id = ?", (odd["id"],))
    page.refresh()
    columns = [col.key for col in page.columns()]

    def cell(record_id, key):
        return page.model.data(page.model.index(page.model.row_of(record_id), columns.index(key)))

    label = demo_ws.reference.label
    assert cell(row["id"], "code_a") == "01035 " + label("complaint_code_a", "01035", "zh")
    assert cell(row["id"], "code_c") == "06 " + label("complaint_code_c", "06", "zh")  # 产品收益
    assert cell(odd["id"], "code_b") == "07"  # no name: the code once, not "07 07"


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
@pytest.mark.parametrize("to_status", ["transferred", "resolved", "closed"])
def test_a_complaint_step_opens_with_all_its_fields_in_sight(demo_ws, qtbot, lang, widgets_cleanup, mode, to_status):
    # the step forms opened as low as their scroll area asked: one field of three above a
    # scroll bar, the others hidden until scrolled to
    lang.set_mode(mode)
    row = complaint(demo_ws, date.today().isoformat())
    from PySide6.QtWidgets import QApplication, QWidget

    page = QWidget()  # opened from the page, as the window does
    qtbot.addWidget(page)
    dlg = ComplaintStepDialog(demo_ws, demo_ws.complaints.get(row["id"]), to_status, parent=page)
    dlg.show()
    qtbot.waitExposed(dlg)
    QApplication.processEvents()
    assert not dlg.scroll.verticalScrollBar().isVisible()
    for field in dlg.fields.values():
        assert field.widget.visibleRegion().boundingRect() == field.widget.rect(), field.name
