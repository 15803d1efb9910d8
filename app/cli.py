"""Headless commands: the same services as the GUI, no Qt.

Every command lives in a module of `app/commands/` with `register(subparsers)`, which sets each
subcommand's handler with ``set_defaults(handler=...)``: a function ``handler(args) -> int`` that
opens the register itself (``cli.open_workspace(args)``) and returns the exit code.  A DomainError
becomes one sentence on stderr in the chosen language and exit code 2 (nothing written); anything
unexpected is logged and told as a sentence with the log's location (exit 3) — never a traceback.

Signing in: a register with accounts is opened only for an account and its password, as the GUI
opens it only after its sign-in window (:func:`sign_in`); the command then acts with that
account's role, so the services' permission checks (``ws.require``) refuse what the role may not do.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.crash_log import crash_log
from app.domain.errors import DomainError
from app.i18n import N_, translate

if TYPE_CHECKING:
    from app.services.workspace import Workspace

LANGS = ("zh", "bo", "both", "en")


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with one line, as argparse does, but no usage dump
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {usage_sentence(message, _usage_lang)}", file=sys.stderr)
        raise SystemExit(2)


#: argparse's own complaints (English, whatever the user reads) and the sentence each becomes:
#: `--size nan` answered "argument --size: invalid int value: 'nan'" to a Chinese user
USAGE_SENTENCES = (
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        N_("{names} must be given. See --help for how the command is written."),
    ),
    (
        re.compile(r"argument (?P<option>[^:]+): invalid int value: (?P<value>.+)"),
        N_("{option} takes a whole number, such as 3; {value} is not one."),
    ),
    (
        re.compile(r"argument (?P<option>[^:]+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
        N_("{option}: {value} is not one of the choices ({choices})."),
    ),
    (
        re.compile(r"argument (?P<option>[^:]+): invalid \w+ value: (?P<value>.+)"),
        N_("{option}: {value} is not a value it takes."),
    ),
    (re.compile(r"argument (?P<option>[^:]+): expected .*argument.*"), N_("{option} needs a value after it.")),
    (
        re.compile(r"argument (?P<option>[^:]+): not allowed with argument (?P<other>.+)"),
        N_("{option} cannot be given together with {other}."),
    ),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), N_("Give one of {names}.")),
    (
        re.compile(r"unrecognized arguments: (?P<names>.+)"),
        N_("This command does not take {names}. See --help for what it takes."),
    ),
)


def usage_sentence(message: str, lang: str) -> str:
    """argparse's `message` as a sentence in `lang`; one not known here as it is."""
    for pattern, sentence in USAGE_SENTENCES:
        m = pattern.fullmatch(message)
        if m:
            return say(sentence, lang, **m.groupdict())
    told = re.fullmatch(r"argument (?P<option>[^:]+): (?P<told>.+)", message)
    if told:  # an option's own check said it in `lang` already (count_option)
        return f"{told['option']}: {told['told']}"
    return message


def count_option(minimum: int = 0, maximum: int | None = None):
    """An argparse `type` for a whole number between `minimum` and `maximum` (never above
    app.domain.numbers.COUNT_CEILING): `--limit 99999999999999999999999` reached SQLite, which
    cannot hold it, and `--due-within` that many days reached date arithmetic; both ended in
    "something went wrong"."""
    from app.domain.errors import ValidationError
    from app.domain.numbers import parse_count

    def count(text: str) -> int:
        try:
            number = parse_count(text, "option", minimum=minimum, required=True, maximum=maximum)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.text(_usage_lang)) from None
        assert number is not None  # (required)
        return number

    return count


#: the language of argparse's complaints, read from the command line being parsed (see parse)
_usage_lang = "zh"


def _asked_lang(argv: list[str]) -> str:
    """The language of messages the command line asks for (argparse fails before it is parsed)."""
    lang = os.environ.get("DUALBASE_LANG", "zh")
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang if lang in LANGS else "zh"


#: the options before the command (the window takes these alone) that are followed by a value
GLOBAL_VALUE_OPTIONS = ("--db", "--lang", "--user")


