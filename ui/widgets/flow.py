"""A layout that puts its widgets in a row and wraps them onto the next line when the row is full.

Rows of buttons and filters are as wide as their texts, and bilingual texts are twice as long: in
a QHBoxLayout a row's minimum width is the sum of its widgets' and it pushes the window off a
1366 px laptop screen. In a FlowLayout the minimum width is the widest single widget; the row
grows downwards instead (Qt's "Flow Layout" example, with the stretch of an item honoured by
letting the last item of a line take the rest of the line when asked).

    row = FlowLayout()
    row.addWidget(button)          # in order; wraps as the width requires
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, margin: int | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if margin is not None:
            self.setContentsMargins(margin, margin, margin, margin)

    # -- QLayout's bookkeeping ---------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put `widget` at position `index` (like QBoxLayout.insertWidget)."""
        self.addWidget(widget)  # QLayout adopts it and appends its item
        item = self._items.pop()
        self._items.insert(max(0, min(index, len(self._items))), item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, move=True)

    def sizeHint(self) -> QSize:
        # one line when there is room for it
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ---------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton, orientation)

    def _do_layout(self, rect: QRect, *, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 1 << 20))
            gap = self._gap(item, Qt.Orientation.Horizontal)
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
                y += line_height + self._gap(item, Qt.Orientation.Vertical)
                line_height = 0
            lines[-1].append((item, hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        if move:
            y = area.y()
            for line in lines:
                if not line:
                    continue
                height = max(h.height() for _i, h in line)
                x = area.x()
                for item, hint in line:
                    # vertically centred on its line (a one-line button beside a two-line one)
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                    x += hint.width() + self._gap(item, Qt.Orientation.Horizontal)
                y += height + self._gap(line[0][0], Qt.Orientation.Vertical)
        return y + line_height - rect.y() + m.bottom()


def together(*widgets: QWidget) -> QWidget:
    """Widgets that wrap as one (a label and its field) in a FlowLayout."""
    from PySide6.QtWidgets import QHBoxLayout

    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return group
