"""Rosters for the roster-import tests, generated as real files (openpyxl, XlsxWriter, an .ods zip by hand)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from app.services.demo import id_check_digit


def idn(first17: str) -> str:
    """A valid 18-character ID number from its first 17 digits."""
    return first17 + id_check_digit(first17)


ID_A = idn("63212219800101001")  # male, 1980
ID_B = idn("63212219850202002")  # female, 1985
ID_C = idn("63212219900303003")
ID_D = idn("63212219750404004")
ID_X = "63212219700505001"  # completed below so that it ends in X
ID_X = ID_X[:-1] + next(d for d in "0123456789" if id_check_digit(ID_X[:-1] + d) == "X") + "X"

HEADER_ZH = [
    "序号",
    "户主姓名",
    "身份证号码",
    "联系电话",
    "家庭人口",
    "所在村",
    "村组",
    "贫困户属性",
    "民族",
    "主要产业",
    "贷款金额（万元）",
    "贷款期限（月）",
    "贷款产品",
    "申请日期",
    "用途",
    "贷款银行",
]


def write_xlsx(
    path: Path,
    rows: list[list],
    *,
    title: str | None = None,
    merge_title: bool = True,
    blank_rows: int = 0,
    sheet: str = "Sheet1",
    extra_sheets: dict[str, list[list]] | None = None,
    text_columns: tuple[int, ...] = (),
) -> Path:
    """An .xlsx with an optional merged title row and blank rows above the rows given."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title is not None:
        ws.append([title])
        if merge_title and rows:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(rows[0])))
    for _ in range(blank_rows):
        ws.append([])
    for r in rows:
        ws.append(r)
    for name, extra in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for r in extra:
            other.append(r)
    wb.save(path)
    return path


def write_ods(path: Path, rows: list[list], sheet: str = "Sheet1") -> Path:
    """A minimal OpenDocument spreadsheet written by hand (strings, floats and dates)."""
    cells_xml = []
    for r in rows:
        cells = []
        for v in r:
            if v is None or v == "":
                cells.append("<table:table-cell/>")
            elif isinstance(v, (int, float)):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p>'
                    "</table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
                )
        cells_xml.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        + "".join(cells_xml)
        + '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def basic_roster() -> list[list]:
    """A Chinese roster: header + 3 valid households, two of them asking for loans."""
    return [
        HEADER_ZH,
        [
            1,
            "张三",
            ID_A,
            "13812345678",
            5,
            "拉脊村",
            "一社",
            "建档立卡贫困户",
            "汉族",
            "牦牛养殖",
            5,
            36,
            "530",
            "2023-05-01",
            "购买牦牛",
            "青海农商银行",
        ],
        [
            2,
            "卓玛",
            ID_B,
            "13912345678",
            4,
            "拉脊村",
            "二社",
            "脱贫户",
            "藏族",
            "虫草采集",
            3,
            24,
            "扶贫小额信贷",
            "2023/06/02",
            "虫草收购",
            "中国农业银行",
        ],
        [3, "李四", ID_C, "", 3, "上寨村", "一社", "一般户", "回族", "", None, None, None, None, None, None],
    ]


def with_raw_values(path: Path, values: dict[str, str], out: Path) -> Path:
    """A copy of the .xlsx at `path` whose cells (by reference, "E2") hold the raw <v> text given —
    what a crafted file can hold and no spreadsheet program writes: "NaN", "inf", "-inf"."""
    import re

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, raw in values.items():
        xml, found = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', f'<c r="{ref}"><v>{raw}</v></c>', xml)
        assert found == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out
