"""Room for Tibetan stacks in one-line controls (line edits, combo boxes, buttons, tabs …).

The application font lists the Chinese family first and the Tibetan one after it (ui.fonts), so
Qt sizes a one-line control by the Chinese font's line, centres that line in the control and
clips the text to it.  A Tibetan line is taller, and Qt draws it reaching well above and below
the Chinese line: the tops of ི ོ and the feet of ྲ ུ (སྒྲོལ་མ, བསྒྲུབས) were cut off in
Tibetan and bilingual mode.

While the language mode shows Tibetan this proxy style
- adds to the height those controls ask for what a Tibetan line needs beyond the Chinese one;
- moves the line of a line edit and a combo box so the Tibetan line is centred (it extends the
  text rectangle downwards: Qt centres the Chinese line in it and clips to it, so the top must
  not move);
- makes tabs (along the top of a tab bar) and menu items tall enough: Qt sizes both by the
  Chinese font's line too, centres the taller Tibetan line in them and clips it, and an
  unselected tab is drawn lower than the selected one (the sync page's tabs lost the tops of
  their labels).
How far Tibetan reaches is measured once per font, by drawing a sample in a line edit and a
combo box the way Qt draws it, not guessed from font metrics: the fallback font's placement is
Qt's business and has changed between versions.  Chinese mode keeps Qt's own, denser sizes.
Labels and table cells lay their text out as documents and measure it whole
(ui.widgets.text_delegate); they need nothing from here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from app.domain import script
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QTabBar,
    QStyleOptionButton,
    QStyleOptionMenuItem,
    QStyleOptionTab,
    QStyleOptionToolButton,
    QWidget,
)

#: the samples drawn: everyday stacks that reach highest and lowest, and everyday Han names
TIBETAN_SAMPLE = script.TIBETAN_INK_SAMPLE
CHINESE_SAMPLE = script.HAN_INK_SAMPLE
#: grey level below which a pixel is ink (text is black on white or light grey)
DARK = 90
#: clear pixels wanted between the ink and the control's frame
MARGIN = 2
#: the height of the control the samples are drawn in, tall enough that nothing is clipped
_PROBE_HEIGHT = 120

#: the one-line controls Qt sizes by the primary font's line height (buttons and check boxes are
#: sized by their text as laid out, Tibetan included, and need nothing; tabs and menu items are
#: grown by Room.tab_extra and Room.menu_item_height)
_GROWN = frozenset({QStyle.ContentsType.CT_LineEdit, QStyle.ContentsType.CT_ComboBox})


@dataclass(frozen=True)
class Room:
    """What one-line controls need for Tibetan: `extra` px of height, and the line edit's and
    combo box's text rectangles extended downwards by `edit_down` / `combo_down` px; button
    labels moved down by `label_down` px; tabs `tab_extra` px taller; menu items at least
    `menu_item_height` px tall."""

    extra: int = 0
    edit_down: int = 0
    combo_down: int = 0
    label_down: int = 0
    tab_extra: int = 0
    menu_item_height: int = 0


def ink_rows(image: QImage, left: int = 4, right: int = 24) -> tuple[int, int] | None:
    """(first, last) row of `image` holding dark (text) pixels between the given side margins."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    rows = [
        y
        for y in range(grey.height())
        if min(bits[y * stride + left : y * stride + grey.width() - right], default=255) < DARK
    ]
    return (rows[0], rows[-1]) if rows else None


def _drawn(widget: QWidget, text: str) -> tuple[int, int] | None:
    if isinstance(widget, QComboBox):
        widget.clear()
        widget.addItem(text)
    else:
        widget.setText(text)
    return ink_rows(widget.grab().toImage())


def _needs(widget: QWidget, natural: int) -> tuple[int, int]:
    """(extra height, downward extension) for `widget`'s kind, from drawing both samples."""
    widget.setFixedSize(360, _PROBE_HEIGHT)
    tib, han = _drawn(widget, TIBETAN_SAMPLE), _drawn(widget, CHINESE_SAMPLE)
    if tib is None or han is None:
        return 0, 0
    han_centre = (han[0] + han[1]) / 2
    above, below = han_centre - tib[0], tib[1] - han_centre
    # the Chinese line sits at the centre (plus Qt's small offset); extending the text rectangle
    # down by 2d moves it down by d, which centres the Tibetan line when d = (above - below) / 2
    offset = han_centre - _PROBE_HEIGHT / 2
    down = max(0, round(above - below - 2 * offset))
    extra = max(0, math.ceil(above + below + 1 + 2 * MARGIN + 2 - natural))
    return extra, down


