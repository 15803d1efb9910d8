"""The rows with errors, written back as an .xlsx the user fixes and imports again.

Same columns as the roster, in the same order, then the roster's row number and the reasons in the
user's language.  Every text cell is written with ``write_string`` — a name or a note starting
with ``=`` stays text, never a formula (DESIGN §7); numbers stay numbers so a numeric ID cell is
seen for what it was.
"""

from __future__ import annotations

import io
import math
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app import safe_write
from app.domain.errors import ValidationError
from app.i18n import N_, render
from app.services.roster.plan import Plan
from exports.xlsx.sheet import sheet_name


def write_errors_xlsx(plan: Plan, path: str | Path, lang: str = "en") -> int:
    """Write the error rows of `plan` to `path` (atomically, verified); returns how many rows were written."""
    import xlsxwriter

    path = Path(path)
    # made in memory (a few MB even for the largest roster's errors) and then written as every
    # exported file is (app.safe_write): a full or pulled stick is a sentence and leaves no
    # file, where XlsxWriter writing to the stick itself failed half way through its zip
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    try:
        # Excel's 31 characters: the bilingual name no longer fitted and was cut mid-word
        # (需要改正); sheet_name cuts between Tibetan syllables and keeps one language whole
        sheet = book.add_worksheet(sheet_name(N_("Rows to fix"), lang))
        bold = book.add_format({"bold": True, "bg_color": "#FCE4D6"})
        wrap = book.add_format({"text_wrap": True, "valign": "top", "font_color": "#9C0006"})
        tibetan = book.add_format({"font_name": TIBETAN_FONT, "font_size": TIBETAN_SIZE})
        if lang in ("bo", "both"):
            wrap = book.add_format(
                {
                    "text_wrap": True,
                    "valign": "top",
                    "font_color": "#9C0006",
                    "font_name": TIBETAN_FONT,
                    "font_size": TIBETAN_SIZE,
                }
            )
            bold = book.add_format(
                {"bold": True, "bg_color": "#FCE4D6", "font_name": TIBETAN_FONT, "font_size": TIBETAN_SIZE}
            )
        width = max([len(plan.headers)] + [len(r.cells or []) for r in plan.error_rows])
        headers = list(plan.headers) + [""] * (width - len(plan.headers))
        for c, text in enumerate(headers):
            sheet.write_string(0, c, text, bold)
        sheet.write_string(0, width, render(N_("Row in the roster"), lang), bold)
        sheet.write_string(0, width + 1, render(N_("What to fix"), lang), bold)
        sheet.freeze_panes(1, 0)
        sheet.set_column(width + 1, width + 1, 60)
        _print_setup(book, sheet, lang, width * 9 + 8 + 60)
        n = 0
        for r in plan.error_rows:
            n += 1
            for c, value in enumerate(r.cells or []):
                _write(sheet, n, c, value, tibetan)
            if getattr(r, "sheet", ""):
                # several sheets imported together: the row's sheet with its number (拉脊村!5)
                sheet.write_string(n, width, f"{r.sheet}!{r.row}")
            else:
                sheet.write_number(n, width, r.row)
            lines = []
            for f in r.errors:
                where = f.where(plan.headers)
                text = f.problem.text(lang)
                lines.append(f"{where}: {text}" if where else text)
            sheet.write_string(n, width + 1, "\n".join(lines), wrap)
        book.close()
    except BaseException:
        try:
            book.close()
        except Exception:  # noqa: BLE001 - the error being raised is the one to tell, not the close's
            pass
        raise
    try:
        safe_write.write_file_safely(buffer.getvalue(), path)
    except safe_write.UsbError as exc:
        if exc.kind != safe_write.IN_USE:
            raise
        # Windows: last time's list still open in Excel
        raise ValidationError(
            "errors_file",
            N_(
                "{name} is open in another program (Excel …) or is read-only, so it could not be replaced. "
                "Close it there, or choose another name, and save again."
            ),
            name=path.name,
        ) from exc
    return n


#: a cell holding Tibetan names a Tibetan font (see exports.xlsx.print_setup, which the services
#: may not import: the same two settings)
TIBETAN_FONT, TIBETAN_SIZE = "Microsoft Himalaya", 14


def _print_setup(book, sheet, lang: str, width_chars: float) -> None:
    """A4, landscape when wide, fitted to the page width, the header row on every page, the
    title in the page header and "page X of Y" below (as every sheet the program writes)."""
    title = render(N_("Rows to fix"), lang)
    book.set_properties({"title": title, "comments": "Dual-Base Ledger"})
    sheet.set_paper(9)
    if width_chars > 100:
        sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_header("&C" + title.replace("&", "&&")[:120])
    page = render(N_("Page {page} of {pages}"), lang).replace("{page}", "&P").replace("{pages}", "&N")
    sheet.set_footer("&C" + page)


def _write(sheet, row: int, col: int, value, tibetan=None) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, float) and not math.isfinite(value):
        # a crafted cell <v>NaN</v> or <v>inf</v> reads as a float no workbook can store as a
        # number: written as the text it was, so the row still reaches the list
        sheet.write_string(row, col, str(value))
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value)
    elif isinstance(value, (datetime, date)):
        sheet.write_string(row, col, value.isoformat()[:10])
    elif isinstance(value, (time, timedelta)):
        sheet.write_string(row, col, str(value))
    else:
        text = str(value)
        sheet.write_string(row, col, text, tibetan if any("\u0f00" <= ch <= "\u0fff" for ch in text) else None)
