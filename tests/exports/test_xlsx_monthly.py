"""The monthly report workbook opened back with openpyxl and checked against SQL (demo, 2026-10)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from app.i18n import translate
from app.services import reports
from app.services.report_document import document
from exports.xlsx.monthly import write_monthly
from exports.xlsx.registers import run

MONTH = "2026-10"


@pytest.fixture
def workbook(demo_ws, tmp_path):
    def make(mode="zh", **kw):
        path = tmp_path / f"m-{mode}.xlsx"
        run(write_monthly(document(demo_ws, reports.monthly(demo_ws, MONTH), mode, **kw), path))
        return openpyxl.load_workbook(path)

    return make


def summary_rows(sheet) -> dict:
    """label → the values after it, for the summary sheet's label/value rows."""
    out = {}
    for row in sheet.iter_rows(values_only=True):
        if row[0] is not None and any(isinstance(v, (int, float)) for v in row[1:]):
            out.setdefault(row[0], row[1:])
    return out


def test_summary_loan_figures_match_sql(demo_ws, workbook):
    wb = workbook("zh")
    rows = summary_rows(wb.worksheets[0])
    n, fen = demo_ws.db.execute(
        "SELECT count(*), sum(amount_fen) FROM loan_demand WHERE registered_on LIKE '2026-10-%'"
    ).fetchone()
    registered = demo_ws.reference.label("loan_status", "registered", "zh")
    assert rows[registered][0] == n
    assert rows[registered][1] == pytest.approx(fen / 100)
    granted = demo_ws.db.execute(
        "SELECT count(*) FROM loan_event WHERE to_status = 'granted' AND on_date LIKE '2026-10-%'"
    ).fetchone()[0]
    assert rows[demo_ws.reference.label("loan_status", "granted", "zh")][0] == granted


def test_summary_sessions_and_complaints_match_sql(demo_ws, workbook):
    rows = summary_rows(workbook("zh").worksheets[0])
    attendance = demo_ws.db.scalar(
        "SELECT coalesce(sum(attendance_total), 0) FROM literacy_session WHERE held_on LIKE '2026-10-%'"
    )
    assert rows[translate("Attendance", "zh")][0] == attendance
    overdue = demo_ws.db.scalar(
        "SELECT count(*) FROM complaint WHERE received_on <= '2026-10-31' AND"
        " due_on <= '2026-10-31' AND (resolved_on IS NULL OR resolved_on > '2026-10-31')"
    )
    assert rows[translate("Overdue at month end", "zh")][0] == overdue


def test_village_rows_add_up_to_the_total_row(demo_ws, workbook):
    sheet = workbook("zh").worksheets[1]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    body, total = rows[:-1], rows[-1]
    assert len(body) >= 3
    for col in range(1, len(total) - 1):
        assert sum(r[col] or 0 for r in body) == pytest.approx(total[col]), sheet.cell(1, col + 1).value
    households = demo_ws.db.scalar(
        "SELECT count(*) FROM household WHERE deleted_at IS NULL"
        " AND coalesce(registered_on, substr(created_at, 1, 10)) <= '2026-10-31'"
    )
    assert total[1] == households


def test_money_is_a_number_in_yuan_with_a_yuan_format(demo_ws, workbook):
    sheet = workbook("zh").worksheets[2]  # loan demands of the month
    header = [c.value for c in sheet[1]]
    col = header.index(translate("Amount asked (yuan)", "zh")) + 1
    cell = sheet.cell(2, col)
    assert isinstance(cell.value, (int, float)) and cell.number_format == "#,##0.00"
    fen = demo_ws.db.scalar(
        "SELECT amount_fen FROM loan_demand WHERE registered_on LIKE '2026-10-%' ORDER BY registered_on, id LIMIT 1"
    )
    assert cell.value == pytest.approx(fen / 100)


def test_dates_are_real_dates(workbook):
    sheet = workbook("zh").worksheets[2]
    cell = sheet.cell(2, 1)
    assert isinstance(cell.value, dt.datetime) and cell.value.strftime("%Y-%m") == MONTH
    assert cell.is_date


