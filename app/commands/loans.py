"""`loans add|step|repay|show|list`: the loan ledger without the window.

    loans add --household ID --product CODE --amount YUAN --term MONTHS [--registered DATE] [--purpose TEXT]
    loans step ID refer|approve|grant|reject|withdraw|extend|top-up|default|claim|write-off|renew
               [--date D] [--amount YUAN] [--rate PERCENT] [--maturity D] [--reason TEXT] [--contract NO]
    loans repay ID --amount YUAN --date D [--interest YUAN]
    loans show ID [--as-of D] --format json
    loans list [--household ID] [--village NAME] [--overdue] [--due-within DAYS] [--as-of D] --format json
    loans visit-list --out FILE.pdf [--village NAME] [--within-days 30] [--as-of D] [--lang zh|bo|both]
    loans policy-export --out FILE          (county)   loans policy-import FILE [--key-file COUNTY.dbkey]

A household is named by its ID number or its id.  A refusal is one sentence on stderr and exit 2,
with nothing written (the services check everything before they write).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from app import cli

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: CLI step word → lifecycle status (the demand's steps) or servicing step
DEMAND_STEPS = {
    "refer": "referred",
    "approve": "approved",
    "grant": "granted",
    "reject": "rejected",
    "withdraw": "withdrawn",
    "repaid": "repaid",
}
SERVICING_STEPS = {
    "extend": "extend",
    "top-up": "top_up",
    "default": "default",
    "claim": "claim",
    "write-off": "write_off",
}
#: a renewal makes a new loan: the command prints its id
RENEW = "renew"


def register(sub) -> None:
    p = sub.add_parser("loans", help="loan demands, grants, repayments and arrears")
    ls = p.add_subparsers(dest="loans_command", metavar="ACTION", required=True)

    a = ls.add_parser("add", help="register a loan demand; prints its id")
    a.add_argument("--household", required=True, help="ID number or id of the household")
    a.add_argument("--product", required=True, help="product code: 530, poverty_micro, rural_tourism, …")
    a.add_argument("--amount", required=True, help="amount asked, in yuan")
    a.add_argument("--term", required=True, help="term in months")
    a.add_argument("--registered", default=None, help="date registered (default: today)")
    a.add_argument("--purpose", default="")
    a.add_argument("--bank", default="")
    a.add_argument("--exception-reason", default="", help="why an age outside the rule is allowed (原则上)")
    a.set_defaults(handler=run_add)

    s = ls.add_parser("step", help="the next step of a loan")
    s.add_argument("loan_id")
    s.add_argument("step", choices=[*DEMAND_STEPS, *SERVICING_STEPS, RENEW])
    s.add_argument("--date", default=None)
    s.add_argument("--amount", default=None, help="yuan: granted, topped up or claimed")
    s.add_argument("--rate", default=None, help="yearly rate in percent (default: the policy's cap)")
    s.add_argument("--maturity", default=None, help="maturity date (default: grant date + term)")
    s.add_argument("--reason", default="")
    s.add_argument("--contract", default="", help="contract number of the grant")
    s.add_argument(
        "--every-months", type=cli.count_option(1, 600), default=None, help="principal in parts every N months"
    )
    s.add_argument("--term", type=cli.count_option(1, 600), default=None, help="renew: term of the new loan in months")
    s.set_defaults(handler=run_step)

    r = ls.add_parser("repay", help="record a repayment")
    r.add_argument("loan_id")
    r.add_argument("--amount", required=True, help="principal repaid, in yuan")
    r.add_argument("--interest", default="0", help="interest paid with it, in yuan")
    r.add_argument("--date", required=True)
    r.add_argument("--notes", default="")
    r.set_defaults(handler=run_repay)

    sh = ls.add_parser("show", help="one loan's figures on a date")
    sh.add_argument("loan_id")
    sh.add_argument("--as-of", default=None)
    sh.add_argument("--format", choices=("table", "json"), default="table")
    sh.set_defaults(handler=run_show)

    li = ls.add_parser("list", help="loans of a household or a village; due and overdue")
    li.add_argument("--household", default=None)
    li.add_argument("--village", default=None)
    li.add_argument("--overdue", action="store_true")
    li.add_argument("--due-within", type=cli.count_option(0, 3660), default=None, metavar="DAYS")
    li.add_argument("--as-of", default=None)
    li.add_argument("--format", choices=("table", "json"), default="table")
    li.set_defaults(handler=run_list)

    v = ls.add_parser("visit-list", help="print the loans to call on (overdue, due soon) as a PDF")
    v.add_argument("--out", required=True, help="the PDF to write")
    v.add_argument("--village", default=None)
    v.add_argument(
        "--within-days",
        type=cli.count_option(1, 3660),
        default=30,
        help="loans falling due within these days (30 or 60)",
    )
    v.add_argument("--as-of", default=None)
    v.add_argument(
        "--lang", dest="report_lang", choices=("zh", "bo", "both"), default="both", help="language of the list"
    )
    v.set_defaults(handler=run_visit_list)

    pe = ls.add_parser("policy-export", help="county: write the signed policy table for the offices below")
    pe.add_argument("--out", required=True)
    pe.set_defaults(handler=run_policy_export)
    pi = ls.add_parser("policy-import", help="take the county's signed policy table")
    pi.add_argument("file")
    pi.add_argument("--key-file", default=None, help="the county's key file (the first time)")
    pi.set_defaults(handler=run_policy_import)


def _date(value, field: str) -> date | None:
    from app.domain.dates import parse_date

    return parse_date(value, field) if value else None


def _fen(value, field: str, positive: bool = True) -> int:
    from app.domain.money import parse_yuan

    return parse_yuan(value, field, positive=positive)


def run_add(args) -> int:
    from app.domain.numbers import parse_count
    from app.services.loan_book import household_of

    ws = cli.open_workspace(args)
    try:
        household = household_of(ws, args.household)
        row = ws.loans.create(
            {
                "household_id": household["id"],
                "product_code": args.product.strip(),
                "amount_fen": _fen(args.amount, "amount_fen"),
                "term_months": parse_count(args.term, "term_months", minimum=1),
                "registered_on": args.registered or date.today().isoformat(),
                "purpose": args.purpose,
                "bank": args.bank,
                "exception_reason": args.exception_reason,
            }
        )
        print(row["id"])
    finally:
        ws.close()
    return 0


def run_step(args) -> int:
    from app.domain.money import parse_rate_percent

    ws = cli.open_workspace(args)
    try:
        on = _date(args.date, "on_date")
        if args.step in DEMAND_STEPS:
            status = DEMAND_STEPS[args.step]
            kwargs = {}
            if status == "granted":
                kwargs = {
                    "granted_fen": _fen(args.amount, "granted_fen")
                    if args.amount is not None
                    else ws.loans.get(args.loan_id)["amount_fen"],
                    "rate_bp": parse_rate_percent(args.rate) if args.rate is not None else None,
                    "maturity_on": _date(args.maturity, "maturity_on"),
                    "contract_no": args.contract,
                    "every_months": args.every_months,
                }
            row = ws.loans.transition(args.loan_id, status, on_date=on, reason=args.reason, **kwargs)
            if status == "granted":
                _print_notes(ws.loan_book.grant_notes(row["id"]), args.lang)
        elif args.step == RENEW:
            row = ws.loan_book.renew(
                args.loan_id,
                on_date=on,
                reason=args.reason,
                term_months=args.term,
                amount_fen=_fen(args.amount, "amount_fen") if args.amount is not None else None,
                rate_bp=parse_rate_percent(args.rate) if args.rate is not None else None,
                contract_no=args.contract,
            )
            print(row["id"])
            return 0
        else:
            row = ws.loan_book.step(
                args.loan_id,
                SERVICING_STEPS[args.step],
                on_date=on,
                reason=args.reason,
                amount_fen=_fen(args.amount, "amount_fen") if args.amount is not None else None,
                maturity_on=_date(args.maturity, "maturity_on"),
            )
        print(row["status"])
    finally:
        ws.close()
    return 0


def _print_notes(notes: list[dict], lang: str) -> None:
    """The notes a grant recorded (a rule changed since its date …) on stderr: the grant stands."""
    import sys

    from app.i18n import join_bilingual

    for note in notes:
        text = join_bilingual(note["zh"], note["bo"]) if lang == "both" else note.get(lang) or note["en"]
        print(text, file=sys.stderr)


def run_repay(args) -> int:
    ws = cli.open_workspace(args)
    try:
        row = ws.loan_book.repay(
            args.loan_id,
            on_date=_date(args.date, "on_date"),
            principal_fen=_fen(args.amount, "amount_fen", positive=False),
            interest_fen=_fen(args.interest, "interest_fen", positive=False),
            notes=args.notes,
        )
        print(row["status"])
    finally:
        ws.close()
    return 0


def _figures_json(ws: Workspace, loan: dict, figures) -> dict:
    household = ws.households.get(loan["household_id"])
    return {
        "id": loan["id"],
        "household_id": loan["household_id"],
        "household": household["name_zh"],
        "product": loan["product_code"],
        "status": figures.status,
        "as_of": figures.as_of,
        "amount_fen": loan["amount_fen"],
        "granted_fen": loan.get("granted_fen"),
        "granted_on": loan.get("granted_on"),
        "rate_bp": loan.get("rate_bp"),
        "maturity": figures.maturity,
        "contract_no": loan.get("contract_no") or "",
        "balance_fen": figures.balance_fen,
        "owed_fen": figures.owed_fen,
        "overdue_fen": figures.overdue_fen,
        "overdue_days": figures.overdue_days,
        "ageing": figures.ageing,
        "principal_paid_fen": figures.principal_paid_fen,
        "interest_paid_fen": figures.interest_paid_fen,
        "interest_accrued_fen": figures.interest_accrued_fen,
        "subsidy_fen": figures.subsidy_fen,
        "subsidy_by_year": {str(k): v for k, v in figures.subsidy_by_year.items()},
        "subsidy_planned_fen": loan.get("subsidy_fen"),
        "claimed_fen": figures.claimed_fen,
        "repayments": [
            {
                "paid_on": r["paid_on"],
                "kind": r["kind"],
                "principal_fen": r["principal_fen"],
                "interest_fen": r["interest_fen"],
            }
            for r in ws.loan_book.repayments(loan["id"])
        ],
    }


def run_show(args) -> int:
    from app.domain.money import format_yuan

    ws = cli.open_workspace(args)
    try:
        loan = ws.loans.get(args.loan_id)
        figures = ws.loan_book.figures(args.loan_id, _date(args.as_of, "as_of"))
        data = _figures_json(ws, loan, figures)
        if args.format == "json":
            print(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            status = ws.reference.label("loan_status", data["status"], args.lang)
            print(
                "\t".join(
                    [
                        data["household"],
                        data["product"],
                        status,
                        format_yuan(data["balance_fen"]),
                        data["maturity"] or "",
                        str(data["overdue_days"]),
                        format_yuan(data["subsidy_fen"]),
                    ]
                )
            )
    finally:
        ws.close()
    return 0


def run_list(args) -> int:
    from app.domain.money import format_yuan
    from app.services.loan_book import household_of

    ws = cli.open_workspace(args)
    try:
        on = _date(args.as_of, "as_of") or date.today()
        household_id = household_of(ws, args.household)["id"] if args.household else None
        if args.overdue or args.due_within is not None:
            rows = ws.loan_book.due_list(
                on=on,
                within_days=args.due_within,
                overdue=args.overdue,
                village=args.village,
                household_id=household_id,
            )
        else:
            rows = ws.loan_book.loans(on=on, village=args.village, household_id=household_id)
        out = [
            {
                "id": r["id"],
                "household_id": r["household_id"],
                "household": r["name_zh"],
                "village": r.get("village_zh") or "",
                "phone": r.get("phone") or "",
                "product": r["product_code"],
                "status": r["status"],
                "granted_fen": r.get("granted_fen"),
                "balance_fen": r.get("balance_fen") or 0,
                "maturity": r.get("maturity_on"),
                "due_from": r.get("due_from"),
                "overdue_days": r.get("overdue_days", 0),
                "ageing": r.get("ageing"),
            }
            for r in rows
        ]
        if args.format == "json":
            print(json.dumps({"as_of": on.isoformat(), "total": len(out), "rows": out}, ensure_ascii=False, indent=1))
        else:
            for r in out:
                print(
                    "\t".join(
                        [
                            r["household"],
                            r["village"],
                            r["product"],
                            ws.reference.label("loan_status", r["status"], args.lang),
                            format_yuan(r["balance_fen"]),
                            r["maturity"] or "",
                            str(r["overdue_days"]),
                        ]
                    )
                )
            print(f"({len(out)})")
    finally:
        ws.close()
    return 0


def run_visit_list(args) -> int:
    from exports.pdf.visit_list import write_visit_list_pdf

    ws = cli.open_workspace(args)
    try:
        visits = ws.loan_book.visit_list(
            on=_date(args.as_of, "as_of"), within_days=args.within_days, village=args.village, mode=args.report_lang
        )
        from app.services import pdf_fonts

        result = write_visit_list_pdf(visits, args.out, mode=args.report_lang, font_paths=pdf_fonts.font_paths(ws))
        print(result.path)
    finally:
        ws.close()
    return 0


def run_policy_export(args) -> int:
    from app.services.loan_policy import export_signed

    ws = cli.open_workspace(args)
    try:
        done = export_signed(ws, args.out)
        print(done["path"])
    finally:
        ws.close()
    return 0


def run_policy_import(args) -> int:
    from app.services.loan_policy import import_signed

    ws = cli.open_workspace(args)
    try:
        print(import_signed(ws, args.file, key_file=args.key_file))
    finally:
        ws.close()
    return 0
