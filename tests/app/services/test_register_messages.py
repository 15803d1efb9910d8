"""Issue 17 §7: what the program says about the register file itself is true.

A full disk is a full disk (not "damaged — restore a backup"); a second writer through a symbolic
link meets the same lock; another program holding SQLite's write lock is named, and the command
ends with a sentence (exit 2), never "Something went wrong" (exit 3).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import lock
from app.services.workspace import Workspace, init_office
from storage.db import StorageError

ROOT = Path(__file__).resolve().parents[3]
VILLAGE = dict(code="630224100201", level="village", name_zh="拉脊村", parent_code="630224100")


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "small"
    folder.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {r.stderr.strip() or r.returncode}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_register_on_a_full_disk_is_said_to_be_on_a_full_disk_and_opens_once_space_is_freed(small_disk):
    path = small_disk / "register.sqlite"
    ws = Workspace.open(path, user="t", role="admin", lang="en")
    init_office(ws.db, **VILLAGE, user="t")
    ws.close()
    filler = _fill(small_disk)
    with pytest.raises(StorageError) as info:
        Workspace.open(path, user="t", role="admin", lang="en")
    text = info.value.text("en")
    assert "is full" in text and "not damaged" in text and "Restore a backup" not in text
    assert "磁盘" in info.value.text("zh")
    r = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "--lang", "en", "households", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 2 and "is full" in r.stderr and "Something went wrong" not in r.stderr
    filler.unlink()  # space freed: the same register opens, as it was
    ws = Workspace.open(path, user="t", role="admin", lang="en")
    try:
        assert ws.office["code"] == VILLAGE["code"]
    finally:
        ws.close()


def test_a_second_writer_through_a_symbolic_link_meets_the_same_lock(ws, tmp_path):
    real = ws.db.path
    link = tmp_path / "elsewhere" / "alias.sqlite"
    link.parent.mkdir()
    link.symlink_to(real)
    assert lock.lock_path(link) == lock.lock_path(real)
    ws.close()
    holder = Workspace.open(real, exclusive=True)
    try:
        with pytest.raises(lock.AlreadyOpen):
            Workspace.open(link, exclusive=True)
    finally:
        holder.close()


def test_a_linked_folder_leads_to_the_same_lock(ws, tmp_path):
    folder_link = tmp_path / "linked-folder"
    folder_link.symlink_to(ws.db.path.parent)
    assert lock.lock_path(folder_link / ws.db.path.name) == lock.lock_path(ws.db.path)


EXTERNAL = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE IF NOT EXISTS x_external (a)")
print("holding", flush=True)
time.sleep(60)
"""


def test_another_program_holding_the_write_lock_is_named_and_the_command_ends_with_a_sentence(ws, tmp_path):
    path = ws.db.path  # the fixture's register has its office already
    ws.close()
    other = subprocess.Popen([sys.executable, "-c", EXTERNAL, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "holding"
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--db",
                str(path),
                "--lang",
                "en",
                "households",
                "add",
                "--name-zh",
                "卓玛",
                "--id-number",
                "632122198001010011",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        other.kill()
        other.wait()
    assert r.returncode == 2, r.stderr
    assert "Another program is writing to the register" in r.stderr
    assert f"({other.pid})" in r.stderr  # named: its program name and process id
    assert "Something went wrong" not in r.stderr
    ws = Workspace.open(path, user="t", role="admin", lang="en")
    try:
        assert ws.db.scalar("SELECT count(*) FROM household") == 0
    finally:
        ws.close()


def test_a_busy_register_sentence_is_translated():
    from storage.db import busy_error

    exc = sqlite3.OperationalError("database is locked")
    told = busy_error(Path("/nonexistent/r.sqlite"), exc)
    assert told is not None and told.text("zh") != told.text("en") and told.text("bo") != told.text("en")
