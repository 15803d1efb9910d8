"""Mixed Tibetan / Chinese / Latin text for ReportLab: script runs, fonts, shaping.

ReportLab sets a string in one font and does no fallback, and only shapes (HarfBuzz) when the
paragraph style says ``shaping=1``; unshaped Tibetan has its stacks and vowels drawn wrong.
This module splits any string into script runs, sets each run in a registered font that has
every character (:mod:`exports.pdf.fonts`), sizes Tibetan up so it looks as large as Chinese,
and produces Paragraph markup drawn with shaping on.

Public API (``fonts`` defaults to :func:`exports.pdf.fonts.active`)::

    styles(base_size=10, fonts=None) -> dict[str, ParagraphStyle]
        "body", "bold", "small", "title", "heading", "cell", "cell_bold", "cell_right",
        "cell_center": shaping on, font = the Latin TrueType font, leading for Han/Latin; a
        paragraph with Tibetan gets its taller lines from para().
    para(text, style, fonts=None) -> Paragraph
        Plain text (not markup: <, & are escaped; "\\n" becomes a line break) as a Paragraph,
        for a flowable or a table cell.  Any style works: one without shaping or with a
        non-TrueType font is copied with those fixed.  Bold: a style whose font is the Latin
        bold font (styles()["bold"], ["cell_bold"]) or that has ``dbl_bold=True``.
    markup(text, size=10, bold=False, fonts=None) -> str
        The Paragraph markup for plain `text` at nominal `size`; pieces may be joined and
        wrapped in <b>...</b> (the fonts are registered as families).
    draw_string(canvas, x, y, text, size=9, align="left", bold=False, fonts=None) -> float
        One line on a canvas (headers, footers, signature lines) at baseline y, shaped;
        align "left" | "right" | "center" around x.  Returns the width drawn.
    table_commands(fonts=None) -> list
        TableStyle commands every Table needs: ReportLab's table default font is Helvetica
        (never embedded) even when all cells are Paragraphs; also VALIGN TOP.
    split_runs(text) -> list[Run]       script runs ("tibetan" | "han" | "latin")
    font_runs(text, size, bold, fonts) -> list[FontRun]   runs per font, with placeholders
    uncovered(text, fonts=None) -> set[str]   characters no registered font has

A character no font has is drawn as PLACEHOLDER (visible, never a blank box) and added to
``fonts.missing``, which a writer can show ("2 characters could not be printed").
Text arguments may be None (empty) or numbers (str() is used).

Example::

    from exports.pdf import fonts, text
    fs = fonts.ensure_fonts(settings_font_paths)      # FontError -> show err.text(lang)
    st = text.styles(10)
    story = [text.para("月报 ཟླ་རེའི་སྙན་ཞུ།", st["title"])]
    rows = [[text.para(name, st["cell"]), text.para("50,000", st["cell_right"])]]
    table = Table(rows); table.setStyle(TableStyle(text.table_commands() + [...]))
    def footer(canvas, doc): text.draw_string(canvas, 72, 30, f"第 {doc.page} 页", 9)

Notes: all text is extractable (pdftotext, search, copy): a shaped Tibetan piece is written with
its real text as /ActualText (see the end of the module).  Only Tibetan is shaped; Han, Latin
and digits are drawn as they are (fonts.SHAPED_FONTS).  Digits and punctuation written beside
Tibetan are set in the Latin font.  A Han font without a bold face is emboldened by stroking
(fonts.FAUX_BOLD).  Long Tibetan wraps between syllables (after ་ and །), Chinese between
characters by its line-breaking rules (no line starts with "）" or "，").
Importing this module patches ReportLab's per-word shaper so that a word mixing fonts
(卓玛སྒྲོལ་མ, no space) is shaped font by font, and keeps shaped words (see the end of the
module).  para() keeps what it made of each (text, style) and its paragraphs keep their line
breaks per width; draw_string keeps shaped lines.  All bounded (least recently used first out);
``clear_shape_cache()`` forgets them.  Tibetan is set one piece per run and switched to one
piece per syllable (so it can wrap) only in a paragraph that has to wrap.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen import textobject as _rl_textobject
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _rl_paragraph

from exports.pdf import fonts as _fonts
from exports.pdf.fonts import FontSet

log = logging.getLogger(__name__)

TIBETAN, HAN, LATIN = "tibetan", "han", "latin"
_NEUTRAL, _MARK = "neutral", "mark"

#: drawn in place of a character no installed font has
PLACEHOLDER = "\ufffd"
#: line height of a line holding Tibetan, in units of the (scaled) Tibetan size; the fonts'
#: ink goes ~1.1 em up and ~0.7 em down, so lines of Tibetan need more room than Chinese
TIBETAN_LEADING = 1.45
LEADING = 1.3

# Han: CJK radicals .. CJK symbols and punctuation, kana, bopomofo, strokes, enclosed and
# compatibility forms, extension A, the unified block, compatibility ideographs, vertical and
# small forms, half/full-width forms, and the supplementary ideographic planes.
_HAN_RANGES = (
    (0x2E80, 0x2FDF),
    (0x2FF0, 0x303F),
    (0x3040, 0x31FF),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)
# Tibetan break opportunities: after tsheg (་) and shad (།, ༎) a line may break.
_TIBETAN_BREAK_AFTER = "\u0f0b\u0f0d\u0f0e"


def script_of(ch: str) -> str:
    """ "tibetan", "han", "latin", or "neutral" (spaces, digits, punctuation) / "mark"."""
    cp = ord(ch)
    if 0x0F00 <= cp <= 0x0FFF:
        return TIBETAN
    for lo, hi in _HAN_RANGES:
        if lo <= cp <= hi:
            return HAN
    cat = unicodedata.category(ch)
    if cat[0] == "M":
        return _MARK
    if cat[0] == "L":
        return LATIN  # Latin and any other alphabet: set by the Latin font or a fallback
    return _NEUTRAL


@dataclass(frozen=True)
class Run:
    script: str
    text: str


@dataclass(frozen=True)
class FontRun:
    font: str  # registered ReportLab font name
    size: float  # point size (Tibetan scaled up)
    text: str
    script: str  # the script run it came from
    breakable_after: bool = False  # a Tibetan syllable end where a line may break


def _starts_syllable(ch: str) -> bool:
    """A Tibetan letter or digit (not a space, a mark, or more punctuation)."""
    return 0x0F20 <= ord(ch) <= 0x0F33 or 0x0F40 <= ord(ch) <= 0x0F6C or 0x0F88 <= ord(ch) <= 0x0F8C


def split_runs(text: str) -> list[Run]:
    """Script runs of `text`.

    Spaces, digits and punctuation belong to the run before them (卓玛␣ | སྒྲོལ་མ), or, at the
    start of the text, to the run after them (50,000元 is one Han run); an opening bracket or
    quote goes with what it opens (སྒྲོལ་མ␣ | (Dolma)); combining marks stay with their base.
    Text with no letters at all is one Latin run.
    """
    classes = [script_of(ch) for ch in text]
    resolved: list[str] = []
    last_strong: str | None = None
    for cls in classes:
        if cls in (TIBETAN, HAN, LATIN):
            last_strong = cls
            resolved.append(cls)
        else:
            resolved.append(last_strong or "")  # "" = leading neutral, decided below
    following = next((c for c in resolved if c), LATIN)
    resolved = [c or following for c in resolved]
    # An opening bracket or quote belongs to what it opens: "སྒྲོལ་མ (Dolma" -> "(" with Dolma.
    opens_next = False
    for i in range(len(text) - 2, -1, -1):
        nxt_strong = classes[i + 1] in (TIBETAN, HAN, LATIN) or opens_next
        opens_next = classes[i] == _NEUTRAL and nxt_strong and unicodedata.category(text[i]) in ("Ps", "Pi")
        if opens_next:
            resolved[i] = resolved[i + 1]
    runs: list[Run] = []
    pos = 0
    for script, group in groupby(resolved):
        n = len(list(group))
        runs.append(Run(script, text[pos : pos + n]))
        pos += n
    return runs


def _as_text(value) -> str:
    return "" if value is None else str(value)


def _clean(text: str) -> str:
    """Tabs and odd spaces to plain spaces; invisible format and control characters dropped."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch in "\t\r\x0b\x0c":
            out.append(" " if ch != "\r" else "")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch == "\ufeff":
            continue
        else:
            out.append(ch)
    return "".join(out)


