"""Which roster column holds which field: header names in Chinese, Tibetan and English, the header
row found by itself, units read from the header, and mappings remembered per header layout.

Header text is compared after :func:`normalise_header`: NFKC (full-width letters, digits and
brackets become ASCII), no spaces or line breaks, lower case, no required-field star, no trailing
colon or Tibetan shad; a bracketed part — 贷款金额（万元）, 期限(月) — is cut off and kept as the
column's *unit* (see :func:`header_unit`): 万元 numbers are ten-thousands of yuan.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

from app.i18n import N_

# -- target fields ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source text, translated where shown
    group: str  # household | loan | ignore
    aliases: tuple[str, ...]


FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        N_("Household head's name"),
        "household",
        (
            "户主姓名",
            "户主名",
            "户主",
            "姓名",
            "农户姓名",
            "借款人姓名",
            "借款人",
            "申请人",
            "申请人姓名",
            "户名",
            "名字",
            "汉文姓名",
            "中文姓名",
            "མིང",
            "ཁྱིམ་བདག་གི་མིང",
            "ཁྱིམ་བདག",
            "name",
            "headname",
            "fullname",
            "householdhead",
            "headofhousehold",
            "nameofhouseholdhead",
            "borrower",
        ),
    ),
    Field(
        "name_bo",
        N_("Name in Tibetan script"),
        "household",
        (
            "藏文姓名",
            "藏文名",
            "藏文名字",
            "户主藏文姓名",
            "བོད་ཡིག་མིང",
            "བོད་ཡིག་གི་མིང",
            "tibetanname",
            "namebo",
            "nameintibetan",
        ),
    ),
    Field(
        "id_number",
        N_("ID number"),
        "household",
        (
            "身份证号码",
            "身份证号",
            "身份证",
            "证件号码",
            "证件号",
            "户主身份证号码",
            "户主身份证号",
            "公民身份号码",
            "身份号码",
            "借款人身份证号码",
            "ཐོབ་ཐང་ལག་ཁྱེར་ཨང",
            "ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང",
            "ཐོབ་ཐང་ལག་ཁྱེར",
            "ལག་ཁྱེར་ཨང",
            "idnumber",
            "idno",
            "idcard",
            "idcardnumber",
            "residentid",
            "id",
        ),
    ),
    Field(
        "phone",
        N_("Phone"),
        "household",
        (
            "联系电话",
            "电话",
            "电话号码",
            "手机号",
            "手机号码",
            "手机",
            "联系方式",
            "ཁ་པར",
            "ཁ་པར་ཨང",
            "ཁ་པར་ཨང་གྲངས",
            "phone",
            "phonenumber",
            "mobile",
            "tel",
            "telephone",
        ),
    ),
    Field(
        "household_size",
        N_("Household size"),
        "household",
        (
            "家庭人口",
            "家庭人口数",
            "人口数",
            "人口",
            "家庭成员数",
            "户人口",
            "ཁྱིམ་མི་གྲངས",
            "མི་གྲངས",
            "householdsize",
            "members",
            "size",
            "familysize",
        ),
    ),
    Field(
        "labour_count",
        N_("Workers"),
        "household",
        ("劳动力", "劳动力人数", "劳动力数", "劳力", "ལས་ཀ་བྱེད་ནུས་པའི་མི་གྲངས", "labour", "labor", "workers"),
    ),
    Field(
        "village",
        N_("Village"),
        "household",
        ("所在村", "村", "村名", "行政村", "村委会", "所属村", "གྲོང་ཚོ", "village", "villagename"),
    ),
    Field(
        "group_name",
        N_("Group"),
        "household",
        ("村组", "组", "社", "小组", "村民小组", "自然村", "组别", "རུ་ཚོ", "group", "villagegroup"),
    ),
    Field(
        "status",
        N_("Household status"),
        "household",
        (
            "贫困户属性",
            "户类型",
            "户属性",
            "农户类型",
            "贫困属性",
            "是否建档立卡",
            "是否建档立卡贫困户",
            "是否贫困户",
            "脱贫属性",
            "户别",
            "ཁྱིམ་ཚང་གི་རིགས",
            "ཁྱིམ་ཚང་རིགས",
            "status",
            "householdstatus",
            "type",
        ),
    ),
    Field("ethnicity", N_("Ethnicity"), "household", ("民族", "མི་རིགས", "ethnicity", "nationality")),
    Field(
        "industry",
        N_("Main industry"),
        "household",
        (
            "主要产业",
            "产业",
            "主导产业",
            "产业类型",
            "从事产业",
            "生产经营项目",
            "ཐོན་ལས་གཙོ་བོ",
            "ཐོན་ལས",
            "industry",
            "mainindustry",
        ),
    ),
    Field("address", N_("Address"), "household", ("地址", "家庭住址", "住址", "གནས་ཡུལ", "address")),
    Field(
        "household_registered_on",
        N_("Household registration date (建档立卡)"),
        "household",
        (
            "建档立卡日期",
            "建档立卡时间",
            "建档日期",
            "建档时间",
            "建档立卡年月",
            "识别日期",
            "识别时间",
            "纳入日期",
            "纳入时间",
            "户登记日期",
            "农户登记日期",
            "ཐོ་འགོད་བྱས་པའི་ཚེས་གྲངས",
            "householdregisteredon",
            "householdregistrationdate",
        ),
    ),
    Field("notes", N_("Notes"), "household", ("备注", "说明", "མཆན", "notes", "remarks", "remark")),
    Field(
        "amount",
        N_("Loan amount"),
        "loan",
        (
            "贷款金额",
            "发放金额",
            "放款金额",
            "贷款本金",
            "借款金额",
            "合同金额",
            "授信金额",
            "申请金额",
            "贷款额度",
            "申请贷款金额",
            "融资需求金额",
            "需求金额",
            "金额",
            "拟贷金额",
            "额度",
            "དངུལ་བསྐྱིན་འབོར",
            "དངུལ་བསྐྱིན་གྱི་འབོར",
            "དངུལ་འབོར",
            "amount",
            "loanamount",
            "amountasked",
        ),
    ),
    Field(
        "term",
        N_("Loan term"),
        "loan",
        (
            "贷款期限",
            "期限",
            "申请期限",
            "借款期限",
            "དུས་ཚོད",
            "དངུལ་བསྐྱིན་དུས་ཡུན",
            "དུས་ཡུན",
            "term",
            "loanterm",
            "months",
            "termmonths",
        ),
    ),
    Field(
        "product",
        N_("Loan product"),
        "loan",
        ("贷款产品", "贷款品种", "贷款种类", "贷款类型", "产品", "产品名称", "དངུལ་བསྐྱིན་རིགས", "product", "loanproduct"),
    ),
    Field(
        "registered_on",
        N_("Registration date"),
        "loan",
        (
            "申请日期",
            "登记日期",
            "申请时间",
            "登记时间",
            "日期",
            "需求登记日期",
            "ཐོ་འགོད་ཚེས་གྲངས",
            "ཚེས་གྲངས",
            "date",
            "registeredon",
            "registrationdate",
            "applicationdate",
        ),
    ),
    Field(
        "purpose",
        N_("Purpose"),
        "loan",
        ("用途", "贷款用途", "资金用途", "借款用途", "ཉེར་སྤྱོད", "དམིགས་ཡུལ", "purpose", "loanpurpose", "use"),
    ),
    Field(
        "bank",
        N_("Bank"),
        "loan",
        ("贷款银行", "承贷银行", "银行", "经办银行", "放贷银行", "金融机构", "贷款机构", "དངུལ་ཁང", "bank"),
    ),
    # a ledger of loans already granted (银行贷款台账): these columns make a row a granted loan
    Field(
        "granted_on",
        N_("Grant date"),
        "ledger",
        (
            "放款日期",
            "发放日期",
            "贷款发放日期",
            "放贷日期",
            "发放时间",
            "放款时间",
            "借款日期",
            "贷款日期",
            "起贷日期",
            "起息日",
            "起息日期",
            "ཏ་ཐོག་གཏོང་བའི་ཚེས་གྲངས",
            "grantedon",
            "grantdate",
            "disbursedon",
        ),
    ),
    Field(
        "maturity_on",
        N_("Maturity date"),
        "ledger",
        (
            "到期日期",
            "到期日",
            "贷款到期日",
            "贷款到期日期",
            "到期时间",
            "还款到期日",
            "མཇུག་སྒྲིལ་ཚེས་གྲངས",
            "maturity",
            "maturitydate",
            "maturityon",
            "duedate",
        ),
    ),
    Field(
        "rate",
        N_("Interest rate (% a year)"),
        "ledger",
        ("利率", "年利率", "执行利率", "贷款利率", "贷款年利率", "སྐྱེད་ཚད", "rate", "interestrate"),
    ),
    Field(
        "balance",
        N_("Balance"),
        "ledger",
        ("贷款余额", "余额", "本金余额", "结欠本金", "剩余本金", "未还本金", "བུན་ལྷག", "balance", "outstanding"),
    ),
    Field(
        "repaid",
        N_("Amount repaid"),
        "ledger",
        (
            "已还金额",
            "已还本金",
            "累计还款",
            "累计还本",
            "已还款金额",
            "还款金额",
            "已归还本金",
            "སླར་སྤྲོད་ཟིན་པ",
            "repaid",
            "repaidamount",
            "principalrepaid",
        ),
    ),
    Field(
        "repaid_on",
        N_("Repayment date"),
        "ledger",
        ("还款日期", "最后还款日期", "结清日期", "归还日期", "repaidon", "repaymentdate"),
    ),
    Field(
        "contract_no",
        N_("Contract number"),
        "ledger",
        (
            "合同号",
            "合同编号",
            "借款合同号",
            "贷款合同号",
            "借款合同编号",
            "贷款合同编号",
            "借据号",
            "ཆིངས་ཡིག་ཨང",
            "contractno",
            "contractnumber",
        ),
    ),
    Field(
        "subsidy",
        N_("Interest subsidy"),
        "ledger",
        ("贴息金额", "贴息", "财政贴息", "贴息资金", "subsidy", "interestsubsidy"),
    ),
    # known columns that are not imported: they still tell the header row from a title row
    Field(
        "ignore",
        N_("(not imported)"),
        "ignore",
        (
            "序号",
            "编号",
            "No",
            "no.",
            "序",
            "性别",
            "年龄",
            "出生日期",
            "ཨང་རྟགས",
            "ཕོ་མོ",
            "ལོ་ཚད",
            "serial",
            "sex",
            "age",
            "birthdate",
        ),
    ),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
IMPORT_FIELDS = tuple(f.key for f in FIELDS if f.group != "ignore")
LOAN_FIELDS = tuple(f.key for f in FIELDS if f.group == "loan")
LEDGER_FIELDS = tuple(f.key for f in FIELDS if f.group == "ledger")

_UNIT = re.compile(r"[(\[{<]([^()\[\]{}<>]*)[)\]}>]")
_NOISE = re.compile(r"[\s\u200b\u3000*＊:：。.、,，\u0f0d\u0f0e\u0f14\u0f0b]+$")
_SPACES = re.compile(r"[\s\u200b\u3000]+")


def normalise_header(text: Any) -> str:
    """The header text compared with the aliases: 户主 姓名\\n（必填） → 户主姓名."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = _UNIT.sub("", s)
    s = _SPACES.sub("", s).strip("*").lower()
    s = s.replace("_", "").replace("-", "").replace("/", "")
    return _NOISE.sub("", s)


