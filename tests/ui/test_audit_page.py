"""The audit log page: browse, filter, before/after, verify chain, permission."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.gui_fixtures import *


@pytest.fixture
def page(demo_ws, qtbot, lang):
    from ui.pages.audit import AuditPage

    hid = demo_ws.households.search_ids("")[0]
    demo_ws.user = "dorje"
    demo_ws.households.update(hid, {"notes": "moved to group 3"})
    p = AuditPage(demo_ws, None)
    qtbot.addWidget(p)
    p.show()
    p.hid = hid
    return p


def test_newest_entry_first_with_who_and_what(page):
    assert page.total == page.ws.db.scalar("SELECT count(*) FROM audit_log")
    first = [page.table.item(0, c).text() for c in range(6)]
    # the record by its household's name (Chinese mode), the id itself in the tooltip (issue 15)
    name = page.ws.households.get(page.hid)["name_zh"]
    assert first[2:] == ["dorje", page.action_label("update"), page.table_label("household"), name]
    assert page.table.item(0, 5).toolTip() == page.hid
    assert page.action_label("update") == mode_text("AuditPage", "changed", "zh")


def test_times_are_the_laptops_local_time_and_every_action_is_worded(page, monkeypatch):
    import time
    from datetime import datetime

    stored = page.rows[0]["at"]
    local = datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert page.table.item(0, 1).text() == local
    assert "UTC" not in page.table.horizontalHeaderItem(1).text()
    # a zone far from UTC (Qinghai is UTC+8): the shown hour moves with it
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        from app.domain.dates import local_time

        assert local_time("2026-12-07T21:04:12+00:00") == "2026-12-08 05:04:12"
        assert local_time("2026-12-07T21:04:12") == "2026-12-08 05:04:12"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    # every action the services write has words (the office's "keys" entry among them)
    codes = [r["action"] for r in page.ws.db.query("SELECT DISTINCT action FROM audit_log")]
    for code in codes + ["keys"]:
        assert page.action_label(code) != code, code


def test_selecting_an_entry_shows_before_and_after(page):
    page.table.selectRow(0)
    assert '"notes": "moved to group 3"' in page.after_view.toPlainText()
    assert '"notes"' in page.before_view.toPlainText()
    assert "moved to group 3" not in page.before_view.toPlainText()


def test_filter_by_user_table_and_action(page):
    page.user_combo.setCurrentIndex(page.user_combo.findData("dorje"))
    assert page.total == 1 and page.table.rowCount() == 1
    page.user_combo.setCurrentIndex(0)
    page.table_combo.setCurrentIndex(page.table_combo.findData("office"))
    assert page.total == page.ws.db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'office'")
    assert {page.table.item(i, 4).text() for i in range(page.table.rowCount())} == {page.table_label("office")}
    page.table_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(page.action_combo.findData("update"))
    assert {page.table.item(i, 3).text() for i in range(page.table.rowCount())} == {page.action_label("update")}


def test_filter_by_date_range(page):
    from PySide6.QtCore import QDate

    page.from_edit.setDate(QDate(2000, 1, 1))
    page.to_edit.setDate(QDate(2000, 12, 31))
    page.from_check.setChecked(True)
    page.to_check.setChecked(True)
    assert page.total == 0
    page.to_edit.setDate(QDate(2100, 1, 1))
    assert page.total == page.ws.db.scalar("SELECT count(*) FROM audit_log")


def _verify_box(qtbot, page):
    page.verify()
    qtbot.waitUntil(lambda: hasattr(page, "last_verify"), timeout=10000)
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "verifyResult" and w.isVisible()
    ]
    return page.last_verify, boxes


def test_verify_chain_on_a_sound_log(page, qtbot):
    (count, findings, text), boxes = _verify_box(qtbot, page)
    assert findings == [] and count == page.total
    assert boxes and boxes[0].text() == text
    boxes[0].close()


def test_verify_chain_reports_a_tampered_log(page, qtbot):
    conn = sqlite3.connect(page.ws.db.path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'nobody' WHERE seq = 2")
    conn.commit()
    conn.close()
    (count, findings, text), boxes = _verify_box(qtbot, page)
    assert any("seq 2" in f for f in findings)
    assert boxes and "seq 2" in boxes[0].detailedText()
    boxes[0].close()


def test_a_cadre_cannot_read_the_log_once_accounts_exist(page, quick_hashes):
    from app.services import auth

    auth.add_user(page.ws, "head", "admin", "office-head-pw")
    page.ws.role = "cadre"
    page.refresh()
    assert page.denied_label.isVisible() and page.table.rowCount() == 0
    assert not page.verify_button.isEnabled()


def test_page_opens_from_the_main_window(window):
    page = window.open_page("audit")
    from ui.pages.audit import AuditPage

    assert isinstance(page, AuditPage) and page.table.rowCount() > 0