def _label_shift(font: QFont) -> int:
    """How far a button's Tibetan label must move down to sit in the middle of the button."""
    button = QPushButton()
    button.setFont(font)
    button.setFixedSize(360, _PROBE_HEIGHT)
    button.setText(TIBETAN_SAMPLE)
    ink = ink_rows(button.grab().toImage(), left=8, right=8)
    button.deleteLater()
    return 0 if ink is None else max(0, round(_PROBE_HEIGHT / 2 - (ink[0] + ink[1]) / 2))


def _whole_span(font: QFont) -> int:
    """How many rows the Tibetan sample's ink spans drawn with room to spare (in a label)."""
    label = QLabel(TIBETAN_SAMPLE)
    label.setFont(font)
    label.resize(label.sizeHint().width() + 20, _PROBE_HEIGHT)
    ink = ink_rows(label.grab().toImage(), left=0, right=0)
    label.deleteLater()
    return 0 if ink is None else ink[1] - ink[0]


def _tab_whole(bar: QTabBar, span: int) -> bool:
    """True when every tab of `bar` shows the sample's ink whole, clear of the tab's edges."""
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        ink = ink_rows(bar.grab(rect.adjusted(4, 0, -4, 0)).toImage(), left=0, right=0)
        if ink is None or ink[1] - ink[0] < span or ink[0] < MARGIN or ink[1] > rect.height() - 1 - MARGIN:
            return False
    return True


def _tab_extra(font: QFont, style: TibetanRoomStyle | None, room: Room, span: int) -> int:
    """How much taller a tab must be to show the sample whole, also when it is not the selected
    one (Qt sizes tabs by the primary font's line; Fusion draws an unselected tab 2 px lower)."""
    if style is None or span <= 0:
        return 0
    extra = 0
    while extra <= _PROBE_HEIGHT // 2:
        style.room = replace(room, tab_extra=extra)
        bar = QTabBar()  # a new bar each time: a tab bar keeps the sizes it computed
        bar.setFont(font)
        for _ in range(2):
            bar.addTab(TIBETAN_SAMPLE)
        bar.resize(bar.sizeHint())
        whole = _tab_whole(bar, span)
        bar.deleteLater()
        if whole:
            return extra
        extra += 2
    return 0  # never whole (a style that draws tabs its own way): leave Qt's size


def measure(font: QFont) -> Room:
    """The room Tibetan needs in one-line controls drawn in `font` (with no room added)."""
    edit, combo = QLineEdit(), QComboBox()
    for w in (edit, combo):
        w.setFont(font)
    natural = max(edit.sizeHint().height(), combo.sizeHint().height())
    edit_extra, edit_down = _needs(edit, natural)
    combo_extra, combo_down = _needs(combo, natural)
    for w in (edit, combo):
        w.deleteLater()
    room = Room(max(edit_extra, combo_extra), edit_down, combo_down, _label_shift(font))
    span = _whole_span(font)
    style = room_style()
    # a menu item centres its line in the item and clips it there
    return replace(room, tab_extra=_tab_extra(font, style, room, span), menu_item_height=span + 1 + 2 * MARGIN + 2)


def _horizontal(option) -> bool:
    """True for a tab of a tab bar along the top or bottom (its height is the line's)."""
    return isinstance(option, QStyleOptionTab) and option.shape in (
        QTabBar.Shape.RoundedNorth,
        QTabBar.Shape.RoundedSouth,
        QTabBar.Shape.TriangularNorth,
        QTabBar.Shape.TriangularSouth,
    )


def _shows_tibetan(widget: QWidget | None) -> bool:
    """True when a line edit shows Tibetan (its text, or its placeholder while empty): only a
    Tibetan line is moved down to be centred.  ID numbers, phones, amounts and Chinese, which
    most line edits hold, stay centred where Qt puts them (moved with the Tibetan line they sat
    on the control's bottom edge); Qt asks for the rectangle at every paint, so the line moves
    as the first Tibetan letter is typed."""
    if not isinstance(widget, QLineEdit):
        return True
    return script.has_tibetan(widget.text() or widget.placeholderText())


