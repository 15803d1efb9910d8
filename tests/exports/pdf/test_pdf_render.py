"""A real PDF with mixed Tibetan / Chinese / Latin cells, checked with poppler's tools.

`build_sample_pdf` is also handy for looking at the result by eye:
    PYTHONPATH=.:tests/exports/pdf python -c "from test_pdf_render import build_sample_pdf as b; b('x.pdf')"
then ``pdftoppm -png -r 100 x.pdf x``.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from exports.pdf import fonts, text

pytestmark = pytest.mark.skipif(
    not shutil.which("pdffonts") or not shutil.which("pdftotext"), reason="poppler-utils not installed"
)

CELLS = [
    ("卓玛 སྒྲོལ་མ (Dolma)", "50,000"),
    ("བསྒྲུབས", "1,234.56"),
    ("才让多杰 ཚེ་རིང་རྡོ་རྗེ།", "800,000"),
    ("卓玛སྒྲོལ་མ(Dolma)", "0"),
]


def build_sample_pdf(path) -> None:
    fs = fonts.ensure_fonts()
    st = text.styles(10, fs)
    story = [
        text.para("月度报表 ཟླ་རེའི་སྙན་ཞུ། Monthly report", st["title"]),
        text.para("卓玛 སྒྲོལ་མ (Dolma) 50,000", st["body"]),
        text.para("ཚེ་རིང་རྡོ་རྗེ།བཀྲ་ཤིས་བདེ་ལེགས། " * 5 + "才让多杰家有五口人，贷款需求已登记。", st["body"]),
    ]
    rows = [[text.para(h, st["cell_bold"]) for h in ("姓名 མིང་། Name", "金额 Amount")]]
    rows += [[text.para(name, st["cell"]), text.para(amount, st["cell_right"])] for name, amount in CELLS]
    table = Table(rows, colWidths=[220, 100], repeatRows=1)
    table.setStyle(TableStyle(text.table_commands(fs) + [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story.append(table)

    def footer(canvas, doc):
        text.draw_string(canvas, 72, 30, f"第 {doc.page} 页 ཤོག་གྲངས་ {doc.page}", 9, fonts=fs)
        text.draw_string(canvas, A4[0] - 72, 30, "签字 མིང་རྟགས། Signature", 9, align="right", fonts=fs)

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    fonts.forget()
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    build_sample_pdf(path)
    return path


def pdffonts_rows(path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()[2:]  # header and ---- rule
    rows = []
    for line in lines:
        # name type... encoding emb sub uni object ID: the flags are the 5th..3rd from the end
        parts = line.split()
        rows.append(dict(name=parts[0], emb=parts[-5], sub=parts[-4], uni=parts[-3]))
    return rows


def test_every_font_is_embedded_and_subset(sample_pdf):
    rows = pdffonts_rows(sample_pdf)
    assert rows
    for row in rows:
        assert row["emb"] == "yes" and row["sub"] == "yes", row


def test_fonts_of_all_three_scripts_are_in_the_pdf(sample_pdf):
    fs = fonts.active()
    names = " ".join(r["name"] for r in pdffonts_rows(sample_pdf))
    for face in fs.faces():
        assert face.ps_name and face.ps_name in names, (face.role, face.ps_name, names)


def test_no_standard_unembedded_font_sneaks_in(sample_pdf):
    names = [r["name"] for r in pdffonts_rows(sample_pdf)]
    assert not any(n.startswith(("Helvetica", "Times", "Courier")) for n in names)


def test_chinese_and_latin_text_is_extractable(sample_pdf):
    out = subprocess.run(
        ["pdftotext", "-layout", str(sample_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "月度报表",
        "卓玛",
        "才让多杰",
        "(Dolma)",
        "50,000",
        "800,000",
        "贷款需求已登记",
        "第 1 页",
        "Signature",
    ):
        assert expected in out, expected
