"""Resident ID numbers (居民身份证号码, GB 11643-1999): normalise, check, mask.

python-stdnum's `stdnum.cn.ric` does the check digit (ISO 7064 MOD 11-2) and the birth-date
split, and ships the GB/T 2260 area-code table with the years each code was in use.  What it
lacks, written here:
- typing tolerance: full-width digits, ideographic spaces and a lower-case x come from Chinese
  input methods and spreadsheets;
- the judgement on area codes: stdnum refuses a number whose county code was not in use in the
  *birth* year, but a number keeps the code of the place and year it was *issued* — 630222…
  (Minhe after Haidong became a city in 2013) is real for someone born in 1985, and 632122…
  (Minhe before 2013) is real too.  So only an unknown *province* refuses the number; an unknown
  county code, or one retired before the person was born, is a warning to check the card;
- sentences that tell the user what to do, instead of exception class names.
"""

from __future__ import annotations

import functools

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from app.domain.errors import Problem, ValidationError
from app.domain.numbers import ascii_text
from app.i18n import N_

FIELD = "id_number"

#: Residence permits for Taiwan residents use 83 (Hong Kong 81 and Macao 82 are in stdnum's table).
_EXTRA_PROVINCES = {"83"}

_WHITESPACE = re.compile(r"\s+")
#: dashes a roster groups the number with (632122-19850301-1234): hyphen, en/em dash, minus; NFKC
#: has made a full-width one ASCII by then
_DASHES = re.compile(r"[-\u2010-\u2015\u2212]")
_SHAPE = re.compile(r"\d{17}[\dX]")


@dataclass(frozen=True)
class IdNumberInfo:
    number: str  # normalised: 17 digits and a digit or X
    birth_date: date
    sex: str  # "M" or "F"
    area_code: str  # first six digits
    area_known: bool  # the county code is in the GB/T 2260 table (in any year)


#: an ID number as a spreadsheet writes a large number: 6.32122E+17, 6.3212219800101E+17
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?E\+?\d{1,2}")


def normalise_id_number(raw: str | None) -> str:
    """`raw` as the 18 ASCII characters it should be: full-width → ASCII, no spaces or grouping
    dashes, X upper-case.

    Only typing noise is removed; a wrong character stays so the check can name it.
    """
    if raw is None:
        return ""
    # NFKC maps full-width digits and letters (１２Ｘ) to ASCII and U+3000 to a plain space.
    text = ascii_text(raw)
    text = _DASHES.sub("", _WHITESPACE.sub("", text))
    # a number copied from a chat or a web page may carry invisible characters (U+200B zero-width
    # space, U+FEFF, bidi marks): the user sees 18 characters, and was told "this one has 19"
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return text.upper()


def _area_info(number: str) -> dict[str, str]:
    return dict(_area_info_cached(number[:6]))


@functools.lru_cache(maxsize=8192)
def _area_info_cached(area_code: str) -> tuple[tuple[str, str], ...]:
    # stdnum's numdb walk costs ~0.4 ms; a register has a few hundred distinct area codes, and
    # `check` or a roster import parses 100,000 numbers.
    from stdnum import numdb  # here, as ric below: stdnum pulls in ssl and pydoc, start-up needs neither

    parts = numdb.get("cn/loc").info(area_code)
    return tuple((k, v) for _part, props in parts for k, v in props.items())


def _county_years(county_field: str) -> list[tuple[int | None, int | None]]:
    """The year ranges of a stdnum county entry: "[1985-2013]民和…,[2013-]…" → [(1985, 2013), (2013, None)]."""
    spans: list[tuple[int | None, int | None]] = []
    for entry in county_field.split(","):
        if not entry.startswith("["):
            spans.append((None, None))
            continue
        start, end = entry[1:].split("]", 1)[0].split("-")
        spans.append((int(start) if start else None, int(end) if end else None))
    return spans


