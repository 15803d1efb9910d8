"""What the xlsx and PDF writers share: labels in a language mode, ID-number privacy, progress.

Language modes are "zh", "bo" and "both" (bilingual, Tibetan first as the Tibetan autonomous
prefectures set it); "en" also works (the English source strings).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from app.domain.errors import PermissionDenied
from app.domain.idnumber import mask_id_number
from app.i18n import N_, render, translate

MODES = ("zh", "bo", "both", "en")


def text(source: str, mode: str, sep: str = " / ") -> str:
    """A marked English source string in a display mode; bilingual halves joined by `sep`."""
    if mode != "both":
        return translate(source, mode)
    bo, zh = translate(source, "bo"), translate(source, "zh")
    return bo if bo == zh else f"{bo}{sep}{zh}"


def pair(name_zh: str | None, name_bo: str | None, mode: str, sep: str = " / ") -> str:
    """A name stored in both scripts (village, office, household) for a display mode."""
    zh, bo = name_zh or "", name_bo or ""
    if mode == "bo":
        return bo or zh
    if mode == "both":
        return f"{bo}{sep}{zh}" if bo and zh and bo != zh else (bo or zh)
    return zh or bo


class FullIdsDenied(PermissionDenied):
    def __init__(self):
        super().__init__("full ID numbers")

    def text(self, lang: str = "en") -> str:
        return render(N_("Your account is not allowed to export full ID numbers; the export shows them "
                         "masked (632122********1234)."), lang)


def id_formatter(ws, full_ids: bool = False) -> Callable[[str | None], str]:
    """How ID numbers appear in an export: masked, or in full when asked for AND allowed.  The
    function's ``masked`` attribute says which: what else the file shows follows it
    (:func:`birth_formatter`)."""
    if full_ids:
        if not ws.can_see_full_id_numbers():
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


def enum_labels(ws, kind: str, mode: str) -> dict[str, str]:
    """code → label of an enumeration, computed once per export (not once per cell)."""
    return {r["code"]: ws.reference.label(kind, r["code"], mode) for r in ws.reference.enums(kind)}


def product_labels(ws, mode: str) -> dict[str, str]:
    return {p.code: ws.reference.product_label(p.code, mode) for p in ws.reference.products()}


@dataclass
class Progress:
    """What an export generator yields: `done` of `total` units (rows, households)."""

    done: int
    total: int
    path: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0

    def __iter__(self):
        """(done, total): what ui.taskman's progress callback unpacks."""
        return iter((self.done, self.total))
