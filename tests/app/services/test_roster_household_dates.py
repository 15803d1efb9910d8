"""Household rosters with dates (issue #20 item 1): a roster's 登记日期 without a loan amount column is
the household's registration date; with one it is the loan demand's; the choice is said and can be
changed (--map in the CLI)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services import roster
from roster_samples import ID_A, ID_B, ID_C, write_xlsx

TODAY = date(2026, 11, 15)
ROOT = Path(__file__).resolve().parents[3]

#: a plain 建档立卡 household roster, as the poverty office keeps it
HOUSEHOLD_ROSTER = [
    ["户主姓名", "藏文姓名", "身份证号码", "家庭人口", "联系电话", "所在村", "贫困户属性", "登记日期", "备注"],
    ["张三", "", ID_A, 5, "13812345678", "拉脊村", "贫困户", "2015-06-30", ""],
    ["卓玛", "སྒྲོལ་མ", ID_B, 3, "", "拉脊村", "脱贫户", "2016年3月5日", "已搬迁"],
    ["扎西", "བཀྲ་ཤིས", ID_C, 4, "", "上寨村", "一般户", None, ""],
]


def prepared_plan(ws, path, choices=(), **options):
    book = roster.open_roster(ws, path)
    with book:
        p = roster.prepare(ws, book)
        if choices:
            p = roster.apply_choices(p, list(choices))
        plan = roster.build_plan(
            ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY, **options), sheet=p.sheet.name
        )
    return p, plan


def test_a_household_rosters_date_is_the_households_registration(ws, tmp_path):
    p, plan = prepared_plan(ws, write_xlsx(tmp_path / "r.xlsx", HOUSEHOLD_ROSTER))
    assert p.mapping[7] == "household_registered_on"
    [reading] = p.readings
    assert (reading.column, reading.header, reading.other) == (7, "登记日期", "registered_on")
    assert "no loan amount column" in reading.reason
    assert not plan.error_rows and plan.count("new") == 3 and plan.loans == 0
    roster.run_import(ws, plan)
    assert ws.households.find_by_id_number(ID_A)["registered_on"] == "2015-06-30"
    assert ws.households.find_by_id_number(ID_B)["registered_on"] == "2016-03-05"
    assert ws.households.find_by_id_number(ID_C)["registered_on"] is None
    assert ws.db.scalar("SELECT count(*) FROM loan_demand") == 0


def test_with_an_amount_column_the_same_header_is_the_loans_date(ws, tmp_path):
    rows = [
        HOUSEHOLD_ROSTER[0] + ["贷款金额（万元）", "贷款产品"],
        HOUSEHOLD_ROSTER[1] + [3, "扶贫小额信贷"],
        HOUSEHOLD_ROSTER[2] + [None, None],
    ]
    p, plan = prepared_plan(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    assert p.mapping[7] == "registered_on" and p.readings[0].other == "household_registered_on"
    assert not plan.error_rows
    first, second = plan.rows
    assert first.loan.registered_on == "2015-06-30" and first.loan.amount_fen == 3_000_000
    assert second.loan is None  # a date without an amount is no loan demand
    assert first.target.household.registered_on is None


def test_the_user_can_read_it_the_other_way(ws, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", HOUSEHOLD_ROSTER)
    p, plan = prepared_plan(ws, path, choices=["登记日期=registered_on"])
    assert p.mapping[7] == "registered_on" and p.readings == []
    # as a loan's date, with no amount beside it, the rows describe no loan; the households no date
    assert not plan.error_rows and plan.loans == 0
    assert all(r.target.household.registered_on is None for r in plan.rows)
    p, _ = prepared_plan(ws, path, choices=["H=ignore"])
    assert 7 not in p.mapping


@pytest.mark.parametrize(
    "choice, words",
    [
        ("登记日期=nonsense", "not a field of the import"),
        ("到期日=registered_on", "no column headed"),
        ("登记日期", "HEADER=field"),
    ],
)
def test_a_wrong_choice_is_refused_with_a_sentence(ws, tmp_path, choice, words):
    with pytest.raises(roster.RosterFileError) as exc:
        prepared_plan(ws, write_xlsx(tmp_path / "r.xlsx", HOUSEHOLD_ROSTER), choices=[choice])
    assert words in exc.value.text("en")


def cli(db, *args):
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_says_how_the_date_was_read_and_takes_map(ws, tmp_path):
    db = ws.db.path
    ws.close()
    path = write_xlsx(tmp_path / "r.xlsx", HOUSEHOLD_ROSTER)
    proc = cli(db, "import-roster", path, "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "Column H 登记日期: read as Household registration date" in proc.stdout
    assert "--map 登记日期=registered_on" in proc.stdout
    assert "3 new" in proc.stdout and "Rows with errors: 0" in proc.stdout
    proc = cli(db, "import-roster", path, "--map", "登记日期=household_registered_on")
    assert proc.returncode == 0, proc.stderr
    proc = cli(db, "households", "list", "--format", "json")
    assert '"registered_on": "2015-06-30"' in proc.stdout
    bad = cli(db, "import-roster", path, "--map", "登记日期=birthday")
    assert bad.returncode == 2 and "birthday is not a field of the import" in bad.stderr
    assert "Traceback" not in bad.stderr