def _alias_key(alias: str) -> str:
    return normalise_header(alias)


_ALIASES: dict[str, str] = {}
for _f in FIELDS:
    for _a in _f.aliases:
        _ALIASES.setdefault(_alias_key(_a), _f.key)


def field_for_header(text: Any) -> str | None:
    """The field a header names, or None."""
    key = normalise_header(text)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    # "户主姓名（汉文）" is handled by the unit cut; "申请贷款金额" style compounds by containment
    for alias, field in _LONG_ALIASES:
        if alias in key:
            return field
    return None


# aliases long enough to be found inside a longer header, longest first
_LONG_ALIASES = sorted(
    ((a, f) for a, f in _ALIASES.items() if len(a) >= 4 and not a.isascii()), key=lambda p: -len(p[0])
)


# -- headers that can mean two things ----------------------------------------------------------

#: headers that name a date without saying whose: in a loan list 登记日期 is the demand's, in a
#: household roster (建档立卡花名册) it is the household's.  Normalised forms.
_AMBIGUOUS_DATES = frozenset(
    _alias_key(a)
    for a in ("登记日期", "登记时间", "日期", "ཐོ་འགོད་ཚེས་གྲངས", "ཚེས་གྲངས", "date", "registeredon", "registrationdate")
)


@dataclass(frozen=True)
class Reading:
    """How a header that can mean two things was read, and what else it could be (the preview
    says so, and the user can choose the other: the wizard's column page, the CLI's --map)."""

    column: int
    header: str
    field: str
    other: str
    reason: str  # English source sentence, translated where shown


