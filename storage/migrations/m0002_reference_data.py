"""Version 2: reference data — enumerations with their zh and bo labels, loan products with their
limits (Qinghai seed §3 for the 530 loan; Wulong seed §十一 for rural tourism), the JR/T 0169-2018
complaint codes, literacy topics, industries, the credit-rating score sheet and default settings.

Limits, products and categories are data so that a county changes them in its own database
without a new release (DESIGN §4).  Tibetan labels are a working draft for review.
"""

import json

VERSION = 2

# kind, code, en, zh, bo[, extra]
ENUMS = [
    # household status (建档立卡 …)
    (
        "household_status",
        "registered_poor",
        "Registered poor household",
        "建档立卡贫困户",
        "ཐོ་འགོད་བྱས་པའི་དབུལ་ཕོངས་ཁྱིམ་ཚང་།",
    ),
    ("household_status", "lifted", "Lifted out of poverty", "脱贫户", "དབུལ་ཕོངས་ལས་གྲོལ་བའི་ཁྱིམ་ཚང་།"),
    ("household_status", "monitored", "Monitored household", "监测户", "ལྟ་ཞིབ་ཁྱིམ་ཚང་།"),
    ("household_status", "general", "General household", "一般农牧户", "སྤྱིར་བཏང་ཞིང་འབྲོག་ཁྱིམ་ཚང་།"),
    # loan demand lifecycle
    ("loan_status", "registered", "Registered", "已登记", "ཐོ་འགོད་ཟིན།"),
    ("loan_status", "referred", "Referred to bank", "已推荐", "དངུལ་ཁང་ལ་འོས་སྦྱོར་ཟིན།"),
    ("loan_status", "approved", "Approved", "已审批", "ཆོག་མཆན་ཐོབ་ཟིན།"),
    ("loan_status", "granted", "Granted", "已发放", "སྤྲོད་ཟིན།"),
    ("loan_status", "repaid", "Repaid", "已结清", "འཇལ་ཟིན།"),
    ("loan_status", "rejected", "Rejected", "已拒绝", "ཁས་མ་བླངས།"),
    ("loan_status", "withdrawn", "Withdrawn", "已撤回", "ཕྱིར་བསྡུས།"),
    # complaint lifecycle
    ("complaint_status", "received", "Received", "已受理", "ལེན་ཟིན།"),
    ("complaint_status", "transferred", "Transferred", "已转办", "སྤོ་སྐྱེལ་ཟིན།"),
    ("complaint_status", "resolved", "Resolved", "已办结", "ཐག་གཅོད་ཟིན།"),
    ("complaint_status", "closed", "Closed", "已归档", "ཡིག་ཚགས་སུ་བཅུག་ཟིན།"),
    # how a complaint reached the office
    ("complaint_via", "visit", "Visit", "来访", "ལྟ་སྐོར་དུ་ཡོང་བ།"),
    ("complaint_via", "phone", "Telephone", "电话", "ཁ་པར།"),
    ("complaint_via", "letter", "Letter", "信函", "ཡི་གེ"),
    ("complaint_via", "online", "Online", "网络", "དྲ་ལམ།"),
    ("complaint_via", "referred", "Referred by an upper office", "上级转办", "གོང་རིམ་ནས་སྤོ་སྐྱེལ།"),
    ("complaint_via", "other", "Other", "其他", "གཞན།"),
    # JR/T 0169-2018, dimension A: business channel
    ("complaint_code_a", "01", "Front counter", "营业网点柜面", "ཚོང་ཁང་གི་ཁ་ཕྱོགས།"),
    ("complaint_code_a", "02", "Self-service machine", "自助机具", "རང་སྤྱོད་འཕྲུལ་ཆས།"),
    ("complaint_code_a", "03", "Online banking", "网上银行", "དྲ་ཐོག་དངུལ་ཁང་།"),
    ("complaint_code_a", "04", "Mobile banking", "手机银行", "ལག་ཐོགས་ཁ་པར་དངུལ་ཁང་།"),
    ("complaint_code_a", "05", "Telephone banking", "电话银行", "ཁ་པར་དངུལ་ཁང་།"),
    ("complaint_code_a", "06", "Third-party channel", "第三方渠道", "ཕྱོགས་གསུམ་པའི་ལམ་ཀ"),
    ("complaint_code_a", "07", "Back office", "后台业务", "རྒྱབ་ངོས་ལས་དོན།"),
    ("complaint_code_a", "99", "Other channel", "其他渠道", "ལམ་ཀ་གཞན།"),
    # dimension B: business type
    ("complaint_code_b", "01", "Deposits", "存款", "དངུལ་འཇོག"),
    ("complaint_code_b", "02", "Loans", "贷款", "དངུལ་བསྐྱིན།"),
    ("complaint_code_b", "03", "Bank cards", "银行卡", "དངུལ་ཁང་ཁཱ་ཌ།"),
    ("complaint_code_b", "04", "Payment and settlement", "支付结算", "དངུལ་སྤྲོད་རྩིས་སྒྲིག"),
    ("complaint_code_b", "05", "RMB cash", "人民币现金", "མི་དམངས་ཤོག་དངུལ་དངོས།"),
    ("complaint_code_b", "06", "Personal financial information", "个人金融信息", "མི་སྒེར་གྱི་དངུལ་རྩིས་ཆ་འཕྲིན།"),
    ("complaint_code_b", "07", "Agency sales", "代理业务", "ཚབ་སྒྲུབ་ལས་དོན།"),
    ("complaint_code_b", "08", "Credit reporting", "征信", "ཡིད་རྟོན་ཞིབ་བཤེར།"),
    ("complaint_code_b", "09", "Debt collection", "债务催收", "བུ་ལོན་སྐུལ་སྡུད།"),
    ("complaint_code_b", "99", "Other business", "其他业务", "ལས་དོན་གཞན།"),
    # dimension C: cause
    ("complaint_code_c", "01", "Service attitude and quality", "服务态度及质量", "ཞབས་ཞུའི་ཀུན་སྤྱོད་དང་སྤུས་ཚད།"),
    ("complaint_code_c", "02", "Service facilities", "服务设施", "ཞབས་ཞུའི་སྒྲིག་ཆས།"),
    ("complaint_code_c", "03", "Rules and processes", "业务规则与流程", "ལས་དོན་གྱི་སྒྲིག་སྲོལ་དང་བྱ་རིམ།"),
    ("complaint_code_c", "04", "Marketing", "营销方式与手段", "ཚོང་འགྲེམས་ཐབས་ལམ།"),
    ("complaint_code_c", "05", "Information disclosure", "信息披露", "ཆ་འཕྲིན་ཁྱབ་བསྒྲགས།"),
    ("complaint_code_c", "06", "Contract terms", "合同条款", "གན་རྒྱའི་དོན་ཚན།"),
    ("complaint_code_c", "07", "Fund security", "资金安全", "མ་དངུལ་བདེ་འཇགས།"),
    ("complaint_code_c", "08", "Information security", "信息安全", "ཆ་འཕྲིན་བདེ་འཇགས།"),
    ("complaint_code_c", "09", "Pricing and fees", "定价收费", "རིན་གོང་དང་འགྲོ་གྲོན།"),
    ("complaint_code_c", "10", "Debt collection methods", "债务催收方式", "བུ་ལོན་སྐུལ་སྡུད་ཐབས།"),
    ("complaint_code_c", "99", "Other cause", "其他原因", "རྒྱུ་རྐྱེན་གཞན།"),
    # satisfaction with the outcome
    ("satisfaction", "satisfied", "Satisfied", "满意", "ཡིད་ཚིམ།"),
    ("satisfaction", "basic", "Mostly satisfied", "基本满意", "གཞི་ནས་ཡིད་ཚིམ།"),
    ("satisfaction", "unsatisfied", "Not satisfied", "不满意", "ཡིད་མ་ཚིམ།"),
    # literacy topics
    ("literacy_topic", "anti_fraud", "Telecom and online fraud", "防范电信网络诈骗", "གློག་འཕྲིན་དྲ་ལམ་གཡོ་ཟོལ་སྔོན་འགོག"),
    ("literacy_topic", "illegal_fundraising", "Illegal fund-raising", "防范非法集资", "ཁྲིམས་འགལ་མ་དངུལ་བསྡུ་རུབ་སྔོན་འགོག"),
    ("literacy_topic", "credit_report", "Credit reports", "征信知识", "ཡིད་རྟོན་ཞིབ་བཤེར་ཤེས་བྱ།"),
    ("literacy_topic", "mobile_payment", "Mobile payment", "移动支付", "སྒུལ་བདེའི་དངུལ་སྤྲོད།"),
    ("literacy_topic", "deposit_insurance", "Deposit insurance", "存款保险", "དངུལ་འཇོག་ཉེན་བཟོད།"),
    ("literacy_topic", "counterfeit", "Counterfeit money", "反假货币", "ཤོག་དངུལ་རྫུན་མ་ངོས་འཛིན།"),
    ("literacy_topic", "loan_policy", "Loan and subsidy policy", "贷款与贴息政策", "དངུལ་བསྐྱིན་དང་སྐྱེད་ཀ་རོགས་སྐྱོར་སྲིད་ཇུས།"),
    ("literacy_topic", "insurance", "Insurance", "保险知识", "ཉེན་བཟོད་ཤེས་བྱ།"),
    ("literacy_topic", "other", "Other", "其他", "གཞན།"),
    # main industry of a household
    ("industry", "yak", "Yak herding", "牦牛养殖", "གཡག་གསོ་སྐྱོང་།"),
    ("industry", "tibetan_sheep", "Tibetan sheep", "藏系羊养殖", "བོད་ལུག་གསོ་སྐྱོང་།"),
    ("industry", "barley", "Highland barley", "青稞种植", "ནས་འདེབས་འཛུགས།"),
    ("industry", "rapeseed", "Rapeseed", "油菜种植", "ཡུངས་དཀར་འདེབས་འཛུགས།"),
    ("industry", "potato", "Potatoes", "马铃薯种植", "ཞོག་ཁོག་འདེབས་འཛུགས།"),
    ("industry", "cordyceps", "Cordyceps", "虫草采集", "དབྱར་རྩྭ་དགུན་འབུ་བཙལ་བ།"),
    ("industry", "tourism", "Rural tourism", "乡村旅游", "གྲོང་གསེབ་ཡུལ་སྐོར།"),
    ("industry", "handicraft", "Handicrafts", "民族手工艺", "མི་རིགས་ལག་ཤེས།"),
    ("industry", "transport", "Transport", "运输", "སྐྱེལ་འདྲེན།"),
    ("industry", "trade", "Trade", "商贸", "ཚོང་ལས།"),
    ("industry", "labour", "Migrant work", "务工", "ལས་ཀར་འགྲོ་བ།"),
    ("industry", "other", "Other", "其他", "གཞན།"),
    # ethnicity
    ("ethnicity", "tibetan", "Tibetan", "藏族", "བོད་རིགས།"),
    ("ethnicity", "han", "Han", "汉族", "རྒྱ་རིགས།"),
    ("ethnicity", "hui", "Hui", "回族", "ཧུའེ་རིགས།"),
    ("ethnicity", "tu", "Tu", "土族", "ཐུའུ་རིགས།"),
    ("ethnicity", "salar", "Salar", "撒拉族", "ས་ལར་རིགས།"),
    ("ethnicity", "mongol", "Mongol", "蒙古族", "སོག་རིགས།"),
    ("ethnicity", "other", "Other", "其他", "གཞན།"),
    # language of a household or a session
    ("language", "zh", "Chinese", "中文", "རྒྱ་ཡིག"),
    ("language", "bo", "Tibetan", "藏文", "བོད་ཡིག"),
    ("language", "both", "Bilingual", "双语", "སྐད་གཉིས།"),
    ("sex", "M", "Male", "男", "ཕོ།"),
    ("sex", "F", "Female", "女", "མོ།"),
    ("office_level", "county", "County", "县", "རྫོང་།"),
    ("office_level", "township", "Township", "乡镇", "ཞང་།"),
    ("office_level", "village", "Village", "村", "གྲོང་ཚོ།"),
    # credit rating: the joint score sheet (bank and village rate together) and grades
    ("rating_criterion", "credit_record", "Credit record", "信用记录", "ཡིད་རྟོན་ཟིན་ཐོ།", {"max_points": 30}),
    ("rating_criterion", "repayment", "Repayment capacity", "还款能力", "བུ་ལོན་འཇལ་ནུས།", {"max_points": 25}),
    ("rating_criterion", "production", "Production and business", "生产经营", "ཐོན་སྐྱེད་ཚོང་ལས།", {"max_points": 20}),
    ("rating_criterion", "family", "Family situation", "家庭状况", "ཁྱིམ་ཚང་གི་གནས་སྟངས།", {"max_points": 15}),
    ("rating_criterion", "reputation", "Standing among neighbours", "邻里评价", "ཁྱིམ་མཚེས་ཀྱི་བློ་འདོད།", {"max_points": 10}),
    (
        "rating_grade",
        "AAA",
        "AAA (excellent)",
        "AAA级（优秀）",
        "AAA རིམ། (ཕུལ་བྱུང་།)",
        {"min_score": 90, "credit_household": True},
    ),
    ("rating_grade", "AA", "AA (good)", "AA级（良好）", "AA རིམ། (ལེགས་པོ།)", {"min_score": 80, "credit_household": True}),
    ("rating_grade", "A", "A (fair)", "A级（一般）", "A རིམ། (འབྲིང་།)", {"min_score": 70, "credit_household": True}),
    (
        "rating_grade",
        "B",
        "B (not yet a credit household)",
        "B级（未达信用户）",
        "B རིམ། (ཡིད་རྟོན་ཁྱིམ་ཚང་མ་ལོན།)",
        {"min_score": 0, "credit_household": False},
    ),
]

