"""The monthly report as an .xlsx workbook (XlsxWriter, constant_memory).

Sheets: the summary (sections of :mod:`exports.summary`), the per-village table with a total row,
one sheet per register for the month (loan demands with activity in the month, the loan steps of
the month, sessions held, complaints received / resolved / overdue, ratings made in the month) and,
when ``app.services.indicators`` exists, the indicators it provides.

``write_monthly(ws, report, out_path, mode="zh", full_ids=False)`` is a generator yielding
:class:`exports.common.Progress` (rows written of all rows); the file appears under `out_path`
only when complete and verified (exports.usb.safe_target).
"""
from __future__ import annotations

import datetime as _dt
import logging
from typing import Iterator

import xlsxwriter

from app.i18n import N_
from app.services import reports
from app.services.reports import MonthlyReport
from exports import common, summary, usb
from exports.safe_cells import write_text
from exports.xlsx.columns import REGISTERS, SHEET_TITLES
from exports.xlsx.registers import BATCH, WORKBOOK_OPTIONS
from exports.xlsx.print_setup import page_setup
from exports.xlsx.sheet import Formats, RegisterSheet, header_text, sheet_name

log = logging.getLogger(__name__)

SUMMARY = summary.TITLE


def _register_sheets(ws, report: MonthlyReport):
    """(register, ids, fetch rows) of each register sheet."""
    return [
        ("loans", report.loan_ids, ws.loans.rows),
        ("loan_events", report.loan_event_ids, lambda ids: reports.loan_event_rows(ws, ids)),
        ("sessions", report.session_ids, ws.sessions.rows),
        ("complaints", report.complaint_ids, ws.complaints.rows),
        ("ratings", report.rating_ids, ws.ratings.rows),
    ]


def _write_summary(ws, workbook, fm: Formats, report: MonthlyReport, mode: str, used: set) -> None:
    sh = workbook.add_worksheet(sheet_name(summary.TITLE, mode, used))
    sh.set_column(0, 0, 36 if mode != "both" else 48)
    sh.set_column(1, 3, 16)
    t = lambda s: common.text(s, mode)  # noqa: E731
    _print_setup(sh, report, mode, (36 if mode != "both" else 48) + 3 * 16, None)
    heading = f"{summary.office_name(report, mode)} — {t(summary.REPORT_TITLE)}"
    write_text(sh, 0, 0, heading, fm.text(heading, fm.title))
    write_text(sh, 1, 0, f"{t(summary.PERIOD)}: {summary.period_text(report)}", fm.subtitle)
    write_text(sh, 2, 0, f"{t(summary.OFFICES)}: {len(report.office_codes)}    "
                         f"{t(summary.MADE)}: {_dt.date.today().isoformat()}", fm.subtitle)
    row = 4
    for sec in summary.sections(ws, report, mode):
        write_text(sh, row, 0, sec.title, fm.text(sec.title, fm.section))
        row += 1
        for col, h in enumerate(sec.headers):
            sh.write_string(row, col, h, fm.header)
        row += 1
        for values in sec.rows:
            for col, v in enumerate(values):
                if isinstance(v, summary.Money):
                    sh.write_number(row, col, int(v) / 100, fm.money)
                elif isinstance(v, int):
                    sh.write_number(row, col, v, fm.count)
                else:
                    write_text(sh, row, col, v, fm.text(str(v), fm.label), fm.guard)
            row += 1
        row += 1


def _write_villages(workbook, fm: Formats, report: MonthlyReport, mode: str, used: set) -> None:
    sh = workbook.add_worksheet(sheet_name(N_VILLAGES, mode, used))
    cols = summary.VILLAGE_COLUMNS
    sh.set_column(0, 0, 22 if mode != "both" else 30)
    sh.set_column(1, len(cols), 11)
    sh.set_column(len(cols) + 1, len(cols) + 1, 10)
    sh.set_row(0, 48 if mode == "both" else 32)
    _print_setup(sh, report, mode, (22 if mode != "both" else 30) + 11 * len(cols) + 10, 0)
    sh.write_string(0, 0, header_text(summary.VILLAGE, mode), fm.header)
    for col, (head, _kind, _get) in enumerate(cols, start=1):
        sh.write_string(0, col, header_text(head, mode), fm.header)
    sh.write_string(0, len(cols) + 1, header_text(summary.CREDIT_VILLAGE, mode), fm.header)
    sh.freeze_panes(1, 1)
    yes, no = common.text(summary.YES, mode), common.text(summary.NO, mode)
    row = 0
    for v in report.villages:
        row += 1
        name = summary.village_label(v, mode)
        write_text(sh, row, 0, name, fm.text(name, None), fm.guard)
        for col, (_head, kind, get) in enumerate(cols, start=1):
            value = get(v.figures)
            if kind == "money":
                sh.write_number(row, col, value / 100, fm.money)
            else:
                sh.write_number(row, col, value, fm.count)
        if v.village_id:
            answer = yes if v.credit_village else no
            sh.write_string(row, len(cols) + 1, answer, fm.text(answer, None))
    sh.autofilter(0, 0, max(row, 1), len(cols) + 1)
    row += 1
    total = common.text(summary.TOTAL, mode)
    sh.write_string(row, 0, total, fm.text(total, fm.label_bold))
    for col, (_head, kind, get) in enumerate(cols, start=1):
        value = get(report.total)
        if kind == "money":
            sh.write_number(row, col, value / 100, fm.money_bold)
        else:
            sh.write_number(row, col, value, fm.count_bold)
    sh.write_number(row, len(cols) + 1, report.credit_villages, fm.count_bold)


