"""The program's start as the user sees it (ui/app.py run_gui): the window on the register, then
today's automatic backup in the background, without holding the window up."""
from __future__ import annotations

import argparse

from tests.ui.gui_fixtures import *  # noqa: F401,F403


def test_start_shows_the_window_then_makes_todays_backup(demo_ws, lang, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import ui.app
    from app.services import backup
    from ui.main_window import MainWindow

    path = demo_ws.db.path
    demo_ws.close()                      # run_gui opens the register itself, exclusively
    monkeypatch.setattr(ui.app, "DAILY_BACKUP_DELAY_MS", 200)
    monkeypatch.setattr(ui.app, "before_main_window", lambda ws: ui.app.SignedIn("tester", "admin"))
    seen = {}

    def event_loop(app):
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["backups_when_shown"] = len(backup.list_backups())
        qtbot.waitUntil(lambda: len(backup.list_backups()) == 1, timeout=20_000)
        seen["title"] = window.windowTitle()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    args = argparse.Namespace(db=path, lang="zh", user="")
    assert ui.app.run_gui(args) == 0
    assert seen["backups_when_shown"] == 0          # the window did not wait for the copy
    made = backup.list_backups()
    assert len(made) == 1 and backup.inspect(made[0].path)["office"]   # a sound copy of the register
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            close_and_delete(w)
