"""The main window: navigation on the left, the pages in a stack, language switch on the toolbar.

Public API for the pages (and the Home page's drill-downs):

    main_window.ws                          the open Workspace
    main_window.open_page("complaints", overdue=True)   show a page, with filters
    main_window.open_household(household_id)            the household's page
    main_window.refresh_all()               every created page re-reads
    main_window.notify_changed(page)        a page changed data: data_changed is emitted, and the
                                            other pages refresh when they are shown next
    main_window.data_changed                Signal(): something in the register changed
    main_window.opened_page("loans")        the page if it was opened (its filters are the user's)
    main_window.switch_account()            File ▸ Switch account: another account signs in
    main_window.account_changed             Signal(): it did; pages re-read what it may do

Pages are created lazily the first time they are shown (ui.pages.PAGES) and called only through the
page protocol (ui.pages.Page: refresh, apply_filters, new_record, …); the window remembers its
geometry, the splitter and the last page in ui.settings.settings().
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import registry
from ui import settings as ui_settings
from ui.i18n import LanguageMenu, Word, language, stacked
from ui.operations import run_now
from ui.pages import PAGES
from ui.pages.page import Page, PlaceholderPage
from ui.screen import fit_within
from ui.widgets.text_delegate import TextDelegate

if TYPE_CHECKING:
    from app.services.workspace import Workspace

log = logging.getLogger(__name__)

# filled per language (fill): in bilingual mode each half gets its own word for "never"
LAST_BACKUP = QT_TRANSLATE_NOOP("MainWindow", "Last backup: %1")
NEVER = QT_TRANSLATE_NOOP("MainWindow", "never")
_KEY_GEOMETRY = "main_window/geometry"
_KEY_STATE = "main_window/state"
_KEY_SPLITTER = "main_window/splitter"
_KEY_PAGE = "main_window/page"
#: the navigation never takes more than this from the page (a 1366 px laptop screen)
NAV_MAX_WIDTH = 260
#: the first start's size, when it fits the screen (else the screen's available area)
FIRST_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    data_changed = Signal()
    account_changed = Signal()  # another account signed in (switch_account)

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("mainWindow")
        self.pages: dict[str, Page] = {}
        self._stale: set[str] = set()
        self.household_page = None
        self.idle_lock = None  # ui.idle.IdleLock, set by ui.app once the window is up

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setSpacing(2)
        # bilingual names on two lines (Tibetan over Chinese), wrapped when still too long; Qt's
        # own delegate shows only the first of those lines
        self.nav.setItemDelegate(TextDelegate(self.nav, wrap=True))
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap as the list narrows
        # row i of the navigation is PAGES[i] (no item data: the Qt namespace stays untouched
        # until the user does something, see ui.errors._Reporter)
        for _page in PAGES:
            self.nav.addItem(QListWidgetItem())
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        language().changed.connect(self._language_changed)
        self.translateUI()
        self._restore()

    # -- building --------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.undo_action = QAction(self)
        _set_shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.new_action = QAction(self)
        _set_shortcut(self.new_action, QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.find_action = QAction(self)
        _set_shortcut(self.find_action, QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(lambda: self.open_page("settings", section="backup"))
        self.export_action = QAction(self)
        self.export_action.triggered.connect(lambda: self.open_page("reports"))
        self.import_action = QAction(self)
        self.import_action.setObjectName("importRosterAction")
        self.import_action.triggered.connect(self.import_roster)
        self.switch_action = QAction(self)
        self.switch_action.setObjectName("switchAccount")
        self.switch_action.triggered.connect(self.switch_account)
        self.quit_action = QAction(self)
        _set_shortcut(self.quit_action, QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.refresh_action = QAction(self)
        _set_shortcut(self.refresh_action, QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_current)
        self.addActions([self.undo_action, self.new_action, self.find_action, self.refresh_action])
        # Enter on the navigation list moves focus into the page (the context property set by
        # name, as the key is: no Qt namespace at start-up)
        into_page = QShortcut(
            QKeySequence("Return"),
            self.nav,
            activated=lambda: self.stack.currentWidget() and self.stack.currentWidget().setFocus(),
        )
        into_page.setProperty("context", "WidgetShortcut")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.switch_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.refresh_action)
        self.edit_menu.aboutToShow.connect(lambda: self.undo_action.setEnabled(self.ws.can_undo()))
        self.view_menu = bar.addMenu("")
        self.language_menu = LanguageMenu(language(), self)
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addSeparator()
        for act in self.language_menu.mode_actions.values():
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def _make_status_bar(self) -> None:
        self.office_label = QLabel()
        self.user_label = QLabel()
        self.path_label = QLabel()
        self.backup_label = QLabel()
        for w in (self.office_label, self.user_label, self.backup_label, self.path_label):
            # long bilingual office names and paths are cut, they never widen the window
            w.setMinimumWidth(1)
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for w in (self.office_label, self.user_label, self.backup_label):
            self.statusBar().addWidget(w, 1)
        self.statusBar().addPermanentWidget(self.path_label)

    # -- language --------------------------------------------------------------------------------
    def translateUI(self) -> None:
        office = self.ws.office
        office_name = language().label(office["name_zh"], office["name_bo"]) if office else ""
        title = self.tr("Dual-base linkage office register")
        self.setWindowTitle(f"{title} — {office_name}" if office_name else title)
        names = {
            "home": self.tr("Home"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
            "audit": self.tr("Audit log"),
            "settings": self.tr("Settings"),
        }
        for i, page in enumerate(PAGES):
            # a register's page is named by its label in app.registry
            entry = registry.REGISTERS.get(page.name)
            self.nav.item(i).setText(stacked(language().tr_domain(entry.label) if entry else names[page.name]))
        # wide enough for the longest name in this mode; bilingual names are stacked (Tibetan over
        # Chinese) and capped, so the navigation leaves a 1366 px screen room for the page
        self.nav.setMinimumWidth(min(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12, NAV_MAX_WIDTH))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.export_action.setText(self.tr("&Export and reports…"))
        self.import_action.setText(self.tr("&Import a roster…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.switch_action.setText(self.tr("&Switch account…"))
        self.switch_action.setToolTip(self.tr("Sign out, and sign in with another account without closing the program"))
        self.undo_action.setText(self.tr("&Undo"))
        self.undo_action.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.new_action.setText(self.tr("&New"))
        self.new_action.setToolTip(self.tr("New record in this page (Ctrl+N)"))
        self.find_action.setText(self.tr("&Find"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.about_action.setText(self.tr("&About"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.update_status()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        # order / digits changes swap no catalog: make sure the window and pages follow anyway
        self.translateUI()

    def update_status(self) -> None:
        office = self.ws.office
        lang = language()
        self.office_label.setText(lang.label(office["name_zh"], office["name_bo"]) if office else "")
        self.user_label.setText(self.tr("User: %1").replace("%1", self.ws.user or "—"))
        self.path_label.setText(str(self.ws.path))
        self.path_label.setToolTip(self.tr("Register file"))
        last = self.ws.reference.setting("last_backup_at", None)
        when = Word(NEVER)
        if last:
            from app.domain.dates import local_time  # only with a backup to show (bench: start-up)

            when = lang.digits(local_time(str(last), seconds=False))  # the laptop's time, not UTC
        self.backup_label.setText(lang.fill("MainWindow", LAST_BACKUP, when))

    # -- pages -----------------------------------------------------------------------------------
    def _page_index(self, name: str) -> int:
        for i, entry in enumerate(PAGES):
            if entry.name == name:
                return i
        raise KeyError(name)

    def page(self, name: str) -> Page:
        """The page called `name`, created on first use."""
        if name not in self.pages:
            self.pages[name] = self._create_page(name)
            self.stack.addWidget(self.pages[name])
        return self.pages[name]

    def opened_page(self, name: str) -> Page | None:
        """The page called `name` if it has been opened (its filters are the user's), else None."""
        return self.pages.get(name)

    def _create_page(self, name: str) -> Page:
        cls = PAGES[self._page_index(name)].load()
        try:
            return cls(self.ws, self)
        except Exception as exc:
            from ui.operations import error_text

            log.exception("page %s failed to open", name)
            return PlaceholderPage(self.ws, self, name, problem=error_text(exc))

    def current_page(self) -> Page | None:
        return self.stack.currentWidget()

    def current_name(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row].name if 0 <= row < len(PAGES) else None

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        name = PAGES[row].name
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        self.update_status()  # e.g. the last backup time, after the Settings page made one
        if name in self._stale:
            self._stale.discard(name)
            page.refresh()

    def open_page(self, name: str, **filters) -> Page:
        """Show page `name`; `filters` go to its apply_filters (e.g. overdue=True)."""
        if name == "household":
            return self.open_household(filters["household_id"])
        row = self._page_index(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)
        page = self.pages[name]
        if filters:
            page.apply_filters(**filters)
        return page

    def open_household(self, household_id: str) -> Page:
        """The page with everything on record for one household (not in the navigation list)."""
        from ui.pages.household_detail import HouseholdDetailPage

        if self.household_page is None:
            self.household_page = HouseholdDetailPage(self.ws, self)
            self.stack.addWidget(self.household_page)
        self.household_page.show_household(household_id)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._page_index("households"))
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.household_page)
        return self.household_page

    def back(self) -> None:
        """From the household page back to the list it was opened from."""
        self._nav_changed(self.nav.currentRow())

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self.update_status()

    def refresh_all(self) -> None:
        for page in list(self.pages.values()) + ([self.household_page] if self.household_page else []):
            page.refresh()
        self._stale.clear()
        self.update_status()

    def notify_changed(self, source: QWidget | None = None) -> None:
        """A page changed the register: others refresh when next shown."""
        for name, page in self.pages.items():
            if page is not source:
                self._stale.add(name)
        if self.household_page is not None and self.household_page is not source and self.household_page.isVisible():
            self.household_page.refresh()
        self.update_status()
        self.data_changed.emit()

    # -- actions ---------------------------------------------------------------------------------
    def undo(self) -> None:
        if not self.ws.can_undo():
            self.statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        entry = run_now(self, self.ws.undo)
        if entry is not None:
            self.statusBar().showMessage(self.tr("Undone."), 4000)
            for name in self.pages:
                self._stale.add(name)
            page = self.current_page()
            if page is not None:
                page.refresh()
            for name, p in self.pages.items():
                if p is page:
                    self._stale.discard(name)
            self.data_changed.emit()

    def switch_account(self) -> QWidget | None:
        """Sign out and let another account sign in (the bank officer records the bank's
        decision on the office head's laptop without quitting). The register is hidden while the
        sign-in dialog is open; Cancel keeps the current account. Returns the dialog (open)."""
        from ui.dialogs.login import LoginDialog

        if not self.ws.auth.has_accounts():
            self.statusBar().showMessage(self.tr("There are no accounts yet: add them under Settings ▸ Users."), 8000)
            return None
        self.centralWidget().hide()
        dialog = LoginDialog(self.ws, self, switch=True)
        dialog.setObjectName("switchAccountDialog")

        def finished(result: int) -> None:
            self.centralWidget().show()
            if result == dialog.DialogCode.Accepted and dialog.account is not None:
                self.ws.switch_account(dialog.account)
                self.refresh_all()  # every page re-reads what this account may do
                self.account_changed.emit()
                self.statusBar().showMessage(self.tr("Signed in as %1.").replace("%1", self.ws.user), 6000)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        self.switch_dialog = dialog
        return dialog

    def set_idle_minutes(self, minutes: int) -> None:
        """The idle lock's interval after Settings changed it (no lock in tests and scripts)."""
        if self.idle_lock is not None:
            self.idle_lock.set_interval(minutes * 60_000)

    def import_roster(self) -> None:
        """The roster import wizard (ui.pages.import_wizard); pages refresh after an import."""
        from ui.pages.import_wizard import open_import_wizard

        self.import_wizard = open_import_wizard(self)

    def new_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new_record()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    def about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About"),
            self.tr(
                "Dual-base linkage office register: households, loan demands, "
                "financial literacy, complaints and credit ratings of a dual-base "
                "linkage office, offline, in Chinese and Tibetan."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.exec()

    # -- remembering -----------------------------------------------------------------------------
    def _restore(self) -> None:
        s = ui_settings.settings()
        last = str(s.value(_KEY_PAGE, "home"))
        try:
            row = self._page_index(last)
        except KeyError:
            row = 0
        # The remembered page is built with the window, before it is shown: the window is then
        # laid out and painted once. A page added to the window already on screen was laid out a
        # second time (its scroll area and wrapping labels settling) and the whole window painted
        # again (bench: start-up). Its own slow work starts after its first paint (Home).
        # Built before the sizes are restored, which its minimum size would otherwise change.
        self._initial_row = row
        self.show_initial_page()
        geometry = s.value(_KEY_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*FIRST_SIZE)
        self.fit_to_screen()
        state = s.value(_KEY_STATE)
        if state is not None:
            self.restoreState(state)
        # the splitter's sizes once the window has its own (showEvent): restored into a splitter
        # not laid out yet, beside a page with its minimum width, they would be cut down
        self._splitter_state = s.value(_KEY_SPLITTER)

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen's available area (taskbar excluded): a first start
        on a 1366×768 laptop, or a geometry remembered from a bigger screen or a wider mode."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        fit_within(self, screen.availableGeometry())

    def showEvent(self, event) -> None:
        if self._splitter_state is not None:
            self.splitter.restoreState(self._splitter_state)
            self._splitter_state = None
        super().showEvent(event)

    def show_initial_page(self) -> None:
        """Show the remembered page, unless a page is shown already."""
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(self._initial_row)

    def save_state(self) -> None:
        s = ui_settings.settings()
        s.setValue(_KEY_GEOMETRY, self.saveGeometry())
        s.setValue(_KEY_STATE, self.saveState())
        s.setValue(_KEY_SPLITTER, self.splitter.saveState())
        name = self.current_name()
        if name:
            s.setValue(_KEY_PAGE, name)
        s.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        for page in self.pages.values():
            page.save_state()
        super().closeEvent(event)


def _set_shortcut(action: QAction, key: QKeySequence.StandardKey) -> None:
    """`action`'s shortcut, written as its Qt property: QAction.setShortcut's overloads make PySide
    build its whole Qt namespace (94 enum types, 30-45 ms) before the first window is up (bench:
    start-up; see ui.errors._Reporter)."""
    action.setProperty("shortcut", QKeySequence(key))
