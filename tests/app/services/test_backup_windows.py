"""Backups where Windows users keep files: folders with spaces, 卓玛, "#" and "%" in their names."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest

from app.services import backup
from app.services.workspace import Workspace, init_office
from tests.conftest import OFFICE

# like C:\Users\Some One\Documents\卓玛 #2 (100%): spaces, Han, and every character SQLite's URI
# syntax gives a meaning ("?" only on Linux: Windows forbids it in names)
ODD_FOLDER = "Some One/卓玛 #2 (100%)" + ("" if os.name == "nt" else " ?x")


@pytest.fixture
def odd_ws(tmp_path):
    folder = tmp_path / ODD_FOLDER
    folder.mkdir(parents=True)
    workspace = Workspace.open(folder / "register.sqlite", user="tester", role="admin", lang="en")
    init_office(workspace.db, **OFFICE, user="tester")
    yield workspace
    workspace.close()


def test_a_register_in_a_folder_with_spaces_hash_and_percent_is_backed_up(odd_ws, tmp_path):
    stick = tmp_path / "E 盘 #1"
    made = backup.backup_to(odd_ws, stick, now=datetime(2026, 11, 21, 12, 30))
    assert made.parent == stick and made.name == f"register-{backup.register_key(odd_ws)}-2026-11-21T1230.sqlite"
    assert backup.inspect(made)["office"] == OFFICE["code"]


def test_a_backup_in_such_a_folder_is_restored(odd_ws, tmp_path):
    made = backup.backup_to(odd_ws, tmp_path / ODD_FOLDER / "backups")
    aside = backup.restore(odd_ws, made)
    assert aside.parent == tmp_path / ODD_FOLDER and aside.exists()


def test_backup_names_hold_no_character_windows_forbids(odd_ws, tmp_path):
    made = backup.backup_to(odd_ws, tmp_path / "usb", now=datetime(2026, 11, 21, 12, 30))
    aside = backup.restore(odd_ws, made, now=datetime(2026, 11, 21, 12, 31, 5))
    for name in (made.name, aside.name):
        assert not set(name) & set('<>:"/\\|?*'), name


def test_the_read_only_uri_never_creates_the_file(tmp_path):
    missing = tmp_path / "a #b" / "none.sqlite"
    (tmp_path / "a #b").mkdir()
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(backup._readonly_uri(missing), uri=True).execute("SELECT 1")
    assert not missing.exists() and not (tmp_path / "a ").exists()


def test_windows_paths_become_sqlite_file_uris(monkeypatch):
    from pathlib import PureWindowsPath

    # the paths os.path.abspath returns on Windows, parsed as Windows parses them
    monkeypatch.setattr(backup.os.path, "abspath", lambda p: p)
    monkeypatch.setattr(backup, "Path", PureWindowsPath)
    assert (
        backup._readonly_uri(r"C:\Users\Some One\卓玛\register.sqlite")
        == "file:///C:/Users/Some%20One/%E5%8D%93%E7%8E%9B/register.sqlite?mode=ro"
    )
    assert (
        backup._readonly_uri(r"\\server\share\register #2.sqlite")
        == "file:////server/share/register%20%232.sqlite?mode=ro"
    )
