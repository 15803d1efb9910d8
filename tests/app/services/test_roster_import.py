"""Writing a roster: one transaction, search tokens, audit, duplicates, dry run, error list, CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services import roster
from storage import audit
from roster_samples import HEADER_ZH, ID_A, ID_B, ID_C, basic_roster, with_raw_values, write_ods, write_xlsx

TODAY = date(2026, 11, 15)
ROOT = Path(__file__).resolve().parents[3]


def plan_file(ws, path, **options):
    book = roster.open_roster(ws, path)
    with book:
        p = roster.prepare(ws, book)
        plan = roster.build_plan(
            ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY, **options), sheet=p.sheet.name
        )
    return plan, book.info


def import_file(ws, path, **options):
    plan, info = plan_file(ws, path, **options)
    return roster.run_import(ws, plan, file_name=info.path.name, file_sha256=info.sha256)


def counts(ws):
    return {
        t: ws.db.scalar(f"SELECT count(*) FROM {t}")
        for t in ("household", "loan_demand", "loan_event", "village", "household_search", "audit_log")
    }


def test_import_writes_households_loans_villages_and_search_tokens(ws, tmp_path):
    result = import_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster(), title="花名册"))
    assert (result.created, result.loans, result.villages) == (3, 2, 2)
    row = ws.households.find_by_id_number(ID_B)
    assert row["name_zh"] == "卓玛" and row["status"] == "lifted" and row["ethnicity"] == "tibetan"
    assert row["birth_date"] == "1985-02-02" and row["sex"] == "F" and row["name_pinyin"] == "zhuoma"
    assert ws.households.search_ids("zhuoma") == [row["id"]]
    assert ws.households.search_ids("张三") == [ws.households.find_by_id_number(ID_A)["id"]]
    loan = ws.db.one("SELECT * FROM loan_demand WHERE household_id = ?", (row["id"],))
    assert (loan["amount_fen"], loan["term_months"], loan["product_code"], loan["status"]) == (
        3_000_000,
        24,
        "poverty_micro",
        "registered",
    )
    assert ws.loans.events(loan["id"])[0]["to_status"] == "registered"


def test_import_audit_chain_verifies_and_records_the_file(ws, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", basic_roster())
    import_file(ws, path)
    conn = sqlite3.connect(ws.db.path)
    assert audit.verify_chain(conn) == []
    run = ws.db.one("SELECT after_json FROM audit_log WHERE table_name = 'roster_import'")
    import hashlib
    import json

    after = json.loads(run["after_json"])
    assert after["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() and after["created"] == 3
    assert len(after["household_ids"]) == 3 and len(after["loan_demand_ids"]) == 2


def test_per_record_audit_entries_chain_like_single_appends(ws, tmp_path):
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    roster.run_import(ws, plan, audit_rows=True)
    ws.households.create({"name_zh": "王五", "id_number": _other_id()})  # appended after the batch
    assert audit.verify_chain(sqlite3.connect(ws.db.path)) == []
    assert ws.db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'household' AND action = 'create'") == 4


def _other_id():
    from roster_samples import idn

    return idn("63212219600101001")


def test_dry_run_writes_nothing(ws, tmp_path):
    before = counts(ws)
    settings = ws.db.scalar("SELECT count(*) FROM settings")
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    result = roster.summary(plan, dry_run=True)
    assert (result.created, result.loans) == (3, 2)
    assert counts(ws) == before
    assert ws.db.scalar("SELECT count(*) FROM settings") == settings


def test_failure_while_writing_leaves_nothing(ws, tmp_path, monkeypatch):
    from app.services.roster import importer

    before = counts(ws)
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster()))

    def broken(conn, loans, events):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(importer, "_flush_loans", broken)
    with pytest.raises(sqlite3.OperationalError):
        roster.run_import(ws, plan)
    assert counts(ws) == before


def test_cancel_during_import_leaves_nothing(ws, tmp_path):
    before = counts(ws)
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    gen = roster.iter_import(ws, plan, step=1)
    next(gen)
    next(gen)
    gen.close()  # what a cancelled task does to its generator
    assert counts(ws) == before


def test_rows_with_errors_are_left_out_and_the_rest_imported(ws, tmp_path):
    rows = basic_roster()
    rows[2][2] = "632122198502020020"  # wrong check digit
    result = import_file(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    assert (result.created, result.errors, result.error_rows) == (2, 1, [3])
    assert ws.households.find_by_id_number(ID_B) is None


def test_strict_imports_nothing_when_a_row_has_an_error(ws, tmp_path):
    rows = basic_roster()
    rows[2][2] = "632122198502020020"
    before = counts(ws)
    result = import_file(ws, write_xlsx(tmp_path / "r.xlsx", rows), strict=True)
    assert result.created == 0 and counts(ws) == before


def test_duplicate_in_register_skipped_leaves_stored_household(ws, tmp_path):
    stored = ws.households.create({"name_zh": "张三", "id_number": ID_A, "phone": "13700000000"})
    result = import_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    assert (result.created, result.skipped) == (2, 1)
    assert ws.households.get(stored["id"])["phone"] == "13700000000"
    assert ws.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (stored["id"],)) == 0


def test_duplicate_in_register_updated_changes_stored_household_and_adds_loan(ws, tmp_path):
    stored = ws.households.create({"name_zh": "张三", "id_number": ID_A, "phone": "13700000000", "notes": "kept"})
    result = import_file(ws, write_xlsx(tmp_path / "r.xlsx", basic_roster()), on_duplicate="update")
    assert (result.created, result.updated) == (2, 1)
    after = ws.households.get(stored["id"])
    assert after["phone"] == "13812345678" and after["status"] == "registered_poor"
    assert after["notes"] == "kept" and after["version"] == 2
    assert ws.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (stored["id"],)) == 1
    assert (
        ws.db.scalar("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'import'", (stored["id"],)) == 1
    )


def test_same_id_twice_in_file_with_update_gives_one_household_with_both_loans(ws, tmp_path):
    rows = basic_roster() + [
        [4, None, ID_A, None, None, None, None, None, None, None, 2, 12, "530", "2023-07-01", "", ""]
    ]
    result = import_file(ws, write_xlsx(tmp_path / "r.xlsx", rows), on_duplicate="update")
    assert result.created == 3
    hid = ws.households.find_by_id_number(ID_A)["id"]
    assert ws.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (hid,)) == 2


def test_mapping_is_remembered_after_import(ws, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", basic_roster())
    plan, _ = plan_file(ws, path)
    roster.run_import(ws, plan)
    assert roster.remembered_mapping(ws.reference.setting, plan.headers) == plan.mapping


def test_error_list_xlsx_opens_back_with_rows_and_reasons(ws, tmp_path):
    import openpyxl

    rows = basic_roster()
    rows[2][2] = int(ID_B)  # numeric ID
    rows[3][3] = "123"
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    book = openpyxl.load_workbook(path)
    cell = book.active.cell(row=4, column=2)
    cell.value, cell.data_type = '=HYPERLINK("x")', "s"  # text that looks like a formula
    book.save(path)
    plan, _ = plan_file(ws, path)
    out = tmp_path / "errors.xlsx"
    assert roster.write_errors_xlsx(plan, out, "en") == 2
    sheet = openpyxl.load_workbook(out).active
    values = list(sheet.values)
    assert values[0][:3] == tuple(HEADER_ZH[:3])
    assert values[0][-2:] == ("Row in the roster", "What to fix")
    assert values[1][-2] == 3 and "stored the ID number as a number" in values[1][-1]
    assert values[2][-2] == 4 and values[2][1] == '=HYPERLINK("x")'
    assert sheet.cell(row=3, column=2).data_type == "s"
    assert "D 联系电话" in values[2][-1]


def test_a_row_whose_number_cells_read_as_nan_or_infinity_reaches_the_error_list_as_text(ws, tmp_path):
    """A crafted sheet can hold <v>NaN</v> or <v>inf</v>: such a row is an error row, and the list
    of rows to fix is still written (XlsxWriter refuses non-finite numbers)."""
    import openpyxl

    path = write_xlsx(tmp_path / "r.xlsx", basic_roster())
    crafted = with_raw_values(path, {"E2": "NaN", "K3": "inf"}, tmp_path / "crafted.xlsx")
    plan, _ = plan_file(ws, crafted)
    assert [r.row for r in plan.error_rows] == [2, 3]
    out = tmp_path / "errors.xlsx"
    assert roster.write_errors_xlsx(plan, out, "zh") == 2
    values = list(openpyxl.load_workbook(out).active.values)
    assert values[1][4] == "nan" and values[1][-2] == 2
    assert values[2][10] == "inf" and values[2][-2] == 3


def test_error_list_in_chinese(ws, tmp_path):
    import openpyxl

    rows = basic_roster()
    rows[2][3] = "123"
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    out = tmp_path / "errors.xlsx"
    roster.write_errors_xlsx(plan, out, "zh")
    values = list(openpyxl.load_workbook(out).active.values)
    assert values[0][-1] != "What to fix"


def test_an_error_list_still_open_in_excel_is_kept_and_the_user_told(ws, tmp_path, monkeypatch):
    import os

    import pytest

    from app import safe_write
    from app.domain.errors import ValidationError

    rows = basic_roster()
    rows[2][3] = "123"
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    out = tmp_path / "errors.xlsx"
    out.write_bytes(b"last time's list")

    def held_open(src, dst):  # Windows: a sharing violation, however often it is tried
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(safe_write.os, "replace", held_open)
    monkeypatch.setattr(safe_write.time, "sleep", lambda s: None)
    with pytest.raises(ValidationError) as caught:
        roster.write_errors_xlsx(plan, out, "zh")
    assert "errors.xlsx" in caught.value.text("en") and "Excel" in caught.value.text("en")
    assert out.read_bytes() == b"last time's list"
    assert not [n for n in os.listdir(tmp_path) if n.startswith("errors.xlsx.")]  # no temporary file left


def test_ods_roster_is_imported(ws, tmp_path):
    rows = [["户主姓名", "身份证号码", "联系电话", "家庭人口"], ["张三", ID_A, 13812345678, 5], ["卓玛", ID_B, "", 3]]
    result = import_file(ws, write_ods(tmp_path / "r.ods", rows))
    assert result.created == 2
    assert ws.households.find_by_id_number(ID_A)["phone"] == "13812345678"


# -- CLI ------------------------------------------------------------------------------------------


def cli(db, *args):
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def register(ws):
    path = ws.db.path
    ws.close()
    return path


def test_cli_imports_and_exits_0_with_a_summary(register, tmp_path):
    proc = cli(register, "import-roster", write_xlsx(tmp_path / "r.xlsx", basic_roster(), title="花名册"))
    assert proc.returncode == 0, proc.stderr
    assert "3 new" in proc.stdout and "Loan demands: 2" in proc.stdout


def test_cli_dry_run_exits_0_and_writes_nothing(register, tmp_path):
    proc = cli(register, "import-roster", write_xlsx(tmp_path / "r.xlsx", basic_roster()), "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "Dry run" in proc.stdout
    assert sqlite3.connect(register).execute("SELECT count(*) FROM household").fetchone()[0] == 0


def test_cli_exits_1_when_nothing_can_be_imported_and_lists_rows(register, tmp_path):
    rows = [HEADER_ZH, [1, "张三", int(ID_A)] + [None] * 13, [2, "李四", "123"] + [None] * 13]
    out = tmp_path / "errors.xlsx"
    proc = cli(register, "import-roster", write_xlsx(tmp_path / "r.xlsx", rows), "--errors-out", out)
    assert proc.returncode == 1
    assert "Row 2 [C 身份证号码]" in proc.stdout and "Row 3" in proc.stdout
    assert out.exists()


def test_cli_exits_2_for_an_unusable_file(register, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_text("not a workbook")
    proc = cli(register, "import-roster", path)
    assert proc.returncode == 2
    assert "is not a spreadsheet" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_duplicates_update(register, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", basic_roster())
    assert cli(register, "import-roster", path).returncode == 0
    proc = cli(register, "import-roster", path, "--on-duplicate", "skip")
    assert proc.returncode == 1 and "Duplicates (3, skipped)" in proc.stdout
    rows = basic_roster()
    rows[1][3] = "13700000000"
    proc = cli(register, "import-roster", write_xlsx(tmp_path / "r2.xlsx", rows), "--on-duplicate", "update")
    assert proc.returncode == 0 and "1 updated" in proc.stdout


def test_cli_unknown_sheet_exits_2_naming_the_sheets(register, tmp_path):
    proc = cli(
        register, "import-roster", write_xlsx(tmp_path / "r.xlsx", basic_roster(), sheet="名单"), "--sheet", "Sheet9"
    )
    assert proc.returncode == 2 and "名单" in proc.stderr


def test_cli_sheet_without_header_exits_2(register, tmp_path):
    proc = cli(register, "import-roster", write_xlsx(tmp_path / "r.xlsx", [["a", "b"], ["c", "d"]]))
    assert proc.returncode == 2 and "No header row" in proc.stderr


def test_cli_messages_in_chinese(register, tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(register),
            "--lang",
            "zh",
            "import-roster",
            str(write_xlsx(tmp_path / "r.xlsx", basic_roster())),
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0 and "试运行" in proc.stdout


def test_xls_roster_is_imported(ws):
    result = import_file(ws, Path(__file__).parent / "roster_data" / "basic.xls")
    assert (result.created, result.loans) == (3, 2)
    assert ws.households.find_by_id_number(ID_B)["name_zh"] == "卓玛"


def test_the_error_list_prints_one_page_wide_with_its_header_row_on_every_page(ws, tmp_path):
    import openpyxl

    rows = basic_roster()
    rows[2][3] = "123"
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    out = tmp_path / "errors.xlsx"
    roster.write_errors_xlsx(plan, out, "bo")
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet.page_setup.paperSize in (9, "9") and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.fitToHeight) == 0 and sheet.print_title_rows.replace("$", "") == "1:1"
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert book.properties.title
    reasons = sheet.cell(row=2, column=sheet.max_column)
    assert reasons.font.name == "Microsoft Himalaya"  # the reasons are in Tibetan


@pytest.mark.parametrize("lang", ["bo", "both"])
def test_the_error_lists_sheet_is_named_without_a_cut_word(ws, tmp_path, lang):
    """Excel allows 31 characters in a sheet name: the bilingual name (33) was cut to
    'བཅོས་དགོས་པའི་ཐིག་ཕྲེང་། / 需要改正', a word short; it is named as the other workbooks'
    sheets are (exports.xlsx.sheet.sheet_name)."""
    import openpyxl

    from app.i18n import render

    rows = basic_roster()
    rows[2][3] = "123"
    plan, _ = plan_file(ws, write_xlsx(tmp_path / "r.xlsx", rows))
    out = tmp_path / "errors.xlsx"
    roster.write_errors_xlsx(plan, out, lang)
    name = openpyxl.load_workbook(out).active.title
    bo, zh = render("Rows to fix", "bo"), render("Rows to fix", "zh")
    assert name in (bo, zh, f"{zh} {bo}"), name  # as the report's and the registers' sheets
