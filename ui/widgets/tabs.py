"""Tab bars tall enough for Tibetan.

Qt sizes a tab for the tab bar's own font, but Tibetan comes from a taller fallback font, and an
unselected tab is drawn a little lower than the selected one: the top of the stacks (the vowel
signs above སྒྲོལ་མ) was cut off in the unselected tabs.  Every tab widget of the program uses this.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def fit_tibetan(tabs: QTabWidget) -> QTabWidget:
    """Give `tabs`' tabs room for Tibetan stacks (2.6 em of the tab bar's font); returns `tabs`."""
    # in em, not px: the height follows the font when the language mode changes it
    tabs.tabBar().setStyleSheet("QTabBar::tab { min-height: 2.6em; padding: 0 12px; }")
    return tabs
