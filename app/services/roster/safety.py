"""Checks a roster file must pass before any spreadsheet reader touches it (issue 8 §5).

A roster comes from a USB stick, a WeChat download or a colleague's laptop: it may be a web page
saved with an `.xls` name, a zip bomb, a macro workbook, or a two-cell sheet whose last cell sits at
XFD1048576.  That last one matters most: python-calamine builds a dense grid from the top-left to
the bottom-right cell *before* Python sees anything, so 2 cells far apart ask Rust for 32 GB and
the process aborts (not an exception: an abort; measured).  So the size of that grid is computed
here first, by streaming the sheet XML with a regular expression (xlsx) or the table rows (ods),
with memory bounded by the read chunk.

Everything refused here is a :class:`RosterFileError` with a sentence saying what to do.
Legacy `.xls` (BIFF in an OLE container) is checked for its magic bytes, its size and macros;
its grid is at most 65,536 × 256 cells by the format itself.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import SentenceError
from app.i18n import N_

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
#: the OLE directory names the VBA storage in UTF-16: an .xls with macros carries it
_OLE_VBA = "_VBA_PROJECT_CUR".encode("utf-16-le")
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
KINDS = {".xlsx": "xlsx", ".xls": "xls", ".ods": "ods", ".csv": "csv", ".txt": "csv"}
MACRO_SUFFIXES = {".xlsm", ".xltm", ".xlsb", ".xla", ".xlam"}

_CHUNK = 1 << 20


class RosterFileError(SentenceError):
    """The roster file cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class Limits:
    """Configurable ceilings (settings keys in brackets); defaults suit a village laptop."""

    max_file_mb: int = 50  # roster.max_file_mb
    max_unzipped_mb: int = 200  # roster.max_unzipped_mb
    max_ratio: int = 100  # roster.max_zip_ratio
    max_rows: int = 200_000  # roster.max_rows
    max_columns: int = 200  # roster.max_columns
    #: the dense grid calamine allocates, 32 bytes a cell: 6 M cells ≈ 190 MB
    max_cells: int = 6_000_000  # roster.max_cells
    #: the child process reading the file (issue 17 §2): its memory and CPU-time limits
    max_reader_mb: int = 400  # roster.max_reader_mb
    max_read_seconds: int = 120  # roster.max_read_seconds

    @classmethod
    def from_settings(cls, get) -> "Limits":
        """`get(key, default)`: e.g. ``ws.reference.setting``."""
        base = cls()
        values = {}
        for name, key in (
            ("max_file_mb", "roster.max_file_mb"),
            ("max_unzipped_mb", "roster.max_unzipped_mb"),
            ("max_ratio", "roster.max_zip_ratio"),
            ("max_rows", "roster.max_rows"),
            ("max_columns", "roster.max_columns"),
            ("max_cells", "roster.max_cells"),
            ("max_reader_mb", "roster.max_reader_mb"),
            ("max_read_seconds", "roster.max_read_seconds"),
        ):
            try:
                values[name] = int(get(key, getattr(base, name)))
            except (TypeError, ValueError):
                values[name] = getattr(base, name)
        return cls(**values)


@dataclass(frozen=True)
class FileInfo:
    path: Path
    kind: str  # xlsx | xls | ods
    size: int
    sha256: str


def require_file(path: Path) -> None:
    """A roster file that is there: a missing name, or a folder chosen where the file belongs
    (which was told "not found", sending the user looking for a file that is there), is a sentence."""
    if path.is_dir():
        raise RosterFileError(
            N_("{name} is a folder, not a roster file. Open the folder and choose the roster file in it."),
            name=path.name,
        )
    if not path.is_file():
        raise RosterFileError(N_("The file {name} was not found. Choose the roster file again."), name=path.name)


