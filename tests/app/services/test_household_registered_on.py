"""The household's registration date (建档立卡 / 登记日期, issue #20): stored on the household, checked,
read as the day of entry where nobody recorded it, carried by forms, rosters, exports and sync."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.domain.errors import ValidationErrors
from app.domain.households import Household, validate_household
from app.i18n import translate
from app.services import keys, roster, sync
from app.services.workspace import Workspace, init_office
from exports.xlsx.registers import run
from tests.helpers import POOR, export_register
from roster_samples import ID_A, ID_B, write_xlsx
from storage.db import Database

TODAY = date(2026, 11, 15)


def _valid(**kw):
    return validate_household(Household.from_dict({**POOR, "village": None, **kw}), today=TODAY)[0]


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("2015-06-30", "2015-06-30"),
        ("2016年3月5日", "2016-03-05"),
        ("2014/4/1", "2014-04-01"),
        (42370, "2016-01-01"),
        (date(2019, 9, 9), "2019-09-09"),
        ("", None),
        (None, None),
    ],
)
def test_the_registration_date_is_read_as_users_write_it(typed, stored):
    assert _valid(registered_on=typed).registered_on == stored


@pytest.mark.parametrize(
    "typed, words",
    [
        ("2026-11-16", "in the future"),
        ("1989-12-31", "before 1990"),
        ("2015-02-30", "not a real date"),
        ("soon", "not a date"),
    ],
)
def test_an_impossible_registration_date_is_refused_with_a_sentence(typed, words):
    with pytest.raises(ValidationErrors) as exc:
        _valid(registered_on=typed)
    [problem] = exc.value.problems
    assert problem.field == "registered_on" and words in problem.text("en")


def test_the_form_path_stores_it_and_the_list_shows_it(ws):
    row = ws.households.create({**POOR, "registered_on": "2015-10-08"})
    assert ws.households.get(row["id"])["registered_on"] == "2015-10-08"
    listed = ws.households.rows([row["id"]])[0]
    assert listed["registered_on"] == "2015-10-08"
    assert ws.households.record(row["id"])["household"]["registered_on"] == "2015-10-08"


def test_a_household_entered_without_it_reads_as_the_day_it_was_entered(ws):
    row = ws.households.create(dict(POOR))
    assert ws.households.get(row["id"])["registered_on"] is None  # nothing invented in the record
    assert ws.households.rows([row["id"]])[0]["registered_on"] == row["created_at"][:10]


def test_a_version_11_register_opens_with_the_column_empty(db_path):
    old = Database(db_path, migrate=False)
    old.migrate(target=11)
    assert "registered_on" not in {r["name"] for r in old.query("PRAGMA table_info(household)")}
    old.close()
    new = Database(db_path)
    assert "registered_on" in {r["name"] for r in new.query("PRAGMA table_info(household)")}
    new.close()


def test_sorting_the_list_by_registration_date(ws):
    late = ws.households.create({**POOR, "registered_on": "2016-05-01"})
    early = ws.households.create(
        {**POOR, "name_zh": "扎西", "name_bo": "", "id_number": ID_A, "registered_on": "2014-05-01"}
    )
    assert ws.households.search_ids("", sort="registered_on") == [early["id"], late["id"]]


def test_the_households_sheet_has_the_registration_date(ws, tmp_path):
    ws.households.create({**POOR, "registered_on": "2015-10-08"})
    path = tmp_path / "h.xlsx"
    run(export_register(ws, "households", ws.households.search_ids(""), path, mode="zh"))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    names = [c.value for c in sheet[1]]
    value = sheet.cell(2, names.index(translate("Registered on", "zh")) + 1).value
    assert str(value)[:10] == "2015-10-08"


def test_a_roster_column_of_registration_dates_fills_the_households(ws, tmp_path):
    rows = [
        ["户主姓名", "身份证号码", "所在村", "贫困户属性", "建档立卡日期"],
        ["张三", ID_A, "拉脊村", "贫困户", "2015-06-30"],
        ["卓玛", ID_B, "拉脊村", "贫困户", "2031-01-01"],
    ]
    book = roster.open_roster(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    with book:
        p = roster.prepare(ws, book)
        plan = roster.build_plan(ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY))
    assert plan.mapping[4] == "household_registered_on"
    [bad] = plan.error_rows
    assert bad.row == 3 and bad.errors[0].where(plan.headers) == "E 建档立卡日期"
    roster.run_import(ws, plan)
    assert ws.households.find_by_id_number(ID_A)["registered_on"] == "2015-06-30"
    assert ws.db.scalar("SELECT count(*) FROM loan_demand") == 0


def test_sync_carries_it_to_the_township(tmp_path):
    twp = Workspace.open(tmp_path / "t.sqlite", user="tester", role="admin", lang="en")
    init_office(twp.db, code="630224100", level="township", name_zh="拉脊乡", parent_code="630224", user="tester")
    village = Workspace.open(tmp_path / "v.sqlite", user="tester", role="admin", lang="en")
    init_office(
        village.db, code="630224100201", level="village", name_zh="拉脊村", parent_code="630224100", user="tester"
    )
    keys.add_subordinate(twp.db, keys.export_key(village.db, tmp_path / "v.dbkey")["path"], "tester")
    keys.set_upper(village.db, keys.export_key(twp.db, tmp_path / "t.dbkey")["path"], "tester")
    row = village.households.create({**POOR, "registered_on": "2015-10-08"})
    (tmp_path / "usb").mkdir()
    package = sync.export_package(village, tmp_path / "usb", period="2026-10").path
    [report] = sync.import_packages(twp, [package])
    assert report.status == "ok"
    assert twp.households.get(row["id"])["registered_on"] == "2015-10-08"
    twp.close()
    village.close()