N_VILLAGES = N_("Villages")


def _print_setup(sh, report: MonthlyReport, mode: str, width_chars: float, header_row: int | None) -> None:
    """Every sheet of the report prints with the office and the period in its page header."""
    page_setup(sh, width_chars=width_chars, mode=mode, office=summary.office_name(report, mode),
               period=summary.period_text(report), title=common.text(summary.REPORT_TITLE, mode),
               repeat_header_row=header_row)


def _write_indicators(ws, workbook, fm: Formats, report: MonthlyReport, mode: str, used: set) -> bool:
    """The Indicators sheet from app.services.indicators (GUI-B's service) for the report's month.

    Skipped quietly when that service is missing or fails (logged): the figures of the report
    itself never depend on it.
    """
    rows = summary.indicator_rows(ws, report)
    if rows is None:
        return False
    sh = workbook.add_worksheet(sheet_name(summary.INDICATORS, mode, used))
    sh.set_column(0, 0, 46 if mode != "both" else 60)
    sh.set_column(1, 3, 14)
    sh.set_row(0, 32 if mode == "both" else None)
    _print_setup(sh, report, mode, (46 if mode != "both" else 60) + 3 * 14, 0)
    for col, head in enumerate((N_("Indicator"), N_("Value"), N_("Of"), N_("Share"))):
        sh.write_string(0, col, header_text(head, mode), fm.header)
    sh.freeze_panes(1, 0)
    pct = fm.rate
    for r, (label, value, kind) in enumerate(rows, start=1):
        text = common.text(label, mode)
        write_text(sh, r, 0, text, fm.text(text, fm.label), fm.guard)
        if value is None:
            continue
        if kind == "share":
            sh.write_number(r, 1, value.part, fm.count)
            sh.write_number(r, 2, value.whole, fm.count)
            if value.whole:
                sh.write_number(r, 3, value.part / value.whole, pct)
        else:
            sh.write_number(r, 1, value)
    return True


def write_monthly(ws, report: MonthlyReport, out_path, *, mode: str = "zh",
                  full_ids: bool = False) -> Iterator[common.Progress]:
    id_format = common.id_formatter(ws, full_ids)
    plan = _register_sheets(ws, report)
    total = sum(len(ids) for _r, ids, _f in plan)
    done = 0
    with usb.safe_target(out_path) as target:
        workbook = xlsxwriter.Workbook(target.temp, WORKBOOK_OPTIONS)
        office = summary.office_name(report, mode)
        workbook.set_properties({"title": f"{common.text(summary.REPORT_TITLE, mode)} {summary.period_text(report)}",
                                 "subject": summary.period_text(report), "author": office, "company": office,
                                 "comments": "Dual-Base Ledger"})
        fm = Formats(workbook, mode)
        used: set[str] = set()
        _write_summary(ws, workbook, fm, report, mode, used)
        _write_villages(workbook, fm, report, mode, used)
        yield common.Progress(done, total, str(out_path))
        for register, ids, fetch in plan:
            sheet = RegisterSheet(ws, workbook, fm, sheet_name(SHEET_TITLES[register], mode, used),
                                  REGISTERS[register], mode=mode, id_format=id_format, office=office,
                                  period=summary.period_text(report), title=common.text(summary.REPORT_TITLE, mode))
            for start in range(0, len(ids), BATCH):
                sheet.write_rows(fetch(ids[start:start + BATCH]))
                done += len(ids[start:start + BATCH])
                yield common.Progress(done, total, str(out_path))
            sheet.finish()
        _write_indicators(ws, workbook, fm, report, mode, used)
        workbook.close()
    yield common.Progress(total, total, str(out_path))
