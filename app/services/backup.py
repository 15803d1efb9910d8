"""Backups and restore of the register (SQLite's online backup API: consistent while in use).

- Automatic: on exit and once a day (:func:`maybe_daily_backup`, called by the GUI at start and
  exit) into ``backups/`` of the data folder, named for the register they copy:
  ``register-<office code>-<register id>-2026-11-21T2300.sqlite``.  The folder is shared by every
  register of the data folder (the ``--demo`` register too), so retention is per register: kept
  are the newest of each of the last 7 days and of each of the last 12 months *of that register*
  (:func:`prune`); another register's backups, and those from before the names carried the
  register (``register-2026-11-21T2300.sqlite``), are never deleted by it.
- On demand to any folder, e.g. a USB stick (:func:`backup_to`).
- Every copy is written under a temporary name, fsync'ed, checked (``integrity_check``, schema
  version) and only then renamed to its final name: a full disk or a pulled stick leaves no
  half file under a backup's name.
- :func:`restore` checks the backup first (a register, sound, not from a newer release, with an
  office profile), keeps the current register aside as ``register.sqlite.before-restore-<time>``
  and then copies the backup into the open register with the same backup API.
- The setting ``last_backup_at`` (UTC ISO) tells the status bar when the last backup was made.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import urllib.parse
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.domain.errors import SentenceError
from app.i18n import N_
from app.safe_write import fsync_dir, replace_retrying
from storage import keyslots
from storage.db import is_plain_sqlite, key_pragma, now_utc
from storage.sqlite import sqlite3

if TYPE_CHECKING:
    from app.services.workspace import Workspace

NAME_RE = re.compile(
    r"^register-(?:(?P<register>[0-9A-Za-z_]{1,40}-[0-9a-f]{8})-)?"
    r"(?P<day>\d{4}-\d{2}-\d{2})T(?P<time>\d{4})(?:-\d+)?\.sqlite$"
)
#: a copy still being written: ``<final name>.part`` (+ SQLite's journal beside it)
PART_RE = re.compile(r"^(?P<final>register-.+\.sqlite)\.part(?:-journal|-wal|-shm)?$")
#: a .part untouched this long is left over from a killed backup (a live one writes continuously)
STALE_PART_SECONDS = 10 * 60
REGISTER_ID_SETTING = "backup.register_id"
KEEP_DAILY = 7
KEEP_MONTHLY = 12


class BackupError(SentenceError):
    """A backup or a restore that could not be made, and why, as one sentence."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # from the name (local time of the laptop when it was made)
    size: int
    register: str | None = None  # "<office code>-<register id>"; None: named before backups carried it


def register_key(ws: Workspace) -> str:
    """What names this register's backups: its office code and a random id of the file.

    The office code alone is not enough: the demo register and a trial copy may carry the real
    office's code.  The id is made on the first backup and kept in the register's settings with
    the file's path: a restored register (same content, same place) keeps its backups' name,
    while a copy of the file elsewhere (a trial copy, the register carried to a new folder) gets
    an id of its own, so two files never prune each other's backups."""
    import secrets

    here = str(Path(os.path.abspath(ws.db.path)))
    kept = ws.db.get_setting(REGISTER_ID_SETTING)
    if isinstance(kept, dict) and kept.get("path") == here and re.fullmatch(r"[0-9a-f]{8}", str(kept.get("id"))):
        rid = kept["id"]
    else:
        rid = secrets.token_hex(4)
        ws.db.set_setting(REGISTER_ID_SETTING, {"id": rid, "path": here})
    code = re.sub(r"[^0-9A-Za-z_]", "_", (ws.office or {}).get("code") or "none")[:40]
    return f"{code}-{rid}"


def _is_disk_full(exc: BaseException) -> bool:
    import errno

    return (
        getattr(exc, "errno", None) == errno.ENOSPC
        or getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        or "disk is full" in str(exc)
        or "No space left" in str(exc)
    )


