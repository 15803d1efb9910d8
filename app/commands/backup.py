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

    p = sub.add_parser("restore", help="replace the register with a checked backup (the current one is kept aside)")
    p.add_argument("file", type=Path)
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
    from app.services import backup

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
