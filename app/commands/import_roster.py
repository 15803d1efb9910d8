"""`import-roster FILE`: bring an Excel/WPS roster of households and loan demands into the register.

Rows with errors are left out and listed with their row numbers; the valid rows are imported in
one transaction (``--strict``: nothing unless every row is valid).  Exit codes: 0 when something
was (or, with ``--dry-run``, would be) imported; 1 when nothing could be; 2 when the file cannot be
used (not a spreadsheet, zip bomb, macros, too large, no header row …).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import cli
from app.i18n import N_

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def register(sub) -> None:
    p = sub.add_parser("import-roster", help="import households and loan demands from an .xlsx/.xls/.ods/.csv roster")
    p.add_argument("file", type=Path, help="the roster file")
    p.add_argument(
        "--sheet",
        action="append",
        default=None,
        help="sheet name (default: the first sheet with data); give it several times to import "
        "several sheets as one roster",
    )
    p.add_argument(
        "--all-sheets",
        action="store_true",
        help="import every sheet (a workbook with one sheet per village); a sheet without a "
        "village column gives its rows the sheet's name as their village",
    )
    p.add_argument(
        "--header-row",
        type=cli.count_option(1, 1_048_576),
        default=None,
        help="row number of the header row (default: found by itself)",
    )
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "update"),
        default="skip",
        help="a household already in the register or earlier in the file: skip the row, or "
        "update the household and add the row's loan demand",
    )
    p.add_argument(
        "--product", default=None, help="loan product code for rows that ask for a loan without naming a product"
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read the column HEADER (its header text or letter) as FIELD, such as "
        "登记日期=household_registered_on or 登记日期=registered_on (the loan's date); "
        "FIELD ignore leaves the column out; may be given several times",
    )
    p.add_argument("--strict", action="store_true", help="import nothing when any row has an error")
    p.add_argument("--errors-out", type=Path, default=None, help="write the rows with errors to this .xlsx")
    p.set_defaults(handler=run)


def run(args) -> int:
    from app.services import roster

    lang = args.lang
    if args.errors_out is not None:
        _check_errors_out(args.errors_out)
    ws = cli.open_workspace(args)
    try:
        ws.require_office()
        book = roster.open_roster(ws, args.file)
        if args.all_sheets or (args.sheet and len(args.sheet) > 1):
            return _run_sheets(ws, book, args)
        with book:
            prepared = roster.prepare(ws, book, args.sheet[0] if args.sheet else None, args.header_row)
            sheet = prepared.sheet.name
            if not prepared.header_row:
                raise roster.no_header_error(book, sheet)
            if args.map:
                prepared = roster.apply_choices(prepared, args.map)
            if prepared.missing:
                raise roster.missing_columns_error(book, sheet)
            if args.product and ws.reference.product(args.product) is None:
                codes = ", ".join(p.code for p in ws.reference.products())
                print(
                    cli.say(
                        N_("{code} is not a loan product code. The codes are: {codes}."),
                        lang,
                        code=args.product,
                        codes=codes,
                    ),
                    file=sys.stderr,
                )
                return 2
            options = roster.ImportOptions(
                on_duplicate=args.on_duplicate, default_product=args.product, strict=args.strict
            )
            plan = roster.build_plan(
                ws, prepared.sheet.rows, prepared.header_row, prepared.mapping, options, sheet=sheet
            )
        _print_columns(prepared, lang)
        if args.errors_out and plan.error_rows:
            n = roster.write_errors_xlsx(plan, args.errors_out, lang)
            print(
                cli.say(
                    N_("The {count} rows with errors were written to {path}."), lang, count=n, path=str(args.errors_out)
                )
            )
        if args.dry_run or not plan.importable:
            result = roster.summary(plan, dry_run=True)
        else:
            result = roster.run_import(ws, plan, file_name=book.info.path.name, file_sha256=book.info.sha256)
        _print_summary(plan, result, lang, dry_run=args.dry_run)
        if args.strict and plan.error_rows:
            return 1
        return 0 if (result.created + result.updated + result.loans) > 0 else 1
    finally:
        ws.close()


def _check_errors_out(path: Path) -> None:
    """Before anything is read or written: the error list's folder must be there (issue 17 §6)."""
    from app.domain.errors import ValidationError

    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            "errors_out",
            N_(
                "The folder {folder} for the error list does not exist. Create it, or give another path with "
                "--errors-out; nothing was imported."
            ),
            folder=str(folder),
        )
    if path.is_dir():
        raise ValidationError(
            "errors_out",
            N_("{path} is a folder; give a file name for the error list, such as {path}/errors.xlsx."),
            path=str(path),
        )


