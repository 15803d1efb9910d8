"""Issue #19, item 4: the demo's complaints are coded by what they say (an ATM that swallowed a
card is a self-service machine, a bank card, the facilities — never debt collection), with codes
a complaint can take; checked by the names a cadre reads, not by the demo's own digits."""

from __future__ import annotations

from app.services.demo import COMPLAINTS

#: what each demo complaint is about → (channel, business type, cause) as the standard names them
MEANT = {
    "取款时柜员态度生硬": ("营业现场", "人民币储蓄", "服务态度及服务质量"),
    "ATM机吞卡后处理缓慢": ("自助机具", "银行卡", "服务设施、设备、业务系统"),
    "贷款贴息未按时到账": ("中、后台业务渠道", "贷款", "管理制度、业务规则与流程"),
    "手机银行转账失败未退回": ("移动客户端", "支付结算", "消费者资金安全"),
    "被收取不明费用": ("营业现场", "银行卡", "定价收费"),
    "催收电话过于频繁": ("中、后台业务渠道", "贷款", "债务催收方式和手段"),
    "存折密码重置手续繁琐": ("营业现场", "人民币储蓄", "管理制度、业务规则与流程"),
    "代理保险销售未说明条款": ("营业现场", "其他", "信息披露"),
}
KINDS = ("complaint_code_a", "complaint_code_b", "complaint_code_c")


def test_every_demo_complaint_is_coded_by_what_it_says(demo_ws):
    assert set(COMPLAINTS) == set(MEANT)  # a template added to the demo is added here too
    for description, codes in COMPLAINTS.items():
        named = tuple(demo_ws.reference.label(kind, code, "zh") for kind, code in zip(KINDS, codes))
        assert named == MEANT[description], description
        for kind, code in zip(KINDS, codes):
            assert code in demo_ws.complaints.leaf_codes(kind), (description, kind, code)


def test_the_stored_demo_complaints_carry_their_templates_codes(demo_ws):
    rows = demo_ws.db.query("SELECT description, code_a, code_b, code_c FROM complaint")
    assert rows
    for r in rows:
        assert (r["code_a"], r["code_b"], r["code_c"]) == COMPLAINTS[r["description"]]
