"""`loans add|step|repay|show|list` end to end on a real register: the forms of the issue, the
figures worked out by hand, refusals as one sentence with exit 2 and nothing written."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.__main__ import main
from tests.helpers import POOR, valid_id

INIT = ["init", "--office-code", "630224100201", "--level", "village", "--name-zh", "拉脊村双基联动工作室"]


@pytest.fixture
def reg(db_path, capsys):
    assert main(["--db", str(db_path), *INIT]) == 0
    assert (
        main(
            [
                "--db",
                str(db_path),
                "households",
                "add",
                "--name-zh",
                POOR["name_zh"],
                "--name-bo",
                POOR["name_bo"],
                "--id-number",
                POOR["id_number"],
                "--village",
                "拉脊村",
                "--status",
                "registered_poor",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return db_path


def run(reg, capsys, *argv, lang="en") -> tuple[int, str, str]:
    code = main(["--db", str(reg), "--lang", lang, "loans", *argv])
    out = capsys.readouterr()
    return code, out.out.strip(), out.err.strip()


def ok(reg, capsys, *argv) -> str:
    code, out, err = run(reg, capsys, *argv)
    assert code == 0, err
    return out


def _dump(path) -> dict:
    with sqlite3.connect(path) as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("loan_demand", "loan_event", "loan_repayment", "audit_log")
        }


def _granted(reg, capsys, product="530", yuan="50000", term="36", **grant) -> str:
    loan = ok(
        reg,
        capsys,
        "add",
        "--household",
        POOR["id_number"],
        "--product",
        product,
        "--amount",
        yuan,
        "--term",
        term,
        "--registered",
        "2025-05-20",
        "--purpose",
        "购买牦牛",
    )
    ok(reg, capsys, "step", loan, "refer", "--date", "2025-05-21")
    ok(reg, capsys, "step", loan, "approve", "--date", "2025-05-25")
    args = ["step", loan, "grant", "--date", "2025-06-01", "--contract", "QH-2025-001"]
    for k, v in grant.items():
        args += [f"--{k}", v]
    assert ok(reg, capsys, *args) == "granted"
    return loan


def test_a_530_loan_from_demand_to_repaid(reg, capsys):
    loan = _granted(reg, capsys)
    shown = json.loads(ok(reg, capsys, "show", loan, "--as-of", "2025-06-30", "--format", "json"))
    # 36 months from 1 June 2025; rate: the 5-year LPR in force (3.50 % since 2025-05-20), the policy's cap
    assert (shown["status"], shown["maturity"], shown["rate_bp"], shown["balance_fen"]) == (
        "granted",
        "2028-06-01",
        350,
        5_000_000,
    )

    assert ok(reg, capsys, "repay", loan, "--amount", "20000", "--interest", "875", "--date", "2025-12-01") == "granted"
    shown = json.loads(ok(reg, capsys, "show", loan, "--as-of", "2026-01-01", "--format", "json"))
    # subsidy (全额贴息 at the rate): 183 days on 5,000,000 at 3.5 %/360 = 88,958.33, then 31 days on
    # 3,000,000 = 9,041.67 → 98,000.00
    assert (shown["balance_fen"], shown["overdue_days"], shown["subsidy_fen"]) == (3_000_000, 0, 98_000)
    assert shown["repayments"] == [
        {"paid_on": "2025-12-01", "kind": "repayment", "principal_fen": 2_000_000, "interest_fen": 87_500}
    ]

    assert ok(reg, capsys, "repay", loan, "--amount", "30000", "--date", "2026-03-01") == "repaid"
    shown = json.loads(ok(reg, capsys, "show", loan, "--as-of", "2026-03-02", "--format", "json"))
    assert (shown["status"], shown["balance_fen"]) == ("repaid", 0)


def test_the_household_cap_counts_the_family_not_one_loan(reg, capsys):
    """Qinghai seed 004: 5万元以下 per household, across 530 and 扶贫小额信贷 loans not yet repaid."""
    first = _granted(reg, capsys, yuan="30000")
    second = ok(
        reg,
        capsys,
        "add",
        "--household",
        POOR["id_number"],
        "--product",
        "poverty_micro",
        "--amount",
        "30000",
        "--term",
        "24",
        "--registered",
        "2025-05-20",
    )
    ok(reg, capsys, "step", second, "refer", "--date", "2025-05-21")
    ok(reg, capsys, "step", second, "approve", "--date", "2025-05-25")
    before = _dump(reg)
    code, out, err = run(reg, capsys, "step", second, "grant", "--date", "2025-06-02")
    assert code == 2 and "50,000.00" in err and "Traceback" not in err
    assert _dump(reg) == before
    # 10,000 of the first repaid: 20,000 + 30,000 is within the cap
    ok(reg, capsys, "repay", first, "--amount", "10000", "--date", "2025-06-02")
    assert ok(reg, capsys, "step", second, "grant", "--date", "2025-06-03") == "granted"


@pytest.mark.parametrize(
    "grant, field_words",
    [
        ({"maturity": "2031-06-01"}, "36 months"),  # six years on a 36-month product
        ({"rate": "12"}, "3.50%"),  # 12 % on a base-rate product
    ],
)
def test_a_grant_beyond_the_policy_is_refused_and_nothing_written(reg, capsys, grant, field_words):
    loan = ok(
        reg,
        capsys,
        "add",
        "--household",
        POOR["id_number"],
        "--product",
        "530",
        "--amount",
        "50000",
        "--term",
        "36",
        "--registered",
        "2025-05-20",
    )
    ok(reg, capsys, "step", loan, "refer", "--date", "2025-05-21")
    ok(reg, capsys, "step", loan, "approve", "--date", "2025-05-25")
    before = _dump(reg)
    args = ["step", loan, "grant", "--date", "2025-06-01"]
    for k, v in grant.items():
        args += [f"--{k}", v]
    code, _, err = run(reg, capsys, *args)
    assert code == 2 and field_words in err
    assert _dump(reg) == before


def test_overdue_list_and_arrears_days(reg, capsys):
    loan = _granted(reg, capsys, term="12")
    listed = json.loads(ok(reg, capsys, "list", "--overdue", "--as-of", "2026-07-01", "--format", "json"))
    # due 2026-06-01, unpaid: 30 days late on 1 July
    assert [(r["id"], r["overdue_days"], r["ageing"], r["village"]) for r in listed["rows"]] == [
        (loan, 30, "1-30", "拉脊村")
    ]
    soon = json.loads(ok(reg, capsys, "list", "--due-within", "30", "--as-of", "2026-05-15", "--format", "json"))
    assert [r["id"] for r in soon["rows"]] == [loan]
    assert (
        json.loads(ok(reg, capsys, "list", "--due-within", "10", "--as-of", "2026-05-15", "--format", "json"))["rows"]
        == []
    )
    by_household = json.loads(
        ok(reg, capsys, "list", "--household", POOR["id_number"], "--as-of", "2026-07-01", "--format", "json")
    )
    assert [(r["id"], r["balance_fen"], r["overdue_days"]) for r in by_household["rows"]] == [(loan, 5_000_000, 30)]
    shown = json.loads(ok(reg, capsys, "show", loan, "--as-of", "2026-07-01", "--format", "json"))
    assert (shown["overdue_days"], shown["overdue_fen"]) == (30, 5_000_000)


def test_servicing_steps_extend_default_claim_write_off(reg, capsys):
    loan = _granted(reg, capsys, term="12")
    # an extension needs a reason (Wulong §32) and at most 12 more months on a 12-month loan (贷款通则 §12)
    code, _, err = run(reg, capsys, "step", loan, "extend", "--date", "2026-05-20", "--maturity", "2026-12-01")
    assert code == 2 and "reason" in err
    code, _, err = run(
        reg,
        capsys,
        "step",
        loan,
        "extend",
        "--date",
        "2026-05-20",
        "--maturity",
        "2027-07-01",
        "--reason",
        "雪灾牲畜死亡",
    )
    assert code == 2 and "2027-06-01" in err
    assert (
        ok(
            reg,
            capsys,
            "step",
            loan,
            "extend",
            "--date",
            "2026-05-20",
            "--maturity",
            "2026-12-01",
            "--reason",
            "雪灾牲畜死亡",
        )
        == "granted"
    )
    shown = json.loads(ok(reg, capsys, "show", loan, "--as-of", "2026-07-01", "--format", "json"))
    assert (shown["maturity"], shown["overdue_days"]) == ("2026-12-01", 0)
    # not yet overdue: no default
    code, _, err = run(reg, capsys, "step", loan, "default", "--date", "2026-07-01", "--reason", "失联")
    assert code == 2
    assert ok(reg, capsys, "step", loan, "default", "--date", "2026-12-05", "--reason", "失联") == "defaulted"
    code, _, _ = run(reg, capsys, "step", loan, "claim", "--date", "2026-12-06", "--amount", "60000")
    assert code == 2
    assert ok(reg, capsys, "step", loan, "claim", "--date", "2026-12-06", "--amount", "35000") == "defaulted"
    assert ok(reg, capsys, "repay", loan, "--amount", "5000", "--date", "2026-12-06") == "defaulted"  # a recovery
    assert ok(reg, capsys, "step", loan, "write-off", "--date", "2026-12-07", "--reason", "核销") == "written_off"
    shown = json.loads(ok(reg, capsys, "show", loan, "--as-of", "2026-12-07", "--format", "json"))
    assert (shown["status"], shown["balance_fen"], shown["owed_fen"], shown["claimed_fen"]) == (
        "written_off",
        0,
        4_500_000,
        3_500_000,
    )
    assert shown["repayments"][0]["kind"] == "recovery"


@pytest.mark.parametrize("lang, script", [("en", "No household"), ("zh", "[\u4e00-\u9fff]"), ("bo", "[\u0f00-\u0fff]")])
def test_an_unknown_household_is_a_sentence_in_the_language(reg, capsys, lang, script):
    import re

    code, _, err = run(
        reg,
        capsys,
        "add",
        "--household",
        valid_id("63212219900101303"),
        "--product",
        "530",
        "--amount",
        "1000",
        "--term",
        "12",
        lang=lang,
    )
    assert code == 2 and re.search(script, err) and "Traceback" not in err


def test_visit_list_pdf_names_the_overdue_household_in_both_scripts(reg, capsys, tmp_path):
    import subprocess

    loan = _granted(reg, capsys, term="12")
    out = tmp_path / "visits.pdf"
    code, printed, err = run(reg, capsys, "visit-list", "--out", str(out), "--as-of", "2026-07-01", "--lang", "both")
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert POOR["name_zh"] in text and "2026-06-01" in text and "50,000.00" in text
    assert "逾期" in text  # the overdue section's heading in Chinese
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "Type 3" not in fonts and loan


def test_visit_list_names_the_loan_product_in_the_language_chosen(reg, capsys, tmp_path):
    """The product's label comes with the list (the writer asks no service): Chinese in a Chinese
    list, Tibetan in a Tibetan one."""
    import subprocess
    from datetime import date

    from app.services.workspace import Workspace

    _granted(reg, capsys, term="12")
    out = tmp_path / "visits-zh.pdf"
    code, _printed, err = run(reg, capsys, "visit-list", "--out", str(out), "--as-of", "2026-07-01", "--lang", "zh")
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "530信用贷款" in text
    w = Workspace.open(reg)
    try:
        bo = w.loan_book.visit_list(on=date(2026, 7, 1), mode="bo")
        zh = w.loan_book.visit_list(on=date(2026, 7, 1), mode="zh")
    finally:
        w.close()
    assert [r.product_code for r in bo.overdue] == ["530"]
    assert bo.products["530"] == "530 ཡིད་རྟོན་དངུལ་བསྐྱིན།" and zh.products["530"] == "530信用贷款"


def test_renewal_after_repayment_makes_a_linked_loan(reg, capsys):
    loan = _granted(reg, capsys, term="12")
    code, _, err = run(reg, capsys, "step", loan, "renew", "--date", "2026-06-01", "--reason", "扩大养殖")
    assert code == 2 and "50,000.00" in err  # still owed: no renewal
    ok(reg, capsys, "repay", loan, "--amount", "50000", "--interest", "1750", "--date", "2026-06-01")
    new = ok(reg, capsys, "step", loan, "renew", "--date", "2026-06-02", "--reason", "扩大养殖")
    shown = json.loads(ok(reg, capsys, "show", new, "--as-of", "2026-06-02", "--format", "json"))
    assert (shown["status"], shown["granted_fen"], shown["maturity"]) == ("granted", 5_000_000, "2027-06-02")
    with sqlite3.connect(reg) as conn:
        assert conn.execute("SELECT renewed_from FROM loan_demand WHERE id = ?", (new,)).fetchone()[0] == loan


def test_the_county_policy_table_travels_down_signed(tmp_path, capsys, reg):
    """The county sets a 70 % subsidy share from 2027; the village takes its signed table, cannot
    change the county's version, and refuses a table altered after signing."""
    county = tmp_path / "county.sqlite"
    assert (
        main(
            [
                "--db",
                str(county),
                "init",
                "--office-code",
                "630224",
                "--level",
                "county",
                "--name-zh",
                "化隆县双基联动工作室",
            ]
        )
        == 0
    )
    from datetime import date
    from dataclasses import replace

    from app.services.workspace import Workspace

    w = Workspace.open(county, user="county")
    base = w.loan_policy.in_force("530", date(2026, 1, 1))
    w.loan_policy.set_version(replace(base, effective_from=date(2027, 1, 1), subsidy_share_bp=7000))
    w.close()
    capsys.readouterr()
    table, key = tmp_path / "policy.json", tmp_path / "county.dbkey"
    assert main(["--db", str(county), "loans", "policy-export", "--out", str(table)]) == 0
    assert main(["--db", str(county), "offices", "export-key", "--out", str(key)]) == 0
    capsys.readouterr()
    code, _, err = run(reg, capsys, "policy-import", str(table))
    assert code == 2 and "key file" in err  # the county's key is needed the first time
    assert ok(reg, capsys, "policy-import", str(table), "--key-file", str(key)) == "1"
    w = Workspace.open(reg, user="head")
    try:
        assert w.loan_policy.in_force("530", date(2027, 3, 1)).subsidy_share_bp == 7000
        from app.domain.errors import ValidationError

        with pytest.raises(ValidationError):
            w.loan_policy.set_version(replace(base, effective_from=date(2027, 6, 1), subsidy_share_bp=10_000))
    finally:
        w.close()
    altered = tmp_path / "altered.json"
    altered.write_text(
        table.read_text(encoding="utf-8").replace('"subsidy_share_bp": 7000', '"subsidy_share_bp": 10000'),
        encoding="utf-8",
    )
    code, _, err = run(reg, capsys, "policy-import", str(altered))
    assert code == 2 and "signed" in err


