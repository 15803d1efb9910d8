"""A roster larger than one packed chunk (app/services/roster/rows.py) reads, checks and imports as
the whole sheet read as lists did; the run's long audit entry hashes as storage.audit hashes it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

from app.domain import search
from app.services import roster
from app.services.roster import rows as packed
from app.services.roster.importer import _PIECE, _row_hash
from app.services.roster.rows import PackedRows
from app.services.roster.books import _filled
from storage import audit
from roster_samples import HEADER_ZH, idn

TODAY = date(2026, 11, 15)
N = 2500  # two and a half chunks of 1,000 rows
NAMES = ["张三", "卓玛", "李四", "才让多杰", "马小龙", "尕藏", "单雄信", "拉毛措"]
BAD_ROW = N - 7  # a data row in the last chunk with an invalid ID number


def roster_rows(n: int = N, bad: int | None = BAD_ROW) -> list[list]:
    rows = [HEADER_ZH]
    for i in range(n):
        number = idn(f"63212219{80 + i // 1000:02d}0101{i % 1000:03d}")
        if i == bad:
            number = number[:-1] + ("1" if number[-1] != "1" else "2")  # wrong check digit
        product = "其他" if i % 3 == 2 else "扶贫小额信贷"  # 一般户 cannot ask for a poverty micro-loan
        loan = [i % 4 + 1, 36, product, f"2025-{i % 12 + 1}-{i % 28 + 1}", "扩大生产", "青海农商银行"] if i % 2 else []
        rows.append(
            [
                i + 1,
                NAMES[i % len(NAMES)],
                number,
                f"138{i:08d}",
                i % 6 + 1,
                ["拉脊村", "上寨村"][i % 2],
                f"{i % 5 + 1}社",
                ["建档立卡贫困户", "脱贫户", "一般户"][i % 3],
                ["藏族", "汉族", "回族"][i % 3],
                "牦牛养殖",
                *loan,
            ]
        )
    return rows


def write_roster(path: Path, rows: list[list], *, top: int = 2, left: int = 2) -> Path:
    """The rows written from row `top` + 1 and column `left` + 1, with a title in A1 and a
    date-formatted cell, so that the padding before the data and the cell types are exercised."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("花名册")
    sheet.write_string(0, 0, "拉脊村花名册")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(top + r, left + c, value)
            else:
                sheet.write_number(top + r, left + c, value)
        if r == 3:
            sheet.write_datetime(top + r, left + len(HEADER_ZH) + 1, datetime(2024, 5, 6), dated)
    for blank in range(3):  # formatted but empty rows after the data: dropped
        sheet.write_blank(top + len(rows) + blank, left, None, dated)
    book.close()
    return path


def as_lists(path: Path) -> list[list]:
    """The sheet as the importer read it before: calamine's to_python, trailing empty rows dropped."""
    out = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    while out and not any(_filled(v) for v in out[-1]):
        out.pop()
    return out


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory) -> Path:
    return write_roster(tmp_path_factory.mktemp("roster") / "big.xlsx", roster_rows())


def prepared(ws, path: Path):
    book = roster.open_roster(ws, path)
    with book:
        return roster.prepare(ws, book), book.info


def plan_of(ws, p, rows, **options):
    return roster.build_plan(
        ws, rows, p.header_row, p.mapping, roster.ImportOptions(today=TODAY, **options), sheet=p.sheet.name
    )


# -- the packed rows themselves ---------------------------------------------------------------------


def test_packed_rows_read_back_as_the_lists_packed():
    rows = [[i, f"名{i % 7}", float(i) / 3, date(2024, 1, i % 28 + 1), "", None] for i in range(2345)]
    got = PackedRows.pack(iter(rows), chunk_rows=100)
    assert len(got) == len(rows)
    assert list(got) == rows and got == rows
    assert [got[i] for i in (0, 99, 100, 101, 2344, -1)] == [rows[i] for i in (0, 99, 100, 101, 2344, -1)]
    with pytest.raises(IndexError):
        got[2345]


