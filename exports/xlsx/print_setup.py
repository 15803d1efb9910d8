"""How every sheet the program writes prints (XlsxWriter page setup), and its Tibetan font.

A register of 2,000 households printed as 168 pages, 4 of 14 columns a page, with the header
row on page 1 only.  :func:`page_setup` gives a sheet what an office printing it needs: A4,
landscape when the columns are wider than a portrait page, fitted to the page width (as many
pages down as it takes), the header row repeated on every page, the office and the period in the
page header, "page X of Y" in the footer.

Tibetan: Excel, WPS and LibreOffice set a cell in the cell's font and fall back for letters it
lacks; the fallback for Tibetan is small and often unreadable at 11 pt.  Cells with Tibetan name
TIBETAN_FONT (installed with every Windows since Vista, and the one WPS picks) at TIBETAN_SIZE,
which looks as large as 11 pt Chinese.
"""

from __future__ import annotations

import re

from app.i18n import N_
from exports import common

TIBETAN_FONT = "Microsoft Himalaya"
TIBETAN_SIZE = 14
A4 = 9  # XlsxWriter's paper code
#: column widths (characters) that still fit a portrait A4 page at a legible scale
PORTRAIT_WIDTH = 100
PAGE_OF = N_("Page {page} of {pages}")
_TIBETAN = re.compile("[\u0f00-\u0fff]")


def has_tibetan(text: str) -> bool:
    return _TIBETAN.search(text) is not None


def _header_text(text: str) -> str:
    # "&" starts a control code in page headers; keep the whole within Excel's 255 characters
    return (text or "").replace("&", "&&")[:120]


def page_footer(mode: str) -> str:
    """ "Page &P of &N" in the document's language (bilingual: Tibetan, then Chinese)."""

    def one(lang):
        return common.text(PAGE_OF, lang).replace("{page}", "&P").replace("{pages}", "&N")

    text = "  ".join(one(lang) for lang in ("bo", "zh")) if mode == "both" else one(mode)
    return "&C" + text


def page_setup(
    sheet,
    *,
    width_chars: float,
    mode: str,
    office: str = "",
    period: str = "",
    title: str = "",
    repeat_header_row: int | None = 0,
) -> None:
    """Print setup of one worksheet (see the module's docstring)."""
    sheet.set_paper(A4)
    if width_chars > PORTRAIT_WIDTH:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    if repeat_header_row is not None:
        sheet.repeat_rows(repeat_header_row)
    parts = []
    if office:
        parts.append("&L" + _header_text(office))
    if title:
        parts.append("&C" + _header_text(title))
    if period:
        parts.append("&R" + _header_text(period))
    if parts:
        sheet.set_header("".join(parts))
    sheet.set_footer(page_footer(mode))
    sheet.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
