"""What a register sheet shows, resolved before a writer opens the file (no Qt, no SQL).

The register export service (app.services.register_export) builds a :class:`RegisterDocument`;
the xlsx writer (exports.xlsx.registers) turns it into a file and asks nothing more of the
register: labels are resolved for the document's language mode, ID numbers formatted as the
user's role allows, and the rows come in batches in the order of the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from app.registry import Column


@dataclass(frozen=True)
class SheetLabels:
    """The labels a sheet writes instead of codes, in one language mode."""

    mode: str
    enums: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # kind → code → label
    products: Mapping[str, str] = field(default_factory=dict)  # product code → label
    villages: Mapping[str, str] = field(default_factory=dict)  # village id → name

    def enum(self, kind: str) -> Mapping[str, str]:
        return self.enums.get(kind, {})


@dataclass(frozen=True)
class RegisterDocument:
    """One register's rows, as filtered in the window or on the command line, ready to write."""

    register: str
    title: str  # N_: the sheet's name
    columns: tuple[Column, ...]
    mode: str  # "zh", "bo", "both" or "en"
    labels: SheetLabels
    id_format: Callable[[str | None], str]  # masked, or full when asked for and allowed
    total: int  # rows in all
    batches: Iterable[list[dict]]  # the rows, read one batch at a time as written
    office: str = ""  # the office's name in the mode (print header, author)
    made_on: str = ""  # the day the list was taken (print header)
