"""Row checking of a roster (the preview / dry run): normalisation, errors with row and column, duplicates."""

from __future__ import annotations

from datetime import date

from app.services import roster
from roster_samples import HEADER_ZH, ID_A, ID_B, ID_C, ID_X, basic_roster, with_raw_values, write_xlsx

TODAY = date(2026, 11, 15)


def plan_for(ws, tmp_path, rows, name="r.xlsx", **options):
    path = write_xlsx(tmp_path / name, rows)
    book = roster.open_roster(ws, path)
    with book:
        p = roster.prepare(ws, book)
        return roster.build_plan(
            ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY, **options), sheet=p.sheet.name
        )


def row(plan, excel_row):
    return next(r for r in plan.rows if r.row == excel_row)


def one(ws, tmp_path, header, values, **options):
    plan = plan_for(ws, tmp_path, [header, values], **options)
    return row(plan, 2)


def test_basic_roster_is_three_new_households_and_two_loans(ws, tmp_path):
    plan = plan_for(ws, tmp_path, basic_roster())
    assert [r.action for r in plan.rows] == ["new", "new", "new"]
    assert plan.loans == 2
    assert plan.new_villages == ["拉脊村", "上寨村"]


def test_full_width_digits_and_lower_case_x_in_id_number(ws, tmp_path):
    full = ID_X.translate(str.maketrans("0123456789X", "０１２３４５６７８９ｘ"))
    r = one(ws, tmp_path, ["姓名", "身份证号", "人口"], ["张三", " " + full + "\n", "５"])
    assert r.action == "new", r.errors
    assert r.target.household.id_number == ID_X
    assert r.target.household.household_size == 5


def test_numeric_id_cell_is_rejected_even_when_its_digits_pass_the_check(ws, tmp_path):
    # 632122198001010016 as a float is 632122198001010048: a different, but the cell still says a number
    r = one(ws, tmp_path, ["姓名", "身份证号码"], ["张三", int(ID_A)])
    assert r.action == "error"
    assert r.errors[0].problem.field == "id_number"
    assert "stored the ID number as a number" in r.errors[0].problem.text("en")
    assert r.errors[0].column == 1


def test_numeric_phone_cell_is_accepted(ws, tmp_path):
    r = one(ws, tmp_path, ["姓名", "身份证号码", "联系电话"], ["张三", ID_A, 13812345678])
    assert r.target.household.phone == "13812345678"


def test_excel_serial_date_and_text_dates(ws, tmp_path):
    header = ["姓名", "身份证号码", "贷款金额", "贷款产品", "申请日期"]
    plan = plan_for(
        ws,
        tmp_path,
        [
            header,
            ["甲", ID_A, 10000, "other", 45047],  # serial 45047 = 2023-05-01
            ["乙", ID_B, 10000, "other", "2023/05/01"],
            ["丙", ID_C, 10000, "other", "2023.5.1"],
            ["丁", ID_X, 10000, "other", "2023年5月1日"],
        ],
        on_duplicate="update",
    )
    assert [r.loan.registered_on for r in plan.rows] == ["2023-05-01"] * 4


def test_amounts_in_wan_yuan_column_are_scaled_by_the_header_unit(ws, tmp_path):
    r = one(
        ws,
        tmp_path,
        ["姓名", "身份证号码", "贷款金额（万元）", "贷款产品", "申请日期"],
        ["张三", ID_A, 2.5, "other", "2023-05-01"],
    )
    assert r.loan.amount_fen == 25_000 * 100


def test_a_negative_amount_in_a_wan_yuan_column_is_told_in_plain_yuan(ws, tmp_path):
    r = one(
        ws,
        tmp_path,
        ["姓名", "身份证号码", "贷款金额（万元）", "贷款产品", "申请日期"],
        ["张三", ID_A, -5, "other", "2023-05-01"],
    )
    assert r.action == "error"
    told = r.errors[0].problem.text("zh")
    assert "-50000" in told and "E+" not in told


def test_amount_text_with_units_and_separators(ws, tmp_path):
    plan = plan_for(
        ws,
        tmp_path,
        [
            ["姓名", "身份证号码", "贷款金额", "贷款产品", "申请日期"],
            ["甲", ID_A, "5万元", "other", "2023-05-01"],
            ["乙", ID_B, "50,000.00元", "other", "2023-05-01"],
        ],
    )
    assert [r.loan.amount_fen for r in plan.rows] == [5_000_000, 5_000_000]


def test_term_in_years_column_becomes_months(ws, tmp_path):
    r = one(
        ws,
        tmp_path,
        ["姓名", "身份证号码", "贷款金额", "贷款期限（年）", "贷款产品", "申请日期"],
        ["张三", ID_A, 10000, 2, "other", "2023-05-01"],
    )
    assert r.loan.term_months == 24


def test_status_words_become_status_codes(ws, tmp_path):
    header = ["姓名", "身份证号码", "贫困户属性"]
    plan = plan_for(
        ws,
        tmp_path,
        [
            header,
            ["甲", ID_A, "建档立卡贫困户"],
            ["乙", ID_B, "脱贫户"],
            ["丙", ID_C, "边缘户"],
            ["丁", ID_X, "一般户"],
        ],
    )
    assert [r.target.household.status for r in plan.rows] == ["registered_poor", "lifted", "monitored", "general"]


