"""Reading a roster's sheets with python-calamine, after :mod:`.safety` has let the file through.

Two halves: :mod:`.books` runs calamine and lives only in the child process of :mod:`.reader`
(with its memory limit); :class:`Workbook` is what the program holds — the sheet
names, their sizes and the sheets read, each brought back from a child.  Nothing a file does in
calamine can end the program (issue 17 §2).

Row numbers here are those Excel shows (1-based); columns are 0-based indexes, shown as letters.
"""

from __future__ import annotations

from pathlib import Path

from app.services.roster import reader, safety
from app.services.roster.books import Sheet
from app.services.roster.safety import FileInfo, Limits, RosterFileError, SheetExtent, check_sheet


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


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
        safety.require_file(path)  # said here, before a child is started for nothing
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
        check_sheet(self.info.path.name, sheet, self.sheet_names)
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
