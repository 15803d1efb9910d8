"""Key slots: the one random key of an encrypted register, wrapped once per account and once by
the recovery key, in a small file beside the register (``register.sqlite.keys``).

Why slots: the register is encrypted with a random 256-bit key (SQLCipher).  Each account's
password gives, through argon2id, a key that wraps (AES-256-GCM) that database key; so adding an
account, changing a password or an office head resetting one rewrites one slot of this small
file and never re-encrypts the register.  The recovery key (printed once when the register is
first encrypted, kept in the office safe) wraps it too, and opens the register when every
password is lost.

What the file shows: how many slots there are and the argon2 parameters — not the account
names (a slot's id is an HMAC of the name under the database key, so only someone who has
opened the register can tell whose slot is whose), and nothing that tests a password faster
than argon2id does.  Signing in tries the password on each account slot (a handful).

The file is written whole under a temporary name, synced and renamed: a power cut leaves the
old slots or the new ones, never half a file.  Losing the file loses every password's way in;
the recovery key then still needs it too, so backups carry a copy (app/services/backup.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

FORMAT = "dualbase-keyslots"
FORMAT_VERSION = 1
SUFFIX = ".keys"
KEY_BYTES = 32
#: argon2id, RFC 9106's second recommended (low-memory) option, as the password hashes use
ARGON2 = {"t": 3, "m": 65536, "p": 4}
_AAD = b"dualbase-register-key-v1"
#: the most argon2 work a password check may cost, whatever a key file says (a backup's comes from
#: a stick): the program's own slots use ARGON2 and argon2-cffi's defaults (t 3, m 64 MiB), and an
#: office has a handful of accounts — at most about 5 s and 64 MiB on the reference machine
MAX_T, MAX_M, MAX_SLOTS_TRIED = 4, 1 << 16, 16
#: failed sign-ins kept for the audit log while the register is closed (then only counted)
MAX_FAILED = 200


class SlotError(Exception):
    """No slot opens with what was given (or the file is not a key-slot file)."""


class SlotFileError(SlotError):
    """The key-slot file is missing, unreadable or not one of ours."""


def path_for(register: str | os.PathLike) -> Path:
    return Path(str(register) + SUFFIX)


def exists(register: str | os.PathLike) -> bool:
    return path_for(register).is_file()


def _argon2(secret: bytes, salt: bytes, t: int, m: int, p: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret, salt, time_cost=t, memory_cost=m, parallelism=p, hash_len=32, type=Type.ID)


def _wrap(kek: bytes, db_key: bytes) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": nonce.hex(), "wrapped": AESGCM(kek).encrypt(nonce, db_key, _AAD).hex()}


def _unwrap(kek: bytes, slot: dict) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(kek).decrypt(bytes.fromhex(slot["nonce"]), bytes.fromhex(slot["wrapped"]), _AAD)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None
    return key if len(key) == KEY_BYTES else None


def slot_id(db_key: bytes, username: str) -> str:
    return hmac.new(db_key, b"account:" + username.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def account_slot(db_key: bytes, username: str, password: str) -> dict:
    salt = os.urandom(16)
    kek = _argon2(password.encode("utf-8"), salt, **ARGON2)
    return {"kind": "account", "id": slot_id(db_key, username), "salt": salt.hex(), **ARGON2, **_wrap(kek, db_key)}


def pending_slot(db_key: bytes, username: str, password_hash: str) -> dict | None:
    """A slot opened by the password behind an existing argon2id hash (PHC string), for the
    accounts of a register encrypted at its first sign-in: their passwords are not known then,
    only their hashes.  The raw hash is the key that wraps; the slot is replaced by an ordinary
    one at that account's next sign-in (:func:`unlock` says so)."""
    parts = password_hash.split("$")
    if len(parts) != 6 or parts[1] != "argon2id":
        return None
    try:
        params = dict(kv.split("=") for kv in parts[3].split(","))
        salt = base64.b64decode(parts[4] + "=" * (-len(parts[4]) % 4))
        raw = base64.b64decode(parts[5] + "=" * (-len(parts[5]) % 4))
        t, m, p = int(params["t"]), int(params["m"]), int(params["p"])
    except (ValueError, KeyError):
        return None
    kek = hashlib.sha256(b"dualbase-pending-slot\0" + raw).digest()
    return {
        "kind": "pending",
        "id": slot_id(db_key, username),
        "salt": salt.hex(),
        "t": t,
        "m": m,
        "p": p,
        "hash_len": len(raw),
        **_wrap(kek, db_key),
    }


