"""Finding removable drives (USB sticks) to offer as the place an export goes.

Writing the file itself safely (temp name, fsync, rename, read back: DESIGN §6) is
:mod:`app.safe_write`, shared with sync packages and backups.

Public API::

    removable_drives() -> list[Drive]     mounted removable drives (Linux, Windows), best first
    on_removable_drive(path) -> bool      whether `path` is on one of them
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# --- removable drives -------------------------------------------------------------------------


@dataclass
class Drive:
    path: str  # mount point / drive root, where files go
    label: str  # volume label (may be empty)
    total_bytes: int
    free_bytes: int


def _usage(path: str) -> tuple[int, int]:
    try:
        u = shutil.disk_usage(path)
        return u.total, u.free
    except OSError:
        return 0, 0


def _linux_lsblk() -> list[tuple[str, str]]:
    """(mount point, label) of mounted removable/hot-plug block devices, from lsblk -J."""
    exe = shutil.which("lsblk")
    if not exe:
        return []
    try:
        out = subprocess.run(
            [exe, "-J", "-o", "NAME,RM,HOTPLUG,MOUNTPOINT,LABEL,TYPE"], capture_output=True, text=True, timeout=5
        ).stdout
        tree = json.loads(out or "{}")
    except (OSError, subprocess.SubprocessError, ValueError):
        return []
    found: list[tuple[str, str]] = []

    def walk(devs, removable_parent=False):
        for d in devs or []:
            removable = (
                removable_parent
                or str(d.get("rm")) in ("1", "True", "true")
                or str(d.get("hotplug")) in ("1", "True", "true")
            )
            mounts = d.get("mountpoints") or [d.get("mountpoint")]
            for m in mounts:
                if removable and m and m != "[SWAP]":
                    found.append((m, d.get("label") or ""))
            walk(d.get("children"), removable)

    walk(tree.get("blockdevices"))
    return found


def _linux_media_dirs() -> list[tuple[str, str]]:
    """Mount points under /media and /run/media (desktop auto-mount), even without lsblk."""
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    found = []
    for base in ("/media", "/run/media"):
        for folder in (Path(base) / user, Path(base)) if user else (Path(base),):
            try:
                entries = sorted(folder.iterdir())
            except OSError:
                continue
            for entry in entries:
                if entry.is_dir() and os.path.ismount(entry):
                    found.append((str(entry), entry.name))
    return found


def _windows_drives() -> list[tuple[str, str]]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    DRIVE_REMOVABLE = 2
    SEM_FAILCRITICALERRORS = 0x0001
    mask = kernel32.GetLogicalDrives()
    found = []
    # Asking an empty card-reader slot for its volume can pop up Windows' "There is no disk in the
    # drive" box; with critical errors failed quietly the call just returns 0 instead.
    old_mode = ctypes.c_uint(0)
    quiet = kernel32.SetThreadErrorMode(SEM_FAILCRITICALERRORS, ctypes.byref(old_mode))
    try:
        for i in range(26):
            if not mask & (1 << i):
                continue
            root = f"{chr(65 + i)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != DRIVE_REMOVABLE:
                continue
            label = ctypes.create_unicode_buffer(261)
            ok = kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), label, 261, None, None, None, None, 0)
            if ok:  # an empty card reader slot has no volume
                found.append((root, label.value))
    finally:
        if quiet:
            kernel32.SetThreadErrorMode(old_mode.value, None)
    return found


def removable_drives() -> list[Drive]:
    """Mounted removable drives (USB sticks, SD cards) where a file can be written."""
    if sys.platform.startswith("win"):
        try:
            pairs = _windows_drives()
        except (OSError, AttributeError):
            pairs = []
    elif sys.platform.startswith("linux"):
        pairs = _linux_lsblk() + _linux_media_dirs()
    else:  # macOS: /Volumes holds external disks next to the system volume's link
        pairs = (
            [(str(p), p.name) for p in sorted(Path("/Volumes").glob("*")) if p.is_dir() and not p.is_symlink()]
            if Path("/Volumes").is_dir()
            else []
        )
    seen, drives = set(), []
    for path, label in pairs:
        real = os.path.realpath(path)
        if real in seen or not os.path.isdir(real):
            continue
        seen.add(real)
        total, free = _usage(real)
        drives.append(Drive(path, label, total, free))
    return drives


def on_removable_drive(path) -> bool:
    """Whether `path` lies on a mounted removable drive (then the user is told the stick can be
    pulled out; a file written to the laptop's own disk gets no such sentence)."""
    # normcase: Windows paths compare without regard to case (e:\\ is E:\\)
    real = os.path.normcase(os.path.realpath(str(path)))
    for drive in removable_drives():
        root = os.path.normcase(os.path.realpath(drive.path))
        if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
            return True
    return False
