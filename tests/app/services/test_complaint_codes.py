"""Issue #19, item 4: the complaint codes of JR/T 0169-2018 as the standard has them — A a
hierarchy with 网络公众平台 and 短信 among the electronic channels, B the standard's business
types, C the causes in the standard's order with 产品收益 and 自主选择权, "other" 99 / 9 — the
stored codes moved onto them, the demo coding its complaints by what they say, and the statistics
in every code of the standard."""

from __future__ import annotations

import openpyxl
import pytest

from app.domain.errors import ValidationErrors
from app.services import reports
from app.services.report_document import COMPLAINT_DIMENSIONS, document
from exports.xlsx.monthly import write_monthly
from exports.xlsx.registers import run


def _labels(ws, kind):
    return [(r["code"], r["name_zh"]) for r in ws.reference.enums(kind)]


def test_the_channel_is_the_standards_tree(ws):
    tree = ws.complaints.code_tree("complaint_code_a")
    zh = dict(_labels(ws, "complaint_code_a"))
    electronic = [zh[c] for c, depth, _s in tree if c.startswith("0103") and depth == 2]
    assert electronic == ["网银", "电话", "移动客户端", "网络公众平台", "短信", "其他电子渠道"]
    # two 大类 only, as the standard has them (migration 28): the total is front office plus back
    assert [c for c, d, _s in tree if d == 0] == ["01", "02"]
    assert [zh[c] for c, d, _s in tree if d == 1] == ["营业现场", "自助机具", "电子渠道", "第三方渠道", "其他前台渠道"]
    assert {c for c, _d, s in tree if not s} == {"01", "0103"}
    assert [c for c, _d, _s in tree if zh[c].startswith("其他")][-1] == "0199"
    assert "01039" in dict((c, d) for c, d, _s in tree)  # a 小类's "other" is 9


def test_business_types_and_causes_in_the_standards_order(ws):
    assert [zh for _c, zh in _labels(ws, "complaint_code_b")] == [
        "人民币储蓄",
        "贷款",
        "银行卡",
        "支付结算",
        "人民币管理",
        "个人金融信息",
        "其他",
    ]
    causes = _labels(ws, "complaint_code_c")
    assert [zh for _c, zh in causes[:10]] == [
        "服务态度及服务质量",
        "服务设施、设备、业务系统",
        "管理制度、业务规则与流程",
        "营销方式和手段",
        "信息披露",
        "产品收益",
        "自主选择权",
        "合同条款",
        "消费者资金安全",
        "消费者信息安全",
    ]
    assert causes[-1] == ("99", "其他") and [c for c, _ in causes[:10]] == [f"{i:02d}" for i in range(1, 11)]


def test_a_heading_is_not_a_code_a_complaint_takes(ws):
    base = {
        "received_on": "2026-10-01",
        "complainant_name": "游客",
        "description": "短信通知收费",
        "handler": "李明",
        "code_b": "03",
        "code_c": "11",
    }
    with pytest.raises(ValidationErrors):
        ws.complaints.create({**base, "code_a": "0103"})
    assert ws.complaints.create({**base, "code_a": "01035"})["code_a"] == "01035"


def test_a_channel_not_given_or_given_as_99_is_the_front_offices_other(ws):
    base = {
        "received_on": "2026-10-01",
        "complainant_name": "游客",
        "description": "不知从何处办理",
        "handler": "李明",
        "code_b": "99",
        "code_c": "99",
    }
    assert ws.complaints.create(base)["code_a"] == "0199"
    assert ws.complaints.create({**base, "code_a": "99"})["code_a"] == "0199"


def test_the_demo_codes_a_swallowed_card_as_a_self_service_machine_fault(demo_ws):
    rows = demo_ws.db.query("SELECT code_a, code_b, code_c FROM complaint WHERE description = 'ATM机吞卡后处理缓慢'")
    assert rows and {(r["code_a"], r["code_b"], r["code_c"]) for r in rows} == {("0102", "03", "02")}
    collection = demo_ws.db.query("SELECT code_c FROM complaint WHERE description = '催收电话过于频繁'")
    assert {r["code_c"] for r in collection} <= {"12"}


def test_the_migration_moves_stored_codes_onto_the_standards(db_path):
    from storage.db import Database
    from tests.helpers import raw_row

    old = Database(db_path, migrate=False)
    old.migrate(target=18)
    with old.transaction() as conn:
        for i, (a, b, c) in enumerate(
            [("03", "01", "06"), ("04", "09", "10"), ("07", "07", "07"), ("02", "03", "99"), ("99", "99", "99")]
        ):
            raw_row(
                conn,
                "complaint",
                id=f"c{i}",
                received_on="2026-10-01",
                complainant_name="游客",
                description="x",
                code_a=a,
                code_b=b,
                code_c=c,
                due_on="2026-10-16",
                status="received",
                status_on="2026-10-01",
            )
    journal = old.scalar("SELECT count(*) FROM sync_change")
    old.close()
    db = Database(db_path)
    got = [tuple(r.values()) for r in db.query("SELECT code_a, code_b, code_c FROM complaint ORDER BY id")]
    # online banking → 网银; mobile → 移动客户端; back office → 中、后台; contract terms moved from 06 to 08 …
    # … and a channel nobody named → the front office's "other" (migration 28)
    assert got == [
        ("01031", "01", "08"),
        ("01033", "99", "12"),
        ("02", "99", "09"),
        ("0102", "03", "99"),
        ("0199", "99", "99"),
    ]
    assert db.scalar("SELECT count(*) FROM ref_enum WHERE kind = 'complaint_code_a' AND code = '99'") == 0
    assert db.scalar("SELECT count(*) FROM sync_change") == journal  # nothing to send upward again
    assert db.scalar("SELECT max(version) FROM complaint") == 1
    db.close()


def test_the_statistics_list_every_code_with_the_periods_counts(demo_ws, tmp_path):
    report = reports.monthly(demo_ws, "2026-10")
    doc = document(demo_ws, report, "zh")
    for (dim, kind, _title), sec in zip(COMPLAINT_DIMENSIONS, doc.complaint_statistics):
        codes = [r[0] for r in sec.rows[:-1]]
        assert codes == [r["code"] for r in demo_ws.reference.enums(kind)]
        own = dict(
            demo_ws.db.execute(
                f"SELECT {dim}, count(*) FROM complaint WHERE deleted_at IS NULL"
                f" AND received_on BETWEEN ? AND ? GROUP BY {dim}",
                (report.start, report.end),
            )
        )
        rows = {r[0]: r for r in sec.rows}
        for code in codes:
            # a code is its class's digits after its parent's: a class counts every code it begins
            assert rows[code][2] == sum(n for c, n in own.items() if c.startswith(code)), (dim, code)
        assert sec.rows[-1][2] == report.total.complaints_received
    path = tmp_path / "r.xlsx"
    run(write_monthly(doc, path))
    sheet = openpyxl.load_workbook(path)["投诉分类统计"]
    assert any(row[0] == "01034" for row in sheet.iter_rows(values_only=True))