def _readonly_uri(path: str | os.PathLike) -> str:
    """A SQLite URI opening `path` read-only, whatever its folder is called.

    SQLite reads ``?`` and ``#`` as the URI's query and fragment and ``%XX`` as an escape, so
    those characters in a folder name ("办公室 #2", "100%") are percent-encoded like everything
    outside plain ASCII (卓玛, spaces).  Windows: ``C:/…`` becomes ``file:///C:/…``, a UNC path
    ``//server/share/…`` becomes ``file:////server/share/…`` (an empty URI authority).
    """
    posix = Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # Windows drive letter: file:///C:/...
    return "file://" + urllib.parse.quote(posix, safe="/:") + "?mode=ro"


def _copy(src: sqlite3.Connection, dest_path: Path, *, pages: int = 4096, key: bytes | None = None) -> None:
    """Copy a live database into a new file with the online backup API, then fsync it.

    `key`: the register is encrypted, and so is its copy, page for page under the same key."""
    dest = sqlite3.connect(str(dest_path))
    try:
        if key is not None:
            dest.execute(key_pragma(key))
        src.backup(dest, pages=pages)
        # a backup is one file: no -wal beside it on the stick
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with open(dest_path, "rb+") as f:
        os.fsync(f.fileno())


def _copy_register(db, dest_path: Path) -> None:
    """A consistent copy of the register `db` at `dest_path`.

    In WAL mode (the normal case) the copy is read through a connection of its own, in one step:
    one read transaction, a snapshot of the last commit, and the program's own connection stays
    free — the window keeps reading and writing while a 100,000-household register is copied
    (the daily backup runs at start-up).  Otherwise (a file system without WAL) a separate reader
    would block the program's writes, so the copy goes through the program's connection, holding
    its lock: no write of this program between the pages copied.
    """
    if db.journal_mode == "wal":
        src = sqlite3.connect(_readonly_uri(db.path), uri=True)
        try:
            if db.key is not None:
                src.execute(key_pragma(db.key))
            src.execute("PRAGMA busy_timeout = 5000")
            _copy(src, dest_path, pages=-1, key=db.key)
        finally:
            src.close()
        return
    with db._lock:
        _copy(db.conn, dest_path, key=db.key)


def inspect(path: str | os.PathLike, *, refuse_edited: bool = True, key: bytes | None = None) -> dict:
    """Check a file is a sound register this program can open: {"user_version", "office"}.

    `refuse_edited`: also refuse a register changed outside the program (audit log, its triggers,
    accounts).  A fresh copy of the open register is not judged so: its backup is made whatever
    `check` says of it, and the restore judges it.

    Raises BackupError with the reason otherwise.  Opens the file read-only (never changes it).
    """
    from storage.migrations import latest_version

    p = Path(path)
    if not p.is_file():
        raise BackupError(N_("There is no backup file at {path}."), path=str(p))
    encrypted = p.stat().st_size > 0 and not is_plain_sqlite(p) and keyslots.exists(p)
    if encrypted and key is None:
        raise BackupError(
            N_(
                "{path} is an encrypted register; it can be restored only into the register it "
                "was made from (open that register and restore it there)."
            ),
            path=str(p),
        )
    try:
        conn = sqlite3.connect(_readonly_uri(p), uri=True)
    except sqlite3.Error as exc:
        raise BackupError(N_("{path} cannot be opened as a register ({detail})."), path=str(p), detail=str(exc))
    try:
        if key is not None and not is_plain_sqlite(p):
            conn.execute(key_pragma(key))
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise BackupError(
                N_("{path} is not a register or it is damaged ({detail}); it cannot be used."),
                path=str(p),
                detail=str(exc),
            )
        if result != ["ok"]:
            raise BackupError(
                N_("{path} is damaged (integrity check: {detail}); it cannot be used."),
                path=str(p),
                detail="; ".join(result[:3]),
            )
        if version > latest_version():
            raise BackupError(
                N_(
                    "{path} was made by a newer release of the program (schema {found}, this "
                    "program knows {known}). Install the newer release to restore it."
                ),
                path=str(p),
                found=version,
                known=latest_version(),
            )
        try:
            office = conn.execute(
                "SELECT code, name_zh FROM office WHERE is_local = 1 AND deleted_at IS NULL"
            ).fetchone()
        except sqlite3.DatabaseError:
            office = None
        if version == 0 or office is None:
            raise BackupError(
                N_("{path} holds no office register (no office profile); it cannot be used."), path=str(p)
            )
        if refuse_edited:
            _refuse_edited(conn, p, office[0], version)
        return {"user_version": version, "office": office[0], "office_name": office[1]}
    finally:
        conn.close()