def test_packed_rows_slices_are_views_that_read_like_list_slices():
    rows = [[i, str(i)] for i in range(350)]
    got = PackedRows.pack(rows, chunk_rows=100)
    for a, b in ((0, 5), (95, 205), (3, None), (None, -10), (340, 999), (200, 100)):
        view = got[a:b]
        assert isinstance(view, PackedRows) and list(view) == rows[a:b] and len(view) == len(rows[a:b])
    assert got[95:205][10] == rows[105] and got[95:205][-1] == rows[204]
    assert got[1:200:7] == rows[1:200:7]


def test_packed_rows_hand_out_copies():
    got = PackedRows.pack([[1, "a"], [2, "b"]])
    got[0].append("changed")
    next(iter(got)).append("changed")
    assert list(got) == [[1, "a"], [2, "b"]]


def test_packed_rows_drop_rows_after_the_last_kept_one():
    rows = [["a"], [""], ["b"], [""], [None], [" "]]
    got = PackedRows.pack(rows, chunk_rows=2, keep=lambda r: any(_filled(v) for v in r))
    assert list(got) == rows[:3] and len(got._store.chunks) == 2
    assert len(PackedRows.pack([[""]] * 5, keep=lambda r: False)) == 0


def test_equal_texts_of_a_chunk_are_packed_as_one_object():
    rows = [["".join(["青海农商", "银行"]), f"{i}"] for i in range(10)]  # equal texts, distinct objects
    assert len({id(r[0]) for r in rows}) == 10
    got = list(PackedRows.pack(rows))
    assert len({id(r[0]) for r in got}) == 1 and [r[0] for r in got] == [r[0] for r in rows]


# -- a sheet larger than one chunk ------------------------------------------------------------------


def test_sheet_larger_than_a_chunk_reads_as_calamine_to_python(ws, big_roster):
    p, _ = prepared(ws, big_roster)
    assert len(p.sheet.rows) > 2 * packed.CHUNK_ROWS
    expected = as_lists(big_roster)
    assert list(p.sheet.rows) == expected
    types = [[type(v) for v in row] for row in p.sheet.rows]
    assert types == [[type(v) for v in row] for row in expected]
    assert p.sheet.rows[0][0] == "拉脊村花名册" and p.sheet.rows[2][2] == "序号" and p.sheet.rows[2][:2] == ["", ""]
    assert isinstance(p.sheet.rows[5][2 + len(HEADER_ZH) + 1], date)


def test_plan_from_packed_rows_equals_the_plan_from_lists(ws, big_roster):
    p, _ = prepared(ws, big_roster)
    for options in ({}, {"on_duplicate": "update"}):
        from_packed = plan_of(ws, p, p.sheet.rows, **options)
        from_lists = plan_of(ws, p, as_lists(big_roster), **options)
        assert from_packed.rows == from_lists.rows
        assert (from_packed.headers, from_packed.mapping, from_packed.new_villages) == (
            from_lists.headers,
            from_lists.mapping,
            from_lists.new_villages,
        )
    errors = from_packed.error_rows
    assert [r.row for r in errors] == [4 + BAD_ROW] and errors[0].errors[0].problem.field == "id_number"
    assert errors[0].cells == as_lists(big_roster)[3 + BAD_ROW]