def check_file(path: str | Path, limits: Limits = Limits()) -> FileInfo:
    """Refuse a file that is missing, too large, not what its name says, a macro workbook or a
    zip bomb. Returns what the file is and its SHA-256 (recorded with the import)."""
    path = Path(path)
    suffix = path.suffix.lower()
    require_file(path)
    if suffix in MACRO_SUFFIXES:
        raise RosterFileError(
            N_(
                "{name} is a workbook that can hold macros ({suffix}). Macros are never run here: open it in "
                "Excel or WPS, save it as an .xlsx workbook, and import that file."
            ),
            name=path.name,
            suffix=suffix,
        )
    kind = KINDS.get(suffix)
    if kind is None:
        raise RosterFileError(
            N_("{name} is not a spreadsheet this program reads. Save the roster as .xlsx, .xls or .ods."),
            name=path.name,
        )
    size = path.stat().st_size
    if size > limits.max_file_mb * 1024 * 1024:
        raise RosterFileError(
            N_("{name} is {size_mb} MB; rosters up to {max_mb} MB are read. Split the roster into smaller files."),
            name=path.name,
            size_mb=round(size / 1048576, 1),
            max_mb=limits.max_file_mb,
        )
    digest = hashlib.sha256()
    found: set[bytes] = set()
    with path.open("rb") as f:
        head = f.read(8)
        digest.update(head)
        ole = head.startswith(OLE_MAGIC)
        prev = b""
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            digest.update(chunk)
            if ole:  # names in the compound file's directory, in UTF-16
                window = prev[-64:] + chunk
                found.update(m for m in (_OLE_VBA, _OLE_ENCRYPTED) if m in window)
            prev = chunk
    found_vba = _OLE_VBA in found
    if _OLE_ENCRYPTED in found:
        # a password-protected .xlsx is an OLE file holding the encrypted package
        raise RosterFileError(
            N_(
                "{name} is protected by a password. Open it in Excel or WPS, remove the password, save it, and "
                "import it again."
            ),
            name=path.name,
        )
    if kind == "csv":
        return FileInfo(path, kind, size, digest.hexdigest())  # text: app.services.roster.csv_book checks it
    _check_magic(path, kind, head)
    if kind == "xls" and found_vba:
        raise _macro_error(path)
    if kind in ("xlsx", "ods"):
        _check_zip(path, kind, limits)
    return FileInfo(path, kind, size, digest.hexdigest())


def _macro_error(path: Path) -> RosterFileError:
    return RosterFileError(
        N_(
            "{name} contains macros. Macros are never run here: open it in Excel or WPS, save it as an .xlsx "
            "workbook without macros, and import that file."
        ),
        name=path.name,
    )


def _what_it_is(head: bytes) -> str:
    low = head.lstrip().lower()
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if low.startswith((b"<", b"\xef\xbb\xbf<")):
        return "html"
    if head.startswith(b"%PDF"):
        return "pdf"
    return "other"


def _check_magic(path: Path, kind: str, head: bytes) -> None:
    actual = _what_it_is(head)
    expected = "ole" if kind == "xls" else "zip"
    if actual == expected:
        return
    if actual == "html":
        raise RosterFileError(
            N_(
                "{name} is a web page saved with a spreadsheet's name, not a workbook. Open it in Excel or WPS, "
                "save it as an .xlsx workbook, and import that file."
            ),
            name=path.name,
        )
    if actual == "zip" and kind == "xls":
        raise RosterFileError(
            N_("{name} is named .xls but is a newer .xlsx workbook. Rename it to end in .xlsx and import it again."),
            name=path.name,
        )
    if actual == "ole" and kind != "xls":
        raise RosterFileError(
            N_("{name} is named {suffix} but is an old .xls workbook. Rename it to end in .xls and import it again."),
            name=path.name,
            suffix=path.suffix,
        )
    raise RosterFileError(
        N_(
            "{name} is not a spreadsheet, whatever its name says (it may be damaged, or another kind of file). "
            "Open it in Excel or WPS and save it as an .xlsx workbook."
        ),
        name=path.name,
    )


