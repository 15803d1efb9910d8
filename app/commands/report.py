"""`report …`, `card` and `export-register`: the report and export writers from the command line.

    python -m app --db PATH report monthly --month YYYY-MM --format xlsx|pdf --lang zh|bo|both --out FILE
    python -m app --db PATH report half-year --half YYYY-H1|YYYY-H2 …   (due 15 July / 15 January)
    python -m app --db PATH report quarter --quarter YYYY-Q1..Q4 …
    python -m app --db PATH report year --year YYYY …
    python -m app --db PATH report range --from DATE --to DATE …
        [--office CODE] [--full-ids] [--prepared-by NAME] [--reviewed-by NAME] [--narrative TEXT]
    python -m app --db PATH card (--household ID | --village NAME | --all) --lang zh|bo|both --out FILE.pdf
    python -m app --db PATH export-register REGISTER --out FILE.xlsx   (REGISTER: see app.registry)
        [--search TEXT] [--status S] [--full-ids]

Each report is computed as of its period's end (app/services/reports.py); a period not yet ended is
marked provisional, and the warnings are printed too.  --prepared-by / --reviewed-by / --narrative
keep the names and the narrative (新情况、新问题) with the period's report, as the Reports page does.

The subcommands' --lang is the language of the document (dest ``report_lang``); the global
--lang is the language of messages, and of a period's report not given its own (README: "--lang
chooses the language of messages and reports": ``--lang bo report monthly …`` is a Tibetan report).
"""

from __future__ import annotations

import sys

from app import cli, registry
from app.i18n import N_

DOC_LANGS = ("zh", "bo", "both")
#: (subcommand, period kind, option, how to write it, help)
PERIOD_COMMANDS = (
    ("monthly", "month", "--month", "YYYY-MM", "the monthly report of this office and the offices below it"),
    ("half-year", "half", "--half", "YYYY-H1 or YYYY-H2", "the half-year report (due 15 July and 15 January)"),
    ("quarter", "quarter", "--quarter", "YYYY-Q1 … YYYY-Q4", "the quarterly report"),
    ("year", "year", "--year", "YYYY", "the annual report"),
    ("range", "range", None, "", "the report for any range of dates"),
)


def register(sub) -> None:
    p = sub.add_parser("report", help="reports for upward sync and printing")
    rs = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    for name, kind, option, metavar, helptext in PERIOD_COMMANDS:
        m = rs.add_parser(name, help=helptext)
        if kind == "range":
            m.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
            m.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
        else:
            m.add_argument(option, dest="period_text", required=True, help=metavar)
        m.add_argument(
            "--format",
            dest="report_format",
            choices=("xlsx", "pdf"),
            default=None,
            help="default: as the --out file's name ends (.pdf or .xlsx), else xlsx",
        )
        m.add_argument(
            "--lang",
            dest="report_lang",
            choices=DOC_LANGS,
            default=None,
            help="language of the report (default: the global --lang, Chinese for en)",
        )
        m.add_argument("--office", default=None, help="office code (default: this register's office)")
        m.add_argument("--full-ids", action="store_true", help="full ID numbers (roles allowed only)")
        m.add_argument("--prepared-by", default=None, help="name of who filled in the report (kept with it)")
        m.add_argument("--reviewed-by", default=None, help="name of who checked the report (kept with it)")
        m.add_argument("--narrative", default=None, help="new developments and problems (kept with it)")
        m.add_argument("--out", required=True)
        m.set_defaults(handler=run_report, period_kind=kind)

    c = sub.add_parser("card", help="household record cards (PDF)")
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--household", help="household id or ID number")
    which.add_argument("--village", help="village name: every household of the village")
    which.add_argument("--all", action="store_true", dest="all_households", help="every household")
    c.add_argument("--lang", dest="report_lang", choices=DOC_LANGS, default="both", help="language of the cards")
    c.add_argument("--full-ids", action="store_true", help="full ID numbers (roles allowed only)")
    c.add_argument("--out", required=True)
    c.set_defaults(handler=run_cards)

    e = sub.add_parser("export-register", help="one register to .xlsx, optionally filtered")
    e.add_argument(
        "register_name",
        choices=registry.register_names(),
        metavar="REGISTER",
        help=" | ".join(registry.register_names()),
    )
    e.add_argument("--search", default="")
    e.add_argument("--status", default=None)
    e.add_argument(
        "--lang", dest="report_lang", choices=DOC_LANGS, default="zh", help="language of the headers and labels"
    )
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


