"""The single-instance lock and the drive check under Windows' rules, imitated on Linux.

Windows locks byte ranges (msvcrt.locking): while one handle holds byte 0, another handle can
neither lock it nor *read* it — so the second copy must read the holder's text after byte 0.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
import types
from pathlib import PureWindowsPath

import pytest

from app.services import lock


class _WindowsLocks:
    """msvcrt.locking with Windows' byte-range rules, for handles of this process."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self):
        self.held: dict[tuple[int, int, int], int] = {}  # (dev, ino, byte) -> fd

    def _bytes(self, fd, n):
        st, pos = os.fstat(fd), os.lseek(fd, 0, os.SEEK_CUR)
        return [(st.st_dev, st.st_ino, b) for b in range(pos, pos + n)]

    def locking(self, fd, mode, nbytes):
        keys = self._bytes(fd, nbytes)
        if mode == self.LK_NBLCK:
            if any(self.held.get(k, fd) != fd for k in keys):
                raise PermissionError(errno.EACCES, "Permission denied")
            self.held.update(dict.fromkeys(keys, fd))
        elif mode == self.LK_UNLCK:
            if any(self.held.get(k) != fd for k in keys):
                raise PermissionError(errno.EACCES, "Permission denied")
            for k in keys:
                del self.held[k]

    def blocked(self, fd, n):
        return any(self.held.get(k, fd) != fd for k in self._bytes(fd, n))


@pytest.fixture
def windows(monkeypatch):
    locks = _WindowsLocks()
    fake = types.ModuleType("msvcrt")
    fake.LK_UNLCK, fake.LK_NBLCK, fake.locking = locks.LK_UNLCK, locks.LK_NBLCK, locks.locking
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock.sys, "platform", "win32")
    real_read = os.read

    def read(fd, n):  # ReadFile over a range another handle locked: ERROR_LOCK_VIOLATION
        if locks.blocked(fd, n):
            raise PermissionError(
                errno.EACCES,
                "The process cannot access the file because another process has locked a portion of the file",
            )
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", read)
    return locks


def test_a_second_copy_on_windows_is_refused_naming_the_holder(windows, tmp_path):
    db = tmp_path / "register.sqlite"
    first = lock.InstanceLock(db, purpose="window").acquire()
    try:
        with pytest.raises(lock.AlreadyOpen) as err:
            lock.InstanceLock(db).acquire()
        assert f"pid {os.getpid()}" in err.value.text("en")
    finally:
        first.release()


def test_on_windows_the_lock_is_free_again_after_release(windows, tmp_path):
    db = tmp_path / "register.sqlite"
    lock.InstanceLock(db).acquire().release()
    second = lock.InstanceLock(db).acquire()
    assert second.held and windows.held
    second.release()
    assert not windows.held


class _Kernel32:
    TYPES = {"C:\\": 3, "E:\\": 2, "Z:\\": 4}  # fixed disk, USB stick, mapped network drive

    def GetDriveTypeW(self, root):
        return self.TYPES[root.upper()]  # Windows compares drive names without case


@pytest.fixture
def drives(monkeypatch):
    class WinDLL:
        kernel32 = _Kernel32()

    monkeypatch.setattr(ctypes, "windll", WinDLL, raising=False)


@pytest.mark.parametrize(
    "path, reason",
    [
        (r"C:\Users\卓玛\AppData\Local\DualBaseLedger\register.sqlite", None),
        (r"E:\register.sqlite", "removable drive (USB stick or memory card)"),
        (r"e:\office\register.sqlite", "removable drive (USB stick or memory card)"),
        (r"Z:\shared\register.sqlite", "network drive"),
        (r"\\server\share\register.sqlite", "network drive"),
    ],
)
def test_windows_drive_kinds(drives, path, reason):
    assert lock._windows_problem(PureWindowsPath(path)) == reason


def test_on_windows_the_lock_file_is_opened_in_binary_mode(windows, tmp_path, monkeypatch):
    O_BINARY = 0x8000  # Windows' value; Windows opens files in text mode without it
    monkeypatch.setattr(os, "O_BINARY", O_BINARY, raising=False)
    real_open, flags = os.open, []

    def open_(path, flag, *args, **kwargs):
        flags.append(flag)
        return real_open(path, flag & ~O_BINARY, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    lock.InstanceLock(tmp_path / "register.sqlite").acquire().release()
    assert flags and all(f & O_BINARY for f in flags)
