"""The monthly report laid out as sections and a village table, shared by the .xlsx and .pdf
writers so that both show the same figures under the same words.

A cell value is an int (count), a :class:`Money` (fen), or a str (label).  Headers and labels are
already in the language mode.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from app.i18n import N_
from app.services.reports import PIPELINE, MonthlyReport
from exports import common


class Money(int):
    """Fen, shown as yuan."""


@dataclass
class Section:
    title: str
    headers: list[str]
    rows: list[list]


TITLE = N_("Monthly report")
REPORT_TITLE = N_("Monthly report of the dual-base office")
PERIOD = N_("Period")
OFFICES = N_("Offices included")
MADE = N_("Made on")


def period_text(report: MonthlyReport) -> str:
    return f"{report.start} – {report.end}"


def office_name(report: MonthlyReport, mode: str) -> str:
    return common.pair(report.office.get("name_zh"), report.office.get("name_bo"), mode)


def sections(ws, report: MonthlyReport, mode: str) -> list[Section]:
    t = lambda s: common.text(s, mode)  # noqa: E731
    status = lambda code: ws.reference.label("loan_status", code, mode)  # noqa: E731
    total = report.total
    out = []
    rows = [[status(step), total.step(step).n, Money(total.step(step).fen)]
            for step in PIPELINE + ("repaid",)]
    out.append(Section(t(N_("Loan demands in the month")),
                       [t(N_("Step")), t(N_("Number")), t(N_("Amount (yuan)"))], rows))
    out.append(Section(t(N_("530 credit loans")),
                       [t(N_("Item")), t(N_("Number")), t(N_("Amount (yuan)"))],
                       [[t(N_("Granted in the month")), total.granted_530.n, Money(total.granted_530.fen)],
                        [t(N_("Outstanding at month end")), total.outstanding_530.n,
                         Money(total.outstanding_530.fen)]]))
    book = report.book
    if book is not None:   # the loan book at the month's end (issue #18)
        rate = "" if book.overdue_rate_bp is None else f"{book.overdue_rate_bp / 100:.2f} %"
        out.append(Section(t(N_("Loan book at month end")), [t(N_("Item")), t(N_("Number")), t(N_("Amount (yuan)"))],
                           [[t(N_("Outstanding balance")), book.loans, Money(book.balance_fen)],
                            [t(N_("Overdue balance")), book.overdue_loans, Money(book.overdue_fen)],
                            [t(N_("Overdue rate")), rate, ""],
                            [t(N_("Repayments in the month: principal")), book.payments,
                             Money(book.repaid_principal_fen)],
                            [t(N_("Repayments in the month: interest")), "", Money(book.repaid_interest_fen)],
                            [t(N_("Interest subsidy due for the month")), "", Money(book.subsidy_due_fen)]]))
    out.append(Section(t(N_("Financial literacy sessions")), [t(N_("Item")), t(N_("Number"))],
                       [[t(N_("Sessions held")), total.sessions],
                        [t(N_("Attendance")), total.attendance],
                        [t(N_("of whom women")), total.attendance_women],
                        [t(N_("of whom from poor households")), total.attendance_poor]]))
    out.append(Section(t(N_("Sessions by language")),
                       [t(N_("Language")), t(N_("Sessions")), t(N_("Attendance"))],
                       [[ws.reference.label("language", x.language, mode), x.sessions, x.attendance]
                        for x in report.by_language]))
    out.append(Section(t(N_("Complaints")), [t(N_("Item")), t(N_("Number"))],
                       [[t(N_("Received in the month")), total.complaints_received],
                        [t(N_("Resolved in the month")), total.complaints_resolved],
                        [t(N_("Overdue at month end")), total.complaints_overdue]]))
    types = [[ws.reference.label("complaint_code_b", x.code_b, mode), x.received, x.resolved, x.overdue]
             for x in report.by_complaint_type]
    out.append(Section(t(N_("Complaints by business type (JR/T 0169)")),
                       [t(N_("Business type")), t(N_("Received")), t(N_("Resolved")), t(N_("Overdue"))],
                       types or [[t(N_("none")), 0, 0, 0]]))
    out.append(Section(t(N_("Credit households and villages")), [t(N_("Item")), t(N_("Number"))],
                       [[t(N_("Households on the register")), total.households],
                        [t(N_("Credit households")), total.credit_households],
                        [t(N_("Credit villages")), report.credit_villages],
                        [t(N_("Villages assessed")), report.villages_rated],
                        [t(N_("Households in conflict between villages (each counted once)")),
                         report.households_in_conflict]]))
    return out


#: the per-village table: (header, kind, value of a Figures) — kind "int" or "money"
VILLAGE_COLUMNS = [
    (N_("Households"), "int", lambda f: f.households),
    (N_("Demands registered"), "int", lambda f: f.registered.n),
    (N_("Amount asked (yuan)"), "money", lambda f: f.registered.fen),
    (N_("Referred"), "int", lambda f: f.referred.n),
    (N_("Approved"), "int", lambda f: f.approved.n),
    (N_("Granted"), "int", lambda f: f.granted.n),
    (N_("Amount granted (yuan)"), "money", lambda f: f.granted.fen),
    (N_("Rejected"), "int", lambda f: f.rejected.n),
    (N_("Withdrawn"), "int", lambda f: f.withdrawn.n),
    (N_("530 granted"), "int", lambda f: f.granted_530.n),
    (N_("530 outstanding"), "int", lambda f: f.outstanding_530.n),
    (N_("530 outstanding (yuan)"), "money", lambda f: f.outstanding_530.fen),
    (N_("Sessions"), "int", lambda f: f.sessions),
    (N_("Attendance"), "int", lambda f: f.attendance),
    (N_("Women"), "int", lambda f: f.attendance_women),
    (N_("Poor households"), "int", lambda f: f.attendance_poor),
    (N_("Complaints received"), "int", lambda f: f.complaints_received),
    (N_("Complaints resolved"), "int", lambda f: f.complaints_resolved),
    (N_("Complaints overdue"), "int", lambda f: f.complaints_overdue),
    (N_("Credit households"), "int", lambda f: f.credit_households),
]
VILLAGE = N_("Village")
CREDIT_VILLAGE = N_("Credit village")
UNASSIGNED = N_("No village given")
TOTAL = N_("Total")
YES, NO = N_("yes"), N_("no")


def village_label(row, mode: str) -> str:
    if not row.village_id:
        return common.text(UNASSIGNED, mode)
    return common.pair(row.name_zh, row.name_bo, mode)


INDICATORS = N_("Indicators")
INDICATOR_HEADERS = (N_("Indicator"), N_("Value"), N_("Of"), N_("Share"))
log = logging.getLogger(__name__)


def indicator_rows(ws, report: MonthlyReport) -> list[tuple] | None:
    """The Home page's indicators for the report's month and office, as (label, value, kind) rows
    — the same in the workbook's Indicators sheet and the PDF's indicators page (issue 9).
    None when they cannot be computed: the report's own figures never depend on them."""
    try:
        from app.services.indicators import IndicatorService

        end = date.fromisoformat(report.end)
        ind = IndicatorService(ws).compute(report.month, today=min(end, date.today()),
                                           office_code=report.office["code"])
        return _rows_of(ind)
    except Exception:  # logged; the report is still written, without this part
        log.exception("indicators failed; the report is written without them")
        return None


