"""Shaped words kept between wraps, prepared paragraph texts kept between paragraphs, and
paragraphs that break their lines once per width (exports.pdf.text): the speed-ups must not
change a single byte of the PDF."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

import pytest

from exports.pdf import fonts, text

# Tibetan stacks, a word mixing Han and Tibetan with no space, a label repeated in every row,
# long Tibetan that wraps between syllables, and a table split over pages.
SAMPLES = [
    "卓玛 སྒྲོལ་མ (Dolma) 50,000",
    "བསྒྲུབས",
    "才让多杰 ཚེ་རིང་རྡོ་རྗེ།",
    "卓玛སྒྲོལ་མ(Dolma)",
    "ཚེ་རིང་རྡོ་རྗེ།བཀྲ་ཤིས་བདེ་ལེགས། " * 6 + "才让多杰家有五口人，贷款需求已登记。",
]


@pytest.fixture(scope="module")
def fs():
    fonts.forget()
    return fonts.ensure_fonts()


def build(path, fs) -> bytes:
    st = text.styles(10, fs)
    story = [text.para(s, st["body"], fonts=fs) for s in SAMPLES]
    rows = [
        [
            text.para("贷款产品 དངུལ་བུན། Loan product", st["cell_bold"], fonts=fs),
            text.para(SAMPLES[i % len(SAMPLES)], st["cell"], fonts=fs),
        ]
        for i in range(60)
    ]
    table = Table(rows, colWidths=[120, 300], repeatRows=1)
    table.setStyle(TableStyle(text.table_commands(fs) + [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story.append(table)

    def footer(canvas, doc):
        text.draw_string(canvas, 72, 30, "第 1 页 ཤོག་གྲངས་ བསྒྲུབས", 9, fonts=fs)
        text.draw_string(canvas, A4[0] - 72, 30, "签字 མིང་རྟགས། Signature", 9, align="right", fonts=fs)

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story, onFirstPage=footer, onLaterPages=footer)
    return path.read_bytes()


def test_kept_shapes_and_lines_give_the_same_pdf_as_shaping_every_time(fs, tmp_path, monkeypatch):
    text.clear_shape_cache()
    kept_cold = build(tmp_path / "a.pdf", fs)
    kept_warm = build(tmp_path / "b.pdf", fs)  # every word comes from the cache now
    assert text.shape_stats["hits"] > 0
    text.clear_shape_cache()
    monkeypatch.setattr(text, "SHAPE_CACHE_SIZE", 0)
    monkeypatch.setattr(text, "PREPARED_CACHE_SIZE", 0)
    monkeypatch.setattr(text, "LINES_CACHE_SIZE", 0)
    monkeypatch.setattr(text.ShapedParagraph, "keep_lines", False)
    every_time = build(tmp_path / "c.pdf", fs)
    assert not text._shaped and not text._prepared and not text._lines
    assert kept_cold == every_time
    assert kept_warm == every_time


def test_prepared_cache_is_bounded(fs, monkeypatch):
    monkeypatch.setattr(text, "PREPARED_CACHE_SIZE", 30)
    text.clear_shape_cache()
    body = text.styles(10, fs)["body"]
    for i in range(100):
        text.para(f"卓玛{i} སྒྲོལ་མ", body, fonts=fs)
    assert 0 < len(text._prepared) <= 30


def test_a_repeated_text_still_records_characters_no_font_has(fs):
    text.clear_shape_cache()
    body = text.styles(10, fs)["body"]
    text.para("卓\U00020000玛", body, fonts=fs)
    fs.missing.clear()
    text.para("卓\U00020000玛", body, fonts=fs)  # prepared already
    assert fs.missing == {"\U00020000"}


def test_a_repeated_line_still_records_characters_no_font_has(fs, tmp_path):
    text.clear_shape_cache()
    canvas = Canvas(str(tmp_path / "c.pdf"))
    text.draw_string(canvas, 72, 72, "第\U00020000页", 9, fonts=fs)
    fs.missing.clear()
    text.draw_string(canvas, 72, 60, "第\U00020000页", 9, fonts=fs)  # shaped already
    assert fs.missing == {"\U00020000"}


def test_paragraphs_of_one_text_wrap_on_their_own(fs):
    body = text.styles(10, fs)["body"]
    narrow, wide = (text.para("ཚེ་རིང་རྡོ་རྗེ། 才让多杰", body, fonts=fs) for _ in range(2))
    narrow.wrap(60, 200)  # this one changes to the breakable text
    wide.wrap(400, 100)
    assert len(tibetan_pieces(narrow)) == 4
    assert len(tibetan_pieces(wide)) == 1


def test_shape_cache_is_bounded(fs, monkeypatch):
    monkeypatch.setattr(text, "SHAPE_CACHE_SIZE", 50)
    text.clear_shape_cache()
    body = text.styles(10, fs)["body"]
    for i in range(200):
        text.para(f"卓玛{i} སྒྲོལ་མ{i} item{i}", body, fonts=fs).wrap(400, 100)
    assert 0 < len(text._shaped) <= 50


def test_a_kept_word_is_drawn_in_the_asking_paragraphs_own_style(fs):
    text.clear_shape_cache()
    st = text.styles(10, fs)
    red = text.ParagraphStyle("red", parent=st["body"], textColor=colors.red)
    first = text.para("བསྒྲུབས 卓玛", st["body"], fonts=fs)
    second = text.para("བསྒྲུབས 卓玛", red, fonts=fs)
    for p in (first, second):
        p.wrap(400, 100)
    words = [w for line in second.blPara.lines for w in line.words if str(w.text).strip()]
    assert words and all(w.textColor == colors.red for w in words)


def test_paragraph_breaks_its_lines_once_per_width(fs, monkeypatch):
    calls = []
    original = Paragraph.breakLines

    def counting(self, width):
        calls.append(width)
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    p = text.para(SAMPLES[-1], text.styles(10, fs)["body"], fonts=fs)
    wide = p.wrap(300, 1000)
    first = len(calls)  # 2: the compact text did not fit, the breakable one was broken
    assert p.wrap(300, 1000) == wide and len(calls) == first
    narrow = p.wrap(150, 1000)
    assert len(calls) == first + 1 and narrow[1] > wide[1]
    assert p.wrap(300, 1000) == wide


def tibetan_pieces(p) -> list[str]:
    fs = fonts.active()
    return [
        str(w.text)
        for line in p.blPara.lines
        for w in line.words
        if w.fontName == fs.tibetan.name and str(w.text).strip()
    ]


def test_tibetan_that_fits_is_set_as_one_piece(fs):
    p = text.para("ཚེ་རིང་རྡོ་རྗེ། 才让多杰", text.styles(10, fs)["body"], fonts=fs)
    p.wrap(400, 100)
    assert len(p.blPara.lines) == 1
    assert len(tibetan_pieces(p)) == 1  # no soft breaks, so one font change, not four


def test_tibetan_that_does_not_fit_breaks_between_syllables(fs):
    p = text.para("ཚེ་རིང་རྡོ་རྗེ། 才让多杰", text.styles(10, fs)["body"], fonts=fs)
    p.wrap(60, 200)
    assert len(p.blPara.lines) > 1
    assert len(tibetan_pieces(p)) == 4


def test_a_text_in_use_stays_kept_while_one_off_texts_make_way(fs, monkeypatch):
    monkeypatch.setattr(text, "PREPARED_CACHE_SIZE", 10)
    text.clear_shape_cache()
    cell = text.styles(10, fs)["cell"]
    for i in range(50):
        text.para("贷款产品 དངུལ་བུན།", cell, fonts=fs)  # on every card
        text.para(f"卓玛 {i}", cell, fonts=fs)  # one household's
    assert ("贷款产品 དངུལ་བུན།", cell, id(fs)) in text._prepared
    assert ("卓玛 0", cell, id(fs)) not in text._prepared
