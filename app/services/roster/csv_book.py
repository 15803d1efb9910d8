"""CSV rosters: what county systems and banks export (issue #20 item 3).

Chinese government and bank systems write CSV in GB18030 / GBK with no marker; Excel writes UTF-8
with a byte-order mark ("CSV UTF-8"); other tools UTF-8 without one.  The encoding is found from
the bytes: a BOM says it; otherwise text that decodes as UTF-8 is UTF-8 (GBK text almost never
does: its two-byte characters are not valid UTF-8 sequences); anything else is read as GB18030,
the superset of GBK and GB2312 that decodes every byte sequence those produce.

The file is checked as a workbook is: :func:`.safety.check_file` sizes it before anything is read,
and it is read in the reader's child process with its memory limit (:mod:`.reader`); binary
content (a workbook or a zip renamed .csv) is refused with a sentence, and the rows and columns
are counted against the same limits as a sheet's before a single row is kept.  Cells are text:
an ID number stays the 18 characters it was (never a float), a leading tab or apostrophe (the
habit that keeps Excel from turning it into 6.32122E+17) is dropped.  A CSV is one sheet, named
after the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from typing import Any, Iterator

from app.i18n import N_
from app.services.roster.rows import PackedRows
from app.services.roster.safety import FileInfo, Limits, RosterFileError, SheetExtent, check_extent, check_sheet

_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x1f\x8b")


def detect_encoding(data: bytes) -> str:
    """The codec that reads `data`: from its BOM, else UTF-8 when it decodes so, else GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


class _Dialect(csv.excel):
    delimiter = ","


def _dialect(sample: str) -> type[csv.Dialect]:
    """Comma, tab, semicolon or bar: the one the header line holds most of.  (csv.Sniffer guesses
    from every line and is thrown by the tab some exports put before ID numbers.)"""
    line = next((ln for ln in sample.splitlines() if ln.strip()), "")
    counts = {d: line.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return type("RosterDialect", (_Dialect,), {"delimiter": best if counts[best] else ","})


def _cell(text: str) -> Any:
    text = text.strip()
    if text[:1] in ("'", "\t"):
        text = text[1:].strip()
    return text


class CsvText:
    """A CSV file as one sheet named after the file: the reader of kind "csv" that :mod:`.books`
    lists (``CsvBook``, which gives its rows as a Sheet), run in the reader's child process like
    every roster (:mod:`.reader`)."""

    def __init__(self, info: FileInfo, limits: Limits):
        self.info = info
        self.limits = limits
        path = info.path
        data = path.read_bytes()
        if data.startswith(_BINARY_MAGIC) or (
            b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        ):
            raise RosterFileError(
                N_(
                    "{name} is named .csv but is not text (it may be a workbook or another kind of file renamed). "
                    "Open it in Excel or WPS and save it as .xlsx or as CSV."
                ),
                name=path.name,
            )
        self.encoding = detect_encoding(data)
        try:
            self._text = data.decode(self.encoding)
        except UnicodeDecodeError:
            raise RosterFileError(
                N_(
                    "{name} is not text in a Chinese or Unicode encoding. Open it in Excel or WPS and save it as "
                    "CSV UTF-8 or as .xlsx."
                ),
                name=path.name,
            ) from None
        del data
        self.sheet_names = [path.stem or "CSV"]
        self._dialect = _dialect(self._text[:8192])
        # counted first, against the same limits as a workbook's sheet, before a row is kept
        rows = columns = 0
        for row in self._reader():
            rows += 1
            columns = max(columns, len(row))
            if rows > limits.max_rows + 100 or columns > limits.max_columns:
                break
        self.extents = {self.sheet_names[0]: SheetExtent(rows, columns)}

    def _reader(self) -> Iterator[list[str]]:
        """The rows; lines may end in CR alone (old Mac and some county systems' exports), which
        the csv module refuses unless newlines are made universal.  What it still cannot read — a
        cell over its 128 KB field limit, an unbalanced quote at the end — is a sentence, not the
        child's death (which was told as "more memory than a roster may take")."""
        reader = csv.reader(io.StringIO(self._text, newline=None), self._dialect)
        try:
            yield from reader
        except csv.Error as exc:
            raise RosterFileError(
                N_(
                    "{name} cannot be read as a spreadsheet ({detail}). Open it in Excel or WPS and save it again "
                    "as .xlsx."
                ),
                name=self.info.path.name,
                detail=f"line {reader.line_num}: {exc}"[:200],
            ) from None

    def first_sheet_with_data(self) -> str:
        if not self._text.strip():
            raise RosterFileError(N_("Every sheet of {name} is empty."), name=self.info.path.name)
        return self.sheet_names[0]

    def rows(self, sheet: str) -> PackedRows:
        check_sheet(self.info.path.name, sheet, self.sheet_names)
        check_extent(self.info.path.name, sheet, self.extents[sheet], self.limits)
        return PackedRows.pack(([_cell(c) for c in row] for row in self._reader()), keep=lambda r: any(r))
