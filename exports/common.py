"""What the xlsx and PDF writers share: labels in a language mode, ID-number privacy, progress.

Language modes are "zh", "bo" and "both" (bilingual, Tibetan first as the Tibetan autonomous
prefectures set it); "en" also works (the English source strings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from app.domain import privacy
from app.domain.privacy import BIRTH_DATE, BIRTH_YEAR, FullIdsDenied, birth_formatter  # noqa: F401
from app.i18n import label as text  # noqa: F401 - the writers' one rule for labels
from app.i18n import name_pair as pair  # noqa: F401 - and for names in both scripts

MODES = ("zh", "bo", "both", "en")


def id_formatter(ws, full_ids: bool = False) -> Callable[[str | None], str]:
    """How ID numbers appear in an export (app.domain.privacy.id_formatter for `ws`'s role)."""
    return privacy.id_formatter(ws.can_see_full_id_numbers(), full_ids)


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
