"""Reading a roster's sheets with python-calamine, after :mod:`.safety` has let the file through.

Two halves: :class:`CalamineBook` runs calamine and lives only in the child process of
:mod:`.reader` (with its memory limit); :class:`Workbook` is what the program holds — the sheet
names, their sizes and the sheets read, each brought back from a child.  Nothing a file does in
calamine can end the program (issue 17 §2).

Calamine reads `.xlsx`, `.xls` and `.ods` in Rust without an XML library that expands entities, and
gives only the cached values of formulas (a formula is never evaluated).  Cells arrive as str,
int, float, bool, date/datetime (date-formatted cells), time/timedelta, or "" when empty.
Row numbers here are those Excel shows (1-based); columns are 0-based indexes, shown as letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from app.i18n import N_
from app.services.roster import reader
from app.services.roster.csv_book import CsvText
from app.services.roster.rows import PackedRows
from app.services.roster.safety import (
    FileInfo,
    Limits,
    RosterFileError,
    SheetExtent,
    check_extent,
    ods_extents,
    xls_extents,
    xlsx_extents,
)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class Sheet:
    name: str
    rows: Sequence[list[Any]]  # rows[0] is Excel row 1; trailing empty rows dropped (PackedRows)
    first_row: int = 1

    @property
    def height(self) -> int:
        return len(self.rows)


class Workbook:
    """An opened roster: its sheet names and, on demand, one sheet's cells — each read in a child
    process with a memory limit (:mod:`.reader`)."""

    def __init__(self, info: FileInfo, limits: Limits, opened: dict):
        self.info = info
        self.limits = limits
        self.sheet_names: list[str] = opened["sheet_names"]
        self._extents: dict[str, SheetExtent] = opened.get("extents") or {}
        self._first, self._first_error = opened.get("first"), opened.get("first_error")
        self._sheets: dict[str, Sheet | tuple] = {}
        if self._first is not None:
            self._sheets[self._first] = opened.get("sheet") or opened.get("sheet_error")
        #: what the last child used: {"peak_mb": …, "cpu_s": …}
        self.usage = {k: opened.get(k) for k in ("peak_mb", "cpu_s")}

    @classmethod
    def open(cls, path: str | Path, limits: Limits = Limits()) -> "Workbook":
        path = Path(path)
        if not path.is_file():  # said here, before a child is started for nothing
            raise RosterFileError(N_("The file {name} was not found. Choose the roster file again."), name=path.name)
        opened = reader.run("open", path, limits)
        return cls(opened["info"], limits, opened)

    def close(self) -> None:
        self._sheets.clear()

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def extent(self, sheet: str) -> SheetExtent | None:
        return self._extents.get(sheet)

    def read(self, sheet: str) -> Sheet:
        """One sheet's cells (read once, in a child process, then kept)."""
        if sheet not in self.sheet_names:
            raise RosterFileError(
                N_("{name} has no sheet called {sheet}. Its sheets are: {sheets}."),
                name=self.info.path.name,
                sheet=sheet,
                sheets=", ".join(self.sheet_names),
            )
        got = self._sheets.get(sheet)
        if got is None:
            try:
                answer = reader.run("read", self.info.path, self.limits, info=self.info, sheet=sheet)
            except RosterFileError as exc:
                got = (exc.message, exc.params)
                self.usage = getattr(exc, "usage", None) or {}
            else:
                got = answer["sheet"]
                self.usage = {k: answer.get(k) for k in ("peak_mb", "cpu_s")}
            self._sheets[sheet] = got
        if isinstance(got, tuple):
            raise self._error(got)
        return got

    def first_sheet_with_data(self) -> str:
        if self._first_error:
            raise self._error(self._first_error)
        return self._first

    def _error(self, refusal: tuple) -> RosterFileError:
        message, params = refusal
        error = RosterFileError(message, **params)
        error.usage = self.usage
        return error


@reader.register_reader("xlsx", "xls", "ods")
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

        if sheet not in self.sheet_names:
            raise RosterFileError(
                N_("{name} has no sheet called {sheet}. Its sheets are: {sheets}."),
                name=self.info.path.name,
                sheet=sheet,
                sheets=", ".join(self.sheet_names),
            )
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
            except Exception:  # noqa: BLE001
                continue
            if data.end is not None and data.height:
                return name
        if not self.sheet_names:
            raise RosterFileError(N_("{name} has no sheets."), name=self.info.path.name)
        raise RosterFileError(N_("Every sheet of {name} is empty."), name=self.info.path.name)


def _filled(value: Any) -> bool:
    return not (value is None or (isinstance(value, str) and not value.strip()))


def iter_filled(rows: Sequence[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
    """(Excel row number, cells) for rows that hold something."""
    for i, row in enumerate(rows):
        if any(_filled(v) for v in row):
            yield i + 1, row


@reader.register_reader("csv")
class CsvBook(CsvText):
    """A CSV roster (:mod:`.csv_book`: GB18030 / GBK or UTF-8, found from its bytes) as a one-sheet
    workbook, in the reader's child process only."""

    def read(self, sheet: str) -> Sheet:
        return Sheet(sheet, self.rows(sheet))