def font_runs(text: str, size: float = 10, bold: bool = False, fonts: FontSet | None = None) -> list[FontRun]:
    """`text` as runs of one font each, every character covered (or replaced by PLACEHOLDER).

    "\\n" comes back as its own run with font "" (a line break).
    """
    fonts = fonts or _fonts.active()
    tib = fonts.tibetan
    chars: list[tuple[str, str, str]] = []  # (font, char, script)
    for run in split_runs(_clean(_as_text(text))):
        prev_font = None
        for ch in run.text:
            if ch == "\n":
                chars.append(("", ch, run.script))
                prev_font = None
                continue
            font = None
            if prev_font and unicodedata.category(ch)[0] == "M":
                # a combining mark is shaped with its base: keep the base's font if it can
                face = next(f for f in fonts.faces() if prev_font in (f.name, f.bold_name))
                font = prev_font if face.covers(ch) else None
            if font is None and run.script == TIBETAN and not _in_tibetan_block(ch) and not ch.isspace():
                # digits, hyphens and brackets written beside Tibetan ("ཐོ་འགོད། 2026-11-01"):
                # the Tibetan font's own hyphen is drawn at its larger size between Latin
                # digits ("2026⁻11⁻01"), so neutrals are set as they are everywhere else
                font = fonts.font_for(ch, LATIN, bold)
            if font is None:
                font = fonts.font_for(ch, run.script, bold)
            if font is None:
                if unicodedata.category(ch) == "Cf":
                    continue  # invisible (zero-width joiners etc.): nothing to lose
                fonts.missing.add(ch)
                log.warning("no installed font has U+%04X; printed as a placeholder", ord(ch))
                ch = PLACEHOLDER if fonts.latin.covers(PLACEHOLDER) else "?"
                font = fonts.latin.bold_name if bold else fonts.latin.name
            chars.append((font, ch, run.script))
            prev_font = font
    out: list[FontRun] = []
    for (font, script), group in groupby(chars, key=lambda c: (c[0], c[2])):
        s = "".join(c[1] for c in group)
        is_tib = font in (tib.name, tib.bold_name)
        run_size = round(size * tib.scale, 2) if is_tib else size
        if font in (fonts.han.name, fonts.han.bold_name) and len(s) > 1:
            out.extend(_han_pieces(font, run_size, s, script))
            continue
        if not is_tib:
            out.append(FontRun(font, run_size, s, script))
            continue
        # Cut Tibetan after each tsheg/shad so a long name or sentence can wrap between
        # syllables (ReportLab only breaks at spaces; its forced split loses the shaping).
        start = 0
        for i, ch in enumerate(s):
            if ch in _TIBETAN_BREAK_AFTER and i + 1 < len(s) and _starts_syllable(s[i + 1]):
                out.append(FontRun(font, run_size, s[start : i + 1], script, breakable_after=True))
                start = i + 1
        out.append(FontRun(font, run_size, s[start:], script))
    return out


