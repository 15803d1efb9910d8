"""The visit list as a PDF (A4 landscape): the office and date in the header, one table of overdue
loans and one of loans falling due soon, grouped by village, with an empty column for the visit's
date and result, and signature lines.  Printed from the loans page through ui.printing.print_pdf.

``write_visit_list_pdf(visits, out_path, mode="zh", font_paths=None) -> PdfResult``: `visits` is the
complete document (app.services.loan_book.visit_list, its labels in `mode`); the caller gives the
fonts chosen in Settings (app.services.pdf_fonts.font_paths), the writer asks nothing more.
"""

from __future__ import annotations

import datetime as _dt

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Spacer

from app.domain import visits as doc
from app.domain.money import format_yuan
from app import safe_write
from exports import common
from exports.pdf import fonts as pdf_fonts
from exports.pdf import layout, text
from exports.pdf.report import PdfResult

MARGIN = 12 * mm
#: relative column widths (village, group, household, phone, product, balance, due, days, visited)
WIDTHS = (1.3, 0.6, 2.0, 1.2, 1.7, 1.1, 1.0, 0.7, 1.8)


def write_visit_list_pdf(visits: doc.VisitList, out_path, *, mode: str = "zh", font_paths=None) -> PdfResult:
    fs = pdf_fonts.ensure_fonts(font_paths)  # FontError: a sentence naming what to install
    fs.missing.clear()
    st = text.styles(9 if mode != "both" else 8.5, fs)
    page_w, page_h = landscape(A4)
    width = page_w - 2 * MARGIN
    widths = [width * w / sum(WIDTHS) for w in WIDTHS]
    office = common.pair(visits.office_zh, visits.office_bo, mode)
    title = common.text(doc.TITLE, mode)
    products = visits.products
    headers = [common.text(h, mode) for _, h in doc.COLUMNS]
    made = _dt.date.today().isoformat()

    def header(canvas, _doc):
        y = page_h - MARGIN + 2 * mm
        text.draw_string(canvas, MARGIN, y, office, 9, bold=True, fonts=fs)
        text.draw_string(canvas, page_w - MARGIN, y, f"{title} · {visits.as_of}", 9, align="right", fonts=fs)
        canvas.setStrokeColor(layout.RULE)
        canvas.line(MARGIN, y - 3 * mm, page_w - MARGIN, y - 3 * mm)

    def footer(canvas, page, pages):
        layout.footer_line(canvas, made, page, pages, mode, page_width=page_w, margin=MARGIN, fonts=fs)
        result.pages = pages

    def rows(items: list[doc.VisitRow]) -> list[list]:
        return [
            [
                common.pair(r.village, r.village_bo, mode),
                r.group,
                common.pair(r.household_zh, r.household_bo, mode),
                r.phone,
                products.get(r.product_code, r.product_code),
                format_yuan(r.balance_fen),
                r.due_on,
                str(r.days_overdue) if r.days_overdue else "",
                "",
            ]
            for r in items
        ]

    result = PdfResult(str(out_path), 0)
    story = [text.para(office, st["title"]), text.para(title, st["title"]), Spacer(1, 2 * mm)]
    if visits.empty:
        story.append(text.para(common.text(doc.NOTHING, mode), st["body"]))
    if visits.overdue:
        story += [
            CondPageBreak(30 * mm),
            text.para(common.text(doc.OVERDUE_SECTION, mode), st["heading"]),
            layout.data_table(headers, rows(visits.overdue), widths, st, right=(5, 7)),
        ]
    if visits.due_soon:
        story += [
            CondPageBreak(30 * mm),  # a heading never alone at the foot of a page
            text.para(common.text(doc.DUE_SECTION, mode).format(days=visits.within_days), st["heading"]),
            layout.data_table(headers, rows(visits.due_soon), widths, st, right=(5, 7)),
        ]
    story += [Spacer(1, 8 * mm), layout.signature_block(mode, st, width)]
    with safe_write.safe_target(out_path) as target:
        d = BaseDocTemplate(
            target.temp,
            pagesize=landscape(A4),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=title,
            author=office,
            creator="Dual-Base Ledger",
        )
        d.addPageTemplates(
            [PageTemplate("visits", frames=[Frame(d.leftMargin, d.bottomMargin, d.width, d.height)], onPage=header)]
        )
        d.build(story, canvasmaker=layout.numbered_canvas(footer))
    result.missing = set(fs.missing)
    return result
