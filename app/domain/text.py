"""Bounds on the free text of every record (issue 17 §6): a length and no control characters.

A name copied from a web page or a WeChat message may carry a NUL, an ESC sequence (which a
terminal obeys when the CLI prints the name), a line break, or an invisible bidi override such as
U+202E that shows "卓玛" reversed or hides what follows; a 5,000-character "name" broke the
household card's page layout.  Every form, the CLI, the roster import and sync go through the
domain validators, so the bounds live here, one per field, each with a sentence.

Line breaks and tabs are allowed only in the note-like fields (notes, descriptions, outcomes).
Zero-width joiners and the like are letters' business in some scripts, but not in Chinese or
Tibetan names, so every format character (Unicode category Cf) is refused in one-line fields.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.errors import Problem
from app.i18n import N_

#: characters a field may hold, by field: longest a value of it can sensibly be
MAX_LENGTH = {
    "name_zh": 40,
    "name_bo": 100,
    "group_name": 40,
    "address": 200,
    "notes": 2000,
    "purpose": 200,
    "bank": 100,
    "industry": 60,
    "description": 4000,
    "complainant_name": 100,
    "institution": 100,
    "handler": 100,
    "place": 200,
    "presenters": 400,
    "volunteers": 400,
    "materials": 400,
    "reason": 1000,
    "transferred_to": 200,
    "outcome": 2000,
    "bank_rater": 100,
    "village_rater": 100,
    "name": 100,
}
#: fields where a line break (and a tab) is part of the text
MULTILINE = {"notes", "description", "outcome", "reason", "address", "materials"}
DEFAULT_MAX = 200

# bidi embeddings, overrides and isolates, and the marks: they change how text is *shown*
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE_ONE_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ufeff]")
_UNSAFE_MULTI = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ufeff]")


def unsafe_character(text: str, multiline: bool = False) -> str | None:
    """The first character `text` may not hold (as U+XXXX), or None."""
    m = (_UNSAFE_MULTI if multiline else _UNSAFE_ONE_LINE).search(text)
    if m is not None:
        return f"U+{ord(m.group()):04X}"
    if not multiline:
        bad = next((c for c in text if unicodedata.category(c) == "Cf"), None)
        if bad is not None:
            return f"U+{ord(bad):04X}"
    return None


def text_problems(problems: list[Problem], **fields: str | None) -> None:
    """Append a problem for each field whose text is too long or holds a control character."""
    for field, value in fields.items():
        if not value:
            continue
        text = str(value)
        multiline = field in MULTILINE
        limit = MAX_LENGTH.get(field, DEFAULT_MAX)
        bad = unsafe_character(text, multiline)
        if bad is not None:
            problems.append(
                Problem(
                    field,
                    N_(
                        "This text holds an invisible control character ({char}: a line break, tab, escape or text-"
                        "direction mark, often copied from a web page or a message). Type the text again without it."
                    ),
                    {"char": bad},
                )
            )
        elif len(text) > limit:
            problems.append(
                Problem(
                    field,
                    N_("This text is {length} characters long; at most {limit} are kept here. Shorten it."),
                    {"length": len(text), "limit": limit},
                )
            )


def printable(text: str) -> str:
    """`text` safe to print to a terminal: control and bidi characters shown as \\uXXXX, never
    obeyed (records from before these bounds, or from another office's package)."""
    return _UNSAFE_ONE_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
