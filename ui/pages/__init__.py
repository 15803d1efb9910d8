"""The pages of the main window in navigation order (:data:`PAGES`), each imported when it is first
shown.

Each page module (home, households, loans, sessions, complaints, ratings, reports, sync, audit,
settings) defines one :class:`~ui.pages.page.Page` subclass; what every page offers the main window
(the page protocol) is in :mod:`ui.pages.page`.
"""

from __future__ import annotations

from typing import Callable, NamedTuple


class PageEntry(NamedTuple):
    """A page in the navigation: its name and its class. The class is imported when the page is
    first shown (start-up builds only the remembered page), but by a fixed import statement: the
    list is static, a typo is an ImportError in the test that opens every page."""

    name: str
    load: Callable[[], type]


def _home():
    from ui.pages.home import HomePage

    return HomePage


def _households():
    from ui.pages.households import HouseholdsPage

    return HouseholdsPage


def _loans():
    from ui.pages.loans import LoansPage

    return LoansPage


def _sessions():
    from ui.pages.sessions import SessionsPage

    return SessionsPage


def _complaints():
    from ui.pages.complaints import ComplaintsPage

    return ComplaintsPage


def _ratings():
    from ui.pages.ratings import RatingsPage

    return RatingsPage


def _reports():
    from ui.pages.reports import ReportsPage

    return ReportsPage


def _sync():
    from ui.pages.sync import SyncPage

    return SyncPage


def _audit():
    from ui.pages.audit import AuditPage

    return AuditPage


def _settings():
    from ui.pages.settings import SettingsPage

    return SettingsPage


#: navigation order
PAGES: list[PageEntry] = [
    PageEntry("home", _home),
    PageEntry("households", _households),
    PageEntry("loans", _loans),
    PageEntry("sessions", _sessions),
    PageEntry("complaints", _complaints),
    PageEntry("ratings", _ratings),
    PageEntry("reports", _reports),
    PageEntry("sync", _sync),
    PageEntry("audit", _audit),
    PageEntry("settings", _settings),
]
PAGE_NAMES = [p.name for p in PAGES]
