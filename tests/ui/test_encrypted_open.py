"""Opening an encrypted register in the window (issue #17.1): the sign-in opens it (the password
unwraps its key) and is not asked twice; a wrong password is a sentence; the recovery key opens it
when every password is lost and gives the office head a new password; the first account shows the
recovery key once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from app.services import auth, encryption
from storage import keyslots
from tests.ui.gui_fixtures import *

pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def encrypted(demo_ws):
    made = auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    path = Path(demo_ws.db.path)
    demo_ws.close()
    assert encryption.needs_key(path)
    return path, made["recovery_key"]


def _dialog(path, qtbot):
    from ui.dialogs.login import LoginDialog

    d = LoginDialog(None, path=path)
    qtbot.addWidget(d)
    return d


def test_the_sign_in_opens_the_encrypted_register_once(encrypted, qtbot, lang, monkeypatch):
    from ui import app as ui_app
    from ui.dialogs import login

    path, _ = encrypted
    d = _dialog(path, qtbot)
    d.name_edit.setText("tashi")
    d.password_edit.setText("wrong-password")
    assert not d.try_sign_in() and d.ws is None
    assert d.message.text() == "账户名或密码错误。" or "密码" in d.message.text()
    d.password_edit.setText("village-cadre-pw")
    assert d.try_sign_in()
    ws = d.ws
    try:
        assert ws.households.count() == 300 and ws.role == "cadre"
        ws.signed_in_at_open = True
        monkeypatch.setattr(login.LoginDialog, "exec", lambda self: pytest.fail("asked twice"))
        signed = ui_app.before_main_window(ws)
        assert (signed.user, signed.role) == ("tashi", "cadre")
    finally:
        ws.close()


def test_the_recovery_key_opens_it_and_resets_the_heads_password(encrypted, qtbot, lang, monkeypatch):
    path, recovery = encrypted
    answers = iter([(recovery, True), ("head", True), ("a-new-head-password", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    d = _dialog(path, qtbot)
    assert d.use_recovery_key()
    try:
        assert d.account.username == "head" and d.ws.households.count() == 300
    finally:
        d.ws.close()
    assert encryption.unlock(path, "a-new-head-password") is not None
    assert encryption.unlock(path, "office-head-pw") is None
    assert len(keyslots.read(path).slots) == 3


def test_a_wrong_recovery_key_is_a_sentence(encrypted, qtbot, lang, monkeypatch):
    path, _ = encrypted
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (keyslots.new_recovery_key(), True))
    d = _dialog(path, qtbot)
    assert not d.use_recovery_key() and d.ws is None
    assert "恢复密钥" in d.message.text()


def test_the_first_account_shows_the_recovery_key(demo_ws, qtbot, lang):
    from ui.dialogs import login, recovery_key

    d = login.FirstAccountDialog(demo_ws)
    qtbot.addWidget(d)
    d.name_edit.setText("head")
    d.password_edit.setText("office-head-pw")
    d.repeat_edit.setText("office-head-pw")
    assert d.create()
    boxes = [b for b in recovery_key._shown if b.objectName() == "recoveryKeyBox"]
    assert boxes and boxes[-1].isVisible()
    key = boxes[-1].recovery_key
    assert key.replace("-", "") in boxes[-1].text().replace("-", "").replace("<br>", "")
    assert encryption.unlock_with_recovery(demo_ws.db.path, key) == demo_ws.db.key
    boxes[-1].grab().save("/tmp/dualbase_recovery_box.png")
    boxes[-1].close()
