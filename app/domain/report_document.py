"""A period's report as a finished document: every word already in the reader's language mode,
every figure in place (DESIGN §8: services build complete documents; the writers in exports/ only
turn one into a file).  Built by app/services/report_document.py from a computed report; the .xlsx
and .pdf writers read nothing else for it (the workbook's register sheets list records by id).

Frozen: a document does not change after it is built, so the workbook and the PDF made from one
show the same thing.

A cell is an ``int`` (a count), :class:`Money` (fen, shown as yuan), :class:`Days` (a number of
days, shown with its unit), :class:`Rate` (a percentage), :class:`Share`, or a ``str``; "" is an
empty cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import N_
from app.registry import NAME_COLUMNS, Column


#: the report's sheet of loan steps, a record table that is no register of its own
LOAN_STEP_SHEET = "loan_events"
LOAN_STEP_TITLE = N_("Loan steps")
LOAN_STEP_COLUMNS = (
    Column("on_date", N_("Date"), "date", 11),
    *NAME_COLUMNS,
    Column("product_code", N_("Loan product"), "product", 18),
    Column("from_status", N_("From status"), "enum:loan_status", 10),
    Column("to_status", N_("To status"), "enum:loan_status", 10),
    Column("event_fen", N_("Amount (yuan)"), "money", 13),
    Column("by_user", N_("By"), "text", 10),
    Column("reason", N_("Reason"), "text", 16),
)


class Money(int):
    """Fen, shown as yuan."""


@dataclass(frozen=True)
class Days:
    """A number of days (a median can be a half): ``text`` is it written out in the language mode,
    "16 days" / "16 天" / "ཉིན་ 16", never "16.0 days"."""

    value: float
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Rate:
    """A rate that is no share of counted things (the loan book's overdue rate, by balance):
    ``value`` the fraction, ``text`` it written out ("1.25 %").  A figure: set flush right and, in
    a workbook, a number in percent format rather than text."""

    value: float
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Share:
    """part of whole, and the percentage written out ("" when there is nothing to count)."""

    part: int
    whole: int
    percent: str


#: the kinds of cell that are figures: a column of them (empty cells aside) is set flush right
FIGURES = (int, Money, Days, Rate, Share)


@dataclass(frozen=True)
class Section:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]


@dataclass(frozen=True)
class VillageTable:
    """Per-village figures: ``keys`` name the columns (their English source), so that a writer
    can lay out a subset; ``money`` the keys whose values are fen."""

    title: str
    first_header: str
    keys: tuple[str, ...]
    headers: tuple[str, ...]
    money: frozenset
    rows: tuple[tuple, ...]  # (village label, values…, credit-village yes/no or "")
    total: tuple  # (label, values…, credit villages)
    credit_header: str
    loans_title: str  # the PDF's two halves of the table
    other_title: str


@dataclass(frozen=True)
class Annex:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]
    empty: str  # said when there are no rows
    more: str  # said where the table ends when rows were left out, else ""


@dataclass(frozen=True)
class Chart:
    title: str
    labels: tuple[str, ...]  # one line per language in bilingual mode ("\n")
    values: tuple[int, ...]


@dataclass(frozen=True)
class ReportDocument:
    mode: str
    file_title: str  # the PDF's title property
    office: str  # the office's name in the mode
    unit: str  # 双基联动工作站 / 工作室, for the office's level
    title: str  # the kind of report (月报, 半年报 …)
    header_right: str  # the running header's right side
    period_line: str  # "Period: 2026-10-01 – 2026-10-31"
    made_line: str  # "Made on: …"
    offices_line: str  # "Offices included: n"
    provisional: bool
    notices: tuple[str, ...]  # provisional, not begun, before the register began
    sections: tuple[Section, ...]
    chart: Chart
    villages: VillageTable
    indicators: Section | None  # the Home page's indicators for the period, if computed
    complaint_statistics: tuple[Section, ...]  # by JR/T 0169 A, B, C: every code, PBOC's layout
    offices_below: Section | None  # upper offices: which offices below are in, which missing
    narrative_title: str
    narrative: str  # 新情况、新问题, as the office wrote it
    signatures: tuple[tuple[str, str], ...]  # (label, name written in) — 填报人, 审核人, 日期
    annex: Annex
    summary_sheet: str  # sheet names of the workbook
    villages_sheet: str
    indicators_sheet: str
    complaint_statistics_sheet: str
    # the workbook's register sheets (app.domain.sheet_document.RegisterDocument, rows read in
    # batches as the file is written) and the fonts the PDF is set in (Settings)
    register_sheets: tuple = ()
    font_paths: dict = field(default_factory=dict)
