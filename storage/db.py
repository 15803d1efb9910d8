"""The SQLite connection of one office's register (DESIGN §3).

One file per office.  WAL journal, ``foreign_keys=ON``, ``synchronous=FULL`` (the register is the
village's only copy: a power cut must not lose a committed row), ``busy_timeout``.  Transactions
are explicit (``BEGIN IMMEDIATE``) so that a change, its audit row and its history rows commit
together or not at all; nested use becomes a SAVEPOINT.
"""

from __future__ import annotations

import contextlib
from storage.sqlite import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from app.domain.errors import SentenceError
from app.i18n import N_


class StorageError(SentenceError):
    """A problem with the database file itself, told as a sentence."""


def now_utc() -> str:
    """UTC ISO-8601 with microseconds: sortable, and precise enough for sync high-water marks."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def disk_error(exc: BaseException) -> StorageError | None:
    """A disk-full or disk-write failure as a sentence (None: some other error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    errno_ = getattr(exc, "errno", None)
    import errno as _errno

    if code == sqlite3.SQLITE_FULL or errno_ == _errno.ENOSPC or "disk is full" in str(exc):
        return StorageError(
            N_(
                "The disk is full, so the change was not saved; everything saved before is "
                "still there. Free some space on the disk, then try again."
            )
        )
    if code is not None and (code & 0xFF) == sqlite3.SQLITE_IOERR:
        return StorageError(
            N_(
                "The disk could not be written ({detail}), so the change was not saved; "
                "everything saved before is still there. Check the disk, then try again."
            ),
            detail=str(exc),
        )
    return None


def _free_bytes(path: Path) -> int | None:
    import shutil

    for folder in (path.parent, *path.parent.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


#: below this much free space, an I/O error opening the register is the full disk's doing: WAL
#: needs room for its -wal and -shm files before the first page is read (issue 17 §7)
_NEARLY_FULL = 4 * 1024 * 1024


def open_error(path: Path, exc: sqlite3.DatabaseError) -> StorageError:
    """Why a register could not be opened, told truly: a full disk or an unreadable disk is not
    a damaged register (it was called damaged, with "restore a backup", on a full disk)."""
    code = getattr(exc, "sqlite_errorcode", None) or 0
    free = _free_bytes(path)
    if (
        code == sqlite3.SQLITE_FULL
        or "disk is full" in str(exc)
        or (
            (code & 0xFF) in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN)
            and free is not None
            and free < _NEARLY_FULL
        )
    ):
        return StorageError(
            N_(
                "The disk that holds {path} is full, so the register cannot be opened; the register itself is not "
                "damaged. Free some space on that disk (a few megabytes at least), then open it again."
            ),
            path=str(path),
        )
    busy = busy_error(path, exc)
    if busy is not None:
        return busy
    if (code & 0xFF) in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY):
        return StorageError(
            N_(
                "{path} could not be read or written ({detail}). The disk may have been removed, be write-protected "
                "or be failing; the register itself is probably not damaged. Check the disk, then open it again."
            ),
            path=str(path),
            detail=str(exc),
        )
    return StorageError(
        N_("{path} is not a register file or it is damaged ({detail}). Restore a backup."),
        path=str(path),
        detail=str(exc),
    )


def busy_error(path: Path, exc: BaseException) -> StorageError | None:
    """Another program (not this one: our own lock file stops a second copy) holds the register's
    write lock: say which when the system can tell (issue 17 §7)."""
    code = getattr(exc, "sqlite_errorcode", None) or 0
    if (code & 0xFF) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and "database is locked" not in str(exc):
        return None
    holders = processes_holding(path)
    if holders:
        return StorageError(
            N_(
                "Another program is writing to the register {path}: {holders}. Nothing was changed. Close that "
                "program, then try again."
            ),
            path=str(path),
            holders=", ".join(holders),
        )
    return StorageError(
        N_(
            "Another program is writing to the register {path} (a database tool, or a copy of this program on "
            "another computer sharing the folder). Nothing was changed. Close that program, then try again."
        ),
        path=str(path),
    )


