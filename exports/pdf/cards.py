"""Household record cards (农户金融服务档案卡): one card per household, each starting on a new page.

A card holds the household's details (ID number masked unless full numbers were asked for and
allowed), its loan demands with their histories, the literacy sessions it attended, its
complaints and its credit ratings — from ``ws.households.record(id)`` — in the language mode
(bilingual by default, Tibetan first).

``write_cards(ws, household_ids, out_path, mode="both", full_ids=False, font_paths=None)`` is a
generator yielding :class:`exports.common.Progress` after each card, for the GUI's worker and its
Cancel button; cards are laid out one household at a time (the story never holds more than one
card).  ReportLab holds a document in memory until it is saved, so more than PER_FILE cards go
to several files (``part_paths``: name-01.pdf, name-02.pdf, …) and memory stays bounded.  A file
appears only when it is complete and verified; a cancelled run leaves none (parts already
finished are removed too).  ``households_for(ws, household=, village=,
all_=)`` resolves the CLI's --household / --village / --all to ordered ids.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
from pathlib import Path
from typing import Iterator

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from app.domain.errors import NotFound
from app.domain.money import format_rate, format_yuan
from app.i18n import N_
from exports import common, usb
from exports.pdf import fonts as pdf_fonts
from exports.pdf import layout, text
from storage import villages as village_store

MARGIN = 15 * mm
CARD_TITLE = N_("Household financial services record card")
PRINTED = N_("Printed on")
NONE = N_("None on record.")
CONTINUED = N_("continued")


class _CardDoc(BaseDocTemplate):
    """Knows which household is being laid out, for the page header and footer."""

    current = ("", "")   # (name for the header, card number)


def households_for(ws, *, household: str | None = None, village: str | None = None,
                   all_: bool = False) -> list[str]:
    """Household ids for one household (id or ID number), a village (name) or all, in name order."""
    if household:
        if ws.db.scalar("SELECT 1 FROM household WHERE id = ? AND deleted_at IS NULL", (household,)):
            return [household]
        found = ws.households.find_by_id_number(household)
        if found:
            return [found["id"]]
        raise NotFound("household", household)
    if village:
        row = village_store.find_by_name(ws.db, village.strip())
        if row is None:
            raise NotFound("village", village)
        return ws.households.search_ids("", village_id=row["id"], sort="name")
    if all_:
        return ws.households.search_ids("", sort="name")
    return []


class _Card:
    """Turns one household's record into flowables."""

    def __init__(self, ws, mode: str, st: dict, width: float, id_format):
        self.ws, self.mode, self.st, self.width, self.id_format = ws, mode, st, width, id_format
        self.t = lambda s: common.text(s, mode)
        self.labels = {kind: common.enum_labels(ws, kind, mode) for kind in (
            "sex", "ethnicity", "language", "household_status", "industry", "loan_status",
            "complaint_status", "complaint_code_b", "rating_grade", "literacy_topic", "satisfaction")}
        self.products = common.product_labels(ws, mode)
        self.villages = {v["id"]: common.pair(v["name_zh"], v["name_bo"], mode)
                         for v in village_store.all_rows(ws.db)}

    def label(self, kind: str, code) -> str:
        return self.labels[kind].get(code, code or "") if code else ""

    def section(self, title: str, headers: list[str], rows: list[list], fractions: list[float]) -> list:
        out = [text.para(self.t(title), self.st["heading"])]
        if not rows:
            return out + [text.para(self.t(NONE), self.st["small"])]
        return out + [layout.data_table([self.t(h) for h in headers], rows,
                                        [self.width * f for f in fractions], self.st)]

    def birth(self, birth_date: str | None) -> tuple[str, str]:
        """(label, value): the year only where the ID number is masked (common.birth_formatter)."""
        label, value = common.birth_formatter(self.id_format)
        return label, value(birth_date)

    def details(self, h: dict) -> Table:
        st = self.st
        pairs = [
            (N_("Name (Chinese)"), h["name_zh"]), (N_("Name (Tibetan)"), h["name_bo"]),
            (N_("ID number"), self.id_format(h["id_number"])), (N_("Sex"), self.label("sex", h["sex"])),
            self.birth(h["birth_date"]), (N_("Phone"), h["phone"]),
            (N_("Village"), self.villages.get(h["village_id"], "")), (N_("Group"), h["group_name"]),
            (N_("Household size"), h["household_size"] if h["household_size"] is not None else ""),
            (N_("Labourers"), h["labour_count"] if h["labour_count"] is not None else ""),
            (N_("Ethnicity"), self.label("ethnicity", h["ethnicity"])),
            (N_("Preferred language"), self.label("language", h["preferred_language"])),
            (N_("Household status"), self.label("household_status", h["status"])),
            (N_("Industry"), self.label("industry", h["industry"])),
            (N_("Registered on"), h.get("registered_on") or ""),
        ]
        rows = []
        for i in range(0, len(pairs), 2):
            row = []
            for label, value in pairs[i:i + 2]:
                row += [layout.label_para(self.t(label), st["cell_bold"]), layout.cell(str(value), st)]
            rows.append(row)
        w = self.width
        table = Table(rows, colWidths=[w * 0.17, w * 0.33, w * 0.17, w * 0.33])
        table.setStyle(TableStyle(text.table_commands() + [
            ("FONTSIZE", (0, 0), (-1, -1), st["cell"].fontSize), ("LEADING", (0, 0), (-1, -1), st["cell"].leading),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, layout.RULE),
            ("BACKGROUND", (0, 0), (0, -1), layout.HEADER_BG),
            ("BACKGROUND", (2, 0), (2, -1), layout.HEADER_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return table

    def history(self, events: list[dict]) -> str:
        steps = []
        for e in events:
            step = f"{e['on_date']} {self.label('loan_status', e['to_status'])}"
            if e.get("reason"):
                step += f" ({e['reason']})"
            steps.append(step)
        return "\n".join(steps)

    def flowables(self, record: dict) -> list:
        h = record["household"]
        st = self.st
        name = common.pair(h["name_zh"], h["name_bo"], "both", "  ")
        out = [text.para(common.text(CARD_TITLE, self.mode, sep="\n"), st["title"]), text.para(name, st["heading"]),
               self.details(h), Spacer(1, 2 * mm)]
        loans = [[d["registered_on"], self.products.get(d["product_code"], d["product_code"]),
                  format_yuan(d["amount_fen"]), self.label("loan_status", d["status"]),
                  format_yuan(d["granted_fen"]) if d["granted_fen"] else "",
                  format_rate(d["rate_bp"]) if d["rate_bp"] is not None else "",
                  d["maturity_on"] or "", self.history(d.get("events", []))]
                 for d in record["loans"]]
        out += self.section(N_("Loan demands and their history"),
                            [N_("Registered on"), N_("Loan product"), N_("Amount asked (yuan)"), N_("Status"),
                             N_("Amount granted (yuan)"), N_("Interest rate"), N_("Maturity"), N_("History")],
                            loans, [0.11, 0.15, 0.11, 0.1, 0.11, 0.07, 0.11, 0.24])
        sessions = []
        for s in record["sessions"]:
            topics = json.loads(s["topics"] or "[]") if isinstance(s["topics"], str) else (s["topics"] or [])
            sessions.append([s["held_on"], s["place"],
                             ("、" if self.mode == "zh" else "; ").join(self.label("literacy_topic", t) for t in topics),
                             self.label("language", s["language"])])
        out += self.section(N_("Literacy sessions attended"),
                            [N_("Held on"), N_("Place"), N_("Topics"), N_("Language")],
                            sessions, [0.14, 0.24, 0.46, 0.16])
        complaints = [[c["received_on"], self.label("complaint_code_b", c["code_b"]), c["description"],
                       self.label("complaint_status", c["status"]), c["resolved_on"] or "",
                       self.label("satisfaction", c["satisfaction"])]
                      for c in record["complaints"]]
        out += self.section(N_("Complaints"),
                            [N_("Received on"), N_("Business type"), N_("Description"), N_("Status"),
                             N_("Resolved on"), N_("Satisfaction")],
                            complaints, [0.13, 0.16, 0.33, 0.13, 0.12, 0.13])
        ratings = [[str(r["year"]), r["score"], self.label("rating_grade", r["grade"]), r["rated_on"],
                    r["bank_rater"], r["village_rater"]] for r in record["ratings"]]
        out += self.section(N_("Credit ratings"),
                            [N_("Year"), N_("Score"), N_("Grade"), N_("Rated on"), N_("Bank rater"),
                             N_("Village rater")], ratings, [0.1, 0.1, 0.16, 0.16, 0.24, 0.24])
        return out


#: cards per PDF file: ReportLab keeps a whole document in memory until it is saved (about 0.1 MB
#: a card), so "all households" of a big register is written as several files of this many cards
PER_FILE = 1000


def part_paths(out_path, total: int, per_file: int = PER_FILE) -> list[Path]:
    """The file(s) `total` cards go to: `out_path` itself, or name-01.pdf, name-02.pdf, …"""
    out = Path(out_path)
    parts = max(1, -(-total // per_file))
    if parts == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{i:02d}{out.suffix}") for i in range(1, parts + 1)]


def write_cards(ws, household_ids: list[str], out_path, *, mode: str = "both", full_ids: bool = False,
                font_paths=None, per_file: int = PER_FILE) -> Iterator[common.Progress]:
    fs = pdf_fonts.ensure_fonts_for(ws, font_paths)
    id_format = common.id_formatter(ws, full_ids)
    fs.missing.clear()
    st = text.styles(9 if mode != "both" else 8.5, fs)
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    office = ws.office or {}
    office_name = common.pair(office.get("name_zh"), office.get("name_bo"), mode)
    printed = f"{common.text(PRINTED, mode)}: {_dt.date.today().isoformat()}"
    office_w = layout.text_width(office_name, 8)
    total = len(household_ids)
    card = _Card(ws, mode, st, width, id_format)

    def decorate(canvas, doc):
        canvas.saveState()
        y = page_h - MARGIN + 3 * mm
        name, number = doc.current
        right = text.draw_string(canvas, page_w - MARGIN, y, f"{name}  {number}", 8, align="right", fonts=fs)
        room = width - right - 8 * mm
        size = min(8.0, 8.0 * room / office_w) if office_w else 8.0
        text.draw_string(canvas, MARGIN, y, office_name, max(size, 5.0), fonts=fs)
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * mm, page_w - MARGIN, y - 2.5 * mm)
        canvas.line(MARGIN, MARGIN - 1 * mm, page_w - MARGIN, MARGIN - 1 * mm)
        text.draw_string(canvas, MARGIN, MARGIN - 6 * mm, printed, 7.5, fonts=fs)
        text.draw_string(canvas, page_w - MARGIN, MARGIN - 6 * mm,
                         layout.page_label(layout.PAGE, mode, page=doc.page), 7.5, align="right", fonts=fs)
        canvas.restoreState()

    paths = part_paths(out_path, total, per_file)
    done_paths: list[Path] = []
    yield common.Progress(0, total, str(paths[0]))
    n = 0
    try:
        for part, path in enumerate(paths):
            chunk = household_ids[part * per_file:(part + 1) * per_file]
            with usb.safe_target(path) as target:
                doc = _CardDoc(target.temp, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                               topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 2 * mm,
                               title=common.text(CARD_TITLE, mode), author=office_name, creator="Dual-Base Ledger")
                frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="card")
                doc.addPageTemplates([PageTemplate("card", frames=[frame], onPage=decorate)])
                # ReportLab's build() loop, fed one card at a time (build() wants the whole story)
                doc._startBuild(target.temp)
                canv = doc.canv
                canv._doctemplate = doc
                for k, household_id in enumerate(chunk, start=1):
                    n += 1
                    record = ws.households.record(household_id)
                    h = record["household"]
                    doc.current = (common.pair(h["name_zh"], h["name_bo"], "both", " "), f"{n}/{total}")
                    story = card.flowables(record)
                    if k < len(chunk):
                        story.append(PageBreak())
                    while story:
                        doc.clean_hanging()
                        doc.handle_flowable(story)
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
