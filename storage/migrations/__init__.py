"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Each module ``mNNNN_name.py`` defines ``VERSION = NNNN`` and ``def upgrade(conn)``.  They run in
order inside one transaction each: a migration that fails leaves the database at the version it
had (DESIGN §3).  A database written by a newer release (user_version above what we know) is
refused, never touched.
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def all_migrations() -> list[ModuleType]:
    mods = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            mods.append(importlib.import_module(f"{__name__}.{info.name}"))
    mods.sort(key=lambda m: m.VERSION)
    versions = [m.VERSION for m in mods]
    if versions != list(range(1, len(mods) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return mods


def latest_version() -> int:
    return len(all_migrations())