def _run_sheets(ws: Workspace, book, args) -> int:
    """Several sheets (--all-sheets, or --sheet given more than once) as one import."""
    from app.services import roster

    lang = args.lang
    with book:
        prepared, left_out = roster.prepare_sheets(ws, book, None if args.all_sheets else args.sheet, args.map)
        if not prepared:
            raise left_out[0][1] if left_out else roster.no_header_error(book, "")
        options = roster.ImportOptions(on_duplicate=args.on_duplicate, default_product=args.product, strict=args.strict)
        plan = roster.plan_sheets(ws, prepared, options)
    for p in prepared:
        _print_columns(p, lang)
    for name, exc in left_out:
        print(cli.say(N_("Sheet {sheet} left out: {reason}"), lang, sheet=name, reason=exc.text(lang)))
    if args.errors_out and plan.error_rows:
        n = roster.write_errors_xlsx(plan, args.errors_out, lang)
        print(
            cli.say(
                N_("The {count} rows with errors were written to {path}."), lang, count=n, path=str(args.errors_out)
            )
        )
    if args.dry_run or not plan.importable:
        result = roster.summary(plan, dry_run=True)
    else:
        result = roster.run_import(ws, plan, file_name=book.info.path.name, file_sha256=book.info.sha256)
    _print_summary(plan, result, lang, dry_run=args.dry_run)
    if args.strict and plan.error_rows:
        return 1
    return 0 if (result.created + result.updated + result.loans) > 0 else 1


def _print_columns(prepared, lang: str) -> None:
    from app.services.roster import column_letter, field_label

    parts = []
    for col, key in sorted(prepared.mapping.items()):
        head = prepared.headers[col] if col < len(prepared.headers) else ""
        parts.append(f"{column_letter(col)} {head} → {cli.say(field_label(key), lang)}")
    print(
        cli.say(
            N_("Sheet {sheet}, header in row {row}. Columns: {columns}"),
            lang,
            sheet=prepared.sheet.name,
            row=prepared.header_row,
            columns="; ".join(parts),
        )
    )
    for r in prepared.readings:
        print(
            cli.say(
                N_(
                    "Column {column} {header}: read as {field}. {reason} To read it as {other}, give "
                    "--map {header}={other_key}."
                ),
                lang,
                column=column_letter(r.column),
                header=r.header,
                field=cli.say(field_label(r.field), lang),
                reason=cli.say(r.reason, lang),
                other=cli.say(field_label(r.other), lang),
                other_key=r.other,
            )
        )


def _print_summary(plan, result, lang: str, *, dry_run: bool) -> None:
    say = cli.say
    if dry_run:
        print(say(N_("Dry run: nothing was written."), lang))
    print(say(N_("Rows read: {rows}"), lang, rows=result.rows_read))
    verb = N_("would be imported") if dry_run else N_("imported")
    print(
        say(
            N_("Households {verb}: {created} new, {updated} updated ({unchanged} already up to date)."),
            lang,
            verb=say(verb, lang),
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged,
        )
    )
    print(
        say(N_("Loan demands: {loans}. New villages: {villages}."), lang, loans=result.loans, villages=result.villages)
    )
    if result.granted:
        print(
            say(
                N_("Of these, loans already granted (a ledger's rows, with their balances): {granted}."),
                lang,
                granted=result.granted,
            )
        )
    if plan.duplicate_rows:
        dup = ", ".join(f"{r.row}" for r in plan.duplicate_rows[:50])
        more = "…" if len(plan.duplicate_rows) > 50 else ""
        print(
            say(
                N_("Duplicates ({count}, {action}): rows {rows}"),
                lang,
                count=len(plan.duplicate_rows),
                action=say(N_("skipped") if plan.options.on_duplicate == "skip" else N_("updated"), lang),
                rows=dup + more,
            )
        )
    print(
        say(N_("Skipped: {skipped}. Rows with errors: {errors}."), lang, skipped=result.skipped, errors=result.errors)
    )
    if plan.subtotal_rows:
        rows = ", ".join(plan.subtotal_rows[:50]) + ("…" if len(plan.subtotal_rows) > 50 else "")
        print(
            say(
                N_("Rows of totals (合计, 小计) skipped: {count} (rows {rows})."),
                lang,
                count=len(plan.subtotal_rows),
                rows=rows,
            )
        )
    for r in plan.error_rows[:200]:
        for f in r.errors:
            where = f.where(plan.headers)
            print(
                say(N_("Row {row}"), lang, row=r.row) + (f" [{where}]" if where else "") + ": " + f.problem.text(lang)
            )
    if len(plan.error_rows) > 200:
        print(
            say(
                N_("… and {count} more rows with errors (see the error list file)."),
                lang,
                count=len(plan.error_rows) - 200,
            )
        )
    if plan.options.strict and plan.error_rows:
        print(say(N_("Nothing was imported: with --strict every row must be valid."), lang))