#: the first schema whose audit heads are sealed (m0014)
SEALED_SINCE = 14


def _refuse_edited(conn, path: Path, office: str, version: int) -> None:
    """Refuse a backup whose audit log, its append-only triggers, its accounts or any trigger or
    view were changed outside the program (issue #17): restoring one would bring back a log that
    no longer proves anything, accounts (an admin added, all removed) nobody made through the
    program, or a trigger that changes records behind the program's back."""
    from storage import audit, schema_code

    try:
        found = audit.verify_triggers(conn)
        # a trigger or view added, altered or dropped outside the program (storage/schema_code.py)
        found += schema_code.foreign_code(conn)
        found += audit.verify_chain(conn, sealed=version >= SEALED_SINCE)
        found += audit.unaudited_changes(conn, ("app_user",), office, limit=3)
        if not found:
            # every record row as the program wrote it (storage/seals.py; registers from before
            # migration 30 have no seals, and nothing is said of them)
            from storage import seals

            audit_key = audit.seal_key(conn)
            found += seals.verify(conn, None if audit_key is None else seals.row_key(audit_key), limit=3)
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    if found:
        raise BackupError(
            N_("{path} was changed outside the program ({detail}); it is not restored. Use another backup."),
            path=str(path),
            detail="; ".join(found[:3]),
        )


def _backup_name(now: datetime, folder: Path, register: str) -> Path:
    base = f"register-{register}-{now.strftime('%Y-%m-%dT%H%M')}"
    candidate = folder / f"{base}.sqlite"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}.sqlite"
        n += 1
    return candidate


