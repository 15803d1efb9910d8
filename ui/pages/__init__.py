"""The pages of the main window, and what every page offers it.

Each page module (home, households, loans, sessions, complaints, ratings, reports, sync, audit,
settings) defines one ``Page(ws, main_window)`` QWidget subclass, named in :data:`PAGES`. The
main window creates a page the first time it is shown; a module that does not exist yet shows
:class:`PlaceholderPage`. A page:

* puts all its ``self.tr()`` calls in ``translateUI()`` (Retranslatable calls it on every language
  switch);
* ``refresh()`` re-reads what it shows (after Undo, after another page changed data — the main
  window's ``data_changed`` signal — and when it is shown again);
* optionally ``apply_filters(**filters)`` (the main window's ``open_page(name, **filters)``,
  e.g. the Home page's drill-downs), ``new_record()`` (Ctrl+N) and ``focus_search()`` (Ctrl+F).

After it changes data a page calls ``main_window.notify_changed(self)`` so the other pages
refresh when they are next shown.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import registry
from ui.i18n import Retranslatable

#: navigation order: (name, module under ui.pages, class name) — Home, the registers of
#: app.registry in its order, then the office's tools
PAGES: list[tuple[str, str, str]] = [
    ("home", "home", "HomePage"),
    *((r.name, r.page_module, r.page_class) for r in registry.REGISTERS.values()),
    ("reports", "reports", "ReportsPage"),
    ("sync", "sync", "SyncPage"),
    ("audit", "audit", "AuditPage"),
    ("settings", "settings", "SettingsPage"),
]
PAGE_NAMES = [p[0] for p in PAGES]


def title_label() -> QLabel:
    """A page's title: bold, 1.3 times the body text (the text is set in the page's translateUI)."""
    label = QLabel()
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


class Page(Retranslatable, QWidget):
    """Convenience base for pages (not required: any QWidget with the same methods will do)."""

    def __init__(self, ws, main_window, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.main_window = main_window

    def translateUI(self) -> None:  # noqa: N802
        pass

    def refresh(self) -> None:
        pass

    def apply_filters(self, **filters) -> None:
        pass

    def notify_changed(self) -> None:
        if self.main_window is not None:
            self.main_window.notify_changed(self)


class PlaceholderPage(Page):
    """Shown for a page whose module is not there yet (or failed to open)."""

    def __init__(self, ws, main_window, name: str = "", problem: str = "", parent=None):
        super().__init__(ws, main_window, parent)
        self.name = name
        self.problem = problem
        self.label = QLabel()
        self.label.setObjectName("placeholder")
        self.label.setProperty("alignment", "AlignCenter")   # by name: no Qt namespace (ui.errors)
        self.label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        self.translateUI()

    def translateUI(self) -> None:  # noqa: N802
        text = self.tr("This part of the program is coming in a later version.")
        if self.problem:
            text = self.problem
        self.label.setText(text)
