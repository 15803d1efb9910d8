"""Other shapes of roster (issue #20 item 3): CSV in GB18030/GBK and UTF-8 with or without BOM,
a workbook with one sheet per village, headers merged over two rows, rows of totals."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.services import roster
from app.services.roster.csv_book import detect_encoding
from roster_samples import ID_A, ID_B, ID_C, ID_D, write_xlsx

TODAY = date(2026, 11, 15)
ROOT = Path(__file__).resolve().parents[3]

ROWS = [
    ["户主姓名", "藏文姓名", "身份证号码", "所在村", "贫困户属性", "家庭人口", "备注"],
    ["张三", "", ID_A, "拉脊村", "建档立卡贫困户", "5", "搬迁户"],
    ["卓玛", "སྒྲོལ་མ", ID_B, "拉脊村", "脱贫户", "3", ""],
    ["扎西", "བཀྲ་ཤིས", ID_C, "上寨村", "一般户", "4", "牧业"],
]


def write_csv(path: Path, rows, encoding: str, delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(str(c) for c in r) for r in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def plan_of(ws, path, sheets=None, **options):
    book = roster.open_roster(ws, path)
    with book:
        if sheets is not None:
            prepared, left_out = roster.prepare_sheets(ws, book, sheets or None)
            return roster.plan_sheets(ws, prepared, roster.ImportOptions(today=TODAY, **options)), left_out
        p = roster.prepare(ws, book)
        return roster.build_plan(
            ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY, **options), sheet=p.sheet.name
        )


@pytest.mark.parametrize(
    "encoding, expected", [("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")]
)
def test_a_csv_is_read_in_the_encoding_it_was_written_in(ws, tmp_path, encoding, expected):
    rows = [r[:3] + r[3:] for r in ROWS]
    if encoding in ("gbk", "gb18030"):
        rows = [[c for i, c in enumerate(r) if i != 1] for r in rows]  # GBK has no Tibetan letters
    path = write_csv(tmp_path / "export.csv", rows, encoding)
    assert detect_encoding(path.read_bytes()) == expected
    plan = plan_of(ws, path)
    assert not plan.error_rows and plan.count("new") == 3
    households = {r.target.household.id_number: r.target for r in plan.rows}
    assert households[ID_A].household.name_zh == "张三" and households[ID_A].village_name == "拉脊村"
    assert households[ID_A].household.status == "registered_poor" and households[ID_A].household.notes == "搬迁户"
    if "utf" in encoding:
        assert households[ID_B].household.name_bo == "སྒྲོལ་མ"
    roster.run_import(ws, plan)
    assert ws.households.find_by_id_number(ID_C)["name_zh"] == "扎西"


def test_id_numbers_guarded_from_excel_keep_their_18_characters(ws, tmp_path):
    rows = [["户主姓名", "身份证号码", "联系电话"], ["张三", "\t" + ID_A, "13812345678"], ["卓玛", "'" + ID_B, ""]]
    plan = plan_of(ws, write_csv(tmp_path / "bank.csv", rows, "gbk"))
    assert [r.target.household.id_number for r in plan.rows] == [ID_A, ID_B]


def test_a_tab_separated_export(ws, tmp_path):
    rows = [["户主姓名", "身份证号码", "联系电话"], ["张三", ID_A, "13812345678"], ["卓玛", ID_B, ""]]
    plan = plan_of(ws, write_csv(tmp_path / "bank.txt", rows, "utf-8", "\t"))
    assert [(r.target.household.name_zh, r.target.household.phone) for r in plan.rows] == [
        ("张三", "13812345678"),
        ("卓玛", ""),
    ]


def test_a_csv_whose_lines_end_in_a_carriage_return_alone_is_read(ws, tmp_path):
    path = tmp_path / "old-system.csv"
    path.write_bytes("\r".join(",".join(r) for r in ROWS).encode("gb18030") + b"\r")
    plan = plan_of(ws, path)
    assert not plan.error_rows and plan.count("new") == 3
    assert sorted(r.target.household.id_number for r in plan.rows) == sorted([ID_A, ID_B, ID_C])


def test_a_csv_cell_longer_than_any_cell_is_refused_as_unreadable_not_as_out_of_memory(ws, tmp_path):
    path = tmp_path / "pasted.csv"
    path.write_text("户主姓名,身份证号码,备注\n张三," + ID_A + "," + "牧" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(roster.RosterFileError) as exc:
        plan_of(ws, path)
    told = exc.value.text("zh")
    assert "pasted.csv" in told and "无法作为电子表格读取" in told and "内存" not in told


def test_a_workbook_renamed_csv_is_refused_with_a_sentence(ws, tmp_path):
    fake = tmp_path / "roster.csv"
    fake.write_bytes(write_xlsx(tmp_path / "r.xlsx", ROWS).read_bytes())
    with pytest.raises(roster.RosterFileError) as exc:
        roster.open_roster(ws, fake)
    assert "not text" in exc.value.text("en")


def test_a_csv_over_the_row_limit_is_refused_before_its_rows_are_kept(ws, tmp_path):
    ws.db.set_setting("roster.max_rows", 50)
    path = write_csv(tmp_path / "big.csv", ROWS[:1] + [["某", "", ID_A, "村", "", "1", ""]] * 160, "utf-8")
    with pytest.raises(roster.RosterFileError):
        plan_of(ws, path)


def _village_book(path: Path) -> Path:
    """One sheet per village, no village column; 卓玛 in two sheets; a cover sheet; a total row."""
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "说明"
    cover.append(["本表由乡扶贫办汇总，2024年"])
    header = ["户主姓名", "身份证号码", "贫困户属性", "家庭人口"]
    for name, rows in (
        ("拉脊村", [["张三", ID_A, "贫困户", 5], ["卓玛", ID_B, "脱贫户", 3], ["合计", None, None, 8]]),
        ("上寨村", [["扎西", ID_C, "一般户", 4], ["卓玛", ID_B, "脱贫户", 3]]),
        ("下寨村", [["才让", ID_D, "监测户", 6], ["小计", "", "", 6]]),
    ):
        sheet = wb.create_sheet(name)
        sheet.append(header)
        for r in rows:
            sheet.append(r)
    wb.save(path)
    return path


def test_every_sheet_of_a_workbook_of_villages(ws, tmp_path):
    plan, left_out = plan_of(ws, _village_book(tmp_path / "乡.xlsx"), sheets=[])
    assert [name for name, _ in left_out] == ["说明"]  # the cover sheet: no header row
    assert plan.sheets == ["拉脊村", "上寨村", "下寨村"]
    assert plan.count("new") == 4 and plan.count("skip") == 1  # 卓玛 again in 上寨村: a duplicate
    dup = next(r for r in plan.rows if r.duplicate)
    assert (dup.sheet, dup.row, dup.duplicate) == ("上寨村", 3, "file")
    assert plan.subtotal_rows == ["拉脊村!4", "下寨村!3"]
    roster.run_import(ws, plan)
    village_of = {
        n: ws.db.scalar(
            "SELECT v.name_zh FROM household h JOIN village v ON v.id = h.village_id WHERE h.id_number = ?", (n,)
        )
        for n in (ID_A, ID_B, ID_C, ID_D)
    }
    assert village_of == {ID_A: "拉脊村", ID_B: "拉脊村", ID_C: "上寨村", ID_D: "下寨村"}


def test_only_the_chosen_sheets(ws, tmp_path):
    plan, _ = plan_of(ws, _village_book(tmp_path / "乡.xlsx"), sheets=["上寨村", "下寨村"])
    assert plan.sheets == ["上寨村", "下寨村"] and plan.count("new") == 3
    assert {r.target.village_name for r in plan.rows if r.target} == {"上寨村", "下寨村"}


def test_an_error_names_its_sheet(ws, tmp_path):
    path = _village_book(tmp_path / "乡.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["上寨村"]["B2"] = "632122"  # a cut ID number
    wb.save(path)
    plan, _ = plan_of(ws, path, sheets=[])
    [bad] = plan.error_rows
    assert bad.sheet == "上寨村" and bad.errors[0].where(plan.headers) == "上寨村!B"


def test_headers_merged_over_two_rows(ws, tmp_path):
    """一级 headers (户主信息, 贷款需求) merged over their columns, 二级 headers below; 序号 and
    身份证号码 merged down over both rows; a title above and a 合计 row below."""
    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.append(["拉脊村2024年融资需求登记表"])
    sh.merge_cells("A1:H1")
    sh.append(["序号", "户主信息", None, "身份证号码", "贷款需求", None, None, "备注"])
    sh.append([None, "户主姓名", "家庭人口", None, "金额（万元）", "期限（月）", "贷款产品", None])
    for rng in ("A2:A3", "B2:C2", "D2:D3", "E2:G2", "H2:H3"):
        sh.merge_cells(rng)
    sh.append([1, "张三", 5, ID_A, 3, 24, "其他", ""])
    sh.append([2, "卓玛", 3, ID_B, 2, 12, "其他", ""])
    sh.append(["合计", None, 8, None, 5, None, None, None])
    wb.save(path)
    plan = plan_of(ws, path)
    assert plan.header_row == 3
    assert {"name", "household_size", "id_number", "amount", "term", "product"} <= set(plan.mapping.values())
    assert plan.subtotal_rows == ["6"] and not plan.error_rows
    loans = {r.target.household.name_zh: (r.loan.amount_fen, r.loan.term_months) for r in plan.rows if r.loan}
    assert loans == {"张三": (3_000_000, 24), "卓玛": (2_000_000, 12)}


def cli(db, *args):
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_imports_a_gbk_csv_and_a_workbook_of_villages(ws, tmp_path):
    db = ws.db.path
    ws.close()
    rows = [[c for i, c in enumerate(r) if i != 1] for r in ROWS] + [["合计", "", "", "", "12", ""]]
    proc = cli(db, "import-roster", write_csv(tmp_path / "县.csv", rows, "gbk"), "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "3 new" in proc.stdout and "Rows of totals (合计, 小计) skipped: 1 (rows 5)" in proc.stdout
    proc = cli(db, "import-roster", _village_book(tmp_path / "乡.xlsx"), "--all-sheets")
    assert proc.returncode == 0, proc.stderr
    assert "Sheet 说明 left out" in proc.stdout and "4 new" in proc.stdout
    proc = cli(db, "import-roster", _village_book(tmp_path / "乡2.xlsx"), "--sheet", "上寨村", "--sheet", "nowhere")
    assert proc.returncode == 2 and "no sheet called nowhere" in proc.stderr


def test_the_error_list_of_several_sheets_names_each_rows_sheet(ws, tmp_path):
    path = _village_book(tmp_path / "乡.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["上寨村"]["B2"] = "632122"
    wb.save(path)
    plan, _ = plan_of(ws, path, sheets=[])
    out = tmp_path / "errors.xlsx"
    assert roster.write_errors_xlsx(plan, out, "en") == 1
    sheet = openpyxl.load_workbook(out).worksheets[0]
    values = [c.value for c in sheet[2]]
    assert "上寨村!2" in values and "632122" in values
