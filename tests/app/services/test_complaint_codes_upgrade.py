"""Issue #19, item 4: a register from before the standard's codes (schema 18, the code lists of
migration 2) upgrades with every stored code moved to the class of JR/T 0169-2018 that means the
same thing; and a package written by such a register is read with its codes moved the same way.

The expectations are written as the names a cadre reads (old list's name → the standard's name),
not as the digits of the migration's own map, so a wrong digit in the map shows here."""

from __future__ import annotations

import json

import pytest

from storage.db import Database
from tests.helpers import raw_row

#: every code of the old lists (migration 2), by its old Chinese name → the standard's class that
#: holds what it meant
OLD_TO_STANDARD = {
    "code_a": {
        "01": ("营业网点柜面", "营业现场"),
        "02": ("自助机具", "自助机具"),
        "03": ("网上银行", "网银"),
        "04": ("手机银行", "移动客户端"),
        "05": ("电话银行", "电话"),
        "06": ("第三方渠道", "第三方渠道"),
        "07": ("后台业务", "中、后台业务渠道"),
        "99": ("其他渠道", "其他前台渠道"),  # two 大类 only: "other" is the front office's
    },
    "code_b": {
        "01": ("存款", "人民币储蓄"),
        "02": ("贷款", "贷款"),
        "03": ("银行卡", "银行卡"),
        "04": ("支付结算", "支付结算"),
        "05": ("人民币现金", "人民币管理"),
        "06": ("个人金融信息", "个人金融信息"),
        # not among the standard's business types: "other"
        "07": ("代理业务", "其他"),
        "08": ("征信", "其他"),
        "09": ("债务催收", "其他"),
        "99": ("其他业务", "其他"),
    },
    "code_c": {
        "01": ("服务态度及质量", "服务态度及服务质量"),
        "02": ("服务设施", "服务设施、设备、业务系统"),
        "03": ("业务规则与流程", "管理制度、业务规则与流程"),
        "04": ("营销方式与手段", "营销方式和手段"),
        "05": ("信息披露", "信息披露"),
        "06": ("合同条款", "合同条款"),
        "07": ("资金安全", "消费者资金安全"),
        "08": ("信息安全", "消费者信息安全"),
        "09": ("定价收费", "定价收费"),
        "10": ("债务催收方式", "债务催收方式和手段"),
        "99": ("其他原因", "其他"),
    },
}
KINDS = {"code_a": "complaint_code_a", "code_b": "complaint_code_b", "code_c": "complaint_code_c"}


def _old_complaints() -> list[dict]:
    """One complaint per old code of each dimension (the other two at "other")."""
    rows = []
    for dim, codes in OLD_TO_STANDARD.items():
        for old in codes:
            row = {"code_a": "99", "code_b": "99", "code_c": "99", dim: old}
            rows.append({"id": f"{dim}-{old}", **row})
    return rows


def _name(db: Database, kind: str, code: str) -> str | None:
    return db.scalar("SELECT name_zh FROM ref_enum WHERE kind = ? AND code = ?", (kind, code))


def test_every_old_code_is_the_class_of_the_standard_that_means_the_same(db_path):
    old = Database(db_path, migrate=False)
    old.migrate(target=18)
    # the old list is what the test says it is (a code left out of this table would go unchecked)
    for dim, kind in KINDS.items():
        listed = {
            r["code"]: r["name_zh"] for r in old.query("SELECT code, name_zh FROM ref_enum WHERE kind = ?", (kind,))
        }
        assert listed == {code: names[0] for code, names in OLD_TO_STANDARD[dim].items()}
    with old.transaction() as conn:
        for c in _old_complaints():
            raw_row(
                conn,
                "complaint",
                received_on="2026-10-01",
                complainant_name="游客",
                description="x",
                due_on="2026-10-16",
                status="received",
                status_on="2026-10-01",
                **c,
            )
    old.close()

    db = Database(db_path)
    leaves = {}
    for kind in KINDS.values():
        rows = db.query("SELECT code, extra FROM ref_enum WHERE kind = ?", (kind,))
        parents = {r["extra"] and json.loads(r["extra"]).get("parent") for r in rows}
        leaves[kind] = {r["code"] for r in rows} - parents
    for c in _old_complaints():
        stored = db.one("SELECT code_a, code_b, code_c FROM complaint WHERE id = ?", (c["id"],))
        dim, old_code = c["id"].split("-")
        assert _name(db, KINDS[dim], stored[dim]) == OLD_TO_STANDARD[dim][old_code][1], c["id"]
        # every stored code is one a complaint may take: a class of the list with none under it
        for d, kind in KINDS.items():
            assert stored[d] in leaves[kind], (c["id"], d, stored[d])
    db.close()


@pytest.mark.parametrize("dim", list(KINDS))
def test_a_code_the_old_list_did_not_have_becomes_other(db_path, dim):
    old = Database(db_path, migrate=False)
    old.migrate(target=18)
    with old.transaction() as conn:
        raw_row(
            conn,
            "complaint",
            id="c1",
            received_on="2026-10-01",
            complainant_name="游客",
            description="x",
            due_on="2026-10-16",
            status="received",
            status_on="2026-10-01",
            **{"code_a": "01", "code_b": "01", "code_c": "01", dim: "42"},
        )
    old.close()
    db = Database(db_path)
    assert _name(db, KINDS[dim], db.scalar(f"SELECT {dim} FROM complaint")) in {"其他", "其他前台渠道"}
    db.close()
