"""One-line controls (line edit, combo box, button) show a Tibetan line whole in Tibetan and
bilingual mode: the stacks of སྒྲོལ་མ and བསྒྲུབས are not cut by the control's edge, as they were
when Qt sized the control by the Chinese font's line (issue #15's screenshots, line edits and
combo boxes)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from tests.ui.gui_fixtures import lang
from ui.widgets.tibetan_room import CHINESE_SAMPLE, TIBETAN_SAMPLE, ink_rows

TALL = 120


def _control(cls, text: str, qtbot, height: int | None = None):
    w = cls()
    if cls is QComboBox:
        w.addItem(text)
    else:
        w.setText(text)
    qtbot.addWidget(w)
    w.resize(360, height or w.sizeHint().height())
    if height:
        w.setFixedHeight(height)
    w.show()
    return w


def _ink(w):
    rows = ink_rows(w.grab().toImage())
    assert rows is not None, "nothing drawn"
    return rows


@pytest.fixture
def fonts_following(lang):
    from ui import fonts as ui_fonts
    from ui.app import add_bundled_fonts

    add_bundled_fonts()
    ui_fonts.fonts().follow(lang)
    yield lang
    lang.set_mode("zh")


@pytest.mark.parametrize("mode", ["bo", "both"])
@pytest.mark.parametrize("cls", [QLineEdit, QComboBox, QPushButton])
def test_a_tibetan_line_is_drawn_whole_inside_a_one_line_control(fonts_following, qtbot, mode, cls):
    fonts_following.set_mode(mode)
    shown = _control(cls, TIBETAN_SAMPLE, qtbot)
    roomy = _control(cls, TIBETAN_SAMPLE, qtbot, height=TALL)
    top, bottom = _ink(shown)
    tall_top, tall_bottom = _ink(roomy)
    # the same ink as in a control with room to spare: nothing clipped ...
    from PySide6.QtWidgets import QApplication

    assert bottom - top == tall_bottom - tall_top, (QApplication.style(), getattr(QApplication.style(), "room", None))
    # ... and clear of the frame (the frame is lighter than ink, so the ink rows are the text's)
    assert top >= 2 and bottom <= shown.height() - 3


@pytest.mark.parametrize("cls", [QLineEdit, QComboBox])
def test_chinese_in_a_tibetan_mode_control_stays_inside_it(fonts_following, qtbot, cls):
    fonts_following.set_mode("both")
    shown = _control(cls, CHINESE_SAMPLE + " 632224", qtbot)
    top, bottom = _ink(shown)
    assert top >= 2 and bottom <= shown.height() - 3


def test_chinese_mode_keeps_qts_own_heights(fonts_following, qtbot):
    fonts_following.set_mode("zh")
    zh_height = _control(QLineEdit, CHINESE_SAMPLE, qtbot).sizeHint().height()
    fonts_following.set_mode("bo")
    bo_height = _control(QLineEdit, CHINESE_SAMPLE, qtbot).sizeHint().height()
    fonts_following.set_mode("zh")
    assert _control(QLineEdit, CHINESE_SAMPLE, qtbot).sizeHint().height() == zh_height < bo_height


@pytest.mark.parametrize("mode", ["bo", "both"])
def test_a_tibetan_menu_item_is_drawn_whole(fonts_following, qtbot, mode):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLabel, QMenu

    fonts_following.set_mode(mode)
    menu = QMenu()
    qtbot.addWidget(menu)
    item = menu.addAction(TIBETAN_SAMPLE)
    menu.addSeparator()
    menu.addAction(CHINESE_SAMPLE)
    menu.popup(QPoint(0, 0))
    QApplication.processEvents()
    rect = menu.actionGeometry(item)
    top, bottom = ink_rows(menu.grab(rect).toImage())
    whole = QLabel(TIBETAN_SAMPLE)
    qtbot.addWidget(whole)
    whole.setFont(menu.font())
    whole.resize(whole.sizeHint().width() + 20, TALL)
    whole_top, whole_bottom = ink_rows(whole.grab().toImage(), left=0, right=0)
    # the same ink as with room to spare, clear of the item's edges (the highlight of a hovered item)
    assert bottom - top == whole_bottom - whole_top
    assert top >= 2 and bottom <= rect.height() - 3


@pytest.mark.parametrize("mode", ["bo", "both"])
@pytest.mark.parametrize("text", ["632128200103112046", CHINESE_SAMPLE])
def test_digits_and_chinese_sit_in_the_middle_of_a_tibetan_mode_line_edit(fonts_following, qtbot, mode, text):
    # ID numbers, phones and Chinese names fill most line edits; moved down with the Tibetan
    # line they sat on the field's bottom edge
    fonts_following.set_mode(mode)
    shown = _control(QLineEdit, text, qtbot)
    top, bottom = _ink(shown)
    above, below = top, shown.height() - 1 - bottom
    assert abs(above - below) <= 2, (above, below)


def _ink_columns(image) -> tuple[int, int] | None:
    """(first, last) column of `image` holding dark (text) pixels."""
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits, stride = bytes(grey.constBits()), grey.bytesPerLine()
    cols = [x for x in range(grey.width()) if min(bits[x::stride][: grey.height()]) < 90]
    return (cols[0], cols[-1]) if cols else None


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_the_widest_menu_item_with_a_mnemonic_is_not_cut_in_its_middle(fonts_following, qtbot, mode):
    # "&Export and reports…" in Tibetan was drawn ཕྱིར་འདྲེན་ད…་མིག(E)…
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QMenu

    from tests.ui.gui_fixtures import mode_text

    fonts_following.set_mode(mode)
    text = mode_text("MainWindow", "&Export and reports…", mode)

    def drawn(min_width: int = 0):
        menu = QMenu()
        qtbot.addWidget(menu)
        menu.setMinimumWidth(min_width)
        item = menu.addAction(text)
        menu.addAction("x")
        menu.popup(QPoint(0, 0))
        QApplication.processEvents()
        return _ink_columns(menu.grab(menu.actionGeometry(item)).toImage())

    first, last = drawn()
    wide_first, wide_last = drawn(min_width=1200)
    assert last - first == wide_last - wide_first
