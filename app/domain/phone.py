"""Phone numbers: mainland mobiles and landlines with their area code.

Stored forms: a mobile as its 11 digits (13812345678); a landline as area code, dash, local
number (0971-8123456).  Accepted on input: +86 / 0086 / 86 before a mobile, spaces, dashes,
dots and brackets between digit groups, full-width digits, and an Excel number cell
(13812345678.0).  An empty phone is allowed (many herders share one, or have none).
"""

from __future__ import annotations

from typing import Any

import re

from app.domain.errors import ValidationError
from app.domain.numbers import ascii_text
from app.i18n import N_

FIELD = "phone"

_MOBILE = re.compile(r"1[3-9]\d{9}")
#: 3-digit area codes: Beijing 010 and the 02x big cities; every other area code has 4 digits.
_LANDLINE_3 = re.compile(r"(0(?:10|2\d))(\d{8})")
_LANDLINE_4 = re.compile(r"(0[3-9]\d{2})(\d{7,8})")
_SEPARATORS = re.compile(r"[\s\-–—.()（）]+")


def _refuse(field: str, raw: Any) -> ValidationError:
    return ValidationError(
        field,
        N_(
            "{value} is not a phone number. Enter an 11-digit mobile number such as 13812345678, "
            "or a landline with its area code such as 0971-8123456."
        ),
        value=str(raw),
    )


def normalise_phone(raw: Any, field: str = FIELD) -> str:
    """`raw` in its stored form, "" when empty; :class:`ValidationError` on `field` otherwise."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        raise _refuse(field, raw)
    if isinstance(raw, float):
        if not raw.is_integer():
            raise _refuse(field, raw)
        raw = int(raw)
    text = ascii_text(raw).strip()
    if not text:
        return ""
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if _MOBILE.fullmatch(digits):
        return digits
    for pattern in (_LANDLINE_3, _LANDLINE_4):
        m = pattern.fullmatch(digits)
        if m:
            return f"{m.group(1)}-{m.group(2)}"
    if digits.isdigit() and 7 <= len(digits) <= 8 and not digits.startswith("0"):
        raise ValidationError(
            field, N_("The landline number {value} needs its area code in front, such as 0971-8123456."), value=text
        )
    raise _refuse(field, raw)