def parse_id_number(raw: str | None, today: date | None = None) -> tuple[IdNumberInfo, list[Problem]]:
    """Check an ID number; return what it tells and warnings. Raises :class:`ValidationError`."""
    today = today or date.today()
    if isinstance(raw, float):
        # A spreadsheet number cell keeps 15 significant digits: the last ones are already gone.
        raise ValidationError(
            FIELD,
            N_(
                "The spreadsheet stored the ID number as a number, which loses its last digits. "
                "Format the column as text and type the number again."
            ),
        )
    number = normalise_id_number(raw)
    if _SCIENTIFIC.fullmatch(number):
        # the same loss as a number cell, written out as text by Excel ("6.32122E+17" in a CSV)
        raise ValidationError(
            FIELD,
            N_(
                "The spreadsheet stored the ID number as a number, which loses its last digits. "
                "Format the column as text and type the number again."
            ),
        )
    if not number:
        raise ValidationError(FIELD, N_("Enter the household head's 18-character resident ID number."))
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            FIELD, N_("This is an old 15-digit ID number. Enter the 18-character number of the current ID card.")
        )
    if len(number) != 18:
        raise ValidationError(
            FIELD,
            N_("An ID number has 18 characters; this one has {count}. Check for a missing or extra digit."),
            count=len(number),
        )
    if not _SHAPE.fullmatch(number):
        bad = next((c for i, c in enumerate(number) if not (c.isdigit() or (i == 17 and c == "X"))), "")
        raise ValidationError(
            FIELD,
            N_('An ID number holds only digits, and an X only as its last character; "{char}" is not allowed.'),
            char=bad,
        )

    info = _area_info(number)
    if number[:2] not in _EXTRA_PROVINCES and "province" not in info:
        raise ValidationError(
            FIELD,
            N_("The ID number starts with {code}, which is not a province code. Check the first two digits."),
            code=number[:2],
        )

    from stdnum.cn import ric
    from stdnum.exceptions import ValidationError as StdnumError

    digits = number[6:14]
    try:
        birth = ric.get_birth_date(number)
    except StdnumError:
        raise ValidationError(
            FIELD,
            N_("The birth date in the ID number ({digits}) is not a real date. Check digits 7 to 14."),
            digits=digits,
        ) from None
    if birth > today:
        raise ValidationError(
            FIELD,
            N_("The birth date in the ID number ({birth}) is in the future. Check digits 7 to 14."),
            birth=birth.isoformat(),
        )
    if birth.year < 1900:
        raise ValidationError(
            FIELD,
            N_("The birth date in the ID number ({birth}) is before 1900. Check digits 7 to 14."),
            birth=birth.isoformat(),
        )

    expected = ric.calc_check_digit(number)
    if number[-1] != expected:
        raise ValidationError(
            FIELD,
            N_(
                "The ID number's check digit is wrong: the last character should be {expected}. "
                "If the card shows {actual}, another digit was mistyped: compare the number with the card."
            ),
            expected=expected,
            actual=number[-1],
        )

    warnings: list[Problem] = []
    area = number[:6]
    county = info.get("county")
    area_known = county is not None or number[:2] in _EXTRA_PROVINCES
    if not area_known:
        warnings.append(
            Problem(
                FIELD,
                N_(
                    "The area code {code} of this ID number is not in the list of county codes. "
                    "The number can be saved; check it against the ID card."
                ),
                {"code": area},
                warning=True,
            )
        )
    else:
        spans = _county_years(county) if county else [(None, None)]
        # Issued no earlier than birth: a code retired before the birth year cannot be on the card.
        if all(end is not None and end < birth.year for _start, end in spans):
            last = max(end for _start, end in spans)
            warnings.append(
                Problem(
                    FIELD,
                    N_(
                        "The area code {code} was retired in {year}, before the birth year {birth_year}. "
                        "The number can be saved; check it against the ID card."
                    ),
                    {"code": area, "year": last, "birth_year": birth.year},
                    warning=True,
                )
            )

    sex = "M" if int(number[16]) % 2 else "F"
    return IdNumberInfo(number, birth, sex, area, area_known), warnings


def mask_id_number(number: str | None) -> str:
    """The number for lists and printouts: first 6 and last 4 characters shown, 632122********1234."""
    number = normalise_id_number(number)
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
