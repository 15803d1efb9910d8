"""An item delegate that lays text out as QLabel does (QTextDocument): lines of Tibetan — whose
stacks come from a fallback font taller than the widget's own — are measured and drawn whole,
vertically centred, with padding.

Qt's default delegate measures and places lines with the primary font's metrics: a Tibetan line
sits high and touches the cell's border, and of a two-line bilingual name (Tibetan over Chinese,
ui.i18n.stacked) only the first line shows, cut off with "…".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QRectF, QSize
from app.domain import script
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

PADDING = 4  # px left/right and top/bottom of the text
#: Qt.ItemDataRole.ForegroundRole, by number: the navigation is painted with the first window,
#: which must not build PySide's Qt namespace (30-45 ms, see ui.errors._Reporter)
FOREGROUND_ROLE = 9
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole


def tibetan_line_height(font: QFont) -> int:
    """The height of a line of Tibetan stacks laid out in `font` (the fallback font's line)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setPlainText(script.TIBETAN_INK_SAMPLE)
    return math.ceil(doc.size().height())


class TextDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, *, wrap: bool = True):
        super().__init__(parent)
        self.wrap = wrap

    def _document(self, option: QStyleOptionViewItem, text: str, width: int | None) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        # the navigation keeps the default (left) alignment: reading the option's alignment would
        # build the Qt namespace while the first window is painted (FOREGROUND_ROLE)
        text_option = QTextOption() if self.wrap else QTextOption(option.displayAlignment)
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap if self.wrap else QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(text_option)
        doc.setPlainText(text)
        if width is not None and self.wrap:
            doc.setTextWidth(max(width, 10))
        return doc

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        width = None
        if self.wrap and view is not None and hasattr(view, "viewport"):
            width = view.viewport().width() - 2 * PADDING - 4
        doc = self._document(opt, opt.text, None)
        natural = math.ceil(doc.idealWidth())
        if width is not None and natural > width:
            doc.setTextWidth(max(width, 10))  # wraps: taller, as wide as the view allows
            natural = width
        return QSize(natural + 2 * PADDING, math.ceil(doc.size().height()) + 2 * PADDING)

    @staticmethod
    def _text_rect(opt: QStyleOptionViewItem) -> QRect:
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        return rect.adjusted(PADDING, 0, -PADDING, 0)

    def _shown(self, opt: QStyleOptionViewItem, text: str, rect: QRect) -> str:
        if not self.wrap and "\n" not in text:
            # one line in a table cell: cut with "…" like Qt's own delegate
            return opt.fontMetrics.elidedText(text, opt.textElideMode, max(rect.width(), 0))
        return text

    def helpEvent(self, event, view, option, index) -> bool:
        """A cell cut with "…" tells its whole text when the mouse rests on it: a bilingual
        village, status or topic is cut to its Tibetan half at the default column widths."""
        if event.type() == QEvent.Type.ToolTip and not self.wrap and not index.data(TOOLTIP_ROLE):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            text = opt.text
            if text and self._shown(opt, text, self._text_rect(opt)) != text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        rect = self._text_rect(opt)
        text = self._shown(opt, text, rect)
        doc = self._document(opt, text, rect.width())
        height = doc.size().height()
        # a line is centred even in a cell a little lower than its line box (a Tibetan line box
        # has room above and below its ink); wrapped lines start at the top
        spare = rect.height() - height
        top = rect.top() + (spare / 2 if not self.wrap or spare > 0 else 0.0)
        painter.save()
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, rect.top() - top, rect.width(), rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        foreground = index.data(FOREGROUND_ROLE)
        color = opt.palette.color(group, role)
        if foreground is not None and not selected:
            color = foreground.color() if hasattr(foreground, "color") else foreground
        ctx.palette.setColor(QPalette.ColorRole.Text, color)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
