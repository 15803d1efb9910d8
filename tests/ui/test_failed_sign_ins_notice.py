"""The office head signing in to an encrypted register is told of the failed sign-ins since their
last one (issue #17), counted from the audit log, the ones typed while it was closed included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services import auth
from tests.ui.gui_fixtures import *

pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def encrypted(demo_ws):
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    path = Path(demo_ws.db.path)
    demo_ws.close()
    return path


def _boxes():
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "failedSignInsBox" and w.isVisible()]


def test_the_office_head_is_told_of_wrong_passwords(encrypted, qtbot, lang):
    from ui.dialogs.login import LoginDialog

    d = LoginDialog(None, path=encrypted)
    qtbot.addWidget(d)
    for guess in ("guess-one", "guess-two"):
        d.name_edit.setText("tashi")
        d.password_edit.setText(guess)
        assert not d.try_sign_in()
    d.name_edit.setText("head")
    d.password_edit.setText("office-head-pw")
    assert d.try_sign_in()
    try:
        [box] = _boxes()
        assert box.failed == 2 and "2" in box.text()
        box.close()
    finally:
        d.ws.close()


def test_a_cadre_is_not_shown_the_count(encrypted, qtbot, lang):
    from ui.dialogs.login import LoginDialog

    d = LoginDialog(None, path=encrypted)
    qtbot.addWidget(d)
    d.name_edit.setText("head")
    d.password_edit.setText("wrong-wrong")
    assert not d.try_sign_in()
    d.name_edit.setText("tashi")
    d.password_edit.setText("village-cadre-pw")
    assert d.try_sign_in()
    try:
        assert _boxes() == []
    finally:
        d.ws.close()
