"""Sync page (DESIGN §6): make this office's package (straight onto a USB stick), import the
packages of the offices below, see which offices have reported for a month, and the history of
packages made and imported with their reports; and the office keys, as the command offices does
them: save this office's key file, register the office above's key (packages are then encrypted
to it) and register an office below.

All work goes through app.services.sync on the background worker (ui.operations.Operation); the
page runs no SQL.  Texts are tr() strings set in translateUI(); reports come from the service in
the current language mode.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.idnumber import mask_id_number
from app.services import sync, sync_conflicts, sync_down
from ui.i18n import language
from ui.operations import Operation, error_text, run_now
from ui.pages.page import Page
from ui.permissions import permit
from ui.widgets.destination import DestinationChooser
from ui.widgets.flow import FlowLayout

if TYPE_CHECKING:
    from app.services.workspace import Workspace

OVERDUE = QColor("#b71c1c")
OVERDUE_BG = QColor("#fde0dc")
SENT = QColor("#1b5e20")


def report_html(r) -> str:
    """One import report as rich text: the headline, the counts per register, then the notes (a
    package from the office above: its sentences)."""
    lang = language()
    mode = lang.app_mode()
    if isinstance(r, sync_down.DownReport):
        color = OVERDUE.name() if r.rejected else "palette(text)"
        head, *rest = r.lines(mode)
        items = "".join(f"<li>{html.escape(line.strip())}</li>" for line in rest)
        return f"<p style='color:{color}'><b>{html.escape(head)}</b></p>" + (f"<ul>{items}</ul>" if items else "")
    color = OVERDUE.name() if r.rejected else "palette(text)"
    out = [f"<p style='color:{color}'><b>{html.escape(r.headline(mode))}</b></p>"]
    rows = r.table_rows(mode)
    if rows:
        head = "".join(
            f"<th align='{'left' if i == 0 else 'right'}'>{html.escape(c)}</th>" for i, c in enumerate(r.columns(mode))
        )
        body = []
        for row in rows:
            cells = [f"<td>{html.escape(row[0])}</td>"]
            for i, v in enumerate(row[1:]):
                style = f" style='color:{OVERDUE.name()}'" if i == 3 and v else ""
                cells.append(f"<td align='right'{style}>{lang.fmt_int(v)}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        body = "".join(body)
        out.append(f"<table cellpadding='3' cellspacing='0'><tr>{head}</tr>{body}</table>")
    notes = r.notes(mode)
    if notes:
        out.append("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in notes) + "</ul>")
    return "".join(out)


def _scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls it vertically when it is too tall."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


class _Table(QTableWidget):
    """A table that asks for `rows_asked` rows of height (0: Qt's own wish) and gets more when
    there is room."""

    def __init__(self, columns: int, rows_asked: int = 0):
        super().__init__(0, columns)
        self.rows_asked = rows_asked

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.rows_asked:
            rows = self.rows_asked * self.verticalHeader().defaultSectionSize()
            hint.setHeight(self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + 16)
        return hint

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().boundedTo(self.sizeHint())


def _table(columns: int, name: str, rows_asked: int = 0) -> QTableWidget:
    t = _Table(columns, rows_asked)
    t.setObjectName(name)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


class SyncPage(Page):
    #: (done, total) from the worker thread; queued to the GUI thread by Qt
    progressed = Signal(int, int)

    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
        super().__init__(ws, main_window, parent)
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.last_export: sync.ExportResult | None = None
        self.last_reports: list[sync.ImportReport] = []
        self.last_down: sync_down.DownExport | None = None
        self._history_rows: list[dict] = []
        self._operation: Operation | None = None

        # -- make a package ----------------------------------------------------------------------
        self.export_box = QGroupBox()
        self.destination = DestinationChooser(folder_name="exportFolder", colons=True)
        self.folder_edit = self.destination.folder_edit
        self.drive_combo = self.destination.drive_combo
        self.period_edit = QLineEdit(ws.sync.default_period())
        self.period_edit.setObjectName("exportPeriod")
        self.period_edit.setMaxLength(7)
        self.export_pass = QLineEdit()
        self.export_pass.setObjectName("exportPassphrase")
        self.export_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.make_package)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = self.destination.form  # the page's rows in the chooser's form: the labels line up
        self.lbl_period, self.lbl_export_pass = QLabel(), QLabel()
        form.addRow(self.lbl_period, self.period_edit)
        form.addRow(self.lbl_export_pass, self.export_pass)
        lay = QVBoxLayout(self.export_box)
        lay.addWidget(self.destination)
        lay.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.export_result)

        # -- office keys (offices export-key / set-upper / add-subordinate) ------------------------
        self.keys_box = QGroupBox()
        self.keys_box.setObjectName("keysBox")
        self.own_key_label = QLabel()
        self.own_key_label.setObjectName("ownKey")
        self.upper_label = QLabel()
        self.upper_label.setObjectName("upperKey")
        self.keys_result = QLabel()
        self.keys_result.setObjectName("keysResult")
        for label in (self.own_key_label, self.upper_label, self.keys_result):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_key_button = QPushButton()
        self.save_key_button.setObjectName("saveKeyButton")
        self.save_key_button.clicked.connect(lambda: self.save_key_file())
        self.upper_button = QPushButton()
        self.upper_button.setObjectName("setUpperButton")
        self.upper_button.clicked.connect(lambda: self.register_upper())
        self.subordinate_button = QPushButton()
        self.subordinate_button.setObjectName("addSubordinateButton")
        self.subordinate_button.clicked.connect(lambda: self.register_subordinate())
        klay = QVBoxLayout(self.keys_box)
        klay.addWidget(self.own_key_label)
        klay.addWidget(self.upper_label)
        krow = FlowLayout()  # bilingual texts wrap rather than widen the window
        for b in (self.save_key_button, self.upper_button, self.subordinate_button):
            krow.addWidget(b)
        klay.addLayout(krow)
        klay.addWidget(self.keys_result)
        klay.addStretch(1)
        self._key_message: tuple[str, tuple[str, ...]] | None = None

        # -- import packages ---------------------------------------------------------------------
        self.import_box = QGroupBox()
        self.import_pass = QLineEdit()
        self.import_pass.setObjectName("importPassphrase")
        self.import_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.dry_run = QCheckBox()
        self.dry_run.setObjectName("dryRun")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.choose_and_import)
        iform = QFormLayout()
        self.lbl_import_pass = QLabel()
        iform.addRow(self.lbl_import_pass, self.import_pass)
        ilay = QVBoxLayout(self.import_box)
        ilay.addLayout(iform)
        row = FlowLayout()  # wraps rather than widen the window (bilingual texts)
        row.addWidget(self.import_button)
        row.addWidget(self.dry_run)
        ilay.addLayout(row)

        # -- reporting completeness --------------------------------------------------------------
        self.status_box = QGroupBox()
        self.month_edit = QLineEdit(ws.sync.default_period())
        self.month_edit.setObjectName("statusMonth")
        self.month_edit.setMaxLength(7)
        self.month_edit.editingFinished.connect(self.refresh_status)
        self.status_note = QLabel()
        self.status_note.setObjectName("statusNote")
        self.status_note.setWordWrap(True)
        # asks for a few rows: its own wish (a dozen rows) made the top of the page so tall in
        # bilingual mode that the packages made and imported showed no row at all
        self.status_table = _table(4, "statusTable", rows_asked=2)
        slay = QVBoxLayout(self.status_box)
        mrow = QHBoxLayout()
        self.lbl_month = QLabel()
        mrow.addWidget(self.lbl_month)
        mrow.addWidget(self.month_edit)
        mrow.addWidget(self.status_note, 1)
        slay.addLayout(mrow)
        slay.addWidget(self.status_table)
        self._status_layout = slay

        # -- history and the selected report -----------------------------------------------------
        self.history_box = QGroupBox()
        self.history_table = _table(7, "historyTable")
        self.history_table.itemSelectionChanged.connect(self._history_selected)
        self.report_view = QTextBrowser()
        self.report_view.setObjectName("reportView")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.history_table)
        split.addWidget(self.report_view)
        # the packages first: split evenly, the bilingual page left the table a header and a
        # scroll bar, no row, on a 1366×768 laptop (the report of the one selected can be lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        self.report_view.setMinimumHeight(2 * self.report_view.fontMetrics().height())
        hlay = QVBoxLayout(self.history_box)
        hlay.addWidget(split)

        # -- households that came from two villages (issue #20) -----------------------------------
        self.conflicts_box = QGroupBox()
        self.conflicts_box.setObjectName("conflictsBox")
        self.conflicts_note = QLabel()
        self.conflicts_note.setObjectName("conflictsNote")
        self.conflicts_note.setWordWrap(True)
        self.conflicts_table = _table(5, "conflictsTable")
        self.conflicts_table.itemSelectionChanged.connect(self._conflict_buttons)
        self._conflicts: list[dict] = []
        self.conflict_buttons: dict[str, QPushButton] = {}
        crow = FlowLayout()  # five bilingual buttons wrap on a 1366-pixel laptop (issue 15)
        for key in ("keep_local", "keep_incoming", "moved_incoming", "moved_local", "ask"):
            b = QPushButton()
            b.setObjectName(f"conflict_{key}")
            b.clicked.connect(lambda _=False, k=key: self.resolve_selected(k))
            crow.addWidget(b)
            self.conflict_buttons[key] = b
        # what the villages are told: questions and decisions, in a package for each of them
        self.down_button = QPushButton()
        self.down_button.setObjectName("downPackageButton")
        self.down_button.clicked.connect(lambda: self.make_down_package())
        # beside the offices below (the status table): the selected one is the office it is for
        self._status_layout.addWidget(self.down_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.down_button.setVisible((ws.office or {}).get("level") != "village")  # (nobody below a village)
        below = QWidget()
        clay = QVBoxLayout(below)
        clay.setContentsMargins(0, 0, 0, 0)
        clay.addWidget(self.conflicts_note)
        clay.addWidget(self.conflicts_table)
        clay.addLayout(crow)

        # -- questions from the office above, and its decisions applied here (issue #20) ----------
        self.questions_table = _table(4, "questionsTable")
        self.questions_table.itemSelectionChanged.connect(self._question_buttons)
        self._questions: list[dict] = []
        self._decisions: list[dict] = []
        self.questions_note = QLabel()
        self.questions_note.setObjectName("questionsNote")
        self.questions_note.setWordWrap(True)
        self.answer_button = QPushButton()
        self.answer_button.setObjectName("answerButton")
        self.answer_button.clicked.connect(lambda: self.answer_selected())
        above = QWidget()
        qlay = QVBoxLayout(above)
        qlay.setContentsMargins(0, 0, 0, 0)
        qlay.addWidget(self.questions_note)
        qlay.addWidget(self.questions_table)
        qlay.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.conflict_tabs = QTabWidget()
        self.conflict_tabs.setObjectName("conflictTabs")
        # the five answers wrap to three rows in bilingual mode, taller than the tab has on a
        # 1366×768 laptop (issue 15): the tab's page scrolls rather than cut them off
        self.conflict_tabs.addTab(_scrolled(below), "")
        self.conflict_tabs.addTab(_scrolled(above), "")
        QVBoxLayout(self.conflicts_box).addWidget(self.conflict_tabs)

        top = QHBoxLayout()
        # the keys in a tab beside the package: one more box under it made the window taller than
        # a 1366×768 laptop's screen (issue 15)
        self.out_tabs = QTabWidget()
        self.out_tabs.setObjectName("packageTabs")
        self.out_tabs.addTab(self.export_box, "")
        keys_scroll = QScrollArea()  # bilingual sentences need more lines than the tab has: they scroll
        keys_scroll.setObjectName("keysScroll")
        keys_scroll.setWidgetResizable(True)
        keys_scroll.setFrameShape(QFrame.Shape.NoFrame)
        keys_scroll.setWidget(self.keys_box)
        self.out_tabs.addTab(keys_scroll, "")
        top.addWidget(self.out_tabs, 1)
        left = QVBoxLayout()
        left.addWidget(self.import_box)
        left.addWidget(self.status_box, 1)
        top.addLayout(left, 1)
        main = QVBoxLayout(self)
        main.addLayout(top, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.history_box, 1)
        bottom.addWidget(self.conflicts_box, 1)
        main.addLayout(bottom, 3)

        self.translateUI()
        self.destination.scan_drives()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------------
    def translateUI(self) -> None:
        self.export_box.setTitle(self.tr("Make a package for the office above"))
        self.lbl_period.setText(self.tr("Month reported (YYYY-MM):"))
        self.lbl_export_pass.setText(self.tr("Passphrase (optional):"))
        self.export_pass.setPlaceholderText(
            self.tr("only without the office above's key; tell it to that office by phone")
        )
        self.out_tabs.setTabText(0, self.tr("Package"))
        self.out_tabs.setTabText(1, self.tr("Office keys"))
        self.save_key_button.setText(self.tr("Save this office's key file…"))
        self.upper_button.setText(self.tr("Register the office above's key…"))
        self.subordinate_button.setText(self.tr("Register an office below…"))
        if hasattr(self, "_status_rows"):
            self.refresh_keys()
        self.destination.caption = self.tr("Where to write the package")
        self.export_button.setText(self.tr("Make package"))
        self.import_box.setTitle(self.tr("Import packages from the offices below"))
        self.lbl_import_pass.setText(self.tr("Passphrase (if encrypted):"))
        self.dry_run.setText(self.tr("Check only, store nothing"))
        self.import_button.setText(self.tr("Import packages…"))
        self.status_box.setTitle(self.tr("Which offices have reported"))
        self.lbl_month.setText(self.tr("Month:"))
        self.status_table.setHorizontalHeaderLabels(
            [self.tr("Office code"), self.tr("Office"), self.tr("Package"), self.tr("Last package received")]
        )
        self.history_box.setTitle(self.tr("Packages made and imported"))
        self.history_table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Direction"),
                self.tr("Result"),
                self.tr("Office"),
                self.tr("Number"),
                self.tr("Month"),
                self.tr("File"),
            ]
        )
        self.conflicts_box.setTitle(self.tr("Conflicts: the same household from two villages"))
        self.conflicts_table.setHorizontalHeaderLabels(
            [self.tr("ID number"), self.tr("Here"), self.tr("Waiting"), self.tr("State"), self.tr("Answers")]
        )
        self.conflict_tabs.setTabText(0, self.tr("Between offices below"))
        self.conflict_tabs.setTabText(1, self.tr("From the office above"))
        self.down_button.setText(self.tr("Package for an office below…"))
        self.answer_button.setText(self.tr("Answer…"))
        self.questions_table.setHorizontalHeaderLabels(
            [self.tr("ID number"), self.tr("Household"), self.tr("Question or decision"), self.tr("Answer")]
        )
        for key, text in (
            ("keep_local", self.tr("Keep the one here")),
            ("keep_incoming", self.tr("Keep the waiting one")),
            ("moved_incoming", self.tr("Moved to the waiting one's village")),
            ("moved_local", self.tr("Moved to this one's village")),
            ("ask", self.tr("Ask the villages…")),
        ):
            self.conflict_buttons[key].setText(text)
        if hasattr(self, "_status_rows"):
            self._fill_conflicts(self._conflicts)
            self._fill_questions()
        if self.last_export is not None:
            self._show_export(self.last_export)
        if self.last_reports:
            self._show_reports(self.last_reports)
        if hasattr(self, "_status_rows"):
            self._fill_status(self._status_rows)
            self._fill_history(self._history_rows)

    # -- export ------------------------------------------------------------------------------------
    def make_package(self) -> Operation | None:
        folder = self.destination.folder()
        if not folder:
            self.destination.choose_folder()
            folder = self.destination.folder()
            if not folder:
                return None
        period = self.period_edit.text().strip() or None
        phrase = self.export_pass.text() or None
        ws = self.ws
        self.export_button.setEnabled(False)
        self.export_result.setText(self.tr("Writing the package…"))

        def work():
            return sync.export_package(ws, folder, passphrase=phrase, period=period, progress=self.progressed.emit)

        def failed(exc):
            self.export_button.setEnabled(True)
            self.export_result.setText(error_text(exc))

        self._operation = (
            Operation(self, work)
            .with_progress(self.tr("Writing the package…"))
            .success(self._exported)
            .failure(failed)
            .run()
        )
        return self._operation

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self._operation.dialog if self._operation is not None else None
        if dialog is not None and total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def _exported(self, result: sync.ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.last_export = result
        self.export_pass.clear()
        self._show_export(result)
        self.refresh()

    def _show_export(self, r: sync.ExportResult) -> None:
        total = sum(v for k, v in r.counts.items() if k != "audit_log")
        text = (
            self.tr("Package %1 for %2 written to %3 (%4 records) and checked. The USB stick can be removed.")
            .replace("%1", language().fmt_int(r.sequence))
            .replace("%2", r.period)
            .replace("%3", r.path)
            .replace("%4", language().fmt_int(total))
        )
        if r.encryption == "recipient":
            text += "\n" + self.tr(
                "The package is encrypted for office %1: only that office can open it, no passphrase needed."
            ).replace("%1", language().digits(r.recipient))
        elif r.encrypted:
            text += "\n" + self.tr("The package is encrypted: the office above needs the passphrase.")
        self.export_result.setText(text)

    # -- office keys -------------------------------------------------------------------------------
    def refresh_keys(self) -> None:
        lang = language()
        own = run_now(self, self.ws.offices.own_key)
        if own is not None:
            self.own_key_label.setText(
                self.tr("This office %1 (%2): key fingerprint %3")
                .replace("%1", lang.digits(own["code"]))
                .replace("%2", lang.label(own["name_zh"], own.get("name_bo") or ""))
                .replace("%3", own["fingerprint"])
            )
        upper = run_now(self, self.ws.offices.upper)
        if upper:
            from app.services.keys import fingerprint

            self.upper_label.setText(
                self.tr("Office above: %1 (%2), key fingerprint %3. Packages are encrypted to it.")
                .replace("%1", lang.digits(upper["code"]))
                .replace("%2", lang.label(upper["name_zh"], upper.get("name_bo") or ""))
                .replace("%3", fingerprint(upper["public_key"]))
            )
            self.upper_label.setStyleSheet("")
        else:
            self.upper_label.setText(
                self.tr(
                    "The office above's key is not registered: a package can be made only with a "
                    "passphrase until its key file is registered here."
                )
            )
            self.upper_label.setStyleSheet(f"color: {OVERDUE.name()}")
        permit(self.upper_button, self.ws, "settings.manage")
        permit(self.subordinate_button, self.ws, "settings.manage")
        if self._key_message is not None:
            self._show_key_message(*self._key_message)

    def _show_key_message(self, kind: str, values: tuple[str, ...]) -> None:
        texts = {
            "saved": self.tr("Key file written to %1. Read its fingerprint %2 out to the office that registers it."),
            "upper": self.tr(
                "Registered office %1 as the office above. Compare the fingerprint %2 with the one that office "
                "reads out over the phone."
            ),
            "below": self.tr(
                "Registered office %1 below this office. Compare the fingerprint %2 with the one that office "
                "reads out over the phone."
            ),
        }
        if kind == "error":
            self.keys_result.setText(values[0])
            return
        text = texts[kind]
        for i, v in enumerate(values, 1):
            text = text.replace(f"%{i}", v)
        self.keys_result.setText(text)

    def _key_action(self, fn, kind: str, fields: tuple[str, str]) -> dict | None:
        try:
            row = fn()
        except Exception as exc:  # noqa: BLE001 - every refusal is told as a sentence beside the buttons
            self._key_message = None
            self._show_key_message("error", (error_text(exc),))
            return None
        self._key_message = (kind, tuple(str(row[f]) for f in fields))
        self.refresh_keys()
        return row

    def save_key_file(self, path: str | Path | None = None) -> dict | None:
        if path is None:
            own = run_now(self, self.ws.offices.own_key)
            start = Path(self.folder_edit.text() or ".") / f"{own['code'] if own else 'office'}.dbkey"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save this office's key file"), str(start), self.tr("Office key files (*.dbkey)")
            )
            if not path:
                return None
        return self._key_action(lambda: self.ws.offices.export_key(path), "saved", ("path", "fingerprint"))

    def _choose_key_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The other office's key file"),
            self.folder_edit.text(),
            self.tr("Office key files (*.dbkey);;All files (*)"),
        )
        return path

    def register_upper(self, path: str | Path | None = None) -> dict | None:
        path = path or self._choose_key_file()
        if not path:
            return None
        return self._key_action(lambda: self.ws.offices.set_upper(path), "upper", ("code", "fingerprint"))

    def register_subordinate(self, path: str | Path | None = None) -> dict | None:
        path = path or self._choose_key_file()
        if not path:
            return None
        row = self._key_action(lambda: self.ws.offices.add_subordinate(path), "below", ("code", "fingerprint"))
        if row is not None:
            self.refresh_status()
        return row

    # -- import ------------------------------------------------------------------------------------
    def choose_and_import(self) -> Operation | None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Sync packages to import"),
            self.folder_edit.text(),
            self.tr("Sync packages (*.dbsync);;All files (*)"),
        )
        if not files:
            return None
        return self.import_files(files)

    def import_files(self, files: list[str | Path]) -> Operation:
        phrase = self.import_pass.text() or None
        dry = self.dry_run.isChecked()
        ws = self.ws
        self.import_button.setEnabled(False)

        def work():
            # a connection of its own: the window keeps answering during a county-size import
            with ws.own_connection() as worker_ws:
                return sync.import_packages(
                    worker_ws, files, passphrase=phrase, dry_run=dry, progress=self.progressed.emit
                )

        def failed(exc):
            self.import_button.setEnabled(True)
            self.report_view.setPlainText(error_text(exc))

        self._operation = (
            Operation(self, work)
            .with_progress(self.tr("Checking and importing packages…"))
            .success(self._imported)
            .failure(failed)
            .run()
        )
        return self._operation

    def _imported(self, reports: list[sync.ImportReport]) -> None:
        self.import_button.setEnabled(True)
        self.last_reports = reports
        self._show_reports(reports)
        if any(r.status == "ok" for r in reports):
            self.notify_changed()
        self.refresh()

    def _show_reports(self, reports: list[sync.ImportReport]) -> None:
        parts = [report_html(r) for r in reports]
        rejected = sum(1 for r in reports if r.rejected)
        if rejected:
            parts.append(
                "<p><b>%s</b></p>"
                % html.escape(
                    self.tr("%1 of %2 packages were rejected; nothing of them was stored.")
                    .replace("%1", language().fmt_int(rejected))
                    .replace("%2", language().fmt_int(len(reports)))
                )
            )
        self.report_view.setHtml("".join(parts))

    def apply_filters(self, month: str | None = None, **_filters) -> None:
        """open_page("sync", month="2026-10"): show who has reported for that month."""
        if month:
            self.month_edit.setText(month)
            self.refresh_status()

    # -- completeness and history ------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_keys()
        self.refresh_status()
        self._history_rows = run_now(self, lambda: sync.history(self.ws)) or []
        self._fill_history(self._history_rows)
        self.refresh_conflicts()

    # -- conflicts between villages ----------------------------------------------------------------
    def refresh_conflicts(self) -> None:
        self._conflicts = run_now(self, lambda: sync_conflicts.list_conflicts(self.ws, open_only=False)) or []
        self._fill_conflicts(self._conflicts)
        self._questions = run_now(self, lambda: sync_down.questions(self.ws)) or []
        self._decisions = run_now(self, lambda: sync_down.decisions(self.ws)) or []
        self._fill_questions()

    def _state_text(self, states: dict, resolution: str | None) -> str:
        """A resolution's words; one an office below made and sent up reads "… (office 630224100)"."""
        base, _, by = (resolution or "").partition(" (")
        text = states.get(resolution, states.get(base, base)) if resolution else states[None]
        if by:
            text = (
                self.tr("%1, decided by office %2").replace("%1", text).replace("%2", language().digits(by.rstrip(")")))
            )
        return text

    def _replies_text(self, c: dict) -> str:
        parts = []
        for r in c.get("replies", []):
            if r["kind"] == "answer":
                said = r["text"]
            elif r["text"] == "left":
                said = self.tr("applied: the household left that register")
            else:
                said = self.tr("applied: the household stays")
            parts.append(f"{language().digits(r['office_code'])}: {said}")
        return "\n".join(parts)

    # -- the package for an office below -----------------------------------------------------------
    def make_down_package(self, office_code: str | None = None) -> Operation | None:
        offices = run_now(self, lambda: sync_down.recipients(self.ws)) or []
        if not offices:
            self.conflicts_note.setText(self.tr("No offices are registered below this one."))
            return None
        lang = language()
        picked = self.status_table.selectionModel().selectedRows()
        if office_code is None and picked and picked[0].row() < len(getattr(self, "_status_rows", [])):
            code = self._status_rows[picked[0].row()].office["code"]
            office_code = code if any(o["code"] == code for o in offices) else None
        if office_code is None:
            labels = [f"{lang.digits(o['code'])} {lang.label(o['name_zh'], o.get('name_bo') or '')}" for o in offices]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Package for an office below"), self.tr("The office it is for:"), labels, 0, False
            )
            if not ok:
                return None
            office_code = offices[labels.index(chosen)]["code"]
        folder = self.destination.folder()
        if not folder:
            self.destination.choose_folder()
            folder = self.destination.folder()
            if not folder:
                return None
        ws, phrase = self.ws, self.export_pass.text() or None
        self.down_button.setEnabled(False)

        def failed(exc):
            self.down_button.setEnabled(True)
            self.conflicts_note.setText(error_text(exc))

        self._operation = (
            Operation(self, lambda: sync_down.export_down(ws, office_code, folder, passphrase=phrase))
            .with_progress(self.tr("Writing the package…"))
            .success(self._down_made)
            .failure(failed)
            .run()
        )
        return self._operation

    def _down_made(self, r: sync_down.DownExport) -> None:
        self.down_button.setEnabled(True)
        self.last_down = r
        self.refresh()
        lang = language()
        self.conflicts_note.setText(
            self.tr("Package %1 for office %2 written to %3: %4 questions, %5 decisions, %6 policy versions.")
            .replace("%1", lang.fmt_int(r.sequence))
            .replace("%2", lang.digits(r.recipient))
            .replace("%3", r.path)
            .replace("%4", lang.fmt_int(r.questions))
            .replace("%5", lang.fmt_int(r.decisions))
            .replace("%6", lang.fmt_int(r.policies))
            + (
                "\n"
                + self.tr(
                    "The package is encrypted for office %1: only that office can open it, no passphrase needed."
                ).replace("%1", lang.digits(r.recipient))
                if r.encryption == "recipient"
                else ""
            )
        )

    # -- questions from the office above -----------------------------------------------------------
    def _fill_questions(self) -> None:
        lang = language()
        rows = [("q", q) for q in self._questions] + [("d", d) for d in self._decisions]
        t = self.questions_table
        t.setRowCount(len(rows))
        for i, (kind, x) in enumerate(rows):
            other = x["other"]
            place = lang.label(other["office_name_zh"], other["office_name_bo"])
            village = lang.label(other["village_zh"], other["village_bo"])
            if village and village != place:
                place = f"{place} · {village}"
            if kind == "q":
                said = self.tr("%1 (also registered in %2)").replace("%1", x["question"] or "?").replace("%2", place)
                answer = x["answer"] or ""
            elif x["outcome"] == "left":
                said = self.tr("Decided: the household is in %1; it left this register.").replace("%1", place)
                answer = ""
            else:
                said = self.tr("Decided: the household stays here.")
                answer = ""
            cells = [lang.digits(x["id_number_masked"]), lang.label(x["name_zh"], x["name_bo"]), said, answer]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if kind == "q" and not x["answer"]:
                    item.setForeground(QBrush(OVERDUE))
                t.setItem(i, col, item)
        waiting = sum(1 for q in self._questions if not q["answer"])
        self.questions_note.setText(
            self.tr("No questions or decisions from the office above.")
            if not rows
            else self.tr(
                "Questions from the office above waiting for an answer: %1. Answers go up in the next package."
            ).replace("%1", lang.fmt_int(waiting))
        )
        self._question_buttons()

    def _selected_question(self) -> dict | None:
        rows = self.questions_table.selectionModel().selectedRows()
        return self._questions[rows[0].row()] if rows and rows[0].row() < len(self._questions) else None

    def _question_buttons(self) -> None:
        self.answer_button.setEnabled(self._selected_question() is not None)

    def answer_selected(self, text: str | None = None) -> None:
        q = self._selected_question()
        if q is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Answer the office above"), q["question"] or "", q["answer"] or ""
            )
            if not ok:
                return
        run_now(self, lambda: sync_down.answer(self.ws, q["id"], text or ""))
        self.refresh_conflicts()
        self.notify_changed()

    def _side_text(self, side) -> str:
        lang = language()
        # a village office's households are in its own village: the name once
        place = side.office_name if side.village in ("", side.office_name) else f"{side.office_name} · {side.village}"
        return (
            self.tr("%1: %2 (%3 records)")
            .replace("%1", place)
            .replace("%2", lang.label(side.name_zh, side.name_bo))
            .replace("%3", lang.fmt_int(side.records))
        )

    def _fill_conflicts(self, rows: list[dict]) -> None:
        lang = language()
        full = self.ws.can_see_full_id_numbers()
        states = {
            None: self.tr("open"),
            "ask": self.tr("asked the villages"),
            "keep_local": self.tr("kept the one here"),
            "keep_incoming": self.tr("kept the waiting one"),
            "moved_to_incoming": self.tr("moved"),
            "moved_to_local": self.tr("moved"),
        }
        t = self.conflicts_table
        t.setRowCount(len(rows))
        for i, c in enumerate(rows):
            number = c["id_number"] if full else mask_id_number(c["id_number"])
            cells = [
                lang.digits(number),
                self._side_text(c["local"]),
                self._side_text(c["incoming"]),
                self._state_text(states, c["resolution"]),
                self._replies_text(c),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not c["resolved"]:
                    item.setForeground(QBrush(OVERDUE))
                t.setItem(i, col, item)
        open_n = sum(1 for c in rows if not c["resolved"])
        self.conflicts_note.setText(
            self.tr("No household came from two villages.")
            if not rows
            else self.tr(
                "%n household(s) came from two villages and wait for a decision. Nothing else of their "
                "packages was held back; each is counted once in the reports.",
                "",
                open_n,
            )
        )
        self._conflict_buttons()

    def _selected_conflict(self) -> dict | None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        return self._conflicts[rows[0].row()] if rows and rows[0].row() < len(self._conflicts) else None

    def _conflict_buttons(self) -> None:
        c = self._selected_conflict()
        for key, b in self.conflict_buttons.items():
            b.setEnabled(c is not None and (not c["resolved"]))

    def resolve_selected(self, key: str, note: str | None = None) -> None:
        c = self._selected_conflict()
        if c is None:
            return
        action, to = {"moved_incoming": ("moved", "incoming"), "moved_local": ("moved", "local")}.get(
            key, (key, "incoming")
        )
        if action == "ask" and note is None:
            note, ok = QInputDialog.getMultiLineText(
                self, self.tr("Ask the villages"), self.tr("The question for the two villages:")
            )
            if not ok:
                return
        run_now(self, lambda: sync_conflicts.resolve(self.ws, c["id"], action, to=to, note=note or ""))
        self.refresh_conflicts()
        self.notify_changed()

    def refresh_status(self) -> None:
        month = self.month_edit.text().strip()
        try:
            month = sync.check_period(month)
        except Exception as exc:  # noqa: BLE001 - a half-typed month: say so, keep the old table
            self.status_note.setText(error_text(exc))
            return
        self._status_rows = run_now(self, lambda: sync.reporting_status(self.ws, month)) or []
        self._fill_status(self._status_rows)

    def _fill_status(self, rows: list[sync.ReportingStatus]) -> None:
        lang = language()
        t = self.status_table
        t.setRowCount(len(rows))
        overdue = 0
        for i, s in enumerate(rows):
            if s.sent:
                state = self.tr("received")
            elif s.overdue:
                state = self.tr("OVERDUE")
                overdue += 1
            else:
                state = self.tr("not yet (due %1)").replace("%1", lang.digits(s.due_on.isoformat()))
            cells = [
                lang.digits(s.office["code"]),
                lang.label(s.office["name_zh"], s.office["name_bo"]),
                state,
                lang.digits((s.last_package_at or "—")[:16].replace("T", " ")),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if s.overdue:
                    item.setForeground(QBrush(OVERDUE))
                    item.setBackground(QBrush(OVERDUE_BG))
                elif s.sent and c == 2:
                    item.setForeground(QBrush(SENT))
                t.setItem(i, c, item)
        if not rows:
            self.status_note.setText(self.tr("No offices are registered below this one."))
        elif overdue:
            self.status_note.setText(self.tr("%n office(s) overdue", "", overdue))
        else:
            self.status_note.setText("")

    def _fill_history(self, rows: list[dict]) -> None:
        lang = language()
        t = self.history_table
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            direction = {
                "export": self.tr("made"),
                "import": self.tr("imported"),
                "down_made": self.tr("made for an office below"),
                "down_taken": self.tr("taken from the office above"),
            }.get(r["direction"], r["direction"])
            status = {"ok": self.tr("ok"), "rejected": self.tr("rejected")}.get(r["status"], r["status"])
            when = (r["imported_at"] or r["created_at"] or "")[:16].replace("T", " ")
            cells = [
                lang.digits(when),
                direction,
                status,
                lang.digits(r["sender_code"]),
                lang.digits(str(r["sequence"] or "")),
                lang.digits(r["period"]),
                r["package_name"],
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r["status"] == "rejected":
                    item.setForeground(QBrush(OVERDUE))
                t.setItem(i, c, item)

    def _history_selected(self) -> None:
        rows = self.history_table.selectionModel().selectedRows()
        if not rows:
            return
        r = self._history_rows[rows[0].row()]
        if r["direction"].startswith("down_"):
            try:
                counts = json.loads(r["counts"] or "{}")
            except ValueError:
                counts = {}
            lang = language()
            said = (
                self.tr("Package %1 for office %2: %3 questions and decisions, %4 policy versions.")
                if r["direction"] == "down_made"
                else self.tr("Package %1 from office %2: %3 decisions applied, %4 policy versions.")
            )
            items = counts.get("sync_down", counts.get("decisions", 0)) if isinstance(counts, dict) else 0
            policies = counts.get("ref_loan_policy", counts.get("policies", 0)) if isinstance(counts, dict) else 0
            self.report_view.setPlainText(
                said.replace("%1", lang.fmt_int(r["sequence"]))
                .replace("%2", lang.digits(r["sender_code"]))
                .replace("%3", lang.fmt_int(int(items or 0)))
                .replace("%4", lang.fmt_int(int(policies or 0)))
            )
            return
        if r["direction"] == "import":
            report = sync.report_from_json(r["report"])
            self.report_view.setHtml(report_html(report) if report else "")
        else:
            try:
                counts = json.loads(r["counts"] or "{}")
            except ValueError:
                counts = {}
            lines = [
                self.tr("Package %1 made for %2: %3")
                .replace("%1", str(r["sequence"]))
                .replace("%2", r["period"])
                .replace("%3", r["package_name"])
            ]
            rows = "".join(
                f"<tr><td>{html.escape(sync.table_label(t, language().app_mode()))}</td>"
                f"<td align='right'>{language().fmt_int(n)}</td></tr>"
                for t, n in counts.items()
            )
            self.report_view.setHtml(f"<p>{html.escape(lines[0])}</p><table cellpadding='3'>{rows}</table>")
