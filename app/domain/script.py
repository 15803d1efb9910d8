"""Pure text functions for the two scripts the register is kept in: Tibetan and Chinese.

What is here, and why it is hand-written only where no library does it:
- script tests (`has_tibetan`, `is_tibetan_text`, `has_han`, `has_latin`) — plain code-point ranges;
- EWTS/Wylie ↔ Tibetan Unicode through `pyewts` (users without a Tibetan keyboard type `bkra shis`
  and get བཀྲ་ཤིས); pyewts reports bad input in a list of warnings, which we turn into
  :class:`WylieError` so a form can say what is wrong;
- pinyin of Chinese names through `pypinyin` (search finds 卓玛 by `zhuoma` or `zm`);
- the keys a name is indexed under for prefix search (`search_keys`) and the classification of
  what a user typed into a search box (`normalise_query`);
- Tibetan digits ༠–༩ for display (stored data stays ASCII).

No Qt here (DESIGN §2): the storage layer fills its indexed search columns from `search_keys`,
and the UI uses the same functions for live conversion.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from app.i18n import N_

# --- script classification ------------------------------------------------------------------

#: Tibetan letters: base consonants U+0F40–0F6C and subjoined consonants U+0F90–0FBC.
_TIBETAN_LETTER = re.compile(r"[\u0F40-\u0F6C\u0F90-\u0FBC]")
#: everything a Tibetan-script field may hold: the whole Tibetan block (letters, vowel signs,
#: tsheg ་ and ༌, shad །, marks, Tibetan digits) plus spaces.
_TIBETAN_TEXT = re.compile(r"[\u0F00-\u0FFF\u0020\u00A0]+")
_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\U00020000-\U0003134F]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")

TSHEG = "\u0f0b"  # ་ syllable separator
#: everyday syllables with stacks and vowels above and below (ཀི་སྒྲོ་བསྒྲུབས་རྐྱེན་ཕྱུག་གྲུབ་རྒྱུ):
#: fonts measure their Tibetan ink on it
TIBETAN_INK_SAMPLE = (
    "\u0f40\u0f72\u0f0b\u0f66\u0f92\u0fb2\u0f7c\u0f0b\u0f56\u0f66\u0f92\u0fb2"
    "\u0f74\u0f56\u0f66\u0f0b\u0f62\u0f90\u0fb1\u0f7a\u0f53\u0f0b\u0f55\u0fb1"
    "\u0f74\u0f42\u0f0b\u0f42\u0fb2\u0f74\u0f56\u0f0b\u0f62\u0f92\u0fb1\u0f74"
)
#: Han text of everyday names (卓玛贡保才让), beside the Tibetan sample when a control is measured
HAN_INK_SAMPLE = "\u5353\u739b\u8d21\u4fdd\u624d\u8ba9"
#: the letter whose body height is compared with a Han character's (མ, no stacks, no vowel)
TIBETAN_BODY_LETTER = "\u0f58"
SHAD = "\u0f0d"  # ། clause end
_TIBETAN_DIGITS = "༠༡༢༣༤༥༦༧༨༩"
_TO_TIBETAN_DIGITS = str.maketrans("0123456789", _TIBETAN_DIGITS)
_FROM_TIBETAN_DIGITS = str.maketrans(_TIBETAN_DIGITS, "0123456789")


def labelled(label: str, value) -> str:
    """ "Label: value" for a line of a document; a Tibetan label closed by a shad takes no colon
    after it ("དུས་ཡུན། 2026-11-01", not "དུས་ཡུན།: …"): the shad already ends it, as the signature
    places of the PDFs write it.  A bilingual label ends in its Chinese half and keeps the colon."""
    return f"{label} {value}" if label.endswith(SHAD) else f"{label}: {value}"


def has_tibetan(s: str | None) -> bool:
    """True when `s` holds at least one Tibetan letter (not just a tsheg, shad or digit)."""
    return bool(s) and _TIBETAN_LETTER.search(s) is not None


def has_han(s: str | None) -> bool:
    """True when `s` holds a Chinese (Han) character."""
    return bool(s) and _HAN.search(s) is not None


def has_latin(s: str | None) -> bool:
    """True when `s` holds a Latin letter (ASCII or accented)."""
    return bool(s) and _LATIN_LETTER.search(s) is not None


def is_tibetan_text(s: str | None) -> bool:
    """True when `s` is Tibetan script only: letters, tsheg, shad, marks, Tibetan digits, spaces.

    It must contain at least one Tibetan letter; an empty string is not Tibetan text.
    """
    return bool(s) and _TIBETAN_TEXT.fullmatch(s) is not None and has_tibetan(s)


# --- Tibetan digits ---------------------------------------------------------------------------


def to_tibetan_digits(s: str) -> str:
    """ASCII digits 0–9 in `s` replaced by Tibetan digits ༠–༩ (for display only)."""
    return s.translate(_TO_TIBETAN_DIGITS)


def from_tibetan_digits(s: str) -> str:
    """Tibetan digits ༠–༩ in `s` replaced by ASCII digits (what is stored and computed with)."""
    return s.translate(_FROM_TIBETAN_DIGITS)


def format_int(n: int, tibetan_digits: bool = False) -> str:
    """`n` with thousands separators (12,345), optionally in Tibetan digits (༡༢,༣༤༥)."""
    text = f"{n:,}"
    return to_tibetan_digits(text) if tibetan_digits else text


def format_yuan(fen: int, tibetan_digits: bool = False) -> str:
    """An amount in integer fen as yuan with two decimals: 1234567 → 12,345.67."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    text = f"{sign}{yuan:,}.{cents:02d}"
    return to_tibetan_digits(text) if tibetan_digits else text


