"""One program per register, and registers only on drives that keep their promises.

*Single instance.*  A lock file beside the register (``register.sqlite.lock``) is held with an
OS-level lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) for as long as the
program has the register open.  The OS drops the lock when the process ends, however it ends,
so a crash or a power cut never leaves a stale lock behind; the file's text (who, which process,
since when) only serves the message the second copy shows.

*Location.*  SQLite's WAL needs shared memory that network file systems do not provide, and USB
sticks and memory cards acknowledge writes they have not made; a register there can be lost
in a pull of the stick.  :func:`check_location` refuses such places with the reason.
``DUALBASE_ALLOW_REMOVABLE=1`` lets tests (and a determined user) override it.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from app.domain.errors import SentenceError
from app.i18n import N_, translate


class LockError(SentenceError):
    """A message for the user: the register cannot be opened here and now, and why."""


class AlreadyOpen(LockError):
    pass


class UnsafeLocation(LockError):
    """The reason (network / removable drive) is itself a marked message, translated with the rest."""

    def text(self, lang: str = "en") -> str:
        params = dict(self.params, reason=translate(self.params["reason"], lang))
        return translate(self.message, lang).format(**params)


# -- single instance ------------------------------------------------------------------------------
def lock_path(db_path: str | os.PathLike) -> Path:
    """The lock file of the register the path leads to: symbolic links (and junctions, and on
    Windows the letter case) resolved first, so two names of one file share one lock — a second
    copy opening the register through a link got a lock of its own before (issue 17 §7)."""
    p = Path(os.path.realpath(db_path))
    return p.with_name(p.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _holder_text(raw: bytes) -> str:
    try:
        info = json.loads(raw.decode("utf-8"))
        return f"{info.get('user') or '?'}@{info.get('host') or '?'}, pid {info.get('pid')}, {info.get('since', '')}"
    except (ValueError, UnicodeDecodeError, AttributeError):
        return ""


class InstanceLock:
    """Hold the register's lock file; ``release()`` (or process end) gives it up."""

    def __init__(self, db_path: str | os.PathLike, purpose: str = ""):
        self.path = lock_path(db_path)
        self.purpose = purpose
        self.fd: int | None = None

    def acquire(self) -> "InstanceLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # O_BINARY (Windows only): without it the file is opened in text mode, where a 0x1A byte
        # ends reading early and "\n" is written as "\r\n"
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        if not _try_lock(fd):
            try:
                # On Windows byte 0 is the locked one: the holder's text starts after it.
                os.lseek(fd, 1 if sys.platform == "win32" else 0, os.SEEK_SET)
                raw = os.read(fd, 4096)
            except OSError:
                raw = b""
            os.close(fd)
            holder = _holder_text(raw)
            if holder:
                raise AlreadyOpen(
                    N_(
                        "The register {path} is already open in another copy of the program "
                        "({holder}). Close that copy first, then try again."
                    ),
                    path=str(self.path.with_suffix("")),
                    holder=holder,
                )
            raise AlreadyOpen(
                N_(
                    "The register {path} is already open in another copy of the program. "
                    "Close that copy first, then try again."
                ),
                path=str(self.path.with_suffix("")),
            )
        self.fd = fd
        info = {
            "pid": os.getpid(),
            "host": _host_name(),
            "user": _login_name(),
            "since": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "purpose": self.purpose,
        }
        data = json.dumps(info).encode("utf-8")
        try:
            # Windows locks byte 0 for the whole life of the lock: write the text after it.
            offset = 1 if sys.platform == "win32" else 0
            os.ftruncate(fd, offset)
            os.lseek(fd, offset, os.SEEK_SET)
            os.write(fd, data)
        except OSError:
            pass  # the text is only for the message; the lock itself holds
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            _unlock(self.fd)
        finally:
            os.close(self.fd)
            self.fd = None

    @property
    def held(self) -> bool:
        return self.fd is not None

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _host_name() -> str:
    """This computer's name, for the message a second copy shows.  Not socket.gethostname(): the
    socket module costs every start of the window about 5 ms for this one name."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    name = os.environ.get("COMPUTERNAME")  # Windows
    if name:
        return name
    import socket

    return socket.gethostname()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises what the platform's look-up raises (OSError, KeyError …)
        return ""


# -- location -------------------------------------------------------------------------------------
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smbfs",
    "smb3",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "ncpfs",
    "fuse.gvfsd-fuse",
    "davfs",
    "fuse.davfs2",
    "fuse.rclone",
    "ceph",
    "glusterfs",
}
STICK_FS = {"vfat", "exfat", "msdos", "fuseblk", "fuse.exfat", "ntfs3"}  # only under /media, /run/media, /mnt


def _mount_of(path: Path, mounts_text: str) -> tuple[str, str, str] | None:
    """(device, mount point, fs type) of the mount holding `path` (longest matching mount point)."""
    best = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mnt, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        if str(path) == mnt or str(path).startswith(mnt.rstrip("/") + "/") or mnt == "/":
            if best is None or len(mnt) > len(best[1]):
                best = (device, mnt, fstype)
    return best


def _block_removable(device: str) -> bool:
    """Is the block device behind /dev/sdb1 (and its parent disk) marked removable in /sys?"""
    if not device.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(device)).name
    block = Path("/sys/class/block") / name
    candidates = [block / "removable", block.parent / "removable"]
    try:
        candidates.append(block.resolve().parent / "removable")
    except OSError:
        pass
    for c in candidates:
        try:
            if c.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


MOUNTS_FILE = "/proc/mounts"


def location_problem(path: str | os.PathLike, *, mounts_text: str | None = None) -> str | None:
    """Why a register must not live at `path` (an English N_ message), or None when it may."""
    p = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_problem(p)
    if mounts_text is None:
        try:
            mounts_text = Path(MOUNTS_FILE).read_text()
        except OSError:
            return None  # no /proc (macOS …): nothing to tell
    # realpath follows the symlinks that exist and keeps the rest of the path as written
    mount = _mount_of(Path(os.path.realpath(p)), mounts_text)
    if mount is None:
        return None
    device, mnt, fstype = mount
    if fstype in NETWORK_FS or fstype.startswith("nfs"):
        return N_("network drive")
    on_media = mnt.startswith(("/media/", "/run/media/", "/mnt/"))
    if on_media and fstype in STICK_FS:
        return N_("removable drive (USB stick or memory card)")
    if _block_removable(device):
        return N_("removable drive (USB stick or memory card)")
    return None


def _windows_problem(p: Path) -> str | None:
    import ctypes

    drive = p.drive
    if not drive:
        return None
    if drive.startswith("\\\\"):
        return N_("network drive")
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    if kind == 4:  # DRIVE_REMOTE
        return N_("network drive")
    if kind == 2:  # DRIVE_REMOVABLE
        return N_("removable drive (USB stick or memory card)")
    return None


def check_location(path: str | os.PathLike) -> None:
    """Refuse (UnsafeLocation) a register on a network or removable drive."""
    if str(path) == ":memory:" or os.environ.get("DUALBASE_ALLOW_REMOVABLE") == "1":
        return
    reason = location_problem(path)
    if reason:
        raise UnsafeLocation(
            N_(
                "The register {path} is on a {reason}. The program keeps its register only on this "
                "computer's own disk, because such drives can lose saved changes. Copy the file to the "
                "computer (or restore it from a backup) and open it there; use Backup to carry it on a stick."
            ),
            path=str(path),
            reason=reason,
        )


__all__ = [
    "InstanceLock",
    "AlreadyOpen",
    "UnsafeLocation",
    "LockError",
    "check_location",
    "location_problem",
    "lock_path",
]
