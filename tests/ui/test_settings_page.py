"""Settings page: accounts (admin), security times, backup and restore, fonts and language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app import paths
from app.services import auth, backup
from tests.ui.gui_fixtures import *

ADMIN_PW = "office-head-pw"
CADRE_PW = "village-cadre-pw"


pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def accounts(demo_ws):
    auth.add_user(demo_ws, "head", "admin", ADMIN_PW)
    auth.login(demo_ws, "head", ADMIN_PW)
    auth.add_user(demo_ws, "tashi", "cadre", CADRE_PW)
    return demo_ws


@pytest.fixture
def make_page(lang):
    """Pages made here are deleted before the register closes (a LanguageChange at teardown
    would otherwise make them re-read a closed database)."""
    from ui.pages.settings import SettingsPage

    made = []

    def make(ws):
        p = SettingsPage(ws, None)
        p.show()
        made.append(p)
        return p

    yield make
    for p in made:
        close_and_delete(p)


def _select(page, username):
    row = [u["username"] for u in page.users].index(username)
    page.users_table.selectRow(row)


def test_admin_sees_the_accounts(accounts, qtbot, lang, make_page):
    page = make_page(accounts)
    names = [page.users_table.item(i, 0).text() for i in range(page.users_table.rowCount())]
    assert names == ["head", "tashi"]
    assert page.add_user_button.isVisible()


def test_admin_adds_an_account_through_the_dialog(accounts, qtbot, lang):
    from ui.pages.settings import AccountDialog

    d = AccountDialog(accounts)
    qtbot.addWidget(d)
    d.name_edit.setText("lobsang")
    d.role_combo.setCurrentIndex(d.role_combo.findData("bank_officer"))
    d.password_edit.setText("abc")
    d.repeat_edit.setText("abc")
    assert d.save() is False and d.message.text()
    d.password_edit.setText("bank-officer-pw")
    d.repeat_edit.setText("bank-officer-pw")
    assert d.save() is True
    assert auth.get_user(accounts, "lobsang")["role"] == "bank_officer"


def test_disable_unlock_and_change_role(accounts, qtbot, lang, make_page):
    page = make_page(accounts)
    _select(page, "tashi")
    assert page.toggle_active()
    assert not auth.get_user(accounts, "tashi")["active"]
    _select(page, "tashi")
    assert page.disable_button.text() == page.tr("Enable")
    page.toggle_active()
    for i in range(5):
        with pytest.raises(auth.AuthError):
            auth.authenticate(accounts, "tashi", f"wrong-{i}")
    page.refresh()
    _select(page, "tashi")
    assert page.users_table.item(1, 3).text() == page.tr("locked")
    assert page.unlock_user()
    assert auth.authenticate(accounts, "tashi", CADRE_PW)
    _select(page, "tashi")
    page.role_combo.setCurrentIndex(page.role_combo.findData("bank_officer"))
    page._role_chosen(page.role_combo.currentIndex())
    assert auth.get_user(accounts, "tashi")["role"] == "bank_officer"


def test_a_cadre_sees_no_accounts_and_cannot_change_settings(accounts, qtbot, lang, make_page):
    auth.login(accounts, "tashi", CADRE_PW)
    page = make_page(accounts)
    assert page.users_table.rowCount() == 0 and not page.users_table.isVisible()
    assert not page.add_user_button.isVisible()
    assert page.own_password_button.isVisible()
    assert not page.idle_spin.isEnabled() and not page.security_save.isEnabled()
    assert not page.restore_button.isEnabled()


def test_security_times_are_saved(accounts, qtbot, lang, make_page):
    page = make_page(accounts)
    page.idle_spin.setValue(5)
    page.lockout_spin.setValue(30)
    assert page.save_security()
    assert (auth.idle_minutes(accounts.db), auth.lockout_minutes(accounts.db)) == (5, 30)


def _wait_done(qtbot, page):
    qtbot.waitUntil(lambda: bool(getattr(page, "last_message", None)), timeout=20000)


def test_back_up_to_a_folder_and_status(demo_ws, qtbot, lang, tmp_path, make_page):
    page = make_page(demo_ws)
    assert page.last_backup_label.text().endswith(page.tr("never"))
    page.backup_to_folder(str(tmp_path / "usb"))
    _wait_done(qtbot, page)
    made = list((tmp_path / "usb").glob("register-*.sqlite"))
    assert len(made) == 1 and str(made[0]) in page.last_message
    assert not page.last_backup_label.text().endswith(page.tr("never"))


def test_back_up_now_lists_the_automatic_backup(demo_ws, qtbot, lang, make_page):
    page = make_page(demo_ws)
    page.backup_now()
    _wait_done(qtbot, page)
    assert page.backups_list.count() == 1
    assert list(paths.backup_dir().glob("register-*.sqlite"))


def test_restore_from_the_page(demo_ws, qtbot, lang, tmp_path, make_page):
    made = backup.backup_to(demo_ws, tmp_path / "usb")
    demo_ws.households.delete(demo_ws.households.search_ids("")[0])
    page = make_page(demo_ws)
    page.restore_from_file(str(made), confirm=False)
    _wait_done(qtbot, page)
    assert demo_ws.households.count() == 300
    assert "before-restore" in page.last_message


def test_backup_section_opens_from_the_main_window(window):
    page = window.open_page("settings", section="backup")
    from ui.pages.settings import SECTIONS, SettingsPage

    assert isinstance(page, SettingsPage)
    assert page.tabs.currentIndex() == SECTIONS.index("backup")


def test_language_mode_from_the_settings(demo_ws, qtbot, lang, make_page):
    page = make_page(demo_ws)
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("bo"))
    page.mode_combo.activated.emit(page.mode_combo.currentIndex())
    assert lang.mode == "bo"
    assert page.tibetan_digits_check.isEnabled() and not page.tibetan_first_check.isEnabled()


def test_fonts_box_is_embedded(demo_ws, qtbot, lang, make_page):
    from ui.widgets.font_settings import FontSettingsBox

    page = make_page(demo_ws)
    assert isinstance(page.font_box, FontSettingsBox)


def test_loan_policy_tab_sets_a_new_subsidy_share_from_a_date(ws, make_page):
    from datetime import date

    from PySide6.QtCore import QDate

    box = make_page(ws).policy_box
    assert box.table.rowCount() == len(ws.loan_policy.versions()) >= 7
    row = next(i for i, v in enumerate(box.versions) if v.product_code == "530")
    box.table.selectRow(row)
    assert box.cap.text() == "50000.00"
    box.effective.setDate(QDate(2027, 1, 1))
    box.share.setValue(70)
    assert box.save()
    assert ws.loan_policy.in_force("530", date(2027, 1, 1)).subsidy_share_bp == 7000
    assert ws.loan_policy.in_force("530", date(2026, 12, 31)).subsidy_share_bp == 10_000
    assert ws.loan_policy.in_force("530", date(2027, 1, 1)).household_cap_fen == 5_000_000


def test_the_policy_form_starts_from_the_version_in_force(ws, make_page):
    box = make_page(ws).policy_box
    box.product.setCurrentIndex(box.product.findData("rural_tourism"))
    assert (box.cap.text(), box.share.value(), box.term.value()) == ("100000.00", 100, 36)


def test_a_policy_saved_in_the_tab_is_audited_and_undone(ws, make_page):
    from datetime import date

    from PySide6.QtCore import QDate

    box = make_page(ws).policy_box
    rows = box.table.rowCount()
    box.product.setCurrentIndex(box.product.findData("530"))
    box.effective.setDate(QDate(2027, 1, 1))
    box.share.setValue(70)
    assert box.save() and box.table.rowCount() == rows + 1
    entry = ws.db.one(
        "SELECT user, action, before_json, after_json FROM audit_log WHERE table_name = 'ref_loan_policy'"
    )
    assert (entry["user"], entry["action"]) == ("tester", "create")
    assert '"subsidy_share_bp":10000' in entry["before_json"] and '"subsidy_share_bp":7000' in entry["after_json"]
    assert ws.can_undo()
    ws.undo()
    box.refresh()
    assert box.table.rowCount() == rows
    assert ws.loan_policy.in_force("530", date(2027, 1, 1)).subsidy_share_bp == 10_000


def test_the_loan_policy_versions_show_four_rows_on_a_laptop_in_bilingual_mode(window, lang):
    # the form below them left the versions one row in bilingual mode; the tab scrolls instead
    from PySide6.QtWidgets import QApplication

    from ui import fonts as ui_fonts
    from ui.app import add_bundled_fonts

    add_bundled_fonts()
    ui_fonts.fonts().follow(lang)  # the program's fonts, Tibetan lines as tall as on screen
    window.resize(1280, 728)  # the window on a 1366×768 laptop (ui.screen)
    lang.set_mode("both")
    page = window.open_page("settings")
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    QApplication.processEvents()
    table = page.policy_box.table
    assert table.rowCount() >= 4
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()
