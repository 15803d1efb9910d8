"""Reports page: the monthly report (.xlsx / .pdf), household record cards (.pdf) and register
exports (.xlsx, as filtered on the register's page), written straight onto a USB stick.

The page runs no SQL: figures come from app.services.reports, files from exports/*, all on the
background worker (ui.operations.Operation) with a progress dialog and Cancel.  Removable drives
are offered first (exports.usb.removable_drives); the file is written to a temporary name,
synced, renamed and verified before the page says the stick can be removed.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from app import registry
from app.services import reports
from ui.i18n import language
from ui.operations import Operation, error_text
from ui.pages import Page, title_label
from ui.permissions import who_may
from ui.widgets.destination import DestinationChooser

KINDS = ("monthly", "cards", "register")
DOC_MODES = ("zh", "bo", "both")


class ReportsPage(Page):
    def __init__(self, ws, main_window, parent: QWidget | None = None):
        super().__init__(ws, main_window, parent)
        self.last_path: str | None = None
        self.last_error: str | None = None
        self._operation: Operation | None = None

        self.title = title_label()

        # -- what ----------------------------------------------------------------------------------
        self.what_box = QGroupBox()
        self.kind_buttons = QButtonGroup(self)
        self.kind_radio = {}
        what = QVBoxLayout(self.what_box)
        for i, kind in enumerate(KINDS):
            radio = QRadioButton()
            radio.setObjectName(f"kind_{kind}")
            self.kind_buttons.addButton(radio, i)
            self.kind_radio[kind] = radio
            what.addWidget(radio)
        self.kind_radio["monthly"].setChecked(True)
        self.kind_buttons.idToggled.connect(lambda _id, on: on and self._kind_changed())

        # -- options -------------------------------------------------------------------------------
        self.options_box = QGroupBox()
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("monthEdit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        prev = reports.parse_month(reports.previous_month(date.today()))[0]
        self.month_edit.setDate(QDate(prev.year, prev.month, 1))
        self.month_edit.dateChanged.connect(lambda _d: self._suggest_name())
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        self.format_combo.addItem("Excel (.xlsx)", "xlsx")
        self.format_combo.addItem("PDF (.pdf)", "pdf")
        self.format_combo.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("langCombo")
        for mode in DOC_MODES:
            self.lang_combo.addItem("", mode)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.household_edit = QLineEdit()
        self.household_edit.setObjectName("householdEdit")
        self.register_combo = QComboBox()
        self.register_combo.setObjectName("registerCombo")
        for name in registry.register_names():
            self.register_combo.addItem("", name)
        self.register_combo.currentIndexChanged.connect(lambda _i: self._register_changed())
        self.register_note = QLabel()
        self.register_note.setObjectName("registerNote")
        self.register_note.setWordWrap(True)
        self.full_ids = QCheckBox()
        self.full_ids.setObjectName("fullIds")

        self.options = QFormLayout(self.options_box)
        self.lbl_month, self.lbl_format, self.lbl_lang = QLabel(), QLabel(), QLabel()
        self.lbl_scope, self.lbl_household, self.lbl_register = QLabel(), QLabel(), QLabel()
        self.options.addRow(self.lbl_month, self.month_edit)
        self.options.addRow(self.lbl_format, self.format_combo)
        self.options.addRow(self.lbl_scope, self.scope_combo)
        self.options.addRow(self.lbl_household, self.household_edit)
        self.options.addRow(self.lbl_register, self.register_combo)
        self.options.addRow("", self.register_note)
        self.options.addRow(self.lbl_lang, self.lang_combo)
        self.options.addRow("", self.full_ids)

        # -- where ---------------------------------------------------------------------------------
        self.where_box = QGroupBox()
        self.destination = DestinationChooser(folder_name="folderEdit", fallback_folder=str(Path.home()))
        self.folder_edit = self.destination.folder_edit
        self.drive_combo = self.destination.drive_combo
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("fileName")
        self.lbl_name = QLabel()
        self.destination.form.addRow(self.lbl_name, self.name_edit)
        QVBoxLayout(self.where_box).addWidget(self.destination)

        self.make_button = QPushButton()
        self.make_button.setObjectName("makeButton")
        self.make_button.clicked.connect(self.make)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_document)
        self.print_job = None
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()          # shown once a file is written

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.what_box)
        row.addWidget(self.options_box, 1)
        lay.addLayout(row)
        lay.addWidget(self.where_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.result_label)
        lay.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)

        self.translateUI()
        self.destination.scan_drives()
        self._kind_changed()

    # -- texts -----------------------------------------------------------------------------------
    def translateUI(self) -> None:  # noqa: N802
        self.title.setText(self.tr("Reports and exports"))
        self.what_box.setTitle(self.tr("What to make"))
        self.kind_radio["monthly"].setText(self.tr("Monthly report"))
        self.kind_radio["cards"].setText(self.tr("Household record cards (PDF)"))
        self.kind_radio["register"].setText(self.tr("Register export (.xlsx)"))
        self.options_box.setTitle(self.tr("Options"))
        self.lbl_month.setText(self.tr("Month"))
        self.lbl_format.setText(self.tr("Format"))
        self.lbl_lang.setText(self.tr("Language of the document"))
        self.lang_combo.setItemText(0, self.tr("Chinese"))
        self.lang_combo.setItemText(1, self.tr("Tibetan"))
        self.lang_combo.setItemText(2, self.tr("Bilingual"))
        self.lbl_scope.setText(self.tr("Households"))
        self.lbl_household.setText(self.tr("Or one household (ID number)"))
        self.household_edit.setPlaceholderText(self.tr("ID number of one household"))
        self.lbl_register.setText(self.tr("Register"))
        for i in range(self.register_combo.count()):
            entry = registry.register(self.register_combo.itemData(i))
            self.register_combo.setItemText(i, language().tr_domain(entry.label))
        self.full_ids.setText(self.tr("Full ID numbers (otherwise masked)"))
        self._full_ids_allowed()
        self.where_box.setTitle(self.tr("Where to write it"))
        self.destination.caption = self.tr("Where to write the file")
        self.lbl_name.setText(self.tr("File name"))
        self.make_button.setText(self.tr("Make and save"))
        self.open_folder_button.setText(self.tr("Open the folder"))
        self.open_folder_button.setToolTip(self.tr("Show the written file in the file manager"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the report or the cards, with a preview (registers are "
                                             "printed from the saved spreadsheet)"))
        self._fill_scopes()
        self._register_changed()

    def _fill_scopes(self) -> None:
        keep = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("All households"), "")
        lang = language()
        for v in self.ws.reference.villages():
            self.scope_combo.addItem(lang.label(v["name_zh"], v["name_bo"]), v["name_zh"])
        index = self.scope_combo.findData(keep) if keep is not None else 0
        self.scope_combo.setCurrentIndex(max(index, 0))
        self.scope_combo.blockSignals(False)

    def _full_ids_allowed(self) -> None:
        # the account may have changed (Switch account); masked unless its role may see them
        may = self.ws.can_see_full_id_numbers()
        self.full_ids.setEnabled(may)
        if not may:
            self.full_ids.setChecked(False)
        self.full_ids.setToolTip("" if may else who_may("id.full"))

    def refresh(self) -> None:
        self._full_ids_allowed()
        self._fill_scopes()
        self._register_changed()

    # -- choices ---------------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(self.kind_buttons.checkedId(), 0)]

    def _kind_changed(self) -> None:
        kind = self.kind()
        shown = {
            "monthly": (self.month_edit, self.format_combo),
            "cards": (self.scope_combo, self.household_edit),
            "register": (self.register_combo, self.register_note),
        }
        labels = {self.month_edit: self.lbl_month, self.format_combo: self.lbl_format,
                  self.scope_combo: self.lbl_scope, self.household_edit: self.lbl_household,
                  self.register_combo: self.lbl_register}
        self.print_button.setEnabled(kind != "register")
        for k, widgets in shown.items():
            for w in widgets:
                w.setVisible(k == kind)
                if w in labels:
                    labels[w].setVisible(k == kind)
        self.lang_combo.setCurrentIndex(DOC_MODES.index("both" if kind == "cards" else
                                                        (language().app_mode() if language().app_mode()
                                                         in DOC_MODES else "zh")))
        self._register_changed()
        self._suggest_name()

    def _register_ids(self) -> tuple[list[str], bool]:
        """The ids of the chosen register as filtered on its page (all, when the page is not open)."""
        name = self.register_combo.currentData()
        page = self.main_window.opened_page(name) if self.main_window is not None else None
        listed = page.listed_ids() if page is not None else None
        if listed is not None:
            return listed, True
        return self.ws.register_service(name).search_ids(""), False

    def _register_changed(self) -> None:
        if self.kind() != "register":
            return
        ids, filtered = self._register_ids()
        n = language().fmt_int(len(ids))
        self.register_note.setText(
            self.tr("%1 records, as filtered on the register's page.").replace("%1", n) if filtered
            else self.tr("All %1 records (open the register's page to export a filtered list).").replace("%1", n))
        self._suggest_name()

    def _suggest_name(self) -> None:
        kind = self.kind()
        if kind == "monthly":
            ext = self.format_combo.currentData()
            name = f"monthly-report-{self.month()}.{ext}"
        elif kind == "cards":
            scope = self.scope_combo.currentData() or "all"
            name = f"record-cards-{scope}.pdf"
        else:
            name = f"{self.register_combo.currentData()}-{date.today().isoformat()}.xlsx"
        from exports.usb import safe_file_name

        self.name_edit.setText(safe_file_name(name))

    def month(self) -> str:
        d = self.month_edit.date()
        return f"{d.year():04d}-{d.month():02d}"

    def out_path(self) -> str:
        name = self.name_edit.text().strip() or "export"
        return os.path.join(self.destination.folder(), name)

    # -- making it -------------------------------------------------------------------------------
    def work(self):
        """The work for the worker (a generator or a function), decided here on the GUI thread."""
        ws, kind, mode, full = self.ws, self.kind(), self.lang_combo.currentData(), self.full_ids.isChecked()
        out = self.out_path()
        if kind == "monthly":
            month, fmt = self.month(), self.format_combo.currentData()
            if fmt == "pdf":
                from exports.pdf.report import write_report_pdf

                return lambda: write_report_pdf(ws, reports.monthly(ws, month), out, mode=mode, full_ids=full)
            from exports.xlsx.monthly import write_monthly

            return lambda: write_monthly(ws, reports.monthly(ws, month), out, mode=mode, full_ids=full)
        if kind == "cards":
            from app.services.cards import card_batch, households_for
            from exports.pdf.cards import write_cards

            one = self.household_edit.text().strip()
            village = self.scope_combo.currentData()

            def cards():
                from exports.pdf.cards import part_paths

                ids = households_for(ws, household=one or None, village=None if one else (village or None),
                                     all_=not one and not village)
                # more than PER_FILE cards go to several files: say every one of them
                yield from write_cards(card_batch(ws, ids, mode=mode, full_ids=full), out)
                return [str(p) for p in part_paths(out, len(ids))]
            return cards
        from app.services.register_export import document
        from exports.xlsx.registers import write_register

        ids, _filtered = self._register_ids()
        register = self.register_combo.currentData()

        def register_sheet():
            # the document is built in the worker too: its labels and first rows are read there
            yield from write_register(document(ws, register, ids, mode=mode, full_ids=full), out)
        return register_sheet

    def pdf_maker(self):
        """The chosen document as a PDF writer ``make(out_path)`` for printing; None for registers."""
        ws, kind, mode, full = self.ws, self.kind(), self.lang_combo.currentData(), self.full_ids.isChecked()
        if kind == "monthly":
            month = self.month()
            from exports.pdf.report import write_report_pdf

            return lambda out: write_report_pdf(ws, reports.monthly(ws, month), out, mode=mode, full_ids=full)
        if kind == "cards":
            from app.services.cards import card_batch, households_for
            from exports.pdf.cards import part_paths, write_cards

            one = self.household_edit.text().strip()
            village = self.scope_combo.currentData()

            def make(out):
                ids = households_for(ws, household=one or None, village=None if one else (village or None),
                                     all_=not one and not village)
                yield from write_cards(card_batch(ws, ids, mode=mode, full_ids=full), out)
                return [str(p) for p in part_paths(out, len(ids))]
            return make
        return None

    def print_document(self):
        """Print the monthly report or the chosen cards: preview, print dialog, pages on the worker."""
        from ui.printing import print_pdf

        maker = self.pdf_maker()
        if maker is None:
            return None
        if self.kind() == "monthly":
            title = self.tr("Monthly report %1").replace("%1", self.month())
        else:
            title = self.tr("Household record cards: %1").replace(
                "%1", self.household_edit.text().strip() or self.scope_combo.currentText())
        self.print_job = print_pdf(self, maker, title=title)
        return self.print_job

    def written_folder(self) -> str | None:
        return str(Path(self.last_path).parent) if self.last_path else None

    def open_folder(self) -> bool:
        """The folder the last file went to, in the system's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.written_folder()
        return bool(folder) and QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def make(self) -> Operation | None:
        if not self.destination.folder():
            self.destination.choose_folder()
            if not self.destination.folder():
                return None
        fn = self.work()
        out = self.out_path()
        self.last_path = self.last_error = None
        self.open_folder_button.hide()
        self.make_button.setEnabled(False)
        self.result_label.setText(self.tr("Writing %1…").replace("%1", out))

        def done(result):
            self.make_button.setEnabled(True)
            written = result if isinstance(result, list) and result else [out]
            self.last_path = written[0]
            from exports.usb import on_removable_drive

            # "remove the stick" only when it went onto one, not into a folder of the laptop
            text = (self.tr("Written and checked: %1. The USB stick can now be removed.")
                    if on_removable_drive(written[0]) else self.tr("Written and checked: %1."))
            self.result_label.setText(text.replace("%1", ", ".join(written)))
            self.open_folder_button.show()

        def failed(exc):
            from ui.taskman import Cancelled

            self.make_button.setEnabled(True)
            self.last_error = "" if isinstance(exc, Cancelled) else error_text(exc)
            self.result_label.setText(self.tr("Cancelled: no file was written.") if isinstance(exc, Cancelled)
                                      else self.last_error)

        self._operation = Operation(self, fn).with_progress(self.tr("Writing %1…").replace("%1", Path(out).name),
                                                            cancellable=True).success(done).failure(failed).run()
        return self._operation
