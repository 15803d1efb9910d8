"""ID numbers in files: masked by default (DESIGN §7), and nothing else in the same file that gives
the hidden part back (issue #19)."""

from __future__ import annotations

from typing import Callable

from app.domain.errors import PermissionDenied
from app.domain.idnumber import mask_id_number
from app.i18n import N_, render


class FullIdsDenied(PermissionDenied):
    def __init__(self):
        super().__init__("full ID numbers")

    def text(self, lang: str = "en") -> str:
        return render(
            N_(
                "Your account is not allowed to export full ID numbers; the export shows them "
                "masked (632122********1234)."
            ),
            lang,
        )


def id_formatter(allowed: bool, full_ids: bool = False) -> Callable[[str | None], str]:
    """How ID numbers appear in a file: masked, or in full when asked for AND `allowed` (the
    user's role may see them; PermissionDenied otherwise).  The function's ``masked`` attribute
    says which: what else the file shows follows it (:func:`birth_formatter`)."""
    if full_ids:
        if not allowed:
            raise FullIdsDenied()

        def full(n):
            return n or ""

        full.masked = False
        return full

    def masked(n):
        return mask_id_number(n) if n else ""

    masked.masked = True
    return masked


BIRTH_DATE = N_("Birth date")
BIRTH_YEAR = N_("Birth year")


def birth_formatter(id_format) -> tuple[str, Callable[[str | None], str]]:
    """(header, value) of the birth date beside an ID number shown by `id_format`.

    A masked number hides exactly its eight birth-date digits (632122********1234); a full birth
    date in the same file would give them back — every number rebuilt.  So where numbers are
    masked the birth date is shown as its year only (GB/T 35273-2020 §3.14 and annex A: display
    masking (去标识化展示) of personal information; the year leaves the month and day, with the
    check digit, about 33 numbers to choose from), and in full only beside full numbers."""
    if getattr(id_format, "masked", True):
        return BIRTH_YEAR, lambda d: str(d)[:4] if d else ""
    return BIRTH_DATE, lambda d: str(d) if d else ""