def names_a_command(argv: list[str]) -> bool:
    """Whether `argv` goes beyond the global options (a command, help, a typo for argparse to name)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in GLOBAL_VALUE_OPTIONS:
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_VALUE_OPTIONS:
            i += 1
            continue
        return True
    return False


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The parser; without `commands` only the global options (the window's start does not import
    every command module)."""
    parser = ArgumentParser(prog="dualbase", description="Dual-Base Ledger (双基台账)")
    parser.add_argument("--db", type=Path, help="register file (default: in the user data folder)")
    parser.add_argument(
        "--lang", choices=LANGS, default=os.environ.get("DUALBASE_LANG", "zh"), help="language of messages and reports"
    )
    parser.add_argument(
        "--user",
        default=os.environ.get("DUALBASE_USER", ""),
        help="your account name (needed once the register has accounts; the password comes from "
        "$DUALBASE_PASSWORD or is asked); recorded in the audit log",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from app import commands

    import pkgutil

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"app.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    global _usage_lang
    _usage_lang = _asked_lang(argv)  # (argparse may refuse the line before --lang is read)
    if not names_a_command(argv):
        options = window_options(argv)
        if options is not None:
            return options
    return build_parser(commands=names_a_command(argv)).parse_args(argv)


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The window's start (only global options): what ``build_parser(commands=False)`` would
    read from `argv`, without building the parser — argparse looks its own messages up through
    gettext, which imports locale and searches for catalogs: 5-8 ms of every start of the window
    (bench: start-up). None when argparse must answer: a value missing, one that looks like an
    option, a language it would refuse."""
    values = {"db": None, "lang": os.environ.get("DUALBASE_LANG", "zh"), "user": os.environ.get("DUALBASE_USER", "")}
    i = 0
    while i < len(argv):
        option, eq, value = argv[i].partition("=")
        if eq:
            i += 1
        elif i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            value = argv[i + 1]
            i += 2
        else:
            return None
        values[option.removeprefix("--")] = value
    if values["lang"] not in LANGS:
        return None
    if values["db"] is not None:
        values["db"] = Path(values["db"])
    return argparse.Namespace(**values, command=None)


def db_path(args) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def open_workspace(args, *, must_exist: bool = True):
    from app.services.workspace import Workspace
    from storage.db import StorageError

    path = db_path(args)
    if must_exist and not path.exists():
        raise StorageError(N_("There is no register at {path}. Create it first with the init command."), path=str(path))
    # (USERNAME: Windows' name for the login; it sets no USER)
    login = os.environ.get("USER") or os.environ.get("USERNAME") or "cli"
    from app.services import encryption

    if encryption.needs_key(path):
        return _open_encrypted(args, path, login)
    ws = Workspace.open(path, user=args.user or login, lang=args.lang, exclusive=True)
    ws.user_is_login = not args.user  # kept in the audit log, but not printed as a step's handler
    try:
        sign_in(ws, args)
    except BaseException:
        ws.close()
        raise
    return ws


def _open_encrypted(args, path, login: str):
    """An encrypted register: the password opens the key (its account's slot), then signs in."""
    from app.services import auth, encryption
    from app.services.workspace import Workspace

    name = (args.user or "").strip()
    if not name:
        raise auth.AuthError(N_("This register has accounts: give your account name with --user NAME."))
    password = _password(args, name)
    key, pending = auth.sign_in_key(path, name, password)
    ws = Workspace.open(path, user=args.user or login, lang=args.lang, exclusive=True, key=key)
    try:
        auth.login(ws, name, password)
        _tell_failed(ws, args)
        if pending:  # first sign-in since the register was encrypted: an ordinary slot of its own
            encryption.set_account_slot(ws, name, password)
    except BaseException:
        ws.close()
        raise
    return ws


PASSWORD_ENV = "DUALBASE_PASSWORD"


#: a password, passphrase or recovery key file holds one short line; a larger one is not such a
#: file, and is not read further (a device or a huge file given its name would fill the memory)
SECRET_FILE_LIMIT = 64 * 1024


def first_line(path) -> str:
    """The first line of a password or passphrase file.  utf-8-sig: Windows Notepad may save UTF-8
    with a byte-order mark, which would otherwise become the password's first character."""
    from app.small_files import read_small_file

    lines = read_small_file(path, SECRET_FILE_LIMIT).decode("utf-8-sig").splitlines()
    return lines[0] if lines else ""


def sign_in(ws: Workspace, args) -> None:
    """Sign in as the GUI does, once the register has accounts; then act with the account's role.

    While a register has no accounts (a new one, scripts, demo data) nothing is asked and the
    command acts as the office head, as before.  Once one exists, the command needs ``--user NAME``
    (or $DUALBASE_USER) and that account's password: from ``--auth-password-file`` where a
    command has it, else from $DUALBASE_PASSWORD (for scripts), else asked on the terminal without
    echo.  With no terminal and no password given, the command is refused rather than left waiting.
    The check is ``auth.login``: wrong passwords are counted and lock the account exactly as at the
    sign-in window.  A refusal is an AuthError — one sentence and exit 2 (see :func:`run`).
    """
    from app.services import auth

    if not ws.auth.has_accounts():
        return
    name = (args.user or "").strip()
    if not name:
        raise auth.AuthError(N_("This register has accounts: give your account name with --user NAME."))
    password = _password(args, name)
    auth.login(ws, name, password)
    _tell_failed(ws, args)
    from app.services import encryption

    if encryption.can_encrypt(ws):
        # a register with accounts from before encryption at rest: encrypted now, at this sign-in
        print(
            say(
                N_("Encrypting the register (once, at the first sign-in since this release); this takes a moment…"),
                args.lang,
            ),
            file=sys.stderr,
        )
        recovery = encryption.encrypt_register(ws, known={name: password})
        print(say(RECOVERY_NOTE, args.lang, key=recovery), file=sys.stderr)


def _tell_failed(ws: Workspace, args) -> None:
    """An office head is told of the failed sign-ins since their last one (on stderr: the
    command's own output stays as scripts expect it)."""
    from app.services import auth

    if ws.role == "admin" and ws.failed_sign_ins:
        print(say(auth.FAILED_SINCE_NOTE, args.lang, n=ws.failed_sign_ins), file=sys.stderr)


RECOVERY_NOTE = N_(
    "The register is now encrypted. Its recovery key is {key} . Write it down or print it and "
    "keep it in the office safe: it opens the register if every password is lost, and it is "
    "shown only this once."
)


def _password(args, name: str, prompt: str = N_("Password for {name}: ")) -> str:
    import getpass

    from app.services.auth import AuthError

    path = getattr(args, "auth_password_file", None)
    if path:
        return first_line(path)
    if os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    missing = AuthError(
        N_(
            "This register has accounts: type the password of {name} at a terminal, or give it "
            "to a script in the environment variable DUALBASE_PASSWORD."
        ),
        name=name,
    )
    if not (sys.stdin and sys.stdin.isatty()):
        raise missing  # a script without the variable: refuse at once rather than wait for input
    try:
        return getpass.getpass(say(prompt, args.lang, name=name))
    except EOFError:
        raise missing from None


def make_console_safe() -> None:
    """Never let printing Tibetan end a command with UnicodeEncodeError.

    Windows' console itself takes any character, but a redirected or piped output (and a legacy
    console) uses the code page, GBK/cp936 on a Chinese Windows, which has no Tibetan letters.
    Output going to a file or a pipe (``households list --format json > out.json``) is switched
    to UTF-8 so no data is lost; a terminal and the messages on stderr show "?" instead.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue  # pythonw.exe has no console streams at all
        try:
            "\u0f56\u0f40\u0fb2\u5353".encode(stream.encoding or "ascii")  # Tibetan and Han
            continue
        except (UnicodeEncodeError, LookupError):
            pass
        try:
            if stream is sys.stdout and not stream.isatty():
                stream.reconfigure(encoding="utf-8", errors="replace")
            else:
                stream.reconfigure(errors="replace")
        except (ValueError, OSError):
            pass  # a stream that cannot be changed any more: leave it


def say(text: str, lang: str, **params) -> str:
    """A marked message translated to the CLI's language, placeholders filled."""
    from app.i18n import render

    return render(text, lang).format(**params)


class _TerminalSafe:
    """A text stream that shows control characters (ESC, NUL, CR …) and bidi overrides as
    \\uXXXX instead of handing them to the terminal: a name holding ESC sequences or U+202E
    would otherwise recolour, move or reverse what the terminal shows (issue 17 §6).  Line
    breaks and tabs pass, the output's own layout."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        from app.domain.text import printable

        self._stream.write(
            "\n".join("\t".join(printable(cell) for cell in line.split("\t")) for line in text.split("\n"))
        )
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def run(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout = _TerminalSafe(out) if out is not None else out  # pythonw: no console streams
    sys.stderr = _TerminalSafe(err) if err is not None else err
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = out, err


def _storage_sentence(args, exc: Exception):
    """A full disk or another program holding the register, met outside a transaction."""
    from storage.sqlite import sqlite3  # the register's module: its errors are its own classes

    if not isinstance(exc, sqlite3.Error):
        return None
    from storage.db import busy_error, disk_error

    return disk_error(exc) or busy_error(db_path(args), exc)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args) or 0)
    except DomainError as exc:
        print(exc.text(args.lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate(N_("Stopped."), args.lang), file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            say(
                N_(
                    "The file could not be written or read: {detail}. Check the disk or the USB stick "
                    "and try again; nothing stored was changed."
                ),
                args.lang,
                detail=exc.strerror or exc,
            ),
            file=sys.stderr,
        )
        return 2
    except Exception as exc:  # the last guard: log it, say where the log is
        told = _storage_sentence(args, exc)
        if told is not None:
            print(told.text(args.lang), file=sys.stderr)
            return 2
        log = crash_log()
        log.exception("command %s failed", args.command)
        print(
            say(
                N_(
                    "Something went wrong that the program did not expect. Nothing stored was lost. "
                    "Details are in {path}."
                ),
                args.lang,
                path=str(paths.log_dir() / "dualbase.log"),
            ),
            file=sys.stderr,
        )
        return 3
