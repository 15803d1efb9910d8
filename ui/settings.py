"""The program's remembered choices (window geometry, language mode, fonts …).

One INI file in the data folder rather than the Windows registry: it travels with a backup, and
tests (which give every test its own DUALBASE_DATA_DIR) never share or pollute real settings.
Every widget gets its QSettings from here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths


def settings() -> QSettings:
    path = paths.data_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
