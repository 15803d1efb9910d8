"""`report monthly`, `card` and `export-register`: the report and export writers from the command line.

    python -m app --db PATH report monthly --month YYYY-MM --format xlsx|pdf --lang zh|bo|both --out FILE
    python -m app --db PATH card (--household ID | --village NAME | --all) --lang zh|bo|both --out FILE.pdf
    python -m app --db PATH export-register REGISTER --out FILE.xlsx   (REGISTER: see app.registry)
        [--search TEXT] [--status S] [--full-ids]

The subcommands' --lang is the language of the document (dest ``report_lang``); the global
--lang stays the language of messages.
"""
from __future__ import annotations

import sys

from app import cli, registry
from app.i18n import N_

DOC_LANGS = ("zh", "bo", "both")


def register(sub) -> None:
    p = sub.add_parser("report", help="reports for upward sync and printing")
    rs = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    m = rs.add_parser("monthly", help="the monthly report of this office and the offices below it")
    m.add_argument("--month", required=True, help="YYYY-MM")
    m.add_argument("--format", dest="report_format", choices=("xlsx", "pdf"), default="xlsx")
    m.add_argument("--lang", dest="report_lang", choices=DOC_LANGS, default="zh",
                   help="language of the report")
    m.add_argument("--office", default=None, help="office code (default: this register's office)")
    m.add_argument("--full-ids", action="store_true", help="full ID numbers (roles allowed only)")
    m.add_argument("--out", required=True)
    m.set_defaults(handler=run_monthly)

    c = sub.add_parser("card", help="household record cards (PDF)")
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--household", help="household id or ID number")
    which.add_argument("--village", help="village name: every household of the village")
    which.add_argument("--all", action="store_true", dest="all_households", help="every household")
    c.add_argument("--lang", dest="report_lang", choices=DOC_LANGS, default="both",
                   help="language of the cards")
    c.add_argument("--full-ids", action="store_true", help="full ID numbers (roles allowed only)")
    c.add_argument("--out", required=True)
    c.set_defaults(handler=run_cards)

    e = sub.add_parser("export-register", help="one register to .xlsx, optionally filtered")
    e.add_argument("register_name", choices=registry.register_names(), metavar="REGISTER",
                   help=" | ".join(registry.register_names()))
    e.add_argument("--search", default="")
    e.add_argument("--status", default=None)
    e.add_argument("--lang", dest="report_lang", choices=DOC_LANGS, default="zh",
                   help="language of the headers and labels")
    e.add_argument("--full-ids", action="store_true", help="full ID numbers (roles allowed only)")
    e.add_argument("--out", required=True)
    e.set_defaults(handler=run_export)


def _progress(args, steps) -> None:
    """Drain an export generator; a progress line on a terminal, nothing in a pipe."""
    tty = sys.stderr.isatty()
    last = None
    for last in steps:
        if tty and last.total:
            print(f"\r{last.done}/{last.total}", end="", file=sys.stderr, flush=True)
    if tty and last is not None and last.total:
        print(file=sys.stderr)


def _done(args, path: str) -> None:
    from exports.usb import on_removable_drive

    if on_removable_drive(path):
        print(cli.say(N_("Written and checked: {path}. A USB stick can now be removed."), args.lang, path=path))
    else:
        print(cli.say(N_("Written and checked: {path}."), args.lang, path=path))


def run_monthly(args) -> int:
    from app.services import reports

    ws = cli.open_workspace(args)
    try:
        report = reports.monthly(ws, args.month, args.office)
        if args.report_format == "pdf":
            from exports.pdf.report import write_report_pdf

            result = write_report_pdf(ws, report, args.out, mode=args.report_lang, full_ids=args.full_ids)
            if result.missing:
                print(cli.say(N_("{n} characters have no installed font and were printed as placeholders."),
                              args.lang, n=len(result.missing)), file=sys.stderr)
        else:
            from exports.xlsx.monthly import write_monthly

            _progress(args, write_monthly(ws, report, args.out, mode=args.report_lang, full_ids=args.full_ids))
        _done(args, args.out)
    finally:
        ws.close()
    return 0


def run_cards(args) -> int:
    from app.services.cards import card_batch, households_for
    from exports.pdf.cards import write_cards

    ws = cli.open_workspace(args)
    try:
        ids = households_for(ws, household=args.household, village=args.village, all_=args.all_households)
        if not ids:
            print(cli.say(N_("No household matches; no file was written."), args.lang), file=sys.stderr)
            return 1
        from exports.pdf.cards import part_paths

        _progress(args, write_cards(card_batch(ws, ids, mode=args.report_lang, full_ids=args.full_ids), args.out))
        for path in part_paths(args.out, len(ids)):
            _done(args, str(path))
    finally:
        ws.close()
    return 0


def run_export(args) -> int:
    from app.services.register_export import document
    from exports.xlsx.registers import write_register

    ws = cli.open_workspace(args)
    try:
        service = ws.register_service(args.register_name)
        filters = {"status": args.status} if args.status else {}
        ids = service.search_ids(args.search, **filters)
        _progress(args, write_register(document(ws, args.register_name, ids, mode=args.report_lang,
                                                full_ids=args.full_ids), args.out))
        _done(args, args.out)
    finally:
        ws.close()
    return 0
