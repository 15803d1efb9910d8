"""A line of Tibetan laid out by Qt holds its vowel signs: a table cell, a status-bar label and a
label as tall as it asks to be show ཚེ་མཚོ and སྒྲོལ་མ whole, tops of ེ ོ ི included.

The scaled Tibetan font's line metrics were trimmed to the ink QFontMetricsF.tightBoundingRect
reports, which leaves the vowel signs where the glyphs' own boxes are, not where the font's mark
positioning lifts them: the vowels stood 5 px above every Tibetan line, and table cells (names in
every register, the navigation) and the status bar (the office's name) cut them off.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel

from tests.ui.gui_fixtures import lang, window
from ui.widgets.tibetan_room import TIBETAN_SAMPLE, ink_rows

#: a name whose ེ and ོ stand higher than the sample's ི, and the sample of stacks
TEXTS = ["\u0f5a\u0f7a\u0f0b\u0f58\u0f5a\u0f7c", TIBETAN_SAMPLE]
TALL = 120


@pytest.fixture
def fonts_following(lang):
    from ui import fonts as ui_fonts
    from ui.app import add_bundled_fonts

    add_bundled_fonts()
    ui_fonts.fonts().follow(lang)
    yield lang
    lang.set_mode("zh")


def _table(text: str, qtbot):
    from ui.pages.register_page import RegisterTable

    table = RegisterTable()
    model = QStandardItemModel(1, 1, table)
    model.setItem(0, 0, QStandardItem(text))
    table.setModel(model)
    table.horizontalHeader().hide()
    qtbot.addWidget(table)
    table.resize(420, 80)
    table.show()
    return table


def _cell_ink(table):
    rect = table.visualRect(table.model().index(0, 0))
    image = table.viewport().grab(rect).toImage()
    rows = ink_rows(image, left=2, right=2)
    assert rows is not None, "nothing drawn"
    return rows


# Chinese mode too: the Tibetan names of a register are shown in every mode
@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
@pytest.mark.parametrize("text", TEXTS, ids=["name", "sample"])
def test_a_tibetan_name_in_a_register_table_is_drawn_whole(fonts_following, qtbot, mode, text):
    fonts_following.set_mode(mode)
    shown = _table(text, qtbot)
    # the whole ink: a label with room to spare (a cell of any height clipped the vowels)
    roomy = _label(text, qtbot, TALL)
    roomy.setFont(shown.font())
    top, bottom = _cell_ink(shown)
    tall_top, tall_bottom = ink_rows(roomy.grab().toImage(), left=0, right=0)
    assert bottom - top == tall_bottom - tall_top  # nothing cut ...
    assert top >= 1  # ... and clear of the row's top border


def _label(text: str, qtbot, height: int | None = None) -> QLabel:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.resize(label.sizeHint().width() + 20, height or label.sizeHint().height())
    label.show()
    return label


@pytest.mark.parametrize("mode", ["bo", "both"])
@pytest.mark.parametrize("text", TEXTS, ids=["name", "sample"])
def test_a_tibetan_label_as_tall_as_it_asks_holds_its_ink(fonts_following, qtbot, mode, text):
    fonts_following.set_mode(mode)
    shown, roomy = _label(text, qtbot), _label(text, qtbot, TALL)
    top, bottom = ink_rows(shown.grab().toImage(), left=0, right=0)
    tall_top, tall_bottom = ink_rows(roomy.grab().toImage(), left=0, right=0)
    assert bottom - top == tall_bottom - tall_top


def test_the_office_name_in_the_status_bar_is_drawn_whole(window, fonts_following, qtbot):
    from PySide6.QtWidgets import QApplication

    from tests.conftest import OFFICE

    fonts_following.set_mode("bo")
    window.resize(1280, 700)
    QApplication.processEvents()
    label = window.office_label
    assert label.text() == OFFICE["name_bo"]
    roomy = QLabel(label.text())
    roomy.setFont(label.font())
    roomy.resize(label.width(), TALL)
    top, bottom = ink_rows(label.grab().toImage(), left=0, right=0)
    tall_top, tall_bottom = ink_rows(roomy.grab().toImage(), left=0, right=0)
    assert bottom - top == tall_bottom - tall_top


def test_a_cell_cut_short_tells_its_whole_text_when_the_mouse_rests_on_it(fonts_following, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from ui.pages.register_page import RegisterTable

    fonts_following.set_mode("both")
    village = "\u0f63\u0f0b\u0f62\u0f97\u0f7a\u0f66\u0f0b\u0f42\u0fb2\u0f7c\u0f44\u0f0b\u0f5a\u0f7c\u0f0d / 拉脊村"
    table = RegisterTable()
    model = QStandardItemModel(1, 2, table)
    model.setItem(0, 0, QStandardItem(village))
    model.setItem(0, 1, QStandardItem("3社"))
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(400, 120)
    table.horizontalHeader().resizeSection(0, 90)  # the Chinese half is cut off with "…"
    table.show()
    QApplication.processEvents()

    def tip(column: int) -> str:
        centre = table.visualRect(model.index(0, column)).center()
        event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tip(1) == ""  # shown whole: nothing to tell
    assert tip(0) == village