def new_recovery_key() -> str:
    """32 random bytes as 13 groups of 4 base32 letters and digits 2-7 (a 0, 1 or 8 typed is read
    as O, I or B)."""
    text = base64.b32encode(os.urandom(KEY_BYTES)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_kek(recovery_key: str) -> bytes | None:
    # base32 has no 0, 1 or 8: typed for O, I and B when copied from paper, they mean those
    text = "".join(ch for ch in recovery_key.upper() if ch.isalnum()).translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        return None
    if len(raw) != KEY_BYTES:
        return None
    # full-strength random key: one hash suffices, no password stretching needed
    return hashlib.sha256(b"dualbase-recovery-slot\0" + raw).digest()


def recovery_slot(db_key: bytes, recovery_key: str) -> dict:
    kek = _recovery_kek(recovery_key)
    assert kek is not None
    return {"kind": "recovery", "id": "recovery", **_wrap(kek, db_key)}


@dataclass
class Slots:
    slots: list[dict]
    #: wrong passwords per account (by a digest of its name) while the register cannot be opened
    #: to count them in app_user: app/services/encryption.py's lockout before the key is known
    attempts: dict | None = None
    #: failed sign-ins (password or recovery key) while the register could not be opened, oldest
    #: first: {"at", "kind", "who"} with `who` the digest of the name typed (never the name: it may
    #: be a password typed into the wrong field), written into the audit log at the next sign-in
    failed: list | None = None
    #: failures not kept in `failed` because it was full (a flood must not grow the file)
    failed_dropped: int = 0

    def replace(self, slot: dict) -> None:
        self.slots = [s for s in self.slots if s.get("id") != slot["id"]] + [slot]

    def remove(self, sid: str) -> None:
        self.slots = [s for s in self.slots if s.get("id") != sid]


def read(register: str | os.PathLike) -> Slots:
    from app.small_files import read_small_file

    path = path_for(register)
    try:
        # a backup's key-slot file comes from a stick: at most 1 MB of an ordinary file is read, never
        # a device or a pipe named as one (app.small_files; both refusals are OSErrors)
        data = json.loads(read_small_file(path, 1 << 20).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError) as exc:  # (a crafted file nested deep)
        raise SlotFileError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), list):
        raise SlotFileError(f"{path}: not a key-slot file")
    attempts = data.get("attempts") if isinstance(data.get("attempts"), dict) else {}
    failed = (
        [f for f in data.get("failed") or [] if isinstance(f, dict)] if isinstance(data.get("failed"), list) else []
    )
    dropped = data["failed_dropped"] if isinstance(data.get("failed_dropped"), int) else 0
    return Slots([s for s in data["slots"] if isinstance(s, dict)], attempts, failed[:MAX_FAILED], max(0, dropped))


def write(register: str | os.PathLike, slots: Slots) -> None:
    from app.safe_write import replace_retrying

    path = path_for(register)
    temp = path.with_name(path.name + ".part")
    body = json.dumps(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "slots": slots.slots,
            "attempts": slots.attempts or {},
            "failed": (slots.failed or [])[:MAX_FAILED],
            "failed_dropped": slots.failed_dropped,
        },
        indent=1,
        sort_keys=True,
    ).encode("utf-8")
    with open(temp, "wb") as f:
        f.write(body)
        f.flush()
        os.fsync(f.fileno())
    replace_retrying(temp, path)


def unlock(register: str | os.PathLike, password: str) -> tuple[bytes, bool]:
    """The database key opened by `password` on one of the account slots, and whether that slot
    was a pending one (then the caller makes an ordinary slot for the account).  SlotError if none."""
    from argon2.exceptions import HashingError

    slots = read(register)
    tried = 0
    for slot in slots.slots:
        try:
            salt = bytes.fromhex(slot["salt"])
            t, m, p = int(slot["t"]), int(slot["m"]), int(slot["p"])
            if not (1 <= t <= MAX_T and 8 <= m <= MAX_M and 1 <= p <= 16) or slot.get("kind") not in (
                "account",
                "pending",
            ):
                continue  # bounds: a crafted file must not make argon2 take minutes or gigabytes
            tried += 1
            if tried > MAX_SLOTS_TRIED:
                break  # (nor make it try a thousand slots: a backup's key file comes from a stick)
            if slot.get("kind") == "account":
                kek = _argon2(password.encode("utf-8"), salt, t, m, p)
            elif slot.get("kind") == "pending":
                from argon2.low_level import Type, hash_secret_raw

                raw = hash_secret_raw(
                    password.encode("utf-8"),
                    salt,
                    time_cost=t,
                    memory_cost=m,
                    parallelism=p,
                    hash_len=min(64, max(16, int(slot.get("hash_len", 32)))),  # (a crafted 2**31 allocates)
                    type=Type.ID,
                )
                kek = hashlib.sha256(b"dualbase-pending-slot\0" + raw).digest()
            else:
                continue
        except (KeyError, ValueError, TypeError, HashingError):  # (a crafted salt or parameter)
            continue
        key = _unwrap(kek, slot)
        if key is not None:
            return key, slot.get("kind") == "pending"
    raise SlotError("no account slot opens with this password")


def unlock_recovery(register: str | os.PathLike, recovery_key: str) -> bytes:
    kek = _recovery_kek(recovery_key)
    if kek is not None:
        for slot in read(register).slots:
            if slot.get("kind") == "recovery":
                key = _unwrap(kek, slot)
                if key is not None:
                    return key
    raise SlotError("the recovery key does not open this register")


def note_failed(slots: Slots, *, at: str, kind: str, who: str) -> None:
    """Keep one failed sign-in (password or recovery key) in `slots` for the audit log (the
    caller writes the file): the register cannot be written until someone opens it."""
    failed = list(slots.failed or [])
    if len(failed) < MAX_FAILED:
        failed.append({"at": at, "kind": kind, "who": who})
    else:
        slots.failed_dropped += 1
    slots.failed = failed


def forget_failed(register: str | os.PathLike, kept: int, dropped: int) -> None:
    """Remove the first `kept` failed sign-ins and `dropped` of the counted ones: they are in the
    audit log now (those noted meanwhile stay)."""
    slots = read(register)
    slots.failed = list(slots.failed or [])[kept:]
    slots.failed_dropped = max(0, slots.failed_dropped - dropped)
    write(register, slots)