def _in_tibetan_block(ch: str) -> bool:
    return 0x0F00 <= ord(ch) <= 0x0FFF


# Chinese line breaking (GB/T 15834 and the usual 禁则): a line never starts with a closing
# bracket or a pause/stop mark, and never ends with an opening bracket — so a header such as
# 需求金额（元） breaks before （元）, never leaving "）" alone on a line.
_HAN_CANNOT_START = set("）】」』》〉〕〗〙〛｝］，。、；：！？…‥·・％‰”’ー々〻")
_HAN_CANNOT_END = set("（【「『《〈〔〖〘〚｛［“‘")


def _han_pieces(font: str, size: float, s: str, script: str) -> list[FontRun]:
    """A Han run cut where a line may break (between two Han characters, by the rules above)."""
    out, start = [], 0
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if script_of(a) == HAN and script_of(b) == HAN and b not in _HAN_CANNOT_START and a not in _HAN_CANNOT_END:
            out.append(FontRun(font, size, s[start : i + 1], script, breakable_after=True))
            start = i + 1
    out.append(FontRun(font, size, s[start:], script))
    return out


def uncovered(text: str, fonts: FontSet | None = None) -> set[str]:
    """Characters of `text` that no registered font has (they would print as placeholders)."""
    fonts = fonts or _fonts.active()
    return {
        ch
        for ch in _clean(_as_text(text))
        if ch != "\n" and unicodedata.category(ch) != "Cf" and fonts.font_for(ch) is None
    }


