"""One program per register (lock file with an OS lock) and no register on network/removable drives."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import lock
from app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]

# The mount-table checks are Linux's; Windows asks the drive type (test_lock_windows.py).
linux_mounts = pytest.mark.skipif(sys.platform == "win32", reason="Linux mount table")

HOLDER = """
import sys, time
from app.services.workspace import Workspace
ws = Workspace.open(sys.argv[1], exclusive=True)
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(ws):
    """Another process that has the register open (as the GUI would)."""
    path = ws.db.path
    ws.close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    yield path, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_second_copy_is_refused_naming_the_other_process(holder):
    path, proc = holder
    with pytest.raises(lock.AlreadyOpen) as exc:
        Workspace.open(path, exclusive=True)
    text = exc.value.text("en")
    assert "already open in another copy" in text and f"pid {proc.pid}" in text


def test_second_copy_from_the_cli_gets_a_sentence_and_writes_nothing(holder):
    path, proc = holder
    r = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "--lang", "en", "demo", "--households", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert "already open in another copy" in r.stderr and "Traceback" not in r.stderr
    proc.kill()
    proc.wait()
    ws = Workspace.open(path)
    assert ws.households.count() == 0
    ws.close()


def test_a_killed_program_leaves_no_stale_lock(holder):
    path, proc = holder
    proc.kill()  # SIGKILL; on Windows TerminateProcess (Windows has no SIGKILL)
    proc.wait()
    assert lock.lock_path(path).exists()  # the file stays; the OS lock went with the process
    ws = Workspace.open(path, exclusive=True)
    assert ws.instance_lock.held
    ws.close()


def test_closing_releases_the_lock(ws):
    path = ws.db.path
    ws.close()
    first = Workspace.open(path, exclusive=True)
    first.close()
    second = Workspace.open(path, exclusive=True)
    second.close()


def test_the_lock_file_names_the_holder(ws, tmp_path):
    held = lock.InstanceLock(tmp_path / "x.sqlite").acquire()
    try:
        text = lock.lock_path(tmp_path / "x.sqlite").read_text()
        assert f'"pid": {os.getpid()}' in text
    finally:
        held.release()


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /srv/share nfs4 rw 0 0
//nas/office /mnt/office cifs rw 0 0
/dev/sdb1 /media/tashi/USB\\040STICK vfat rw 0 0
/dev/sdc1 /run/media/dorje/CARD exfat rw 0 0
user@host:/ /home/u/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/home/u/register.sqlite", None),
        ("/tmp/x/register.sqlite", None),
        ("/srv/share/register.sqlite", "network drive"),
        ("/mnt/office/sub/register.sqlite", "network drive"),
        ("/home/u/remote/register.sqlite", "network drive"),
        ("/media/tashi/USB STICK/register.sqlite", "removable drive (USB stick or memory card)"),
        ("/run/media/dorje/CARD/register.sqlite", "removable drive (USB stick or memory card)"),
    ],
)
@linux_mounts
def test_location_problem_from_the_mount_table(path, reason):
    assert lock.location_problem(path, mounts_text=MOUNTS) == reason


@linux_mounts
def test_register_on_a_network_drive_is_refused_with_the_reason(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/x {tmp_path} nfs rw 0 0\n")
    monkeypatch.setattr(lock, "MOUNTS_FILE", str(mounts))
    monkeypatch.delenv("DUALBASE_ALLOW_REMOVABLE", raising=False)
    target = tmp_path / "register.sqlite"
    with pytest.raises(lock.UnsafeLocation) as exc:
        Workspace.open(target)
    assert "network drive" in exc.value.text("en")
    assert not target.exists()  # refused before anything was created
    monkeypatch.setenv("DUALBASE_ALLOW_REMOVABLE", "1")
    Workspace.open(target).close()


@linux_mounts
def test_removable_block_device_is_refused(monkeypatch):
    monkeypatch.setattr(lock, "_block_removable", lambda device: device == "/dev/sdz1")
    text = "/dev/sda1 / ext4 rw 0 0\n/dev/sdz1 /data ext4 rw 0 0\n"
    assert (
        lock.location_problem("/data/register.sqlite", mounts_text=text) == "removable drive (USB stick or memory card)"
    )
    assert lock.location_problem("/home/register.sqlite", mounts_text=text) is None


def test_the_holders_computer_is_named_as_the_system_names_it():
    import socket

    from app.services.lock import _host_name

    assert _host_name() == socket.gethostname()


def test_on_windows_the_computer_name_comes_from_computername(monkeypatch):
    from app.services import lock

    monkeypatch.delattr(lock.os, "uname", raising=False)
    monkeypatch.setenv("COMPUTERNAME", "CUNWEI-PC")
    assert lock._host_name() == "CUNWEI-PC"