def processes_holding(path: Path) -> list[str]:
    """ "name (process id)" of the other processes that have `path` (or its -wal/-shm) open, as far
    as the system lets us see (Linux: /proc; elsewhere: nothing, and the sentence says so)."""
    import os

    proc = Path("/proc")
    if not proc.is_dir():
        return []
    try:
        target = os.path.realpath(path)
    except OSError:
        return []
    wanted = {target, target + "-wal", target + "-shm"}
    me, found = os.getpid(), []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(fd) in wanted:
                    name = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
                    found.append(f"{name} ({entry.name})")
                    break
            except OSError:
                continue
        if len(found) >= 5:
            break
    return found


def new_id() -> str:
    import uuid  # here: uuid imports platform, which start-up does not need

    return str(uuid.uuid4())


def run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Execute a multi-statement script inside the caller's transaction.

    ``executescript`` would COMMIT first, breaking the all-or-nothing migration; so statements
    are split with ``sqlite3.complete_statement`` (which understands trigger bodies) and run one
    by one.
    """
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                conn.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement: {buf[:80]}")


class RegisterLocked(StorageError):
    """An encrypted register opened without its key: sign in first (app/services/encryption.py)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(
            N_(
                "The register {path} is encrypted. Sign in with your account's password, or "
                "use the recovery key kept in the office safe."
            ),
            path=str(path),
        )


PLAIN_HEADER = b"SQLite format 3\0"


def is_plain_sqlite(path: str | Path) -> bool:
    """Does the file start as an unencrypted SQLite database does?  (An encrypted one starts with
    random bytes; an empty or missing file is not plain either.)"""
    try:
        with open(path, "rb") as f:
            return f.read(16) == PLAIN_HEADER
    except OSError:
        return False


