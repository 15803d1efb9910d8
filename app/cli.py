"""Headless commands: the same services as the GUI, no Qt.

Every command lives in a module of `app/commands/` with `register(subparsers)`; its handler is
`run(args, ws_factory) -> int`.  A DomainError becomes one sentence on stderr in the chosen
language and exit code 2 (nothing written); anything unexpected is logged and told as a sentence
with the log's location (exit 3) — never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from pathlib import Path

from app import paths
from app.domain.errors import DomainError
from app.i18n import N_, translate

LANGS = ("zh", "bo", "both", "en")


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with one line, as argparse does, but no usage dump
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="dualbase", description="Dual-Base Ledger (双基台账)")
    parser.add_argument("--db", type=Path, help="register file (default: in the user data folder)")
    parser.add_argument("--lang", choices=LANGS, default=os.environ.get("DUALBASE_LANG", "zh"),
                        help="language of messages and reports")
    parser.add_argument("--user", default=os.environ.get("DUALBASE_USER", ""),
                        help="who is making the changes (recorded in the audit log)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from app import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"app.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def db_path(args) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def open_workspace(args, *, must_exist: bool = True):
    from app.services.workspace import Workspace
    from storage.db import StorageError

    path = db_path(args)
    if must_exist and not path.exists():
        raise StorageError(N_("There is no register at {path}. Create it first with the init command."),
                           path=str(path))
    return Workspace.open(path, user=args.user or os.environ.get("USER", "") or "cli", lang=args.lang,
                          exclusive=True)


def say(text: str, lang: str, **params) -> str:
    """A marked message translated to the CLI's language, placeholders filled."""
    from app.i18n import render

    return render(text, lang).format(**params)


def run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args) or 0)
    except DomainError as exc:
        print(exc.text(args.lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate(N_("Stopped."), args.lang), file=sys.stderr)
        return 130
    except OSError as exc:
        print(say(N_("The file could not be written or read: {detail}. Check the disk or the USB stick "
                     "and try again; nothing stored was changed."), args.lang, detail=exc.strerror or exc),
              file=sys.stderr)
        return 2
    except Exception:  # the last guard: log it, say where the log is
        log = _crash_log()
        log.exception("command %s failed", args.command)
        print(say(N_("Something went wrong that the program did not expect. Nothing stored was lost. "
                     "Details are in {path}."), args.lang, path=str(paths.log_dir() / "dualbase.log")),
              file=sys.stderr)
        return 3


def _crash_log() -> logging.Logger:
    from logging.handlers import RotatingFileHandler

    log = logging.getLogger("dualbase")
    target = str((paths.log_dir() / "dualbase.log").absolute())
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler) and h.baseFilename != target]:
        log.removeHandler(old)  # the data folder changed (tests: one per test): log where it is now
        old.close()
    if not log.handlers:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    return log
