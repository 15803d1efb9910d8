"""The PDF font files chosen in Settings, kept in the register (app.services.pdf_fonts), and what
the PDF writers do with them: the monthly report embeds the chosen file; an unusable one is a
sentence in the user's language and no PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.services import pdf_fonts, reports
from app.services.report_document import document
from exports.pdf.errors import REASON_CFF, REASON_NO_COVERAGE, REASON_NOT_TRUETYPE, FontError

SYSTEM_TIBETAN = Path("/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf")
LATIN_ONLY = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CFF_FONT = Path("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf")

needs = pytest.mark.skipif(
    not (SYSTEM_TIBETAN.exists() and LATIN_ONLY.exists() and shutil.which("pdffonts")),
    reason="needs fonts-tibetan-machine, fonts-dejavu-core and poppler-utils",
)


def embedded_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def chosen_copy(ws, tmp_path) -> Path:
    """A system Tibetan font copied under another name and chosen for PDFs."""
    mine = tmp_path / "office-tibetan.ttf"
    shutil.copy(SYSTEM_TIBETAN, mine)
    pdf_fonts.set_font_path(ws, "tibetan", str(mine))
    return mine


def test_nothing_chosen_means_no_paths(ws):
    assert pdf_fonts.font_paths(ws) == {}
    assert pdf_fonts.problems(ws) == []


@needs
def test_a_chosen_file_is_kept_in_the_register_and_cleared_by_an_empty_path(ws, tmp_path):
    mine = tmp_path / "mine.ttf"
    shutil.copy(SYSTEM_TIBETAN, mine)
    assert pdf_fonts.set_font_path(ws, "tibetan", str(mine)) is None
    assert pdf_fonts.font_paths(ws) == {"tibetan": str(mine)}
    assert ws.db.get_setting("pdf_font_tibetan") == str(mine)
    pdf_fonts.set_font_path(ws, "tibetan", "")
    assert pdf_fonts.font_paths(ws) == {}


@needs
@pytest.mark.parametrize(
    "role, path, reason",
    [
        ("han", LATIN_ONLY, REASON_NO_COVERAGE),  # no Chinese characters
        ("tibetan", LATIN_ONLY, REASON_NO_COVERAGE),
        ("han", CFF_FONT, REASON_CFF),  # PostScript outlines: ReportLab cannot embed them
    ],
)
def test_an_unusable_font_file_is_named_with_the_reason(ws, role, path, reason):
    if not path.exists():
        pytest.skip(f"{path} is not installed")
    problem = pdf_fonts.set_font_path(ws, role, str(path))
    assert isinstance(problem, FontError) and problem.reason == reason
    assert [p.reason for p in pdf_fonts.problems(ws)] == [reason]
    assert str(path) in problem.text("zh") and "Traceback" not in problem.text("bo")


def test_a_file_that_is_no_font_is_refused(ws, tmp_path):
    bad = tmp_path / "notes.ttf"
    bad.write_text("not a font")
    assert pdf_fonts.set_font_path(ws, "tibetan", str(bad)).reason == REASON_NOT_TRUETYPE


@needs
def test_the_monthly_report_pdf_embeds_the_chosen_tibetan_font(demo_ws, tmp_path):
    from exports.pdf.report import write_report_pdf

    chosen_copy(demo_ws, tmp_path)
    out = tmp_path / "report.pdf"
    write_report_pdf(document(demo_ws, reports.monthly(demo_ws, "2026-10"), "both", sheets=False), out)
    fonts = embedded_fonts(out)
    assert "Tibetan_Machine_Uni" in fonts and "NotoSerifTibetan" not in fonts


@needs
def test_a_chosen_chinese_file_without_chinese_stops_the_report_with_a_sentence(demo_ws, tmp_path):
    from exports.pdf.report import write_report_pdf

    pdf_fonts.set_font_path(demo_ws, "han", str(LATIN_ONLY))
    out = tmp_path / "report.pdf"
    with pytest.raises(FontError) as caught:
        write_report_pdf(document(demo_ws, reports.monthly(demo_ws, "2026-10"), "zh", sheets=False), out)
    assert caught.value.role == "han" and caught.value.reason == REASON_NO_COVERAGE
    assert not out.exists()
    assert caught.value.text("zh") != caught.value.text("en")  # said in the user's language


@needs
def test_the_record_card_command_uses_the_chosen_font_too(demo_ws, tmp_path):
    """The CLI's writer call passes no fonts: the register's choice is taken all the same."""
    from app.services.cards import card_batch
    from exports.pdf.cards import write_cards

    chosen_copy(demo_ws, tmp_path)
    out = tmp_path / "card.pdf"
    for _ in write_cards(card_batch(demo_ws, demo_ws.households.search_ids("")[:1], mode="bo"), out):
        pass
    fonts = embedded_fonts(out)
    assert "Tibetan_Machine_Uni" in fonts and "NotoSerifTibetan" not in fonts
