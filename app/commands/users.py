"""`users add|list|passwd|disable|enable`: the register's local accounts (app/services/auth.py).

Passwords come from the terminal (asked twice, not echoed) or from the first line of
``--password-file``; they are never accepted on the command line, where they would end up in
the shell's history.  Once a register has accounts, every command signs in first (app.cli.sign_in:
``--user`` and its password from ``--auth-password-file``, $DUALBASE_PASSWORD or the terminal), and
managing accounts needs an admin.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from app import cli
from app.i18n import N_


def register(sub) -> None:
    p = sub.add_parser("users", help="local accounts: add, list, passwd, disable, enable")
    us = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    a = us.add_parser("add", help="create an account (the first one must be the office head, role admin)")
    a.add_argument("--name", required=True, help="account name used to sign in")
    a.add_argument("--role", required=True, choices=("admin", "cadre", "bank_officer"))
    a.add_argument("--display-name", default="")
    _password_options(a)
    a.set_defaults(handler=run_add)

    ls = us.add_parser("list", help="list the accounts")
    ls.set_defaults(handler=run_list)

    pw = us.add_parser("passwd", help="set an account's password")
    pw.add_argument("--name", required=True)
    _password_options(pw)
    pw.set_defaults(handler=run_passwd)

    for action, helptext in (
        ("disable", "disable an account"),
        ("enable", "enable an account again"),
        ("unlock", "lift the lock after too many wrong passwords"),
    ):
        d = us.add_parser(action, help=helptext)
        d.add_argument("--name", required=True)
        d.add_argument(
            "--auth-password-file",
            type=Path,
            default=None,
            help="file whose first line is the password of --user (an admin)",
        )
        d.set_defaults(handler=run_state, users_action=action)


def _password_options(p) -> None:
    p.add_argument(
        "--password-file",
        type=Path,
        default=None,
        help="file whose first line is the new password (default: ask on the terminal)",
    )
    p.add_argument(
        "--auth-password-file",
        type=Path,
        default=None,
        help="file whose first line is the password of --user (an admin), once accounts exist",
    )


def read_password_file(path: Path) -> str:
    return cli.first_line(path)


def new_password(args) -> str:
    from app.domain.errors import ValidationError

    if args.password_file:
        return read_password_file(args.password_file)
    first = getpass.getpass(cli.say(N_("New password: "), args.lang))
    second = getpass.getpass(cli.say(N_("The same password again: "), args.lang))
    if first != second:
        raise ValidationError("password", N_("The two passwords differ; nothing was changed."))
    return first


def run_add(args) -> int:
    from app.services import auth

    ws = cli.open_workspace(args)
    try:
        password = new_password(args)
        row = auth.add_user(ws, args.name, args.role, password, display_name=args.display_name)
        print(
            cli.say(
                N_("Account {name} created ({role})."),
                args.lang,
                name=row["username"],
                role=auth.role_label(row["role"], args.lang),
            )
        )
        if row.get("recovery_key"):  # the first account: the register was encrypted now
            print(cli.say(cli.RECOVERY_NOTE, args.lang, key=row["recovery_key"]))
    finally:
        ws.close()
    return 0


def run_list(args) -> int:
    from app.services import auth

    ws = cli.open_workspace(args)
    try:
        for u in auth.list_users(ws):
            state = "active" if u["active"] else "disabled"
            if u["locked_until"]:
                state += f", locked until {u['locked_until']}"
            print(f"{u['username']}\t{u['role']}\t{state}\t{u['display_name']}\t{u['last_login_at'] or ''}")
    finally:
        ws.close()
    return 0


def run_passwd(args) -> int:
    from app.services import auth

    ws = cli.open_workspace(args)
    try:
        old = None
        if ws.account is not None and ws.account.username == args.name and not auth.allowed(ws, "users.manage"):
            # one's own password, without the right to set anyone's: the service wants the current one
            old = cli._password(args, args.name, N_("Current password of {name}: "))
        auth.set_password(ws, args.name, new_password(args), old_password=old)
        print(cli.say(N_("The password of {name} was changed."), args.lang, name=args.name))
    finally:
        ws.close()
    return 0


def run_state(args) -> int:
    from app.services import auth

    ws = cli.open_workspace(args)
    try:
        if args.users_action == "unlock":
            auth.unlock(ws, args.name)
        else:
            auth.set_active(ws, args.name, args.users_action == "enable")
        print(cli.say(N_("Account {name}: done."), args.lang, name=args.name))
    finally:
        ws.close()
    return 0
