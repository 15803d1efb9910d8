"""Formula-injection guard for spreadsheet cells (DESIGN §7).

Text typed by users (names, purposes, complaint descriptions …) may begin with ``=``, ``+``, ``-``
or ``@`` — by accident ("-2+3", "@Tashi") or on purpose ("=HYPERLINK(...)").  A spreadsheet
program must never take such a cell for a formula.  Tab and carriage return at the start are
treated the same (OWASP's CSV-injection list), and so are the full-width forms ＝＋－＠ that a
Chinese input method produces and that some Excel versions also accept as a formula start.

The cell keeps its text unchanged and is stored as a string:

- XlsxWriter: :func:`write_text` always uses ``write_string`` (never ``write``, which turns
  "=..." into a formula) and gives a risky cell the *quote prefix* format, so that Excel also
  keeps it as text when someone edits the cell later;
- openpyxl: :func:`set_text` stores the value with ``data_type = "s"`` (assigning "=1+1" to
  ``cell.value`` would make a formula) and sets ``quotePrefix`` on the cell's style.
"""

from __future__ import annotations

#: first characters that make a spreadsheet read text as a formula (or could)
RISKY_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def is_risky(text) -> bool:
    """True when `text` is a string that a spreadsheet could take for a formula."""
    return isinstance(text, str) and bool(text) and text[0] in RISKY_START


def guard_formats(workbook, formats: dict | None = None) -> dict:
    """XlsxWriter: the quote-prefixed twin of each format in `formats` (key None = no format)."""
    out = {None: workbook.add_format({"quote_prefix": True})}
    for key, props in (formats or {}).items():
        out[key] = workbook.add_format({**props, "quote_prefix": True})
    return out


def write_text(sheet, row: int, col: int, text, fmt=None, guard_fmt=None) -> None:
    """XlsxWriter: write `text` as a string cell; a risky one gets `guard_fmt` (quote prefix).

    `guard_fmt` should come from :func:`guard_formats` (made once per workbook: formats are
    cheap to use and costly to create per cell).
    """
    if text is None:
        return
    if not isinstance(text, str):
        text = str(text)
    if text and text[0] in RISKY_START:
        sheet.write_string(row, col, text, guard_fmt if guard_fmt is not None else fmt)
    elif text:
        sheet.write_string(row, col, text, fmt)


def set_text(cell, text) -> None:
    """openpyxl: store `text` in `cell` as a string, never a formula; risky text quote-prefixed."""
    if text is None:
        cell.value = None
        return
    text = str(text)
    cell.value = text
    cell.data_type = "s"
    if is_risky(text):
        cell.quotePrefix = True
