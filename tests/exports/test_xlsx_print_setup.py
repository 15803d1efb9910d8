"""Spreadsheets that print: every sheet the program writes, read back with openpyxl, has A4, the
right orientation, fit to the page width, the header row on every page, the office and period in
the page header, page numbers in the footer; Tibetan cells name a Tibetan font; counts have
thousands separators; the workbook has a title and an author."""

from __future__ import annotations

import openpyxl
import pytest

from app.i18n import translate
from app.services import reports
from app.services.report_document import document
from exports.xlsx.monthly import write_monthly
from exports.xlsx.print_setup import TIBETAN_FONT
from exports.xlsx.registers import run
from tests.helpers import export_register

MONTH = "2026-10"


def assert_prints(sheet, *, landscape: bool, header_row: bool = True, office: str = "", period: str = ""):
    ps = sheet.page_setup
    assert ps.paperSize in (9, "9")
    assert ps.orientation == ("landscape" if landscape else "portrait")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # one page wide (absent = 1, the OOXML default), any number of pages down (0)
    assert int(ps.fitToWidth or 1) == 1 and ps.fitToHeight is not None and int(ps.fitToHeight) == 0
    if header_row:
        assert sheet.print_title_rows.replace("$", "") == "1:1"
    footer = sheet.oddFooter.center.text or ""
    assert "&P" in footer and "&N" in footer
    header = "".join(x.text or "" for x in (sheet.oddHeader.left, sheet.oddHeader.center, sheet.oddHeader.right))
    if office:
        assert office in header
    if period:
        assert period in header


def column_cells(sheet, header_zh: str) -> list:
    names = [c.value for c in sheet[1]]
    col = next(i for i, n in enumerate(names, start=1) if n and header_zh in n)
    return [sheet.cell(r, col) for r in range(2, sheet.max_row + 1)]


@pytest.mark.parametrize("mode", ["zh", "both"])
def test_the_household_register_prints_landscape_one_page_wide(demo_ws, tmp_path, mode):
    path = tmp_path / "households.xlsx"
    ids = demo_ws.households.search_ids("")
    run(export_register(demo_ws, "households", ids, path, mode=mode))
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    office = demo_ws.office["name_zh"]
    import datetime as dt

    assert_prints(sheet, landscape=True, office=office, period=dt.date.today().isoformat())
    assert book.properties.title and book.properties.creator and office in book.properties.creator
    # the Tibetan names are set in a Tibetan font; the Chinese ones are not
    tibetan = [c for c in column_cells(sheet, translate("Name (Tibetan)", "zh")) if c.value]
    assert tibetan and all(c.font.name == TIBETAN_FONT and c.font.sz >= 12 for c in tibetan)
    chinese = [c for c in column_cells(sheet, translate("Name (Chinese)", "zh")) if c.value]
    assert chinese and all(c.font.name != TIBETAN_FONT for c in chinese)
    # counts with thousands separators
    sizes = column_cells(sheet, translate("Household size", "zh"))
    assert all(c.number_format == "#,##0" for c in sizes if c.value is not None)
    if mode == "both":
        assert sheet.cell(1, 1).font.name == TIBETAN_FONT  # bilingual headers


def test_a_year_is_not_printed_as_a_count(demo_ws, tmp_path):
    path = tmp_path / "ratings.xlsx"
    run(export_register(demo_ws, "ratings", demo_ws.ratings.search_ids(""), path, mode="zh"))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    years = [c for c in column_cells(sheet, translate("Year", "zh")) if c.value]
    assert years and all("," not in c.number_format for c in years)


@pytest.mark.parametrize("mode", ["zh", "bo"])
def test_every_sheet_of_the_monthly_report_prints(demo_ws, tmp_path, mode):
    report = reports.monthly(demo_ws, MONTH)
    path = tmp_path / "monthly.xlsx"
    run(write_monthly(document(demo_ws, report, mode), path))
    book = openpyxl.load_workbook(path)
    assert book.properties.title and MONTH in book.properties.title
    assert book.properties.creator
    for sheet in book.worksheets:
        first = sheet is book.worksheets[0]  # the summary: title rows, no column header to repeat
        assert_prints(sheet, landscape=sheet.max_column > 6, header_row=not first, period=MONTH)
    villages = book.worksheets[1]
    counts = [villages.cell(r, 2) for r in range(2, villages.max_row + 1)]
    assert counts and all(c.number_format == "#,##0" for c in counts if isinstance(c.value, (int, float)))
    if mode == "bo":
        names = [villages.cell(r, 1) for r in range(2, villages.max_row)]
        assert any(c.value for c in names)
        assert all(
            c.font.name == TIBETAN_FONT for c in names if c.value and any("\u0f00" <= ch <= "\u0fff" for ch in c.value)
        )
