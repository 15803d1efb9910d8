"""Local accounts, roles and what each role may do (DESIGN §3 user, §7).

- Roles: ``admin`` (the office head: manages accounts, settings, restores), ``cadre`` (village
  cadres: register households, demands, sessions, complaints) and ``bank_officer`` (bank staff
  stationed in the office: record the bank's decisions and the bank's half of a credit rating).
- The permission matrix is data (:data:`PERMISSIONS`); services call ``ws.require(permission)``.
- While a register has no accounts at all (scripts, demo data, a fresh install before the first
  start form), every permission is granted: the workspace acts as the admin.  The first account
  created must be an admin, so that someone can manage the others.
- Passwords are hashed with argon2id (argon2-cffi); the clear text is never stored, logged or
  put in the audit log (user rows are audited with the hash left out).
- Five wrong passwords in a row lock the account for ``auth.lockout_minutes`` (setting, default
  15); the GUI locks itself after ``auth.idle_minutes`` without input (setting, default 10).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, NoReturn


from app.domain.errors import Named, PermissionDenied, SentenceError, ValidationError, sentence
from app.i18n import N_, translate
from storage import audit
from storage.db import new_id, now_utc

if TYPE_CHECKING:
    from app.services.workspace import Workspace

ROLES = ("admin", "cadre", "bank_officer")
ROLE_LABELS = {
    "admin": N_("Office head (administrator)"),
    "cadre": N_("Village cadre"),
    "bank_officer": N_("Bank officer"),
}

_ALL = frozenset(ROLES)
#: permission -> roles that hold it (while accounts exist)
PERMISSIONS: dict[str, frozenset[str]] = {
    "record.edit": _ALL,  # households, demands, sessions, complaints
    "loan.decide": frozenset({"bank_officer"}),  # approve / grant / reject a loan demand
    "rating.bank": frozenset({"bank_officer"}),  # the bank's score of a credit rating
    "id.full": frozenset({"admin", "bank_officer"}),  # see full ID numbers (others: masked)
    "users.manage": frozenset({"admin"}),
    "settings.manage": frozenset({"admin"}),
    # a copy of the whole register (every ID number, on a stick that may be lost): the office
    # head's decision, as restoring one is; the automatic backups in the data folder need no role
    "backup.make": frozenset({"admin"}),
    "backup.restore": frozenset({"admin"}),
    "audit.view": frozenset({"admin", "bank_officer"}),
}
PERMISSION_LABELS = {
    "record.edit": N_("change the registers"),
    "loan.decide": N_("record a bank decision on a loan demand (approve, grant, reject)"),
    "rating.bank": N_("give the bank's score of a credit rating"),
    "id.full": N_("see full ID numbers"),
    "users.manage": N_("manage user accounts"),
    "settings.manage": N_("change the settings"),
    "backup.make": N_("make a backup"),
    "backup.restore": N_("restore a backup"),
    "audit.view": N_("read the audit log"),
}

WRONG_NAME_OR_PASSWORD = N_("The account name or the password is wrong.")
NOT_AN_ADMIN = N_("There is no office head's account (role admin) of that name.")

MAX_ATTEMPTS = 5
DEFAULT_LOCKOUT_MINUTES = 15
DEFAULT_IDLE_MINUTES = 10
MIN_PASSWORD_LENGTH = 8

#: argon2id, argon2-cffi's RFC 9106 low-memory profile; made on first use (argon2 is not needed to show
#: the window: the idle lock only reads settings from here), tests put a quick one here
_hasher = None


def _h():
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


class AuthError(SentenceError):
    """A refusal told as a sentence (wrong password, locked account, weak password …)."""


class NotAllowed(PermissionDenied):
    """PermissionDenied whose action is a marked label, translated with the sentence."""

    def __init__(self, permission: str):
        self.permission = permission
        super().__init__(PERMISSION_LABELS.get(permission, permission))

    def text(self, lang: str = "en") -> str:
        label = PERMISSION_LABELS.get(self.permission, self.permission)
        action = Named(translate(label, "zh"), translate(label, "bo"), label)
        return sentence(N_("Your account is not allowed to do this: {action}"), {"action": action}, lang)


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    display_name: str
    role: str
    active: bool


# -- permissions ----------------------------------------------------------------------------------
def has_accounts(db) -> bool:
    return bool(db.scalar("SELECT 1 FROM app_user WHERE deleted_at IS NULL LIMIT 1"))


def role_allows(role: str, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return role in PERMISSIONS[permission]


def allowed(ws: Workspace, permission: str) -> bool:
    """May the workspace's user do this?  Always yes while the register has no accounts."""
    if not has_accounts(ws.db):
        role_allows("admin", permission)  # still refuse a misspelt permission name
        return True
    return role_allows(ws.role, permission)


