"""The audit log page: every change (who, when, what, before and after), filtered by user, table,
action and date range; the selected entry's before/after side by side; "Verify chain" checks the
hash chain and its head (app.services.audit_log.verify) and says what it found.

Reading the log needs the ``audit.view`` permission (admin, bank officer); others see a sentence.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import registry
from app.domain.errors import PermissionDenied
from ui.i18n import language
from app.domain.dates import local_time
from ui.pages.page import Page
from ui.widgets.flow import FlowLayout, together

if TYPE_CHECKING:
    from app.services.workspace import Workspace

PAGE_SIZE = 200


def short_id(record_id: str | None) -> str:
    """A record id no name was found for, shortened (the whole id is in the cell's tooltip)."""
    return (record_id[:8] + "…") if record_id and len(record_id) > 12 else (record_id or "")


class AuditPage(Page):
    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
        super().__init__(ws, main_window, parent)
        self.rows: list[dict] = []
        self.total = 0
        self.user_combo, self.table_combo, self.action_combo = QComboBox(), QComboBox(), QComboBox()
        for name, combo in (
            ("auditUser", self.user_combo),
            ("auditTable", self.table_combo),
            ("auditAction", self.action_combo),
        ):
            combo.setObjectName(name)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_check, self.to_check = QCheckBox(), QCheckBox()
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.refresh())
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.load_more)
        self.count_label = QLabel()
        self.denied_label = QLabel()
        self.denied_label.setWordWrap(True)
        self.denied_label.hide()

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.before_view, self.after_view = QPlainTextEdit(), QPlainTextEdit()
        self.before_label, self.after_label = QLabel(), QLabel()
        for v in (self.before_view, self.after_view):
            v.setReadOnly(True)
        self.before_view.setObjectName("auditBefore")
        self.after_view.setObjectName("auditAfter")

        # the filters wrap onto a second line rather than widen the window (bilingual labels)
        filters = FlowLayout()
        self.filter_labels = [QLabel() for _ in range(3)]
        for label, combo in zip(self.filter_labels, (self.user_combo, self.table_combo, self.action_combo)):
            filters.addWidget(together(label, combo))
        filters.addWidget(together(self.from_check, self.from_edit))
        filters.addWidget(together(self.to_check, self.to_edit))
        filters.addWidget(self.verify_button)
        detail = QWidget()
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        for label, view in ((self.before_label, self.before_view), (self.after_label, self.after_view)):
            col = QVBoxLayout()
            col.addWidget(label)
            col.addWidget(view)
            dl.addLayout(col)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.denied_label)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self._filling = False
        self.translateUI()
        self._fill_choices()
        self.refresh()

    # -- text ------------------------------------------------------------------------------------
    def translateUI(self) -> None:
        for label, text in zip(self.filter_labels, (self.tr("User"), self.tr("Table"), self.tr("Action"))):
            label.setText(text)
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.verify_button.setText(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr("Check that no entry of the log was changed or removed"))
        self.more_button.setText(self.tr("Show more"))
        self.before_label.setText(self.tr("Before"))
        self.after_label.setText(self.tr("After"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Table"), self.tr("Record")]
        )
        self.denied_label.setText(self.tr("Your account cannot read the audit log. Ask the office head."))
        for combo in (self.user_combo, self.table_combo, self.action_combo):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        for i in range(1, self.table_combo.count()):
            self.table_combo.setItemText(i, self.table_label(self.table_combo.itemData(i)))
        for i in range(1, self.action_combo.count()):
            self.action_combo.setItemText(i, self.action_label(self.action_combo.itemData(i)))
        if self.rows:
            for i, r in enumerate(self.rows):
                for col, value in ((3, self.action_label(r["action"])), (4, self.table_label(r["table_name"]))):
                    item = self.table.item(i, col)
                    if item is not None:
                        item.setText(value)
        self._update_count()

    def action_label(self, code: str) -> str:
        labels = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
            "undo": self.tr("undone"),
            "transition": self.tr("next step"),
            "bulk_create": self.tr("demo data added"),
            "import": self.tr("imported"),
            "login": self.tr("signed in"),
            "login_failed": self.tr("wrong password"),
            "login_locked": self.tr("account locked"),
            "password": self.tr("password changed"),
            "enable": self.tr("account enabled"),
            "disable": self.tr("account disabled"),
            "role": self.tr("role changed"),
            "unlock": self.tr("account unlocked"),
            "keys": self.tr("signing keys made"),
            "sync_import": self.tr("package imported"),
        }
        return labels.get(code, code)

    def table_label(self, code: str) -> str:
        # a record table is named by its label in app.registry; "demo" marks the demo's bulk entry
        label = registry.record_label(code)
        if label is not None:
            return language().tr_domain(label)
        return self.tr("Demo data") if code == "demo" else code

    # -- data ------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        from app.services import audit_log

        try:
            choices = audit_log.choices(self.ws)
        except PermissionDenied:
            return
        self._filling = True
        for combo, key in ((self.user_combo, "user"), (self.table_combo, "table_name"), (self.action_combo, "action")):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("All"), "")
            label = {"action": self.action_label, "table_name": self.table_label}.get(key, str)
            for value in choices[key]:
                combo.addItem(label(value) if value else "—", value)
            i = combo.findData(current)
            combo.setCurrentIndex(max(0, i))
        self._filling = False

    def filters(self) -> dict:
        f = {
            "user": self.user_combo.currentData(),
            "table_name": self.table_combo.currentData(),
            "action": self.action_combo.currentData(),
        }
        if self.from_check.isChecked():
            f["date_from"] = self.from_edit.date().toString("yyyy-MM-dd")
        if self.to_check.isChecked():
            f["date_to"] = self.to_edit.date().toString("yyyy-MM-dd")
        return {k: v for k, v in f.items() if v}

    def apply_filters(self, **filters) -> None:
        """e.g. open_page("audit", table_name="household", record_id=...)"""
        for combo, key in ((self.user_combo, "user"), (self.table_combo, "table_name"), (self.action_combo, "action")):
            if key in filters:
                i = combo.findData(filters[key])
                if i >= 0:
                    combo.setCurrentIndex(i)
        self.refresh()

    def refresh(self) -> None:
        if self._filling:
            return
        self._load(0)

    def load_more(self) -> None:
        self._load(len(self.rows))

    def _load(self, offset: int) -> None:
        from app.services import audit_log

        try:
            page = audit_log.entries(self.ws, offset=offset, limit=PAGE_SIZE, **self.filters())
        except PermissionDenied:
            self.denied_label.show()
            self.table.setRowCount(0)
            self.verify_button.setEnabled(False)
            return
        self.denied_label.hide()
        self.verify_button.setEnabled(True)
        self.rows = (self.rows if offset else []) + page.rows
        self.total = page.total
        self.table.setRowCount(len(self.rows))
        lang = language()
        digits = lang.digits
        names = audit_log.record_names(self.ws, page.rows)
        for i, r in enumerate(self.rows[offset:], start=offset):
            # the record by a name people know (its household's), the id itself in the tooltip
            name = names.get(r["record_id"])
            record = lang.label(*name) if name else short_id(r["record_id"])
            values = [
                digits(str(r["seq"])),
                digits(local_time(r["at"])),
                r["user"],
                self.action_label(r["action"]),
                self.table_label(r["table_name"]),
                record,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setToolTip(r["record_id"] or "")
                self.table.setItem(i, col, item)
        self.more_button.setEnabled(len(self.rows) < self.total)
        self._update_count()
        if offset == 0:
            self.before_view.clear()
            self.after_view.clear()

    def _update_count(self) -> None:
        lang = language()
        self.count_label.setText(
            self.tr("%1 of %2 entries")
            .replace("%1", lang.fmt_int(len(self.rows)))
            .replace("%2", lang.fmt_int(self.total))
        )

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = self.rows[rows[0].row()]
        for view, value in ((self.before_view, r["before"]), (self.after_view, r["after"])):
            view.setPlainText("" if value is None else json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))

    # -- verifying -------------------------------------------------------------------------------
    def verify(self) -> None:
        from app.services import audit_log
        from ui.operations import Operation

        self.verify_button.setEnabled(False)
        Operation(self, lambda: audit_log.verify(self.ws)).success(self._verified).failure(self._verify_failed).run()

    def _verify_failed(self, exc) -> None:
        from ui.operations import show_error

        self.verify_button.setEnabled(True)
        show_error(self, exc)

    def _verified(self, result) -> None:
        count, findings = result
        self.verify_button.setEnabled(True)
        lang = language()
        if not findings:
            text = self.tr("The audit log is intact: %1 entries, none changed or removed.").replace(
                "%1", lang.fmt_int(count)
            )
            icon = QMessageBox.Icon.Information
        else:
            text = self.tr(
                "The audit log was tampered with: %1 problems found. Keep this computer as it is "
                "and tell the office above."
            ).replace("%1", lang.fmt_int(len(findings)))
            icon = QMessageBox.Icon.Critical
        self.last_verify = (count, findings, text)
        box = QMessageBox(icon, self.tr("Audit log"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("verifyResult")
        if findings:
            box.setDetailedText("\n".join(findings))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
