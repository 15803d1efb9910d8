"""Where the register and its companions live (user data folder by default, via platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DualBaseLedger"


def data_dir() -> Path:
    """The user's data folder; DUALBASE_DATA_DIR overrides it (tests give each test its own)."""
    override = os.environ.get("DUALBASE_DATA_DIR")
    # appauthor=False: on Windows platformdirs would otherwise nest the name twice
    # (%LOCALAPPDATA%\DualBaseLedger\DualBaseLedger); not roaming, so a large register is not
    # copied to and from the server at every sign-in on a domain laptop.
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path


def default_db_path() -> Path:
    return data_dir() / "register.sqlite"


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"
