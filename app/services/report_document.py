"""Build a period's report document (app/domain/report_document.py) from its computed figures
(app/services/reports.py): every label in the language mode, the village table, the Home page's
indicators for the period, the offices below, the narrative and names kept with the report, and
the annex of loan steps.  The .xlsx and .pdf writers turn the document into files.

``document(ws, report, mode, full_ids=False) -> ReportDocument``
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from app.domain import privacy
from app.domain import report_document as doc
from app.domain.complaints import OTHER
from app.domain.periods import ReportPeriod
from app.domain.script import labelled
from app.i18n import N_, join_bilingual, translate
from app.i18n import label as text
from app.i18n import name_pair as pair
from app.services import reports
from app.services.reports import PIPELINE, MonthlyReport

if TYPE_CHECKING:
    from app.services.workspace import Workspace

log = logging.getLogger(__name__)

PERIOD = N_("Period")
OFFICES = N_("Offices included")
MADE = N_("Made on")
INDICATORS = N_("Indicators")
INDICATOR_HEADERS = (N_("Indicator"), N_("Value"), N_("Of"), N_("Share"))
NARRATIVE = N_("New developments and problems")
NO_NARRATIVE = N_("(nothing written)")
SIGNATURES = (N_("Prepared by"), N_("Reviewed by"), N_("Date"))
OFFICES_BELOW = N_("Offices below: included and missing")
OFFICE_HEADERS = (N_("Office code"), N_("Office"), N_("Level"), N_("Latest package"), N_("In this report"))
INCLUDED, MISSING = N_("included"), N_("missing: no package for the period yet")
DAYS = N_("{n} days")
#: the office's name for itself in a report's title, by level (县、乡 offices are stations that the
#: village offices report to; a village has the office itself: seed 004 三.(一).1 "工作办公室（工作室）")
UNITS = {
    "county": N_("Dual-base linkage work station"),
    "township": N_("Dual-base linkage work station"),
    "village": N_("Dual-base linkage work office"),
}
VILLAGE = N_("Village")
VILLAGE_LOANS = N_("Villages: loans")
VILLAGE_OTHER = N_("Villages: sessions, complaints and credit")
VILLAGES_TITLE = N_("Villages")
CREDIT_VILLAGE = N_("Credit village")
UNASSIGNED = N_("No village given")
TOTAL = N_("Total")
YES, NO = N_("yes"), N_("no")
SUMMARY_SHEET = N_("Summary")
COMPLAINT_STATISTICS_SHEET = N_("Complaint statistics")
#: the three tables of complaint statistics, one per JR/T 0169-2018 dimension
COMPLAINT_DIMENSIONS = (
    ("code_a", "complaint_code_a", N_("Complaints by business channel (JR/T 0169-2018 A)")),
    ("code_b", "complaint_code_b", N_("Complaints by business type (JR/T 0169-2018 B)")),
    ("code_c", "complaint_code_c", N_("Complaints by cause (JR/T 0169-2018 C)")),
)
COMPLAINT_STATISTICS_HEADERS = (N_("Code"), N_("Class"), N_("Received"), N_("Resolved"), N_("Overdue"))
#: a class with classes under it (前台业务渠道, 电子渠道) counts them all: its row is their 小计, and
#: says so, or a reader adding the column would count each complaint twice
SUBTOTAL = N_("{name} (subtotal)")

#: the words that differ between a month's report and another period's
WORDS = {
    "month": {
        "demands": N_("Loan demands in the month"),
        "granted": N_("Granted in the month"),
        "outstanding": N_("Outstanding at month end"),
        "received": N_("Received in the month"),
        "resolved": N_("Resolved in the month"),
        "overdue": N_("Overdue at month end"),
        "chart": N_("Loan pipeline in the month (number of demands)"),
        "annex": N_("Annex: loan steps in the month"),
        "no_steps": N_("No loan steps were recorded in this month."),
        "book": N_("Loan book at month end"),
        "principal": N_("Repayments in the month: principal"),
        "interest": N_("Repayments in the month: interest"),
        "subsidy": N_("Interest subsidy due for the month"),
    },
    "period": {
        "demands": N_("Loan demands in the period"),
        "granted": N_("Granted in the period"),
        "outstanding": N_("Outstanding at the period's end"),
        "received": N_("Received in the period"),
        "resolved": N_("Resolved in the period"),
        "overdue": N_("Overdue at the period's end"),
        "chart": N_("Loan pipeline in the period (number of demands)"),
        "annex": N_("Annex: loan steps in the period"),
        "no_steps": N_("No loan steps were recorded in this period."),
        "book": N_("Loan book at the period's end"),
        "principal": N_("Repayments in the period: principal"),
        "interest": N_("Repayments in the period: interest"),
        "subsidy": N_("Interest subsidy due for the period"),
    },
}
ANNEX_MORE = N_("The table stops here: {n} more steps are listed only in the .xlsx report of the same period.")
#: the annex lists at most this many steps (a county's month can have tens of thousands)
ANNEX_LIMIT = 300

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


def report_title(level: str | None, kind: str, mode: str) -> str:
    """The report's title for the office's level and the period's kind: 双基联动工作站半年报,
    双基联动工作室月报 …  (Chinese runs the two together; Tibetan and English put a space between.)"""
    from app.domain.periods import TITLES

    unit, title = UNITS.get(level or "", UNITS["village"]), TITLES[kind]

    def one(lang: str) -> str:
        sep = "" if lang == "zh" else " "
        return f"{translate(unit, lang)}{sep}{translate(title, lang)}"

    if mode != "both":
        return one(mode)
    return f"{one('bo')} / {one('zh')}"


def days_text(value: float | None, mode: str) -> doc.Days | None:
    """A number of days with its unit: whole days without a decimal, a half as .5."""
    if value is None:
        return None
    n = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return doc.Days(float(value), text(DAYS, mode).format(n=n))


def words(report: MonthlyReport) -> dict:
    return WORDS["month" if report.period is None or report.period.kind == "month" else "period"]


def register_sheets(ws: Workspace, report: MonthlyReport, mode: str, id_format) -> tuple:
    """The workbook's sheets of the records behind the figures: loan demands with activity in the
    period, its loan steps, sessions held, complaints received / resolved / overdue, ratings made —
    each a RegisterDocument whose rows are read in batches while the file is written."""
    from app import registry
    from app.domain.sheet_document import RegisterDocument
    from app.services.register_export import BATCH, sheet_labels

    def sheet(name, title, columns, ids, fetch):
        def batches():
            for start in range(0, len(ids), BATCH):
                yield fetch(ids[start : start + BATCH])

        return RegisterDocument(
            name, title, columns, mode, sheet_labels(ws, mode, columns), id_format, len(ids), batches()
        )

    out = []
    for name, ids, fetch in (
        ("loans", report.loan_ids, ws.loans.rows),
        (doc.LOAN_STEP_SHEET, report.loan_event_ids, lambda ids: reports.loan_event_rows(ws, ids, report.end)),
        ("sessions", report.session_ids, ws.sessions.rows),
        ("complaints", report.complaint_ids, ws.complaints.rows),
        ("ratings", report.rating_ids, ws.ratings.rows),
    ):
        if name == doc.LOAN_STEP_SHEET:
            out.append(sheet(name, doc.LOAN_STEP_TITLE, doc.LOAN_STEP_COLUMNS, list(ids), fetch))
        else:
            entry = registry.register(name)
            out.append(sheet(name, entry.label, entry.columns, list(ids), fetch))
    return tuple(out)


def document(
    ws: Workspace, report: MonthlyReport, mode: str, *, full_ids: bool = False, id_format=None, sheets: bool = True
) -> doc.ReportDocument:
    """The report of `report` in language `mode` ("zh" | "bo" | "both" | "en"); with `sheets`
    the workbook's register sheets too (the PDF has none)."""
    from app.services import pdf_fonts

    t = lambda s: text(s, mode)
    period = report.period or ReportPeriod.month(report.month)
    office = pair(report.office.get("name_zh"), report.office.get("name_bo"), mode)
    unit = t(UNITS.get(report.office.get("level"), UNITS["village"]))
    title = report_title(report.office.get("level"), period.kind, mode)
    if id_format is None:  # PermissionDenied before anything is built when full numbers are not allowed
        id_format = privacy.id_formatter(ws.can_see_full_id_numbers(), full_ids)
    w = words(report)
    notices = tuple(_notice(x, mode) for x in report.warnings)
    return doc.ReportDocument(
        mode=mode,
        file_title=f"{title} {period.key}",
        office=office,
        unit=unit,
        title=title,
        header_right=f"{t(period.title)} · {period.key}",
        period_line=labelled(t(PERIOD), f"{report.start} – {report.end}"),
        made_line=labelled(t(MADE), report.made_on or date.today().isoformat()),
        offices_line=labelled(t(OFFICES), len(report.office_codes)),
        provisional=report.provisional,
        notices=notices,
        sections=tuple(sections(ws, report, mode)),
        chart=_chart(ws, report, mode, w),
        villages=_villages(report, mode),
        indicators=_indicators(ws, report, mode),
        complaint_statistics=complaint_statistics(ws, report, mode),
        offices_below=_offices_below(ws, report, mode),
        narrative_title=t(NARRATIVE),
        narrative=report.narrative,
        signatures=(
            (t(SIGNATURES[0]), report.prepared_by),
            (t(SIGNATURES[1]), report.reviewed_by),
            (t(SIGNATURES[2]), ""),
        ),
        annex=_annex(ws, report, mode, w, id_format),
        summary_sheet=SUMMARY_SHEET,
        villages_sheet=VILLAGES_TITLE,
        indicators_sheet=INDICATORS,
        complaint_statistics_sheet=COMPLAINT_STATISTICS_SHEET,
        register_sheets=register_sheets(ws, report, mode, id_format) if sheets else (),
        font_paths=pdf_fonts.font_paths(ws),
    )


