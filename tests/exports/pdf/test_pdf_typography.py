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
