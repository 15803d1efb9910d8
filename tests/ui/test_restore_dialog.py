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