def roles_with(permission: str) -> list[str]:
    """The roles that hold `permission`, in ROLES order (the window names them on what it disables)."""
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return [r for r in ROLES if r in PERMISSIONS[permission]]


def require(ws: Workspace, permission: str) -> None:
    if not allowed(ws, permission):
        raise NotAllowed(permission)


# -- settings -------------------------------------------------------------------------------------
def lockout_minutes(db) -> int:
    return int(db.get_setting("auth.lockout_minutes", DEFAULT_LOCKOUT_MINUTES))


def idle_minutes(db) -> int:
    """Minutes without input before the window locks; 0 turns the idle lock off."""
    return int(db.get_setting("auth.idle_minutes", DEFAULT_IDLE_MINUTES))


def set_security_settings(ws: Workspace, *, lockout: int | None = None, idle: int | None = None) -> None:
    require(ws, "settings.manage")
    if lockout is not None:
        if not 1 <= int(lockout) <= 24 * 60:
            raise ValidationError("lockout", N_("The lock time must be between 1 and 1440 minutes."))
        ws.db.set_setting("auth.lockout_minutes", int(lockout))
    if idle is not None:
        if not 0 <= int(idle) <= 8 * 60:
            raise ValidationError("idle", N_("The idle time must be between 0 (never) and 480 minutes."))
        ws.db.set_setting("auth.idle_minutes", int(idle))


# -- accounts -------------------------------------------------------------------------------------
_PUBLIC = (
    "id",
    "username",
    "display_name",
    "role",
    "active",
    "failed_attempts",
    "locked_until",
    "last_login_at",
    "created_at",
    "updated_at",
    "version",
)


def _public(row: dict) -> dict:
    return {k: row.get(k) for k in _PUBLIC}


def list_users(ws: Workspace) -> list[dict]:
    """Accounts without their password hashes, sorted by name."""
    return [_public(r) for r in ws.db.query("SELECT * FROM app_user WHERE deleted_at IS NULL ORDER BY username")]


def get_user(ws_or_db, username: str) -> dict | None:
    db = getattr(ws_or_db, "db", ws_or_db)
    return db.one("SELECT * FROM app_user WHERE username = ? AND deleted_at IS NULL", (username.strip(),))


def check_password_strength(password: str, username: str = "") -> None:
    if not password or not password.strip():
        raise ValidationError("password", N_("Type a password; an account cannot have an empty one."))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password", N_("The password is too short: use at least {n} characters."), n=MIN_PASSWORD_LENGTH
        )
    if username and password.strip().lower() == username.strip().lower():
        raise ValidationError("password", N_("The password must not be the account name."))


def hash_password(password: str) -> str:
    return _h().hash(password)


def _check_username(username: str) -> str:
    name = (username or "").strip()
    if not name:
        raise ValidationError("username", N_("Type a name for the account."))
    if len(name) > 40 or any(c.isspace() for c in name):
        raise ValidationError("username", N_("An account name has at most 40 characters and no spaces."))
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role", N_("Choose a role: admin, cadre or bank_officer."))
    return role


def _audit(
    conn, ws: Workspace, action: str, user_id: str, before: dict | None, after: dict | None, who: str | None = None
) -> None:
    # password_hash never goes into the audit log: the log travels in sync packages
    strip = lambda d: None if d is None else {k: v for k, v in d.items() if k != "password_hash"}
    audit.append(
        conn,
        entry_id=new_id(),
        office_code=ws.actor.office_code,
        at=now_utc(),
        user=ws.user if who is None else who,
        action=action,
        table_name="app_user",
        record_id=user_id,
        before=strip(before),
        after=strip(after),
    )