def _notice(w: reports.Warning_, mode: str) -> str:
    return text(w.message, mode).format(**dict(w.params))


def sections(ws: Workspace, report: MonthlyReport, mode: str) -> list[doc.Section]:
    t = lambda s: text(s, mode)
    label = lambda kind, code: ws.reference.label(kind, code, mode)
    w = words(report)
    total = report.total
    out = []
    rows = [
        (label("loan_status", step), total.step(step).n, doc.Money(total.step(step).fen))
        for step in PIPELINE + ("repaid",)
    ]
    out.append(doc.Section(t(w["demands"]), (t(N_("Step")), t(N_("Number")), t(N_("Amount (yuan)"))), tuple(rows)))
    out.append(
        doc.Section(
            t(N_("530 credit loans")),
            (t(N_("Item")), t(N_("Number")), t(N_("Amount (yuan)"))),
            (
                (t(w["granted"]), total.granted_530.n, doc.Money(total.granted_530.fen)),
                (t(w["outstanding"]), total.outstanding_530.n, doc.Money(total.outstanding_530.fen)),
            ),
        )
    )
    book = report.book
    if book is not None:  # the loan book at the period's end (issue #18)
        rate = (
            ""
            if book.overdue_rate_bp is None
            else doc.Rate(book.overdue_rate_bp / 10000, f"{book.overdue_rate_bp / 100:.2f} %")
        )
        out.append(
            doc.Section(
                t(w["book"]),
                (t(N_("Item")), t(N_("Number")), t(N_("Amount (yuan)"))),
                (
                    (t(N_("Outstanding balance")), book.loans, doc.Money(book.balance_fen)),
                    (t(N_("Overdue balance")), book.overdue_loans, doc.Money(book.overdue_fen)),
                    (t(N_("Overdue rate")), rate, ""),
                    (t(w["principal"]), book.payments, doc.Money(book.repaid_principal_fen)),
                    (t(w["interest"]), "", doc.Money(book.repaid_interest_fen)),
                    (t(w["subsidy"]), "", doc.Money(book.subsidy_due_fen)),
                ),
            )
        )
    out.append(
        doc.Section(
            t(N_("Financial literacy sessions")),
            (t(N_("Item")), t(N_("Number"))),
            (
                (t(N_("Sessions held")), total.sessions),
                (t(N_("Attendance")), total.attendance),
                (t(N_("of whom women")), total.attendance_women),
                (t(N_("of whom from poor households")), total.attendance_poor),
            ),
        )
    )
    out.append(
        doc.Section(
            t(N_("Sessions by language")),
            (t(N_("Language")), t(N_("Sessions")), t(N_("Attendance"))),
            tuple((label("language", x.language), x.sessions, x.attendance) for x in report.by_language),
        )
    )
    out.append(
        doc.Section(
            t(N_("Complaints")),
            (t(N_("Item")), t(N_("Number"))),
            (
                (t(w["received"]), total.complaints_received),
                (t(w["resolved"]), total.complaints_resolved),
                (t(w["overdue"]), total.complaints_overdue),
            ),
        )
    )
    types = tuple(
        (label("complaint_code_b", x.code_b), x.received, x.resolved, x.overdue) for x in report.by_complaint_type
    )
    out.append(
        doc.Section(
            t(N_("Complaints by business type (JR/T 0169)")),
            (t(N_("Business type")), t(N_("Received")), t(N_("Resolved")), t(N_("Overdue"))),
            types or ((t(N_("none")), 0, 0, 0),),
        )
    )
    out.append(
        doc.Section(
            t(N_("Credit households and villages")),
            (t(N_("Item")), t(N_("Number"))),
            (
                (t(N_("Households on the register")), total.households),
                (t(N_("Credit households")), total.credit_households),
                (t(N_("Credit villages")), report.credit_villages),
                (t(N_("Villages assessed")), report.villages_rated),
                (t(N_("Households in conflict between villages (each counted once)")), report.households_in_conflict),
            ),
        )
    )
    return out