def _fmt(size: float) -> str:
    return f"{size:.2f}".rstrip("0").rstrip(".")


def markup(text: str, size: float = 10, bold: bool = False, fonts: FontSet | None = None) -> str:
    """ReportLab Paragraph markup for plain `text`: one <font> per run, XML-escaped."""
    return _markups(text, size, bold, fonts or _fonts.active())[1]


def _markups(text: str, size: float, bold: bool, fonts: FontSet) -> tuple[str, str]:
    """(compact, breakable) markup of `text`.

    *breakable* lets Tibetan break after each syllable: a syllable is its own <font> followed
    by an invisible space.  *compact* sets each run of one font as one <font>, with no break
    opportunities inside Tibetan; it draws the same glyphs when the text needs no wrapping,
    with a fraction of the fragments (each soft break is a font change in the page stream).
    The two are the same string when the text has no Tibetan syllable ends.
    """
    # a line-break opportunity that shows nothing: a space 1/1000 pt wide in an embedded font
    soft_break = f'<font name="{fonts.latin.name}" size="0.01"> </font>'
    breakable: list[str] = []
    compact: list[list[str]] = []  # [opening tag, text] pieces or ["<br/>", ""]
    last_tag = None
    soft = False
    for run in font_runs(text, size, bold, fonts):
        if not run.font:
            breakable.append("<br/>")
            compact.append(["<br/>", ""])
            last_tag = None
            continue
        tag = f'<font name="{run.font}" size="{_fmt(run.size)}">'
        piece = escape(run.text)
        breakable.append(f"{tag}{piece}</font>")
        if run.breakable_after:
            breakable.append(soft_break)
            soft = True
        if tag == last_tag:
            compact[-1][1] += piece
        else:
            compact.append([tag, piece])
            last_tag = tag
    breakable_markup = "".join(breakable)
    if not soft:
        return breakable_markup, breakable_markup
    return "".join(t if t == "<br/>" else f"{t}{x}</font>" for t, x in compact), breakable_markup


def has_tibetan(text: str) -> bool:
    return any(0x0F00 <= ord(ch) <= 0x0FFF for ch in text)


def _shapable(font_name: str) -> bool:
    try:
        return bool(pdfmetrics.getFont(font_name).shapable)
    except KeyError:
        return False


@dataclass
class _Prepared:
    """What para() makes of one text in one style: kept, since the cards repeat the same labels,
    enum values and names on every card (about 320 different texts in 3,500 paragraphs)."""

    style: ParagraphStyle
    markup: str
    frags: list
    breakable: str | None  # markup with a break after each Tibetan syllable
    breakable_frags: list | None = None
    missing: frozenset = frozenset()  # characters no font has (for fonts.missing)
    fonts: FontSet | None = None  # the FontSet it was made with (the key holds only its id)

    def fresh(self, frags: list) -> list:
        # fragments are small attribute bags; each paragraph gets its own copies
        return [f.clone() for f in frags]


# The caches below keep the most recently used entries up to a count: the labels, enum values
# and fonts that recur on every card stay, a household's own texts make way.  Each entry is a
# few KB (parsed fragments, HarfBuzz glyph data), so the counts keep them to a few MB.


def _recall(cache: dict, key):
    """The value kept under `key`, now the most recently used; None if none is kept."""
    value = cache.pop(key, None)
    if value is not None:
        cache[key] = value
    return value


def _keep(cache: dict, key, value, size: int) -> None:
    while cache and len(cache) >= size:
        del cache[next(iter(cache))]  # the least recently used
    if size > 0:
        cache[key] = value


#: most prepared texts kept at once
PREPARED_CACHE_SIZE = 300
_prepared: dict[tuple, _Prepared] = {}