def add_user(ws: Workspace, username: str, role: str, password: str, *, display_name: str = "") -> dict:
    """Create an account.  The first account must be an admin; later ones need users.manage."""
    name = _check_username(username)
    _check_role(role)
    first = not has_accounts(ws.db)
    if first and role != "admin":
        raise ValidationError(
            "role",
            N_("The first account must be the office head's (role admin), so that someone can manage the others."),
        )
    if not first:
        require(ws, "users.manage")
    check_password_strength(password, name)
    if ws.db.scalar("SELECT 1 FROM app_user WHERE username = ?", (name,)):
        raise ValidationError("username", N_("There is already an account named {name}."), name=name)
    now = now_utc()
    row = {
        "id": new_id(),
        "office_code": ws.actor.office_code,
        "created_at": now,
        "updated_at": now,
        "updated_by": ws.user or name,
        "version": 1,
        "deleted_at": None,
        "username": name,
        "display_name": display_name.strip(),
        "role": role,
        "password_hash": hash_password(password),
        "failed_attempts": 0,
        "locked_until": None,
        "active": 1,
        "last_login_at": None,
    }
    cols = list(row)
    with ws.db.transaction() as conn:
        conn.execute(
            f"INSERT INTO app_user ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols]
        )
        _audit(conn, ws, "create", row["id"], None, row)
    from app.services import encryption

    out = _public(row)
    if first and encryption.can_encrypt(ws.db):
        # DESIGN §8: a register is plain until its first account; now there is a password to
        # wrap its key with.  The recovery key is shown once by the caller (window, CLI).
        out["recovery_key"] = encryption.encrypt_register(ws, known={name: password})
    else:
        encryption.set_account_slot(ws.db, name, password)
    return out


def _change(ws: Workspace, username: str, changes: dict, action: str) -> dict:
    """Apply changes to an account: version +1, audited (without the hash)."""
    with ws.db.transaction() as conn:
        before = get_user(ws.db, username)
        if before is None:
            raise ValidationError("username", N_("There is no account named {name}."), name=username)
        real = {k: v for k, v in changes.items() if before.get(k) != v}
        if not real:
            return _public(before)
        real.update(updated_at=now_utc(), updated_by=ws.user, version=before["version"] + 1)
        conn.execute(
            f"UPDATE app_user SET {', '.join(f'{k} = ?' for k in real)} WHERE id = ?", [*real.values(), before["id"]]
        )
        _audit(conn, ws, action, before["id"], {k: before[k] for k in real}, {k: v for k, v in real.items()})
        return _public({**before, **real})


def _active_admins(ws: Workspace, except_username: str | None = None) -> int:
    return ws.db.scalar(
        "SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL AND username != ?",
        (except_username or "",),
    )


def set_password(ws: Workspace, username: str, new_password: str, *, old_password: str | None = None) -> dict:
    """An admin sets anyone's password; others change their own, giving the old one."""
    user = get_user(ws.db, username)
    if user is None:
        raise ValidationError("username", N_("There is no account named {name}."), name=username)
    own = has_accounts(ws.db) and username == ws.user
    if not (own and old_password is not None):
        require(ws, "users.manage")
    elif not _verify(user["password_hash"], old_password):
        raise AuthError(N_("The current password is wrong."))
    check_password_strength(new_password, username)
    changed = _change(
        ws,
        username,
        {"password_hash": hash_password(new_password), "failed_attempts": 0, "locked_until": None},
        "password",
    )
    from app.services import encryption

    encryption.set_account_slot(ws.db, username, new_password)  # one slot rewritten, not the register
    return changed


def set_active(ws: Workspace, username: str, active: bool) -> dict:
    require(ws, "users.manage")
    user = get_user(ws.db, username)
    if user is None:
        raise ValidationError("username", N_("There is no account named {name}."), name=username)
    if not active and user["role"] == "admin" and _active_admins(ws, username) == 0:
        raise ValidationError(
            "active", N_("This is the last active admin account; create another admin before disabling it.")
        )
    return _change(ws, username, {"active": 1 if active else 0}, "enable" if active else "disable")


def set_role(ws: Workspace, username: str, role: str) -> dict:
    require(ws, "users.manage")
    _check_role(role)
    user = get_user(ws.db, username)
    if user is None:
        raise ValidationError("username", N_("There is no account named {name}."), name=username)
    if user["role"] == "admin" and role != "admin" and _active_admins(ws, username) == 0:
        raise ValidationError("role", N_("This is the last active admin account; make another account admin first."))
    return _change(ws, username, {"role": role}, "role")


def unlock(ws: Workspace, username: str) -> dict:
    require(ws, "users.manage")
    return _change(ws, username, {"failed_attempts": 0, "locked_until": None}, "unlock")


# -- signing in -----------------------------------------------------------------------------------
def _verify(password_hash: str, password: str) -> bool:
    from argon2 import exceptions as argon2_errors

    try:
        return _h().verify(password_hash, password)
    except (argon2_errors.VerifyMismatchError, argon2_errors.VerificationError, argon2_errors.InvalidHashError):
        return False


def _parse(ts: str | None) -> datetime | None:
    if not ts:
        return None
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def _fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _locked_error(until: datetime, now: datetime) -> AuthError:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return AuthError(
        N_(
            "This account is locked after {n} wrong passwords. Try again in {minutes} minutes, "
            "or ask the office head to unlock it."
        ),
        n=MAX_ATTEMPTS,
        minutes=minutes,
    )


