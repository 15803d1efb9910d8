"""A full disk during a save, an export and a backup: a sentence, nothing stored lost, nothing
corrupt left.  Real: a small tmpfs (needs root to mount; skipped with the reason otherwise).
Portable: SQLite's max_page_count, and a write that raises ENOSPC."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.services import backup
from app.services.check import check_register
from app.services.workspace import Workspace, init_office
from storage.db import StorageError

from tests.conftest import OFFICE


def _household(n: int) -> dict:
    from app.domain.idnumber import parse_id_number

    body = f"63022419{80 + n % 20:02d}0101{n % 900 + 100:03d}"
    for last in "0123456789X":
        try:
            parse_id_number(body + last)
            break
        except Exception:  # noqa: BLE001 - a body this check digit does not fit: try the next
            continue
    return {"name_zh": f"测试户{n}", "id_number": body + last, "household_size": 3, "status": "general"}


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a small tmpfs; yields (folder, remount size function)."""
    folder = tmp_path / "small"
    folder.mkdir()

    def mount(size: str) -> Path:
        r = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
        )
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {r.stderr.strip() or r.returncode}")
        return folder

    yield mount
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill_up(folder: Path) -> Path:
    """Write a filler file until the file system is full."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def _leave_free(folder: Path, nbytes: int) -> None:
    filler = _fill_up(folder)
    os.truncate(filler, max(0, filler.stat().st_size - nbytes))


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- save ------------------------------------------------------------------------------------------
def _assert_save_refused_then_recovers(ws, free_space) -> None:
    ids_before = ws.households.search_ids("")
    with pytest.raises(StorageError) as exc:
        for n in range(100, 400):  # one save after another until the disk is full
            ws.households.create(_household(n))
            ids_before = ws.households.search_ids("")
    assert "disk is full" in exc.value.text("en") and "still there" in exc.value.text("en")
    assert ws.households.search_ids("") == ids_before  # the refused save left nothing behind
    assert ws.db.scalar("PRAGMA integrity_check") == "ok"
    free_space()
    row = ws.households.create(_household(999))
    assert ws.households.get(row["id"])["name_zh"] == "测试户999"
    assert check_register(ws) == []


def test_save_on_a_full_tmpfs(tmpfs):
    # room for the new register and its write-ahead log before the filler takes the rest: at 4m the
    # checkpoint below itself ran out of space once the schema had 25 migrations (the WAL of a new
    # register is ~1 MB, 20 households ~2.5 MB more); the filler fills the disk whatever its size
    folder = tmpfs("6m")
    ws = Workspace.open(folder / "register.sqlite", user="tester", lang="en")
    try:
        init_office(ws.db, **OFFICE, user="tester")
        # (the schema's pages out of the WAL before the households: register and WAL together must
        # fit the 4 MB before the filler takes the rest, whatever the migrations' count)
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for n in range(20):
            ws.households.create(_household(n))
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the next write needs new blocks
        filler = _fill_up(folder)
        _assert_save_refused_then_recovers(ws, filler.unlink)
        assert ws.households.count() == 21
    finally:
        ws.close()
    assert _integrity(folder / "register.sqlite") == "ok"


def test_save_when_the_database_cannot_grow(ws):
    for n in range(5):
        ws.households.create(_household(n))
    pages = ws.db.scalar("PRAGMA page_count")
    ws.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL, as on a full disk
    _assert_save_refused_then_recovers(ws, lambda: ws.db.execute("PRAGMA max_page_count = 1000000000"))


# -- export ----------------------------------------------------------------------------------------
def _export(ws, out: Path):
    from exports.xlsx.registers import run
    from tests.helpers import export_register

    return run(export_register(ws, "households", ws.households.search_ids(""), out, mode="en"))


def test_export_to_a_full_stick(demo_ws, tmpfs):
    from app.safe_write import UsbError

    stick = tmpfs("300k")
    _leave_free(stick, 8192)
    out = stick / "households.xlsx"
    with pytest.raises(UsbError) as exc:
        _export(demo_ws, out)
    assert "full" in exc.value.text("en")
    assert not out.exists() and [p.name for p in stick.iterdir()] == ["filler"]  # no half file, no temp
    assert demo_ws.households.count() == 300 and check_register(demo_ws) == []


def test_export_when_the_write_fails_with_enospc(demo_ws, tmp_path, monkeypatch):
    from app import safe_write
    from app.safe_write import UsbError

    def full(path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)

    monkeypatch.setattr(safe_write, "_fsync_path", full)
    out = tmp_path / "households.xlsx"
    with pytest.raises(UsbError) as exc:
        _export(demo_ws, out)
    assert "full" in exc.value.text("en")
    assert list(tmp_path.glob("*households*")) == []
    assert demo_ws.households.count() == 300


# -- backup ----------------------------------------------------------------------------------------
def test_backup_to_a_full_stick(demo_ws, tmpfs):
    stick = tmpfs("300k")
    with pytest.raises(backup.BackupError) as exc:
        backup.backup_to(demo_ws, stick)
    assert "not enough free space" in exc.value.text("en")
    assert list(stick.iterdir()) == []
    assert backup.last_backup_at(demo_ws) is None
    assert demo_ws.households.count() == 300 and check_register(demo_ws) == []


def test_backup_when_the_write_fails_with_enospc(demo_ws, tmp_path, monkeypatch):
    real_copy = backup._copy

    def half_then_full(src, dest_path, **kw):
        real_copy(src, dest_path, **kw)
        with open(dest_path, "r+b") as f:  # a torn copy, then the disk says it is full
            f.truncate(os.path.getsize(dest_path) // 2)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dest_path))

    monkeypatch.setattr(backup, "_copy", half_then_full)
    with pytest.raises(backup.BackupError) as exc:
        backup.backup_to(demo_ws, tmp_path / "usb")
    assert "not enough free space" in exc.value.text("en")
    assert list((tmp_path / "usb").iterdir()) == []
    assert demo_ws.households.count() == 300


def test_cli_says_the_disk_is_full_in_a_sentence(demo_ws, tmpfs):
    import sys

    stick = tmpfs("300k")
    path = demo_ws.db.path
    demo_ws.close()
    r = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "--lang", "en", "backup", "--out", str(stick)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert r.returncode == 2 and "not enough free space" in r.stderr and "Traceback" not in r.stderr


# -- the roster's error list -----------------------------------------------------------------------
def test_the_roster_error_list_to_a_full_stick_is_a_sentence_and_leaves_no_file(demo_ws, tmpfs, tmp_path):
    import sys

    from roster_samples import basic_roster, write_xlsx

    rows = basic_roster()
    for n in range(1, 4):
        rows[n][3] = "123"  # a phone number too short: every row goes to the list
    roster_file = write_xlsx(tmp_path / "roster.xlsx", rows * 300)
    stick = tmpfs("64k")
    _leave_free(stick, 8192)
    path = demo_ws.db.path
    demo_ws.close()
    r = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "--lang", "zh", "import-roster", str(roster_file)]
        + ["--errors-out", str(stick / "errors.xlsx")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert r.returncode == 2, r.stderr
    assert "U盘（或磁盘）已满" in r.stderr and "errors.xlsx" in r.stderr
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr
    assert [p.name for p in stick.iterdir()] == ["filler"]  # no half list, no temporary file
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 300  # nothing imported
    finally:
        conn.close()
