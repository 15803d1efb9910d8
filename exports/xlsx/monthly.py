"""A period's report as an .xlsx workbook (XlsxWriter, constant_memory).

Sheets: the summary (the notices, the sections, the offices below, the narrative and the names
kept with the report — all from the report's document, app/domain/report_document.py), the
per-village table with a total row, one sheet per register for the period (loan demands with
activity in it, its loan steps, sessions held, complaints received / resolved / overdue, ratings
made) and the indicators.

``write_monthly(document, out_path)`` is a generator yielding
:class:`exports.common.Progress` (rows written of all rows); the file appears under `out_path`
only when complete and verified (app.safe_write.safe_target).
"""

from __future__ import annotations

from typing import Iterator

import xlsxwriter

from app.domain import report_document as rd
from app import safe_write
from exports import common
from exports.safe_cells import write_text
from exports.xlsx.print_setup import page_setup
from exports.xlsx.registers import WORKBOOK_OPTIONS
from exports.xlsx.sheet import Formats, RegisterSheet, sheet_name


def _cell(sh, fm: Formats, row: int, col: int, v, text_fmt=None) -> None:
    """One document cell: money in yuan, counts with separators, text in the Tibetan font where it
    has Tibetan (exports.xlsx.print_setup)."""
    if isinstance(v, rd.Money):
        sh.write_number(row, col, int(v) / 100, fm.money)
    elif isinstance(v, rd.Share):
        sh.write_number(row, col, v.part, fm.count)
    elif isinstance(v, rd.Rate):
        sh.write_number(row, col, v.value, fm.rate)
    elif isinstance(v, rd.Days):
        # a figure with its unit ("18 天", "ཉིན་ 18"): text, set flush right as the numbers beside it
        write_text(sh, row, col, v.text, fm.text(v.text, fm.figure_text), fm.guard)
    elif isinstance(v, int):
        sh.write_number(row, col, v, fm.count)
    else:
        write_text(sh, row, col, v, fm.text(str(v), text_fmt), fm.guard)


def _print_setup(sh, d: rd.ReportDocument, width_chars: float, header_row: int | None) -> None:
    """Every sheet of the report prints with the office and the period in its page header."""
    page_setup(
        sh,
        width_chars=width_chars,
        mode=d.mode,
        office=d.office,
        period=d.period_line,
        title=d.title,
        repeat_header_row=header_row,
    )


def _write_section(sh, fm: Formats, row: int, sec: rd.Section) -> int:
    write_text(sh, row, 0, sec.title, fm.text(sec.title, fm.section))
    row += 1
    for col, h in enumerate(sec.headers):
        sh.write_string(row, col, h, fm.header)
    row += 1
    for values in sec.rows:
        for col, v in enumerate(values):
            _cell(sh, fm, row, col, v, fm.label)
        row += 1
    return row + 1


def _write_summary(workbook, fm: Formats, d: rd.ReportDocument, used: set) -> None:
    sh = workbook.add_worksheet(sheet_name(d.summary_sheet, d.mode, used))
    sh.set_column(0, 0, 36 if d.mode != "both" else 48)
    sh.set_column(1, 4, 16)
    _print_setup(sh, d, (36 if d.mode != "both" else 48) + 4 * 16, None)
    heading = f"{d.office} — {d.title}"
    write_text(sh, 0, 0, heading, fm.text(heading, fm.title))
    write_text(sh, 1, 0, d.period_line, fm.subtitle)
    write_text(sh, 2, 0, f"{d.offices_line}    {d.made_line}", fm.subtitle)
    row = 3
    for notice in d.notices:
        write_text(sh, row, 0, notice, fm.text(notice, fm.bold))
        row += 1
    row += 1
    for sec in d.sections:
        row = _write_section(sh, fm, row, sec)
    if d.offices_below is not None:
        row = _write_section(sh, fm, row, d.offices_below)
    write_text(sh, row, 0, d.narrative_title, fm.text(d.narrative_title, fm.section))
    write_text(sh, row + 1, 0, d.narrative or "—", fm.text(d.narrative, fm.label), fm.guard)
    row += 3
    for label, name in d.signatures:
        write_text(sh, row, 0, label, fm.text(label, fm.bold))
        if name:
            write_text(sh, row, 1, name, fm.text(name, None), fm.guard)
        row += 1


