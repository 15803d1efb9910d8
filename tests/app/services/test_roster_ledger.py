"""A ledger of loans already granted (issue #20 item 2): each row a granted (or repaid) loan, dated
as the ledger says, its balance checked against amount − repaid by hand-computed figures."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.domain.credit_policy import PolicyVersion
from app.services import roster
from roster_samples import ID_A, ID_B, ID_C, ID_D, ID_X, write_xlsx

TODAY = date(2026, 11, 15)
ROOT = Path(__file__).resolve().parents[3]

HEADER = [
    "序号",
    "借款人",
    "身份证号码",
    "所在村",
    "贫困户属性",
    "贷款品种",
    "贷款金额（万元）",
    "放款日期",
    "到期日期",
    "期限（月）",
    "执行利率(%)",
    "已还金额（元）",
    "贷款余额（元）",
    "贷款银行",
    "合同编号",
    "贴息金额（元）",
]
LEDGER = [
    HEADER,
    # settled: 5万 in 2019, 50000 repaid, balance 0                         → repaid, balance 0
    [
        1,
        "张三",
        ID_A,
        "拉脊村",
        "贫困户",
        "扶贫小额信贷",
        5,
        "2019-03-15",
        "2022-03-15",
        36,
        3.45,
        50000,
        0,
        "青海农商银行",
        "QH2019-0315",
        6525,
    ],
    # running: 3万 in 2024, 12000 repaid, balance 18000                     → balance 1,800,000 fen
    [
        2,
        "卓玛",
        ID_B,
        "拉脊村",
        "脱贫户",
        "530",
        3,
        "2024-06-01",
        "2027-06-01",
        None,
        3.45,
        12000,
        18000,
        "青海农商银行",
        "QH2024-0601",
        None,
    ],
    # no repaid column value: balance 20000 of 2万 → nothing repaid; maturity from the term (24 months)
    [
        3,
        "扎西",
        ID_C,
        "上寨村",
        "监测户",
        "扶贫小额信贷",
        2,
        "2025-01-10",
        None,
        24,
        None,
        None,
        20000,
        "邮储银行",
        "YC2025-0110",
        None,
    ],
    # only the repaid amount: 4万 less 15000 repaid                          → balance 2,500,000 fen
    [
        4,
        "拉毛",
        ID_X,
        "上寨村",
        "贫困户",
        "530",
        4,
        "2025-05-20",
        "2028-05-20",
        36,
        None,
        15000,
        None,
        "邮储银行",
        "YC2025-0520",
        None,
    ],
    # the ledger disagrees with itself: 4万 − 10000 = 30000, not 25000      → row error
    [
        5,
        "才让",
        ID_D,
        "上寨村",
        "贫困户",
        "530",
        4,
        "2025-02-01",
        "2028-02-01",
        36,
        None,
        10000,
        25000,
        "邮储银行",
        "YC2025-0201",
        None,
    ],
    ["合计", None, None, None, None, None, 18, None, None, None, None, 87000, 63000, None, None, None],
]


def plan_of(ws, path, **options):
    book = roster.open_roster(ws, path)
    with book:
        p = roster.prepare(ws, book)
        return p, roster.build_plan(
            ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY, **options), sheet=p.sheet.name
        )


def test_the_ledger_columns_are_recognised(ws, tmp_path):
    p, _ = plan_of(ws, write_xlsx(tmp_path / "台账.xlsx", LEDGER, title="2025年扶贫小额信贷台账"))
    assert {
        "granted_on",
        "maturity_on",
        "rate",
        "repaid",
        "balance",
        "contract_no",
        "subsidy",
        "amount",
        "product",
        "term",
        "bank",
        "name",
        "id_number",
        "village",
        "status",
    } <= set(p.mapping.values())


def test_balances_are_amount_less_repaid_and_a_mismatch_is_a_row_error(ws, tmp_path):
    _, plan = plan_of(ws, write_xlsx(tmp_path / "台账.xlsx", LEDGER))
    by_name = {r.target.household.name_zh: r.granted for r in plan.rows if r.granted}
    assert {n: (g.amount_fen, g.repaid_fen, g.balance_fen, g.status) for n, g in by_name.items()} == {
        "张三": (5_000_000, 5_000_000, 0, "repaid"),
        "卓玛": (3_000_000, 1_200_000, 1_800_000, "granted"),
        "扎西": (2_000_000, 0, 2_000_000, "granted"),
        "拉毛": (4_000_000, 1_500_000, 2_500_000, "granted"),
    }
    assert by_name["扎西"].maturity_on == "2027-01-10" and by_name["卓玛"].term_months == 36
    assert by_name["张三"].rate_bp == 345 and by_name["张三"].contract_no == "QH2019-0315"
    assert by_name["张三"].subsidy_fen == 652_500
    [bad] = plan.error_rows
    assert bad.row == 6 and bad.errors[0].where(plan.headers) == "M 贷款余额（元）"
    assert "not the amount 40,000" in bad.errors[0].problem.text("en") or "not the amount 40000" in bad.errors[
        0
    ].problem.text("en")
    assert plan.subtotal_rows == ["7"] and plan.granted == 4


def test_the_import_records_granted_and_repaid_loans_with_their_history(ws, tmp_path):
    _, plan = plan_of(ws, write_xlsx(tmp_path / "台账.xlsx", LEDGER))
    result = roster.run_import(ws, plan, file_name="台账.xlsx")
    assert (result.created, result.loans, result.granted, result.errors) == (4, 4, 4, 1)
    expected = {
        ID_A: ("repaid", 0, "2019-03-15", "2022-03-15"),
        ID_B: ("granted", 1_800_000, "2024-06-01", "2027-06-01"),
        ID_C: ("granted", 2_000_000, "2025-01-10", "2027-01-10"),
        ID_X: ("granted", 2_500_000, "2025-05-20", "2028-05-20"),
    }
    for number, (status, balance, granted_on, maturity) in expected.items():
        h = ws.households.find_by_id_number(number)
        [loan] = ws.db.query("SELECT * FROM loan_demand WHERE household_id = ?", (h["id"],))
        figures = ws.loan_book.figures(loan["id"])
        assert (loan["status"], figures.balance_fen, loan["granted_on"], loan["maturity_on"]) == (
            status,
            balance,
            granted_on,
            maturity,
        ), number
        steps = [(e["to_status"], e["on_date"]) for e in ws.loans.events(loan["id"])]
        assert steps[:4] == [
            ("registered", granted_on),
            ("referred", granted_on),
            ("approved", granted_on),
            ("granted", granted_on),
        ]
    zhang = ws.households.find_by_id_number(ID_A)
    loan = ws.db.one("SELECT * FROM loan_demand WHERE household_id = ?", (zhang["id"],))
    assert loan["contract_no"] == "QH2019-0315" and loan["bank"] == "青海农商银行"
    assert [r["principal_fen"] for r in ws.loan_book.repayments(loan["id"])] == [5_000_000]
    assert ws.households.find_by_id_number(ID_D) is None  # the row in error: nothing of it


def _with_lower_cap_since_2024(ws):
    """The county lowered the 扶贫小额信贷 cap to 3万 from 2024 (an invented later rule)."""
    old = ws.loan_policy.in_force("poverty_micro", date(2024, 1, 1))
    ws.loan_policy.set_version(
        dataclasses.replace(
            old,
            effective_from=date(2024, 1, 1),
            max_amount_fen=3_000_000,
            household_cap_fen=3_000_000,
            source=ws.office["code"],
        )
    )


def test_a_loan_under_the_rules_of_its_time_imports_with_a_warning(ws, tmp_path):
    _with_lower_cap_since_2024(ws)
    rows = [
        HEADER,
        LEDGER[1],
        [
            6,
            "多杰",
            ID_D,
            "拉脊村",
            "贫困户",
            "扶贫小额信贷",
            5,
            "2024-03-01",
            "2027-03-01",
            36,
            None,
            0,
            50000,
            "邮储银行",
            "YC2024",
            None,
        ],
    ]
    _, plan = plan_of(ws, write_xlsx(tmp_path / "台账.xlsx", rows))
    old, new = plan.rows
    assert old.action == "new" and old.granted is not None  # 5万 in 2019: the rule then allowed it
    texts = [w.problem.text("en") for w in old.warnings]
    assert any("at most 30,000" in t or "at most 30000" in t for t in texts), texts
    assert any("under the rules of its time" in t for t in texts)
    assert new.action == "error"  # 5万 in 2024: over the rule of its time
    assert any(f.problem.field == "granted_fen" for f in new.errors)


def test_cli_imports_a_ledger(ws, tmp_path):
    db = ws.db.path
    ws.close()
    path = write_xlsx(tmp_path / "台账.xlsx", LEDGER)
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", "import-roster", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "loans already granted (a ledger's rows, with their balances): 4" in proc.stdout
    assert "Row 6 [M 贷款余额（元）]" in proc.stdout


def test_a_ledger_after_the_roster_adds_the_loans_and_the_same_ledger_again_adds_nothing(ws, tmp_path):
    roster_rows = [
        ["户主姓名", "身份证号码", "所在村", "贫困户属性", "登记日期"],
        ["张三", ID_A, "拉脊村", "贫困户", "2015-06-30"],
        ["卓玛", ID_B, "拉脊村", "贫困户", "2015-07-01"],
    ]
    _, plan = plan_of(ws, write_xlsx(tmp_path / "花名册.xlsx", roster_rows))
    roster.run_import(ws, plan)
    path = write_xlsx(tmp_path / "台账.xlsx", LEDGER)
    _, plan = plan_of(ws, path)  # duplicates: skip (the default)
    zhang = next(r for r in plan.rows if r.row == 2)
    assert zhang.action == "update" and zhang.granted is not None
    result = roster.run_import(ws, plan)
    assert (result.created, result.updated, result.granted) == (2, 0, 4)  # 张三, 卓玛 unchanged
    assert ws.households.find_by_id_number(ID_B)["status"] == "registered_poor"  # as stored, not the ledger's
    assert ws.households.find_by_id_number(ID_A)["registered_on"] == "2015-06-30"
    _, again = plan_of(ws, path)
    assert [r.duplicate for r in again.rows if r.action == "skip"] == ["loan"] * 4
    assert again.granted == 0 and roster.run_import(ws, again).loans == 0
    assert ws.db.scalar("SELECT count(*) FROM loan_demand") == 4
