"""Issue #17.7: a backup or a sync export killed half-way (power cut, task manager) leaves
nothing behind: no plaintext partial package in the system's temp folder, no readable half
package on the stick, and the next run removes what it left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import sync
from app.services.sync_package import MAGIC, STALE_PART_SECONDS
from app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

_KILLED_EXPORT = """
import os, signal, sys
from app.services import sync, sync_package
from app.services.workspace import Workspace

real_add = sync_package.PackageWriter.add_member
def add_then_die(self, name, table, rows):
    n = real_add(self, name, table, rows)
    if name == "household.jsonl":   # the households are on the stick: the power goes
        self._file.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return n
sync_package.PackageWriter.add_member = add_then_die
ws = Workspace.open(sys.argv[1])
sync.export_package(ws, sys.argv[2], passphrase=sys.argv[3] or None)
"""


def _killed_export(db: Path, usb: Path, tmp: Path, passphrase: str) -> None:
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    r = subprocess.run(
        [sys.executable, "-c", _KILLED_EXPORT, str(db), str(usb), passphrase],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == -signal.SIGKILL, r.stderr


@pytest.mark.parametrize("passphrase", ["yak and barley", ""])
def test_a_killed_export_leaves_no_plaintext_and_the_next_export_clears_it(demo_ws, tmp_path, passphrase):
    usb, tmp = tmp_path / "usb", tmp_path / "systemp"
    usb.mkdir()
    tmp.mkdir()
    if not passphrase:  # encrypted to the office above, the default
        from app.services import keys
        from app.services.workspace import init_office

        township = Workspace.open(tmp_path / "township.sqlite", user="tester")
        init_office(township.db, code="630224100", level="township", name_zh="拉脊乡")
        keys.set_upper(demo_ws.db, keys.export_key(township.db, tmp_path / "t.dbkey")["path"])
        township.close()
    id_number = demo_ws.db.scalar("SELECT id_number FROM household WHERE deleted_at IS NULL LIMIT 1")
    path = Path(demo_ws.db.path)
    demo_ws.close()
    _killed_export(path, usb, tmp, passphrase)
    assert list(tmp.iterdir()) == []  # nothing in the system's temp folder
    left = list(usb.iterdir())
    assert len(left) == 1 and left[0].name.startswith(".") and left[0].name.endswith(".part")
    data = left[0].read_bytes()
    assert len(data) > 10_000  # the households were written …
    assert data.startswith(MAGIC if passphrase else b"DBSEALED")  # … and only encrypted
    assert id_number.encode() not in data and b"household.jsonl" not in data
    # the next export of the office: a fresh half file may be another export under way, a stale one not
    ws = Workspace.open(path)
    try:
        result = sync.export_package(ws, usb, passphrase=passphrase or None)
        assert left[0].exists()
        old = time.time() - STALE_PART_SECONDS - 60
        os.utime(left[0], (old, old))
        again = sync.export_package(ws, usb, passphrase=passphrase or None, full=True)
    finally:
        ws.close()
    assert sorted(p.name for p in usb.iterdir()) == sorted([Path(result.path).name, Path(again.path).name])


def test_an_encrypted_package_is_read_without_a_decrypted_copy_on_disk(demo_ws, tmp_path, monkeypatch):
    """The import reads an encrypted package where it lies, decrypting only what it reads: no
    decrypted zip in the system's temp folder for a killed import to leave behind."""
    import random
    import tempfile

    from app.services import sync_package

    usb, tmp = tmp_path / "usb", tmp_path / "systemp"
    usb.mkdir()
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    made = Path(sync.export_package(demo_ws, usb, passphrase="yak and barley").path)
    pkg = sync_package.open_package(made, "yak and barley")
    try:
        households = sum(len(rows) for rows in pkg.rows("household.jsonl"))
        assert list(tmp.iterdir()) == [] and list(usb.iterdir()) == [made]
    finally:
        pkg.close()
    assert households >= 300
    # reading any part alone gives the bytes a whole decryption gives
    whole = tmp_path / "whole.zip"
    sync_package.decrypt_file(made, whole, "yak and barley")
    expected = whole.read_bytes()
    view = sync_package._unlock(made, "yak and barley").open()
    rng = random.Random(7)
    try:
        for _ in range(200):
            at = rng.randrange(len(expected))
            n = rng.choice([1, 15, 16, 17, 4096, 70_000])
            view.seek(at)
            assert view.read(n) == expected[at : at + n]
        view.seek(0)
        assert view.read() == expected
    finally:
        view.close()
