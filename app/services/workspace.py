"""The open register: database, who is working, and the services (like Anki's Collection).

Front ends (GUI, CLI, tests) open one Workspace and call its services.  SQL lives in storage/ and
in the services (app/services/) alone: the window and the exports never run it.
"""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import registry
from app.domain.offices import NoOffice
from app.i18n import N_
from storage import offices as office_store
from storage import records
from storage.db import Database
from storage.records import Actor

if TYPE_CHECKING:
    import sqlite3

    from app.services import facades
    from app.services.auth import Account
    from app.services.complaints import ComplaintService
    from app.services.households import HouseholdService
    from app.services.indicators import IndicatorService
    from app.services.loans import LoanService
    from app.services.lock import InstanceLock
    from app.services.ratings import RatingService
    from app.services.reference import ReferenceService
    from app.services.sessions import SessionService


@dataclass
class UndoEntry:
    table: str
    record_id: str
    action: str  # create | update | delete | restore
    before: dict  # the changed columns before the change
    version_after: int
    # rows written together with the change (a lifecycle step's history row): undo removes them too
    companions: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass
class UndoStack:
    """The changes made in this session, newest last; undo applies the inverse change."""

    entries: list[UndoEntry] = field(default_factory=list)
    limit: int = 50

    def push(self, entry: UndoEntry) -> None:
        self.entries.append(entry)
        del self.entries[: -self.limit]


class _Service:
    """A Workspace attribute holding one service, imported and made the first time it is read, then
    kept in the instance (tests may replace it by assignment)."""

    def __init__(self, module: str, class_name: str):
        self.module, self.class_name = module, class_name

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, ws: Workspace | None, owner=None):
        if ws is None:
            return self
        import importlib

        service = getattr(importlib.import_module(self.module), self.class_name)(ws)
        ws.__dict__[self.name] = service  # later reads find the instance attribute first
        return service


