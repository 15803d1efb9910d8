"""Issue #19, item 4: a register from before the standard's codes (schema 18, the code lists of
migration 2) upgrades with every stored code moved to the class of JR/T 0169-2018 that means the
same thing; and a package written by such a register is read with its codes moved the same way.

The expectations are written as the names a cadre reads (old list's name → the standard's name),
not as the digits of the migration's own map, so a wrong digit in the map shows here."""

from __future__ import annotations

import json

import pytest

from storage.db import Database
from tests.app.services.test_sync import export, import_one, tree, tree_files  # the sync tests' offices
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


# -- a package written by a register from before the standard's codes --------------------------------

#: old codes (A, B, C) a pre-19 village stored → the standard's classes the township must store
OLD_PACKAGE_CODES = [
    (("02", "01", "06"), ("0102", "01", "08")),  # old A 02 is the machine, not the back office
    (("07", "09", "10"), ("02", "99", "12")),
    (("03", "05", "07"), ("01031", "05", "09")),
    (("05", "08", "08"), ("01032", "99", "10")),
    (("99", "07", "09"), ("0199", "99", "11")),
    (("04", "02", "01"), ("01033", "02", "01")),
    # relayed by an older township from a village already on the standard's codes: kept
    (("01034", "03", "12"), ("01034", "03", "12")),
]


def as_written_before_the_codes(va, twp, path, usb):
    """The village's package as a release before schema 19 wrote it: complaints in the old lists'
    codes, audit entries without their chain position, no schema in the manifest, plain zip —
    signed with the village's registered key, as that release signed it."""
    from app.services import keys
    from app.services.sync_package import MANIFEST, PackageWriter
    from tests.app.services.test_sync import package_zip

    zf = package_zip(twp, path)
    manifest = json.loads(zf.read(MANIFEST))
    members = manifest.pop("members")
    manifest.pop("schema", None)
    old = usb / "old_release.dbsync"
    writer = PackageWriter(old)
    complaints = []
    try:
        for name, info in members.items():
            rows = [json.loads(line) for line in zf.read(name).splitlines() if line.strip()]
            if info["table"] == "complaint":
                for i, row in enumerate(rows):
                    row["code_a"], row["code_b"], row["code_c"] = OLD_PACKAGE_CODES[i % len(OLD_PACKAGE_CODES)][0]
                    complaints.append((row["id"], OLD_PACKAGE_CODES[i % len(OLD_PACKAGE_CODES)][1]))
            if info["table"] == "audit_log":
                for row in rows:
                    row.pop("chain_seq", None)
            writer.add_member(name, info["table"], iter(rows))
        writer.finish(manifest, lambda body: keys.sign(va.db, body))
    finally:
        writer.cleanup()
    path.unlink()
    return old, complaints


def test_a_package_from_before_the_codes_is_read_as_its_register_meant_them(tree):
    from app.services.sync_package import MANIFEST
    from tests.app.services.test_sync import package_zip

    twp, va, _vb, usb = tree
    old, expected = as_written_before_the_codes(va, twp, export(va, usb), usb)
    assert len(expected) >= len(OLD_PACKAGE_CODES)
    report = import_one(twp, old)
    assert not report.rejected and report.tables["complaint"].new == len(expected)
    got = {
        r["id"]: (r["code_a"], r["code_b"], r["code_c"])
        for r in twp.db.query(
            "SELECT id, code_a, code_b, code_c FROM complaint WHERE office_code = ?", (va.office["code"],)
        )
    }
    assert got == dict(expected)
    assert twp.db.scalar("SELECT count(*) FROM sync_conflict") == 0
    # this release's packages say which schema wrote them
    manifest = json.loads(package_zip(twp, export(va, usb, full=True)).read(MANIFEST))
    assert manifest["schema"] == va.db.scalar("PRAGMA user_version") >= 30


def test_a_package_of_this_release_keeps_its_codes(tree):
    twp, va, _vb, usb = tree
    coded = va.complaints.create(
        {
            "received_on": "2026-11-01",
            "complainant_name": "游客",
            "description": "网点后台扣款错误",
            "handler": "李明",
            "code_a": "02",
            "code_b": "04",
            "code_c": "09",
        }
    )
    import_one(twp, export(va, usb))
    assert twp.complaints.get(coded["id"])["code_a"] == "02"  # the back office, as sent
