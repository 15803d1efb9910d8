"""Reports page: a period's report (.xlsx / .pdf: month, half-year, quarter, year or any range of
dates), household record cards (.pdf) and register exports (.xlsx, as filtered on the register's
page), written straight onto a USB stick.

For a report the page shows what the report will say of its period (provisional, not begun, before
the register began; when a half-year report is due) and holds the narrative (新情况、新问题) and
the names of who filled it in and who checked it: they are kept with the period's report
(app.services.reports.save_note) when it is made, and shown again when the period is chosen.

The page runs no SQL: figures come from app.services.reports, files from exports/*, all on the
background worker (ui.operations.Operation) with a progress dialog and Cancel.  Removable drives
are offered first (exports.usb.removable_drives); the file is written to a temporary name,
synced, renamed and verified before the page says the stick can be removed.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QScrollArea,
    QWidget,
)

from app import registry
from app.domain.errors import DomainError
from app.domain.periods import ReportPeriod
from app.services import reports
from ui.i18n import language, stacked
from ui.operations import Operation, error_text
from ui.pages.page import Page, title_label
from ui.permissions import who_may
from ui.widgets.destination import DestinationChooser

if TYPE_CHECKING:
    from app.services.workspace import Workspace

KINDS = ("monthly", "cards", "register")
DOC_MODES = ("zh", "bo", "both")
PERIOD_KINDS = ("month", "half", "quarter", "year", "range")
#: how many periods of each kind the list offers, the latest (running) one first
PERIODS_OFFERED = {"half": 8, "quarter": 12, "year": 8}


def recent_periods(kind: str, today: date) -> list[str]:
    """Keys of the latest periods of `kind`, the one running today first."""
    if kind == "half":
        h = 1 if today.month <= 6 else 2
        keys, y = [], today.year
        for _ in range(PERIODS_OFFERED[kind]):
            keys.append(f"{y}-H{h}")
            y, h = (y, 1) if h == 2 else (y - 1, 2)
        return keys
    if kind == "quarter":
        q, y, keys = (today.month - 1) // 3 + 1, today.year, []
        for _ in range(PERIODS_OFFERED[kind]):
            keys.append(f"{y}-Q{q}")
            y, q = (y, q - 1) if q > 1 else (y - 1, 4)
        return keys
    return [str(today.year - i) for i in range(PERIODS_OFFERED["year"])]


class ReportsPage(Page):
    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
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
        self.month_edit.dateChanged.connect(lambda _d: self._period_changed())
        self.period_kind_combo = QComboBox()
        self.period_kind_combo.setObjectName("periodKindCombo")
        for kind in PERIOD_KINDS:
            self.period_kind_combo.addItem("", kind)
        self.period_kind_combo.currentIndexChanged.connect(lambda _i: self._period_kind_changed())
        # long bilingual labels must not widen the page past a laptop's screen: the popup shows them whole
        for combo in (self.period_kind_combo,):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        self.from_edit.setObjectName("fromEdit")
        self.to_edit.setObjectName("toEdit")
        for edit, day in ((self.from_edit, prev), (self.to_edit, reports.parse_month(prev.strftime("%Y-%m"))[1])):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(lambda _d: self._period_changed())
        self.range_row = QWidget()
        range_lay = QHBoxLayout(self.range_row)
        range_lay.setContentsMargins(0, 0, 0, 0)
        self.lbl_to = QLabel()
        range_lay.addWidget(self.from_edit)
        range_lay.addWidget(self.lbl_to)
        range_lay.addWidget(self.to_edit)
        range_lay.addStretch(1)
        self.period_note = QLabel()
        self.period_note.setObjectName("periodNote")
        self.period_note.setWordWrap(True)
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setObjectName("narrativeEdit")
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setFixedHeight(54)
        self.prepared_edit, self.reviewed_edit = QLineEdit(), QLineEdit()
        self.prepared_edit.setObjectName("preparedBy")
        self.reviewed_edit.setObjectName("reviewedBy")
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
        self.lbl_period_kind, self.lbl_period, self.lbl_range = QLabel(), QLabel(), QLabel()
        self.lbl_narrative, self.lbl_prepared, self.lbl_reviewed = QLabel(), QLabel(), QLabel()
        self.lbl_narrative.setWordWrap(True)
        self.lbl_narrative.setMaximumWidth(160)
        self.options.addRow(self.lbl_period_kind, self.period_kind_combo)
        self.options.addRow(self.lbl_month, self.month_edit)
        self.options.addRow(self.lbl_period, self.period_combo)
        self.options.addRow(self.lbl_range, self.range_row)
        self.options.addRow("", self.period_note)
        self.options.addRow(self.lbl_format, self.format_combo)
        self.options.addRow(self.lbl_scope, self.scope_combo)
        self.options.addRow(self.lbl_household, self.household_edit)
        self.options.addRow(self.lbl_register, self.register_combo)
        self.options.addRow("", self.register_note)
        self.options.addRow(self.lbl_lang, self.lang_combo)
        self.options.addRow("", self.full_ids)
        self.options.addRow(self.lbl_narrative, self.narrative_edit)
        # both names on one row: the page must fit a 1366x768 laptop with everything shown
        self.names_row = QWidget()
        names = QHBoxLayout(self.names_row)
        names.setContentsMargins(0, 0, 0, 0)
        names.addWidget(self.prepared_edit, 1)
        names.addWidget(self.lbl_reviewed)
        names.addWidget(self.reviewed_edit, 1)
        self.options.addRow(self.lbl_prepared, self.names_row)

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
        self.open_folder_button.hide()  # shown once a file is written

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        # The form scrolls when the window is lower than it: in Tibetan and bilingual mode its
        # rows are taller (ui.widgets.tibetan_room) and a 1366×768 laptop has no room to spare.
        body = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("reportsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.what_box)
        row.addWidget(self.options_box, 1)
        lay.addLayout(row)
        lay.addWidget(self.where_box)
        lay.addStretch(1)
        # the buttons and what they did stay below the form, on screen however far it scrolls:
        # in bilingual mode the form is taller than a 1366×768 laptop shows and the buttons
        # were below its edge
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self.result_label)
        outer.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.translateUI()
        self.destination.scan_drives()
        self._kind_changed()

    # -- texts -----------------------------------------------------------------------------------
    def translateUI(self) -> None:
        self.title.setText(self.tr("Reports and exports"))
        self.what_box.setTitle(self.tr("What to make"))
        # bilingual kinds stacked, Tibetan over Chinese: on one line the column of kinds made the
        # page wider than a 1366 px laptop leaves it
        self.kind_radio["monthly"].setText(stacked(self.tr("Report for a period")))
        self.lbl_period_kind.setText(self.tr("Period"))
        for i, text in enumerate(
            (
                self.tr("Month"),
                self.tr("Half-year (due 15 July / 15 January)"),
                self.tr("Quarter"),
                self.tr("Year"),
                self.tr("Any dates"),
            )
        ):
            self.period_kind_combo.setItemText(i, text)
        self.lbl_period.setText(self.tr("Which"))
        self.lbl_range.setText(self.tr("From"))
        self.lbl_to.setText(self.tr("to"))
        self.lbl_narrative.setText(self.tr("New developments and problems"))
        self.narrative_edit.setPlaceholderText(
            self.tr(
                "What is new this period, and what problems the office met (printed in the report and kept with it)"
            )
        )
        self.lbl_prepared.setText(self.tr("Prepared by"))
        self.lbl_reviewed.setText(self.tr("Reviewed by"))
        self.kind_radio["cards"].setText(stacked(self.tr("Household record cards (PDF)")))
        self.kind_radio["register"].setText(stacked(self.tr("Register export (.xlsx)")))
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
        self.print_button.setToolTip(
            self.tr("Print the report or the cards, with a preview (registers are printed from the saved spreadsheet)")
        )
        self._fill_scopes()
        self._register_changed()
        self._fill_periods()
        self._show_period_note()

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
            "monthly": (
                self.period_kind_combo,
                self.format_combo,
                self.period_note,
                self.narrative_edit,
                self.names_row,
            ),
            "cards": (self.scope_combo, self.household_edit),
            "register": (self.register_combo, self.register_note),
        }
        labels = {
            self.period_kind_combo: self.lbl_period_kind,
            self.narrative_edit: self.lbl_narrative,
            self.names_row: self.lbl_prepared,
            self.format_combo: self.lbl_format,
            self.scope_combo: self.lbl_scope,
            self.household_edit: self.lbl_household,
            self.register_combo: self.lbl_register,
        }
        self.print_button.setEnabled(kind != "register")
        for k, widgets in shown.items():
            for w in widgets:
                w.setVisible(k == kind)
                if w in labels:
                    labels[w].setVisible(k == kind)
        self.lang_combo.setCurrentIndex(
            DOC_MODES.index(
                "both" if kind == "cards" else (language().app_mode() if language().app_mode() in DOC_MODES else "zh")
            )
        )
        self._register_changed()
        self._period_kind_changed()

    # -- the period ------------------------------------------------------------------------------
    def period_kind(self) -> str:
        return self.period_kind_combo.currentData() or "month"

    def _period_kind_changed(self) -> None:
        on = self.kind() == "monthly"
        kind = self.period_kind()
        for widget, label, shown in (
            (self.month_edit, self.lbl_month, kind == "month"),
            (self.period_combo, self.lbl_period, kind in ("half", "quarter", "year")),
            (self.range_row, self.lbl_range, kind == "range"),
        ):
            widget.setVisible(on and shown)
            label.setVisible(on and shown)
        self._fill_periods()
        self._period_changed()

    def _fill_periods(self) -> None:
        kind = self.period_kind()
        if kind not in PERIODS_OFFERED:
            return
        keep = self.period_combo.currentData()
        keys = recent_periods(kind, date.today())
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for key in keys:
            self.period_combo.addItem(self._period_label(kind, key), key)
        # the latest closed period by default: the one a report is usually made for
        index = self.period_combo.findData(keep) if keep in keys else min(1, len(keys) - 1)
        self.period_combo.setCurrentIndex(max(index, 0))
        self.period_combo.blockSignals(False)

    def _period_label(self, kind: str, key: str) -> str:
        year = key[:4]
        if kind == "half":
            return (self.tr("%1, first half") if key.endswith("H1") else self.tr("%1, second half")).replace("%1", year)
        if kind == "quarter":
            return self.tr("%1, quarter %2").replace("%1", year).replace("%2", key[-1])
        return year

    def period(self) -> ReportPeriod:
        """The chosen period (a ValidationError, said as a sentence, for a range written backwards)."""
        kind = self.period_kind()
        if kind == "month":
            return ReportPeriod.month(self.month())
        if kind == "range":
            f, t = self.from_edit.date(), self.to_edit.date()
            return ReportPeriod.between(date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day()))
        return ReportPeriod.parse(kind, self.period_combo.currentData() or "")

    def _period_changed(self) -> None:
        self._load_note()
        self._show_period_note()
        self._suggest_name()

    def _load_note(self) -> None:
        """The narrative and names kept with the chosen period's report."""
        if self.kind() != "monthly":
            return
        try:
            note = reports.note(self.ws, self.period())
        except DomainError:  # a range written backwards: nothing kept for it
            note = {"narrative": "", "prepared_by": "", "reviewed_by": ""}
        self.narrative_edit.setPlainText(note["narrative"])
        self.prepared_edit.setText(note["prepared_by"])
        self.reviewed_edit.setText(note["reviewed_by"])

    def _show_period_note(self) -> None:
        if self.kind() != "monthly":
            return
        try:
            period = self.period()
        except DomainError as exc:
            self.period_note.setText(error_text(exc))
            return
        today = date.today()
        parts = [f"{period.start.isoformat()} – {period.end.isoformat()}"]
        if period.start > today:
            parts.append(self.tr("This period has not begun yet: there is nothing to report."))
        elif period.end >= today:
            parts.append(self.tr("Provisional: the period has not ended yet, and its figures can still change."))
        if period.due_on:
            parts.append(self.tr("Due upward by %1.").replace("%1", period.due_on.isoformat()))
        self.period_note.setText("  ".join(parts))

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
            self.tr("%1 records, as filtered on the register's page.").replace("%1", n)
            if filtered
            else self.tr("All %1 records (open the register's page to export a filtered list).").replace("%1", n)
        )
        self._suggest_name()

    def _suggest_name(self) -> None:
        kind = self.kind()
        if kind == "monthly":
            ext = self.format_combo.currentData()
            try:
                period = self.period()
            except DomainError:
                return
            prefix = {
                "month": "monthly-report",
                "half": "half-year-report",
                "quarter": "quarterly-report",
                "year": "annual-report",
                "range": "report",
            }[period.kind]
            name = f"{prefix}-{period.key.replace('..', '_')}.{ext}"
        elif kind == "cards":
            scope = self.scope_combo.currentData() or "all"
            name = f"record-cards-{scope}.pdf"
        else:
            name = f"{self.register_combo.currentData()}-{date.today().isoformat()}.xlsx"
        from app.safe_write import safe_file_name

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
            period, fmt = self.period(), self.format_combo.currentData()
            # the narrative and names are kept with the period's report before it is made
            reports.save_note(
                ws,
                period,
                narrative=self.narrative_edit.toPlainText(),
                prepared_by=self.prepared_edit.text(),
                reviewed_by=self.reviewed_edit.text(),
            )
            from app.services.report_document import document

            if fmt == "pdf":
                from exports.pdf.report import write_report_pdf

                return lambda: write_report_pdf(
                    document(ws, reports.build(ws, period), mode, full_ids=full, sheets=False), out
                )
            from exports.xlsx.monthly import write_monthly

            return lambda: write_monthly(document(ws, reports.build(ws, period), mode, full_ids=full), out)
        if kind == "cards":
            from app.services.cards import card_batch, households_for
            from exports.pdf.cards import write_cards

            one = self.household_edit.text().strip()
            village = self.scope_combo.currentData()

            def cards():
                from exports.pdf.cards import part_paths

                ids = households_for(
                    ws, household=one or None, village=None if one else (village or None), all_=not one and not village
                )
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
            # the period chosen (a half-year, a quarter … not only a month), built as the Make
            # button builds the PDF: the printed pages are the file's pages
            period = self.period()
            from app.services.report_document import document
            from exports.pdf.report import write_report_pdf

            return lambda out: write_report_pdf(
                document(ws, reports.build(ws, period), mode, full_ids=full, sheets=False), out
            )
        if kind == "cards":
            from app.services.cards import card_batch, households_for
            from exports.pdf.cards import part_paths, write_cards

            one = self.household_edit.text().strip()
            village = self.scope_combo.currentData()

            def make(out):
                ids = households_for(
                    ws, household=one or None, village=None if one else (village or None), all_=not one and not village
                )
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
        if self.kind() == "monthly" and self.period_kind() == "month":
            title = self.tr("Monthly report %1").replace("%1", self.month())
        elif self.kind() == "monthly":
            from app.services.report_document import report_title

            period = self.period()
            level = (self.ws.office or {}).get("level")
            title = f"{report_title(level, period.kind, self.lang_combo.currentData())} {period.key}"
        else:
            title = self.tr("Household record cards: %1").replace(
                "%1", self.household_edit.text().strip() or self.scope_combo.currentText()
            )
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
        try:
            fn = self.work()
        except Exception as exc:  # noqa: BLE001 - a period written backwards, a narrative too long: said, nothing written
            self.last_error = error_text(exc)
            self.result_label.setText(self.last_error)
            return None
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
            text = (
                self.tr("Written and checked: %1. The USB stick can now be removed.")
                if on_removable_drive(written[0])
                else self.tr("Written and checked: %1.")
            )
            self.result_label.setText(text.replace("%1", ", ".join(written)))
            self.open_folder_button.show()

        def failed(exc):
            from ui.taskman import Cancelled

            self.make_button.setEnabled(True)
            self.last_error = "" if isinstance(exc, Cancelled) else error_text(exc)
            self.result_label.setText(
                self.tr("Cancelled: no file was written.") if isinstance(exc, Cancelled) else self.last_error
            )

        self._operation = (
            Operation(self, fn)
            .with_progress(self.tr("Writing %1…").replace("%1", Path(out).name), cancellable=True)
            .success(done)
            .failure(failed)
            .run()
        )
        return self._operation