# code, en, zh, bo, max yuan, max months, min age, max age, eligible statuses, production, no collateral, subsidised
PRODUCTS = [
    ("530", "530 credit loan", "530信用贷款", "530 ཡིད་རྟོན་དངུལ་བསྐྱིན།", 50_000, 36, 18, 65, ["registered_poor"], 1, 1, 1),
    (
        "poverty_micro",
        "Poverty-alleviation microcredit",
        "扶贫小额信贷",
        "དབུལ་སྐྱོར་དངུལ་བསྐྱིན་ཆུང་ངུ་།",
        50_000,
        36,
        18,
        65,
        ["registered_poor", "lifted", "monitored"],
        1,
        1,
        1,
    ),
    (
        "rural_tourism",
        "Rural tourism loan",
        "乡村旅游贷款",
        "གྲོང་གསེབ་ཡུལ་སྐོར་དངུལ་བསྐྱིན།",
        100_000,
        36,
        18,
        65,
        None,
        1,
        0,
        0,
    ),
    (
        "startup_guarantee",
        "Business start-up guaranteed loan",
        "创业担保贷款",
        "ལས་གཏོད་འགན་ལེན་དངུལ་བསྐྱིན།",
        200_000,
        36,
        18,
        60,
        None,
        1,
        0,
        1,
    ),
    (
        "two_rights",
        '"Two rights" mortgage loan',
        "“两权”抵押贷款",
        "དབང་ཆ་གཉིས་གཏའ་འཇོག་དངུལ་བསྐྱིན།",
        None,
        60,
        18,
        65,
        None,
        1,
        0,
        0,
    ),
    ("student", "Student loan", "助学贷款", "སློབ་སྦྱོང་རོགས་སྐྱོར་དངུལ་བསྐྱིན།", 20_000, 240, None, None, None, 0, 1, 1),
    ("other", "Other loan", "其他贷款", "དངུལ་བསྐྱིན་གཞན།", None, None, 18, None, None, 0, 0, 0),
]