def authenticate(ws: Workspace, username: str, password: str, *, now: datetime | None = None) -> Account:
    """Check a name and password; count failures and lock after MAX_ATTEMPTS.  Raises AuthError.

    A name that is no account answers exactly as an account with a wrong password does — the
    same sentences, tries left and lock included, after the same work (one password hash, one
    write) — so the answers do not tell which accounts exist (issue 17 §7).  The count of a name
    that is no account is kept in the audit log under a digest of the name (never the name: it
    may be a password typed into the wrong field).  Whether an account is disabled is said only
    to someone who gives its password."""
    now = now or datetime.now(timezone.utc)
    user = get_user(ws.db, username or "")
    if user is None:
        _hasher_dummy(password)  # same time whether or not the name exists
        _refuse_unknown(ws, username or "", now)
    until = _parse(user["locked_until"])
    if until and until > now:
        raise _locked_error(until, now)
    if not _verify(user["password_hash"], password or ""):
        attempts = (0 if until else user["failed_attempts"]) + 1
        lock = _fmt(now + timedelta(minutes=lockout_minutes(ws.db))) if attempts >= MAX_ATTEMPTS else None
        with ws.db.transaction() as conn:
            conn.execute(
                "UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?", (attempts, lock, user["id"])
            )
            _audit(
                conn,
                ws,
                "login_locked" if lock else "login_failed",
                user["id"],
                None,
                {"failed_attempts": attempts, "locked_until": lock},
                who=user["username"],
            )
        raise _wrong(attempts, lock, now)
    if not user["active"]:
        raise AuthError(N_("This account is disabled. Ask the office head."))
    changes = {"failed_attempts": 0, "locked_until": None, "last_login_at": _fmt(now)}
    if _h().check_needs_rehash(user["password_hash"]):
        changes["password_hash"] = hash_password(password)
    with ws.db.transaction() as conn:
        conn.execute(
            f"UPDATE app_user SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
            [*changes.values(), user["id"]],
        )
        _audit(conn, ws, "login", user["id"], None, {"last_login_at": changes["last_login_at"]}, who=user["username"])
    return Account(user["id"], user["username"], user["display_name"], user["role"], bool(user["active"]))


def _wrong(attempts: int, lock: str | None, now: datetime) -> AuthError:
    if lock:
        return _locked_error(_parse(lock), now)
    return AuthError(
        N_("The account name or the password is wrong. {left} tries left before the account is locked."),
        left=MAX_ATTEMPTS - attempts,
    )


def _refuse_unknown(ws: Workspace, name: str, now: datetime) -> NoReturn:
    """The answer to a name that is no account: what an account would answer, from a count kept
    in the audit log under the name's digest."""
    import hashlib

    who = "?" + hashlib.sha256(("dualbase-login\0" + name.strip().casefold()).encode("utf-8")).hexdigest()[:16]
    # by the (table_name, record_id) index, as an account's own entries are found
    last = ws.db.one(
        "SELECT after_json FROM audit_log WHERE table_name = 'app_user' AND record_id = ?"
        " AND action IN ('login_failed', 'login_locked') ORDER BY seq DESC LIMIT 1",
        (who,),
    )
    state = json.loads(last["after_json"]) if last and last["after_json"] else {}
    until = _parse(state.get("locked_until"))
    if until and until > now:
        raise _locked_error(until, now)
    attempts = (0 if until else int(state.get("failed_attempts") or 0)) + 1
    lock = _fmt(now + timedelta(minutes=lockout_minutes(ws.db))) if attempts >= MAX_ATTEMPTS else None
    with ws.db.transaction() as conn:
        _audit(
            conn,
            ws,
            "login_locked" if lock else "login_failed",
            who,
            None,
            {"failed_attempts": attempts, "locked_until": lock},
            who=who,
        )
    raise _wrong(attempts, lock, now)


_DUMMY: list[str] = []


def _hasher_dummy(password: str) -> None:
    if not _DUMMY:
        _DUMMY.append(_h().hash("not a password of anyone"))
    try:
        _h().verify(_DUMMY[0], password or "")
    except Exception:  # noqa: BLE001 - only the time a real check takes matters, not its outcome
        pass


def _name_digest(username: str) -> str:
    import hashlib

    return hashlib.sha256(b"dualbase-sign-in\0" + username.strip().encode("utf-8")).hexdigest()[:24]


