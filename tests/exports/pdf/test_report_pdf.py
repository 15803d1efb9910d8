"""The monthly report PDF checked with poppler: fonts embedded, Chinese text there, pages numbered."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.i18n import translate
from app.services import reports
from app.services.report_document import document
from exports.pdf import fonts
from exports.pdf.report import write_report_pdf

pytestmark = pytest.mark.skipif(
    not shutil.which("pdffonts") or not shutil.which("pdftotext"), reason="poppler-utils not installed"
)


def pdffonts(path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [dict(name=p[0], emb=p[-5], sub=p[-4]) for p in (line.split() for line in out.splitlines()[2:])]


def pdftext(path, *args) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def report_pdf(demo_ws, tmp_path):
    def make(mode):
        path = tmp_path / f"r-{mode}.pdf"
        result = write_report_pdf(document(demo_ws, reports.monthly(demo_ws, "2026-10"), mode, sheets=False), path)
        return path, result

    return make


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_every_font_is_embedded_and_nothing_is_missing(report_pdf, mode):
    path, result = report_pdf(mode)
    rows = pdffonts(path)
    assert rows and all(r["emb"] == "yes" and r["sub"] == "yes" for r in rows), rows
    assert not any("Helvetica" in r["name"] for r in rows)
    assert result.missing == set()
    if mode != "zh":
        assert fonts.active().tibetan.ps_name in " ".join(r["name"] for r in rows)


def test_chinese_headings_office_and_period_are_in_the_text(report_pdf, demo_ws):
    path, _ = report_pdf("zh")
    text = pdftext(path)
    from app.services.report_document import report_title

    assert report_title("village", "month", "zh") == "双基联动工作室月报"
    assert "".join(report_title("village", "month", "zh").split()) in "".join(text.split())
    for source in ("Loan demands in the month", "Complaints", "Prepared by", "Reviewed by"):
        assert translate(source, "zh") in text, source
    assert demo_ws.office["name_zh"] in text and "2026-10-01" in text


def test_pages_are_numbered_x_of_y(report_pdf):
    path, result = report_pdf("zh")
    pages = pdftext(path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == result.pages >= 2
    last = translate("Page {page} of {pages}", "zh").format(page=result.pages, pages=result.pages)
    assert last in pages[-1]


def test_the_annex_table_repeats_its_header_on_each_page(report_pdf, demo_ws):
    path, result = report_pdf("zh")
    header = translate("Loan product", "zh")
    pages = [p for p in pdftext(path).split("\f") if p.strip()]
    annex = [i for i, p in enumerate(pages) if translate("Annex: loan steps in the month", "zh") in p][0]
    assert annex < len(pages) - 1, "the annex should run over more than one page with the demo data"
    for page in pages[annex:]:
        if "2026-10-" in page:
            assert header in page


def test_the_figures_in_the_text_match_the_report(report_pdf, demo_ws):
    path, _ = report_pdf("zh")
    n = demo_ws.db.scalar("SELECT count(*) FROM loan_demand WHERE registered_on LIKE '2026-10-%'")
    registered = demo_ws.reference.label("loan_status", "registered", "zh")
    line = next(l for l in pdftext(path).splitlines() if l.strip().startswith(registered))
    assert str(n) in line.split()


def test_a_missing_font_is_a_sentence_and_no_file(demo_ws, tmp_path, monkeypatch):
    from exports.pdf.errors import FontError

    fonts.forget()
    monkeypatch.setattr(fonts, "_find", lambda role: None)
    monkeypatch.setattr(fonts, "_ensure", fonts._ensure.__wrapped__)
    try:
        with pytest.raises(FontError) as err:
            doc = document(demo_ws, reports.monthly(demo_ws, "2026-10"), "zh", sheets=False)
            write_report_pdf(doc, tmp_path / "x.pdf")
        assert "install" in err.value.text("en")
        assert not (tmp_path / "x.pdf").exists()
    finally:
        monkeypatch.undo()
        fonts.forget()


@pytest.mark.parametrize("mode", ["zh", "bo"])
def test_a_long_annex_is_cut_with_a_note(demo_ws, tmp_path, monkeypatch, mode):
    from app.services import report_document

    monkeypatch.setattr(report_document, "ANNEX_LIMIT", 10)
    path = tmp_path / "cut.pdf"
    report = reports.monthly(demo_ws, "2026-10")
    write_report_pdf(document(demo_ws, report, mode, sheets=False), path)
    note = translate(report_document.ANNEX_MORE, mode).format(n=len(report.loan_event_ids) - 10)
    assert translate(report_document.ANNEX_MORE, mode) != report_document.ANNEX_MORE  # the reader's language
    if mode == "zh":  # (Tibetan text comes back from pdftotext only once it carries its text: #16)
        flat = "".join(pdftext(path).split())
        assert "".join(note.split()) in flat


def test_the_home_indicators_have_their_page_with_the_same_figures(report_pdf, demo_ws):
    from app.services import report_document as summary

    path, _ = report_pdf("zh")
    text = pdftext(path)
    assert translate(summary.INDICATORS, "zh") in text
    rows = summary.indicator_rows(demo_ws, reports.monthly(demo_ws, "2026-10"))
    label, value, kind = next(r for r in rows if r[2] == "share" and r[1] is not None and r[1].whole)
    line = next(ln for ln in text.splitlines() if translate(label, "zh") in ln)
    assert str(value.part) in line and str(value.whole) in line
