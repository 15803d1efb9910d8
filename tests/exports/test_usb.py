"""Safe file writing: temp name, fsync, rename, checksum; a full or pulled stick leaves no file."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess

import pytest

from app import safe_write
from exports import usb


@pytest.fixture
def stick(tmp_path):
    """An empty folder standing in for the stick (tmp_path also holds the test's data folder)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_bytes_are_written_renamed_and_verified(stick):
    written = safe_write.write_file_safely(b"hello" * 1000, stick / "a.bin")
    assert (stick / "a.bin").read_bytes() == b"hello" * 1000
    assert written.sha256 == safe_write.sha256_file(stick / "a.bin") and written.size == 5000
    assert [p.name for p in stick.iterdir()] == ["a.bin"]


def test_a_writer_writes_at_the_temp_name_in_the_same_folder(stick):
    seen = []

    def writer(path):
        seen.append(path)
        with open(path, "wb") as fh:
            fh.write(b"x")

    safe_write.write_file_safely(writer, stick / "b.xlsx")
    assert os.path.dirname(seen[0]) == str(stick) and seen[0] != str(stick / "b.xlsx")
    assert (stick / "b.xlsx").read_bytes() == b"x"


def test_a_full_stick_mid_way_leaves_no_file_and_says_so(stick):
    def writer(path):
        with open(path, "wb") as fh:
            fh.write(b"half of it")
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(writer, stick / "report.xlsx")
    assert err.value.kind == safe_write.FULL
    assert "full" in err.value.text("en") and "report.xlsx" in err.value.text("en")
    assert err.value.text("zh") != err.value.text("en")
    assert list(stick.iterdir()) == []


def test_a_pulled_stick_leaves_no_file(stick):
    def writer(path):
        open(path, "wb").write(b"x")
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(writer, stick / "r.pdf")
    assert err.value.kind == safe_write.REMOVED and list(stick.iterdir()) == []


def test_a_vanished_folder_is_a_removed_stick(stick):
    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(b"x", stick / "gone" / "r.pdf")
    assert err.value.kind == safe_write.REMOVED


def test_a_folder_removed_while_writing(stick):
    folder = stick

    def writer(path):
        open(path, "wb").write(b"x")
        shutil.rmtree(folder)

    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(writer, folder / "r.pdf")
    assert err.value.kind == safe_write.REMOVED and not (folder / "r.pdf").exists()


def test_a_checksum_mismatch_removes_the_file(stick, monkeypatch):
    real = safe_write.sha256_file
    monkeypatch.setattr(safe_write, "sha256_file", lambda p, drop_cache=False: "0" * 64 if drop_cache else real(p))
    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(lambda p: open(p, "wb").write(b"data"), stick / "r.xlsx")
    assert err.value.kind == safe_write.MISMATCH and list(stick.iterdir()) == []


def test_an_existing_file_survives_a_failed_write(stick):
    (stick / "r.xlsx").write_bytes(b"old")

    def writer(path):
        raise OSError(errno.ENOSPC, "full")

    with pytest.raises(safe_write.UsbError):
        safe_write.write_file_safely(writer, stick / "r.xlsx")
    assert (stick / "r.xlsx").read_bytes() == b"old" and len(list(stick.iterdir())) == 1


@pytest.fixture
def small_tmpfs(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):  # Windows: no geteuid
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mount not permitted here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_a_really_full_disk(small_tmpfs):
    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(os.urandom(256 * 1024), small_tmpfs / "big.xlsx")
    assert err.value.kind == safe_write.FULL
    assert list(small_tmpfs.iterdir()) == []
    safe_write.write_file_safely(b"small", small_tmpfs / "ok.txt")  # the space was given back
    assert (small_tmpfs / "ok.txt").read_bytes() == b"small"


def test_removable_drives_from_lsblk(monkeypatch, tmp_path):
    stick = tmp_path / "STICK"
    stick.mkdir()
    tree = {
        "blockdevices": [
            {
                "name": "sda",
                "rm": False,
                "hotplug": False,
                "mountpoints": [None],
                "children": [{"name": "sda1", "rm": False, "hotplug": False, "mountpoints": ["/"], "label": "root"}],
            },
            {
                "name": "sdb",
                "rm": True,
                "hotplug": True,
                "mountpoints": [None],
                "children": [
                    {"name": "sdb1", "rm": True, "hotplug": True, "mountpoints": [str(stick)], "label": "STICK"}
                ],
            },
        ]
    }

    class Done:
        stdout = json.dumps(tree)

    monkeypatch.setattr(usb.sys, "platform", "linux")
    monkeypatch.setattr(usb.shutil, "which", lambda name: "/bin/lsblk")
    monkeypatch.setattr(usb.subprocess, "run", lambda *a, **k: Done())
    monkeypatch.setattr(usb, "_linux_media_dirs", lambda: [])
    drives = usb.removable_drives()
    assert [(d.path, d.label) for d in drives] == [(str(stick), "STICK")]
    assert drives[0].free_bytes > 0


def test_removable_drives_never_fail():
    assert isinstance(usb.removable_drives(), list)


def test_only_a_file_on_a_removable_drive_counts_as_on_a_stick(tmp_path, monkeypatch):
    from exports import usb

    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setattr(usb, "removable_drives", lambda: [usb.Drive(str(stick), "STICK", 0, 0)])
    assert usb.on_removable_drive(stick / "report.xlsx")
    assert not usb.on_removable_drive(tmp_path / "report.xlsx")
    assert not usb.on_removable_drive(tmp_path / "media" / "STICK2" / "report.xlsx")