def sign_in_key(path, username: str, password: str, *, now=None) -> tuple[bytes, bool]:
    """The key of an encrypted register for a sign-in, with the same lockout as auth.authenticate:
    the wrong passwords typed before the register can be opened are counted in the key file
    (the register cannot be written without its key), five in a row lock the name for the lockout
    time, and the right password resets the count.  Raises auth.AuthError with auth's sentences."""
    from app.services import encryption
    from storage import keyslots

    now = now or datetime.now(timezone.utc)
    opened = encryption.unlock(path, password)
    slots = keyslots.read(path)
    attempts = dict(slots.attempts or {})
    who = _name_digest(username)
    seen = attempts.get(who) or {}
    until = _parse(seen.get("locked_until")) if isinstance(seen, dict) else None
    if until and until > now:
        raise _locked_error(until, now)
    if opened is not None:
        if who in attempts:
            attempts.pop(who)
            slots.attempts = attempts
            keyslots.write(path, slots)
        return opened
    failed = (0 if until else int(seen.get("failed", 0) or 0)) + 1
    record = {"failed": failed, "locked_until": None}
    if failed >= MAX_ATTEMPTS:
        record["locked_until"] = _fmt(now + timedelta(minutes=DEFAULT_LOCKOUT_MINUTES))
    attempts[who] = record
    slots.attempts = attempts
    keyslots.note_failed(slots, at=_fmt(now), kind="password", who=who)  # for the audit log, later
    keyslots.write(path, slots)
    if record["locked_until"]:
        raise _locked_error(_parse(record["locked_until"]), now)
    raise AuthError(WRONG_NAME_OR_PASSWORD)


def login(ws: Workspace, username: str, password: str, *, now: datetime | None = None) -> Account:
    """Authenticate and make the workspace act as that account (user name and role).

    The wrong passwords typed at the encrypted register while it could not be opened go into
    its audit log now (:func:`audit_failed_before_open`); ``ws.failed_sign_ins`` is the number of
    failed sign-ins since this account's previous sign-in, for an office head to be told."""
    before = get_user(ws.db, username or "")
    # (first: they happened before this sign-in, and are counted as since the previous one)
    audit_failed_before_open(ws)
    account = authenticate(ws, username, password, now=now)
    ws.user, ws.role = account.username, account.role
    ws.account = account
    ws.failed_sign_ins = failed_since(ws, (before or {}).get("last_login_at"))
    return account


#: audit actions of a failed sign-in (wrong password, locked, a recovery key that did not open)
FAILED_ACTIONS = ("login_failed", "login_locked", "recovery_failed")


def audit_failed_before_open(ws: Workspace) -> int:
    """Write the failed sign-ins kept in the key file (storage/keyslots.py: the register was
    closed then) into the audit log, under the account whose name was typed, or under the name's
    digest when it is no account (as :func:`_refuse_unknown` does); then forget them there.
    Returns how many were written."""
    from storage import keyslots

    if ws.db.key is None or not keyslots.exists(ws.db.path):
        return 0
    slots = keyslots.read(ws.db.path)
    failed, dropped = list(slots.failed or []), slots.failed_dropped
    if not failed and not dropped:
        return 0
    accounts = {_name_digest(r["username"]): r for r in ws.db.query("SELECT id, username FROM app_user")}
    with ws.db.transaction() as conn:
        for f in failed:
            who = str(f.get("who") or "")
            account = accounts.get(who)
            record = account["id"] if account else ("?" + who[:16] if who else "recovery-key")
            _audit(
                conn,
                ws,
                "recovery_failed" if f.get("kind") == "recovery" else "login_failed",
                record,
                None,
                {"before_open": True, "at": str(f.get("at") or "")[:40]},
                who=account["username"] if account else record,
            )
        if dropped:
            _audit(
                conn, ws, "login_failed", "key-file", None, {"before_open": True, "more": int(dropped)}, who="key-file"
            )
    keyslots.forget_failed(ws.db.path, len(failed), dropped)
    return len(failed) + int(dropped)


def failed_since(ws: Workspace, since: str | None) -> int:
    """Failed sign-ins (each counted once; a summary entry counts its number) recorded in the
    audit log after `since` (None: ever)."""
    total = 0
    for action, after in ws.db.execute(
        f"SELECT action, after_json FROM audit_log WHERE action IN ({', '.join('?' * len(FAILED_ACTIONS))}) AND at > ?",
        (*FAILED_ACTIONS, since or ""),
    ):
        more = json.loads(after).get("more") if after else None
        total += int(more) if isinstance(more, int) else 1
    return total


FAILED_SINCE_NOTE = N_(
    "{n} failed sign-in attempts (wrong passwords or recovery keys) since your last sign-in. The audit "
    "log lists them; if they were not yours, change the passwords."
)


def role_label(role: str, lang: str = "en") -> str:
    return translate(ROLE_LABELS.get(role, role), lang)