def test_import_larger_than_a_chunk_stores_every_valid_row_with_its_keys(ws, big_roster):
    p, info = prepared(ws, big_roster)
    result = roster.run_import(ws, plan_of(ws, p, p.sheet.rows), file_name=info.path.name, file_sha256=info.sha256)
    assert (result.created, result.errors, result.loans) == (N - 1, 1, N // 2 - (BAD_ROW % 2))
    assert result.error_rows == [4 + BAD_ROW]
    rows = ws.db.query("SELECT id, name_zh, name_bo, name_pinyin, name_initials, name_wylie FROM household")
    assert len(rows) == N - 1
    tokens: dict[str, set[str]] = {}
    for t in ws.db.query("SELECT token, household_id FROM household_search"):
        tokens.setdefault(t["household_id"], set()).add(t["token"])
    for row in rows:
        assert {k: row[k] for k in ("name_pinyin", "name_initials", "name_wylie")} == search.name_keys(
            row["name_zh"], row["name_bo"]
        )
        assert tokens[row["id"]] == search.name_tokens(row["name_zh"], row["name_bo"])
    assert audit.verify_chain(sqlite3.connect(ws.db.path)) == []


def test_strict_import_with_an_error_in_the_last_chunk_stores_nothing(ws, big_roster):
    p, info = prepared(ws, big_roster)
    plan = plan_of(ws, p, p.sheet.rows, strict=True)
    before = ws.db.scalar("SELECT count(*) FROM audit_log")
    result = roster.run_import(ws, plan, file_name=info.path.name, file_sha256=info.sha256)
    assert (result.created, result.loans, result.errors) == (0, 0, 1)
    assert ws.db.scalar("SELECT count(*) FROM household") == 0
    assert ws.db.scalar("SELECT count(*) FROM loan_demand") == 0
    assert ws.db.scalar("SELECT count(*) FROM audit_log") == before


# -- the run's long audit entry -------------------------------------------------------------------


@pytest.mark.parametrize(
    "after_json",
    [
        '{"a":"' + "x" * (_PIECE * 3 + 17) + '"}',
        "花名册" + '"\\\n\t\x01' * (_PIECE // 3) + "ཀྲ་ཤིས།" * 1000 + "😀" * (_PIECE + 1) + "\x00after_json\x00",
        "short 花名册",
    ],
)
def test_run_entry_hash_is_audit_row_hash(after_json):
    entry = {
        "id": "e1",
        "office_code": "630224100201",
        "at": "2026-11-15T00:00:00Z",
        "user": "管理员",
        "action": "import",
        "table_name": "roster_import",
        "record_id": "r1",
        "before_json": None,
        "after_json": after_json,
    }
    prev = "0" * 64
    assert _row_hash(prev, entry) == audit.row_hash(prev, entry)


# -- pypinyin's phrase readings shared (app/services/roster/pinyin.py) ------------------------------

_COMPACT_CHECK = r"""
import copy, json, sys
sys.path.insert(0, sys.argv[1])
from app.domain import search
from app.domain.script import _pypinyin
_pypinyin()
from pypinyin import Style, constants, lazy_pinyin, pinyin
texts = ["单于", "长孙无忌", "哈哈大笑", "尕藏才让", "拉脊村", "重庆银行", "行长", "朝阳", "乐山乐水", "卓玛"]
texts += list(constants.PHRASES_DICT)[::997]
def readings():
    return [[lazy_pinyin(t), pinyin(t, style=Style.TONE3, heteronym=True)] for t in texts]
def keys():
    search._readings.cache_clear()
    return [[search.name_keys(t, ""), sorted(search.name_tokens(t, ""))] for t in texts]
before = (copy.deepcopy(constants.PHRASES_DICT), readings(), keys())
from app.services.roster.pinyin import load_compact
load_compact()
after = (constants.PHRASES_DICT, readings(), keys())
twice = [p for p, v in constants.PHRASES_DICT.items() if len({id(r) for r in v}) != len(v)]
shared = len({id(r) for v in constants.PHRASES_DICT.values() for r in v})
total = sum(len(v) for v in constants.PHRASES_DICT.values())
print(json.dumps({"same_dict": before[0] == after[0], "same_readings": before[1] == after[1],
                  "same_keys": before[2] == after[2], "twice": twice[:5], "shared": shared, "total": total}))
"""


def test_sharing_pinyin_readings_changes_no_reading_and_no_search_key():
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", _COMPACT_CHECK, str(root)], capture_output=True, text=True, check=True, cwd=root
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["same_dict"] and got["same_readings"] and got["same_keys"]
    assert got["twice"] == []  # no phrase holds one reading list twice
    assert got["shared"] < got["total"] // 10  # the readings really are shared
