"""Tab bars hold Tibetan stacks whole (ui/widgets/tabs.py), on every page that has tabs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from tests.ui.gui_fixtures import *


def tibetan_ink_height(text: str, size_font: QFont) -> int:
    """How tall the Tibetan of `text` is drawn: in the family the program draws Tibetan with."""
    from ui import fonts as ui_fonts

    choice = ui_fonts.fonts().choice
    family = choice.tibetan_render_family or choice.tibetan_family
    assert family, "no Tibetan font on this machine"
    font = QFont(size_font)
    font.setFamilies([family])
    tibetan = "".join(ch for ch in text if "\u0f00" <= ch <= "\u0fff")
    return QFontMetrics(font).tightBoundingRect(tibetan).height()


@pytest.mark.parametrize("page_name", ["settings", "ratings"])
def test_tabs_are_taller_than_their_tibetan_text(window, lang, page_name):
    lang.set_mode("bo")
    page = window.open_page(page_name)
    bar = page.tabs.tabBar()
    for i in range(bar.count()):
        ink = tibetan_ink_height(bar.tabText(i), bar.font())
        assert ink > 0
        # room above and below the stacks, also in an unselected tab (Fusion draws it 2 px lower)
        assert bar.tabRect(i).height() >= ink + 8, bar.tabText(i)


def test_tabs_grow_with_the_language_mode_chosen_after_the_page_was_made(window, lang):
    lang.set_mode("zh")
    page = window.open_page("settings")
    lang.set_mode("bo")
    bar = page.tabs.tabBar()
    bar.adjustSize()
    ink = tibetan_ink_height(bar.tabText(0), bar.font())
    assert bar.tabRect(0).height() >= ink + 8
