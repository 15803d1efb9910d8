"""Household record cards (农户金融服务档案卡) as a PDF: a household can keep its card.

``write_cards(batch, out_path, font_paths=None, per_file=PER_FILE)`` lays out a
:class:`app.services.cards.CardBatch` (built by the service, every text already in the reader's
language; this module runs no query) and is a generator yielding
:class:`exports.common.Progress` after each card, for the GUI's worker and its Cancel button.

What makes a card one a household can keep:

- every card starts on an odd page: a card that ends on an odd page is followed by an empty back,
  so double-sided printing never puts the next household on its back;
- "page X of Y of this card" counts the card's own pages, and its later pages say
  "<name>, continued" in the header: pages are held per card (:class:`_CardCanvas`) and get their
  furniture once the card's page count is known;
- a section heading never sits alone at the foot of a page: it needs room for itself, the table
  header and the first rows (:class:`_RoomForHeading`), or it goes to the next page with them;
- signature, stamp and date places for the household, the village committees and the resident
  financial-service officer end every card;
- bilingual column headers are set Tibetan above Chinese in a smaller size, and Chinese breaks
  by its own rules (text.py), so no header runs to six lines or leaves "）" on a line of its own.

Cards are laid out one household at a time (the story never holds more than one card).  ReportLab
holds a document in memory until it is saved, so more than PER_FILE cards go to several files
(``part_paths``: name-01.pdf, name-02.pdf, …) and memory stays bounded.  A file appears only when
it is complete and verified; a cancelled run leaves none (parts already finished are removed too).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import safe_write
from exports import common
from exports.pdf import fonts as pdf_fonts
from exports.pdf import layout, text

MARGIN = 15 * mm
#: body rows a section heading keeps with it at the foot of a page (one: bilingual loan rows
#: with their histories run to 50 mm each, and two would empty half a page)
ROWS_WITH_HEADING = 1
#: cards per PDF file: ReportLab keeps a whole document in memory until it is saved (about 0.1 MB
#: a card), so "all households" of a big register is written as several files of this many cards
PER_FILE = 1000


class _CardCanvas(Canvas):
    """Holds the pages of the card being laid out; :meth:`end_card` gives them their header and
    footer ("page X of Y", "continued") and, for double-sided printing, an empty back."""

    furniture = None  # callable(canvas, card, page, pages)
    odd_start = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self._written = 0  # pages already in the file

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def end_card(self, card, last: bool) -> None:
        held, self._held = self._held, []
        pages = len(held)
        for page, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._held = []
            if self.furniture is not None:
                self.furniture(self, card, page, pages)
            Canvas.showPage(self)
            self._written += 1
        if self.odd_start and not last and self._written % 2:
            Canvas.showPage(self)  # the empty back of the card's last sheet
            self._written += 1

    def save(self):
        if self._held:
            raise RuntimeError("a card was not ended")  # pragma: no cover - a writer bug
        super().save()


class _RoomForHeading(CondPageBreak):
    """A page break unless the frame has room for a heading, the table's header and its first
    rows (measured when laid out, at the frame's width)."""

    def __init__(self, heading, table):
        super().__init__(0)
        self.heading, self.table = heading, table

    def wrap(self, availWidth, availHeight):
        _w, h = self.heading.wrap(availWidth, availHeight)
        need = h + self.heading.getSpaceBefore() + self.heading.getSpaceAfter()
        if self.table is not None:
            self.table.wrap(availWidth, 10**6)
            need += sum(self.table._rowHeights[: 1 + ROWS_WITH_HEADING])
        frame = self._doctemplateAttr("frame")
        # a heading with rows taller than a whole page cannot be kept with them
        self.height = min(need, frame._aH * 0.8) if frame is not None else need
        return super().wrap(availWidth, availHeight)


def part_paths(out_path, total: int, per_file: int = PER_FILE) -> list[Path]:
    """The file(s) `total` cards go to: `out_path` itself, or name-01.pdf, name-02.pdf, …"""
    out = Path(out_path)
    parts = max(1, -(-total // per_file))
    if parts == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{i:02d}{out.suffix}") for i in range(1, parts + 1)]


class _Layout:
    """Turns one card of the batch into flowables."""

    def __init__(self, batch, st: dict, width: float):
        self.batch, self.st, self.width = batch, st, width
        base = st["cell"].fontSize
        self.head_style = type(st["cell_bold"])(
            "card_head",
            parent=st["cell_bold"],
            fontSize=round(base * 0.88, 2),
            leading=round(base * 0.88 * text.LEADING, 2),
        )

    def details(self, card) -> Table:
        st = self.st
        rows = []
        for i in range(0, len(card.details), 2):
            row = []
            for label, value in card.details[i : i + 2]:
                row += [layout.label_para(label, st["cell_bold"]), layout.cell(str(value), st)]
            rows.append(row)
        w = self.width
        table = Table(rows, colWidths=[w * 0.17, w * 0.33, w * 0.17, w * 0.33])
        table.setStyle(
            TableStyle(
                text.table_commands()
                + [
                    ("FONTSIZE", (0, 0), (-1, -1), st["cell"].fontSize),
                    ("LEADING", (0, 0), (-1, -1), st["cell"].leading),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("GRID", (0, 0), (-1, -1), 0.4, layout.RULE),
                    ("BACKGROUND", (0, 0), (0, -1), layout.HEADER_BG),
                    ("BACKGROUND", (2, 0), (2, -1), layout.HEADER_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def section(self, sec) -> list:
        heading = text.para(sec.title, self.st["heading"])
        if not sec.rows:
            empty = text.para(sec.empty, self.st["small"])
            return [_RoomForHeading(heading, None), heading, empty]
        table = layout.data_table(
            sec.headers,
            sec.rows,
            [self.width * f for f in sec.fractions],
            self.st,
            header_style=self.head_style,
            right=sec.right,
        )
        return [_RoomForHeading(heading, table), heading, table]

    def signatures(self) -> KeepTogether:
        """Three places side by side: who signs (or stamps), a line, and a date line under it."""
        st, batch = self.st, self.batch
        gap = self.width * 0.04
        col = (self.width - 2 * gap) / 3
        names, blank, dates = [], [], []
        for i, who in enumerate(batch.signatures):
            if i:
                names.append("")
                blank.append("")
                dates.append("")
            names.append(layout.label_para(who, st["cell"]))
            blank.append("")
            label = batch.sign_date
            dates.append(layout.label_para(label if label.endswith("\u0f0d") else label + ":", st["cell"]))
        table = Table([names, blank, dates], colWidths=[col, gap, col, gap, col], rowHeights=[None, 14 * mm, None])
        table.setStyle(
            TableStyle(
                text.table_commands()
                + [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
                + [("LINEBELOW", (c, 1), (c, 1), 0.6, layout.RULE) for c in (0, 2, 4)]
                + [("LINEBELOW", (c, 2), (c, 2), 0.6, layout.RULE) for c in (0, 2, 4)]
            )
        )
        return KeepTogether([Spacer(1, 6 * mm), table])

    def flowables(self, card) -> list:
        st = self.st
        out = [
            text.para(card.title, st["title"]),
            text.para(card.name, st["heading"]),
            self.details(card),
            Spacer(1, 2 * mm),
        ]
        for sec in card.sections:
            out += self.section(sec)
        out.append(self.signatures())
        return out


def write_cards(
    batch, out_path, *, font_paths=None, per_file: int = PER_FILE, odd_start: bool = True
) -> Iterator[common.Progress]:
    fs = pdf_fonts.ensure_fonts(font_paths if font_paths is not None else batch.font_paths)
    fs.missing.clear()
    st = text.styles(9 if batch.mode != "both" else 8.5, fs)
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    office_name = batch.office_name
    office_w = layout.text_width(office_name, 8)
    total = batch.total
    lay = _Layout(batch, st, width)

    def furniture(canvas, card, page, pages):
        canvas.saveState()
        y = page_h - MARGIN + 3 * mm
        right_text = f"{card.name}  {card.number:,}/{total:,}" if page == 1 else batch.continued(card.name)
        right = text.draw_string(canvas, page_w - MARGIN, y, right_text, 8, align="right", fonts=fs)
        room = width - right - 8 * mm
        size = min(8.0, 8.0 * room / office_w) if office_w else 8.0
        text.draw_string(canvas, MARGIN, y, office_name, max(size, 5.0), fonts=fs)
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * mm, page_w - MARGIN, y - 2.5 * mm)
        canvas.line(MARGIN, MARGIN - 1 * mm, page_w - MARGIN, MARGIN - 1 * mm)
        text.draw_string(canvas, MARGIN, MARGIN - 6 * mm, batch.printed, 7.5, fonts=fs)
        text.draw_string(
            canvas, page_w - MARGIN, MARGIN - 6 * mm, batch.page_of(page, pages), 7.5, align="right", fonts=fs
        )
        canvas.restoreState()

    paths = part_paths(out_path, total, per_file)
    done_paths: list[Path] = []
    cards = iter(batch.cards)
    yield common.Progress(0, total, str(paths[0]))
    n = 0
    try:
        for part, path in enumerate(paths):
            count = min(per_file, total - part * per_file)
            with safe_write.safe_target(path) as target:
                doc = BaseDocTemplate(
                    target.temp,
                    pagesize=A4,
                    leftMargin=MARGIN,
                    rightMargin=MARGIN,
                    topMargin=MARGIN + 6 * mm,
                    bottomMargin=MARGIN + 2 * mm,
                    title=batch.title,
                    author=office_name,
                    creator="Dual-Base Ledger",
                )
                frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="card")
                doc.addPageTemplates([PageTemplate("card", frames=[frame])])
                # ReportLab's build() loop, fed one card at a time (build() wants the whole story)
                doc._startBuild(target.temp, canvasmaker=_CardCanvas)
                canv = doc.canv
                canv.furniture = furniture
                canv.odd_start = odd_start
                canv._doctemplate = doc
                for k in range(1, count + 1):
                    card = next(cards)
                    n += 1
                    story = lay.flowables(card)
                    while story:
                        doc.clean_hanging()
                        doc.handle_flowable(story)
                    # the card's last page ends here (the next page begins only with the next
                    # card's first flowable), so the card's pages can be finished now
                    story = [PageBreak()]
                    while story:
                        doc.clean_hanging()
                        doc.handle_flowable(story)
                    canv.end_card(card, last=k == count)
                    yield common.Progress(n, total, str(path))
                del canv._doctemplate
                doc._endBuild()
            done_paths.append(path)
    except BaseException:
        # a cancelled or failed run leaves no cards at all, not some of the parts
        for path in done_paths:
            with contextlib.suppress(OSError):
                os.remove(path)
        raise
    yield common.Progress(total, total, str(out_path))
