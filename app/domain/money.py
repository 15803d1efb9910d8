"""Money in integer fen (1 yuan = 100 fen) and rates in integer basis points (DESIGN §3).

Users and bank rosters write amounts as 50000, 5万, 5万元, 50,000.00元, ￥50000, full-width
５００００, or a float from an Excel cell; all become exact integers through `Decimal` (never
float arithmetic).
"""

from __future__ import annotations

from typing import Any

import re
from decimal import Decimal, InvalidOperation

from app.domain.errors import Problem, ValidationError
from app.domain.numbers import ascii_text
from app.i18n import N_

_UNITS = {"万": Decimal(10000), "千": Decimal(1000)}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_CURRENCY_WORDS = ("人民币", "rmb", "cny", "yuan", "元整", "元", "¥")


#: the largest amount any record holds: 100 million yuan (一亿元).  A farm household's loan is
#: tens of thousands; a cooperative's a few million.  Without a ceiling a product without its own
#: maximum accepted 10^12 yuan, and a month's sum then overflowed SQLite's 64-bit integers and
#: the monthly report died (issue 17 §6); 100,000 records at this ceiling still sum safely.
MAX_YUAN = 100_000_000
MAX_FEN = MAX_YUAN * 100


def too_large(field: str, fen: int) -> Problem:
    return Problem(
        field,
        N_("An amount of more than {max_yuan} yuan cannot be recorded here; check the amount."),
        {"max_yuan": format_yuan(MAX_FEN)},
    )


def _bad_amount(field: str, value: Any) -> ValidationError:
    return ValidationError(
        field, N_("{value} is not an amount. Enter yuan, such as 50000, 5万 or 50,000.00."), value=str(value)
    )


def _decimal_from_number(value: int | float) -> Decimal:
    if isinstance(value, int):
        return Decimal(value)
    d = Decimal(repr(value))
    # An Excel cell may hold 1234.5600000000001: within a millionth of a fen it is that fen.
    rounded = d.quantize(Decimal("0.01"))
    return rounded if abs(d - rounded) < Decimal("0.000001") else d


def parse_yuan(value: Any, field: str = "amount_fen", *, positive: bool = True) -> int:
    """An amount in yuan (text or number) as integer fen. Raises :class:`ValidationError` on `field`.

    Negative amounts are always refused; zero is refused when `positive` (the default).
    """
    if value is None or isinstance(value, bool):
        raise ValidationError(field, N_("Enter an amount in yuan, such as 50000 or 5万."))
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise _bad_amount(field, value)
        amount = _decimal_from_number(value)
    else:
        text = ascii_text(value).strip().lower()
        text = re.sub(r"\s+", "", text)
        if not text:
            raise ValidationError(field, N_("Enter an amount in yuan, such as 50000 or 5万."))
        for word in _CURRENCY_WORDS:
            text = text.removesuffix(word)
            text = text.removeprefix(word)
        multiplier = Decimal(1)
        if text and text[-1] in _UNITS:
            multiplier = _UNITS[text[-1]]
            text = text[:-1]
        if _GROUPED.fullmatch(text):
            text = text.replace(",", "")
        if not _NUMBER.fullmatch(text) or len(text) > 40:
            raise _bad_amount(field, str(value)[:40])
        try:
            amount = Decimal(text) * multiplier
        except InvalidOperation:  # pragma: no cover - the regex lets only numbers through
            raise _bad_amount(field, value) from None
    if amount < 0:
        raise ValidationError(field, N_("The amount cannot be negative: {value}."), value=_shown(value))
    if positive and amount == 0:
        raise ValidationError(field, N_("The amount must be more than zero."))
    fen = amount * 100
    if fen > MAX_FEN:
        raise ValidationError(
            field,
            N_("An amount of more than {max_yuan} yuan cannot be recorded here; check the amount."),
            max_yuan=format_yuan(MAX_FEN),
        )
    if fen != fen.to_integral_value():
        raise ValidationError(
            field, N_("An amount has at most two decimals (fen); {value} has more."), value=_shown(value)
        )
    return int(fen)


def _shown(value: Any) -> str:
    """`value` as the user would write it: a Decimal in plain digits (a roster's -5 in a 万元
    column reaches here as Decimal("-5E+4"), which read as nonsense in the message)."""
    return format(value, "f") if isinstance(value, Decimal) else str(value)


def format_yuan(fen: int | None, thousands: bool = True) -> str:
    """Integer fen as yuan with two decimals: 5000000 → "50,000.00" ("" for None)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    whole = f"{yuan:,}" if thousands else str(yuan)
    return f"{sign}{whole}.{cents:02d}"


def require_positive_fen(fen: Any, field: str) -> int:
    """`fen` if it is a whole number above zero; else :class:`ValidationError` on `field`."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        if isinstance(fen, float) and fen.is_integer():
            fen = int(fen)
        else:
            raise ValidationError(field, N_("Enter an amount in yuan, such as 50000 or 5万."))
    if fen <= 0:
        raise ValidationError(field, N_("The amount must be more than zero."))
    if fen > MAX_FEN:
        raise ValidationError(
            field,
            N_("An amount of more than {max_yuan} yuan cannot be recorded here; check the amount."),
            max_yuan=format_yuan(MAX_FEN),
        )
    return fen


def parse_rate_percent(value: Any, field: str = "rate_bp") -> int:
    """A yearly rate in percent ("4.35%", "4.35", 4.35) as basis points (435)."""
    if value is None or isinstance(value, bool):
        raise ValidationError(field, N_("Enter the yearly rate in percent, such as 4.35."))
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError(
                field, N_("{value} is not a rate. Enter the yearly rate in percent, such as 4.35."), value=str(value)
            )
        pct = _decimal_from_number(value)
    else:
        text = re.sub(r"\s+", "", ascii_text(value))
        text = text.removesuffix("%")
        if not text:
            raise ValidationError(field, N_("Enter the yearly rate in percent, such as 4.35."))
        if not _NUMBER.fullmatch(text):
            raise ValidationError(
                field, N_("{value} is not a rate. Enter the yearly rate in percent, such as 4.35."), value=str(value)
            )
        pct = Decimal(text)
    if pct < 0:
        raise ValidationError(field, N_("A rate cannot be negative: {value}."), value=str(value))
    bp = pct * 100
    if bp != bp.to_integral_value():
        raise ValidationError(
            field,
            N_("A rate has at most two decimals in percent (4.35 for 4.35%); {value} has more."),
            value=str(value),
        )
    if bp >= 10000:
        raise ValidationError(
            field,
            N_("A yearly rate of {value}% cannot be right: enter the rate in percent, such as 4.35."),
            value=str(pct),
        )
    return int(bp)


def format_rate(bp: int | None) -> str:
    """Basis points as percent with two decimals: 435 → "4.35%" ("" for None)."""
    if bp is None:
        return ""
    sign = "-" if bp < 0 else ""
    whole, frac = divmod(abs(int(bp)), 100)
    return f"{sign}{whole}.{frac:02d}%"