def run_report(args) -> int:
    from app.domain.periods import ReportPeriod
    from app.services import reports

    if args.report_lang is None:
        args.report_lang = args.lang if args.lang in DOC_LANGS else "zh"
    if args.period_kind == "range":
        period = ReportPeriod.between(args.date_from, args.date_to)
    else:
        period = ReportPeriod.parse(args.period_kind, args.period_text)
    args.report_format = format_for(args.out, args.report_format)
    ws = cli.open_workspace(args)
    try:
        if any(v is not None for v in (args.prepared_by, args.reviewed_by, args.narrative)):
            kept = reports.note(ws, period, args.office)
            reports.save_note(
                ws,
                period,
                office_code=args.office,
                **{
                    k: v if v is not None else kept[k]
                    for k, v in (
                        ("narrative", args.narrative),
                        ("prepared_by", args.prepared_by),
                        ("reviewed_by", args.reviewed_by),
                    )
                },
            )
        report = reports.build(ws, period, args.office)
        from app.services.report_document import document

        for w in report.warnings:
            print(cli.say(w.message, args.lang, **dict(w.params)), file=sys.stderr)
        if args.report_format == "pdf":
            from exports.pdf.report import write_report_pdf

            result = write_report_pdf(
                document(ws, report, args.report_lang, full_ids=args.full_ids, sheets=False), args.out
            )
            if result.missing:
                print(
                    cli.say(
                        N_("{n} characters have no installed font and were printed as placeholders."),
                        args.lang,
                        n=len(result.missing),
                    ),
                    file=sys.stderr,
                )
        else:
            from exports.xlsx.monthly import write_monthly

            _progress(args, write_monthly(document(ws, report, args.report_lang, full_ids=args.full_ids), args.out))
        _done(args, args.out)
    finally:
        ws.close()
    return 0


#: what a file's name says it holds
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".xlsx": "xlsx", ".xls": "xlsx"}


def format_for(out: str, asked: str | None) -> str:
    """The format to write `out` in: the one asked for, else the one its name ends in (xlsx when
    it names none).  A name saying another format is refused before anything is computed:
    `--out report.pdf` without --format wrote a workbook called report.pdf, which no PDF viewer
    opens and which Excel refuses for its name."""
    from pathlib import Path

    from app.domain.errors import ValidationError

    suffix = Path(out).suffix.lower()
    by_name = FORMAT_OF_SUFFIX.get(suffix)
    if asked is None:
        return by_name or "xlsx"
    if by_name is not None and by_name != asked:
        raise ValidationError(
            "out",
            N_(
                "{name} ends in {suffix}, but the file written here is in .{format} format. Give it a name ending "
                "in .{format}."
            ),
            name=Path(out).name,
            suffix=suffix,
            format=asked,
        )
    return asked


def run_cards(args) -> int:
    from app.services.cards import card_batch, households_for
    from exports.pdf.cards import write_cards

    format_for(args.out, "pdf")
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

    format_for(args.out, "xlsx")
    ws = cli.open_workspace(args)
    try:
        service = ws.register_service(args.register_name)
        filters = {"status": args.status} if args.status else {}
        ids = service.search_ids(args.search, **filters)
        _progress(
            args,
            write_register(
                document(ws, args.register_name, ids, mode=args.report_lang, full_ids=args.full_ids), args.out
            ),
        )
        _done(args, args.out)
    finally:
        ws.close()
    return 0
