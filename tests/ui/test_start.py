"""The program's start as the user sees it (ui/app.py run_gui): the window on the register, then
today's automatic backup in the background, without holding the window up."""

from __future__ import annotations

import argparse

from tests.ui.gui_fixtures import *


def test_start_shows_the_window_then_makes_todays_backup(demo_ws, lang, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import ui.app
    from app.services import backup
    from ui.main_window import MainWindow

    path = demo_ws.db.path
    demo_ws.close()  # run_gui opens the register itself, exclusively
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
    assert seen["backups_when_shown"] == 0  # the window did not wait for the copy
    made = backup.list_backups()
    assert len(made) == 1 and backup.inspect(made[0].path)["office"]  # a sound copy of the register
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            close_and_delete(w)


# What the first window may not need (issue #10, DESIGN §7 start-up ≤ 1.5× a bare PySide6 window):
# PySide's Qt namespace (its 94 enum types cost 30-45 ms: the bare window never touches it) and the
# modules of work that only starts after the window is up.
_FIRST_WINDOW = r"""
import sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

import ui.app
from ui.main_window import MainWindow

def first_paint(app):
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    window.show_initial_page()          # the remembered page, as the first event-loop turn does
    window.grab()                       # laid out and painted, every widget of it
    print("page", window.current_name())
    print("qt-namespace", "Qt" in QtCore.__dict__)
    print("modules", " ".join(m for m in ("app.services.indicators", "app.services.backup")
                                if m in sys.modules))
    window.close()
    return 0

QApplication.exec = first_paint
ui.app.before_main_window = lambda ws: ui.app.SignedIn("tester", "admin")
from app.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_first_window_is_built_and_painted_without_the_qt_namespace_or_later_work(demo_ws, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    path = demo_ws.db.path
    demo_ws.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_WINDOW, str(path)], capture_output=True, text=True, cwd=root, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in out.stdout.splitlines())
    assert lines["page"] == "home"
    assert lines["qt-namespace"] == "False"
    assert lines["modules"] == ""  # the Home figures' service and the backup come after the window


def test_home_shows_counting_in_its_first_paint_then_its_figures(window, qtbot):
    home = window.page("home")
    assert window.current_name() == "home"
    assert home.ind is None and home.status.text() == mode_text("HomePage", "Counting…", "zh")
    qtbot.waitUntil(lambda: home.ind is not None and home.ind.complete, timeout=20_000)
    assert home.tiles["demands_registered"].value.text() not in ("…", "")
    assert home.trend_chart.months  # the chart has its figures to paint