def para(text: str, style: ParagraphStyle, fonts: FontSet | None = None) -> Paragraph:
    """A Paragraph of plain `text` in `style`, each script in its font, Tibetan shaped."""
    fonts = fonts or _fonts.active()
    text = _as_text(text)
    key = (text, style, id(fonts))
    prepared = _recall(_prepared, key)
    if prepared is None or prepared.fonts is not fonts:
        prepared = _prepare(text, style, fonts)
        _keep(_prepared, key, prepared, PREPARED_CACHE_SIZE)
    elif prepared.missing:
        fonts.missing.update(prepared.missing)
    return ShapedParagraph(prepared.markup, prepared.style, frags=prepared.fresh(prepared.frags), prepared=prepared)


def _prepare(text: str, style: ParagraphStyle, fonts: FontSet) -> _Prepared:
    bold = bool(getattr(style, "dbl_bold", False)) or (style.fontName == fonts.latin.bold_name != fonts.latin.name)
    changes = {}
    # ReportLab shapes only when the *style's* font is a shapable TrueType font.
    if not style.shaping:
        changes["shaping"] = 1
    if not _shapable(style.fontName):
        changes["fontName"] = fonts.latin.bold_name if bold else fonts.latin.name
    if has_tibetan(text):
        # taller lines, and ReportLab sizes each line from its fonts' (measured) ink
        changes["leading"] = max(style.leading, style.fontSize * fonts.tibetan.scale * TIBETAN_LEADING)
        changes["autoLeading"] = "max"
    if changes:
        style = ParagraphStyle(f"{style.name}+dbl", parent=style, **changes)
    compact, breakable = _markups(text, style.fontSize, bold, fonts)
    parsed = Paragraph(compact, style)
    missing = frozenset(uncovered(text, fonts)) if PLACEHOLDER in compact else frozenset()
    return _Prepared(
        parsed.style, compact, parsed.frags, breakable if breakable != compact else None, missing=missing, fonts=fonts
    )


class ShapedParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width, and Tibetan between syllables only
    when it has to.

    A table wraps each cell paragraph to measure its row, again to draw it, and again when the
    table is split at a page end — always at the column's width — and ReportLab breaks (and
    shapes) the whole text each time.  The line structure depends only on the paragraph's
    fragments, style and the widths, so the last one is kept and given back for the same widths.

    ``prepared`` (from para()) also holds the markup with a break opportunity after every
    Tibetan syllable (see _markups); the paragraph starts from the compact markup and changes
    to the breakable one for good the first time the compact text does not fit its lines as
    they are (a line ended for want of room rather than at a "\n").
    """

    #: False: break the lines again on every wrap, as ReportLab does (to compare against)
    keep_lines = True

    def __init__(
        self,
        text,
        style=None,
        bulletText=None,
        frags=None,
        caseSensitive=1,
        encoding="utf8",
        prepared: _Prepared | None = None,
    ):
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self._prepared = prepared if prepared is not None and prepared.breakable else None

    def breakLines(self, width):
        key = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        kept = self.__dict__.get("_lines_kept")
        if kept is not None and kept[0] == key and self.keep_lines:
            self._width_max, self._splitLongWordCount, self._hyphenations = kept[2]
            return kept[1]
        lines = super().breakLines(width)
        prepared = self.__dict__.get("_prepared")
        if prepared is not None and not _unbroken(lines):
            if prepared.breakable_frags is None:
                prepared.breakable_frags = Paragraph(prepared.breakable, self.style).frags
            self.text = prepared.breakable
            self.frags = prepared.fresh(prepared.breakable_frags)
            self._prepared = None
            lines = super().breakLines(width)
        self._lines_kept = (
            key,
            lines,
            (self._width_max, getattr(self, "_splitLongWordCount", 0), getattr(self, "_hyphenations", 0)),
        )
        return lines


def _unbroken(bl) -> bool:
    """True when every line of a broken paragraph ends at a hard break or at the text's end."""
    if getattr(bl, "kind", 0) == 0:
        return len(bl.lines) <= 1
    return all(getattr(line, "lineBreak", False) for line in bl.lines[:-1])


