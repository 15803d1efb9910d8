"""Shared fixtures: every test gets its own data folder (register, settings, logs, backups), so no
test reads or writes the real user's files or another test's (novelWriter's pattern)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_TODAY = date(2026, 11, 15)
OFFICE = dict(
    code="630224100201", level="village", name_zh="拉脊村双基联动工作室", name_bo="ལ་རྗེས་གྲོང་ཚོའི་རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།"
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DUALBASE_DATA_DIR", str(folder))
    monkeypatch.setenv("DUALBASE_LANG", "en")
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def ws(db_path):
    """An initialised, empty village register (user 'tester', admin)."""
    from app.services.workspace import Workspace, init_office

    workspace = Workspace.open(db_path, user="tester", role="admin", lang="en")
    init_office(workspace.db, **OFFICE, user="tester")
    yield workspace
    workspace.close()


_DEMO_CACHE: dict[str, bytes] = {}


@pytest.fixture
def demo_ws(db_path):
    """A village register with 300 demo households (seed 1, today 2026-11-15)."""
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office

    if "demo" not in _DEMO_CACHE:  # build once per session, copy the file for each test
        src = db_path.parent / "demo-src.sqlite"
        w = Workspace.open(src, user="tester")
        init_office(w.db, **OFFICE, user="tester")
        fill(w.db, office_code=OFFICE["code"], households=300, seed=1, today=DEMO_TODAY, user="tester")
        w.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        w.close()
        _DEMO_CACHE["demo"] = src.read_bytes()
    db_path.write_bytes(_DEMO_CACHE["demo"])
    workspace = Workspace.open(db_path, user="tester", role="admin", lang="en")
    yield workspace
    workspace.close()


@pytest.fixture
def quick_hashes(monkeypatch):
    """argon2id with small cost parameters: the same code path as the program's, a fraction of the
    time (test_auth checks what the program itself uses)."""
    from argon2 import PasswordHasher

    from app.services import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    from storage import keyslots  # the key slots of an encrypted register: argon2id too

    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 1024, "p": 1})


def pytest_configure(config):
    # run by default (tasks.py test runs everything); `-m "not slow"` leaves them out while working
    config.addinivalue_line("markers", "slow: a long soak test (about a minute and a half of CPU)")