class Workspace:
    def __init__(self, db: Database, *, user: str = "", role: str = "admin", lang: str = "zh"):
        self.db = db
        self.user = user
        self.role = role
        # the front end's language for its own sentences (the command line's --lang); services do
        # not read it: their problems name things in both scripts (app.domain.errors.Named)
        self.lang = lang
        self.account: Account | None = None  # the signed-in account (app.services.auth.login), if any
        self.failed_sign_ins = 0  # failed sign-ins since that account's previous one (auth.login)
        self.user_is_login = False  # `user` is only the computer's login name (the CLI without --user)
        self.instance_lock: InstanceLock | None = (
            None  # app.services.lock.InstanceLock while this copy holds the register
        )
        self.undo_stack = UndoStack()

    # The services are made on first use: start-up (the window shown) needs none of the registers'
    # modules, and each pulls in its domain rules (bench: start-up).
    reference: ReferenceService = _Service("app.services.reference", "ReferenceService")  # type: ignore[assignment]
    # the use cases that are no register (app.services.facades); front ends reach everything
    # through these and the registers below, never through ws.db
    auth: facades.Auth = _Service("app.services.facades", "Auth")  # type: ignore[assignment]
    settings: facades.Settings = _Service("app.services.facades", "Settings")  # type: ignore[assignment]
    sync: facades.Sync = _Service("app.services.facades", "Sync")  # type: ignore[assignment]
    backup: facades.Backup = _Service("app.services.facades", "Backup")  # type: ignore[assignment]
    reports: facades.Reports = _Service("app.services.facades", "Reports")  # type: ignore[assignment]
    offices: facades.Offices = _Service("app.services.facades", "Offices")  # type: ignore[assignment]
    demo: facades.Demo = _Service("app.services.facades", "Demo")  # type: ignore[assignment]
    indicators: IndicatorService = _Service("app.services.indicators", "IndicatorService")  # type: ignore[assignment]

    # The registers' services (app.registry), made on first use by __getattr__; named here for
    # readers and the type checker (a register added to the registry alone is ws.<name> too).
    households: HouseholdService
    loans: LoanService
    sessions: SessionService
    complaints: ComplaintService
    ratings: RatingService
    # services of the loan book that are no register of their own (app.registry lists the registers)
    loan_book = _Service("app.services.loan_book", "LoanBookService")
    loan_policy = _Service("app.services.loan_policy", "LoanPolicyService")

    def __getattr__(self, name: str):
        """``ws.<register>``: the service of a register of app.registry (ws.households, ws.loans …),
        imported and made the first time it is read, then kept in the instance."""
        if name not in registry.REGISTERS:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return self.register_service(name)

    def register_service(self, name: str):
        """The service of the register called `name` in app.registry (KeyError for an unknown one):
        for code that holds a register's name (the Reports page, export-register)."""
        service = self.__dict__.get(name)
        if service is None:
            entry = registry.register(name)
            import importlib

            service = getattr(importlib.import_module(entry.service_module), entry.service_class)(self)
            self.__dict__[name] = service  # later reads of ws.<name> find the instance attribute
        return service

    @classmethod
    def open(cls, path: str | Path, *, exclusive: bool = False, key: bytes | None = None, **kwargs) -> "Workspace":
        """Open a register.  `exclusive`: hold the single-instance lock (GUI, writing commands);
        `key`: an encrypted register's key (app.services.encryption.unlock)."""
        from app.services.lock import InstanceLock, check_location

        check_location(path)
        lock = InstanceLock(path).acquire() if exclusive else None
        try:
            # a newer release opening an older register keeps a copy of it first (issue #22)
            ws = cls(Database(path, before_migrate=_backup_before_update, key=key), **kwargs)
        except BaseException:
            if lock:
                lock.release()
            raise
        ws.instance_lock = lock
        return ws

    @contextlib.contextmanager
    def own_connection(self):
        """The same register, user and role on a connection of its own, for long work on a worker
        thread (a county-size sync or roster import): the window's connection is not held for the
        minutes the work takes — with WAL it goes on reading what was last committed, and the work
        takes the write lock only for its own transaction (issue #20).  Closed at the end."""
        db = Database(self.db.path, migrate=False, key=self.db.key)  # (an encrypted register: its key)
        copy = Workspace(db, user=self.user, role=self.role, lang=self.lang)
        copy.account = self.account
        try:
            yield copy
        finally:
            db.close()
            # the window's connection keeps small reads (office, settings) until it next writes
            # itself (Database.memo): what the other connection wrote is read afresh
            self.db._memo.clear()

    def close(self) -> None:
        self.db.close()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None

    def require(self, permission: str) -> None:
        """Refuse (PermissionDenied) what the user's role may not do (app.services.auth.PERMISSIONS)."""
        from app.services.auth import require

        require(self, permission)

    # -- the office this laptop belongs to -------------------------------------------------------
    @property
    def office(self) -> dict | None:
        office = self.db.memo("local_office", lambda: office_store.local(self.db))
        return dict(office) if office is not None else None

    def require_office(self) -> dict:
        office = self.office
        if office is None:
            raise NoOffice()
        return office

    @property
    def actor(self) -> Actor:
        office = self.office
        return Actor(office["code"] if office else "", self.user or "")

    def switch_account(self, account) -> None:
        """Another person signed in on this laptop (the window's Switch account): their name on
        what they change, their role's permissions, and an empty Undo — the changes made so far
        are the previous account's, not theirs to take back."""
        self.account = account
        self.user, self.role = account.username, account.role
        self.user_is_login = False
        self.undo_stack = UndoStack()

    @property
    def handler(self) -> str:
        """Who is written as having handled a step (a loan step's or a complaint's "by"): the
        signed-in account's name; the name given with --user; never the computer's login name,
        which names no one in the office ("" then: the step shows no handler rather than a wrong one)."""
        if self.account is not None:
            return self.account.display_name or self.account.username
        return "" if self.user_is_login else (self.user or "")

    def can_see_full_id_numbers(self) -> bool:
        """Full ID numbers only for roles allowed to see them (DESIGN §7; the "id.full" permission of
        app.services.auth.PERMISSIONS); others see them masked."""
        from app.services.auth import role_allows

        return role_allows(self.role, "id.full")

    # -- the register file, for front ends -----------------------------------------------------------
    @property
    def path(self) -> Path:
        """The register's file."""
        return self.db.path

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Several service calls as one change: all of them or none (e.g. a village and its first
        household from the command line)."""
        return self.db.transaction()

    # -- undo ------------------------------------------------------------------------------------
    def remember(
        self,
        table: str,
        action: str,
        before: dict | None,
        after: dict,
        companions: list[dict] | None = None,
        companion_table: str = "",
    ) -> None:
        changed = (
            {} if before is None else {k: before.get(k) for k in after if k in before and before.get(k) != after.get(k)}
        )
        rows = [(companion_table, c["id"], c["version"]) for c in companions or ()]
        self.undo_stack.push(UndoEntry(table, after["id"], action, changed, after["version"], rows))

    def can_undo(self) -> bool:
        return bool(self.undo_stack.entries)

    def undo(self) -> UndoEntry | None:
        """Revert the newest change of this session; a row changed since is refused (Conflict)."""
        if not self.undo_stack.entries:
            return None
        entry = self.undo_stack.entries[-1]
        actor = self.actor
        old_names = None
        if entry.table == "household":
            row = records.get(self.db, "household", entry.record_id, include_deleted=True)
            old_names = (row["name_zh"], row["name_bo"])
        with self.db.transaction():
            self._revert(entry, actor)
        if entry.table == "household":
            self.households.refresh_tokens(entry.record_id, old_names)
        self.undo_stack.entries.pop()
        return entry

    def _revert(self, entry: UndoEntry, actor: Actor) -> None:
        if entry.table == "ref_loan_policy":  # a policy version set in Settings: not a record table
            self.loan_policy.undo(entry)
            return
        for table, record_id, version in entry.companions:
            records.soft_delete(self.db, table, record_id, actor, expected_version=version)
        if entry.action == "create":
            records.soft_delete(self.db, entry.table, entry.record_id, actor, expected_version=entry.version_after)
        elif entry.action == "delete":
            records.update(
                self.db,
                entry.table,
                entry.record_id,
                {"deleted_at": None},
                actor,
                expected_version=entry.version_after,
                action="restore",
                include_deleted=True,
            )
        else:
            records.update(
                self.db,
                entry.table,
                entry.record_id,
                entry.before,
                actor,
                expected_version=entry.version_after,
                action="undo",
                include_deleted=True,
            )


def init_office(
    db: Database,
    *,
    code: str,
    level: str,
    name_zh: str,
    name_bo: str = "",
    parent_code: str | None = None,
    bank_branch: str = "",
    user: str = "",
) -> dict:
    """Create this laptop's office profile (first start)."""
    from app.domain.offices import validate_office

    data = validate_office(code=code, level=level, name_zh=name_zh, name_bo=name_bo, parent_code=parent_code)
    if office_store.local(db) is not None:
        from app.domain.errors import ValidationError

        raise ValidationError(
            "code", N_("This register already belongs to office {code}."), code=office_store.local(db)["code"]
        )
    records.insert(db, "office", {**data, "bank_branch": bank_branch, "is_local": 1}, Actor(data["code"], user))
    from app.services.keys import ensure_keys

    ensure_keys(db, user)  # the office's signing key for sync packages (DESIGN §6)
    return office_store.local(db)


def _backup_before_update(db: Database, current: int, target: int) -> None:
    # imported only when a schema change is due: an up-to-date start imports nothing for it
    from app.services.update_backup import backup_before_update

    backup_before_update(db, current, target)
