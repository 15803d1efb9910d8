"""Signing in, the first-start account, the idle lock (ui/dialogs/login.py, ui/idle.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.services import auth
from tests.ui.gui_fixtures import *

ADMIN_PW = "office-head-pw"
CADRE_PW = "village-cadre-pw"


pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def accounts(demo_ws):
    auth.add_user(demo_ws, "head", "admin", ADMIN_PW)
    auth.login(demo_ws, "head", ADMIN_PW)
    auth.add_user(demo_ws, "tashi", "cadre", CADRE_PW)
    demo_ws.user, demo_ws.role, demo_ws.account = "", "admin", None
    return demo_ws


def _dialog(ws, qtbot, **kw):
    from ui.dialogs.login import LoginDialog

    d = LoginDialog(ws, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def test_right_password_signs_in_with_the_accounts_role(accounts, qtbot, lang):
    d = _dialog(accounts, qtbot)
    d.name_edit.setText("tashi")
    d.password_edit.setText(CADRE_PW)
    with qtbot.waitSignal(d.signed_in):
        d.buttons.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted
    assert (accounts.user, accounts.role) == ("tashi", "cadre")
    assert not accounts.can_see_full_id_numbers()


def test_wrong_password_is_told_in_the_language_and_the_field_cleared(accounts, qtbot, lang):
    d = _dialog(accounts, qtbot)
    d.name_edit.setText("tashi")
    d.password_edit.setText("not-the-password")
    assert d.try_sign_in() is False
    expected = auth.AuthError(
        auth.N_("The account name or the password is wrong. {left} tries left before the account is locked."), left=4
    )
    assert d.message.text() == lang.error_text(expected)
    assert d.password_edit.text() == "" and d.isVisible()
    assert accounts.user == ""


def test_fifth_wrong_password_locks_and_says_for_how_long(accounts, qtbot, lang):
    d = _dialog(accounts, qtbot)
    d.name_edit.setText("tashi")
    for i in range(5):
        d.password_edit.setText(f"wrong-{i}")
        d.try_sign_in()
    d.password_edit.setText(CADRE_PW)
    assert d.try_sign_in() is False
    lang.set_mode("zh")
    assert auth.get_user(accounts, "tashi")["locked_until"]
    assert "15" in d.message.text()  # minutes left, in the sentence


def test_unlock_dialog_keeps_the_user_and_does_not_switch(accounts, qtbot, lang):
    auth.login(accounts, "tashi", CADRE_PW)
    d = _dialog(accounts, qtbot, unlock=True)
    assert d.name_edit.text() == "tashi" and d.name_edit.isReadOnly()
    d.password_edit.setText(ADMIN_PW)  # the admin's password does not unlock tashi's window
    assert d.try_sign_in() is False
    d.password_edit.setText(CADRE_PW)
    assert d.try_sign_in() is True and accounts.role == "cadre"


def test_first_start_creates_the_office_heads_account(demo_ws, qtbot, lang):
    from ui.dialogs.login import FirstAccountDialog

    d = FirstAccountDialog(demo_ws)
    qtbot.addWidget(d)
    d.name_edit.setText("head")
    d.password_edit.setText("short")
    d.repeat_edit.setText("short")
    assert d.create() is False and d.message.text()
    assert not auth.has_accounts(demo_ws.db)
    d.password_edit.setText(ADMIN_PW)
    d.repeat_edit.setText(ADMIN_PW + "x")
    assert d.create() is False
    d.password_edit.setText(ADMIN_PW)
    d.repeat_edit.setText(ADMIN_PW)
    assert d.create() is True
    assert auth.list_users(demo_ws)[0]["role"] == "admin" and demo_ws.user == "head"


def test_login_hook_asks_for_an_account_once_accounts_exist(accounts, qtbot, lang, monkeypatch):
    from ui import app as ui_app
    from ui.dialogs import login

    def fake_exec(self):
        self.name_edit.setText("tashi")
        self.password_edit.setText(CADRE_PW)
        return QDialog.DialogCode.Accepted if self.try_sign_in() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(login.LoginDialog, "exec", fake_exec)
    signed = ui_app.before_main_window(accounts)
    assert (signed.user, signed.role) == ("tashi", "cadre")
    monkeypatch.setattr(login.LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ui_app.before_main_window(accounts) is None  # Cancel quits


def test_login_hook_without_accounts_offers_the_first_account_once(demo_ws, qtbot, lang, monkeypatch):
    from ui import app as ui_app
    from ui.dialogs import login

    shown = []
    monkeypatch.setattr(
        login.FirstAccountDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected
    )
    first = ui_app.before_main_window(demo_ws)
    assert first.role == "admin" and len(shown) == 1
    ui_app.before_main_window(demo_ws)
    assert len(shown) == 1  # "Later" is remembered


# -- the idle lock --------------------------------------------------------------------------------
def test_idle_window_locks_hides_the_register_and_unlocks_with_the_password(accounts, qtbot, lang):
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.idle import IdleLock

    auth.login(accounts, "tashi", CADRE_PW)
    w = QMainWindow()  # (a bare window: the register pages' own background work is not tested here)
    w.setCentralWidget(QLabel("632122********1234"))
    qtbot.addWidget(w)
    w.show()
    lock = IdleLock(w, accounts, interval_ms=150)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked and not w.centralWidget().isVisible()
    dialog = lock.dialog
    dialog.password_edit.setText("wrong-password")
    dialog.try_sign_in()
    assert lock.is_locked
    dialog.password_edit.setText(CADRE_PW)
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        dialog.try_sign_in()
    assert not lock.is_locked and w.centralWidget().isVisible()
    lock.stop()


def test_cancel_in_the_lock_dialog_closes_the_window(accounts, qtbot, lang):
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.idle import IdleLock

    auth.login(accounts, "tashi", CADRE_PW)
    w = QMainWindow()
    w.setCentralWidget(QLabel("register"))
    qtbot.addWidget(w)
    w.show()
    lock = IdleLock(w, accounts, interval_ms=60_000)
    lock.lock_now()
    lock.dialog.reject()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=3000)
    lock.stop()


def test_input_keeps_the_window_unlocked(accounts, qtbot, lang):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from ui.idle import IdleLock

    auth.login(accounts, "tashi", CADRE_PW)
    host = QLineEdit()
    qtbot.addWidget(host)
    host.show()
    lock = IdleLock(host, accounts, interval_ms=400)
    for _ in range(6):
        qtbot.wait(120)
        qtbot.keyClick(host, Qt.Key.Key_A)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    lock.dialog.reject()
    lock.stop()


def test_no_idle_lock_without_accounts(demo_ws, qtbot, lang):
    from PySide6.QtWidgets import QWidget

    from ui.idle import IdleLock

    host = QWidget()
    qtbot.addWidget(host)
    lock = IdleLock(host, demo_ws, interval_ms=50)
    qtbot.wait(200)
    assert not lock.is_locked
    lock.stop()


def test_idle_time_comes_from_the_setting(accounts, qtbot, lang):
    from PySide6.QtWidgets import QWidget

    from ui.idle import IdleLock

    auth.login(accounts, "head", ADMIN_PW)
    auth.set_security_settings(accounts, idle=3)
    host = QWidget()
    qtbot.addWidget(host)
    lock = IdleLock(host, accounts)
    assert lock.interval_ms == 3 * 60_000 and lock.timer.isActive()
    auth.set_security_settings(accounts, idle=0)
    assert IdleLock(host, accounts).timer.isActive() is False
    lock.stop()


def test_no_input_is_watched_without_accounts(demo_ws, qtbot, lang):
    from PySide6.QtWidgets import QWidget

    from ui.idle import IdleLock

    host = QWidget()
    qtbot.addWidget(host)
    lock = IdleLock(host, demo_ws, interval_ms=60_000)
    qtbot.wait(50)
    assert lock.watching is False  # no Python call for every event of a program without passwords
    lock.stop()


def test_first_account_made_in_the_session_turns_the_idle_lock_on(demo_ws, qtbot, lang):
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.idle import IdleLock

    w = QMainWindow()
    w.setCentralWidget(QLabel("register"))
    qtbot.addWidget(w)
    w.show()
    lock = IdleLock(w, demo_ws, interval_ms=150)
    qtbot.wait(50)
    assert not lock.watching
    auth.add_user(demo_ws, "head", "admin", ADMIN_PW)
    qtbot.waitUntil(lambda: lock.watching, timeout=3000)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked
    lock.dialog.reject()
    lock.stop()
