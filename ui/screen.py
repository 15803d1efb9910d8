"""Keeping windows and dialogs on the screen: the office laptop's is often 1366×768, and the
taskbar takes its share of that (Qt's available geometry leaves it out)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: room left for the window frame (title bar, borders), which a widget's size does not include
FRAME_ALLOWANCE = (16, 40)


def available(widget: QWidget) -> QRect | None:
    """The available area of the screen `widget` is on (or of the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_within(widget: QWidget, area: QRect | None) -> None:
    """Shrink `widget` (a top-level window) to fit `area` with its frame, and move it inside.
    Content that then no longer fits scrolls (forms, pages) or wraps (button rows)."""
    if area is None or area.isEmpty():
        return
    fw, fh = FRAME_ALLOWANCE
    width = min(widget.width(), area.width() - fw)
    height = min(widget.height(), area.height() - fh)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    x = min(max(widget.x(), area.x()), area.right() + 1 - width - fw)
    y = min(max(widget.y(), area.y()), area.bottom() + 1 - height - fh)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)
