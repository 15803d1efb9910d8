"""The classes that read a roster's cells, one per kind of file: they run only in the child process
of :mod:`.reader` (with its memory limit), never in the program itself (issue 17 §2).

Calamine reads `.xlsx`, `.xls` and `.ods` in Rust without an XML library that expands entities, and
gives only the cached values of formulas (a formula is never evaluated).  Cells arrive as str,
int, float, bool, date/datetime (date-formatted cells), time/timedelta, or "" when empty.

Adding a file kind: a class with the interface of :class:`CalamineBook` (``sheet_names``,
``extents``, ``read(sheet)``, ``first_sheet_with_data()``) in :data:`BOOK_READERS`, and
:func:`.safety.check_file` taught the kind; the child, its limits and the sentences come with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from app.i18n import N_
from app.services.roster.csv_book import CsvText
from app.services.roster.rows import PackedRows
from app.services.roster.safety import (
    FileInfo,
    Limits,
    RosterFileError,
    SheetExtent,
    check_extent,
    check_sheet,
    ods_extents,
    xls_extents,
    xlsx_extents,
)


@dataclass
class Sheet:
    name: str
    rows: Sequence[list[Any]]  # rows[0] is Excel row 1; trailing empty rows dropped (PackedRows)
    first_row: int = 1

    @property
    def height(self) -> int:
        return len(self.rows)


class CalamineBook:
    """The workbook as calamine opens it: in the reader's child process only."""

    def __init__(self, info: FileInfo, limits: Limits):
        from python_calamine import CalamineError, CalamineWorkbook

        self.info = info
        self.limits = limits
        self._extents: dict[str, SheetExtent] | None = None
        if info.kind in ("ods", "xls"):
            # calamine parses every sheet of an .ods or .xls when it opens it: check them all first
            for name, extent in (self._scan() or {}).items():
                check_extent(info.path.name, name, extent, limits)
        try:
            self._book = CalamineWorkbook.from_path(str(info.path))
        except (CalamineError, ValueError, OSError) as exc:
            if type(exc).__name__ == "PasswordError":
                raise RosterFileError(
                    N_(
                        "{name} is protected by a password. Open it in Excel or WPS, remove the password, save "
                        "it, and import it again."
                    ),
                    name=info.path.name,
                ) from None
            raise RosterFileError(
                N_(
                    "{name} cannot be read as a spreadsheet ({detail}). Open it in Excel or WPS and save it again "
                    "as .xlsx."
                ),
                name=info.path.name,
                detail=str(exc)[:200],
            ) from None
        meta = getattr(self._book, "sheets_metadata", None) or []
        visible = [m.name for m in meta if str(getattr(m, "typ", "")).endswith("WorkSheet")]
        self.sheet_names: list[str] = visible or list(self._book.sheet_names)

    @property
    def extents(self) -> dict[str, SheetExtent]:
        return self._scan()

    def _scan(self) -> dict[str, SheetExtent]:
        if self._extents is None:
            try:
                if self.info.kind == "xlsx":
                    self._extents = xlsx_extents(self.info.path)
                elif self.info.kind == "ods":
                    self._extents = ods_extents(self.info.path)
                else:
                    self._extents = xls_extents(self.info.path)
            except Exception:  # noqa: BLE001 - malformed XML: calamine reports it in its words
                self._extents = {}
            if self.info.kind == "xls" and not self._extents:
                # the compound file could not be walked: calamine must not be the first to try
                raise RosterFileError(
                    N_(
                        "{name} is damaged: its sheets cannot be found. Open it in Excel or WPS and save it again "
                        "as .xlsx."
                    ),
                    name=self.info.path.name,
                )
        return self._extents

    def extent(self, sheet: str) -> SheetExtent | None:
        return self._scan().get(sheet)

    def read(self, sheet: str) -> Sheet:
        """One sheet's cells, checked against the limits before calamine allocates anything."""
        from python_calamine import CalamineError

        check_sheet(self.info.path.name, sheet, self.sheet_names)
        check_extent(self.info.path.name, sheet, self.extent(sheet), self.limits)
        try:
            data = self._book.get_sheet_by_name(sheet)
        except (CalamineError, ValueError) as exc:
            raise RosterFileError(
                N_(
                    "The sheet {sheet} of {name} cannot be read ({detail}). Open the file in Excel or WPS and save "
                    "it again as .xlsx."
                ),
                sheet=sheet,
                name=self.info.path.name,
                detail=str(exc)[:200],
            ) from None
        end = data.end
        if end is not None:
            check_extent(self.info.path.name, sheet, SheetExtent(end[0] + 1, end[1] + 1), self.limits)
        # Row by row into packed chunks, not to_python(): the whole sheet as Python lists (~1 KB a
        # row) next to the plan was the import's memory peak.  The rows are to_python's
        # (skip_empty_area=False): iter_rows starts at row 1 but at the range's first column, so the
        # columns before it are padded with "" as to_python pads them.
        start = data.start
        if start is None:
            return Sheet(sheet, PackedRows.pack(()))
        pad = [""] * start[1]
        rows = PackedRows.pack(
            (pad + row if pad else row for row in data.iter_rows()), keep=lambda row: any(_filled(v) for v in row)
        )
        del data  # calamine's copy of the cells, freed before the rows are checked
        return Sheet(sheet, rows)

    def first_sheet_with_data(self) -> str:
        """The default sheet: the first whose cells hold something (a blank cover sheet is skipped)."""
        for name in self.sheet_names:
            extent = self.extent(name)
            if extent is not None:
                if extent.rows and extent.columns:
                    return name
                continue
            try:
                data = self._book.get_sheet_by_name(name)
            except Exception:  # noqa: BLE001 - not the default sheet; reading it later says why it fails
                continue
            if data.end is not None and data.height:
                return name
        if not self.sheet_names:
            raise RosterFileError(N_("{name} has no sheets."), name=self.info.path.name)
        raise RosterFileError(N_("Every sheet of {name} is empty."), name=self.info.path.name)


def _filled(value: Any) -> bool:
    return not (value is None or (isinstance(value, str) and not value.strip()))


class CsvBook(CsvText):
    """A CSV roster (:mod:`.csv_book`: GB18030 / GBK or UTF-8, found from its bytes) as a one-sheet
    workbook, in the reader's child process only."""

    def read(self, sheet: str) -> Sheet:
        return Sheet(sheet, self.rows(sheet))


#: the kind of a checked file (FileInfo.kind) → the class that reads it in the child
BOOK_READERS: dict[str, type[CalamineBook] | type[CsvBook]] = {
    "xlsx": CalamineBook,
    "xls": CalamineBook,
    "ods": CalamineBook,
    "csv": CsvBook,
}
