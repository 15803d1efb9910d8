"""Figures stand flush right in the report, whatever their kind (issue #19 item 6): the loan book's
table leaves some counts and amounts empty and gives its overdue rate as a percentage, and that
table's figures stood flush left in the PDF while every other table's stood flush right; in the
workbook the overdue rate was text and the median days ("18 天") text set flush left beside
right-aligned numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape

import openpyxl
import pytest

from app.i18n import translate
from app.services import reports
from app.services.report_document import document
from exports.pdf.report import write_report_pdf
from exports.xlsx.monthly import write_monthly
from exports.xlsx.registers import run

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')


def _lines(path) -> list[list[tuple[float, float, str]]]:
    """Every line of words the PDF shows, as (xMin, xMax, word) left to right."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for page in html.split("<page ")[1:]:
        rows: dict[float, list] = {}
        for x0, y0, x1, word in WORD.findall(page):
            rows.setdefault(round(float(y0)), []).append((float(x0), float(x1), unescape(word)))
        out += [sorted(r) for _y, r in sorted(rows.items())]
    return out


def _after(lines, label: str) -> list[tuple[float, float, str]]:
    """The words right of `label` on the line that starts with it."""
    for words in lines:
        if words and words[0][2] == label:
            return words[1:]
    raise AssertionError(f"no line starts with {label}")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_loan_books_figures_stand_flush_right_in_the_pdf(demo_ws, tmp_path):
    report = reports.monthly(demo_ws, "2026-10")
    doc = document(demo_ws, report, "zh", sheets=False)
    book = next(s for s in doc.sections if any(row[0] == translate("Overdue rate", "zh") for row in s.rows))
    path = tmp_path / "r.pdf"
    write_report_pdf(doc, path)
    lines = _lines(path)
    outstanding, rate, interest = (_after(lines, book.rows[i][0]) for i in (0, 2, 4))
    # the count column: the outstanding loans' number and the overdue rate's "%" end at one edge
    assert rate[-1][2] == "%" and rate[0][2] == str(book.rows[2][1]).split()[0]
    assert abs(outstanding[0][1] - rate[-1][1]) < 1.0, (outstanding, rate)
    # the amount column: the balance and the interest (whose count is empty) end at one edge
    assert abs(outstanding[-1][1] - interest[-1][1]) < 1.0, (outstanding, interest)
    assert rate[-1][1] < outstanding[-1][0]  # the two columns stay apart


def test_the_overdue_rate_is_a_percentage_and_the_median_stands_right_in_the_workbook(demo_ws, tmp_path):
    report = reports.monthly(demo_ws, "2026-10")
    doc = document(demo_ws, report, "bo")
    path = tmp_path / "r.xlsx"
    run(write_monthly(doc, path))
    book = openpyxl.load_workbook(path)
    summary = book.worksheets[0]
    rate_row = next(r for r in summary.iter_rows() if r[0].value == translate("Overdue rate", "bo"))
    assert isinstance(rate_row[1].value, (int, float)) and "%" in rate_row[1].number_format
    assert rate_row[1].value == pytest.approx(report.book.overdue_rate_bp / 10000)
    indicators = book.worksheets[-1]
    median = next(r for r in indicators.iter_rows(min_row=2) if isinstance(r[1].value, str))
    assert median[1].value.startswith("ཉིན་") and "." not in median[1].value
    assert median[1].alignment.horizontal == "right"
    counts = [r[1] for r in indicators.iter_rows(min_row=2) if isinstance(r[1].value, int)]
    assert counts  # the numbers beside it: right-aligned as numbers are
