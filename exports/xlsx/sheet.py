"""Writing register rows into an XlsxWriter sheet with little work per cell.

A :class:`RegisterSheet` turns a column list (app.registry) into a *plan* once
(column index, row key, converter, bound ``write_string``/``write_number`` method, format) and
then writes each row with one loop over the plan: no per-cell format lookups, label queries or
type sniffing (``worksheet.write`` would also turn "=..." into a formula).  Dates become Excel
serial numbers with a date format (what ``write_datetime`` does, without building datetimes),
money is fen / 100 with a yuan format.
"""

from __future__ import annotations

import json
from datetime import date

from app.domain.privacy import birth_formatter
from app.domain.sheet_document import SheetLabels
from app.registry import Column
from exports import common
from exports.safe_cells import RISKY_START
from exports.xlsx.print_setup import TIBETAN_FONT, TIBETAN_SIZE, has_tibetan, page_setup

EXCEL_EPOCH = date(1899, 12, 30).toordinal()
YUAN_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
RATE_FORMAT = "0.00%"
SHEET_NAME_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def header_text(source: str, mode: str) -> str:
    """A column header: bilingual headers put each language on its own line."""
    return common.text(source, mode, sep="\n")


#: where a Tibetan name can be cut: after a syllable's tsheg (་ ༌), a shad (། ༎) or a space
_SYLLABLE_ENDS = "\u0f0b\u0f0c\u0f0d\u0f0e "


def cut_at_syllable(name: str, limit: int) -> str:
    """`name` cut to at most `limit` characters (Excel's sheet names: 31) without splitting a
    Tibetan syllable — a stack cut after its root letter reads as another word — nor leaving a
    vowel sign or subjoined letter without its base.  Text without Tibetan is cut where it must."""
    if len(name) <= limit:
        return name
    head = name[:limit]
    if any("\u0f00" <= ch <= "\u0fff" for ch in head):
        for i in range(len(head) - 1, 0, -1):
            if head[i] in _SYLLABLE_ENDS:
                return head[: i + 1].rstrip()
    # no syllable end: at least keep each letter with its marks
    import unicodedata

    while len(head) > 1 and (unicodedata.combining(name[len(head)]) or "\u0f71" <= name[len(head)] <= "\u0fbc"):
        head = head[:-1]
    return head.rstrip()


def sheet_name(source: str, mode: str, used: set[str] | None = None) -> str:
    """A valid, unique sheet name (≤ 31 characters, no []:*?/\\) for a marked title."""
    if mode == "both":
        bo, zh = common.text(source, "bo"), common.text(source, "zh")
        name = f"{zh} {bo}" if len(zh) + len(bo) + 1 <= 31 else zh
    else:
        name = common.text(source, mode)
    name = cut_at_syllable(name.translate(SHEET_NAME_FORBIDDEN).strip("'"), 31) or "Sheet"
    used = used if used is not None else set()
    base, n = name, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = cut_at_syllable(base, 31 - len(suffix)) + suffix
        n += 1
    used.add(name.lower())
    return name


