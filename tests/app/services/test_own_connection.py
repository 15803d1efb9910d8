"""Long imports on a connection of their own (issue #20 item 5): while a sync or roster import
holds its write transaction, the window's connection reads — without waiting — what was last
committed, and sees the import once it is committed."""

from __future__ import annotations

import threading
import time

from tests.helpers import GENERAL, POOR


def test_the_window_reads_while_an_import_holds_its_transaction(ws):
    ws.households.create(dict(GENERAL))
    started, finish = threading.Event(), threading.Event()

    def long_import():
        with ws.own_connection() as worker:
            with worker.db.transaction():
                worker.households.create(dict(POOR))
                started.set()
                finish.wait(10)

    t = threading.Thread(target=long_import)
    t.start()
    assert started.wait(10)
    before = time.monotonic()
    assert ws.households.count() == 1  # the committed state, at once
    assert ws.households.search_ids("") and time.monotonic() - before < 1.0
    finish.set()
    t.join(10)
    assert ws.households.count() == 2  # and the import once committed


def test_own_connection_writes_as_the_same_user_and_is_closed_after(ws):
    with ws.own_connection() as worker:
        row = worker.households.create(dict(POOR))
        db = worker.db
    assert ws.households.get(row["id"])["updated_by"] == ws.user
    try:
        db.scalar("SELECT 1")
    except Exception:  # noqa: BLE001 - closed
        closed = True
    else:
        closed = False
    assert closed


def test_an_encrypted_register_gets_its_own_connection_too(demo_ws, quick_hashes):
    """The window's long imports (roster, sync) run on their own connection: on an encrypted
    register it must open with the register's key, not be refused as locked (issue #17)."""
    from app.services import auth

    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    assert demo_ws.db.key is not None
    with demo_ws.own_connection() as worker:
        assert worker.households.count() == 300
