"""Writing a file safely: to a temporary name in the same folder, flushed and fsynced, renamed
over the final name, the folder fsynced, the file read back and its SHA-256 compared (DESIGN §6)
— only then may the user be told that a USB stick can be removed.

Shared by everything that writes a file the user carries away or keeps: the register exports
(exports/), sync packages and backups (app/services/).  It imports neither side.  A full stick
(ENOSPC), a pulled stick (EIO, ENODEV, a folder that vanished) or a read-only one becomes a
:class:`UsbError` sentence, and nothing is left under the final name (the temporary file is
removed when it still can be).

    write_file_safely(data_or_writer, final_path) -> Written
        data (bytes) or writer(temp_path) (a function that writes the whole file at temp_path,
        e.g. an XlsxWriter workbook or a ReportLab document).
    safe_target(final_path)  (context manager) -> Target: write the file at ``target.temp``; on
        leaving without error it is synced, renamed and verified (``target.written``); on an
        error or a cancelled generator the temp file is removed and no final file appears.
    replace_retrying(src, dst)            os.replace, tried again while Windows refuses it
    sha256_file(path) -> str
    safe_file_name(name) -> str           a suggested name Windows accepts (no : ? * … in it)
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from app.domain.errors import DomainError, sentence
from app.i18n import N_

#: pauses between attempts of a refused rename (seconds, about 1.5 in all)
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)


def replace_retrying(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """os.replace, tried again for a moment when it is refused (PermissionError).

    Windows: an antivirus scanner or the search indexer opens a freshly written file for a moment,
    and renaming it meanwhile fails with a sharing violation; a second later it works.  A refusal
    that lasts (the old file open in Excel) is raised after the last attempt.
    """
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(src, dst)


FULL = "full"
REMOVED = "removed"
READ_ONLY = "read-only"
MISMATCH = "mismatch"
IN_USE = "in-use"
TOO_LONG = "too-long"
OTHER = "other"

MESSAGES = {
    FULL: N_(
        "The USB stick (or disk) is full: {name} was not saved. Free some space or use another "
        "stick, then export again."
    ),
    REMOVED: N_(
        "The USB stick was removed (or its folder disappeared) while {name} was being written: "
        "the file was not saved. Put the stick back in and export again."
    ),
    READ_ONLY: N_(
        "The USB stick is write-protected or read-only: {name} was not saved. Unlock the stick or choose another place."
    ),
    MISMATCH: N_(
        "{name} reads back differently from what was written, so the stick may be failing. "
        "The file was removed; export again to another stick."
    ),
    IN_USE: N_(
        "{name} is open in another program (Excel, a PDF viewer …) or is read-only, so it could not "
        "be replaced. Close it there, or choose another name, and export again."
    ),
    TOO_LONG: N_(
        "The path of {name} is too long for Windows (more than 260 characters), so it was not saved. "
        "Choose a folder nearer the top of the drive, or a shorter name, and export again."
    ),
    OTHER: N_("{name} could not be written: {detail}. Check the stick or the folder and export again."),
}

_REMOVED_ERRNOS = {
    errno.EIO,
    errno.ENODEV,
    errno.ENXIO,
    errno.ENOENT,
    errno.ESTALE,
    getattr(errno, "ENOMEDIUM", -1),
    getattr(errno, "EREMOTEIO", -1),
}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# Windows error codes (OSError.winerror) for the same cases
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_REMOVED = {21, 1006, 1167, 55, 3}  # NOT_READY, FILE_INVALID, DEVICE_NOT_CONNECTED, DEV_NOT_EXIST, PATH_NOT_FOUND
_WIN_READ_ONLY = {19, 5}  # WRITE_PROTECT, ACCESS_DENIED


class UsbError(DomainError):
    """A file could not be written safely; `kind` is FULL, REMOVED, READ_ONLY, MISMATCH, IN_USE, TOO_LONG
    or OTHER."""

    def __init__(self, kind: str, path: str | os.PathLike, detail: str = ""):
        self.kind, self.path, self.detail = kind, os.fspath(path), detail
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        return sentence(MESSAGES[self.kind], {"name": Path(self.path).name, "detail": self.detail}, lang)


#: Windows' limit on a whole path (MAX_PATH) where long paths are not switched on
WINDOWS_MAX_PATH = 260
_WIN_PATH_ERRORS = {3, 206}  # PATH_NOT_FOUND, FILENAME_EXCED_RANGE: what a too-long path gives


def classify(exc: OSError, path: str | os.PathLike | None = None) -> str:
    win = getattr(exc, "winerror", None)
    # Windows reports a path over 260 characters as "path not found", which would otherwise read
    # as a pulled stick; the path being written tells the two apart.
    if win in _WIN_PATH_ERRORS and path is not None and len(os.path.abspath(path)) >= WINDOWS_MAX_PATH:
        return TOO_LONG
    if win in _WIN_FULL or exc.errno in _FULL_ERRNOS:
        return FULL
    if win in _WIN_READ_ONLY or exc.errno in _READ_ONLY_ERRNOS:
        return READ_ONLY
    if win in _WIN_REMOVED or exc.errno in _REMOVED_ERRNOS:
        return REMOVED
    return OTHER


@dataclass
class Written:
    path: str
    size: int
    sha256: str


def sha256_file(path: str | os.PathLike, *, drop_cache: bool = False) -> str:
    """SHA-256 of a file; `drop_cache` asks the OS to forget cached pages first (POSIX), so the
    bytes come from the device rather than from memory."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        if drop_cache and hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_path(path: str) -> None:
    # Read-write, not read-only: on Windows os.fsync is FlushFileBuffers, which fails (EBADF)
    # on a handle opened without write access, and every export would end as "write-protected".
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str | os.PathLike, *, quiet: bool = False) -> None:
    """Make a rename in `folder` durable.  `quiet`: no error at all, for a caller whose file is
    safe already (a backup verified, a register encrypted in place)."""
    if os.name != "posix":
        return  # Windows: MoveFileEx is durable enough once the file itself was flushed
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        # some file systems cannot sync a folder
        if not quiet and exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