def test_a_back_dated_grant_is_judged_by_the_rules_of_its_date(reg, capsys):
    """Issue #18: a loan of 2023 entered now under the rules of 2023 is granted, with a note on
    stderr naming the rule changed since; one of 2024 that breaks the rules of 2024 is refused with
    the version cited, exit 2, nothing written."""
    from dataclasses import replace
    from datetime import date

    from app.services.workspace import Workspace

    ws = Workspace.open(reg, user="head", role="admin", lang="en")
    try:
        v = ws.loan_policy.in_force("530", date(2024, 1, 1))
        ws.loan_policy.set_version(
            replace(v, effective_from=date(2024, 1, 1), max_amount_fen=3_000_000, household_cap_fen=3_000_000)
        )
    finally:
        ws.close()

    old = ok(
        reg,
        capsys,
        *("add", "--household", POOR["id_number"], "--product", "530", "--amount", "50000", "--term", "36"),
        *("--registered", "2023-04-20"),
    )
    ok(reg, capsys, "step", old, "refer", "--date", "2023-04-21")
    ok(reg, capsys, "step", old, "approve", "--date", "2023-04-25")
    code, out, err = run(reg, capsys, "step", old, "grant", "--date", "2023-05-01")
    assert (code, out) == (0, "granted")
    assert "at most 30,000.00 yuan" in err and "granted on 2023-05-01" in err and "since 2024-01-01" in err
    code, out, err = run(reg, capsys, "show", old, "--format", "json")
    assert json.loads(out)["rate_bp"] == 430  # the 5-year LPR of 2023-05-01

    late = ok(
        reg,
        capsys,
        *("add", "--household", POOR["id_number"], "--product", "poverty_micro", "--amount", "20000"),
        *("--term", "24", "--registered", "2024-02-20"),
    )
    ok(reg, capsys, "step", late, "refer", "--date", "2024-02-21")
    ok(reg, capsys, "step", late, "approve", "--date", "2024-02-25")
    before = _dump(reg)
    code, out, err = run(reg, capsys, "step", late, "grant", "--date", "2024-03-01", lang="zh")
    assert code == 2 and "Traceback" not in err and "2024-03-01" in err and "2015-01-01" in err
    assert _dump(reg) == before