def settle_ambiguous(headers: list[str], mapping: dict[int, str]) -> tuple[dict[int, str], list[Reading]]:
    """The mapping with each ambiguous date column given to the household or to the loan.

    A date column only describes a loan together with an amount: without an amount column the
    roster lists households, and its 登记日期 is when each was registered (issue #20: such a
    roster had every row refused as "asks for a loan but names no product")."""
    mapping = dict(mapping)
    readings: list[Reading] = []
    has_amount = "amount" in mapping.values()
    for col, field in sorted(mapping.items()):
        head = headers[col] if col < len(headers) else ""
        if field not in ("registered_on", "household_registered_on") or normalise_header(head) not in _AMBIGUOUS_DATES:
            continue
        if has_amount:
            chosen, other = "registered_on", "household_registered_on"
            reason = N_(
                "The roster has a loan amount column, so this date was read as the date each loan "
                "demand was registered."
            )
        else:
            chosen, other = "household_registered_on", "registered_on"
            reason = N_(
                "The roster has no loan amount column, so this date was read as the date each "
                "household was registered (建档立卡)."
            )
        if chosen in mapping.values() and mapping.get(col) != chosen:
            continue  # another column already holds that field: leave this one as it was matched
        mapping[col] = chosen
        readings.append(Reading(col, head, chosen, other, reason))
    return mapping, readings


