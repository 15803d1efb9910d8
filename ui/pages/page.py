"""What every page of the main window offers it (the page protocol), and the page's title label.

Each page module (home, households, loans, sessions, complaints, ratings, reports, sync, audit,
settings) defines one :class:`Page` subclass, listed in :data:`ui.pages.PAGES` in navigation
order; this module imports none of them, so a page importing its base class makes no cycle. The
main window creates a page the first time it is shown and talks to it only through the methods of
:class:`Page` — never by looking for attributes by name — so a page that lacks one of them
inherits the harmless default here, and a renamed method is a failing test, not a silent no-op.

* ``translateUI()`` holds all the page's ``self.tr()`` calls (Retranslatable calls it on every
  language switch);
* ``refresh()`` re-reads what it shows (after Undo, after another page changed data, when shown
  again);
* ``apply_filters(**filters)`` — ``open_page(name, **filters)``, e.g. the Home drill-downs;
  ``clear_filters()`` shows the whole register again;
* ``new_record()`` (Ctrl+N) and ``focus_search()`` (Ctrl+F);
* ``listed_ids()`` the ids a register page lists as filtered now (None: the page lists no register)
  — the Reports page exports "as filtered on its page" through it;
* ``show_record(record_id)`` selects (and shows) one record: True when it is listed;
* ``set_query_extra(**filters)`` filters the bar has no widget for (a list of ids …);
* ``save_state()`` remembers column widths and splitters when the window closes.

After it changes data a page calls ``notify_changed()`` so the other pages refresh when they are
next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import Retranslatable

if TYPE_CHECKING:
    from app.services.workspace import Workspace


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
    """Base of every page: the page protocol the main window (and other pages) call, with defaults
    that do nothing for a page that has no use for a method (see the module docstring)."""

    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.main_window = main_window

    def translateUI(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def apply_filters(self, **filters) -> None:
        pass

    def clear_filters(self) -> None:
        pass

    def set_query_extra(self, **filters) -> None:
        pass

    def new_record(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def listed_ids(self) -> list[str] | None:
        return None

    def show_record(self, record_id: str) -> bool:
        return False

    def save_state(self) -> None:
        pass

    def notify_changed(self) -> None:
        if self.main_window is not None:
            self.main_window.notify_changed(self)


class PlaceholderPage(Page):
    """Shown instead of a page that failed to open (its problem in a sentence): one broken page
    must not take the window down."""

    def __init__(self, ws: Workspace, main_window, name: str = "", problem: str = "", parent=None):
        super().__init__(ws, main_window, parent)
        self.name = name
        self.problem = problem
        self.label = QLabel()
        self.label.setObjectName("placeholder")
        self.label.setProperty("alignment", "AlignCenter")  # by name: no Qt namespace (ui.errors)
        self.label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        self.translateUI()

    def translateUI(self) -> None:
        text = self.tr("This part of the program is coming in a later version.")
        if self.problem:
            text = self.problem
        self.label.setText(text)
