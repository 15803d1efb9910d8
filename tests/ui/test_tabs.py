"""Tab bars show their Tibetan labels whole, selected or not, on every page that has tabs; in
Chinese mode they keep Qt's own height (ui.widgets.tibetan_room grows tabs while Tibetan shows).

The sync page's small tab bars cut the tops of their labels (the vowel signs and the letters'
heads) in Tibetan and bilingual mode: Qt sizes a tab by the Chinese font's line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.gui_fixtures import *
from ui.widgets.tibetan_room import MARGIN, ink_rows

#: the pages with tabs, and their tab widgets
TABS = [("settings", "tabs"), ("ratings", "tabs"), ("sync", "out_tabs"), ("sync", "conflict_tabs")]


def _whole_ink(text: str, bar) -> tuple[int, int]:
    """The ink rows of `text` drawn in the tab bar's font with room to spare."""
    label = QLabel(text)
    label.setFont(bar.font())
    label.resize(label.sizeHint().width() + 20, 160)
    rows = ink_rows(label.grab().toImage(), left=0, right=0)
    label.deleteLater()
    assert rows is not None
    return rows


def _tab_ink(bar, i: int) -> tuple[int, int]:
    # the tab's sides are its frame, not text
    rows = ink_rows(bar.grab(bar.tabRect(i).adjusted(4, 0, -4, 0)).toImage(), left=0, right=0)
    assert rows is not None, bar.tabText(i)
    return rows


@pytest.fixture
def fonts_following(lang):
    from ui import fonts as ui_fonts
    from ui.app import add_bundled_fonts

    add_bundled_fonts()
    ui_fonts.fonts().follow(lang)
    yield lang


@pytest.mark.parametrize("mode", ["bo", "both"])
@pytest.mark.parametrize(("page_name", "attr"), TABS)
def test_every_tab_shows_its_tibetan_label_whole(window, fonts_following, mode, page_name, attr):
    fonts_following.set_mode(mode)
    page = window.open_page(page_name)
    QApplication.processEvents()
    bar = getattr(page, attr).tabBar()
    assert bar.count() >= 2  # a selected tab and an unselected one (drawn 2 px lower)
    for i in range(bar.count()):
        top, bottom = _tab_ink(bar, i)
        whole_top, whole_bottom = _whole_ink(bar.tabText(i), bar)
        # the same ink, give or take the one row a line centred at half a pixel smears into
        # (a cut label lost 12 rows of 25)
        assert abs((bottom - top) - (whole_bottom - whole_top)) <= 1, bar.tabText(i)
        assert top >= MARGIN and bottom <= bar.tabRect(i).height() - 1 - MARGIN, bar.tabText(i)


def test_tabs_grow_in_tibetan_mode_and_shrink_back_in_chinese_mode(window, fonts_following):
    fonts_following.set_mode("zh")
    page = window.open_page("sync")
    QApplication.processEvents()
    bar = page.out_tabs.tabBar()
    chinese = bar.tabRect(0).height()
    fonts_following.set_mode("bo")
    QApplication.processEvents()
    assert bar.tabRect(0).height() > chinese
    fonts_following.set_mode("zh")
    QApplication.processEvents()
    assert bar.tabRect(0).height() == chinese
