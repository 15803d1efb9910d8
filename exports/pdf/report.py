"""A period's report as a PDF (A4, ReportLab; every string through exports.pdf.text).

Office name and period in the header of every page, "page X of Y" in the footer, the notices
(provisional, before the register began), the summary sections, a bar chart of the period's loan
pipeline, the per-village tables (split in two so they fit portrait A4), the indicators, the
offices below (included / missing), the narrative (新情况、新问题), an annex listing the period's
loan steps (a table that splits across pages with its header repeated, and says where it stops),
and signature lines with the names of who filled in and who checked the report.

``write_report_pdf(document, out_path, font_paths=None) -> PdfResult`` turns a
:class:`app.domain.report_document.ReportDocument` (app/services/report_document.py builds it) into
the file and reads nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.renderbase import STATE_DEFAULTS
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from app.domain import report_document as rd
from app.domain.numbers import axis_top
from app import safe_write
from exports.pdf import fonts as pdf_fonts
from exports.pdf import layout, text

MARGIN = 16 * mm
HEADER_H = 14 * mm
FOOTER_H = 10 * mm
#: the village table's two halves, by column key (the English header)
LOAN_COLUMNS = (
    "Households",
    "Demands registered",
    "Amount asked (yuan)",
    "Granted",
    "Amount granted (yuan)",
    "530 outstanding",
    "530 outstanding (yuan)",
)
OTHER_COLUMNS = (
    "Sessions",
    "Attendance",
    "Women",
    "Poor households",
    "Complaints received",
    "Complaints resolved",
    "Complaints overdue",
    "Credit households",
)


@dataclass
class PdfResult:
    path: str
    pages: int
    missing: set[str] = field(default_factory=set)  # characters printed as placeholders


class PipelineChart(Flowable):
    """A VerticalBarChart of the pipeline counts; category labels drawn shaped by text.py
    (the chart's own labels would be unshaped Tibetan), one line per language in bilingual mode."""

    def __init__(self, labels: list[str], values: list[int], width: float, style, bar_height: float = 50 * mm):
        super().__init__()
        self.values = values
        self.width = width
        self.chart_x, self.chart_w = 14 * mm, width - 20 * mm
        self.slot = self.chart_w / len(values)
        # category labels as shaped Paragraphs wrapped to their slot (Tibetan labels are long)
        self.labels = [text.para(label, style) for label in labels]
        self.label_h = max(p.wrap(self.slot - 4, 200)[1] for p in self.labels) + 3 * mm
        self.height = bar_height + self.label_h + 6 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        fs = pdf_fonts.active()
        label_h = self.label_h
        d = Drawing(self.width, self.height)
        chart = VerticalBarChart()
        chart.x, chart.y = self.chart_x, label_h
        chart.width = self.chart_w
        chart.height = self.height - label_h - 6 * mm
        chart.data = [self.values]
        chart.categoryAxis.categoryNames = [""] * len(self.values)
        chart.categoryAxis.labels.fontName = fs.latin.name
        chart.valueAxis.labels.fontName = fs.latin.name
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.valueMin = 0
        # five whole, round steps (0, 100, 200 … not 0, 91, 182 …)
        top = axis_top(max(self.values + [0]), 5)
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = top // 5
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fs.latin.name
        chart.barLabels.fontSize = 8
        chart.barLabels.nudge = 6
        chart.bars[0].fillColor = colors.HexColor("#4F7CAC")
        chart.bars.strokeColor = None
        d.add(chart)
        # the renderer starts from STATE_DEFAULTS (Helvetica, never embedded): start in ours
        saved = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = fs.latin.name
        try:
            renderPDF.draw(d, self.canv, 0, 0)
        finally:
            STATE_DEFAULTS["fontName"] = saved
        for i, para in enumerate(self.labels):
            _w, h = para.wrap(self.slot - 4, 200)
            para.drawOn(self.canv, chart.x + self.slot * i + 2, label_h - 2 * mm - h)


def _chart(chart: rd.Chart, width: float, st: dict) -> PipelineChart:
    small = ParagraphStyle(
        "chart_label", parent=st["cell_center"], fontSize=st["small"].fontSize, leading=st["small"].leading
    )
    return PipelineChart(list(chart.labels), list(chart.values), width, small)


def _cell(v):
    """A document cell as the table layout takes it (money stays Money for its yuan format)."""
    if isinstance(v, rd.Share):
        return v.part
    if isinstance(v, (rd.Days, rd.Rate)):
        return v.text
    return v


def figure_columns(section: rd.Section) -> tuple[int, ...]:
    """The columns holding figures only, empty cells aside: the loan book's rows leave a count or
    an amount empty and give its overdue rate as a percentage, and such a column was set flush
    left while every other table's figures stand flush right."""
    out = []
    for col in range(len(section.headers)):
        values = [r[col] for r in section.rows if col < len(r) and r[col] not in ("", None)]
        if values and all(isinstance(v, rd.FIGURES) and not isinstance(v, bool) for v in values):
            out.append(col)
    return tuple(out)


def _table(section: rd.Section, st: dict, widths: list[float], *, right: tuple[int, ...] = (), **kw) -> list:
    right = tuple(sorted(set(right) | set(figure_columns(section))))
    rows = [[_cell(v) for v in row] for row in section.rows]
    return [
        text.para(section.title, st["heading"]),
        layout.data_table(list(section.headers), rows, widths, st, right=right, **kw),
    ]


def _indicators(d: rd.ReportDocument, st: dict, width: float) -> list:
    """The Home page's indicators for the period (issue 9): the same rows as the workbook's sheet."""
    if d.indicators is None or not d.indicators.rows:
        return []
    first = 0.55 if d.mode != "both" else 0.6
    widths = [width * first] + [width * (1 - first) / 3] * 3
    # figures flush right, whatever their kind (counts, shares, medians)
    return [CondPageBreak(60 * mm), *_table(d.indicators, st, widths, right=(1, 2, 3))]


def _village_tables(d: rd.ReportDocument, st: dict, width: float) -> list:
    v = d.villages
    index = {k: i for i, k in enumerate(v.keys)}
    out = []
    halves = ((v.loans_title, LOAN_COLUMNS, False), (v.other_title, OTHER_COLUMNS, True))
    for title, keys, credit in halves:
        cols = [index[k] for k in keys]
        headers = [v.first_header] + [v.headers[i] for i in cols] + ([v.credit_header] if credit else [])
        rows = [[r[0]] + [r[1 + i] for i in cols] + ([r[-1]] if credit else []) for r in v.rows]
        total = (
            [text.para(v.total[0], st["cell_bold"])]
            + [v.total[1 + i] for i in cols]
            + ([v.total[-1]] if credit else [])
        )
        rows.append(total)
        first = 0.2 if d.mode != "both" else 0.24
        # money columns get half as much room again as counts
        weights = [1.6 if k in v.money else 1.0 for k in keys] + ([1.0] if credit else [])
        unit = width * (1 - first) / sum(weights)
        widths = [width * first] + [unit * w for w in weights]
        out.append(CondPageBreak(50 * mm))
        out.append(text.para(title, st["heading"]))
        out.append(layout.data_table(headers, rows, widths, st, total_row=True))
    return out


#: the document indents a JR/T 0169 class under its parent with ideographic spaces, which a
#: Paragraph collapses as it breaks lines: they become the cell's left indent (an em each)
INDENT = "\u3000"


def _indented(label, st: dict):
    depth = len(label) - len(label.lstrip(INDENT)) if isinstance(label, str) else 0
    if not depth:
        return label
    style = st.setdefault(
        f"cell_indent_{depth}",
        ParagraphStyle(f"cell_indent_{depth}", parent=st["cell"], leftIndent=depth * st["cell"].fontSize),
    )
    return text.para(label[depth:], style)


def _complaint_statistics(d: rd.ReportDocument, st: dict, width: float) -> list:
    out = []
    fr = [0.1, 0.54, 0.12, 0.12, 0.12]
    for sec in d.complaint_statistics:
        rows = tuple((code, _indented(label, st), *rest) for code, label, *rest in sec.rows)
        out += [CondPageBreak(60 * mm), *_table(replace(sec, rows=rows), st, [width * f for f in fr])]
    return out


def _offices_below(d: rd.ReportDocument, st: dict, width: float) -> list:
    if d.offices_below is None:
        return []
    fr = [0.17, 0.33, 0.1, 0.14, 0.26]
    return [CondPageBreak(40 * mm), *_table(d.offices_below, st, [width * f for f in fr])]


def _narrative(d: rd.ReportDocument, st: dict) -> list:
    out = [CondPageBreak(30 * mm), text.para(d.narrative_title, st["heading"])]
    paragraphs = [p for p in d.narrative.split("\n") if p.strip()] or ["—"]
    return out + [text.para(p, st["body"]) for p in paragraphs]


def _annex(d: rd.ReportDocument, st: dict, width: float) -> list:
    a = d.annex
    out = [CondPageBreak(60 * mm), text.para(a.title, st["heading"])]
    if not a.rows:
        return out + [text.para(a.empty, st["body"])]
    fr = [0.11, 0.19, 0.18, 0.13, 0.15, 0.11, 0.13]
    out.append(layout.data_table(list(a.headers), [list(r) for r in a.rows], [width * f for f in fr], st))
    if a.more:
        out.append(text.para(a.more, st["body"]))
    return out


def write_report_pdf(d: rd.ReportDocument, out_path, *, font_paths=None) -> PdfResult:
    # FontError: a sentence naming what to install
    fs = pdf_fonts.ensure_fonts(font_paths if font_paths is not None else d.font_paths)
    fs.missing.clear()
    mode = d.mode
    st = text.styles(9 if mode != "both" else 8.5, fs)
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    office = d.office
    right = d.header_right
    right_w = layout.text_width(right, 9)
    office_w = layout.text_width(office, 9, bold=True)
    office_size = min(9.0, 9.0 * (width - right_w - 8 * mm) / office_w) if office_w else 9.0

    def header(canvas, doc):
        y = page_h - MARGIN + 2 * mm
        text.draw_string(canvas, MARGIN, y, office, office_size, bold=True, fonts=fs)
        text.draw_string(canvas, page_w - MARGIN, y, right, 9, align="right", fonts=fs)
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 3 * mm, page_w - MARGIN, y - 3 * mm)

    def footer(canvas, page, pages):
        canvas.saveState()
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN - 2 * mm, page_w - MARGIN, MARGIN - 2 * mm)
        layout.footer_line(canvas, d.made_line, page, pages, mode, page_width=page_w, margin=MARGIN, fonts=fs)
        canvas.restoreState()
        result.pages = pages

    result = PdfResult(str(out_path), 0)
    story = [
        text.para(office.replace(" / ", "\n"), st["title"]),
        text.para(d.title.replace(" / ", "\n"), st["title"]),
        text.para(d.period_line, st["body"]),
    ]
    story += [text.para(n, st["heading"]) for n in d.notices]
    story.append(Spacer(1, 2 * mm))
    for i, sec in enumerate(d.sections):
        n = len(sec.headers)
        first = 0.5 if n > 2 else 0.7
        widths = [width * first] + [width * (1 - first) / (n - 1)] * (n - 1)
        story.append(KeepTogether(_table(sec, st, widths)))
        if i == 0:
            story.append(KeepTogether([text.para(d.chart.title, st["heading"]), _chart(d.chart, width, st)]))
    story += _village_tables(d, st, width)
    story += _indicators(d, st, width)
    story += _complaint_statistics(d, st, width)
    story += _offices_below(d, st, width)
    story += _narrative(d, st)
    story += _annex(d, st, width)
    story += [Spacer(1, 10 * mm), layout.signature_block(mode, st, width, d.signatures)]

    with safe_write.safe_target(out_path) as target:
        doc = BaseDocTemplate(
            target.temp,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_H - 6 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=d.file_title,
            author=office,
            creator="Dual-Base Ledger",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("report", frames=[frame], onPage=header)])
        doc.build(story, canvasmaker=layout.numbered_canvas(footer))
    result.missing = set(fs.missing)
    return result