def _write_villages(workbook, fm: Formats, d: rd.ReportDocument, used: set) -> None:
    v = d.villages
    sh = workbook.add_worksheet(sheet_name(d.villages_sheet, d.mode, used))
    n = len(v.keys)
    sh.set_column(0, 0, 22 if d.mode != "both" else 30)
    sh.set_column(1, n, 11)
    sh.set_column(n + 1, n + 1, 10)
    sh.set_row(0, 48 if d.mode == "both" else 32)
    _print_setup(sh, d, (22 if d.mode != "both" else 30) + 11 * n + 10, 0)
    sh.write_string(0, 0, v.first_header, fm.header)
    for col, head in enumerate(v.headers, start=1):
        sh.write_string(0, col, head, fm.header)
    sh.write_string(0, n + 1, v.credit_header, fm.header)
    sh.freeze_panes(1, 1)
    row = 0
    for r in v.rows:
        row += 1
        write_text(sh, row, 0, r[0], fm.text(r[0], None), fm.guard)
        for col in range(1, n + 1):
            _cell(sh, fm, row, col, r[col])
        if r[-1]:
            sh.write_string(row, n + 1, r[-1], fm.text(r[-1], None))
    sh.autofilter(0, 0, max(row, 1), n + 1)
    row += 1
    sh.write_string(row, 0, v.total[0], fm.text(v.total[0], fm.label_bold))
    for col in range(1, n + 1):
        value = v.total[col]
        if isinstance(value, rd.Money):
            sh.write_number(row, col, int(value) / 100, fm.money_bold)
        else:
            sh.write_number(row, col, value, fm.count_bold)
    sh.write_number(row, n + 1, v.total[-1], fm.count_bold)


def _write_indicators(workbook, fm: Formats, d: rd.ReportDocument, used: set) -> bool:
    """The Indicators sheet: the Home page's indicators for the report's period (skipped when they
    could not be computed: the report's own figures never depend on them)."""
    sec = d.indicators
    if sec is None:
        return False
    sh = workbook.add_worksheet(sheet_name(d.indicators_sheet, d.mode, used))
    sh.set_column(0, 0, 46 if d.mode != "both" else 60)
    sh.set_column(1, 3, 14)
    sh.set_row(0, 32 if d.mode == "both" else None)
    _print_setup(sh, d, (46 if d.mode != "both" else 60) + 3 * 14, 0)
    for col, head in enumerate(sec.headers):
        sh.write_string(0, col, head, fm.header)
    sh.freeze_panes(1, 0)
    for r, (label, value, _of, _pct) in enumerate(sec.rows, start=1):
        write_text(sh, r, 0, label, fm.text(label, fm.label), fm.guard)
        if value in ("", None):
            continue
        if isinstance(value, rd.Share):
            sh.write_number(r, 1, value.part, fm.count)
            sh.write_number(r, 2, value.whole, fm.count)
            if value.whole:
                sh.write_number(r, 3, value.part / value.whole, fm.rate)
        else:
            _cell(sh, fm, r, 1, value, fm.label)
    return True


def _write_complaint_statistics(workbook, fm: Formats, d: rd.ReportDocument, used: set) -> None:
    """Complaints by JR/T 0169-2018 A, B and C, every code of the standard in its order (the
    layout of PBOC's complaint statistics): one header row, printed on every page, then each
    dimension under its title."""
    if not d.complaint_statistics:
        return
    sh = workbook.add_worksheet(sheet_name(d.complaint_statistics_sheet, d.mode, used))
    sh.set_column(0, 0, 8)
    sh.set_column(1, 1, 40 if d.mode != "both" else 60)
    sh.set_column(2, 4, 10)
    _print_setup(sh, d, 8 + (40 if d.mode != "both" else 60) + 30, 0)
    for col, head in enumerate(d.complaint_statistics[0].headers):
        sh.write_string(0, col, head, fm.header)
    sh.freeze_panes(1, 0)
    row = 1
    for sec in d.complaint_statistics:
        write_text(sh, row, 0, sec.title, fm.text(sec.title, fm.section))
        row += 1
        for values in sec.rows:
            for col, v in enumerate(values):
                _cell(sh, fm, row, col, v, fm.label)
            row += 1


def write_monthly(d: rd.ReportDocument, out_path) -> Iterator[common.Progress]:
    """Write the report's workbook; yields Progress (rows of the register sheets written)."""
    total = sum(sheet.total for sheet in d.register_sheets)
    done = 0
    with safe_write.safe_target(out_path) as target:
        workbook = xlsxwriter.Workbook(target.temp, WORKBOOK_OPTIONS)
        workbook.set_properties(
            {
                "title": d.file_title,
                "subject": d.period_line,
                "author": d.office,
                "company": d.office,
                "comments": "Dual-Base Ledger",
            }
        )
        fm = Formats(workbook, d.mode)
        used: set[str] = set()
        _write_summary(workbook, fm, d, used)
        _write_villages(workbook, fm, d, used)
        yield common.Progress(done, total, str(out_path))
        for doc in d.register_sheets:
            sheet = RegisterSheet(
                doc.labels,
                workbook,
                fm,
                sheet_name(doc.title, d.mode, used),
                doc.columns,
                mode=d.mode,
                id_format=doc.id_format,
                office=d.office,
                period=d.period_line,
                title=d.title,
            )
            for rows in doc.batches:
                sheet.write_rows(rows)
                done += len(rows)
                yield common.Progress(done, total, str(out_path))
            sheet.finish()
        _write_complaint_statistics(workbook, fm, d, used)
        _write_indicators(workbook, fm, d, used)
        workbook.close()
    yield common.Progress(total, total, str(out_path))
