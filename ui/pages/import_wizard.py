"""The roster import wizard: file → sheet and header row → columns → preview with errors → import.

Everything it decides is done by app.services.roster (the same steps as the `import-roster`
command); this module only shows them.  Reading the sheet runs here on the GUI thread (a few
seconds at most for the largest roster the limits let through; calamine itself runs in a child
process with a memory limit, app.services.roster.reader, so no file can close the window); checking every row and the import run on the worker (ui.operations)
with a progress dialog and Cancel — a cancelled import rolls back and leaves nothing.

Rows with errors are left out: the Import button says how many rows will be written, and asks
once more when some rows are left out.  The error list can be saved as .xlsx to fix the roster.

Open it with :func:`open_import_wizard` (main window: File menu and the Households page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.idnumber import mask_id_number
from app.domain.money import format_yuan
from app import i18n as app_i18n
from app.services import roster
from app.i18n import DOMAIN
from ui.i18n import Label, Retranslatable, Word, join_texts, language
from ui.operations import Operation, show_error

if TYPE_CHECKING:
    from app.services.workspace import Workspace

PREVIEW_ROWS = 12

# the preview table's texts: marked here for lupdate, translated when shown
_HEADERS = [
    QT_TRANSLATE_NOOP("ImportWizard", "Row"),
    QT_TRANSLATE_NOOP("ImportWizard", "Action"),
    QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    QT_TRANSLATE_NOOP("ImportWizard", "ID number"),
    QT_TRANSLATE_NOOP("ImportWizard", "Village"),
    QT_TRANSLATE_NOOP("ImportWizard", "Loan (yuan)"),
    QT_TRANSLATE_NOOP("ImportWizard", "Errors and notes"),
]
_ACTIONS = {
    "new": QT_TRANSLATE_NOOP("ImportWizard", "New household"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Update stored household"),
    "skip": QT_TRANSLATE_NOOP("ImportWizard", "Skipped: duplicate"),
    "error": QT_TRANSLATE_NOOP("ImportWizard", "Not imported: error"),
    "subtotal": QT_TRANSLATE_NOOP("ImportWizard", "Skipped: a row of totals"),
}
_SAME_ID = QT_TRANSLATE_NOOP("ImportWizard", "same ID number as row %1")
_REGISTERED = QT_TRANSLATE_NOOP("ImportWizard", "already registered: %1")
_LOAN_THERE = QT_TRANSLATE_NOOP("ImportWizard", "this loan is already recorded: %1")
_GRANTED = QT_TRANSLATE_NOOP("ImportWizard", "%1 granted, balance %2")
#: filled per language by Language.fill (marked here so the translation tools collect it)
_ONE_COLUMN = QT_TRANSLATE_NOOP("MappingPage", "Each field can come from one column only: %1.")
_READ_AS = QT_TRANSLATE_NOOP("PreviewPage", "Column %1 “%2” is read as: %3. %4")
_CHOSEN_AS = QT_TRANSLATE_NOOP("PreviewPage", "Column %1 “%2” is read as: %3, as you chose.")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ImportWizard", text)


def _intro() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("pageIntro")
    return label


# -- page 1: the file ---------------------------------------------------------------------------


class FilePage(Retranslatable, QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("rosterPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fileError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9c0006")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.translateUI()

    def translateUI(self) -> None:
        self.setTitle(self.tr("Choose the roster file"))
        self.note.setText(
            self.tr(
                "An Excel or WPS roster (.xlsx, .xls or .ods) or a CSV file exported by another system, of "
                "households, with or without their loan demands. Nothing is written before the last step."
            )
        )
        self.browse.setText(self.tr("Browse…"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster file"), "", self.tr("Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = self.path_edit.text().strip()
        if self.wiz.prepared is not None and self.wiz.loaded_path == path:
            return True
        self.error.clear()
        # the file is checked and read on the worker (seconds for a big roster); Next again when done
        self.wiz.load(path, None, on_done=self.wiz.next, on_error=self._failed)
        return False

    def _failed(self, exc: BaseException) -> None:
        from ui.operations import error_text

        self.error.setText(error_text(exc))


# -- page 2: sheet and header row -------------------------------------------------------------


class SheetPage(Retranslatable, QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheetBox")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(1, 1000)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("sheetPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sheet_label = QLabel()
        self.header_label = QLabel()
        # a workbook with one sheet per village: the sheets ticked here are imported together
        self.sheets_label = QLabel()
        self.sheets_label.setWordWrap(True)
        self.sheets_list = QListWidget()
        self.sheets_list.setObjectName("sheetsList")
        self.sheets_list.setMaximumHeight(90)
        self.form = QFormLayout()
        self.form.addRow(self.sheet_label, self.sheet_box)
        self.form.addRow(self.header_label, self.header_spin)
        self.form.addRow(self.sheets_label, self.sheets_list)
        self.intro = _intro()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        self.sheet_box.activated.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self._busy = False
        self.translateUI()

    def translateUI(self) -> None:
        self.setTitle(self.tr("Sheet and header row"))
        self.intro.setText(
            self.tr(
                "The header row names the columns. It was looked for in the first rows; "
                "change it if another row holds the column names."
            )
        )
        self.sheet_label.setText(self.tr("Sheet"))
        self.header_label.setText(self.tr("Header row"))
        self.sheets_label.setText(
            self.tr(
                "Import these sheets together (one per village; a sheet without a "
                "village column gives its rows the sheet's name as village):"
            )
        )
        self._describe()

    def initializePage(self) -> None:
        self._busy = True
        self.sheet_box.clear()
        self.sheet_box.addItems(self.wiz.book.sheet_names)
        self.sheet_box.setCurrentText(self.wiz.prepared.sheet.name)
        self.header_spin.setMaximum(max(1, self.wiz.prepared.sheet.height))
        self.header_spin.setValue(max(1, self.wiz.prepared.header_row))
        chosen = set(self.wiz.chosen_sheets())
        self.sheets_list.clear()
        for name in self.wiz.book.sheet_names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = name == self.wiz.prepared.sheet.name or name in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.sheets_list.addItem(item)
        several = len(self.wiz.book.sheet_names) > 1
        self.sheets_list.setVisible(several)
        self.sheets_label.setVisible(several)
        self._busy = False
        self._show()

    def ticked(self) -> list[str]:
        """The sheets ticked, the shown one first (its columns are the ones chosen next)."""
        shown = self.wiz.prepared.sheet.name
        names = [
            self.sheets_list.item(i).text()
            for i in range(self.sheets_list.count())
            if self.sheets_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return [shown] + [n for n in names if n != shown]

    def validatePage(self) -> bool:
        self.wiz.extra_sheets = self.ticked()[1:]
        return True

    def _sheet_chosen(self) -> None:
        self.wiz.load(
            self.wiz.loaded_path,
            self.sheet_box.currentText(),
            on_done=self.initializePage,
            on_error=lambda exc: show_error(self, exc),
        )

    def _header_chosen(self, value: int) -> None:
        if self._busy:
            return
        self.wiz.read_sheet(self.wiz.prepared.sheet.name, value, reread=False)
        self._show()

    def _describe(self) -> None:
        p = getattr(self.wiz, "prepared", None)
        if p is None:
            return
        if not p.header_row:
            self.found.setText(self.tr("No header row was recognised: choose the row that names the columns."))
        else:
            self.found.setText(self.tr("%n column(s) recognised.", "", len(p.mapping)))

    def _show(self) -> None:
        p = self.wiz.prepared
        rows = p.sheet.rows[: max(p.header_row, 1) + PREVIEW_ROWS]
        width = max((len(r) for r in rows), default=0)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([roster.column_letter(i) for i in range(width)])
        self.table.setVerticalHeaderLabels([str(i + 1) for i in range(len(rows))])
        bold = self.table.font()
        bold.setBold(True)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(roster.cell_text(value))
                if r + 1 == p.header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#fff2cc")))
                self.table.setItem(r, c, item)
        self._describe()


# -- page 3: columns ----------------------------------------------------------------------------


class MappingPage(Retranslatable, QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.table = QTableWidget()
        self.table.setObjectName("mappingTable")
        self.table.setColumnCount(4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.product_box = QComboBox()
        self.product_box.setObjectName("defaultProduct")
        self.product_label = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9c0006")
        row = QHBoxLayout()
        row.addWidget(self.product_label)
        row.addWidget(self.product_box, 1)
        self.intro = _intro()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.combos: dict[int, QComboBox] = {}
        self.translateUI()

    def translateUI(self) -> None:
        self.setTitle(self.tr("Columns"))
        self.intro.setText(
            self.tr(
                "Choose what each column holds. Columns marked “not imported” are left out. "
                "Your choice is remembered for rosters with the same columns."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("First value"), self.tr("Imported as")]
        )
        self.product_label.setText(self.tr("Loan product for rows that name none:"))
        for combo in self.combos.values():
            self._fill_fields(combo, combo.currentData())
        self._fill_products()

    def _fill_fields(self, combo: QComboBox, current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(language().tr_domain(roster.field_label("ignore")), "")
        for key in roster.IMPORT_FIELDS:
            combo.addItem(language().tr_domain(roster.field_label(key)), key)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))
        combo.blockSignals(False)

    def _fill_products(self) -> None:
        current = self.product_box.currentData()
        self.product_box.clear()
        self.product_box.addItem(self.tr("(none: such rows are errors)"), None)
        lang = language()
        for p in self.wiz.ws.reference.products():
            if p.active:
                self.product_box.addItem(lang.label(p.name_zh, p.name_bo), p.code)
        self.product_box.setCurrentIndex(max(0, self.product_box.findData(current)))

    def initializePage(self) -> None:
        p = self.wiz.prepared
        headers = p.headers
        first = next((r for r in p.sheet.rows[p.header_row :] if any(roster.cell_text(v) for v in r)), [])
        width = max(len(headers), len(first))
        self.table.setRowCount(width)
        self.combos = {}
        for c in range(width):
            self.table.setItem(c, 0, QTableWidgetItem(roster.column_letter(c)))
            self.table.setItem(c, 1, QTableWidgetItem(headers[c] if c < len(headers) else ""))
            self.table.setItem(c, 2, QTableWidgetItem(roster.cell_text(first[c]) if c < len(first) else ""))
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{c}")
            self._fill_fields(combo, p.mapping.get(c))
            self.table.setCellWidget(c, 3, combo)
            self.combos[c] = combo
        self.error.clear()

    def mapping(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in self.combos.items() if combo.currentData()}

    def validatePage(self) -> bool:
        mapping = self.mapping()
        fields = list(mapping.values())
        twice = sorted({f for f in fields if fields.count(f) > 1})
        if twice:
            # field names are words: each half of bilingual text lists them in its own language
            names = Label(
                *(", ".join(app_i18n.translate(roster.field_label(f), lang) for f in twice) for lang in ("zh", "bo"))
            )
            self.error.setText(language().fill("MappingPage", _ONE_COLUMN, names))
            return False
        if not set(fields) & {"name", "name_bo"} or "id_number" not in fields:
            self.error.setText(
                self.tr(
                    "Choose the column of the household head's name and the column of the ID "
                    "number: rows are matched to households by them."
                )
            )
            return False
        self.wiz.mapping = mapping
        self.wiz.default_product = self.product_box.currentData()
        return True


# -- page 4: preview ------------------------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """The plan's rows (50,000 of them are fine: a model, not a widget per cell)."""

    COLUMNS = 7

    def __init__(self, ws: Workspace):
        super().__init__()
        self.ws = ws
        self.plan: roster.Plan | None = None
        self.rows: list = []
        self.full_ids = ws.can_see_full_id_numbers()

    def set_plan(self, plan, only_problems: bool) -> None:
        self.beginResetModel()
        self.plan = plan
        self.rows = (
            [
                r
                for r in plan.rows
                if r.action != "ignored"
                and (not only_problems or r.action in ("error", "skip", "subtotal") or r.duplicate or r.warnings)
            ]
            if plan
            else []
        )
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _tr(_HEADERS[section])

    def action_text(self, r) -> str:
        def text_in(tr) -> str:
            text = tr(_ACTIONS[r.action]) if r.action in _ACTIONS else r.action
            if r.duplicate == "file":
                text += " — " + tr(_SAME_ID).replace("%1", r.duplicate_of)
            elif r.duplicate == "register":
                text += " — " + tr(_REGISTERED).replace("%1", r.duplicate_of)
            elif r.duplicate == "loan":
                text += " — " + tr(_LOAN_THERE).replace("%1", r.duplicate_of)
            return text

        lang = language()
        if lang.mode != "both":
            return text_in(_tr)
        # one whole text per language ("bo action — bo note / zh action — zh note"), not the halves mixed
        zh, bo = (text_in(lambda s, one=one: app_i18n.translate(s, one, "ImportWizard")) for one in ("zh", "bo"))
        return join_texts(zh, bo, lang.tibetan_first)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and r.action == "error":
            return QBrush(QColor("#9c0006"))
        if role == Qt.ItemDataRole.BackgroundRole and r.action == "error":
            return QBrush(QColor("#fce4d6"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 6):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = language()
        h = r.target.household if r.target is not None and r.action in ("new", "update") else None
        if h is None and r.shown and col in (2, 3):
            name, number = r.shown
            if col == 2:
                return name
            return number if self.full_ids or len(number) != 18 else mask_id_number(number)
        if col == 0:
            return (r.sheet + " " if r.sheet else "") + lang.digits(str(r.row))
        if col == 1:
            return self.action_text(r)
        if col == 2:
            return lang.label(h.name_zh, h.name_bo) if h else ""
        if col == 3:
            if not h:
                return ""
            return h.id_number if self.full_ids else mask_id_number(h.id_number)
        if col == 4:
            return r.target.village_name if h else ""
        if col == 5:
            if r.granted is not None and h:
                # a ledger's loan already granted: its amount and what is still owed
                return (
                    _tr(_GRANTED)
                    .replace("%1", lang.digits(format_yuan(r.granted.amount_fen)))
                    .replace("%2", lang.digits(format_yuan(r.granted.balance_fen)))
                )
            return lang.digits(format_yuan(r.loan.amount_fen)) if r.loan is not None and h else ""
        if col == 6:
            headers = self.plan.headers if self.plan else []
            parts = []
            for f in r.errors + r.warnings:
                where = f.where(headers)
                text = lang.problem_text(f.problem)
                parts.append(f"{where}: {text}" if where else text)
            return "\n".join(parts)
        return None


class PreviewPage(Retranslatable, QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.skip = QRadioButton()
        self.skip.setObjectName("duplicateSkip")
        self.update_ = QRadioButton()
        self.update_.setObjectName("duplicateUpdate")
        self.skip.setChecked(True)
        self.dup_group = QButtonGroup(self)
        self.dup_group.addButton(self.skip)
        self.dup_group.addButton(self.update_)
        self.dup_label = QLabel()
        self.only_problems = QCheckBox()
        self.only_problems.setObjectName("onlyProblems")
        self.save_errors = QPushButton()
        self.save_errors.setObjectName("saveErrors")
        # headers that can mean two things (登记日期: the household's or the loan's date)
        self.readings = QLabel()
        self.readings.setObjectName("readingNotes")
        self.readings.setWordWrap(True)
        self.readings.setStyleSheet("background: #fff2cc; padding: 4px")
        self.change_columns = QPushButton()
        self.change_columns.setObjectName("changeColumns")
        self.change_columns.clicked.connect(self.wiz.back)
        self.model = PreviewModel(wizard.ws)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        dup = QHBoxLayout()
        dup.addWidget(self.dup_label)
        dup.addWidget(self.skip)
        dup.addWidget(self.update_)
        dup.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.only_problems)
        tools.addStretch(1)
        tools.addWidget(self.save_errors)
        self.intro = _intro()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        readings = QHBoxLayout()
        readings.addWidget(self.readings, 1)
        readings.addWidget(self.change_columns)
        layout.addLayout(readings)
        layout.addLayout(dup)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        self.dup_group.buttonClicked.connect(lambda _b: self.recheck())
        self.only_problems.toggled.connect(lambda _on: self._show())
        self.save_errors.clicked.connect(self._save_errors)
        self.setFinalPage(True)
        self.translateUI()

    def translateUI(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.intro.setText(self.tr("What the import will do, row by row. Nothing has been written yet."))
        self.dup_label.setText(self.tr("A household already registered, or twice in the file:"))
        self.skip.setText(self.tr("Skip the row"))
        self.update_.setText(self.tr("Update the stored household"))
        self.only_problems.setText(self.tr("Only rows with errors, duplicates or notes"))
        self.save_errors.setText(self.tr("Save the rows with errors…"))
        self.change_columns.setText(self.tr("Change how columns are read…"))
        self._describe()

    def on_duplicate(self) -> str:
        return "update" if self.update_.isChecked() else "skip"

    def initializePage(self) -> None:
        self.recheck()

    def recheck(self) -> None:
        self.wiz.plan = None
        self.completeChanged.emit()
        self._show()
        self.wiz.check_rows(self.on_duplicate(), self._checked)

    def _checked(self, plan) -> None:
        self.wiz.plan = plan
        self._show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.plan is not None and self.wiz.plan.importable

    def _show(self) -> None:
        self.model.set_plan(self.wiz.plan, self.only_problems.isChecked())
        self.view.resizeColumnsToContents()
        self._describe()

    def _describe_readings(self) -> None:
        prepared = self.wiz.prepared
        lang = language()
        lines = []
        for r in prepared.readings if prepared is not None else []:
            current = self.wiz.mapping.get(r.column) or "ignore"
            field = Word(roster.field_label(current), DOMAIN)
            letter = roster.column_letter(r.column)
            if current == r.field:
                lines.append(lang.fill("PreviewPage", _READ_AS, letter, r.header, field, Word(r.reason, DOMAIN)))
            else:
                lines.append(lang.fill("PreviewPage", _CHOSEN_AS, letter, r.header, field))
        self.readings.setText("\n".join(lines))
        self.readings.setVisible(bool(lines))
        self.change_columns.setVisible(bool(lines))

    def _describe(self) -> None:
        plan = self.wiz.plan
        self._describe_readings()
        self.save_errors.setEnabled(bool(plan and plan.error_rows))
        if plan is None:
            self.summary.setText(self.tr("Checking the rows…"))
            self.wiz.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
            return
        s = roster.summary(plan, dry_run=True)
        lang = language()
        self.summary.setText(
            self.tr(
                "Rows read: %1. New households: %2. Households updated: %3. Loan demands: %4. "
                "Duplicates skipped: %5. Rows with errors (left out): %6."
            )
            .replace("%1", lang.fmt_int(s.rows_read))
            .replace("%2", lang.fmt_int(s.created))
            .replace("%3", lang.fmt_int(s.updated))
            .replace("%4", lang.fmt_int(s.loans))
            .replace("%5", lang.fmt_int(s.skipped))
            .replace("%6", lang.fmt_int(s.errors))
        )
        notes = []
        if plan.granted:
            notes.append(
                self.tr("Of these, loans already granted (a ledger's rows, with their balances): %1.").replace(
                    "%1", lang.fmt_int(plan.granted)
                )
            )
        if plan.subtotal_rows:
            notes.append(
                self.tr("Rows of totals skipped: %1 (rows %2).")
                .replace("%1", lang.fmt_int(len(plan.subtotal_rows)))
                .replace("%2", ", ".join(plan.subtotal_rows[:20]) + ("…" if len(plan.subtotal_rows) > 20 else ""))
            )
        for name, exc in self.wiz.left_out:
            notes.append(self.tr("Sheet %1 left out: %2").replace("%1", name).replace("%2", lang.error_text(exc)))
        if notes:
            self.summary.setText(self.summary.text() + "\n" + "\n".join(notes))
        rows = plan.count("new") + plan.count("update")
        self.wiz.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import %n row(s)", "", rows))

    def _save_errors(self) -> None:
        plan = self.wiz.plan
        if not plan:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rows with errors"), self.tr("rows-to-fix.xlsx"), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.wiz.save_errors(path)


# -- the wizard ----------------------------------------------------------------------------------


class ImportWizard(Retranslatable, QWizard):
    """`ImportWizard(ws, parent)`; `imported` holds the ImportResult after a successful import."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ws = ws
        self.book: roster.Workbook | None = None
        self.prepared: roster.Prepared | None = None
        self.loaded_path = ""
        self.mapping: dict[int, str] = {}
        self.default_product: str | None = None
        self.extra_sheets: list[str] = []  # sheets imported together with the shown one
        self.left_out: list = []  # (sheet, RosterFileError) of sheets that could not be used
        self.plan: roster.Plan | None = None
        self.imported: roster.ImportResult | None = None
        self.operation: Operation | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(980, 680)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(self.tr("Import a roster"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    # -- steps (also called by tests) ------------------------------------------------------------
    def load(self, path: str, sheet: str | None, *, on_done, on_error) -> None:
        """Check and open `path`, read `sheet` (default: the first with data) on the worker; then
        `on_done()` on the GUI thread (the wizard's book and prepared set), or `on_error(exc)`."""
        ws = self.ws
        same_book = self.book if (self.book is not None and path == self.loaded_path) else None

        def work():
            book = same_book or roster.open_roster(ws, path)
            try:
                return book, roster.prepare(ws, book, sheet)
            except BaseException:
                if book is not same_book:
                    book.close()
                raise

        def done(result) -> None:
            book, prepared = result
            if self.book is not None and self.book is not book:
                self.book.close()
            self.book, self.loaded_path = book, path
            self.prepared = prepared
            if not prepared.header_row:
                prepared.header_row = 1
            on_done()

        self.operation = (
            Operation(self, work).with_progress(self.tr("Reading the roster…")).success(done).failure(on_error).run()
        )

    def read_sheet(self, sheet: str | None, header_row: int | None, reread: bool = True) -> None:
        if not reread and self.prepared is not None:
            # another header row of the sheet already read: match its columns again (no file access)
            p = self.prepared
            guess = (
                roster.columns.score_row(p.sheet.rows[header_row - 1])[1] if 0 < header_row <= len(p.sheet.rows) else {}
            )
            self.prepared = roster.matched_columns(self.ws, p.sheet, header_row, guess)
            return
        self.prepared = roster.prepare(self.ws, self.book, sheet, header_row)
        if not self.prepared.header_row:
            self.prepared.header_row = 1

    def chosen_sheets(self) -> list[str]:
        return ([self.prepared.sheet.name] if self.prepared else []) + list(self.extra_sheets)

    def check_rows(self, on_duplicate: str, done) -> None:
        """Build the plan on the worker, with progress; `done(plan)` on the GUI thread."""
        p = self.prepared
        options = roster.ImportOptions(on_duplicate=on_duplicate, default_product=self.default_product)
        rows, header_row, mapping, ws = p.sheet.rows, p.header_row, dict(self.mapping), self.ws
        extra, book = [s for s in self.extra_sheets if s != p.sheet.name], self.book

        def several():
            # the other sheets read and matched on the worker; one laid out as the shown sheet
            # takes the columns chosen for it
            others, self.left_out = roster.prepare_sheets(ws, book, extra, skip_unusable=True)
            shown = roster.layout_key(p.headers)
            parts = [roster.SheetPart(p.sheet.name, rows, header_row, mapping)]
            parts += [
                roster.SheetPart(
                    o.sheet.name,
                    o.sheet.rows,
                    o.header_row,
                    mapping if roster.layout_key(o.headers) == shown else o.mapping,
                )
                for o in others
            ]
            return (yield from roster.iter_plan_sheets(ws, parts, options))

        self.left_out = []
        work = (
            several if extra else (lambda: roster.iter_plan(ws, rows, header_row, mapping, options, sheet=p.sheet.name))
        )
        self.operation = (
            Operation(self, work)
            .with_progress(self.tr("Checking the rows…"), cancellable=True)
            .success(done)
            .failure(lambda exc: show_error(self, exc))
            .run()
        )

    def save_errors(self, path: str) -> None:
        try:
            n = roster.write_errors_xlsx(self.plan, path, language().app_mode())
        except Exception as exc:  # noqa: BLE001 - any failure to write (full, locked by Excel) as a sentence
            show_error(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Rows with errors"),
            self.tr("%n row(s) with errors were saved. Fix them and import the file again.", "", n),
        )

    def accept(self) -> None:
        plan = self.plan
        if plan is None or not plan.importable:
            return
        if plan.error_rows:
            answer = QMessageBox.question(
                self,
                self.tr("Rows with errors"),
                self.tr("%n row(s) have errors and will be left out. Import the other rows?", "", len(plan.error_rows)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        book, ws = self.book, self.ws
        info = book.info if book else None

        def work():
            # a connection of its own: the window keeps answering during a county-size import
            with ws.own_connection() as worker_ws:
                return (
                    yield from roster.iter_import(
                        worker_ws,
                        plan,
                        file_name=info.path.name if info else "",
                        file_sha256=info.sha256 if info else "",
                    )
                )

        self.operation = (
            Operation(self, work)
            .with_progress(self.tr("Importing…"), cancellable=True)
            .success(self._imported)
            .failure(lambda exc: show_error(self, exc))
            .run()
        )

    def _imported(self, result) -> None:
        self.imported = result
        lang = language()
        QMessageBox.information(
            self,
            self.tr("Import finished"),
            self.tr("New households: %1. Households updated: %2. Loan demands: %3. Rows left out: %4.")
            .replace("%1", lang.fmt_int(result.created))
            .replace("%2", lang.fmt_int(result.updated))
            .replace("%3", lang.fmt_int(result.loans))
            .replace("%4", lang.fmt_int(result.errors + result.skipped)),
        )
        if self.book is not None:
            self.book.close()
        super().accept()

    def reject(self) -> None:
        if self.book is not None:
            self.book.close()
        super().reject()


def open_import_wizard(main_window) -> ImportWizard:
    """Open the wizard over the main window; its pages refresh after an import."""
    wizard = ImportWizard(main_window.ws, main_window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def finished(code: int) -> None:
        if wizard.imported is not None:
            main_window.notify_changed(None)
            main_window.refresh_all()

    wizard.finished.connect(finished)
    wizard.open()
    return wizard