def key_pragma(key: bytes) -> str:
    """SQLCipher's PRAGMA for a raw 256-bit key (no passphrase derivation: the key is random)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


class Database:
    """An open register file.  Thread-safe for one writer at a time (calls are serialised).

    `key`: the raw key of an encrypted register (app/services/encryption.py unwraps it from a key
    slot).  A register whose key-slot file lies beside it is refused without one
    (:class:`RegisterLocked`), unless the file itself is still plain — an encryption cut short by
    a power cut before the encrypted copy took its place (the next sign-in encrypts it again)."""

    def __init__(
        self,
        path: str | Path,
        *,
        migrate: bool = True,
        before_migrate: Callable[["Database", int, int], None] | None = None,
        key: bytes | None = None,
    ):
        self.path = Path(path)
        self.key = None
        if str(path) != ":memory:":
            if self.path.exists() and self.path.is_dir():
                raise StorageError(N_("{path} is a folder, not a register file."), path=str(path))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            from storage import keyslots

            if key is None and keyslots.exists(self.path) and not is_plain_sqlite(self.path):
                raise RegisterLocked(self.path)
            if key is not None and self.path.exists() and is_plain_sqlite(self.path):
                key = None
            self.key = key
        try:
            self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
            if self.key is not None:
                self.conn.execute(key_pragma(self.key))
            self.conn.execute("PRAGMA busy_timeout = 5000")
            self._check_is_sqlite()
            if migrate:
                # before switching to WAL (which rewrites the header): a newer register stays as it is
                self._refuse_newer()
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except StorageError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise open_error(self.path, exc) from exc
        self.journal_mode = mode
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = FULL")
        # 64 MB page cache: index maintenance of a 100,000-household register stays in memory
        self.conn.execute("PRAGMA cache_size = -65536")
        self.conn.row_factory = sqlite3.Row
        self._utils: Any = None  # sqlite_utils.Database, made on first use
        self._lock = threading.RLock()
        self._memo: dict[str, tuple[int, Any]] = {}
        self._depth = 0
        # record seals (storage/seals.py): installed by migration 30; the journal's mark taken
        # at the outer BEGIN, and the seals' key, read once
        self._sealed: bool | None = None
        self._seal_mark: int | None = None
        self._seal_key: bytes | None = None
        self._reader: Database | None = None
        if migrate:
            self.migrate(before=before_migrate)

    @property
    def utils(self) -> Any:
        """sqlite-utils on this connection, imported on first use: importing it (click, pluggy …)
        costs about 0.2 s of every start-up otherwise (bench/startup)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    # -- opening ---------------------------------------------------------------------------------
    def _check_is_sqlite(self) -> None:
        # Reading the schema forces SQLite to look at the header: a text file or a zip fails here.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    @property
    def user_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _refuse_newer(self, latest: int | None = None) -> None:
        if latest is None:
            from storage.migrations import latest_version

            latest = latest_version()
        current = self.user_version
        if current > latest:
            raise StorageError(
                N_(
                    "This register was written by a newer release of the program (schema {found}, "
                    "this program knows {known}). Install the newer release; the file was not changed."
                ),
                found=current,
                known=latest,
            )

    def migrate(
        self, target: int | None = None, *, before: Callable[["Database", int, int], None] | None = None
    ) -> int:
        """Bring the schema up to `target` (default: latest); return the version reached.

        `before(db, current, target)` runs first when a register that already has a schema is
        about to change (a newer release opening an older register): the program keeps a copy
        of the file as it was. A new, empty file (version 0) has nothing to keep."""
        from storage import migrations

        latest = migrations.latest_version()
        target = latest if target is None else target
        current = self.user_version
        self._refuse_newer(latest)
        if current >= target:
            return current  # (up to date: no migration module is imported)
        if before is not None and current > 0:
            before(self, current, target)
        from storage import seals

        for mod in migrations.all_migrations()[current:target]:
            with self._lock:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    sealed = seals.installed(self.conn)
                    since = seals.mark(self.conn) if sealed else 0
                    shapes = {t: seals.columns(self.conn, t) for t in seals.sealed_tables(self.conn)} if sealed else {}
                    mod.upgrade(self.conn)
                    if sealed:  # a migration is the program's own write: its rows are sealed
                        key = self.seal_key()
                        seals.reshaped(self.conn, key, shapes)
                        seals.install(self.conn, key)
                        seals.settle(self.conn, since, key)
                    self.conn.execute(f"PRAGMA user_version = {int(mod.VERSION)}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
        self._sealed = None
        # every migration's pages went through the WAL: a new register's WAL was 3.5 MB beside a
        # 0.6 MB file, and the first checkpoint then needs room for both at once (on a nearly full
        # stick, for nothing); folded back now.  A busy or full disk leaves it to the next checkpoint
        with self._lock:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError:
                pass
        return self.user_version

    def seal_key(self) -> bytes:
        """The record seals' key (storage/seals.py), derived from the register's audit key."""
        if self._seal_key is None:
            from storage import audit, seals

            key = audit.seal_key(self.conn, create=True)
            assert key is not None  # (create=True: made when missing)
            self._seal_key = seals.row_key(key)
        return self._seal_key

    def content_replaced(self) -> None:
        """The file's content was replaced under this connection (a restore page by page): what
        was read once — small reads, whether records are sealed, the seals' key — is read again."""
        self._memo.clear()
        self._sealed = None
        self._seal_key = None

    def _seals_installed(self) -> bool:
        if self._sealed is None:
            from storage import seals

            self._sealed = seals.installed(self.conn)
        return self._sealed

    def reader(self) -> Database:
        """A second, read-only connection to the register, for a long read on a worker (a big
        page's whole ordered list): the window's own reads and writes on this connection do not
        wait behind it (WAL lets readers and the writer work at once).  It sees what is
        committed.  This database itself where there can be no second connection (in memory,
        no WAL).  Closed with this one."""
        if str(self.path) == ":memory:" or str(self.journal_mode).lower() != "wal":
            return self
        with self._lock:
            if self._reader is None:
                reader = Database(self.path, migrate=False, key=self.key)
                reader.conn.execute("PRAGMA query_only = 1")
                reader.conn.execute("PRAGMA cache_size = -32768")
                self._reader = reader
            return self._reader

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            try:
                self.conn.close()
            except sqlite3.Error:
                pass

    # -- transactions ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing block.  Nested blocks are savepoints inside the outer transaction."""
        with self._lock:
            if self._depth == 0:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    told = busy_error(self.path, exc)
                    if told is not None:
                        raise told from exc
                    raise
                name = None
                self._seal_mark = None
                try:
                    if self._seals_installed():
                        from storage import seals

                        self._seal_mark = seals.mark(self.conn)
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
            else:
                name = f"sp{self._depth}"
                self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException as exc:
                self._depth -= 1
                self._memo.clear()  # something read inside the block may be rolled back now
                if name is None:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                elif self.conn.in_transaction:
                    # (SQLite itself may already have rolled the whole transaction back, e.g. on
                    # a full disk: then there is no savepoint left to return to)
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                told = (
                    (disk_error(exc) or busy_error(self.path, exc))
                    if name is None and isinstance(exc, (sqlite3.Error, OSError))
                    else None
                )
                if told is not None:
                    raise told from exc
                raise
            else:
                self._depth -= 1
                if name is None:
                    try:
                        if self._seal_mark is not None:
                            from storage import seals

                            # the rows this transaction wrote get their seals (storage/seals.py)
                            seals.settle(self.conn, self._seal_mark, self.seal_key())
                        self.conn.execute("COMMIT")
                    except BaseException as exc:
                        # e.g. disk full at commit time: leave the file as it was
                        self._memo.clear()
                        if self.conn.in_transaction:
                            self.conn.execute("ROLLBACK")
                        told = (
                            (disk_error(exc) or busy_error(self.path, exc))
                            if isinstance(exc, (sqlite3.Error, OSError))
                            else None
                        )
                        if told is not None:
                            raise told from exc
                        raise
                else:
                    self.conn.execute(f"RELEASE {name}")

    @contextlib.contextmanager
    def bulk(self, cache_mb: int = 192) -> Iterator[None]:
        """A larger page cache for one big write (demo fill, import), given back afterwards."""
        with self._lock:
            old = self.conn.execute("PRAGMA cache_size").fetchone()[0]
            self.conn.execute(f"PRAGMA cache_size = {-cache_mb * 1024}")
            try:
                yield
            finally:
                self.conn.execute(f"PRAGMA cache_size = {old}")
                self.conn.execute("PRAGMA shrink_memory")

    # -- queries ---------------------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] | dict = ()) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self.conn.execute(sql, params)]

    def one(self, sql: str, params: Iterable[Any] | dict = ()) -> dict | None:
        with self._lock:
            row = self.conn.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Iterable[Any] | dict = ()) -> Any:
        with self._lock:
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Iterable[Any] | dict = ()) -> sqlite3.Cursor:
        with self._lock:
            if self._own_write(sql):
                with self.transaction() as conn:
                    return conn.execute(sql, params)
            return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Any]) -> sqlite3.Cursor:
        with self._lock:
            if self._own_write(sql):
                with self.transaction() as conn:
                    return conn.executemany(sql, rows)
            return self.conn.executemany(sql, rows)

    def _own_write(self, sql: str) -> bool:
        """A write outside any transaction, once records are sealed: it runs as a transaction of
        its own, so that the rows it journals are sealed at its commit (storage/seals.py) — left
        to autocommit, they would look written by a tool outside the program."""
        return (
            self._depth == 0
            and not self.conn.in_transaction
            and sql.lstrip()[:7].upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))
            and self._seals_installed()
        )

    # -- settings --------------------------------------------------------------------------------
    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """`compute()`'s result, kept until this connection next writes anything.

        For small, often-read rows (the office profile, settings) that the GUI thread asks for on
        every status-bar update: reading the write counter takes no lock, so the window does not
        wait behind a long query that a worker is running (the only writer is this connection:
        the single-instance lock keeps other programs out)."""
        stamp = self.conn.total_changes
        hit = self._memo.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        value = compute()
        self._memo[key] = (stamp, value)
        return value

    def get_setting(self, key: str, default: Any = None) -> Any:
        import json

        value = self.memo(f"setting:{key}", lambda: self.scalar("SELECT value FROM settings WHERE key = ?", (key,)))
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: Any) -> None:
        import json

        self.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
