"""`init` (the office profile of a new register), `paths`, and `check`."""

from __future__ import annotations

import sys

from app import cli, paths


def register(sub) -> None:
    p = sub.add_parser("init", help="create the register and its office profile")
    p.add_argument("--office-code", required=True)
    p.add_argument("--level", required=True, choices=("village", "township", "county"))
    p.add_argument("--name-zh", required=True)
    p.add_argument("--name-bo", default="")
    p.add_argument("--parent", default=None, help="code of the office above")
    p.add_argument("--bank-branch", default="")
    p.set_defaults(handler=run_init)

    p = sub.add_parser("paths", help="print where the register and its files live")
    p.add_argument("--data-dir", action="store_true", help="print only the data folder")
    p.set_defaults(handler=run_paths)

    p = sub.add_parser("check", help="integrity, foreign keys and the domain's invariants")
    p.add_argument(
        "--repair", action="store_true", help="first compute again what is kept derived from the records (roll-ups)"
    )
    p.set_defaults(handler=run_check)


def run_init(args) -> int:
    ws = cli.open_workspace(args, must_exist=False)
    try:
        row = ws.offices.init(
            code=args.office_code,
            level=args.level,
            name_zh=args.name_zh,
            name_bo=args.name_bo,
            parent_code=args.parent,
            bank_branch=args.bank_branch,
            user=ws.user,
        )
        print(f"{row['code']}\t{cli.db_path(args)}")
    finally:
        ws.close()
    return 0


def run_paths(args) -> int:
    if args.data_dir:
        print(paths.data_dir())
    else:
        print(
            f"data\t{paths.data_dir()}\nregister\t{cli.db_path(args)}\nlogs\t{paths.log_dir()}\n"
            f"backups\t{paths.backup_dir()}"
        )
    return 0


def run_check(args) -> int:
    from app.services.check import check_register, repair_register

    ws = cli.open_workspace(args)
    try:
        if args.repair:
            for done in repair_register(ws):
                print(done)
        findings = check_register(ws)
    finally:
        ws.close()
    if findings:
        for f in findings:
            print(f, file=sys.stdout)
        if any("outside the program" in f for f in findings):
            from app.i18n import N_

            # not repaired: which content is right is the office head's call, from a backup
            print(
                cli.say(
                    N_(
                        "Records were changed outside the program (the lines above); check --repair does not "
                        "undo that. Find out who changed them, then restore the newest backup made before the "
                        "change (restore FILE); the register as it is now is kept aside."
                    ),
                    args.lang,
                )
            )
        return 1
    from app.i18n import N_

    print(cli.say(N_("The register is sound."), args.lang))
    return 0
