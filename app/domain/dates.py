"""Dates as users type them and as spreadsheets store them; stored as ISO text (DESIGN §3).

Accepted: `date`/`datetime` objects, ISO 2023-05-01, 2023-5-1, 2023/05/01, 2023.5.1, 2023年5月1日,
20230501, full-width digits, and Excel serial day numbers (the 1900 date system, in which serial 60
is the 29 February 1900 that never was — Excel copied a Lotus 1-2-3 bug).
"""

from __future__ import annotations

from typing import Any

import calendar
import math
import re
from datetime import date, datetime, timedelta, timezone

from app.domain.errors import ValidationError
from app.domain.numbers import ascii_text
from app.i18n import N_

_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
#: a time after the date (from a datetime cell or an ISO timestamp) is dropped
_TIME_TAIL = re.compile(r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$")

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 = 1900-03-01; serials 1–59 are shifted by the fake leap day
_EXCEL_MAX = 2958465  # 9999-12-31


def _from_excel_serial(serial: float, field: str, value: Any) -> date:
    # a crafted cell <v>NaN</v> or <v>inf</v> is a float no day can be made of
    day = int(serial) if math.isfinite(serial) else 0  # a fraction is the time of day
    if day < 1 or day > _EXCEL_MAX:
        raise ValidationError(
            field, N_("{value} is not a date. Enter a date as year-month-day, such as 2023-05-01."), value=str(value)
        )
    if day == 60:
        raise ValidationError(
            field, N_("The spreadsheet holds 29 February 1900, a day that did not exist. Enter the real date.")
        )
    if day < 60:
        return _EXCEL_EPOCH + timedelta(days=day + 1)
    return _EXCEL_EPOCH + timedelta(days=day)


def parse_date(value: Any, field: str) -> date:
    """`value` as a date, or :class:`ValidationError` on `field` saying how to write one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise ValidationError(field, N_("Enter a date as year-month-day, such as 2023-05-01."))
    if isinstance(value, (int, float)):
        return _from_excel_serial(value, field, value)
    text = ascii_text(value).strip()
    if not text:
        raise ValidationError(field, N_("Enter a date as year-month-day, such as 2023-05-01."))
    text = _TIME_TAIL.sub("", text).strip()
    m = _YMD.fullmatch(text) or _COMPACT.fullmatch(text)
    if not m:
        raise ValidationError(
            field, N_("{value} is not a date. Enter a date as year-month-day, such as 2023-05-01."), value=str(value)
        )
    y, mo, d = (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValidationError(
            field, N_("{value} is not a real date: check the month and the day."), value=str(value)
        ) from None


#: no record of a dual-base office is older (the poverty registers begin in the 1990s): an earlier
#: date is a year typed wrong (0001, 1026 for 2026), which a loan's age check then told as "the
#: head of the household is -1984 years old"
EARLIEST_RECORD_DATE = date(1990, 1, 1)


def require_not_future(d: date, field: str, today: date | None = None) -> date:
    """`d`, a record's date: neither in the future nor before 1990."""
    today = today or date.today()
    if d > today:
        raise ValidationError(
            field,
            N_("The date {date} is in the future; today is {today}."),
            date=d.isoformat(),
            today=today.isoformat(),
        )
    if d < EARLIEST_RECORD_DATE:
        raise ValidationError(field, N_("The date {date} is before 1990. Check the year."), date=d.isoformat())
    return d


def age_on(birth: date, day: date) -> int:
    """Completed years on `day` (a birthday on 29 February counts on 1 March in other years)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def add_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def add_months(d: date, n: int) -> date:
    """`d` moved by `n` calendar months; 31 January + 1 month is the last day of February."""
    months = d.year * 12 + (d.month - 1) + n
    year, month = divmod(months, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def iso(d: date | None) -> str | None:
    """The stored form of a date: 2023-05-01 (None stays None)."""
    return None if d is None else d.isoformat()


def from_iso(text: str | date | None) -> date | None:
    """A stored ISO date back as a date (None or "" → None)."""
    if text is None or text == "":
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    return date.fromisoformat(str(text)[:10])


def local_time(utc_iso: str | None, *, seconds: bool = True) -> str:
    """A stored UTC timestamp (ISO-8601, DESIGN §3) as this computer's local time, for people:
    "2026-12-07 21:04:12" (an office in Qinghai reads 05:04 the next morning, not 21:04 UTC).
    A timestamp without a zone is taken as UTC; text that is not a timestamp is returned as is."""
    if not utc_iso:
        return ""
    try:
        moment = datetime.fromisoformat(str(utc_iso).replace("Z", "+00:00"))
    except ValueError:
        return str(utc_iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
