"""The monthly report as a PDF (A4, ReportLab; every string through exports.pdf.text).

Office name and period in the header of every page, "page X of Y" in the footer, the summary
sections of :mod:`exports.summary`, a bar chart of the month's loan pipeline, the per-village
tables (split in two so they fit portrait A4), an annex listing the month's loan steps (a table
that splits across pages with its header repeated), and signature lines.

``write_report_pdf(ws, report, out_path, mode="zh", font_paths=None, full_ids=False) -> PdfResult``
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.renderbase import STATE_DEFAULTS
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageTemplate, Spacer)

from app.domain.numbers import axis_top
from app.i18n import N_
from app.services import reports
from app.services.reports import PIPELINE, MonthlyReport
from exports import common, summary, usb
from exports.pdf import fonts as pdf_fonts
from exports.pdf import layout, text

MARGIN = 16 * mm
HEADER_H = 14 * mm
FOOTER_H = 10 * mm
CHART_TITLE = N_("Loan pipeline in the month (number of demands)")
VILLAGE_LOANS = N_("Villages: loans")
VILLAGE_OTHER = N_("Villages: sessions, complaints and credit")
ANNEX = N_("Annex: loan steps in the month")
NO_STEPS = N_("No loan steps were recorded in this month.")
ANNEX_MORE = N_("… and {n} more steps: the .xlsx monthly report lists them all.")
#: the annex lists at most this many steps (a county's month can have tens of thousands)
ANNEX_LIMIT = 300


@dataclass
class PdfResult:
    path: str
    pages: int
    missing: set[str] = field(default_factory=set)   # characters printed as placeholders


class PipelineChart(Flowable):
    """A VerticalBarChart of the pipeline counts; category labels drawn shaped by text.py
    (the chart's own labels would be unshaped Tibetan), one line per language in bilingual mode."""

    def __init__(self, labels: list[str], values: list[int], width: float, style,
                 bar_height: float = 50 * mm):
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


def _chart(ws, report: MonthlyReport, mode: str, width: float, st: dict) -> PipelineChart:
    if mode == "both":  # one language per line
        labels = [ws.reference.label("loan_status", s, "bo") + "\n" + ws.reference.label("loan_status", s, "zh")
                  for s in PIPELINE]
    else:
        labels = [ws.reference.label("loan_status", s, mode) for s in PIPELINE]
    small = ParagraphStyle("chart_label", parent=st["cell_center"], fontSize=st["small"].fontSize,
                           leading=st["small"].leading)
    return PipelineChart(labels, [report.total.step(s).n for s in PIPELINE], width, small)


def _indicators(ws, report: MonthlyReport, mode: str, st: dict, width: float) -> list:
    """The Home page's indicators for the month (issue 9): the same rows as the workbook's sheet."""
    rows = summary.indicator_rows(ws, report)
    if not rows:
        return []
    body = []
    for label, value, kind in rows:
        shown = [common.text(label, mode)]
        if value is None:
            shown += ["", "", ""]
        elif kind == "share":
            share = f"{value.part * 100 / value.whole:.1f} %" if value.whole else ""
            shown += [value.part, value.whole, share]
        else:
            shown += [value, "", ""]
        body.append(shown)
    headers = [common.text(h, mode) for h in summary.INDICATOR_HEADERS]
    first = 0.55 if mode != "both" else 0.6
    widths = [width * first] + [width * (1 - first) / 3] * 3
    return [CondPageBreak(60 * mm), text.para(common.text(summary.INDICATORS, mode), st["heading"]),
            # figures flush right, whatever their kind (counts, shares, medians)
            layout.data_table(headers, body, widths, st, right=(1, 2, 3))]


def _village_tables(report: MonthlyReport, mode: str, st: dict, width: float) -> list:
    cols = {c[0]: c for c in summary.VILLAGE_COLUMNS}
    loan_cols = [N_("Households"), N_("Demands registered"), N_("Amount asked (yuan)"), N_("Granted"),
                 N_("Amount granted (yuan)"), N_("530 outstanding"), N_("530 outstanding (yuan)")]
    other_cols = [N_("Sessions"), N_("Attendance"), N_("Women"), N_("Poor households"),
                  N_("Complaints received"), N_("Complaints resolved"), N_("Complaints overdue"),
                  N_("Credit households")]
    out = []
    for title, keys, credit in ((VILLAGE_LOANS, loan_cols, False), (VILLAGE_OTHER, other_cols, True)):
        headers = [common.text(summary.VILLAGE, mode)] + [common.text(k, mode) for k in keys]
        if credit:
            headers.append(common.text(summary.CREDIT_VILLAGE, mode))
        yes, no = common.text(summary.YES, mode), common.text(summary.NO, mode)

        def values(fig, kinds=keys):
            return [summary.Money(cols[k][2](fig)) if cols[k][1] == "money" else cols[k][2](fig) for k in kinds]

        rows = []
        for v in report.villages:
            row = [summary.village_label(v, mode)] + values(v.figures)
            if credit:
                row.append((yes if v.credit_village else no) if v.village_id else "")
            rows.append(row)
        total = [text.para(common.text(summary.TOTAL, mode), st["cell_bold"])] + values(report.total)
        if credit:
            total.append(report.credit_villages)
        rows.append(total)
        first = 0.2 if mode != "both" else 0.24
        # money columns get half as much room again as counts
        weights = [1.6 if cols[k][1] == "money" else 1.0 for k in keys] + ([1.0] if credit else [])
        unit = width * (1 - first) / sum(weights)
        widths = [width * first] + [unit * w for w in weights]
        out.append(CondPageBreak(50 * mm))
        out.append(text.para(common.text(title, mode), st["heading"]))
        out.append(layout.data_table(headers, rows, widths, st, total_row=True))
    return out


def _annex(ws, report: MonthlyReport, mode: str, st: dict, width: float, id_format) -> list:
    out = [CondPageBreak(60 * mm), text.para(common.text(ANNEX, mode), st["heading"])]
    if not report.loan_event_ids:
        return out + [text.para(common.text(NO_STEPS, mode), st["body"])]
    products = common.product_labels(ws, mode)
    statuses = common.enum_labels(ws, "loan_status", mode)
    from storage import villages
    village_names = {v["id"]: common.pair(v["name_zh"], v["name_bo"], mode) for v in villages.all_rows(ws.db)}
    headers = [common.text(h, mode) for h in (N_("Date"), N_("Household"), N_("ID number"), N_("Village"),
                                               N_("Loan product"), N_("Step"), N_("Amount (yuan)"))]
    rows = []
    shown = report.loan_event_ids[:ANNEX_LIMIT]
    for start in range(0, len(shown), 1000):
        for r in reports.loan_event_rows(ws, shown[start:start + 1000]):
            rows.append([r["on_date"], common.pair(r["household_zh"], r["household_bo"], "both", " "),
                         id_format(r["id_number"]), village_names.get(r["village_id"], ""),
                         products.get(r["product_code"], r["product_code"]),
                         statuses.get(r["to_status"], r["to_status"]),
                         summary.Money(r["event_fen"] or 0)])
    fr = [0.11, 0.19, 0.18, 0.13, 0.15, 0.11, 0.13]
    out.append(layout.data_table(headers, rows, [width * f for f in fr], st))
    more = len(report.loan_event_ids) - len(shown)
    if more > 0:
        out.append(text.para(common.text(ANNEX_MORE, mode).format(n=more), st["small"]))
    return out


def write_report_pdf(ws, report: MonthlyReport, out_path, *, mode: str = "zh", font_paths=None,
                     full_ids: bool = False) -> PdfResult:
    fs = pdf_fonts.ensure_fonts_for(ws, font_paths)  # FontError: a sentence naming what to install
    id_format = common.id_formatter(ws, full_ids)
    fs.missing.clear()
    st = text.styles(9 if mode != "both" else 8.5, fs)
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    office = summary.office_name(report, mode)
    title = common.text(summary.REPORT_TITLE, mode)
    period = f"{common.text(summary.PERIOD, mode)}: {summary.period_text(report)}"
    made = f"{common.text(summary.MADE, mode)}: {_dt.date.today().isoformat()}"

    right = f"{common.text(summary.TITLE, mode)} · {report.month}"
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
        text.draw_string(canvas, MARGIN, MARGIN - 7 * mm, made, 8, fonts=fs)
        text.draw_string(canvas, page_w - MARGIN, MARGIN - 7 * mm,
                         layout.page_label(layout.PAGE_OF, mode, page=page, pages=pages), 8,
                         align="right", fonts=fs)
        canvas.restoreState()
        result.pages = pages

    result = PdfResult(str(out_path), 0)
    story = [text.para(summary.office_name(report, mode).replace(" / ", "\n"), st["title"]),
             text.para(common.text(summary.REPORT_TITLE, mode, sep="\n"), st["title"]),
             text.para(period, st["body"]), Spacer(1, 2 * mm)]
    secs = summary.sections(ws, report, mode)
    for i, sec in enumerate(secs):
        n = len(sec.headers)
        first = 0.5 if n > 2 else 0.7
        widths = [width * first] + [width * (1 - first) / (n - 1)] * (n - 1)
        block = [text.para(sec.title, st["heading"]), layout.data_table(sec.headers, sec.rows, widths, st)]
        story.append(KeepTogether(block))
        if i == 0:
            story.append(KeepTogether([text.para(common.text(CHART_TITLE, mode), st["heading"]),
                                       _chart(ws, report, mode, width, st)]))
    story += _village_tables(report, mode, st, width)
    story += _indicators(ws, report, mode, st, width)
    story += _annex(ws, report, mode, st, width, id_format)
    story += [Spacer(1, 10 * mm), layout.signature_block(mode, st, width)]

    with usb.safe_target(out_path) as target:
        doc = BaseDocTemplate(target.temp, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN + HEADER_H - 6 * mm, bottomMargin=MARGIN + 2 * mm,
                              title=f"{title} {report.month}", author=office, creator="Dual-Base Ledger")
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("report", frames=[frame], onPage=header)])
        doc.build(story, canvasmaker=layout.numbered_canvas(footer))
    result.missing = set(fs.missing)
    return result

