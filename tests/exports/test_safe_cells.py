"""The formula-injection guard on its own, for XlsxWriter and openpyxl cells."""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter

from exports.safe_cells import guard_formats, is_risky, set_text, write_text

RISKY = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A1"]
SAFE = ["卓玛", "སྒྲོལ་མ", "0971-6123456", "a=b", ""]


@pytest.mark.parametrize("text", RISKY)
def test_risky_starts_are_recognised(text):
    assert is_risky(text)


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_text_is_not_risky(text):
    assert not is_risky(text)


def test_xlsxwriter_cells_keep_the_text_as_a_string(tmp_path):
    path = tmp_path / "x.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sh = wb.add_worksheet()
    guard = guard_formats(wb)[None]
    for row, text in enumerate(RISKY + SAFE[:-1]):
        write_text(sh, row, 0, text, None, guard)
    wb.close()
    back = openpyxl.load_workbook(path).active
    for row, text in enumerate(RISKY + SAFE[:-1], start=1):
        cell = back.cell(row, 1)
        # XlsxWriter escapes CR as _x000D_ (Excel reads it back as CR; openpyxl leaves it)
        assert cell.data_type == "s" and cell.value.replace("_x000D_", "\r") == text
        assert cell.quotePrefix == is_risky(text), text


def test_openpyxl_cells_keep_the_text_as_a_string(tmp_path):
    wb = openpyxl.Workbook()
    for row, text in enumerate(RISKY, start=1):
        set_text(wb.active.cell(row, 1), text)
    wb.save(tmp_path / "o.xlsx")
    back = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    for row, text in enumerate(RISKY, start=1):
        assert back.cell(row, 1).data_type == "s" and back.cell(row, 1).value == text.replace("\r", "\n")
