"""Version 28: JR/T 0169-2018's channel tree (A) has two 大类 only, so "other channel" is the front
office's 0199, not a third 大类 99 of ours; complaints stored with A 99 move to 0199 (issue #19).

What the JR/T 0169-2018 trees rest on, as far as the standard's text could be found (the standard
itself, published by the PBOC on 2018-09-04, was not available here; searched 2026-12-08):

- Its scope and title (standard catalogues, e.g. guifan.ocsyun.com/ocsstandardinfo/info_355557 and
  www.baikeworld.com/ics/175108654764818.html): it classifies and codes complaints by 业务办理渠道
  (A), 业务类别 (B) and 原因 (C), for statistics, analysis and reporting by banking institutions.
- A county bank's report on putting it into use (投诉分类及编码标准应用实施工作进展情况报告,
  2019-07-31, www.wm114.cn/wen/203/405698.html), which quotes the standard's outline:
  "大类、中类、小类中的'其他'类用'99'、'9'表示"; A: 1 前台业务渠道 — 营业现场, 自助机具, 电子渠道,
  第三方渠道, 其他 (5 classes), 电子渠道 split into 网银, 电话, 移动客户端, 网络公众平台, 短信, 其他
  (6 items) — and 2 中、后台业务渠道, nothing else; B: 人民币储蓄, 贷款, 银行卡, 支付结算, 人民币管理,
  个人金融信息, 其他 (7 classes, in this order); C: 1 服务态度及服务质量, 2 服务设施、设备、业务系统,
  3 管理制度、业务规则与流程, 4 营销方式, 5 信息披露, 6 产品收益, 7 自主选择权, 8 合同条款,
  9 消费者资金安全, 10 消费者信息安全, then "……" (the page is cut there).
- A bank's complaint statistics screen in a public repository ("投诉业务办理渠道报表（按地区）"):
  columns 投诉量合计, then 前台业务渠道 [营业现场, 自助机具, 电子渠道 [网银渠道, 电话渠道, 移动客户端,
  网络公众平台, 短信渠道, 其他, 小计], 第三方渠道, 其他, 小计], 中、后台业务渠道; in its figures the
  total is the front-office subtotal plus middle/back office, and its one flat channel list ends
  with 其他 counted in the front office.  The same code lists the causes 定价收费 and
  债务催收方式和手段 besides the ten above, as our C 11 and 12 have them.

So CONFIRMED: the names and order of A, of B's 大类 and of C 01–10, the six 电子渠道 items, the
"other" rule, and that A has two 大类 (hence this migration).  NOT CONFIRMED (no text found): the
exact digits of the codes beyond that rule (they follow position in the standard's order: 0101…,
01031…), B's 中类 and 小类 (complaints are coded at B's 大类), the place of 定价收费 and
债务催收方式和手段 in C (11 and 12 are ours), and the PBOC form's own rows and columns: the report's
statistics give, per code in the standard's order, the complaints received, resolved and overdue,
each class the sum (小计) of those under it, the dimension's total the sum of its 大类 — the screen
above, transposed (one office per report, codes down the side).
"""

from storage.sqlite import sqlite3

VERSION = 28


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM ref_enum WHERE kind = 'complaint_code_a' AND code = '99'")
    # each register maps its own complaints the same way: the journal entries this makes are taken
    # back out, as migration 19 does, so nothing travels twice
    before = conn.execute("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
    conn.execute("UPDATE complaint SET code_a = '0199' WHERE code_a = '99'")
    conn.execute("DELETE FROM sync_change WHERE seq > ? AND table_name = 'complaint'", (before,))
