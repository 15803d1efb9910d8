"""Cell values of a roster turned into field values: the spreadsheet's habits, not the domain rules.

The domain parsers (money.parse_yuan, dates.parse_date, phone.normalise_phone, numbers.parse_count,
idnumber.parse_id_number) already accept full-width digits, 5万, 2023年5月1日, Excel serial days
and 13812345678.0.  What is added here: the header's unit (万元, 年), words around counts
(5人, 36个月, 3年), and the enumerations written as words (建档立卡贫困户 → registered_poor).
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.errors import ValidationError
from app.domain.money import parse_yuan
from app.domain.numbers import ascii_text, parse_count
from app.i18n import N_


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_LINE_NOISE = re.compile(r"[\s\u200b\u3000]+")


def clean_text(value: Any) -> str:
    """Text of a cell: NFKC for letters and digits would change Tibetan, so only spaces are folded."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    return _LINE_NOISE.sub(" ", str(value)).strip()


def clean_name(value: Any) -> str:
    """A name: no spaces at all inside Chinese names (张 三 → 张三); Tibetan keeps its tsheg."""
    text = clean_text(value)
    if re.search(r"[\u0f00-\u0fff]", text):
        return text
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def amount_fen(value: Any, multiplier: Decimal, field: str = "amount_fen") -> int:
    """An amount cell as fen; a plain number in a 万元 column is multiplied, 5万 keeps its own unit."""
    if multiplier != 1:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value != value:
                return parse_yuan(value, field)
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
            return parse_yuan((number * multiplier).normalize(), field)
        text = re.sub(r"\s+", "", ascii_text(value)).replace(",", "")
        if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            try:
                return parse_yuan((Decimal(text) * multiplier).normalize(), field)
            except InvalidOperation:  # pragma: no cover - the regex lets only numbers through
                pass
    return parse_yuan(value, field)


_TERM = re.compile(r"(\d+(?:\.\d+)?)\s*(个月|月|months?|m|年|years?|y|ལོ|ཟླ)?", re.I)


def term_months(value: Any, months_per_unit: int) -> int | None:
    """3年 → 36, 36个月 → 36, 36 → 36 (× 12 in a column headed 期限（年）)."""
    if blank(value):
        return None
    if isinstance(value, float) and not math.isfinite(value):  # a crafted <v>NaN</v> or <v>-inf</v>
        raise ValidationError(
            "term_months", N_("{value} is not a term. Enter the number of months, such as 36."), value=str(value)
        )
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        unit = months_per_unit
    else:
        text = ascii_text(value).strip().lower()
        m = _TERM.fullmatch(text)
        if not m:
            raise ValidationError(
                "term_months", N_("{value} is not a term. Enter the number of months, such as 36."), value=str(value)
            )
        number = Decimal(m.group(1))
        word = m.group(2) or ""
        unit = 12 if word[:1] in ("年", "y", "ལ") else (1 if word else months_per_unit)
    months = number * unit
    if months != months.to_integral_value():
        raise ValidationError("term_months", N_("{value} is not a whole number of months."), value=str(value))
    return parse_count(int(months), "term_months", minimum=1)


def count(value: Any, field: str) -> int | None:
    """5, "5", "5人", "５口" → 5."""
    if isinstance(value, str):
        value = re.sub(r"\s*(人|口|个|名|people|persons?)$", "", ascii_text(value).strip())
    return parse_count(value, field, minimum=0)


# -- enumerations written as words -------------------------------------------------------------------


def status_code(value: Any, labels: dict[str, str]) -> str:
    """贫困户属性 as written → household status code. `labels` maps known label texts to codes.

    Monitored households (监测户, 边缘户, 脱贫不稳定户, 突发严重困难户) are checked before 脱贫
    because "脱贫不稳定户" is a monitoring category, not a lifted household."""
    text = clean_text(value)
    if not text:
        return "general"
    folded = unicodedata.normalize("NFKC", text).lower().replace(" ", "")
    if folded in labels:
        return labels[folded]
    if any(w in folded for w in ("监测", "边缘", "不稳定", "突发", "monitor", "ལྟ་ཞིབ")):
        return "monitored"
    if any(w in folded for w in ("脱贫", "已脱贫", "lifted", "ལས་གྲོལ")):
        return "lifted"
    if folded in ("是", "yes", "y", "1", "√", "✓", "ཡིན") or any(
        w in folded for w in ("建档立卡", "贫困", "poor", "དབུལ་ཕོངས")
    ):
        return "registered_poor"
    return "general"


def enum_code(value: Any, labels: dict[str, str], *, strip_suffixes: tuple[str, ...] = ()) -> str | None:
    """A word for an enumeration value (藏族, བོད་རིགས།, Tibetan, tibetan) → its code; None if unknown."""
    text = clean_text(value)
    if not text:
        return None
    folded = unicodedata.normalize("NFKC", text).lower().replace(" ", "").rstrip("\u0f0d")
    if folded in labels:
        return labels[folded]
    for suffix in strip_suffixes:
        if folded.endswith(suffix) and folded[: -len(suffix)] in labels:
            return labels[folded[: -len(suffix)]]
    # 养牦牛 / 牦牛养殖业: a label's core word inside the text
    for word, code in sorted(labels.items(), key=lambda p: -len(p[0])):
        if len(word) >= 2 and not word.isascii() and word in folded:
            return code
    return None


def label_index(
    rows: list[dict], extra: dict[str, str] | None = None, suffixes: tuple[str, ...] = ()
) -> dict[str, str]:
    """Folded label text → code, from reference rows (code, name_en, name_zh, name_bo)."""
    index: dict[str, str] = {}
    for r in rows:
        code = r["code"]
        for text in (r["code"], r.get("name_en") or "", r.get("name_zh") or "", r.get("name_bo") or ""):
            folded = unicodedata.normalize("NFKC", text).lower().replace(" ", "").rstrip("\u0f0d")
            if folded:
                index.setdefault(folded, code)
                for suffix in suffixes:
                    if folded.endswith(suffix) and len(folded) > len(suffix) + 1:
                        index.setdefault(folded[: -len(suffix)], code)
    for k, v in (extra or {}).items():
        index.setdefault(k, v)
    return index
