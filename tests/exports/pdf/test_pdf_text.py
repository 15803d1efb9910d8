"""Script runs, font choice and Paragraph markup (exports.pdf.text)."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from exports.pdf import fonts, text
from exports.pdf.text import HAN, LATIN, TIBETAN, Run

# U+20000 (CJK extension B) is in none of the installed fonts (WenQuanYi stops at the BMP).
UNCOVERED = "\U00020000"


@pytest.fixture(scope="module")
def fs():
    fonts.forget()
    return fonts.ensure_fonts()


@pytest.mark.parametrize(
    "source, runs",
    [
        ("卓玛 སྒྲོལ་མ (Dolma) 50,000", [Run(HAN, "卓玛 "), Run(TIBETAN, "སྒྲོལ་མ "), Run(LATIN, "(Dolma) 50,000")]),
        ("བསྒྲུབས", [Run(TIBETAN, "བསྒྲུབས")]),
        ("才让多杰 ཚེ་རིང་རྡོ་རྗེ།", [Run(HAN, "才让多杰 "), Run(TIBETAN, "ཚེ་རིང་རྡོ་རྗེ།")]),
        ("卓玛སྒྲོལ་མ", [Run(HAN, "卓玛"), Run(TIBETAN, "སྒྲོལ་མ")]),
        ("50,000元", [Run(HAN, "50,000元")]),
        ("50,000", [Run(LATIN, "50,000")]),
        ("", []),
        ("合计：１２件，㐀。", [Run(HAN, "合计：１２件，㐀。")]),
        ("“卓玛” ok", [Run(HAN, "“卓玛” "), Run(LATIN, "ok")]),
        ("ཀ((Dolma))", [Run(TIBETAN, "ཀ"), Run(LATIN, "((Dolma))")]),
        ("Cafe\u0301 ཀྱི", [Run(LATIN, "Cafe\u0301 "), Run(TIBETAN, "ཀྱི")]),
        ("ཚེ་རིང་ 2026", [Run(TIBETAN, "ཚེ་རིང་ 2026")]),
    ],
)
def test_text_is_split_into_runs_of_one_script_each(source, runs):
    assert text.split_runs(source) == runs


@pytest.mark.parametrize(
    "source",
    [
        "卓玛 སྒྲོལ་མ (Dolma) 50,000",
        "བསྒྲུབས",
        "才让多杰 ཚེ་རིང་རྡོ་རྗེ།",
        "ཚེ་རིང་ 2026 ¥1,234.56",
        "合计：１２件",
        "ཞུ། Monthly report",
    ],
)
def test_every_character_is_in_the_font_it_is_set_in(fs, source):
    for run in text.font_runs(source, 10, fonts=fs):
        face = next(f for f in fs.faces() if run.font in (f.name, f.bold_name))
        missing = [c for c in run.text if not face.covers(c)]
        assert not missing, (run, missing)


def test_runs_give_back_the_whole_text(fs):
    source = "卓玛 སྒྲོལ་མ (Dolma) 50,000 ཚེ་རིང་རྡོ་རྗེ།"
    assert "".join(r.text for r in text.font_runs(source, fonts=fs)) == source


def test_tibetan_runs_are_set_larger_than_han(fs):
    runs = text.font_runs("卓玛 སྒྲོལ་མ", 10, fonts=fs)
    han = next(r for r in runs if r.script == HAN)
    tib = next(r for r in runs if r.font == fs.tibetan.name)
    assert han.size == 10
    assert tib.size == round(10 * fs.tibetan.scale, 2) and tib.size > 12


def test_bold_uses_the_bold_fonts(fs):
    fonts_used = {r.font for r in text.font_runs("Dolma སྒྲོལ་མ", 10, bold=True, fonts=fs)}
    assert fs.latin.bold_name in fonts_used and fs.tibetan.bold_name in fonts_used


def test_character_no_font_has_becomes_a_visible_placeholder_and_is_recorded(fs):
    fs.missing.clear()
    runs = text.font_runs(f"卓{UNCOVERED}玛", fonts=fs)
    joined = "".join(r.text for r in runs)
    assert joined == f"卓{text.PLACEHOLDER}玛"
    assert UNCOVERED in fs.missing
    assert text.uncovered(f"a{UNCOVERED}", fs) == {UNCOVERED}


def test_markup_escapes_xml_and_parses(fs):
    m = text.markup('<b>A & B</b> "卓玛"', fonts=fs)
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in m
    p = Paragraph(m, text.styles(fonts=fs)["body"])
    p.wrap(400, 100)
    assert "<b>A & B</b>" in "".join(str(w.text) for line in p.blPara.lines for w in line.words)


def test_markup_turns_newlines_into_line_breaks(fs):
    assert text.markup("卓玛\nDolma", fonts=fs).count("<br/>") == 1


def test_markup_lets_tibetan_break_between_syllables_not_before_spaces(fs):
    m = text.markup("ཚེ་རིང་རྡོ་རྗེ། བཀྲ", fonts=fs)
    assert m.count('size="0.01"') == 3  # after ཚེ་ རིང་ རྡོ་, not after the shad before a space


def test_markup_sets_the_tibetan_size(fs):
    m = text.markup("སྒྲོལ", size=10, fonts=fs)
    sizes = re.findall(r'size="([0-9.]+)"', m)
    assert [float(s) for s in sizes] == [round(10 * fs.tibetan.scale, 2)]


def test_styles_all_shape_in_an_embedded_truetype_font(fs):
    for name, style in text.styles(11, fonts=fs).items():
        assert style.shaping == 1, name
        assert pdfmetrics.getFont(style.fontName).shapable, name


def test_para_fixes_a_style_without_shaping_or_truetype_font(fs):
    p = text.para("བསྒྲུབས", ParagraphStyle("plain", fontName="Helvetica", fontSize=10), fonts=fs)
    assert p.style.shaping and p.style.fontName == fs.latin.name


def shaped_words(p: Paragraph):
    p.wrap(400, 400)
    return [w for line in p.blPara.lines for w in line.words if str(w.text).strip()]


def test_para_shapes_tibetan_into_stacked_glyphs(fs):
    words = shaped_words(text.para("བསྒྲུབས", text.styles(fonts=fs)["body"], fonts=fs))
    assert len(words) == 1
    assert isinstance(words[0].text, ShapedStr)
    # the font draws the stack སྒྲུ as one glyph: fewer glyphs than characters
    assert len(str(words[0].text).strip()) < len("བསྒྲུབས")


@pytest.mark.parametrize("word", ["卓玛སྒྲོལ", "སྒྲོལ卓玛"])
def test_word_mixing_fonts_is_shaped_in_each_font(fs, word):
    words = shaped_words(text.para(word, text.styles(fonts=fs)["body"], fonts=fs))
    by_font = {w.fontName: str(w.text) for w in words}
    assert by_font[fs.han.name] == "卓玛"
    size = round(10 * fs.tibetan.scale, 2)
    assert by_font[fs.tibetan.name] == str(shapeStr("སྒྲོལ", fs.tibetan.name, size))


def test_para_gives_tibetan_lines_more_leading(fs):
    style = text.styles(10, fonts=fs)["body"]
    assert text.para("卓玛", style, fonts=fs).style.leading == style.leading
    assert text.para("卓玛 སྒྲོལ་མ", style, fonts=fs).style.leading > style.leading * 1.3


def test_long_tibetan_wraps_between_syllables_and_stays_shaped(fs):
    line = "ཚེ་རིང་རྡོ་རྗེ།བཀྲ་ཤིས་བདེ་ལེགས།" * 4
    p = text.para(line, text.styles(fonts=fs)["body"], fonts=fs)
    p.wrap(150, 1000)
    lines = p.blPara.lines
    assert len(lines) > 2
    for ln in lines:
        tib = [w for w in ln.words if w.fontName == fs.tibetan.name]
        assert all(isinstance(w.text, ShapedStr) for w in tib)
        assert str(tib[-1].text).rstrip().endswith(("་", "།"))  # broke after a syllable


def content_stream(tmp_path, draw) -> str:
    path = tmp_path / "c.pdf"
    c = Canvas(str(path), pageCompression=0)
    draw(c)
    c.save()
    return path.read_bytes().decode("latin-1")


def test_draw_string_positions_tibetan_glyphs_by_shaping(fs, tmp_path):
    shaped = content_stream(tmp_path, lambda c: text.draw_string(c, 50, 700, "སྒྲོལ", 12, fonts=fs))

    def plain(c):
        c.setFont(fs.tibetan.name, 12)
        c.drawString(50, 700, "སྒྲོལ")

    unshaped = content_stream(tmp_path, plain)
    assert " TJ" in shaped  # glyph offsets from HarfBuzz
    assert " TJ" not in unshaped


def test_draw_string_alignment_returns_width(fs, tmp_path):
    widths = {}

    def draw(c):
        widths["left"] = text.draw_string(c, 300, 700, "第 1 页 སྒྲོལ་མ", 9, fonts=fs)
        widths["right"] = text.draw_string(c, 300, 680, "第 1 页 སྒྲོལ་མ", 9, align="right", fonts=fs)

    content_stream(tmp_path, draw)
    assert widths["left"] == pytest.approx(widths["right"]) and widths["left"] > 30


def test_para_accepts_none_and_numbers(fs):
    st = text.styles(fonts=fs)["cell_right"]
    assert shaped_words(text.para(None, st, fonts=fs)) == []
    assert [str(w.text) for w in shaped_words(text.para(50000, st, fonts=fs))] == ["50000"]