def village_label(row, mode: str) -> str:
    if not row.village_id:
        return text(UNASSIGNED, mode)
    return pair(row.name_zh, row.name_bo, mode)


def _villages(report: MonthlyReport, mode: str) -> doc.VillageTable:
    yes, no = text(YES, mode), text(NO, mode)

    def values(fig):
        return tuple(doc.Money(get(fig)) if kind == "money" else get(fig) for _h, kind, get in VILLAGE_COLUMNS)

    rows = tuple(
        (village_label(v, mode), *values(v.figures), (yes if v.credit_village else no) if v.village_id else "")
        for v in report.villages
    )
    return doc.VillageTable(
        title=text(VILLAGES_TITLE, mode),
        first_header=text(VILLAGE, mode),
        keys=tuple(h for h, _k, _g in VILLAGE_COLUMNS),
        headers=tuple(text(h, mode) for h, _k, _g in VILLAGE_COLUMNS),
        money=frozenset(h for h, k, _g in VILLAGE_COLUMNS if k == "money"),
        rows=rows,
        total=(text(TOTAL, mode), *values(report.total), report.credit_villages),
        credit_header=text(CREDIT_VILLAGE, mode),
        loans_title=text(VILLAGE_LOANS, mode),
        other_title=text(VILLAGE_OTHER, mode),
    )


