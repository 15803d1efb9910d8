"""`backup [--out DIR]`, `backups` (list) and `restore FILE` (app/services/backup.py)."""

from __future__ import annotations

from pathlib import Path

from app import cli
from app.i18n import N_


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the register (checked) to a folder or USB stick")
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder to write to (default: the automatic backups folder, pruned to 7 daily + 12 monthly)",
    )
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("backups", help="list the automatic backups")
    p.set_defaults(handler=run_list)

    p = sub.add_parser(
        "restore",
        help="replace the register with a checked backup (the current one is kept aside); where there is no "
        "register yet (a fresh install), put the backup in its place",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        default=None,
        help="fresh install: file whose first line is the backup's recovery key (instead of an account's "
        "password, which comes from --auth-password-file, $DUALBASE_PASSWORD or the terminal)",
    )
    p.add_argument(
        "--auth-password-file",
        type=Path,
        default=None,
        help="file whose first line is the password of --user (an admin), once accounts exist",
    )
    p.set_defaults(handler=run_restore)


def run_backup(args) -> int:
    from app.services import backup

    ws = cli.open_workspace(args)
    try:
        made = backup.backup_to(ws, args.out) if args.out else backup.backup_now(ws)
    finally:
        ws.close()
    print(cli.say(N_("Backup written and checked: {path}"), args.lang, path=str(made)))
    return 0


def run_list(args) -> int:
    from app.services import backup

    for b in backup.list_backups():
        print(f"{b.made_at:%Y-%m-%d %H:%M}\t{b.size}\t{b.path}")
    return 0


def run_restore(args) -> int:
    from app.services import backup, encryption

    path = cli.db_path(args)
    if not path.exists() or not encryption.needs_key(path):
        told = _restore_new(args, path)
        if told is not None:
            return told
    ws = cli.open_workspace(args)
    try:
        aside = backup.restore(ws, args.file)
    finally:
        ws.close()
    print(
        cli.say(
            N_("Restored from {file}. The register as it was before is kept in {aside}."),
            args.lang,
            file=str(args.file),
            aside=str(aside),
        )
    )
    return 0


def _restore_new(args, path: Path) -> int | None:
    """A fresh install (no register, or an empty one): the backup is put in its place, opened by
    the password of one of its accounts or its recovery key.  None: the register there holds
    something, and the ordinary restore (signed in, the register kept aside) applies."""
    from app.services import backup
    from app.services.workspace import Workspace
    from storage import keyslots

    created = not path.exists()
    ws = Workspace.open(path, user=args.user or "", lang=args.lang, exclusive=True)
    done = False
    try:
        if not backup.is_new(ws):
            return None
        recovery = cli.first_line(args.recovery_key_file) if args.recovery_key_file else None
        password = None
        if recovery is None and not _is_plain(args.file) and keyslots.exists(args.file):
            password = cli._password(args, args.user or "", N_("Password of an account in the backup: "))
        info = _drive(backup.restore_new(ws, args.file, password=password, recovery_key=recovery))
        done = True
    finally:
        ws.close()
        if created and not done:
            for side in ("", "-wal", "-shm"):
                Path(str(path) + side).unlink(missing_ok=True)  # no empty register left behind a refusal
    print(
        cli.say(
            N_("Restored {file} into {path} (office {office}). Sign in with your account as before (--user NAME)."),
            args.lang,
            file=str(args.file),
            path=str(path),
            office=info["office"],
        )
    )
    return 0


def _is_plain(file: Path) -> bool:
    from storage.db import is_plain_sqlite

    return is_plain_sqlite(file)


def _drive(gen):
    """Run a service generator to its end (the CLI shows no progress bar); its result."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
