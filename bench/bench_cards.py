"""1,000 household record cards as one PDF (exports/pdf/cards.write_cards, bilingual) against bare
reportlab setting the same text as shaped Paragraphs in the same fonts, with no layout logic.

Both sides fetch the same thing the same way: the first 1,000 households of the list in name order
and ``ws.households.record(id)`` for each.  The bare side registers the same TrueType files, turns
every string a card shows (title, name, the fourteen labelled details, the section titles, table
headers and cells; the office name, printing date and page number on every page) into a Paragraph
with ``shaping=1``, each
script run in its font (Tibetan scaled as the project scales it), bold where the card is bold, and
lets SimpleDocTemplate flow them — no tables, no page template.  After the timing the Chinese
characters pdftotext finds in both files are counted, as a check that both set the same text.
Budget: ours ≤ 1.3 × bare (DESIGN §7).
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Budget, Case, Ctx, Measure, module_available

if TYPE_CHECKING:
    from app.services.workspace import Workspace

CARDS = 1000
MODE = "both"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
RUNS = re.compile(
    r"([\u0f00-\u0fff]+(?:[ \u00a0]+[\u0f00-\u0fff]+)*)|([\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+)"
)


def _open(db: str):
    from app.services.workspace import Workspace

    return Workspace.open(db, user="bench", role="cadre", lang="zh")


def _ids(ws: Workspace, cards: int) -> list[str]:
    return ws.households.search_ids("", sort="name")[:cards]


def run_ours(db: str, out: str, cards: int = CARDS, mode: str = MODE) -> dict:
    from app.services.cards import card_batch
    from exports.pdf.cards import write_cards

    ws = _open(db)
    started = time.perf_counter()
    ids = _ids(ws, cards)
    for _ in write_cards(card_batch(ws, ids, mode=mode), out):
        pass
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "cards": len(ids), "pages": _pages(out), "bytes": Path(out).stat().st_size}


class _Floor:
    """What both bare floors set up the same way inside their timing: the TrueType files the
    project picked registered under bare names, the labels of the cards' enumerations, products,
    villages and office, and a card's text as font runs (Tibetan and Han in their fonts, scaled
    as the project scales them)."""

    KINDS = (
        "sex",
        "ethnicity",
        "language",
        "household_status",
        "industry",
        "loan_status",
        "complaint_status",
        "complaint_code_b",
        "rating_grade",
        "literacy_topic",
        "satisfaction",
    )

    def __init__(self, ws: Workspace, files: list, mode: str, *, shapable: bool = False):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        self.mode = mode
        self.size = 9 if mode != "both" else 8.5
        shaping = {"shapable": True} if shapable else {}
        self.names: dict[tuple[str, bool], str] = {}
        self.scale: dict[str, float] = {}
        for role, path, index, bold_path, sc in files:
            pdfmetrics.registerFont(TTFont(f"bare-{role}", path, subfontIndex=index, **shaping))
            self.names[(role, False)] = f"bare-{role}"
            if bold_path:
                pdfmetrics.registerFont(TTFont(f"bare-{role}-bold", bold_path, **shaping))
                self.names[(role, True)] = f"bare-{role}-bold"
            else:
                self.names[(role, True)] = f"bare-{role}"
            self.scale[role] = sc
        self.labels = {
            k: {r["code"]: ws.reference.label(k, r["code"], mode) for r in ws.reference.enums(k)} for k in self.KINDS
        }
        self.products = {p.code: ws.reference.product_label(p.code, mode) for p in ws.reference.products()}
        self.villages = {
            r["id"]: f"{r['name_bo']} / {r['name_zh']}" if mode == "both" else r["name_zh"]
            for r in ws.db.query("SELECT id, name_zh, name_bo FROM village")
        }
        office = ws.office or {}
        self.office_name = (
            f"{office.get('name_bo')} / {office.get('name_zh')}" if mode == "both" else office.get("name_zh")
        )

    def tr(self, source: str, sep: str = " / ") -> str:
        from app.i18n import translate

        if self.mode != "both":
            return translate(source, self.mode)
        bo, zh = translate(source, "bo"), translate(source, "zh")
        return bo if bo == zh else f"{bo}{sep}{zh}"

    def label(self, kind: str, code) -> str:
        return self.labels[kind].get(code, code or "") if code else ""

    def markup(self, value, bold: bool = False, size: float | None = None) -> str:
        size = size or self.size
        names = self.names
        s = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out, pos = [], 0
        for m in RUNS.finditer(s):
            if m.start() > pos:
                out.append(f'<font name="{names[("latin", bold)]}">{s[pos : m.start()]}</font>')
            role = "tibetan" if m.group(1) else "han"
            out.append(f'<font name="{names[(role, bold)]}" size="{size * self.scale[role]:.2f}">{m.group(0)}</font>')
            pos = m.end()
        if pos < len(s):
            out.append(f'<font name="{names[("latin", bold)]}">{s[pos:]}</font>')
        return "".join(out).replace("\n", "<br/>")

    def sections(self, rec: dict) -> list[tuple[str, list[str], list[list], list[float]]]:
        """A card's four sections: title, column headers, rows, column widths (fractions)."""
        L = self.label
        return [
            (
                "Loan demands and their history",
                [
                    "Registered on",
                    "Loan product",
                    "Amount asked (yuan)",
                    "Status",
                    "Amount granted (yuan)",
                    "Interest rate",
                    "Maturity",
                    "History",
                ],
                [
                    [
                        d["registered_on"],
                        self.products.get(d["product_code"], d["product_code"]),
                        _yuan(d["amount_fen"]),
                        L("loan_status", d["status"]),
                        _yuan(d["granted_fen"]) if d["granted_fen"] else "",
                        f"{d['rate_bp'] / 100:.2f}%" if d["rate_bp"] is not None else "",
                        d["maturity_on"] or "",
                        "\n".join(
                            f"{e['on_date']} {L('loan_status', e['to_status'])}"
                            + (f" ({e['reason']})" if e.get("reason") else "")
                            for e in d.get("events", [])
                        ),
                    ]
                    for d in rec["loans"]
                ],
                [0.105, 0.14, 0.13, 0.095, 0.13, 0.08, 0.105, 0.215],
            ),
            (
                "Literacy sessions attended",
                ["Held on", "Place", "Topics", "Language"],
                [
                    [
                        s["held_on"],
                        s["place"],
                        "; ".join(L("literacy_topic", t) for t in json.loads(s["topics"] or "[]")),
                        L("language", s["language"]),
                    ]
                    for s in rec["sessions"]
                ],
                [0.14, 0.24, 0.46, 0.16],
            ),
            (
                "Complaints",
                ["Received on", "Business type", "Description", "Status", "Resolved on", "Satisfaction"],
                [
                    [
                        c["received_on"],
                        L("complaint_code_b", c["code_b"]),
                        c["description"],
                        L("complaint_status", c["status"]),
                        c["resolved_on"] or "",
                        L("satisfaction", c["satisfaction"]),
                    ]
                    for c in rec["complaints"]
                ],
                [0.13, 0.16, 0.33, 0.13, 0.12, 0.13],
            ),
            (
                "Credit ratings",
                ["Year", "Score", "Grade", "Rated on", "Bank rater", "Village rater"],
                [
                    [
                        r["year"],
                        r["score"],
                        L("rating_grade", r["grade"]),
                        r["rated_on"],
                        r["bank_rater"],
                        r["village_rater"],
                    ]
                    for r in rec["ratings"]
                ],
                [0.1, 0.1, 0.16, 0.16, 0.24, 0.24],
            ),
        ]

    def build(self, out: str, story: list, style) -> None:
        """The story on A4 with the cards' margins, and on every page the same texts as the cards'
        header and footer (office name, printing date, page number) as shaped Paragraphs."""
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        doc = SimpleDocTemplate(
            out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=21 * mm, bottomMargin=17 * mm
        )
        header = self.markup(self.office_name)
        printed = self.markup(f"{self.tr('Printed on')}: 2026-11-15")
        page_word = self.tr("Page {page}")

        def on_page(canvas, doc):
            for text_, y in (
                (header, A4[1] - 12 * mm),
                (printed, 9 * mm),
                (self.markup(page_word.replace("{page}", str(doc.page))), 5 * mm),
            ):
                para = Paragraph(text_, style)
                para.wrapOn(canvas, A4[0] - 30 * mm, 20 * mm)
                para.drawOn(canvas, 15 * mm, y)

        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _yuan(fen) -> str:
    return f"{fen / 100:,.2f}" if fen is not None else ""