def _chart(ws: Workspace, report: MonthlyReport, mode: str, w: dict) -> doc.Chart:
    if mode == "both":  # one language per line
        labels = tuple(
            ws.reference.label("loan_status", s, "bo") + "\n" + ws.reference.label("loan_status", s, "zh")
            for s in PIPELINE
        )
    else:
        labels = tuple(ws.reference.label("loan_status", s, mode) for s in PIPELINE)
    return doc.Chart(text(w["chart"], mode), labels, tuple(report.total.step(s).n for s in PIPELINE))


def indicator_rows(ws: Workspace, report: MonthlyReport) -> list[tuple] | None:
    """The Home page's indicators for the report's period and office, as (label, value, kind) rows
    — the same in the workbook's Indicators sheet and the PDF's indicators page (issue 9), taken
    as of the period's end (issue #19).  None when they cannot be computed: the report's own
    figures never depend on them."""
    try:
        from app.services.indicators import IndicatorService, Period

        start, end = date.fromisoformat(report.start), date.fromisoformat(report.end)
        made = date.fromisoformat(report.made_on) if report.made_on else date.today()
        ind = IndicatorService(ws).compute(Period(start, end), today=min(end, made), office_code=report.office["code"])
        return _rows_of(ind)
    except Exception:  # logged; the report is still written, without this part
        log.exception("indicators failed; the report is written without them")
        return None