def _check_zip(path: Path, kind: str, limits: Limits) -> None:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise RosterFileError(
            N_("{name} is damaged: its contents cannot be unpacked. Open it in Excel or WPS and save it again."),
            name=path.name,
        ) from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise _macro_error(path)
        if kind == "xlsx" and "xl/workbook.xml" not in names:
            if "mimetype" in names and zf.read("mimetype")[:100].startswith(ODS_MIME):
                raise RosterFileError(
                    N_(
                        "{name} is named .xlsx but is an OpenDocument (.ods) spreadsheet. Rename it to end in "
                        ".ods and import it again."
                    ),
                    name=path.name,
                )
            raise RosterFileError(
                N_(
                    "{name} is a zip archive, not an Excel workbook. Open the roster in Excel or WPS and save it as "
                    "an .xlsx workbook."
                ),
                name=path.name,
            )
        if kind == "ods" and "content.xml" not in names:
            if "xl/workbook.xml" in names:
                raise RosterFileError(
                    N_("{name} is named .ods but is an .xlsx workbook. Rename it to end in .xlsx and import it again."),
                    name=path.name,
                )
            raise RosterFileError(
                N_("{name} is a zip archive, not an OpenDocument spreadsheet. Open it and save it as .xlsx or .ods."),
                name=path.name,
            )
        declared = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        cap = limits.max_unzipped_mb * 1024 * 1024
        # A small file may compress very well and be harmless; the ratio matters once it is big.
        if declared > cap or (declared > 8 * 1024 * 1024 and declared / packed > limits.max_ratio):
            raise _bomb(path, declared, limits)
        # The declared sizes can lie: unpack as a stream, counting, and stop at the cap.
        total = 0
        for info in infos:
            try:
                with zf.open(info) as member:
                    for chunk in iter(lambda: member.read(_CHUNK), b""):
                        total += len(chunk)
                        if total > cap:
                            raise _bomb(path, total, limits)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
                if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
                    raise RosterFileError(
                        N_(
                            "{name} is protected by a password. Open it in Excel or WPS, remove the password, "
                            "save it, and import it again."
                        ),
                        name=path.name,
                    ) from None
                raise RosterFileError(
                    N_(
                        "{name} is damaged: its contents cannot be unpacked. Open it in Excel or WPS and save it again."
                    ),
                    name=path.name,
                ) from None


def _bomb(path: Path, size: int, limits: Limits) -> RosterFileError:
    return RosterFileError(
        N_(
            "{name} would unpack to {size_mb} MB, far more than a roster holds (at most {max_mb} MB, or {ratio} "
            "times its size). It was not opened. If it really is a roster, save it again in Excel or WPS."
        ),
        name=path.name,
        size_mb=round(size / 1048576),
        max_mb=limits.max_unzipped_mb,
        ratio=limits.max_ratio,
    )


# -- the grid a sheet will need ---------------------------------------------------------------


@dataclass(frozen=True)
class SheetExtent:
    """An upper bound of the grid calamine allocates for a sheet."""

    rows: int  # the last row holding a cell (counted from the first row of the sheet)
    columns: int  # the last column holding a cell

    @property
    def cells(self) -> int:
        return self.rows * self.columns