# --- Wylie ------------------------------------------------------------------------------------


class WylieError(ValueError):
    """Latin text that is not valid EWTS/Wylie; `problems` are pyewts' own findings."""

    message = N_("This is not valid Wylie: {text}")

    def __init__(self, text: str, problems: list[str]):
        self.text = text
        self.problems = problems
        super().__init__(f"invalid Wylie {text!r}: {'; '.join(problems)}")


@functools.lru_cache(maxsize=1)
def _ewts():
    import pyewts  # imported on first use: start-up should not pay for it

    return pyewts.pyewts()


def wylie_to_tibetan(s: str, strict: bool = False) -> str:
    """EWTS/Wylie `s` as Tibetan Unicode: ``sgrol ma`` → སྒྲོལ་མ.

    A space is a tsheg and ``/`` a shad, as EWTS defines. With `strict`, input pyewts warns about
    (letters that are no Tibetan, impossible stacks) raises :class:`WylieError`; otherwise the
    best conversion is returned, unconvertible characters left as they were.
    """
    warns: list[str] = []
    out = _ewts().toUnicode(s, warns)
    if strict and warns:
        raise WylieError(s, [str(w) for w in warns])
    return out


def wylie_problems(s: str) -> list[str]:
    """pyewts' complaints about Wylie `s` (empty when it converts cleanly)."""
    warns: list[str] = []
    _ewts().toUnicode(s, warns)
    return [str(w) for w in warns]


def tibetan_to_wylie(s: str) -> str:
    """Tibetan Unicode `s` as EWTS/Wylie: བཀྲ་ཤིས → ``bkra shis``.

    Non-Tibetan characters come back inside pyewts' ``[...]`` escape brackets.
    """
    warns: list[str] = []
    return _ewts().toWylie(s, warns)


# --- pinyin ------------------------------------------------------------------------------------

# Readings pypinyin gets wrong in Qinghai names and places (its default is the commonest reading
# in general text): 藏 in a Tibetan name is zàng (尕藏 Gazang), not cáng; 称多 is Chènduō.
_NAME_READINGS = {ord("藏"): "zàng,cáng"}
_PLACE_PHRASES = {"称多": [["chèn"], ["duō"]], "尕藏": [["gǎ"], ["zàng"]]}


# Surnames read otherwise than the same character in general text, toneless (单 Shàn, not dān;
# 曾 Zēng, not céng; 区 Ōu, not qū …): only where the toneless syllable differs.  Compound
# surnames (单于 Chányú, 尉迟 Yùchí, 万俟 Mòqí, 长孙 Zhǎngsūn) are already right in pypinyin's
# phrase dictionary.  A few surnames have two readings in use (乐 Yuè/Lè, 盖 Gě/Gài, 覃 Qín/Tán):
# the surname one sorts, both find.
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "区": "ou",
    "仇": "qiu",
    "解": "xie",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "缪": "miao",
    "乐": "yue",
    "员": "yun",
    "覃": "qin",
    "繁": "po",
    "句": "gou",
    "种": "chong",
    "重": "chong",
    "召": "shao",
    "秘": "bi",
    "折": "she",
    "宓": "fu",
    "隗": "wei",
    "翟": "zhai",
    "阚": "kan",
    "洗": "xian",
    "都": "du",
    "卜": "bu",
    "薄": "bo",
    "祭": "zhai",
    "能": "nai",
    "长": "chang",
}
#: names that begin with one of those characters read otherwise: compound surnames the phrase
#: dictionary reads right (单于 Chányú, 长孙 Zhǎngsūn), and Tibetan and Mongolian names written in
#: Chinese, which have no surname (单增 Danzeng = བསྟན་འཛིན་, 查干 Chagan "white")
NOT_SURNAME_READING_STARTS = ("单于", "长孙", "单增", "查干")


def surname_reading(name: str | None) -> str | None:
    """The toneless surname reading of a personal name's first character where it differs from
    the character's reading in general text (单雄信 → ``shan``); None otherwise."""
    name = (name or "").lstrip()
    if not name or name.startswith(NOT_SURNAME_READING_STARTS):
        return None
    return SURNAME_READINGS.get(name[0])


@functools.lru_cache(maxsize=1)
def _pypinyin():
    import pypinyin  # lazy: pypinyin loads large dictionaries on import

    pypinyin.load_single_dict(_NAME_READINGS)
    pypinyin.load_phrases_dict(_PLACE_PHRASES)
    return pypinyin


