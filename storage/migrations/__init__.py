"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Each module ``mNNNN_name.py`` defines ``VERSION = NNNN`` and ``def upgrade(conn)``.  They run in
order inside one transaction each: a migration that fails leaves the database at the version it
had (DESIGN §3).  A database written by a newer release (user_version above what we know) is
refused, never touched.

Every opening of a register asks for the latest version; it is read from the file names, so that
a register already up to date (every start of the window) imports no migration module.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def _names() -> list[str]:
    """The migration modules' names in version order; their numbers must run 1..n without gaps."""
    # pkgutil, not os.listdir: in the bundled program (PyInstaller) the modules live in an
    # archive and this package has no folder on disk; iter_modules lists them in both cases
    # without importing any.
    names = sorted(
        info.name for info in pkgutil.iter_modules(__path__) if info.name.startswith("m") and info.name[1:5].isdigit()
    )
    numbers = [int(n[1:5]) for n in names]
    if numbers != list(range(1, len(names) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {numbers}")
    return names


def all_migrations() -> list[ModuleType]:
    mods = [importlib.import_module(f"{__name__}.{name}") for name in _names()]
    versions = [m.VERSION for m in mods]
    if versions != list(range(1, len(mods) + 1)):
        raise RuntimeError(f"each migration's VERSION must be its file's number, found {versions}")
    return mods


def latest_version() -> int:
    return len(_names())
