"""Header row and column matching of rosters."""

from __future__ import annotations

from app.services import roster
from app.services.roster.columns import field_for_header, find_header, header_unit, layout_key, normalise_header
from roster_samples import ID_A, basic_roster, write_xlsx


def prepared(ws, path, **kw):
    book = roster.open_roster(ws, path)
    with book:
        return roster.prepare(ws, book, **kw)


def test_header_found_below_a_merged_title_and_blank_rows(ws, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", basic_roster(), title="拉脊村建档立卡贫困户花名册", blank_rows=2)
    p = prepared(ws, path)
    assert p.header_row == 4
    assert p.mapping[1] == "name" and p.mapping[2] == "id_number"


def test_subtitle_row_with_one_known_word_is_not_taken_for_the_header():
    rows = [["填报单位：拉脊村", "", "日期"], [], ["户主姓名", "身份证号码", "电话"], ["张三", ID_A, ""]]
    assert find_header(rows).row == 3


def test_no_header_row_when_nothing_matches():
    rows = [["a", "b"], ["c", "d"]]
    assert find_header(rows).row == 0


def test_chinese_headers_match_their_fields():
    assert field_for_header("户主姓名") == "name"
    assert field_for_header("证件号码") == "id_number"
    assert field_for_header("手机号") == "phone"
    assert field_for_header("人口数") == "household_size"
    assert field_for_header("村名") == "village"
    assert field_for_header("组") == "group_name"
    assert field_for_header("户类型") == "status"
    assert field_for_header("藏文姓名") == "name_bo"
    assert field_for_header("申请金额") == "amount"
    assert field_for_header("期限（月）") == "term"
    assert field_for_header("登记日期") == "registered_on"
    assert field_for_header("贷款银行") == "bank"


def test_tibetan_headers_match_their_fields():
    assert field_for_header("མིང་།") == "name"
    assert field_for_header("ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།") == "id_number"
    assert field_for_header("ཁ་པར།") == "phone"
    assert field_for_header("གྲོང་ཚོ།") == "village"


def test_english_headers_match_their_fields():
    assert field_for_header("Name") == "name"
    assert field_for_header("ID Number") == "id_number"
    assert field_for_header("Phone") == "phone"
    assert field_for_header("Loan amount") == "amount"


def test_header_text_is_normalised_for_spaces_breaks_full_width_and_units():
    assert normalise_header(" 户主\n姓名 ") == "户主姓名"
    assert normalise_header("*身份证号码（必填）") == "身份证号码"
    assert normalise_header("ＩＤ　Ｎｕｍｂｅｒ") == "idnumber"
    assert field_for_header("家庭\n人口（人）") == "household_size"


def test_header_unit_is_read_from_the_brackets():
    assert header_unit("贷款金额（万元）") == "万元"
    assert header_unit("贷款金额(元)") == "元"
    assert header_unit("贷款期限（年）") == "年"
    assert header_unit("贷款金额") == ""


def test_layout_key_ignores_spacing_and_trailing_blank_headers():
    assert layout_key(["户主 姓名", "身份证号码"]) == layout_key(["户主姓名", "身份证号码", "", ""])
    assert layout_key(["户主姓名", "身份证号码"]) != layout_key(["身份证号码", "户主姓名"])


def test_chosen_mapping_is_remembered_for_the_same_header_layout(ws, tmp_path):
    rows = [["甲", "乙", "丙"], ["张三", ID_A, "13812345678"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    first = prepared(ws, path, header_row=1)
    assert first.source == "none"
    roster.remember_mapping(ws.reference.set_setting, first.headers, {0: "name", 1: "id_number", 2: "phone"})
    again = prepared(ws, write_xlsx(tmp_path / "odd2.xlsx", rows), header_row=1)
    assert again.source == "remembered"
    assert again.mapping == {0: "name", 1: "id_number", 2: "phone"}


def test_default_sheet_is_the_first_with_data(ws, tmp_path):
    import openpyxl

    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "封面"
    data = wb.create_sheet("名单")
    for r in basic_roster():
        data.append(r)
    wb.save(path)
    p = prepared(ws, path)
    assert p.sheet.name == "名单"


def test_two_row_header_with_merged_cells_is_read_as_one(ws, tmp_path):
    import openpyxl

    from roster_samples import ID_B

    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["拉脊村融资需求登记表"])
    s.append(["户主姓名", "身份证号码", "贷款需求", None, "申请日期"])
    s.append([None, None, "金额（万元）", "期限（月）", None])
    s.append(["张三", ID_A, 2, 24, "2023-05-01"])
    s.append(["卓玛", ID_B, 1, 12, "2023-05-02"])
    s.merge_cells("A1:E1")
    s.merge_cells("A2:A3")
    s.merge_cells("B2:B3")
    s.merge_cells("C2:D2")
    s.merge_cells("E2:E3")
    wb.save(path)
    p = prepared(ws, path)
    assert p.header_row == 3
    assert p.mapping == {0: "name", 1: "id_number", 2: "amount", 3: "term", 4: "registered_on"}
    assert p.headers[:3] == ["户主姓名", "身份证号码", "金额（万元）"]
    plan = roster.build_plan(ws, p.sheet.rows, p.header_row, p.mapping, roster.ImportOptions(default_product="other"))
    assert [r.row for r in plan.rows] == [4, 5]
    assert plan.rows[0].loan.amount_fen == 20_000 * 100 and plan.rows[0].loan.term_months == 24


def test_first_data_row_is_not_taken_for_a_second_header_row():
    rows = [["户主姓名", "身份证号码", "关系"], ["张三", ID_A, "户主"]]
    guess = find_header(rows)
    assert guess.row == 1 and guess.mapping == {0: "name", 1: "id_number"}
