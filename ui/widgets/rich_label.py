"""A label of rich text (facts, rules: a few lines of bold and lists) that wraps and scrolls
vertically when the panel holding it is shorter than its text (a 1366×768 screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea


def scrolled_rich_label(object_name: str) -> tuple[QLabel, QScrollArea]:
    """The label (its text set later, in translateUI or when the data changes) and the scroll
    area to put in a layout."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(label)
    return label, scroll