def _rows_of(ind) -> list[tuple]:
    """(label, value, kind) rows of app.services.indicators.Indicators that the summary sheet does
    not already have (its counts of the period are the summary's); kind "int" | "share" (part of
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
    rows += [
        (N_("Complaints resolved in time"), comp.resolved_in_time, "share"),
        (N_("Complainants satisfied"), comp.satisfied, "share"),
    ]
    if ind.credit is not None:
        rows += [
            (N_("Credit households"), ind.credit.credit_households, "share"),
            (N_("Credit villages"), ind.credit.credit_villages, "share"),
        ]
    return rows


def _indicators(ws: Workspace, report: MonthlyReport, mode: str) -> doc.Section | None:
    rows = indicator_rows(ws, report)
    if rows is None:
        return None
    body = []
    for label, value, kind in rows:
        shown = text(label, mode)
        if value is None:
            body.append((shown, "", "", ""))
        elif kind == "share":
            pct = f"{value.part * 100 / value.whole:.1f} %" if value.whole else ""
            body.append((shown, doc.Share(value.part, value.whole, pct), value.whole, pct))
        elif kind == "days":
            body.append((shown, days_text(value, mode), "", ""))
        else:
            body.append((shown, value, "", ""))
    return doc.Section(text(INDICATORS, mode), tuple(text(h, mode) for h in INDICATOR_HEADERS), tuple(body))


def _offices_below(ws: Workspace, report: MonthlyReport, mode: str) -> doc.Section | None:
    if not report.offices_below:
        return None
    rows = tuple(
        (
            o.code,
            pair(o.name_zh, o.name_bo, mode),
            ws.reference.label("office_level", o.level, mode) if _has_enum(ws, "office_level") else o.level,
            o.last_month,
            text(INCLUDED if o.included else MISSING, mode),
        )
        for o in report.offices_below
    )
    return doc.Section(text(OFFICES_BELOW, mode), tuple(text(h, mode) for h in OFFICE_HEADERS), rows)


def _has_enum(ws: Workspace, kind: str) -> bool:
    try:
        return bool(ws.reference.enums(kind))
    except Exception:  # noqa: BLE001 - an enumeration the register does not have
        return False


def _annex(ws: Workspace, report: MonthlyReport, mode: str, w: dict, id_format) -> doc.Annex:
    t = lambda s: text(s, mode)
    headers = tuple(
        t(h)
        for h in (
            N_("Date"),
            N_("Household"),
            N_("ID number"),
            N_("Village"),
            N_("Loan product"),
            N_("Step"),
            N_("Amount (yuan)"),
        )
    )
    ids = report.loan_event_ids
    shown = ids[:ANNEX_LIMIT]
    rows = []
    if shown:
        products = {p.code: ws.reference.product_label(p.code, mode) for p in ws.reference.products()}
        statuses = {
            r["code"]: ws.reference.label("loan_status", r["code"], mode) for r in ws.reference.enums("loan_status")
        }
        from storage import villages

        village_names = {v["id"]: pair(v["name_zh"], v["name_bo"], mode) for v in villages.all_rows(ws.db)}
        for start in range(0, len(shown), 1000):
            for r in reports.loan_event_rows(ws, shown[start : start + 1000], report.end):
                rows.append(
                    (
                        r["on_date"],
                        pair(r["household_zh"], r["household_bo"], "both", " "),
                        id_format(r["id_number"]),
                        village_names.get(r["village_id"], ""),
                        products.get(r["product_code"], r["product_code"]),
                        statuses.get(r["to_status"], r["to_status"]),
                        doc.Money(r["event_fen"] or 0),
                    )
                )
    more = len(ids) - len(shown)
    return doc.Annex(
        t(w["annex"]), headers, tuple(rows), t(w["no_steps"]), t(ANNEX_MORE).format(n=more) if more > 0 else ""
    )


def _class_label(ws: Workspace, kind: str, code: str, mode: str, *, subtotal: bool) -> str:
    """A JR/T 0169 class as the statistics print it; a class with classes under it marked 小计."""
    if not subtotal:
        return ws.reference.label(kind, code, mode)
    if mode == "both":
        return join_bilingual(
            translate(SUBTOTAL, "zh").format(name=ws.reference.label(kind, code, "zh")),
            translate(SUBTOTAL, "bo").format(name=ws.reference.label(kind, code, "bo")),
        )
    return translate(SUBTOTAL, mode).format(name=ws.reference.label(kind, code, mode))


def complaint_statistics(ws: Workspace, report: MonthlyReport, mode: str) -> tuple[doc.Section, ...]:
    """Complaints of the period by each JR/T 0169-2018 dimension, in the layout of PBOC's complaint
    statistics as offices fill them in: every code of the standard in its order, the classes
    indented under their parents, each class the sum of the classes under it and labelled its 小计
    (subtotal), nothing left out for having no complaints (a 0 is reported as 0), the dimension's
    total the sum of its 大类.  A
    bank's complaint statistics screen lays A out the same way across (each class's 小计, the total
    the front office plus the middle and back office); the PBOC form itself was not found, so the
    columns are those the report counts — received, resolved, overdue at the end (migration 28
    says what was found and what is not confirmed)."""
    from app.services.complaints import code_tree

    out = []
    for dim, kind, title in COMPLAINT_DIMENSIONS:
        counts = report.complaints_by_code.get(dim, {})
        rows_ref = ws.reference.enums(kind)
        tree = code_tree(rows_ref)
        parent = {r["code"]: (r.get("extra") or {}).get("parent") or "" for r in rows_ref}
        totals = {code: [0, 0, 0] for code, _d, _s in tree}
        for code, x in counts.items():
            node = code if code in totals else None
            if node is None:  # a code no longer in the list (an old package): "other"
                node = OTHER[dim] if OTHER[dim] in totals else None
            while node:
                t = totals[node]
                t[0] += x.received
                t[1] += x.resolved
                t[2] += x.overdue
                node = parent.get(node, "")
        rows = tuple(
            (code, "\u3000" * depth + _class_label(ws, kind, code, mode, subtotal=not leaf), *totals[code])
            for code, depth, leaf in tree
        )
        top = [totals[code] for code, depth, _s in tree if depth == 0]
        rows += (("", text(TOTAL, mode), *(sum(t[i] for t in top) for i in range(3))),)
        out.append(doc.Section(text(title, mode), tuple(text(h, mode) for h in COMPLAINT_STATISTICS_HEADERS), rows))
    return tuple(out)