def styles(base_size: float = 10, fonts: FontSet | None = None) -> dict[str, ParagraphStyle]:
    """Paragraph styles for report and card writers; all shape, all use embedded fonts."""
    fonts = fonts or _fonts.active()
    regular, bold = fonts.latin.name, fonts.latin.bold_name

    def make(name: str, size: float, is_bold: bool = False, **kw) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=bold if is_bold else regular,
            fontSize=size,
            leading=round(size * LEADING, 2),
            shaping=1,
            dbl_bold=is_bold,
            **kw,
        )

    small = round(base_size * 0.8, 2)
    return {
        "body": make("body", base_size, spaceAfter=base_size * 0.4),
        "bold": make("bold", base_size, True, spaceAfter=base_size * 0.4),
        "small": make("small", small),
        "title": make("title", round(base_size * 1.6, 2), True, alignment=TA_CENTER, spaceAfter=base_size * 0.8),
        "heading": make(
            "heading", round(base_size * 1.2, 2), True, spaceBefore=base_size * 0.6, spaceAfter=base_size * 0.4
        ),
        "cell": make("cell", base_size),
        "cell_bold": make("cell_bold", base_size, True),
        "cell_right": make("cell_right", base_size, alignment=TA_RIGHT),
        "cell_center": make("cell_center", base_size, alignment=TA_CENTER),
    }


