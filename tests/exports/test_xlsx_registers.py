"""Register exports: rows as filtered, formula-injection guard, ID masking, speed."""

from __future__ import annotations

import time

import openpyxl
import pytest

from app.domain.errors import PermissionDenied
from app.i18n import translate
from exports.xlsx.registers import run
from tests.helpers import export_register

INJECTIONS = ["=1+1", "+cmd", "@SUM(A1)", "-2+3", "\t=1", "＝1+1"]


def export(ws, tmp_path, register="households", ids=None, **kw):
    path = tmp_path / f"{register}.xlsx"
    ids = getattr(ws, register).search_ids("") if ids is None else ids
    last = run(export_register(ws, register, ids, path, **kw))
    assert last.done == last.total == len(ids)
    return openpyxl.load_workbook(path).worksheets[0]


def column(sheet, header: str, lang="zh") -> list:
    names = [c.value for c in sheet[1]]
    col = names.index(translate(header, lang)) + 1
    return [sheet.cell(r, col).value for r in range(2, sheet.max_row + 1)]


def test_export_has_one_row_per_id_in_the_given_order(demo_ws, tmp_path):
    ids = demo_ws.households.search_ids("", status="registered_poor", sort="name")
    sheet = export(demo_ws, tmp_path, ids=ids)
    names = column(sheet, "Name (Chinese)")
    expected = [r["name_zh"] for r in demo_ws.households.rows(ids)]
    assert len(names) == len(ids) > 10 and names == expected


@pytest.mark.parametrize("register", ["households", "loans", "sessions", "complaints", "ratings"])
def test_every_register_exports_every_row(demo_ws, tmp_path, register):
    table = {
        "households": "household",
        "loans": "loan_demand",
        "sessions": "literacy_session",
        "complaints": "complaint",
        "ratings": "credit_rating",
    }[register]
    sheet = export(demo_ws, tmp_path, register)
    assert sheet.max_row - 1 == demo_ws.db.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref


@pytest.mark.parametrize("name", INJECTIONS)
def test_a_name_that_looks_like_a_formula_is_stored_as_text(ws, tmp_path, name):
    row = ws.households.create({"name_zh": name, "id_number": "632122199001011232", "village": "拉脊村"})
    stored = ws.households.get(row["id"])["name_zh"]  # the form strips a leading tab
    assert stored[0] in "=+-@＝"
    sheet = export(ws, tmp_path)
    cell = sheet.cell(2, 1)
    assert cell.data_type == "s" and cell.value == stored


def test_id_numbers_are_masked_unless_asked_for_and_allowed(demo_ws, tmp_path):
    masked = column(export(demo_ws, tmp_path), "ID number")
    assert all(v[6:14] == "********" for v in masked)
    full = column(export(demo_ws, tmp_path, full_ids=True), "ID number")
    assert full == [r["id_number"] for r in demo_ws.households.rows(demo_ws.households.search_ids(""))]


def test_a_role_that_may_not_see_full_ids_is_refused_before_writing(demo_ws, tmp_path):
    demo_ws.role = "cadre"
    with pytest.raises(PermissionDenied) as err:
        export(demo_ws, tmp_path, full_ids=True)
    assert err.value.text("zh") and "Traceback" not in err.value.text("zh")
    assert not (tmp_path / "households.xlsx").exists()


def test_a_cancelled_export_leaves_no_file(demo_ws, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    steps = export_register(demo_ws, "households", demo_ws.households.search_ids("") * 5, stick / "h.xlsx")
    next(steps), next(steps)
    steps.close()
    assert list(stick.iterdir()) == []


def test_money_and_rates_are_numbers(demo_ws, tmp_path):
    ids = demo_ws.loans.search_ids("", status="granted")
    sheet = export(demo_ws, tmp_path, "loans", ids=ids)
    granted = column(sheet, "Amount granted (yuan)")
    rows = demo_ws.loans.rows(ids)
    assert granted == [pytest.approx(r["granted_fen"] / 100) for r in rows]
    rates = column(sheet, "Interest rate")
    assert rates[0] == pytest.approx(rows[0]["rate_bp"] / 10000)