def _font_files() -> list:
    """Which files the project picked (untimed: the floors register the same files themselves)."""
    from exports.pdf import fonts as pdf_fonts

    fs = pdf_fonts.ensure_fonts(None)
    return [(f.role, f.path, f.index, f.bold_path, f.scale) for f in fs.faces()]


def _masked(id_number: str) -> str:
    return id_number[:6] + "********" + id_number[-4:]


def run_bare(db: str, out: str, cards: int = CARDS, mode: str = MODE, compare_with: str = "") -> dict:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph

    files = _font_files()
    ws = _open(db)
    started = time.perf_counter()
    f = _Floor(ws, files, mode)
    style = ParagraphStyle("bare", fontName=f.names[("latin", False)], fontSize=f.size, leading=f.size * 1.9, shaping=1)
    L, tr = f.label, f.tr
    ids = _ids(ws, cards)
    story = []
    for n, hid in enumerate(ids, start=1):
        rec = ws.households.record(hid)
        h = rec["household"]
        strings = [
            (f"{h['name_zh']} {h['name_bo']}  {n}/{len(ids)}", False),
            (tr("Household financial services record card"), True),
            (f"{h['name_zh']}  {h['name_bo']}", True),
        ]
        details = [
            ("Name (Chinese)", h["name_zh"]),
            ("Name (Tibetan)", h["name_bo"]),
            ("ID number", _masked(h["id_number"])),
            ("Sex", L("sex", h["sex"])),
            ("Birth date", h["birth_date"]),
            ("Phone", h["phone"]),
            ("Village", f.villages.get(h["village_id"], "")),
            ("Group", h["group_name"]),
            ("Household size", h["household_size"]),
            ("Labourers", h["labour_count"]),
            ("Ethnicity", L("ethnicity", h["ethnicity"])),
            ("Preferred language", L("language", h["preferred_language"])),
            ("Household status", L("household_status", h["status"])),
            ("Industry", L("industry", h["industry"])),
        ]
        for label, value in details:
            strings += [(tr(label), True), (value if value is not None else "", False)]
        for title, headers, rows, _fractions in f.sections(rec):
            strings.append((tr(title), True))
            if not rows:
                strings.append((tr("None on record."), False))
                continue
            strings += [(tr(x), True) for x in headers]
            strings += [(v, False) for row in rows for v in row]
        story += [Paragraph(f.markup(s, bold), style) for s, bold in strings if s != ""]
        story.append(PageBreak())
    f.build(out, story, style)
    seconds = time.perf_counter() - started
    ws.close()
    result = {"seconds": seconds, "cards": len(ids), "pages": _pages(out), "bytes": Path(out).stat().st_size}
    if compare_with and Path(compare_with).exists():
        result["han_chars"] = _han_chars(out)
        result["han_chars_ours"] = _han_chars(compare_with)
    return result


