"""Tab bars tall enough for Tibetan.

Qt sizes a tab for the tab bar's own font, but Tibetan comes from a taller fallback font, and an
unselected tab is drawn a little lower than the selected one: the top of the stacks (the vowel
signs above སྒྲོལ་མ) was cut off in the unselected tabs.  Every tab widget of the program uses this.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def fit_tibetan(tabs: QTabWidget) -> QTabWidget:
    """Give `tabs`' tabs room for Tibetan stacks (2.2 times the font's line height); returns `tabs`."""
    height = int(tabs.fontMetrics().height() * 2.2)
    tabs.tabBar().setStyleSheet(f"QTabBar::tab {{ min-height: {height}px; padding: 0 12px; }}")
    return tabs
