"""Whole numbers as forms and spreadsheets give them: 5, "5", "５", "༥", 5.0 (an Excel number cell).

`ascii_text` is the first step of every parser in the domain: it turns full-width forms (from
Chinese input methods) and any Unicode decimal digit (Tibetan ༠–༩ from a Tibetan keyboard) into
ASCII, so that what is stored and compared is always plain digits.
"""

from __future__ import annotations

from typing import Any

import unicodedata

from app.domain.errors import ValidationError
from app.i18n import N_


def ascii_text(value: Any) -> str:
    """`value` as text with full-width forms folded (NFKC) and every decimal digit made ASCII."""
    text = unicodedata.normalize("NFKC", str(value))
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None else c for c in text
    )


#: no count the register keeps comes near this; above it a number is a typo or an attack, and
#: one of 2^63 or more cannot even be stored (SQLite's integers are 64-bit; issue 17 §6)
COUNT_CEILING = 1_000_000_000


def parse_count(
    value: Any, field: str, *, minimum: int | None = 0, required: bool = False, maximum: int | None = None
) -> int | None:
    """`value` as an int ≥ `minimum` and ≤ `maximum` (and never above :data:`COUNT_CEILING`);
    None/"" → None unless `required`. Raises :class:`ValidationError`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, N_("Enter a whole number."))
        return None
    if isinstance(value, bool):
        raise ValidationError(field, N_("{value} is not a whole number."), value=str(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, N_("{value} is not a whole number."), value=str(value))
        number = int(value)
    elif isinstance(value, int):
        number = value
    else:
        text = ascii_text(value).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if not text.lstrip("-").isdigit():
            raise ValidationError(field, N_("{value} is not a whole number."), value=str(value)[:40])
        if len(text) > 30:  # int() of thousands of digits is refused by Python itself (ValueError)
            raise ValidationError(field, N_("The number {value} is far too large."), value=text[:20] + "…")
        number = int(text)
    if minimum is not None and number < minimum:
        raise ValidationError(
            field, N_("The number must be at least {minimum}; {value} was entered."), minimum=minimum, value=number
        )
    top = COUNT_CEILING if maximum is None else min(maximum, COUNT_CEILING)
    if number > top:
        raise ValidationError(
            field, N_("The number must be at most {maximum}; {value} was entered."), maximum=top, value=number
        )
    return number


def axis_top(peak: float, steps: int) -> int:
    """The top of a chart's value axis divided in `steps` equal steps: the smallest `steps` × a
    whole step of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten that holds `peak` (and at
    least `steps`).  Every label is then a whole number, as the counts charts show, and the tallest
    bar fills most of the height (the window's Home charts, the PDF report's pipeline)."""
    target = max(peak, 1) / steps
    magnitude = 1
    while magnitude * 10 <= target:
        magnitude *= 10
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        whole = step * magnitude
        if whole >= target and whole == int(whole):
            return int(whole) * steps
    return 10 * magnitude * steps
