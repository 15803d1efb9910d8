"""The workspace's use cases that are no register: ``ws.auth``, ``ws.settings``, ``ws.sync``,
``ws.backup``, ``ws.reports``, ``ws.offices`` and ``ws.demo`` (``ws.indicators`` is
app.services.indicators.IndicatorService itself).

Each is a thin object over its service module (app.services.auth, sync, backup …), bound to the
workspace, so that the window and the command line reach every use case through ``ws`` and never
hold the database themselves (``ws.db`` is for app/services and storage alone; a test over the
source checks it).  A new use case goes into its service module and, when a front end needs it,
one method here.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.auth import Account
    from app.services.reports import MonthlyReport
    from app.services.workspace import Workspace


class _Bound:
    def __init__(self, ws: Workspace):
        self.ws = ws


class Settings(_Bound):
    """The register's own settings (a key → JSON value table), read and written by name."""

    def get(self, key: str, default: Any = None) -> Any:
        return self.ws.db.get_setting(key, default)

    def set(self, key: str, value: Any) -> None:
        self.ws.db.set_setting(key, value)


class Auth(_Bound):
    """Accounts, roles and the lock settings (app.services.auth)."""

    def has_accounts(self) -> bool:
        from app.services import auth

        return auth.has_accounts(self.ws.db)

    def allowed(self, permission: str) -> bool:
        from app.services import auth

        return auth.allowed(self.ws, permission)

    def idle_minutes(self) -> int:
        from app.services import auth

        return auth.idle_minutes(self.ws.db)

    def lockout_minutes(self) -> int:
        from app.services import auth

        return auth.lockout_minutes(self.ws.db)

    def login(self, username: str, password: str) -> Account:
        from app.services import auth

        return auth.login(self.ws, username, password)

    # who signed in last, and whether the office head put off making the first account
    def last_user(self) -> str:
        return str(self.ws.db.get_setting("auth.last_user", "") or "")

    def remember_last_user(self, username: str) -> None:
        self.ws.db.set_setting("auth.last_user", username)

    def first_account_put_off(self) -> bool:
        return bool(self.ws.db.get_setting("auth.first_account_later", False))

    def put_off_first_account(self) -> None:
        self.ws.db.set_setting("auth.first_account_later", True)


class Sync(_Bound):
    """Upward sync packages (app.services.sync)."""

    def default_period(self, today: date | None = None) -> str:
        from app.services import sync

        return sync.default_period(self.ws.db, today)

    def last_export(self) -> dict | None:
        from app.services import sync

        return sync.last_export(self.ws.db)


class Offices(_Bound):
    """This office, its key and the offices below it (app.services.keys, storage.offices)."""

    def init(self, **office: Any) -> dict:
        from app.services.workspace import init_office

        return init_office(self.ws.db, **office)

    def export_key(self, out: str | Path) -> dict:
        from app.services import keys

        return keys.export_key(self.ws.db, out, self.ws.user)

    def add_subordinate(self, key_file: str | Path) -> dict:
        from app.services import keys

        self.ws.require("settings.manage")  # only an administrator decides whom this office trusts
        return keys.add_subordinate(self.ws.db, key_file, self.ws.user)

    def set_upper(self, key_file: str | Path) -> dict:
        """Register the office above from its key file: packages are then encrypted to it."""
        from app.services import keys

        self.ws.require("settings.manage")
        return keys.set_upper(self.ws.db, key_file, self.ws.user)

    def upper(self) -> dict | None:
        """The office above as registered here (with its keys), or None."""
        from app.services import keys

        return keys.upper_office(self.ws.db)

    def own_key(self) -> dict:
        """This office's key identity (code, fingerprint …) as its key file would carry it."""
        from app.services import keys

        return keys.key_file_data(self.ws.db, self.ws.user)

    def subordinates(self, code: str) -> list[dict]:
        from storage import offices as office_store

        return office_store.subordinates(self.ws.db, code)


class Backup(_Bound):
    """Copies of the whole register (app.services.backup)."""

    def to(self, folder: str | Path, *, now: datetime | None = None) -> Path:
        from app.services import backup

        return backup.backup_to(self.ws, folder, now=now)

    def last_at(self) -> str | None:
        from app.services import backup

        return backup.last_backup_at(self.ws)


class Reports(_Bound):
    """The monthly report's figures (app.services.reports)."""

    def monthly(self, month: str, office_code: str | None = None) -> MonthlyReport:
        from app.services import reports

        return reports.monthly(self.ws, month, office_code)


class Demo(_Bound):
    """Made-up households for the demo and the smoke test (app.services.demo)."""

    def fill(self, **kwargs: Any) -> Any:
        from app.services.demo import fill

        return fill(self.ws.db, **kwargs)
