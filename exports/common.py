"""What the xlsx and PDF writers share: labels and names in a language mode, progress.

Language modes are "zh", "bo" and "both" (bilingual, Tibetan first as the Tibetan autonomous
prefectures set it); "en" also works (the English source strings).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import label as text  # noqa: F401 - the writers' one rule for labels
from app.i18n import name_pair as pair  # noqa: F401 - and for names in both scripts

MODES = ("zh", "bo", "both", "en")


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