def header_unit(text: Any) -> str:
    """The bracketed unit of a header, normalised: 贷款金额（万元） → 万元; "" when none."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    m = _UNIT.search(s)
    if m:
        return _SPACES.sub("", m.group(1)).lower()
    # "金额万元" / "贷款金额/万元" without brackets
    for unit in ("万元", "千元", "元", "月", "年"):
        if _SPACES.sub("", s).endswith(unit) and normalise_header(s) not in _ALIASES:
            return unit
    return ""


def amount_multiplier(unit: str) -> Decimal:
    if "万" in unit:
        return Decimal(10000)
    if "千" in unit:
        return Decimal(1000)
    return Decimal(1)


def term_multiplier(unit: str) -> int:
    """Months per unit of a term column: 年/years → 12, else months."""
    return 12 if ("年" in unit or unit.startswith("year") or "ལོ" in unit) else 1


# -- the header row -----------------------------------------------------------------------------

HEADER_SCAN_ROWS = 30


@dataclass
class HeaderGuess:
    row: int  # Excel row number of the header (1-based); 0 when none found
    mapping: dict[int, str]  # column index → field key (ignore fields left out)
    score: int


def score_row(cells: Iterable[Any]) -> tuple[int, dict[int, str]]:
    mapping: dict[int, str] = {}
    seen: set[str] = set()
    score = 0
    for i, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        field = field_for_header(cell)
        if field is None:
            continue
        score += 1
        if field == "ignore" or field in seen:
            continue
        seen.add(field)
        mapping[i] = field
    return score, mapping


def find_header(rows: list[list[Any]], scan: int = HEADER_SCAN_ROWS) -> HeaderGuess:
    """The row among the first `scan` whose cells name the most known fields (ties: the upper one).

    A title row (merged across the columns: one text cell) names none; a sub-title like
    "填报单位：… 日期：…" names at most one; so at least two matching cells are asked for."""
    best = HeaderGuess(0, {}, 0)
    for index, row in enumerate(rows[:scan]):
        score, mapping = score_row(row)
        if score > best.score and len(mapping) >= 1:
            best = HeaderGuess(index + 1, mapping, score)
    if best.score < 2:
        return HeaderGuess(0, {}, 0)
    return _two_level(rows, best)


def _looks_like_data(cells: list[Any]) -> bool:
    """A data row holds numbers or ID numbers; a header row only words."""
    for v in cells:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return True
        if isinstance(v, str) and re.search(r"\d{6,}", v):
            return True
    return False


def _two_level(rows: list[list[Any]], best: HeaderGuess) -> HeaderGuess:
    """Rosters often have two header rows: 户主姓名 and 身份证号码 merged down over both, and a
    group header (贷款需求) above 金额 / 期限. Merged cells keep their text in the top cell only,
    so the two rows are read as one: names from the other row fill the columns blank in this one."""
    index = best.row - 1

    def fill(other: list[Any]) -> dict[int, str]:
        found = {}
        for col, field in score_row(other)[1].items():
            # a blank cell, or a group title over several columns (贷款需求), names no field itself
            if col not in best.mapping and field not in best.mapping.values():
                found[col] = field
        return found

    mapping = dict(best.mapping)
    header_row = best.row
    if index + 1 < len(rows) and not _looks_like_data(rows[index + 1]):
        below = fill(rows[index + 1])
        if below:
            mapping.update(below)
            header_row = best.row + 1  # the data start under the lower header row
    if index > 0:
        above = fill(rows[index - 1])
        mapping.update({c: f for c, f in above.items() if f not in mapping.values()})
    return HeaderGuess(header_row, mapping, best.score)


def header_cells(rows: list[list[Any]], header_row: int) -> list[str]:
    """The header texts of `header_row`; a blank cell takes a known header name from the row above
    (the lower row of a two-row header leaves blank what the upper row's merged cells name)."""
    if header_row < 1 or header_row > len(rows):
        return []
    cells = [" ".join(str(v).split()) if v is not None else "" for v in rows[header_row - 1]]
    if header_row >= 2:
        above = rows[header_row - 2]
        width = max(len(cells), len(above))
        cells += [""] * (width - len(cells))
        for col in range(width):
            if not cells[col] and col < len(above) and isinstance(above[col], str) and field_for_header(above[col]):
                cells[col] = " ".join(above[col].split())
    return cells


# -- remembered mappings ------------------------------------------------------------------------

SETTING_PREFIX = "roster.mapping."


def layout_key(headers: list[str]) -> str:
    """Settings key of a header layout: a hash of the normalised header row (blanks at the end dropped)."""
    norm = [normalise_header(h) for h in headers]
    while norm and not norm[-1]:
        norm.pop()
    digest = hashlib.sha256(json.dumps(norm, ensure_ascii=False).encode("utf-8")).hexdigest()[:24]
    return SETTING_PREFIX + digest


def remembered_mapping(get_setting, headers: list[str]) -> dict[int, str] | None:
    value = get_setting(layout_key(headers), None)
    if not isinstance(value, dict):
        return None
    try:
        return {int(k): str(v) for k, v in value.items() if str(v) in IMPORT_FIELDS}
    except (TypeError, ValueError):
        return None


def remember_mapping(set_setting, headers: list[str], mapping: dict[int, str]) -> None:
    set_setting(layout_key(headers), {str(k): v for k, v in sorted(mapping.items())})