def test_register_sheets_have_a_frozen_header_and_autofilter(workbook):
    wb = workbook("zh")
    for sheet in wb.worksheets[2:7]:  # the register sheets (the last one is Indicators)
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title


def test_sheet_rows_are_the_records_of_the_month(demo_ws, workbook):
    wb = workbook("zh")
    report = reports.monthly(demo_ws, MONTH)
    counts = [
        len(report.loan_ids),
        len(report.loan_event_ids),
        len(report.session_ids),
        len(report.complaint_ids),
        len(report.rating_ids),
    ]
    assert [max(s.max_row - 1, 0) if s.cell(2, 1).value is not None else 0 for s in wb.worksheets[2:7]] == counts
    events = demo_ws.db.scalar(
        "SELECT count(*) FROM loan_event WHERE on_date LIKE '2026-10-%' AND to_status != 'registered'"
    )
    assert len(report.loan_event_ids) == events


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_headers_follow_the_language_mode(workbook, mode):
    sheet = workbook(mode).worksheets[2]
    first = sheet.cell(1, 1).value
    zh, bo = translate("Registered on", "zh"), translate("Registered on", "bo")
    assert zh != "Registered on" and bo != "Registered on"
    expected = {"zh": zh, "bo": bo, "both": f"{bo}\n{zh}"}[mode]
    assert first == expected


def test_status_labels_come_from_the_enumerations(demo_ws, workbook):
    sheet = workbook("bo").worksheets[2]
    header = [c.value for c in sheet[1]]
    col = header.index(translate("Status", "bo")) + 1
    labels = {r["name_bo"] for r in demo_ws.reference.enums("loan_status")}
    values = {sheet.cell(r, col).value for r in range(2, sheet.max_row + 1)}
    assert values and values <= labels


def test_id_numbers_are_masked_by_default(demo_ws, workbook):
    sheet = workbook("zh").worksheets[2]
    header = [c.value for c in sheet[1]]
    col = header.index(translate("ID number", "zh")) + 1
    values = [sheet.cell(r, col).value for r in range(2, sheet.max_row + 1)]
    assert values and all("********" in v and len(v) == 18 for v in values)


def test_user_text_that_looks_like_a_formula_stays_text(demo_ws, workbook):
    demo_ws.db.execute("UPDATE loan_demand SET purpose = '=1+1' WHERE registered_on LIKE '2026-10-%'")
    sheet = workbook("zh").worksheets[2]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(2, header.index(translate("Purpose", "zh")) + 1)
    assert cell.data_type == "s" and cell.value == "=1+1"


def test_indicators_sheet_comes_from_the_indicator_service(demo_ws, workbook):
    from datetime import date

    from app.services.indicators import IndicatorService

    sheet = workbook("zh").worksheets[-1]
    assert sheet.title == translate("Indicators", "zh")
    ind = IndicatorService(demo_ws).compute("2026-10", today=date(2026, 10, 31))
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    success = rows[translate("Success rate (granted of decided)", "zh")]
    assert success[:2] == (ind.loans.success.part, ind.loans.success.whole)
    reached = rows[translate("Households reached by sessions this year", "zh")]
    assert reached[0] == ind.literacy.households_reached.part


def test_tibetan_sheet_names_are_cut_between_syllables(demo_ws, workbook):
    """Issue #19, item 6: Excel allows 31 characters; a Tibetan name is cut after a tsheg or shad,
    never inside a syllable."""
    from exports.xlsx.sheet import cut_at_syllable

    for sheet in workbook("bo").worksheets:
        name = sheet.title
        assert len(name) <= 31
        if len(name) >= 25 and any("\u0f00" <= ch <= "\u0fff" for ch in name):
            assert name[-1] in "\u0f0b\u0f0c\u0f0d\u0f0e" or name[-1].isdigit() or name.endswith(")"), name
    long = "ལོན་ཐབས་ཀྱི་རིམ་པ་བསྡོམས་ཀྱི་ཐོ་གཞུང་དང་ཞིབ་ཕྲའི་ཐོ།"
    cut = cut_at_syllable(long, 31)
    assert len(cut) <= 31 and long.startswith(cut) and cut.endswith("་")
    assert cut_at_syllable("a" * 40, 31) == "a" * 31
