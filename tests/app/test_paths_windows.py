"""Where the data lives on Windows: %LOCALAPPDATA%\\DualBaseLedger (platformdirs' Windows rules)."""

from __future__ import annotations

import platformdirs
import platformdirs.windows
import pytest

from app import paths


@pytest.fixture
def windows_dirs(monkeypatch, tmp_path):
    local = tmp_path / "Users" / "卓玛" / "AppData" / "Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    folders = {"CSIDL_LOCAL_APPDATA": str(local), "CSIDL_APPDATA": str(tmp_path / "Roaming")}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)  # Windows' shell API
    monkeypatch.delenv("DUALBASE_DATA_DIR", raising=False)
    return local


def test_windows_data_folder_is_local_appdata_without_an_author_folder(windows_dirs):
    # the README's %LOCALAPPDATA%\DualBaseLedger\: not ...\DualBaseLedger\DualBaseLedger, and not
    # the roaming profile (a register copied around at every sign-in)
    assert paths.data_dir() == windows_dirs / "DualBaseLedger"
    assert paths.default_db_path() == windows_dirs / "DualBaseLedger" / "register.sqlite"
    assert paths.backup_dir() == windows_dirs / "DualBaseLedger" / "backups"


def test_the_environment_variable_still_moves_it_on_windows(windows_dirs, monkeypatch, tmp_path):
    monkeypatch.setenv("DUALBASE_DATA_DIR", str(tmp_path / "E盘 data"))
    assert paths.data_dir() == tmp_path / "E盘 data"