_FORBIDDEN_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, *, max_length: int = 120) -> str:
    """`name` (a suggested export name made from a household, village or office name, a date or
    a time) as a file name Windows accepts: its forbidden characters < > : " / \\ | ? * become
    "_", trailing dots and spaces go (Windows drops them silently), a reserved device name
    (CON, NUL, COM1 …) gets a "_" and the length stays well inside Windows' 260-character paths.
    Keeps Chinese and Tibetan as they are; the extension, if any, is kept."""
    name = _FORBIDDEN_IN_NAMES.sub("_", name).strip().rstrip(". ")
    stem, ext = os.path.splitext(name)
    if len(ext) > 9 or " " in ext:  # "1.5 mu plot" has no extension
        stem, ext = name, ""
    stem = stem[: max(1, max_length - len(ext))].rstrip(". ") or "_"
    if stem.split(".")[0].upper() in _RESERVED_NAMES:
        stem = "_" + stem
    return stem + ext


def _temp_name(final: Path) -> Path:
    # same folder (so the rename is atomic), hidden, unique, and recognisably ours
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")


class Target:
    def __init__(self, final: Path):
        self.final = final
        self.temp = str(_temp_name(final))
        self.written: Written | None = None


@contextlib.contextmanager
def safe_target(final_path: str | os.PathLike, expected_sha256: str | None = None) -> Iterator[Target]:
    """Write to ``target.temp``; on success the file becomes `final_path`, verified.

    Any exception (and GeneratorExit, when an export generator is cancelled) removes the temp
    file and leaves no file under the final name; OSErrors become :class:`UsbError`.
    """
    final = Path(final_path)
    target = Target(final)
    temp = target.temp
    try:
        if not final.parent.is_dir():
            raise UsbError(REMOVED, final, "folder missing")
        yield target
        target.written = _commit(temp, str(final), expected_sha256)
    except OSError as exc:
        _remove_quietly(temp)
        raise UsbError(classify(exc, temp), final, exc.strerror or str(exc)) from exc
    except UsbError:
        _remove_quietly(temp)
        raise
    except BaseException as exc:
        _remove_quietly(temp)
        inner = _wrapped_os_error(exc)
        if inner is not None:  # e.g. XlsxWriter's FileCreateError(OSError) on a full stick
            raise UsbError(classify(inner, temp), final, inner.strerror or str(inner)) from exc
        raise


def _wrapped_os_error(exc: BaseException) -> OSError | None:
    """An OSError a writer library wrapped in its own exception type, if any."""
    if isinstance(exc, (GeneratorExit, KeyboardInterrupt, SystemExit)):
        return None
    for candidate in (*getattr(exc, "args", ())[:1], exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError):
            return candidate
    return None


def _commit(temp: str, final: str, expected_sha256: str | None) -> Written:
    _fsync_path(temp)
    digest = expected_sha256 or sha256_file(temp)
    size = os.path.getsize(temp)
    try:
        replace_retrying(temp, final)
    except PermissionError as exc:
        # The temp file was just written in the same folder, so the folder is writable: refusing
        # the rename means the old file is held open (Windows: Excel or a PDF viewer showing the
        # last export; ERROR_ACCESS_DENIED / ERROR_SHARING_VIOLATION) or marked read-only.
        if os.path.exists(final):
            raise UsbError(IN_USE, final, exc.strerror or str(exc)) from exc
        raise
    try:
        fsync_dir(os.path.dirname(os.path.abspath(final)) or ".")
        again = sha256_file(final, drop_cache=True)
    except OSError:
        _remove_quietly(final)
        raise
    if again != digest:
        _remove_quietly(final)
        raise UsbError(MISMATCH, final)
    return Written(final, size, digest)


def write_file_safely(data_or_writer: bytes | Callable[[str], object], final_path: str | os.PathLike) -> Written:
    """Write bytes, or let `writer(temp_path)` write the file; then sync, rename and verify."""
    final = Path(final_path)
    if isinstance(data_or_writer, (bytes, bytearray, memoryview)):
        data = bytes(data_or_writer)
        expected = hashlib.sha256(data).hexdigest()
        with safe_target(final, expected) as target:
            with open(target.temp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
    else:
        with safe_target(final) as target:
            data_or_writer(target.temp)
    assert target.written is not None  # safe_target set it, or raised
    return target.written