def pinyin_syllables(s: str) -> list[str]:
    """Toneless lowercase pinyin syllables of `s` (Latin/digit runs whole), name readings applied."""
    _pypinyin()
    from pypinyin import Style, lazy_pinyin

    # lazy_pinyin passes non-Han runs through whole ("abc12"); they are kept, lowercased.
    return [p.strip().lower() for p in lazy_pinyin(s, style=Style.NORMAL, errors="default") if p.strip()]


def _keep_search_chars(s: str) -> str:
    """Lowercase ASCII letters and digits only (spaces, punctuation, ü-less pinyin)."""
    s = unicodedata.normalize("NFKD", s.lower()).replace("ü", "v")
    return re.sub(r"[^a-z0-9]", "", s)


def pinyin_full(s: str | None) -> str:
    """Toneless lowercase pinyin of `s` without spaces: 卓玛 → ``zhuoma``.

    Latin letters and digits in `s` are kept (lowercased); other characters are dropped.
    """
    if not s:
        return ""
    return _keep_search_chars("".join(pinyin_syllables(s)))


def pinyin_initials(s: str | None) -> str:
    """First letter of each Han character's pinyin: 卓玛 → ``zm``; 才让东周 → ``crdz``.

    A Latin run counts as one word and gives its first letter; a digit run is kept whole
    ("3组" → "3z").
    """
    if not s:
        return ""
    _pypinyin()
    from pypinyin import Style, lazy_pinyin

    out: list[str] = []
    for part in lazy_pinyin(s, style=Style.FIRST_LETTER, errors="default", strict=False):
        part = _keep_search_chars(part)
        if not part:
            continue
        if part.isdigit():
            out.append(part)
        else:
            out.append(part[0])
    return "".join(out)


# --- search keys -------------------------------------------------------------------------------


def _wylie_key(name_bo: str) -> tuple[str, str]:
    """(spaced, compact) Wylie of a Tibetan name for prefix search: ('sgrol ma', 'sgrolma')."""
    w = tibetan_to_wylie(name_bo).lower()
    w = re.sub(r"\[[^\]]*\]", " ", w)  # non-Tibetan parts pyewts escaped
    # keep Wylie's own letters (incl. ' and +, . ~ used in stacks/marks); shad / and spaces go
    w = re.sub(r"[^a-z0-9'+.~^\-]+", " ", w)
    spaced = " ".join(w.split())
    return spaced, spaced.replace(" ", "")


def search_keys(name_zh: str | None, name_bo: str | None) -> dict[str, str]:
    """The keys a person/place name is indexed under for prefix search.

    ``pinyin``: full pinyin, no spaces (卓玛 → zhuoma); ``initials``: pinyin initials (zm);
    ``wylie``: Wylie of the Tibetan name with spaces collapsed to one (sgrol ma);
    ``wylie_compact``: the same without spaces (sgrolma), so ``sgrolma`` and ``sgrol m`` both hit.
    Empty strings where a name is missing.
    """
    spaced, compact = _wylie_key(name_bo) if name_bo and has_tibetan(name_bo) else ("", "")
    return {
        "pinyin": pinyin_full(name_zh),
        "initials": pinyin_initials(name_zh),
        "wylie": spaced,
        "wylie_compact": compact,
    }


# --- search query classification ---------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """What a user typed into a search box, classified.

    kind: "empty" | "tibetan" | "han" | "latin" | "digits".
    text: the query as it should be matched against the column of its kind (Tibetan text without
    trailing tsheg/shad; Han text; lowercase latin with single spaces; ASCII digits, with a final
    upper-case X allowed for an ID-number tail).
    compact: latin without spaces (matches the ``pinyin``/``initials``/``wylie_compact`` keys).
    wylie: for a Tibetan query, its Wylie (so a Tibetan search can use the Wylie index too).
    looks_like: for digits, "phone" (11 digits starting with 1), "id" (15 or 18 chars) or "tail".
    """

    kind: str
    text: str = ""
    compact: str = ""
    wylie: str = ""
    looks_like: str = ""


def normalise_query(q: str | None) -> Query:
    """Classify and normalise a search string (see :class:`Query`)."""
    s = unicodedata.normalize("NFC", (q or "")).strip()
    s = from_tibetan_digits(s)
    if not s:
        return Query("empty")
    if has_tibetan(s):
        text = " ".join(s.split()).strip(TSHEG + SHAD + " ")
        spaced, compact = _wylie_key(text)
        return Query("tibetan", text=text, compact=compact, wylie=spaced)
    if has_han(s):
        return Query("han", text="".join(s.split()))
    digits = re.sub(r"[\s\-]", "", s)
    if re.fullmatch(r"[0-9]+[xX]?", digits):
        digits = digits.upper()
        if len(digits) == 11 and digits.startswith("1") and digits.isdigit():
            looks = "phone"
        elif len(digits) in (15, 18):
            looks = "id"
        else:
            looks = "tail"
        return Query("digits", text=digits, compact=digits, looks_like=looks)
    latin = " ".join(unicodedata.normalize("NFKD", s.lower()).replace("ü", "v").split())
    latin = re.sub(r"[^a-z0-9'+.~^\- ]", "", latin)
    return Query("latin", text=latin, compact=latin.replace(" ", ""))