def table_commands(fonts: FontSet | None = None) -> list[tuple]:
    """TableStyle commands that keep a Table free of the un-embedded Helvetica default."""
    fonts = fonts or _fonts.active()
    return [("FONTNAME", (0, 0), (-1, -1), fonts.latin.name), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def draw_string(
    canvas,
    x: float,
    y: float,
    text: str,
    size: float = 9,
    align: str = "left",
    bold: bool = False,
    fonts: FontSet | None = None,
) -> float:
    """Draw one line of mixed text with its baseline at y; returns its width.

    ``canvas.drawString(..., shaping=True)`` does not shape in ReportLab 5.1 unless the
    optional `rlbidi` package is installed, so each run is shaped here (ttfonts.shapeStr) and
    drawn as a shaped string, which the canvas positions glyph by glyph.
    """
    fonts = fonts or _fonts.active()
    pieces = _line_pieces(_as_text(text).replace("\n", " "), size, bold, fonts)
    total = sum(p[2] for p in pieces)
    x0 = {"right": x - total, "center": x - total / 2}.get(align, x)
    canvas.saveState()
    for run, s, width in pieces:
        canvas.setFont(run.font, run.size)
        canvas.drawString(x0, y, s)
        x0 += width
    canvas.restoreState()
    return total


#: lines shaped for draw_string, kept: every page repeats the office name and the printing date
_lines: dict[tuple, tuple] = {}
LINES_CACHE_SIZE = 100


def _line_pieces(line: str, size: float, bold: bool, fonts: FontSet) -> list[tuple]:
    """(run, shaped text, width) for each font run of one line."""
    key = (line, size, bold, id(fonts))
    kept = _recall(_lines, key)
    if kept is not None and kept[0] is fonts:
        fonts.missing.update(kept[2])
        return kept[1]
    pieces = []
    for run in font_runs(line, size, bold, fonts):
        s = run.text
        if run.font in _fonts.SHAPED_FONTS and _shapable(run.font):
            s = ttfonts.shapeStr(s, run.font, run.size)
            if isinstance(s, ttfonts.ShapedStr) and (str(s) != run.text or _moved(s)):
                s._actual = run.text
        if isinstance(s, ttfonts.ShapedStr):
            width = sum(d.x_advance for d in s.__shapeData__) * run.size / 1000
        else:
            width = pdfmetrics.stringWidth(s, run.font, run.size)
        pieces.append((run, s, width))
    missing = frozenset(uncovered(line, fonts)) if any(PLACEHOLDER in r.text for r, _, _ in pieces) else ()
    _keep(_lines, key, (fonts, pieces, missing), LINES_CACHE_SIZE)
    return pieces


# --- ReportLab 5.1: shape a word that mixes fonts one font at a time --------------------------
# Paragraph shapes each word (text between spaces) with HarfBuzz using the font of the word's
# *first* fragment only, so 卓玛སྒྲོལ་མ (no space between the scripts) comes out as wrong glyphs.
# This wrapper hands each same-font stretch of such a word to ReportLab's own shaper and joins
# the results; single-font words go to the original unchanged.

_original_shape_frag_word = ttfonts.shapeFragWord


def _shape_frag_word_by_font(w, *args, **kwargs):
    if isinstance(w, ttfonts.ShapedFragWord) or len(w) < 3:
        return _original_shape_frag_word(w, *args, **kwargs)
    parts = w[1:]
    if any(hasattr(f, "cbDefn") for f, _ in parts) or len({f.fontName for f, _ in parts}) < 2:
        return _original_shape_frag_word(w, *args, **kwargs)
    width = 0.0
    out = []
    cluster_base = 0
    for _font, group in groupby(parts, key=lambda p: p[0].fontName):
        group = list(group)
        seg_width = sum(pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in group)
        shaped = _original_shape_frag_word([seg_width] + group, force=True)
        width += shaped[0]
        for f, s in shaped[1:]:
            if isinstance(s, ttfonts.ShapedStr) and cluster_base:
                s = ttfonts.ShapedStr(str(s), [d._replace(cluster=d.cluster + cluster_base) for d in s.__shapeData__])
            out.append((f, s))
        cluster_base += sum(len(s) for _, s in group)
    return ttfonts.makeShapedFragWord(w)([width] + out)


# --- Shaped words are kept -------------------------------------------------------------------
# ReportLab shapes every word again each time a paragraph is wrapped, and a table cell is wrapped
# to measure the row, again to draw it and again after a page split; the cards repeat their
# labels, dates and Tibetan syllables (each syllable is a word, see font_runs) on every page.
# HarfBuzz's result depends only on each piece's text, font and size, so it is kept, keyed on
# those, and handed back with the asking word's own fragments (colour, links... stay its own).
# A shaped string is immutable (a str with a list ReportLab only reads), so sharing it is safe.

#: most shaped words kept at once
SHAPE_CACHE_SIZE = 3_000
_shaped: dict[tuple, tuple] = {}
_UNCHANGED = ()  # HarfBuzz changed nothing: the word is used as it is
shape_stats = {"hits": 0, "misses": 0, "plain": 0}


def clear_shape_cache() -> None:
    """Forget kept shapes, prepared paragraph texts and lines shaped for draw_string."""
    _shaped.clear()
    _prepared.clear()
    _lines.clear()


def _shape_frag_word_cached(w, *args, **kwargs):
    if args or kwargs or isinstance(w, ttfonts.ShapedFragWord) or len(w) < 2:
        return _shape_frag_word_by_font(w, *args, **kwargs)
    parts = w[1:]
    shaped_fonts = _fonts.SHAPED_FONTS
    for f, _s in parts:
        if getattr(f, "fontName", None) in shaped_fonts:
            break
    else:
        # no Tibetan in the word: Han, Latin and digits are set as they are (see SHAPED_FONTS)
        shape_stats["plain"] += 1
        return w
    key = []
    for f, s in parts:
        # inline images and the like are placed by index; a fragment used twice in one word
        # would be grouped by identity: neither is worth keeping
        if hasattr(f, "cbDefn"):
            return _shape_frag_word_by_font(w)
        key.append((f.fontName, f.fontSize, str(s)))
    key = tuple(key)
    kept = _recall(_shaped, key)
    if kept is not None:
        fonts, width, items = kept
        # the same font objects (a font registered again under the name must be shaped again)
        if all(pdfmetrics.getFont(name) is font for name, font in fonts):
            shape_stats["hits"] += 1
            if items is _UNCHANGED:
                return w
            return ttfonts.makeShapedFragWord(w)([width] + [(parts[i][0], s) for i, s in items])
    shape_stats["misses"] += 1
    shaped = _with_actual(_shape_frag_word_by_font(w), parts)
    index = {id(f): i for i, (f, _) in enumerate(parts)}
    if len(index) < len(parts):
        return shaped
    if shaped is w:
        items = _UNCHANGED
        width = None
    else:
        try:
            items = tuple((index[id(f)], s) for f, s in shaped[1:])
        except KeyError:
            return shaped
        width = shaped[0]
    fonts = tuple((name, pdfmetrics.getFont(name)) for name in {k[0] for k in key})
    _keep(_shaped, key, (fonts, width, items), SHAPE_CACHE_SIZE)
    return shaped


if getattr(_rl_paragraph, "shapeFragWord", None) is _original_shape_frag_word:
    _rl_paragraph.shapeFragWord = _shape_frag_word_cached


# --- Shaped text keeps its real text (search, copy, pdftotext) -------------------------------
# A shaped Tibetan stack is one glyph with no Unicode of its own: ReportLab writes it under a
# private-use code, so a PDF reader finds no Tibetan name and copies garbage.  Each shaped piece
# keeps the text it was shaped from (``_actual``) and is written inside a marked-content span
# whose /ActualText is that text (ISO 32000-1 §14.9.4): readers then search, copy and extract
# exactly the Unicode that was drawn.  Pieces joined into one line keep their joined text.


def _with_actual(shaped_word: list, parts: list) -> list:
    """Give each shaped piece of a shaped frag word the source text of its clusters."""
    if not isinstance(shaped_word, list) or len(shaped_word) < 2:
        return shaped_word
    source = "".join(str(s) for _f, s in parts)
    pieces = [(k, s) for k, (_f, s) in enumerate(shaped_word[1:], start=1) if isinstance(s, ttfonts.ShapedStr)]
    starts = []
    for _k, s in pieces:
        clusters = [d.cluster for d in s.__shapeData__ if d.cluster >= 0]
        starts.append(min(clusters) if clusters else None)
    for i, (_k, s) in enumerate(pieces):
        start = starts[i]
        if start is None:
            continue
        end = next((x for x in starts[i + 1 :] if x is not None and x > start), len(source))
        actual = source[start:end]
        if actual != str(s) or _moved(s):
            s._actual = actual
    return shaped_word


def _moved(s) -> bool:
    """Glyphs placed off their pen position (a vowel sign over its stack): extraction tools
    would otherwise cut the syllable apart ("བཞ ི")."""
    return any(d.x_offset or d.y_offset for d in s.__shapeData__)


def _actual_of(s) -> str:
    return getattr(s, "_actual", None) or str(s)


def _shaped_add(self, other):
    joined = _original_shaped_add(self, other)
    if getattr(self, "_actual", None) is not None or getattr(other, "_actual", None) is not None:
        joined._actual = _actual_of(self) + _actual_of(other)
    return joined


def _shaped_radd(self, other):
    joined = _original_shaped_radd(self, other)
    if getattr(self, "_actual", None) is not None or getattr(other, "_actual", None) is not None:
        joined._actual = _actual_of(other) + _actual_of(self)
    return joined


def _actual_text_operand(actual: str) -> str:
    return "<" + ("\ufeff" + actual).encode("utf-16-be").hex().upper() + ">"


def _format_text_marked(self, text):
    """PDFTextObject._formatText, with /ActualText around a shaped piece and the stroke that
    emboldens a Han font that has no bold face (see fonts.FAUX_BOLD)."""
    out = _original_format_text(self, text)
    weight = _fonts.FAUX_BOLD.get(self._fontname)
    if weight:
        fill = getattr(self, "_fillColorObj", None) or getattr(self._canvas, "_fillColorObj", (0, 0, 0))
        rgb = _rgb(fill)
        out = (
            f"{rgb} RG {weight * self._fontsize:.3f} w 2 Tr {out} 0 Tr "
            f"{_rgb(getattr(self._canvas, '_strokeColorObj', (0, 0, 0)))} RG"
        )
    actual = getattr(text, "_actual", None)
    if actual is not None:
        out = f"/Span <</ActualText {_actual_text_operand(actual)}>> BDC {out} EMC"
    return out


def _rgb(colour) -> str:
    try:
        if isinstance(colour, (tuple, list)):
            r, g, b = colour[:3]
        else:
            r, g, b = colour.red, colour.green, colour.blue
    except (AttributeError, ValueError, TypeError):
        r = g = b = 0
    return f"{r:.3f} {g:.3f} {b:.3f}"


if not getattr(ttfonts.ShapedStr, "_dbl_actual", False):
    _original_shaped_add = ttfonts.ShapedStr.__add__
    _original_shaped_radd = ttfonts.ShapedStr.__radd__
    ttfonts.ShapedStr.__add__ = _shaped_add
    ttfonts.ShapedStr.__radd__ = _shaped_radd
    ttfonts.ShapedStr._dbl_actual = True
    _original_format_text = _rl_textobject.PDFTextObject._formatText
    _rl_textobject.PDFTextObject._formatText = _format_text_marked