def run_bare_tables(db: str, out: str, cards: int = CARDS, mode: str = MODE) -> dict:
    """The floor the cards are held to (issue #16): bare reportlab laying out the same cells as
    the cards do — a title, the name, the 7 x 4 details Table, and per section a heading and a
    Table with a repeated header row — every cell a Paragraph of script runs in the same fonts
    and sizes, HarfBuzz shaping only the Tibetan runs (Han, Latin and digits need none), and the
    office name, printing date and page number on every page.  No page template logic, no
    caches of our own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle
    from reportlab.platypus import paragraph as rl_paragraph

    files = _font_files()
    ws = _open(db)
    started = time.perf_counter()
    f = _Floor(ws, files, mode, shapable=True)
    tibetan_fonts = {f.names[("tibetan", False)], f.names[("tibetan", True)]}
    original = ttfonts.shapeFragWord

    def shape_tibetan_only(w, *a, **k):
        if any(getattr(font, "fontName", "") in tibetan_fonts for font, _s in w[1:]):
            return original(w, *a, **k)
        return w

    rl_paragraph.shapeFragWord = shape_tibetan_only
    size = f.size
    latin = f.names[("latin", False)]
    cell = ParagraphStyle("cell", fontName=latin, fontSize=size, leading=size * 1.9, shaping=1)
    big = ParagraphStyle("big", parent=cell, fontSize=size * 1.6, leading=size * 1.6 * 1.9)
    head = ParagraphStyle("head", parent=cell, fontSize=size * 1.2, leading=size * 1.2 * 1.9)
    L, tr = f.label, f.tr

    def para(value, bold=False, style=cell):
        return Paragraph(f.markup(value, bold, style.fontSize), style)

    width = A4[0] - 30 * mm
    grid = [
        ("GRID", (0, 0), (-1, -1), 0.4, "#8899AA"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), latin),
    ]
    ids = _ids(ws, cards)
    story = []
    for hid in ids:
        rec = ws.households.record(hid)
        h = rec["household"]
        details = [
            ("Name (Chinese)", h["name_zh"]),
            ("Name (Tibetan)", h["name_bo"]),
            ("ID number", _masked(h["id_number"])),
            ("Sex", L("sex", h["sex"])),
            ("Birth year", (h["birth_date"] or "")[:4]),
            ("Phone", h["phone"]),
            ("Village", f.villages.get(h["village_id"], "")),
            ("Group", h["group_name"]),
            ("Household size", h["household_size"]),
            ("Labourers", h["labour_count"]),
            ("Ethnicity", L("ethnicity", h["ethnicity"])),
            ("Preferred language", L("language", h["preferred_language"])),
            ("Household status", L("household_status", h["status"])),
            ("Industry", L("industry", h["industry"])),
            ("Registered on", h.get("registered_on") or ""),
        ]
        rows = []
        for i in range(0, len(details), 2):
            row = []
            for label, value in details[i : i + 2]:
                row += [para(tr(label), True), para("" if value is None else value)]
            rows.append(row + [""] * (4 - len(row)))
        story += [
            para(tr("Household financial services record card", "\n"), True, big),
            para(f"{h['name_bo']}  {h['name_zh']}", True, head),
        ]
        t = Table(rows, colWidths=[width * 0.17, width * 0.33, width * 0.17, width * 0.33])
        t.setStyle(TableStyle(grid))
        story.append(t)
        for title, headers, body, fractions in f.sections(rec):
            story.append(para(tr(title), True, head))
            if not body:
                story.append(para(tr("None on record.")))
                continue
            data = [[para(tr(x, "\n"), True) for x in headers]]
            data += [[para("" if v is None else v) for v in row] for row in body]
            t = Table(data, colWidths=[width * fr for fr in fractions], repeatRows=1)
            t.setStyle(TableStyle(grid))
            story.append(t)
        story.append(PageBreak())
    f.build(out, story, cell)
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "cards": len(ids), "pages": _pages(out), "bytes": Path(out).stat().st_size}


def _pages(path: str) -> int | None:
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, timeout=60).stdout
        return int(re.search(r"Pages:\s+(\d+)", info).group(1))
    except (OSError, AttributeError, subprocess.SubprocessError):
        return None


def _han_chars(path: str) -> int | None:
    try:
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return len(HAN.findall(text))


def cases(ctx: Ctx) -> list[Case]:
    ok = module_available("exports.pdf.cards")
    cards = min(CARDS, 20 if ctx.quick else CARDS, ctx.households)
    ours_out = str(ctx.out / "cards-ours.pdf")
    return [
        Case(
            name="cards",
            title=f"{cards:,} household cards (PDF, bilingual)",
            budget=Budget("ratio", 1.3),
            ours=Measure("bench.bench_cards:run_ours", {"db": str(ctx.db), "out": ours_out, "cards": cards})
            if ok
            else None,
            bare=Measure(
                "bench.bench_cards:run_bare",
                {"db": str(ctx.db), "out": str(ctx.out / "cards-bare.pdf"), "cards": cards, "compare_with": ours_out},
            ),
            repeat=1,
            size_free=True,
            unavailable="" if ok else "exports/pdf/cards.py is not in the tree yet",
            note="same records fetched the same way; bare = shaped Paragraphs in the same fonts, no tables",
        ),
        Case(
            name="cards_tables",
            title=f"{cards:,} household cards against the tables floor",
            budget=Budget("ratio", 2.0),
            ours=Measure("bench.bench_cards:run_ours", {"db": str(ctx.db), "out": ours_out, "cards": cards})
            if ok
            else None,
            bare=Measure(
                "bench.bench_cards:run_bare_tables",
                {"db": str(ctx.db), "out": str(ctx.out / "cards-tables.pdf"), "cards": cards},
            ),
            repeat=1,
            size_free=True,
            unavailable="" if ok else "exports/pdf/cards.py is not in the tree yet",
            note="issue #16's floor: reportlab Tables of the same cells, same fonts, HarfBuzz on Tibetan runs only",
        ),
    ]
