"""Page furniture shared by the monthly report and the record cards (all text via text.py).

- :func:`numbered_canvas` — a canvas class that knows the page count when it draws footers
  ("page X of Y"): pages are kept until save() and finished then.
- :func:`data_table` — a Table of Paragraph cells with a repeated, shaded header row that splits
  across pages, in the embedded fonts only (text.table_commands()).
- :func:`signature_block` — 填报人 / 审核人 / 日期 lines in the language mode.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Table, TableStyle

from app.domain.money import format_yuan
from app.i18n import N_
from exports import common
from exports.pdf import fonts as pdf_fonts
from exports.pdf import text

HEADER_BG = colors.HexColor("#DDE6F0")
RULE = colors.HexColor("#8899AA")
PAGE_OF = N_("Page {page} of {pages}")
PAGE = N_("Page {page}")


def page_label(source: str, mode: str, **params) -> str:
    """ "Page 2 of 5" in the mode; bilingual: each language's own sentence."""
    if mode == "both":
        return "  ".join(common.text(source, lang).format(**params) for lang in ("bo", "zh"))
    return common.text(source, mode).format(**params)


def footer_line(
    canvas, left: str, page: int, pages: int, mode: str, *, page_width: float, margin: float, fonts
) -> None:
    """The foot of a report's page: `left` (when it was made) at the left, "Page 2 of 5" in the
    mode at the right."""
    y = margin - 7 * mm
    text.draw_string(canvas, margin, y, left, 8, fonts=fonts)
    label = page_label(PAGE_OF, mode, page=page, pages=pages)
    text.draw_string(canvas, page_width - margin, y, label, 8, align="right", fonts=fonts)


def numbered_canvas(draw_footer):
    """A Canvas class calling ``draw_footer(canvas, page, pages)`` on every page at save time."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, n, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _plain(value) -> bool:
    """Short ASCII text needs no Paragraph (no shaping, no font switching): a plain cell string
    in the table's embedded Latin font is drawn several times faster."""
    return isinstance(value, str) and len(value) <= 24 and value.isascii() and value.isprintable()


def cell(value, st: dict, bold: bool = False):
    """A table cell: money (app.domain.report_document.Money) and ints as right-aligned plain strings,
    short ASCII text as a plain string, anything else as a shaped Paragraph."""
    from app.domain.report_document import Money

    if isinstance(value, Money):
        return format_yuan(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if value is None:
        return ""
    if _plain(value) and not bold:
        return value
    return text.para(value, st["cell_bold" if bold else "cell"])


_LABELS: dict[tuple[str, int], object] = {}


def label_para(value: str, style):
    """A Paragraph for a label that repeats (headers, field names): parsed and shaped once.

    Only for table cells: reusing one Paragraph in several tables is safe (a table wraps and
    draws a cell before the next table is laid out; ReportLab repeats header rows this way), but
    not as a story flowable (the frame marks a flowable it had to postpone).
    """
    key = (value, id(style))
    para = _LABELS.get(key)
    if para is None:
        if len(_LABELS) > 2000:
            _LABELS.clear()
        para = _LABELS[key] = text.para(value, style)
    return para


def text_width(value: str, size: float, bold: bool = False) -> float:
    """About how wide `value` is drawn at `size` (each run in its font; shaping ignored)."""
    return sum(pdfmetrics.stringWidth(r.text, r.font, r.size) for r in text.font_runs(value, size, bold) if r.font)


def data_table(
    headers: list[str],
    rows: list[list],
    widths: list[float],
    st: dict,
    *,
    total_row: bool = False,
    header_style=None,
    right: tuple[int, ...] = (),
) -> Table:
    """`right`: columns of figures given as text (formatted money, rates), set flush right."""
    head = [label_para(h, header_style or st["cell_bold"]) for h in headers]
    body = [[c if hasattr(c, "wrapOn") else cell(c, st) for c in r] for r in rows]
    for r, values in zip(body, rows):
        for col in right:
            # a figure with its unit ("16.0 天") is a Paragraph: ALIGN does not move those
            if col < len(r) and hasattr(r[col], "wrapOn") and not hasattr(values[col], "wrapOn"):
                r[col] = text.para(values[col], st["cell_right"])
    table = Table([head] + body, colWidths=widths, repeatRows=1)
    size = st["cell"].fontSize
    font = pdf_fonts.active().latin.name
    cmds = text.table_commands() + [
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), st["cell"].leading),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    from app.domain.report_document import Money

    for col in right:
        cmds.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    for col in range(len(headers)):
        values = [r[col] for r in rows if col < len(r) and not hasattr(r[col], "wrapOn")]
        if values and all(isinstance(v, (int, Money)) and not isinstance(v, bool) for v in values):
            cmds.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    # a plain string (an ID number, a date) never wraps: one that is wider than its column is
    # set smaller rather than spilling into the next cell
    bold = pdf_fonts.active().latin.bold_name
    for r, values in enumerate(body, start=1):
        for c, v in enumerate(values):
            if isinstance(v, str) and v:
                room = widths[c] - 6
                w = pdfmetrics.stringWidth(v, bold if total_row and r == len(body) else font, size)
                if w > room:
                    cmds.append(("FONTSIZE", (c, r), (c, r), round(size * room / w, 2)))
    if total_row:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black))
        cmds.append(("FONTNAME", (0, -1), (-1, -1), pdf_fonts.active().latin.bold_name))
    for i in range(2, len(body) + 1, 2):
        cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F5F7FA")))
    table.setStyle(TableStyle(cmds))
    return table


SIGNATURES = (N_("Prepared by"), N_("Reviewed by"), N_("Date"))


def signature_block(mode: str, st: dict, width: float, signatures=None) -> KeepTogether:
    """Three signature places side by side: a label above a line to sign on, gaps between.
    `signatures`: (label, name) pairs already in the language mode (a report's 填报人 / 审核人 /
    日期); a name given is printed on its line."""
    gap = width * 0.05
    col = (width - 2 * gap) / 3
    if signatures is None:
        signatures = [(common.text(s, mode), "") for s in SIGNATURES]
    labels, blank = [], []
    for i, (label, name) in enumerate(signatures):
        if i:
            labels.append("")
            blank.append("")
        # a Tibetan label ending in a shad needs no colon after it
        labels.append(text.para(label if label.endswith("\u0f0d") else label + ":", st["cell"]))
        blank.append(text.para(name, st["cell"]) if name else "")
    table = Table([labels, blank], colWidths=[col, gap, col, gap, col], rowHeights=[None, 12 * mm])
    table.setStyle(
        TableStyle(
            text.table_commands()
            + [("VALIGN", (0, 1), (-1, 1), "BOTTOM")]
            + [("LINEBELOW", (c, 1), (c, 1), 0.6, colors.black) for c in (0, 2, 4)]
        )
    )
    return KeepTogether([table])