# The sheet is sized as a tolerant XML reader (calamine's quick-xml) reads it, not as one writer
# spells it: attribute values in single or double quotes, spaces around "=", lower-case column
# letters, zero-padded numbers ("XFD01048576"), rows and cells with no reference at all (they take
# the next position), any namespace prefix.  A regular expression over the raw bytes, chunk by
# chunk, keeps the scan fast and its memory bounded by the chunk; what it counts is an upper bound.
# Only cells that can widen the grid are turned into match objects: two or more column letters,
# or six or more row digits (a roster's ordinary cells are found by their rows) — a 50,000-row
# sheet is scanned in a fraction of a second instead of making 800,000 matches.
_Q = rb"\s*=\s*[\"']\s*"
_XLSX_CELL = re.compile(rb"\sr" + _Q + rb"(?:([A-Za-z]{2,})0*([0-9]+)|([A-Za-z])0*([1-9][0-9]{5,}))")
_XLSX_ROW = re.compile(rb"<(?:[\w.-]+:)?row\s[^>]*?(?<=\s)r" + _Q + rb"0*([0-9]+)")
# the same for the common spelling (double quotes, one space, no prefix, r first in a row): a
# literal prefix Python's re searches for five times faster
_XLSX_CELL_FAST = re.compile(rb" r=\"(?:([A-Za-z]{2,})0*([0-9]+)|([A-Za-z])0*([1-9][0-9]{5,}))")
_XLSX_ROW_FAST = re.compile(rb"<row r=\"0*([0-9]+)")
_XLSX_ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\s[^>]*?(?<=\s)ref" + _Q + rb"([^\"']*)")
_RANGE_END = re.compile(rb"([A-Za-z]+)0*([0-9]+)\s*$")


def _col_number(letters: bytes) -> int:
    n = 0
    for c in letters.upper():
        n = n * 26 + (c - 64)
    return n


def _plain(body: bytes) -> bool:
    """Whether a chunk spells every reference the common way, so the fast patterns see them all."""
    if b"'" in body or b"\n" in body or b"\t" in body or b"\r" in body or b":row" in body or b":c " in body:
        return False
    return b"r =" not in body and b"r= " not in body and body.count(b"<row ") == body.count(b'<row r="')


def xlsx_extents(path: Path) -> dict[str, SheetExtent]:
    """Sheet name → the grid calamine would allocate, by streaming each worksheet's XML."""
    from defusedxml import ElementTree as SafeET

    out: dict[str, SheetExtent] = {}
    with zipfile.ZipFile(path) as zf:
        try:
            book = SafeET.fromstring(zf.read("xl/workbook.xml"))
            rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        except Exception:  # noqa: BLE001 - a broken workbook: calamine will say so
            return out
        targets = {}
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id")] = target
        names = set(zf.namelist())
        for sheet in book.iter():
            if not sheet.tag.endswith("}sheet"):
                continue
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            target = targets.get(rid)
            if target not in names:
                continue
            with zf.open(target) as member:
                out[sheet.get("name", "")] = sheet_xml_extent(member)
    return out


def sheet_xml_extent(stream) -> SheetExtent:
    """The grid a worksheet's XML (a binary stream) asks for: an upper bound."""
    max_row = max_col = unnumbered_rows = dim_rows = dim_cols = 0
    tail = b""
    first = True
    for chunk in iter(lambda: stream.read(_CHUNK), b""):
        data = tail + chunk
        # keep an unfinished tag for the next chunk (a tag is far shorter than 4 KB)
        cut = data.rfind(b"<")
        if cut < 0 or len(data) - cut > 4096:
            cut = len(data)
        body, tail = data[:cut], data[cut:]
        if first:  # <dimension> comes before the cells: a reader may size its grid from it
            first = False
            dim = _DIMENSION.search(body)
            if dim:
                end = _RANGE_END.search(dim.group(1).split(b":")[-1])
                if end:
                    dim_cols, dim_rows = _col_number(end.group(1)), int(end.group(2))
        plain = _plain(body)
        rows_seen = [int(x) for x in (_XLSX_ROW_FAST if plain else _XLSX_ROW).findall(body)]
        if rows_seen:
            max_row = max(max_row, max(rows_seen))
        tags = body.count(b"<row ") + body.count(b"<row>") if plain else len(_XLSX_ROW_TAG.findall(body))
        unnumbered_rows += tags - len(rows_seen)
        for m in (_XLSX_CELL_FAST if plain else _XLSX_CELL).finditer(body):
            letters, digits = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            max_col = max(max_col, _col_number(letters))
            max_row = max(max_row, int(digits))
        # cells written without a reference take the next position: count them too
        max_col = max(max_col, _unreferenced_cells(body))
    # a row without a number follows the one before it: each can push the last row one further
    max_row += max(0, unnumbered_rows)
    # single-letter columns are not matched one by one: count them as 26 wide (an upper
    # bound that stays under the cell limit for any row count the row limit lets through)
    if max_row:
        max_col = max(max_col, 26)
    else:  # no cells: an empty sheet (openpyxl writes <dimension ref="A1"/> for it)
        return SheetExtent(0, 0)
    return SheetExtent(max(max_row, dim_rows), max(max_col, dim_cols))


_XLSX_ROW_BLOCK = re.compile(rb"<(?:[\w.-]+:)?row[\s>].*?</(?:[\w.-]+:)?row>", re.S)
_XLSX_PLAIN_CELL = re.compile(rb"<(?:[\w.-]+:)?c(?:\s(?![^>]*?(?<=\s)r\s*=)[^>]*)?/?>")


def _unreferenced_cells(body: bytes) -> int:
    # fast path (every writer we know puts r first): each cell tag starts <c r="…
    if (
        body.count(b"<c ") == body.count(b'<c r="')
        and b"<c>" not in body
        and b"<c/>" not in body
        and b":c " not in body
        and b":c>" not in body
        and b":c/>" not in body
    ):
        return 0
    if not _XLSX_PLAIN_CELL.search(body):
        return 0
    return max((len(_XLSX_PLAIN_CELL.findall(b)) for b in _XLSX_ROW_BLOCK.findall(body)), default=0)


def ods_extents(path: Path) -> dict[str, SheetExtent]:
    """Sheet name → grid size, from content.xml's rows and repeat counts (streamed, elements cleared).

    Repeated rows and cells count only when they hold something: LibreOffice ends every sheet with
    an empty row repeated a million times, which calamine skips."""
    from defusedxml.ElementTree import iterparse

    T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"  # noqa: N806 - XML namespace prefixes,
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"  # noqa: N806,E741 - as ODF names them
    out: dict[str, SheetExtent] = {}
    with zipfile.ZipFile(path) as zf, zf.open("content.xml") as content:
        rows = width = pending = 0
        name = ""
        for event, el in iterparse(content, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == T + "table":
                    name, rows, width, pending = el.get(T + "name", ""), 0, 0, 0
                continue
            if tag == T + "table-row":
                repeat = int(el.get(T + "number-rows-repeated", "1") or 1)
                col = last = 0
                for cell in el:
                    if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                        continue
                    span = int(cell.get(T + "number-columns-repeated", "1") or 1)
                    col += span
                    if cell.get(O + "value-type") or len(cell) or (cell.text or "").strip():
                        last = col
                if last:
                    rows += pending + repeat
                    pending = 0
                    width = max(width, last)
                else:
                    pending += repeat
                el.clear()
            elif tag == T + "table":
                out[name] = SheetExtent(rows, width)
                el.clear()
    return out


# -- legacy .xls: BIFF records inside an OLE compound file ------------------------------------------
# calamine parses every sheet of an .xls when it opens it, into dense grids: a 5 KB file with one
# cell at IV65536 took 1 GB (measured).  So the cell positions are read here first, from the
# Workbook stream, with a reader of the compound-file format just large enough for that.

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE


class _Ole:
    def __init__(self, data: bytes):
        import struct

        self.data = data
        self.u32 = lambda off: struct.unpack_from("<I", data, off)[0]
        self.sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini = 1 << struct.unpack_from("<H", data, 0x20)[0]
        self.cutoff = self.u32(0x38)
        n_sectors = max(0, (len(data) - self.sector) // self.sector)
        self.limit = n_sectors + 1
        # the FAT: its sectors listed by the 109 header entries, then by the DIFAT chain
        fat_sectors = [self.u32(0x4C + 4 * i) for i in range(109)]
        difat, seen = self.u32(0x44), 0
        while difat not in (_FREE, _END) and seen < self.limit:
            base = self._offset(difat)
            per = self.sector // 4 - 1
            fat_sectors += [self.u32(base + 4 * i) for i in range(per)]
            difat, seen = self.u32(base + 4 * per), seen + 1
        fat = bytearray()
        for s in fat_sectors:
            if s in (_FREE, _END) or s >= self.limit:
                continue
            off = self._offset(s)
            fat += data[off : off + self.sector]
        self.fat = memoryview(bytes(fat)).cast("I")
        root = self._chain_bytes(self.u32(0x30), self.fat, self.sector, None, big=True)
        self.entries = [root[i : i + 128] for i in range(0, len(root) - 127, 128)]
        mini_start = self.u32(0x3C)
        self.minifat = memoryview(
            self._chain_bytes(mini_start, self.fat, self.sector, None, big=True)
            if mini_start not in (_FREE, _END)
            else b""
        ).cast("I")
        first = self.entries[0] if self.entries else b""
        self.ministream = (
            self._chain_bytes(_u32(first, 0x74), self.fat, self.sector, _u32(first, 0x78), big=True) if first else b""
        )

    def _offset(self, sector: int) -> int:
        return (sector + 1) * self.sector

    def _chain_bytes(self, start: int, fat, size: int, length: int | None, *, big: bool) -> bytes:
        out = bytearray()
        sector, steps = start, 0
        while sector not in (_FREE, _END) and sector < len(fat) and steps <= len(fat):
            if big:
                off = self._offset(sector)
                out += self.data[off : off + size]
            else:
                off = sector * size
                out += self.ministream[off : off + size]
            sector, steps = fat[sector], steps + 1
            if length is not None and len(out) >= length:
                break
        return bytes(out if length is None else out[:length])

    def stream(self, *names: str) -> bytes | None:
        for entry in self.entries:
            n = int.from_bytes(entry[0x40:0x42], "little")
            name = entry[: max(0, n - 2)].decode("utf-16-le", "replace")
            if entry[0x42] == 2 and name in names:
                start, size = _u32(entry, 0x74), _u32(entry, 0x78)
                if size < self.cutoff:
                    return self._chain_bytes(start, self.minifat, self.mini, size, big=False)
                return self._chain_bytes(start, self.fat, self.sector, size, big=True)
        return None


def _u32(buf: bytes, off: int) -> int:
    return int.from_bytes(buf[off : off + 4], "little")


# LABELSST, NUMBER, RK, BLANK, LABEL, BOOLERR, FORMULA (BIFF8 and BIFF3-4), RSTRING: row, column first
_CELL_RECORDS = {0x00FD, 0x0203, 0x027E, 0x0201, 0x0204, 0x0205, 0x0006, 0x0206, 0x00D6}
_MULTI_RECORDS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column … last column


def xls_extents(path: Path) -> dict[str, SheetExtent]:
    """Sheet name → grid size, from the BIFF cell records of the Workbook stream."""
    data = path.read_bytes()
    stream = _Ole(data).stream("Workbook", "Book")
    if not stream:
        return {}
    names: dict[int, str] = {}
    pos, n = 0, len(stream)
    while pos + 4 <= n:  # the globals: BOUNDSHEET records name each sheet and where its BOF is
        rtype = int.from_bytes(stream[pos : pos + 2], "little")
        length = int.from_bytes(stream[pos + 2 : pos + 4], "little")
        body = stream[pos + 4 : pos + 4 + length]
        if rtype == 0x0085 and len(body) >= 8:
            cch, flags = body[6], body[7]
            raw = body[8 : 8 + (2 * cch if flags & 1 else cch)]
            names[_u32(body, 0)] = raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")
        if rtype == 0x000A:  # EOF of the globals
            break
        pos += 4 + length
    out: dict[str, SheetExtent] = {}
    for start, name in names.items():
        pos, rows, cols = start, 0, 0
        while pos + 4 <= n:
            rtype = int.from_bytes(stream[pos : pos + 2], "little")
            length = int.from_bytes(stream[pos + 2 : pos + 4], "little")
            body = stream[pos + 4 : pos + 4 + length]
            if rtype == 0x000A:
                break
            if len(body) >= 4 and (rtype in _CELL_RECORDS or rtype in _MULTI_RECORDS):
                row = int.from_bytes(body[0:2], "little")
                col = int.from_bytes(body[2:4], "little")
                if rtype in _MULTI_RECORDS and len(body) >= 6:
                    col = max(col, int.from_bytes(body[-2:], "little"))
                rows, cols = max(rows, row + 1), max(cols, col + 1)
            pos += 4 + length
        out[name] = SheetExtent(rows, cols)
    return out


def check_sheet(name: str, sheet: str, sheets: list[str]) -> None:
    """Refuse a sheet the file `name` does not have, naming those it has."""
    if sheet not in sheets:
        raise RosterFileError(
            N_("{name} has no sheet called {sheet}. Its sheets are: {sheets}."),
            name=name,
            sheet=sheet,
            sheets=", ".join(sheets),
        )


def check_extent(name: str, sheet: str, extent: SheetExtent | None, limits: Limits) -> None:
    if extent is None:
        return
    if extent.rows > limits.max_rows + 100:  # title and header rows on top of the data rows
        raise RosterFileError(
            N_(
                "The sheet {sheet} of {name} has {rows} rows; at most {max_rows} are imported at once. Split the "
                "roster into smaller files."
            ),
            sheet=sheet,
            name=name,
            rows=extent.rows,
            max_rows=limits.max_rows,
        )
    if extent.columns > limits.max_columns or extent.cells > limits.max_cells:
        raise RosterFileError(
            N_(
                "The sheet {sheet} of {name} reaches column {columns} and row {rows}: far more than a roster needs. "
                "Delete the cells far right or far below the roster (or copy the roster to a new sheet) and "
                "try again."
            ),
            sheet=sheet,
            name=name,
            columns=extent.columns,
            rows=extent.rows,
        )
