"""The command line's tests: a register made by ``init`` as a user types it."""

from __future__ import annotations

import pytest

from tests.helpers import INIT


@pytest.fixture
def reg(db_path):
    """A register made by the command line's ``init`` (the office of tests/conftest.py, both names)."""
    from app.__main__ import main

    assert main(["--db", str(db_path), *INIT]) == 0
    return db_path
