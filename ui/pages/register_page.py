"""A register's list page: filter bar, paged table, New / Open / Delete — what every register shares.

    class ComplaintsPage(RegisterPage):
        register_name = "complaints"          # the page's settings key
        status_kind = "complaint_status"      # the filter bar's status combo (None: no combo)

        def service(self):
            return self.ws.complaints

        def columns(self) -> list[Column]:
            return [...]                      # ui.models.Column, headers marked QT_TRANSLATE_NOOP

        def new_record(self):                 # Ctrl+N and the New button
            row, ok = ComplaintDialog.get(self, self.ws)
            if ok:
                self.changed(row["id"])      # refresh, select the row, tell the other pages

        def open_record(self, record_id):     # double-click / Enter / Open button
            ...

        def record_label(self, row, mode=None) -> str:   # names the record in "Delete …?" (mode: one half)
            ...

        def map_filters(self, filters):       # optional: e.g. overdue=True → overdue_on=today
            return filters

Delete asks first (ui.dialogs.confirm_delete), deletes softly through ``service().delete`` and
says that Ctrl+Z undoes it. Rows of another office (imported by sync) cannot be edited or deleted.
The header's column widths and order are remembered per page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui import settings as ui_settings
from ui.i18n import Label, language
from ui.models.paged import Column, RegisterTableModel, ViewContext
from ui.operations import run_now
from ui.pages.page import Page, title_label
from ui.permissions import permit
from ui.widgets.filter_bar import FilterBar
from ui.widgets.flow import FlowLayout
from ui.widgets.text_delegate import TextDelegate, tibetan_line_height

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class RegisterTable(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table (sensible tab order)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # no row numbers: at 100,000 rows the number column costs as much to paint as the rows
        # (the count is shown above the table)
        self.verticalHeader().hide()
        # Tibetan names centred in their rows, clear of the borders (ui.widgets.text_delegate)
        self.setItemDelegate(TextDelegate(self, wrap=False))
        self.fit_rows()

    def fit_rows(self) -> None:
        # a row holds a line of Tibetan stacks (names are Tibetan in every mode), measured as the
        # delegate lays it out: its height comes from the Tibetan fallback font, not from the
        # Chinese font's metrics (the line box has a little room above and below the ink)
        self.verticalHeader().setDefaultSectionSize(
            max(int(self.fontMetrics().height() * 1.9), tibetan_line_height(self.font()) + 1)
        )

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()
        super().changeEvent(event)


class RegisterPage(Page):
    register_name = ""
    status_kind: str | None = None
    villages_filter = True
    dates_filter = True
    default_widths: dict[str, int] = {}

    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
        super().__init__(ws, main_window, parent)
        self.title = title_label()
        self.filter_bar = FilterBar(
            ws, status_kind=self.status_kind, villages=self.villages_filter, dates=self.dates_filter
        )
        self.add_filters(self.filter_bar)
        self.model = RegisterTableModel(ws, self.service(), self.columns(), parent=self)
        self.table = RegisterTable()
        self.table.setModel(self.model)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.current_changed())
        self._select_after: str | None = None
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self._after_reset())  # the rest of a big search
        self.model.searching.connect(self._searching)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.new_button = QPushButton()
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            activated=self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        # the buttons wrap onto a second line rather than widen the window (bilingual texts, and
        # the steps a register adds: ui.widgets.flow)
        self.buttons = FlowLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.open_button)
        self.buttons.addWidget(self.delete_button)
        self.add_buttons(self.buttons)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(top)
        self.main_layout.addWidget(self.filter_bar)
        self.main_layout.addLayout(self.buttons)
        self.body = QVBoxLayout()
        self.body.addWidget(self.table, 1)
        self.main_layout.addLayout(self.body, 1)
        self.setTabOrder(self.filter_bar.search, self.table)

        self.filter_bar.changed.connect(self._filters_changed)
        self._restore_header()
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.translateUI()
        self._filters_changed(self.filter_bar.filters())

    # -- what subclasses give --------------------------------------------------------------------
    def service(self):
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def add_filters(self, bar: FilterBar) -> None:
        """Extra filter combos (bar.add_choice)."""

    def add_buttons(self, layout: FlowLayout) -> None:
        """Extra buttons after New / Open / Delete (layout.addWidget / insertWidget)."""

    def map_filters(self, filters: dict) -> dict:
        return filters

    def page_title(self) -> str:
        return ""

    def record_label(self, row: dict, mode: str | None = None) -> str:
        """The record named for "Delete %1?", in `mode` ("zh"/"bo": one half of bilingual text)."""
        return ViewContext(self.ws, mode).names(
            row.get("name_zh") or row.get("household_zh"), row.get("name_bo") or row.get("household_bo")
        )

    def new_record(self) -> None:
        pass

    def open_record(self, record_id: str) -> None:
        pass

    def current_changed(self) -> None:
        """The selected row changed (detail panes follow it)."""
        self._update_buttons()

    # -- shared behaviour ------------------------------------------------------------------------
    def translateUI(self) -> None:
        self.title.setText(self.page_title())
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Enter or double-click a row"))
        self.delete_button.setText(self.tr("Delete"))
        self._update_count()

    def _filters_changed(self, filters: dict) -> None:
        filters = self.map_filters(dict(filters))
        text = filters.pop("text", "")
        self.model.set_query(text, **filters)

    def apply_filters(self, **filters) -> None:
        self.filter_bar.set_filters(**filters)

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def set_query_extra(self, **extra) -> None:
        # filters the bar has no widget for (a list of ids, "waiting since"): on the model
        # directly; the next change in the bar shows the register as the bar says again
        current = self.map_filters(dict(self.filter_bar.filters()))
        text = current.pop("text", "")
        self.model.set_query(text, **{**current, **extra})

    def listed_ids(self) -> list[str]:
        return self.model.all_ids()

    def show_record(self, record_id: str) -> bool:
        """Select the record; when the filters hide it, clear them first."""
        self.model.all_ids()  # (a big search's rest, if it is still on its way)
        if self.select_id(record_id):
            return True
        self.filter_bar.clear()
        if self.select_id(record_id):
            return True
        # a big register searches on the worker: select it when the list arrives
        self._select_after = record_id
        return False

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def refresh(self) -> None:
        self._select_after = self.selected_id()
        self.model.refresh()

    def changed(self, record_id: str | None = None) -> None:
        """After this page saved something: refresh, select it, tell the other pages."""
        self._select_after = record_id
        self.model.refresh()
        self.notify_changed()

    def _after_reset(self) -> None:
        # the search may have run on the worker: select what was asked for once the ids are here
        keep, self._select_after = self._select_after, None
        if keep and not self.select_id(keep) and self.model.partial:
            self._select_after = keep  # beyond the first screen: selected when the rest is here
        self._update_count()
        self._update_buttons()

    def _searching(self, busy: bool) -> None:
        if busy or self.model.partial:
            self.count_label.setText(self.tr("Searching…"))
        else:
            self._update_count()

    def _update_count(self) -> None:
        if self.model.partial:  # the first screen is shown, the count comes with the rest
            self.count_label.setText(self.tr("Searching…"))
            return
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%1 records").replace("%1", language().fmt_int(n)))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def selected_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_dict(index.row()) if index.isValid() else None

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        has = row is not None and not row.get("_missing")
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has and self.can_delete(row))

    def _open_row(self, row: int) -> None:
        record_id = self.model.row_id(row)
        if record_id:
            self.open_record(record_id)

    def can_delete(self, row: dict) -> bool:
        """May this (selected, present) record be deleted here? Not a record of another office."""
        return not self.model.is_foreign(row)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.get("_missing") or not self.can_delete(row):
            return
        # bilingual mode: each half of the question names the record in its own script
        what = (
            Label(self.record_label(row, "zh"), self.record_label(row, "bo"))
            if language().mode == "both"
            else self.record_label(row)
        )
        if not dialogs.confirm_delete(self, what):
            return
        done = run_now(self, lambda: self.service().delete(row["id"], expected_version=row.get("version")))
        if done is not None:
            self.changed()
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(self.tr("Deleted. Ctrl+Z brings it back."), 6000)

    # -- remembering -----------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"pages/{self.register_name or type(self).__name__}/header"

    def _restore_header(self) -> None:
        state = ui_settings.settings().value(self._settings_key())
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            col = header.sortIndicatorSection()
            if 0 <= col < len(self.model.columns) and self.model.columns[col].sort:
                self.model.sort_key = self.model.columns[col].sort
                self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for i, col in enumerate(self.model.columns):
            header.resizeSection(i, self.default_widths.get(col.key, 120))

    def save_state(self) -> None:
        s = ui_settings.settings()
        s.setValue(self._settings_key(), self.table.horizontalHeader().saveState())
        s.sync()


class LifecyclePage(RegisterPage):
    """A register whose records move through a lifecycle (loan demands, complaints): a row of
    step buttons (`self.step_buttons`, status → button, made by the page) enabled only for the
    steps the service allows for the selected record; imported records allow none."""

    step_buttons: dict[str, QPushButton] = {}

    def allowed(self) -> set[str]:
        row = self.selected_row()
        if row is None or row.get("_missing") or self.model.is_foreign(row):
            return set()
        return run_now(self, lambda: self.service().allowed_actions(row["id"])) or set()

    def step_permission(self, status: str) -> str | None:
        """The permission the step to `status` needs beyond editing (None: any account)."""
        return None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        allowed = self.allowed() if self.step_buttons else set()
        for status, button in self.step_buttons.items():
            # a step the account may not take is disabled whatever is selected, and says who may
            permit(button, self.ws, self.step_permission(status), enabled=status in allowed)
