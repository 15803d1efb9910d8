"""Reporting periods (DESIGN §4, §6): the month, the half-year (Zhongshan's seed asks for
half-yearly reports due 15 January and 15 July), the quarter, the year, or any range of dates.

``ReportPeriod.parse(kind, text)`` reads what a user types for each kind and refuses anything else
with a sentence saying how to write it; ``key`` is what the period is stored and named under
("2026-10", "2026-H2", "2026-Q4", "2026", "2026-03-05..2026-04-10").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.errors import ValidationError
from app.i18n import N_

KINDS = ("month", "half", "quarter", "year", "range")

#: the report's title for each kind
TITLES = {
    "month": N_("Monthly report"),
    "half": N_("Half-year report"),
    "quarter": N_("Quarterly report"),
    "year": N_("Annual report"),
    "range": N_("Report for a period"),
}
#: how to write a period of each kind, said when it is written otherwise
EXAMPLES = {
    "month": N_("Give the month as year-month, for example 2026-10."),
    "half": N_("Give the half-year as year-H1 or year-H2, for example 2026-H2."),
    "quarter": N_("Give the quarter as year-Q1 to year-Q4, for example 2026-Q3."),
    "year": N_("Give the year with four digits, for example 2026."),
}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    year = int(text)
    if not 1900 <= year <= 2999:
        raise ValueError
    return year


@dataclass(frozen=True)
class ReportPeriod:
    kind: str  # one of KINDS
    start: date
    end: date

    # -- reading what a user types ---------------------------------------------------------------
    @classmethod
    def parse(cls, kind: str, text: str = "", end_text: str = "") -> "ReportPeriod":
        if kind == "range":
            return cls.between(text, end_text)
        if kind not in EXAMPLES:
            raise ValueError(f"unknown period kind {kind!r}")
        raw = str(text or "").strip().upper()
        try:
            if kind == "month":
                m = re.fullmatch(r"(\d{4})-(\d{1,2})", raw)
                year, month = _year(m.group(1)), int(m.group(2))
                return cls("month", date(year, month, 1), _month_end(year, month))
            if kind == "half":
                m = re.fullmatch(r"(\d{4})\s*-?\s*H([12])", raw)
                year, half = _year(m.group(1)), int(m.group(2))
                return cls("half", date(year, 6 * half - 5, 1), _month_end(year, 6 * half))
            if kind == "quarter":
                m = re.fullmatch(r"(\d{4})\s*-?\s*Q([1-4])", raw)
                year, q = _year(m.group(1)), int(m.group(2))
                return cls("quarter", date(year, 3 * q - 2, 1), _month_end(year, 3 * q))
            year = _year(re.fullmatch(r"\d{4}", raw).group(0))
            return cls("year", date(year, 1, 1), date(year, 12, 31))
        except (AttributeError, ValueError):
            raise ValidationError(kind, EXAMPLES[kind]) from None

    @classmethod
    def month(cls, text: str) -> "ReportPeriod":
        return cls.parse("month", text)

    @classmethod
    def between(cls, start, end) -> "ReportPeriod":
        from app.domain.dates import parse_date

        s, e = parse_date(start, "date_from"), parse_date(end, "date_to")
        if e < s:
            raise ValidationError(
                "date_to",
                N_("The end date {end} is before the start date {start}."),
                end=e.isoformat(),
                start=s.isoformat(),
            )
        # a range that is exactly a calendar period is that period (same name, same kept narrative)
        for kind in ("month", "quarter", "half", "year"):
            if cls._is(kind, s, e):
                return cls(kind, s, e)
        return cls("range", s, e)

    @staticmethod
    def _is(kind: str, s: date, e: date) -> bool:
        months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[kind]
        return (
            s.day == 1
            and (s.month - 1) % months == 0
            and e.year == s.year
            and e.month == s.month + months - 1
            and e == _month_end(e.year, e.month)
        )

    # -- naming ------------------------------------------------------------------------------------
    @property
    def key(self) -> str:
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "half":
            return f"{self.start.year}-H{1 if self.start.month == 1 else 2}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def last_month(self) -> str:
        """'YYYY-MM' of the period's last day (sync packages are kept by month)."""
        return f"{self.end:%Y-%m}"

    @property
    def due_on(self) -> date | None:
        """When the half-year report is due upward: 15 July for the first half, 15 January for the
        second (Zhongshan's seed); None for the other kinds (monthly: sync's due day)."""
        if self.kind != "half":
            return None
        return date(self.end.year, 7, 15) if self.end.month == 6 else date(self.end.year + 1, 1, 15)

    def next_day(self) -> date:
        return self.end + timedelta(days=1)