SETTINGS = {
    # days a complaint may stay open from receipt (banking complaints: 15 days)
    "complaint_handling_days": 15,
    # a village is a credit village when both shares reach these (basis points of 10,000)
    "credit_village_min_credit_share_bp": 7000,
    "credit_village_min_clean_borrower_share_bp": 8500,
    # a demand waiting longer than this for a bank decision is listed on Home
    "loan_decision_alert_days": 30,
    # base rate used as default for subsidised loans, in basis points (LPR 1y 3.45 %)
    "base_rate_bp": 345,
}


def upgrade(conn) -> None:
    for row in ENUMS:
        kind, code, en, zh, bo, *extra = row
        sort = sum(1 for r in ENUMS[: ENUMS.index(row)] if r[0] == kind)
        conn.execute(
            "INSERT INTO ref_enum(kind, code, name_en, name_zh, name_bo, sort, extra) VALUES (?,?,?,?,?,?,?)",
            (kind, code, en, zh, bo, sort, json.dumps(extra[0], ensure_ascii=False) if extra else None),
        )
    for i, (code, en, zh, bo, max_yuan, months, min_age, max_age, statuses, prod, free, sub) in enumerate(PRODUCTS):
        conn.execute(
            "INSERT INTO ref_loan_product(code, name_en, name_zh, name_bo, max_amount_fen, max_term_months,"
            " min_age, max_age, eligible_statuses, production_only, collateral_free, subsidised, sort)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                code,
                en,
                zh,
                bo,
                None if max_yuan is None else max_yuan * 100,
                months,
                min_age,
                max_age,
                None if statuses is None else json.dumps(statuses),
                prod,
                free,
                sub,
                i,
            ),
        )
    for key, value in SETTINGS.items():
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(value)))