def _write_verified(ws: Workspace, folder: Path, now: datetime) -> Path:
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            N_("The backup folder {path} cannot be created ({detail})."),
            path=str(folder),
            detail=exc.strerror or str(exc),
        )
    register = register_key(ws)
    remove_stale_parts(folder, register)
    final = _backup_name(now, folder, register)
    part = final.with_name(final.name + ".part")
    try:
        _copy_register(ws.db, part)
        inspect(part, refuse_edited=False, key=ws.db.key)
        if ws.db.key is not None:
            # the key slots travel with the copy: on a new laptop, a password or the recovery key
            # opens the backup with them (storage/keyslots.py)
            shutil.copyfile(keyslots.path_for(ws.db.path), keyslots.path_for(final))
        replace_retrying(part, final)  # Windows: a virus scanner may hold the new file a moment
        fsync_dir(folder, quiet=True)
    except BaseException as exc:
        # SQLite leaves its rollback journal beside a copy it could not finish (a full stick): the
        # stick is left as it was found, not with a stray "-journal" file in it.
        for leftover in (part, *(part.with_name(part.name + s) for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, BackupError):
            raise BackupError(
                N_(
                    "The backup copy in {path} failed its check, so it was deleted; the register "
                    "itself is unchanged. Try another folder or stick."
                ),
                path=str(folder),
            ) from exc
        if _is_disk_full(exc):
            raise BackupError(
                N_(
                    "There is not enough free space in {path} for the backup. Nothing was written "
                    "there and the register is unchanged; free some space or use another stick."
                ),
                path=str(folder),
            ) from exc
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise BackupError(
                N_(
                    "The backup could not be written to {path} ({detail}). The register is "
                    "unchanged; check the folder or the stick and try again."
                ),
                path=str(folder),
                detail=getattr(exc, "strerror", None) or str(exc),
            ) from exc
        raise
    ws.db.set_setting("last_backup_at", now_utc())
    return final


def remove_stale_parts(folder: Path, register: str, *, now: float | None = None) -> list[Path]:
    """Delete what a killed backup of this register left in `folder` (the half-written
    ``.part`` copy, SQLite's journal beside it).

    A process killed mid-copy (power cut, task manager) cannot clean up after itself, and a
    copy of a county register is hundreds of MB on a small stick.  Only this register's leftovers
    are touched, and only those nobody has written for :data:`STALE_PART_SECONDS`: another
    register's backup may be under way in the same folder at this moment."""
    import time

    now = time.time() if now is None else now
    removed = []
    prefix = f"register-{register}-"
    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            m = PART_RE.match(p.name)
            if not m or not m.group("final").startswith(prefix):
                continue
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime >= STALE_PART_SECONDS:
                    p.unlink()
                    removed.append(p)
    return removed


def backup_to(ws: Workspace, folder: str | os.PathLike, *, now: datetime | None = None) -> Path:
    """A verified copy of the register in `folder` (a USB stick …); returns its path."""
    ws.require("backup.make")
    return _write_verified(ws, Path(folder), now or datetime.now())


def backup_now(ws: Workspace, *, now: datetime | None = None) -> Path:
    """An automatic backup into the data folder's backups/, then old ones pruned."""
    made = _write_verified(ws, paths.backup_dir(), now or datetime.now())
    prune(paths.backup_dir(), register_key(ws))
    return made


def list_backups(
    folder: str | os.PathLike | None = None, register: str | None = None, *, with_unnamed: bool = False
) -> list[BackupInfo]:
    """Backups in `folder` (default: the automatic ones), newest first.

    `register` (see :func:`register_key`): only that register's; `with_unnamed` adds the backups
    named before names carried their register (they may be this register's)."""
    folder = Path(folder) if folder else paths.backup_dir()
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = NAME_RE.match(p.name)
            if not m or not p.is_file():
                continue
            if (
                register is not None
                and m.group("register") != register
                and not (with_unnamed and m.group("register") is None)
            ):
                continue
            made = datetime.strptime(f"{m.group('day')}T{m.group('time')}", "%Y-%m-%dT%H%M")
            out.append(BackupInfo(p, made, p.stat().st_size, m.group("register")))
    out.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return out


def prune(folder: str | os.PathLike | None, register: str) -> list[Path]:
    """Keep the newest backup of each of the last 7 days and 12 months of `register`; delete the
    rest of that register's.  Nothing else in the folder is touched: another register's backups
    (the demo's beside the real one) are not this register's to judge, whatever their dates."""
    backups = list_backups(folder, register)
    keep: set[Path] = set()
    days: list[str] = []
    months: list[str] = []
    for b in backups:  # newest first: the first seen of a day / month is its newest
        day, month = b.made_at.strftime("%Y-%m-%d"), b.made_at.strftime("%Y-%m")
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(b.path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.append(month)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
            with contextlib.suppress(OSError):
                keyslots.path_for(b.path).unlink()
    return removed


def maybe_daily_backup(ws: Workspace, *, now: datetime | None = None) -> Path | None:
    """Make today's automatic backup unless there is one already (GUI: at start)."""
    now = now or datetime.now()
    newest = list_backups(None, register_key(ws))
    if newest and newest[0].made_at.date() == now.date():
        return None
    return backup_now(ws, now=now)


def backup_on_exit(ws: Workspace, *, now: datetime | None = None) -> Path | None:
    """The backup made when the program closes (skipped when nothing changed since the last one)."""
    last = ws.db.get_setting("last_backup_at")
    changed = ws.db.scalar("SELECT max(at) FROM audit_log")
    if last and changed and changed <= last and list_backups(None, register_key(ws)):
        return None
    return backup_now(ws, now=now)


def last_backup_at(ws: Workspace) -> str | None:
    return ws.db.get_setting("last_backup_at")


def restore(ws: Workspace, backup_file: str | os.PathLike, *, now: datetime | None = None) -> Path:
    """Replace the open register's content with a checked backup; return where the old one was kept.

    Nothing is replaced unless the backup passes :func:`inspect` and the current register was
    first copied aside (``<register>.before-restore-<time>``, itself verified).
    """
    ws.require("backup.restore")
    if ws.db.key is not None and is_plain_sqlite(backup_file):
        raise BackupError(
            N_(
                "{path} was made before this register was encrypted; restoring it would write "
                "its records back in the clear, so it was not restored. Restore a backup made "
                "since."
            ),
            path=str(backup_file),
        )
    info = inspect(backup_file, key=ws.db.key)
    current_office = (ws.office or {}).get("code")
    if current_office and info["office"] != current_office:
        raise BackupError(
            N_(
                "{path} belongs to another office ({other}), not to this register's office "
                "({mine}); it was not restored."
            ),
            path=str(backup_file),
            other=info["office"],
            mine=current_office,
        )
    now = now or datetime.now()
    live = Path(ws.db.path)
    aside = live.with_name(f"{live.name}.before-restore-{now.strftime('%Y-%m-%dT%H%M%S')}")
    part = aside.with_name(aside.name + ".part")
    try:
        _copy_register(ws.db, part)
        if ws.db.key is not None:  # (encrypted like the register: its key slots beside it)
            shutil.copyfile(keyslots.path_for(ws.db.path), keyslots.path_for(aside))
        replace_retrying(part, aside)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        if _is_disk_full(exc):
            raise BackupError(
                N_(
                    "There is not enough free space to keep the current register aside, so "
                    "nothing was restored. Free some space and try again."
                )
            ) from exc
        raise BackupError(
            N_("The current register could not be kept aside ({detail}), so nothing was restored."), detail=str(exc)
        ) from exc
    src = sqlite3.connect(_readonly_uri(backup_file), uri=True)
    try:
        if ws.db.key is not None:
            src.execute(key_pragma(ws.db.key))
        with ws.db._lock:
            src.backup(ws.db.conn)  # page by page into the open register, as one write
    except sqlite3.Error as exc:
        raise BackupError(
            N_("The backup could not be copied in ({detail}). The register as it was is kept in {aside}."),
            detail=str(exc),
            aside=str(aside),
        ) from exc
    finally:
        src.close()
    ws.db.content_replaced()  # (another register's audit key, or one from before record seals)
    ws.db.conn.execute("PRAGMA journal_mode = WAL")
    ws.db.migrate()  # an older backup is brought up to this release's schema
    ws.db.set_setting("last_restore", {"at": now_utc(), "from": str(backup_file), "kept": str(aside)})
    return aside


# -- restoring onto a fresh install -----------------------------------------------------------------
def is_new(ws: Workspace) -> bool:
    """Does the open register hold nothing yet (a fresh install: no office, no account, no
    record)?  Only such a register is replaced by :func:`restore_new` without being kept aside."""
    from app import registry

    if ws.office is not None:
        return False
    return not any(ws.db.scalar(f"SELECT 1 FROM {t} LIMIT 1") for t in registry.record_tables())


def backup_key(backup_file: str | os.PathLike, *, password: str | None = None, recovery_key: str | None = None):
    """The key of an encrypted backup, opened by the password of one of its accounts or by the
    register's recovery key, with the key file kept beside it (None: the backup is not encrypted).
    Raises BackupError with the reason."""
    p = Path(backup_file)
    if not p.is_file():
        raise BackupError(N_("There is no backup file at {path}."), path=str(p))
    if is_plain_sqlite(p):
        return None
    if not keyslots.exists(p):
        raise BackupError(
            N_(
                "{path} is encrypted, and the key file that opens it ({keys}) is not beside it. Copy that file "
                "from the same folder or stick the backup came from (it has the same name, ending in .keys), "
                "then try again."
            ),
            path=str(p),
            keys=keyslots.path_for(p).name,
        )
    if not password and not recovery_key:
        raise BackupError(
            N_(
                "{path} is encrypted: give the password of one of its accounts, or the recovery key printed "
                "when the register was encrypted."
            ),
            path=str(p),
        )
    try:
        if recovery_key:
            return keyslots.unlock_recovery(p, recovery_key)
        return keyslots.unlock(p, password or "")[0]
    except keyslots.SlotFileError:
        raise BackupError(
            N_("The key file beside {path} is damaged, so the backup cannot be opened. Use another backup."),
            path=str(p),
        ) from None
    except keyslots.SlotError:
        raise BackupError(
            N_(
                "Neither the password of any account in {path} nor its recovery key is what was typed, so it was "
                "not restored. Check the password (or the recovery key on the printed sheet) and try again."
            )
            if not recovery_key
            else N_(
                "This recovery key does not open {path}. Check it against the printed sheet (letters A-Z and "
                "digits 2-7, in groups of four)."
            ),
            path=str(p),
        ) from None


def restore_new(
    ws: Workspace, backup_file: str | os.PathLike, *, password: str | None = None, recovery_key: str | None = None
):
    """Put a backup in place of a fresh install's empty register (the window's first start, or
    `restore FILE` where there is no register yet).  A generator: yields progress
    ``(done, total)`` of the copy; its result is the inspected backup's {"office", "office_name", …}.

    The backup is copied next to the register first, and the copy is what is checked: sound,
    from this release or older, and not changed outside the program (audit log, its triggers,
    accounts, the record seals — :func:`inspect`).  Only then is the copy (and the key file that
    opens it) put in the register's place, and `ws` reopened on it with the backup's key.  A
    refused backup leaves the empty register as it was."""
    from storage.db import Database

    if not is_new(ws):
        raise BackupError(
            N_(
                "{path} already holds a register (an office or records), so a backup is not put in its place "
                "here. Sign in to it and restore from there (it is kept aside first), or choose another data "
                "folder."
            ),
            path=str(ws.db.path),
        )
    src = Path(backup_file)
    key = backup_key(src, password=password, recovery_key=recovery_key)
    live = Path(ws.db.path)
    part = live.with_name(live.name + ".restoring")
    part_keys = keyslots.path_for(part)
    total = src.stat().st_size
    try:
        done = 0
        with open(src, "rb") as fin, open(part, "wb") as fout:
            while True:
                block = fin.read(4 << 20)
                if not block:
                    break
                fout.write(block)
                done += len(block)
                yield done, total
            fout.flush()
            os.fsync(fout.fileno())
        if key is not None:
            shutil.copyfile(keyslots.path_for(src), part_keys)
        yield total, total  # (then the check: a county register takes a while)
        info = inspect(part, key=key)  # the copy, not the stick: what is checked is what is used
        if key is not None:
            shutil.copyfile(part_keys, keyslots.path_for(live))  # first: a plain file beside it opens as plain
        ws.db.close()
        for side in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(live) + side).unlink()
        replace_retrying(part, live)
        fsync_dir(live.parent, quiet=True)
    except BaseException as exc:
        for leftover in (part, part_keys, *(Path(str(part) + s) for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if key is not None and is_plain_sqlite(live):
            with contextlib.suppress(OSError):
                keyslots.path_for(live).unlink()  # (copied just before the swap failed)
        if not _is_open(ws.db):
            ws.db = Database(live)  # the empty register back, as it was
        if _is_disk_full(exc):
            raise BackupError(
                N_("There is not enough free space to restore the backup; nothing was changed. Free some space.")
            ) from exc
        if isinstance(exc, OSError):
            raise BackupError(
                N_("The backup could not be read or copied ({detail}); nothing was changed."),
                detail=exc.strerror or str(exc),
            ) from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            part_keys.unlink()
    from app.services.workspace import _backup_before_update

    ws.db = Database(live, key=key, before_migrate=_backup_before_update)  # an older backup: brought up to date
    ws.undo_stack.entries.clear()
    ws.db.set_setting("last_restore", {"at": now_utc(), "from": str(src), "kept": None})
    return info


def _is_open(db) -> bool:
    try:
        db.conn.execute("SELECT 1")
        return True
    except Exception:  # noqa: BLE001 - a closed connection says so by raising
        return False
