"""Search keys for names in three written forms (DESIGN §5: pinyin for Chinese names, Wylie for
Tibetan ones), and the classification of what a user typed into a search box.

Tokens are every suffix of a name starting at a syllable boundary, in each form; a query is then
a prefix match on one indexed column (``token >= q AND token < q || '\uffff'``): "zhuoma" and "zm"
find 索南卓玛, "sgrol" finds བསོད་ནམས་སྒྲོལ་མ, "卓玛" finds 索南卓玛 — without a table scan.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings

TSHEG_SHAD = re.compile(r"[\u0f0b\u0f0c\u0f0d\u0f0e\u0f14\s]+")
TIBETAN = re.compile(r"[\u0f00-\u0fff]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_TOKEN_SYLLABLES = 8  # a name longer than this is cut: nobody searches from the ninth syllable


@functools.lru_cache(maxsize=1)
def _ewts():
    import pyewts

    return pyewts.pyewts()


def fold(text: str) -> str:
    """Full-width to ASCII, lower case, no surrounding space (for comparing what people type)."""
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def pinyin_syllables(name_zh: str) -> list[str]:
    """Toneless syllables as in general text, with the name readings of app.domain.script loaded
    (尕藏 gazang): without them the keys depended on whether something had loaded them before."""
    from pypinyin import Style, lazy_pinyin

    from app.domain.script import _pypinyin

    _pypinyin()
    out = []
    for s in lazy_pinyin(name_zh or "", style=Style.NORMAL, errors=lambda chars: list(chars)):
        s = fold(s).replace("ü", "v")
        s = re.sub(r"[^0-9a-z]", "", s)
        if s:
            out.append(s)
    return out


def tibetan_syllables(name_bo: str) -> list[str]:
    return [s for s in TSHEG_SHAD.split(name_bo or "") if s]


def wylie_syllables(name_bo: str) -> list[str]:
    return list(_wylie_syllables(name_bo or ""))


@functools.lru_cache(maxsize=8192)
def _wylie_syllables(name_bo: str) -> tuple[str, ...]:
    # cached like _readings: keys and tokens of a household convert the same name one after the other
    if not name_bo:
        return ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wylie = _ewts().toWylie(name_bo)
        except Exception:  # noqa: BLE001 - pyewts raises plain exceptions on odd input: no key then
            return ()
    return tuple(re.sub(r"[^0-9a-z'+.\-]", "", s.lower()) for s in re.split(r"[\s/_]+", wylie) if s.strip("/ _"))


def _suffixes(syllables: list[str], joiner: str = "") -> set[str]:
    syllables = syllables[:MAX_TOKEN_SYLLABLES]
    return {joiner.join(syllables[i:]) for i in range(len(syllables)) if syllables[i:]}


def name_readings(name_zh: str) -> list[list[str]]:
    """The syllables of a personal name as it is read (单雄信 Shan Xiongxin: surname readings of
    app.domain.script), then, when they differ, as the same characters read in general text
    (dan xiong xin) — people type both, so both are search tokens; the first is the sort key."""
    return [list(r) for r in _readings(name_zh or "")]


@functools.lru_cache(maxsize=8192)
def _readings(name_zh: str) -> tuple[tuple[str, ...], ...]:
    # cached: a household's keys and its tokens are made from the same readings, one after the other
    from app.domain.script import surname_reading

    general = tuple(pinyin_syllables(name_zh))
    surname = surname_reading(name_zh)
    if surname is None or not general or general[0] == surname:
        return (general,)
    return ((surname,) + general[1:], general)


def name_keys(name_zh: str, name_bo: str) -> dict[str, str]:
    """The stored forms of a name (household.name_pinyin / name_initials / name_wylie): the name's
    own reading, so that the list's pinyin sort puts 单 (Shan) under S."""
    py = name_readings(name_zh)[0]
    return {
        "name_pinyin": "".join(py),
        "name_initials": "".join(s[0] for s in py),
        "name_wylie": " ".join(wylie_syllables(name_bo)),
    }


def name_tokens(name_zh: str, name_bo: str) -> set[str]:
    """Every token under which a household is found by its name."""
    tokens: set[str] = set()
    han = [c for c in (name_zh or "") if not c.isspace()]
    tokens |= _suffixes(han)
    tokens |= _suffixes(tibetan_syllables(name_bo), "\u0f0b")
    for py in name_readings(name_zh):
        tokens |= _suffixes(py)
        tokens |= _suffixes([s[0] for s in py])
    tokens |= _suffixes(wylie_syllables(name_bo))
    return {t for t in tokens if t}


def query_token(query: str) -> str:
    """The form of a typed query that is compared with tokens."""
    q = (query or "").strip()
    if TIBETAN.search(q):
        syl = tibetan_syllables(q)
        return "\u0f0b".join(syl)
    if HAN.search(q):
        return "".join(c for c in q if not c.isspace())
    return re.sub(r"[\s]+", "", fold(q))


def classify(query: str) -> str:
    """'empty', 'digits' (ID-number tail, phone), 'tibetan', 'han' or 'latin' (pinyin / Wylie)."""
    q = fold(query)
    if not q:
        return "empty"
    if TIBETAN.search(q):
        return "tibetan"
    if HAN.search(q):
        return "han"
    if re.fullmatch(r"[0-9x\-\s]+", q):
        return "digits"
    return "latin"