def _in_spin_box(widget: QWidget | None) -> bool:
    """True for the line edit inside a spin or date box: digits, which the Chinese line fits."""
    return widget is not None and isinstance(widget.parentWidget(), QAbstractSpinBox)


class TibetanRoomStyle(QProxyStyle):
    """The application's style with room for Tibetan in one-line controls (see the module)."""

    def __init__(self, base_name: str) -> None:
        # a fresh instance of the same style: QProxyStyle takes ownership of its base
        super().__init__(QStyleFactory.create(base_name))
        self.room = Room()

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:  # noqa: N802 - Qt's name
        out = super().sizeFromContents(kind, option, size, widget)
        room = self.room
        if room.extra and kind in _GROWN and not _in_spin_box(widget):
            out.setHeight(out.height() + room.extra)
        elif room.tab_extra and kind == QStyle.ContentsType.CT_TabBarTab and _horizontal(option):
            out.setHeight(out.height() + room.tab_extra)
        elif (
            kind == QStyle.ContentsType.CT_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and option.menuItemType != QStyleOptionMenuItem.MenuItemType.Separator
        ):
            if room.menu_item_height:
                out.setHeight(max(out.height(), room.menu_item_height))
            if "&" in option.text:
                # Qt measures an item without its mnemonic's "&" but elides it, when drawing,
                # counting the "&": the widest item lost its middle to "…" (ཕྱིར་འདྲེན་ད…་མིག)
                out.setWidth(out.width() + option.fontMetrics.horizontalAdvance("&"))
        return out

    def subElementRect(self, element, option, widget=None) -> QRect:  # noqa: N802 - Qt's name
        rect = super().subElementRect(element, option, widget)
        if (
            self.room.edit_down
            and element == QStyle.SubElement.SE_LineEditContents
            and not _in_spin_box(widget)
            and _shows_tibetan(widget)
        ):
            rect.setBottom(rect.bottom() + self.room.edit_down)
        return rect

    def subControlRect(self, control, option, sub, widget=None) -> QRect:  # noqa: N802 - Qt's name
        rect = super().subControlRect(control, option, sub, widget)
        if (
            self.room.combo_down
            and control == QStyle.ComplexControl.CC_ComboBox
            and sub == QStyle.SubControl.SC_ComboBoxEditField
            and isinstance(widget, QComboBox)  # a date box with a calendar is drawn as a combo box too
        ):
            rect.setBottom(rect.bottom() + self.room.combo_down)
        return rect

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        if self.room.label_down and element in _LABELS:
            option = _LABELS[element](option)
            option.rect.translate(0, self.room.label_down)
        super().drawControl(element, option, painter, widget)


#: button labels Qt centres by the primary font's line (a Tibetan one then sits high), with the
#: option class that copies their option
_LABELS = {
    QStyle.ControlElement.CE_PushButtonLabel: QStyleOptionButton,
    QStyle.ControlElement.CE_ToolButtonLabel: QStyleOptionToolButton,
}


def room_style() -> TibetanRoomStyle | None:
    """The application's TibetanRoomStyle, installed on first use (None without an application)."""
    app = QApplication.instance()
    if app is None:
        return None
    style = app.style()
    if isinstance(style, TibetanRoomStyle):
        return style
    proxy = TibetanRoomStyle(style.name())
    QApplication.setStyle(proxy)
    return proxy


def room_for(font: QFont | None, cache: dict) -> Room:
    """The room for `font` (None: no Tibetan shown), measured once per font and style into
    `cache`.  The caller keeps the cache with its choice of font files (ui.fonts.Fonts): two
    scaled copies of a Tibetan font carry the same family name at different sizes."""
    if font is None:
        return Room()
    style = room_style()
    key = (tuple(font.families()), font.pointSizeF(), style.baseStyle().name() if style is not None else "")
    if key not in cache:
        before = style.room if style is not None else Room()
        if style is not None:
            style.room = Room()  # measure Qt's own drawing
        try:
            cache[key] = measure(font)
        finally:
            if style is not None:
                style.room = before
    return cache[key]


def set_room(room: Room) -> None:
    """Use `room` from now on and have every widget measure itself again."""
    style = room_style()
    if style is None or style.room == room:
        return
    style.room = room
    for widget in QApplication.allWidgets():
        widget.updateGeometry()
        widget.update()
