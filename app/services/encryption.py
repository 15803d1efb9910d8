"""The register encrypted at rest (issue #17, DESIGN §8): SQLCipher with one random key, wrapped
per account and by a recovery key in key slots beside the file (storage/keyslots.py).

- A register without accounts (demo, scripts, a fresh install) stays plain: there is no password
  to wrap a key with.  The first account encrypts it (:func:`encrypt_register`, called by
  ``auth.add_user``) and the recovery key is shown once, to be printed and kept in the office safe.
- A register that already had accounts before this release is encrypted at its first sign-in
  (:func:`encrypt_on_sign_in`): the signed-in account gets an ordinary slot, the others a pending
  slot opened by the password behind their stored hash, replaced at their own next sign-in.
- Encrypting writes an encrypted copy beside the register (``sqlcipher_export``), checks it, then
  swaps it in with one rename; the plain file is overwritten with zeros before it is deleted —
  as securely as a file system allows: an SSD or a journal may still hold old blocks, which is
  why the backups made before (plain) should be replaced by new ones.
- Adding an account, changing a password or an office head's reset rewrites that account's slot
  (:func:`set_account_slot`); the register itself is never encrypted again.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import SentenceError
from app.i18n import N_
from storage import keyslots
from storage.db import Database, key_pragma
from storage.sqlite import ENCRYPTION, sqlite3

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class EncryptionError(SentenceError):
    """Encrypting or unlocking the register refused, and why, as one sentence."""


def _db(ws_or_db) -> Database:
    return getattr(ws_or_db, "db", ws_or_db)


def is_encrypted(ws_or_db) -> bool:
    return _db(ws_or_db).key is not None


def can_encrypt(ws_or_db) -> bool:
    """Could this register be encrypted now (plain, a file, SQLCipher at hand)?  (A workspace or
    its database: the window and the CLI ask with the workspace.)"""
    db = _db(ws_or_db)
    return ENCRYPTION and str(db.path) != ":memory:" and db.key is None


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, sync, then delete it."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b") as f:
            block = bytes(1 << 20)
            left = size
            while left > 0:
                n = min(left, len(block))
                f.write(block[:n])
                left -= n
            f.flush()
            os.fsync(f.fileno())
    with contextlib.suppress(OSError):
        path.unlink()


def _export_encrypted(db: Database, dest: Path, key: bytes) -> None:
    """An encrypted copy of the open plain register at `dest`, checked."""
    for leftover in (dest, *(dest.with_name(dest.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()
    version = db.user_version
    with db._lock:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(dest),))
        try:
            db.conn.execute("SELECT sqlcipher_export('enc')")
            db.conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        finally:
            db.conn.execute("DETACH DATABASE enc")
    check = sqlite3.connect(str(dest))
    try:
        check.execute(key_pragma(key))
        ok = [r[0] for r in check.execute("PRAGMA integrity_check")] == ["ok"]
        same = check.execute("PRAGMA user_version").fetchone()[0] == version and all(
            check.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == db.scalar(f"SELECT count(*) FROM {t}")
            for t in ("household", "audit_log", "app_user", "local_secret")
        )
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    if not (ok and same):
        raise EncryptionError(
            N_(
                "The encrypted copy of the register did not check out, so the register was "
                "left as it was (not encrypted). Free some disk space and sign in again."
            )
        )
    with open(dest, "rb+") as f:
        os.fsync(f.fileno())


def encrypt_register(ws: Workspace, *, known: dict[str, str] | None = None) -> str:
    """Encrypt the open plain register in place; return the new recovery key (show it once).

    `known`: account name -> password for the accounts whose password is at hand (the first
    account, the one signing in); every other account gets a pending slot from its hash."""
    db: Database = ws.db
    if not can_encrypt(db):
        raise EncryptionError(
            N_("This register cannot be encrypted here (it is already encrypted, or SQLCipher is not installed).")
        )
    known = known or {}
    path = Path(db.path)
    key = os.urandom(keyslots.KEY_BYTES)
    recovery = keyslots.new_recovery_key()
    slots = keyslots.Slots([keyslots.recovery_slot(key, recovery)])
    for username, password_hash in db.execute(
        "SELECT username, password_hash FROM app_user WHERE deleted_at IS NULL"
    ).fetchall():
        if username in known:
            slots.replace(keyslots.account_slot(key, username, known[username]))
        else:
            pending = keyslots.pending_slot(key, username, password_hash)
            if pending is not None:
                slots.replace(pending)
    temp = path.with_name(path.name + ".encrypting")
    try:
        _export_encrypted(db, temp, key)
    except sqlite3.Error as exc:
        _shred(temp)
        raise EncryptionError(
            N_(
                "The register could not be encrypted ({detail}); it was left as it was. "
                "Free some disk space and sign in again."
            ),
            detail=str(exc),
        ) from exc
    except BaseException:
        _shred(temp)
        raise
    # The slots first: until the rename below, the file beside them is still plain and opens as
    # such (storage.db), so a power cut here only means encrypting again at the next sign-in.
    keyslots.write(path, slots)
    old = path.with_name(path.name + ".plain-old")
    with contextlib.suppress(OSError):
        old.unlink()
    db.close()
    try:
        os.link(path, old)  # the plain bytes stay reachable to be overwritten after the swap
    except OSError:
        old = None
    from app.safe_write import fsync_dir, replace_retrying

    replace_retrying(temp, path)
    fsync_dir(path.parent, quiet=True)
    for side in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + side).unlink()
    if old is not None:
        _shred(old)
    ws.db = Database(path, key=key)
    return recovery


def set_account_slot(ws_or_db, username: str, password: str) -> None:
    """Give an account (new, or with a new password) its slot; the register is not re-encrypted."""
    db = _db(ws_or_db)
    if db.key is None:
        return
    slots = keyslots.read(db.path)
    slots.replace(keyslots.account_slot(db.key, username, password))
    keyslots.write(db.path, slots)


def remove_account_slot(ws_or_db, username: str) -> None:
    db = _db(ws_or_db)
    if db.key is None:
        return
    slots = keyslots.read(db.path)
    slots.remove(keyslots.slot_id(db.key, username))
    keyslots.write(db.path, slots)


def unlock(path: str | os.PathLike, password: str) -> tuple[bytes, bool] | None:
    """The key of the encrypted register at `path` opened by `password` (and whether the slot
    was pending); None when no slot opens (the caller says "name or password wrong")."""
    try:
        return keyslots.unlock(path, password)
    except keyslots.SlotFileError:
        raise _damaged_slots(path) from None
    except keyslots.SlotError:
        return None


def _damaged_slots(path) -> EncryptionError:
    return EncryptionError(
        N_(
            "The key file beside the register ({path}) is missing or damaged, so no password can "
            "open the register. Copy it back from the newest backup (the file ending in .keys "
            "beside it); the recovery key needs it too."
        ),
        path=str(keyslots.path_for(path)),
    )


def unlock_with_recovery(path: str | os.PathLike, recovery_key: str) -> bytes:
    try:
        return keyslots.unlock_recovery(path, recovery_key)
    except keyslots.SlotFileError:
        raise _damaged_slots(path) from None
    except keyslots.SlotError:
        # kept for the audit log (the register is closed): written at the next sign-in
        from datetime import datetime, timezone

        with contextlib.suppress(keyslots.SlotError, OSError):
            slots = keyslots.read(path)
            at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            keyslots.note_failed(slots, at=at, kind="recovery", who="")
            keyslots.write(path, slots)
        raise EncryptionError(
            N_(
                "This recovery key does not open the register. Check it against the "
                "printed sheet (letters A-Z and digits 2-7, in groups of four)."
            )
        ) from None


def needs_key(path: str | os.PathLike) -> bool:
    """Is the register at `path` encrypted (so that it cannot be opened without a key)?"""
    from storage.db import is_plain_sqlite

    return keyslots.exists(path) and not is_plain_sqlite(path)
