"""The first start on a new laptop offers "Restore from a backup…" (issue #17): a real encrypted
backup made by the program is chosen, opened with a password (or the recovery key), copied and
checked on the worker, and put in place of the empty register; a wrong password is a sentence and
changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.services import auth, backup
from app.services.workspace import Workspace
from storage import keyslots
from tests.ui.gui_fixtures import *

pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def stick(demo_ws, tmp_path):
    """A backup of an encrypted 300-household register on a stick, made by the program."""
    made = auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    file = backup.backup_to(demo_ws, tmp_path / "stick")
    office = demo_ws.office["code"]
    demo_ws.close()
    return file, made["recovery_key"], office


@pytest.fixture
def fresh(tmp_path):
    """The empty register a first start opens (ui.app.open_register)."""
    ws = Workspace.open(tmp_path / "new-laptop" / "register.sqlite", exclusive=True, lang="zh")
    yield ws
    ws.close()


def _restore(qtbot, ws, file, *, password="", recovery=""):
    from ui.dialogs.restore import RestoreDialog

    d = RestoreDialog(ws)
    qtbot.addWidget(d)
    d.file_edit.setText(str(file))
    d.password_edit.setText(password)
    d.recovery_edit.setText(recovery)
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: d.buttons.isEnabled() or d.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    return d


def test_the_backup_is_restored_with_a_password(stick, fresh, qtbot, lang):
    file, _, office = stick
    d = _restore(qtbot, fresh, file, password="office-head-pw")
    assert d.result() == QDialog.DialogCode.Accepted, d.message.text()
    assert fresh.office["code"] == office and fresh.households.count() == 300
    assert fresh.db.key is not None and keyslots.exists(fresh.db.path)  # encrypted as it was
    assert auth.login(fresh, "head", "office-head-pw").role == "admin"


def test_the_recovery_key_restores_it_too(stick, fresh, qtbot, lang):
    file, recovery, office = stick
    d = _restore(qtbot, fresh, file, recovery=recovery)
    assert d.result() == QDialog.DialogCode.Accepted, d.message.text()
    assert fresh.office["code"] == office


def test_a_wrong_password_is_a_sentence_and_changes_nothing(stick, fresh, qtbot, lang):
    file, _, _ = stick
    d = _restore(qtbot, fresh, file, password="not-the-password")
    assert d.result() != QDialog.DialogCode.Accepted
    text = d.message.text()
    assert text and "Traceback" not in text and "Error" not in text
    assert d.password_edit.text() == ""  # cleared after each try
    assert backup.is_new(fresh) and fresh.db.key is None


def test_no_file_chosen_is_said(fresh, qtbot, lang):
    from ui.dialogs.restore import RestoreDialog

    d = RestoreDialog(fresh)
    qtbot.addWidget(d)
    d.start()
    assert d.message.text() and d.buttons.isEnabled()


def test_the_office_dialog_offers_the_restore_and_reports_it(stick, fresh, qtbot, lang, monkeypatch):
    """The first-start office form: its "Restore from a backup…" button opens the restore, and a
    restored backup ends the form with RESTORED (ui.app then opens the register with a sign-in)."""
    from ui.dialogs import restore
    from ui.dialogs.office import RESTORED, OfficeDialog

    file, _, office = stick

    def run_it(self):
        self.file_edit.setText(str(file))
        self.password_edit.setText("office-head-pw")
        self.start()
        qtbot.waitUntil(lambda: self.info is not None or self.buttons.isEnabled(), timeout=60_000)
        return QDialog.DialogCode.Accepted if self.info is not None else QDialog.DialogCode.Rejected

    monkeypatch.setattr(restore.RestoreDialog, "exec", run_it)
    form = OfficeDialog(fresh)
    qtbot.addWidget(form)
    assert form.restore_button.isVisible() or form.restore_button.text()
    assert form.restore_from_backup()
    assert form.result() == QDialog.DialogCode.Accepted and form.result_value == RESTORED
    assert fresh.office["code"] == office
    assert Path(fresh.db.path).exists()


def test_a_new_laptops_first_start_restores_then_signs_in_to_the_backup(stick, tmp_path, qtbot, lang, monkeypatch):
    """ui.app.run_gui on a fresh install: the office form's "Restore from a backup…", the backup
    put in place, the sign-in on the restored (encrypted) register, then the window on it."""
    import argparse

    from PySide6.QtWidgets import QApplication

    import ui.app
    from ui.dialogs import login, office, restore
    from ui.main_window import MainWindow

    file, _, code = stick

    seen: dict = {}

    def restore_exec(self):
        self.file_edit.setText(str(file))
        self.password_edit.setText("office-head-pw")
        self.start()
        qtbot.waitUntil(lambda: self.info is not None or self.buttons.isEnabled(), timeout=60_000)
        return QDialog.DialogCode.Accepted if self.info is not None else QDialog.DialogCode.Rejected

    def office_exec(self):
        self.restore_from_backup()
        return self.result()

    def login_exec(self):
        # opened on the restored file, as any encrypted register is: the recovery key is offered
        seen["recovery_offered"] = self.recovery_button is not None
        self.name_edit.setText("head")
        self.password_edit.setText("office-head-pw")
        return QDialog.DialogCode.Accepted if self.try_sign_in() else QDialog.DialogCode.Rejected

    def event_loop(app):
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["office"] = window.ws.office["code"]
        seen["households"] = window.ws.households.count()
        seen["user"] = window.ws.user
        window.close()
        return 0

    monkeypatch.setattr(restore.RestoreDialog, "exec", restore_exec)
    monkeypatch.setattr(office.OfficeDialog, "exec", office_exec)
    monkeypatch.setattr(login.LoginDialog, "exec", login_exec)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    monkeypatch.setattr(ui.app, "DAILY_BACKUP_DELAY_MS", 60_000)
    new = tmp_path / "fresh-install" / "register.sqlite"
    assert ui.app.run_gui(argparse.Namespace(db=new, lang="zh", user="")) == 0
    assert seen == {"office": code, "households": 300, "user": "head", "recovery_offered": True}
    assert keyslots.exists(new)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            close_and_delete(w)