def test_yes_in_is_registered_poor_column(ws, tmp_path):
    r = one(ws, tmp_path, ["姓名", "身份证号码", "是否建档立卡"], ["张三", ID_A, "是"])
    assert r.target.household.status == "registered_poor"


def test_tibetan_name_in_the_name_column_goes_to_the_tibetan_field(ws, tmp_path):
    r = one(ws, tmp_path, ["མིང་།", "ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།", "ཁ་པར།"], ["བཀྲ་ཤིས།", ID_A, "13812345678"])
    assert r.action == "new", r.errors
    assert r.target.household.name_bo == "བཀྲ་ཤིས།" and r.target.household.name_zh == ""


def test_a_roster_with_english_headers_and_values_is_understood(ws, tmp_path):
    r = one(ws, tmp_path, ["Name", "ID number", "Phone", "Ethnicity"], ["Zhang San 张三", ID_A, "", "Tibetan"])
    assert r.target.household.ethnicity == "tibetan"


def test_errors_carry_excel_row_column_and_translatable_reason(ws, tmp_path):
    rows = basic_roster()
    rows[2][3] = "12345"  # phone in row 3 of the sheet
    plan = plan_for(ws, tmp_path, rows)
    bad = row(plan, 3)
    assert bad.action == "error"
    finding = bad.errors[0]
    assert finding.where(plan.headers) == "D 联系电话"
    assert "not a phone number" in finding.problem.text("en")


def test_loan_over_the_product_limit_is_an_error_of_the_row(ws, tmp_path):
    r = one(
        ws,
        tmp_path,
        ["姓名", "身份证号码", "贫困户属性", "贷款金额（万元）", "贷款产品", "申请日期"],
        ["张三", ID_A, "贫困户", 8, "530", "2023-05-01"],
    )
    assert r.action == "error"
    assert any(f.problem.field == "amount_fen" for f in r.errors)


def test_loan_without_product_uses_the_chosen_default(ws, tmp_path):
    header = ["姓名", "身份证号码", "贷款金额"]
    assert one(ws, tmp_path, header, ["张三", ID_A, 10000]).action == "error"
    assert one(ws, tmp_path, header, ["张三", ID_A, 10000], default_product="other").loan.product_code == "other"


def test_same_id_twice_in_file_skips_the_second_row(ws, tmp_path):
    rows = basic_roster() + [[4, "张三丰", ID_A, "13700000000"] + [None] * 12]
    plan = plan_for(ws, tmp_path, rows)
    r = row(plan, 5)
    assert (r.action, r.duplicate, r.duplicate_of) == ("skip", "file", "2")


def test_same_id_twice_in_file_with_update_merges_into_one_household(ws, tmp_path):
    rows = basic_roster() + [[4, None, ID_A, "13700000000"] + [None] * 12]
    plan = plan_for(ws, tmp_path, rows, on_duplicate="update")
    assert row(plan, 5).action == "update"
    targets = [t for t in plan.targets() if t.id_number == ID_A]
    assert len(targets) == 1 and targets[0].household.phone == "13700000000"
    assert targets[0].household.name_zh == "张三"


def test_id_already_in_register_is_a_duplicate(ws, tmp_path):
    ws.households.create({"name_zh": "张三", "id_number": ID_A})
    plan = plan_for(ws, tmp_path, basic_roster())
    r = row(plan, 2)
    assert (r.action, r.duplicate, r.duplicate_of) == ("skip", "register", "张三")


def test_total_and_signature_rows_are_ignored(ws, tmp_path):
    rows = basic_roster() + [["合计", None, None, None, 12], ["制表人：卓玛"]]
    plan = plan_for(ws, tmp_path, rows)
    # the total row is skipped and reported (issue #20), the signature line ignored
    assert [r.action for r in plan.rows[-2:]] == ["subtotal", "ignored"]
    assert plan.subtotal_rows == [str(plan.rows[-2].row)]
    assert plan.rows_read == 3


def test_header_only_sheet_plans_nothing(ws, tmp_path):
    plan = plan_for(ws, tmp_path, [HEADER_ZH])
    assert plan.rows == [] and not plan.importable


def test_a_row_whose_every_cell_reads_as_nan_or_infinity_is_an_error_row_not_a_crash(ws, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", basic_roster())
    crafted = {f"{col}2": "NaN" for col in "DEKLMN"} | {f"{col}3": "-inf" for col in "DEKLMN"}
    path = with_raw_values(path, crafted, tmp_path / "crafted.xlsx")
    book = roster.open_roster(ws, path)
    with book:
        p = roster.prepare(ws, book)
        plan = roster.build_plan(
            ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY), sheet=p.sheet.name
        )
    assert [r.row for r in plan.error_rows] == [2, 3]
    told = {f.where(plan.headers) for r in plan.error_rows for f in r.errors}
    assert {"N 申请日期", "L 贷款期限（月）"} <= told
    assert row(plan, 4).action == "new"
