"""PDF text a reader can search and copy, and typography that holds beside Tibetan (issue #19
items 5 and 6): every Tibetan string of the monthly report comes back from pdftotext as written;
digits and hyphens after Tibetan are set in the Latin font at the text's size; Chinese is bold
where the Tibetan and Latin beside it are; figures stand flush right."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from app.services import reports
from app.services.report_document import document
from exports.pdf import fonts, text
from exports.pdf.report import write_report_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_every_tibetan_string_of_the_report_is_extracted_as_written(demo_ws, tmp_path):
    report = reports.monthly(demo_ws, "2026-10")
    path = tmp_path / "bo.pdf"
    doc = document(demo_ws, report, "bo", sheets=False)
    write_report_pdf(doc, path)
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    strings = {doc.office}
    for sec in doc.sections:
        strings.add(sec.title)
        strings |= {h for h in sec.headers}
        strings |= {v for row in sec.rows for v in row if isinstance(v, str)}
    strings |= {row[0] for row in doc.villages.rows}
    tibetan = sorted(s for s in strings if s and re.search("[\u0f40-\u0fbc]", s))
    assert len(tibetan) > 10
    assert not re.search("[\ue000-\uf8ff]", raw)  # no private-use codes
    missing = [s for s in tibetan if s not in raw and squash(s) not in squash(raw)]
    assert missing == [], missing[:5]


def test_a_date_after_tibetan_is_set_in_the_latin_font_at_the_text_size():
    fs = fonts.ensure_fonts()
    runs = text.font_runs("ཐོ་འགོད་ཟིན། 2026-11-01", 9, fonts=fs)
    date_runs = [r for r in runs if any(ch.isdigit() or ch == "-" for ch in r.text)]
    assert date_runs and all(r.font == fs.latin.name and r.size == 9 for r in date_runs)
    assert "".join(r.text for r in date_runs).strip() == "2026-11-01"
    assert all(r.font == fs.tibetan.name for r in runs if re.search("[\u0f40-\u0fbc]", r.text))


def test_chinese_is_bold_beside_bold_tibetan(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    fs = fonts.ensure_fonts()
    runs = text.font_runs("农户 ཁྱིམ་ཚང་། Card", 10, bold=True, fonts=fs)
    han = [r for r in runs if r.script == "han"]
    assert han and all(r.font == fs.han.bold_name for r in han)
    if fs.han.bold_path is None:  # no bold face: drawn filled and stroked
        assert fs.han.bold_name != fs.han.name and fs.han.bold_name in fonts.FAUX_BOLD
        path = tmp_path / "bold.pdf"
        canvas = Canvas(str(path), pageCompression=0)  # the page's operators readable
        para = text.para("农户 ཁྱིམ་ཚང་།", text.styles(10, fs)["bold"], fs)
        para.wrapOn(canvas, 300, 100)
        para.drawOn(canvas, 50, 700)
        canvas.save()
        stream = path.read_bytes()
        assert b" 2 Tr " in stream and b" 0 Tr " in stream


def test_no_colon_after_a_tibetan_shad(demo_ws, tmp_path):
    """A Tibetan label closed by a shad takes no colon after it: the report's period and made-on
    lines and the card's printed-on line said "དུས་ཡུན།: 2026-10-01", where the signature places
    already wrote "སྙན་ཐོ་འགོད་མཁན།" alone.  Bilingual labels end in Chinese and keep theirs."""
    from app.services.cards import card_batch
    from exports.pdf.cards import write_cards
    from exports.xlsx.monthly import write_monthly
    from exports.xlsx.registers import run

    import openpyxl

    report = reports.monthly(demo_ws, "2026-10")
    texts = []
    for mode in ("bo", "both"):
        path = tmp_path / f"{mode}.pdf"
        write_report_pdf(document(demo_ws, report, mode, sheets=False), path)
        cards = tmp_path / f"cards-{mode}.pdf"
        run(write_cards(card_batch(demo_ws, demo_ws.households.search_ids("")[:2], mode=mode), cards))
        for p in (path, cards):
            texts.append(subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout)
    book = tmp_path / "bo.xlsx"
    run(write_monthly(document(demo_ws, report, "bo"), book))
    texts += [str(c) for c in next(openpyxl.load_workbook(book).worksheets[0].iter_cols(max_col=1, values_only=True))]
    joined = "\n".join(texts)
    assert "2026-10-01" in joined and "期间: 2026-10-01" in joined  # the lines are there, Chinese with its colon
    assert not re.search("\u0f0d\\s*[:：]", joined), re.findall(".{12}\u0f0d\\s*[:：].{12}", joined)[:3]