class Formats:
    """Every format a workbook needs, made once (XlsxWriter formats are per workbook)."""

    def __init__(self, workbook, mode: str):
        add = workbook.add_format
        self.mode = mode
        header = {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDE6F0", "bottom": 1}
        tibetan = {"font_name": TIBETAN_FONT, "font_size": TIBETAN_SIZE}
        self.header = add(header if mode in ("zh", "en") else {**header, **tibetan})
        self.title = add({"bold": True, "font_size": 14})
        self.subtitle = add({"italic": True, "font_color": "#444444"})
        self.section = add({"bold": True, "font_size": 12, "bottom": 1})
        self.label = add({"text_wrap": True, "valign": "top"})
        self.figure_text = add({"align": "right", "valign": "top"})
        self.bold = add({"bold": True})
        self.money = add({"num_format": YUAN_FORMAT})
        self.money_bold = add({"num_format": YUAN_FORMAT, "bold": True, "top": 1})
        self.int_bold = add({"bold": True, "top": 1})
        self.label_bold = add({"bold": True, "top": 1})
        self.date = add({"num_format": DATE_FORMAT})
        self.rate = add({"num_format": RATE_FORMAT})
        self.guard = add({"quote_prefix": True})
        self.count = add({"num_format": COUNT_FORMAT})
        self.count_bold = add({"num_format": COUNT_FORMAT, "bold": True, "top": 1})
        # cells holding Tibetan name a Tibetan font (exports.xlsx.print_setup)
        self.tibetan = add(tibetan)
        self.tibetan_label = add({**tibetan, "text_wrap": True, "valign": "top"})
        self.tibetan_figure_text = add({**tibetan, "align": "right", "valign": "top"})
        self.tibetan_title = add({**tibetan, "bold": True, "font_size": 18})
        self.tibetan_section = add({**tibetan, "bold": True, "font_size": 16, "bottom": 1})
        self.tibetan_bold = add({**tibetan, "bold": True, "top": 1})

    def text(self, value: str, fmt):
        """`fmt`, or its Tibetan-font twin when `value` has Tibetan."""
        if not value or not has_tibetan(value):
            return fmt
        return {
            self.label: self.tibetan_label,
            self.figure_text: self.tibetan_figure_text,
            self.title: self.tibetan_title,
            self.section: self.tibetan_section,
            self.label_bold: self.tibetan_bold,
        }.get(fmt, self.tibetan)


def _date_serial(cache: dict):
    def convert(value, cache=cache):
        serial = cache.get(value)
        if serial is None:
            serial = cache[value] = date.fromisoformat(str(value)[:10]).toordinal() - EXCEL_EPOCH
        return serial

    return convert


class RegisterSheet:
    """One sheet of register rows: header row frozen, autofilter, widths, typed cells."""

    def __init__(
        self,
        labels: SheetLabels,
        workbook,
        formats: Formats,
        name: str,
        columns: tuple[Column, ...],
        *,
        mode: str,
        id_format,
        village_labels: dict[str, str] | None = None,
        office: str = "",
        period: str = "",
        title: str = "",
    ):
        resolved = labels
        self.sheet = workbook.add_worksheet(name)
        self.columns = columns
        self.row = 0
        sheet = self.sheet
        write_number = sheet.write_number
        guard = formats.guard
        dates: dict = {}
        labels_cache: dict[str, dict] = {}

        def enum(kind):
            if kind not in labels_cache:
                labels_cache[kind] = resolved.enum(kind)
            return labels_cache[kind]

        self.guard = guard
        plan = []
        # labels are Tibetan in the bo and both modes: their columns take the Tibetan font
        labelled = formats.tibetan if mode in ("bo", "both") else None
        for col, c in enumerate(columns):
            # put is None for text: write_rows writes it inline (the hot path of a big export);
            # free text is looked at cell by cell (a Tibetan place name in a Chinese sheet)
            key, conv, put, fmt, look = c.key, None, None, None, False
            if c.kind == "name_bo":
                fmt = formats.tibetan
            elif c.kind in ("text", "name_zh"):
                look = True
            elif c.kind == "village":
                key = "village_id"
                if village_labels is None:
                    village_labels = resolved.villages
                conv, fmt = village_labels.get, labelled
            elif c.kind == "id":
                conv = id_format
            elif c.kind.startswith("enum:"):
                labels = enum(c.kind[5:])
                conv, fmt = (lambda v, labels=labels: labels.get(v, v)), labelled
            elif c.kind == "product":
                products = resolved.products
                conv, fmt = (lambda v, products=products: products.get(v, v)), labelled
            elif c.kind == "topics":
                labels = enum("literacy_topic")
                sep = "、" if mode == "zh" else "; "
                conv = lambda v, labels=labels, sep=sep: sep.join(labels.get(t, t) for t in json.loads(v or "[]"))
                fmt = labelled
            elif c.kind == "money":
                conv, put, fmt = (lambda v: v / 100), write_number, formats.money
            elif c.kind == "rate":
                conv, put, fmt = (lambda v: v / 10000), write_number, formats.rate
            elif c.kind == "date":
                conv, put, fmt = _date_serial(dates), write_number, formats.date
            elif c.kind == "birth":
                if getattr(id_format, "masked", True):
                    conv, put = (lambda v: int(str(v)[:4])), write_number  # the year, no date format
                else:
                    conv, put, fmt = _date_serial(dates), write_number, formats.date
            elif c.kind == "int":
                # counts with thousands separators; a year is not a count ("2,025")
                put, fmt = write_number, (None if c.key == "year" else formats.count)
            else:
                raise ValueError(f"unknown column kind {c.kind!r}")
            plan.append((col, key, conv, put, fmt, look))
        self.plan = tuple(plan)
        self.tibetan = formats.tibetan

        widths = [c.width if mode != "both" else max(c.width, 12) for c in columns]
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        page_setup(sheet, width_chars=sum(widths), mode=mode, office=office, period=period, title=title)
        sheet.set_row(0, 32 if mode == "both" else 18 if mode == "bo" else None)
        for col, c in enumerate(columns):
            header = birth_formatter(id_format)[0] if c.kind == "birth" else c.header
            sheet.write_string(0, col, header_text(header, mode), formats.header)
        sheet.freeze_panes(1, 0)

    def write_rows(self, rows: list[dict]) -> None:
        row = self.row
        plan = self.plan
        write_string, guard, risky = self.sheet.write_string, self.guard, RISKY_START
        tibetan, tib_search = self.tibetan, has_tibetan
        for r in rows:
            row += 1
            for col, key, conv, put, fmt, look in plan:
                v = r[key]
                if v is None or v == "":
                    continue
                if conv is not None:
                    v = conv(v)
                    if v is None or v == "":
                        continue
                if put is None:  # text, formula-guarded (exports.safe_cells)
                    if v.__class__ is not str:
                        v = str(v)
                    if v[0] in risky:
                        write_string(row, col, v, guard)
                    elif look and tib_search(v):
                        write_string(row, col, v, tibetan)
                    else:
                        write_string(row, col, v, fmt)
                else:
                    put(row, col, v, fmt)
        self.row = row

    def finish(self) -> None:
        self.sheet.autofilter(0, 0, max(self.row, 1), len(self.columns) - 1)