def _rows_of(ind) -> list[tuple]:
    """(label, value, kind) rows of app.services.indicators.Indicators that the summary sheet does
    not already have (its counts of the month are the summary's); kind "int" | "share" (part of
    whole, with a percentage) | "days"."""
    loans, lit, comp = ind.loans, ind.literacy, ind.complaints
    rows = []
    if loans.poor_with_demand is not None:
        rows.append((N_("Registered poor households with a loan demand"), loans.poor_with_demand, "share"))
    if loans.poor_with_grant is not None:
        rows.append((N_("Registered poor households with a loan granted"), loans.poor_with_grant, "share"))
    rows += [
        (N_("Success rate (granted of decided)"), loans.success, "share"),
        (N_("Median days from registration to decision"), loans.median_days_to_decision, "days"),
        (N_("530 loans past maturity"), loans.overdue_530, "int"),
        (N_("Literacy sessions this year"), lit.year_sessions, "int"),
        (N_("Sessions held in Tibetan or bilingual this year"), lit.tibetan_or_bilingual, "share"),
    ]
    if lit.households_reached is not None:
        rows.append((N_("Households reached by sessions this year"), lit.households_reached, "share"))
    rows += [(N_("Complaints resolved in time"), comp.resolved_in_time, "share"),
             (N_("Complainants satisfied"), comp.satisfied, "share")]
    if ind.credit is not None:
        rows += [(N_("Credit households"), ind.credit.credit_households, "share"),
                 (N_("Credit villages"), ind.credit.credit_villages, "share")]
    return rows
