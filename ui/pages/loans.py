"""Loan demands (融资需求): the list, the new-demand form with the product rules shown live, the
lifecycle buttons (enabled only where the step is allowed) and the selected demand's history."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.domain.money import format_rate
from ui.dialogs.loan_servicing import LoanServicingDialog
from ui.dialogs.loan_step import LoanStepDialog
from ui.forms.base import ERROR_STYLE, FormDialog
from ui.i18n import language
from ui.models.paged import RIGHT, Column, ViewContext
from ui.operations import run_now
from ui.permissions import allowed, permit
from ui.pages.register_page import LifecyclePage
from ui.widgets.flow import FlowLayout
from ui.widgets.household_picker import HouseholdPicker
from ui.widgets.rich_label import scrolled_rich_label

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: lifecycle buttons in the order they are shown: (target status, object name)
STEPS = [
    ("referred", "referButton"),
    ("approved", "approveButton"),
    ("granted", "grantButton"),
    ("rejected", "rejectButton"),
    ("withdrawn", "withdrawButton"),
    ("repaid", "repaidButton"),
]
#: servicing buttons after the grant (app.services.loan_book): (step, object name)
SERVICING = [
    ("repay", "repayButton"),
    ("extend", "extendButton"),
    ("top_up", "topUpButton"),
    ("default", "defaultButton"),
    ("claim", "claimButton"),
    ("write_off", "writeOffButton"),
]

#: the statuses in which a demand may still be deleted: once the bank approved it, it is its record
DELETABLE = ("registered", "referred", "rejected", "withdrawn")

STATUS_COLORS = {
    "granted": "#1b5e20",
    "repaid": "#546e7a",
    "rejected": "#b71c1c",
    "withdrawn": "#757575",
    "approved": "#0d47a1",
    "referred": "#4a148c",
    "defaulted": "#e65100",
    "written_off": "#3e2723",
}


#: the selected loan's figures above the rules panel (filled per language by Language.fill)
BOOK_LINE = QT_TRANSLATE_NOOP("LoansPage", "Balance %1 yuan · maturity %2 · %3 days overdue · subsidy so far %4 yuan")
INTEREST_PART = QT_TRANSLATE_NOOP("LoansPage", "interest %1")


def product_items(ws: Workspace) -> list[tuple[str, str]]:
    mode = language().mode
    return [
        (p.code, ws.reference.product_label(p.code, mode))
        for p in ws.reference.products()
        if getattr(p, "active", True)
    ]


class LoanDemandDialog(FormDialog):
    """Register a loan demand (or correct one still waiting for the bank). Below the fields: what the
    chosen product allows this household, and why not when it does not (the 530 rules)."""

    def __init__(self, ws: Workspace, record: dict | None = None, parent=None, household_id: str | None = None):
        super().__init__(ws, record, parent)
        self._in_check = False
        self.picker = HouseholdPicker(ws)
        self.add_widget(
            "household_id", self.picker, self.picker.value, self.picker.set_value, self.picker.householdChanged
        )
        self.add_date("registered_on")
        self.add_choice("product_code", lambda: product_items(ws), blank=True)
        self.add_money("amount_fen")
        self.add_int("term_months")
        self.add_text("purpose")
        self.add_enum("industry", "industry", blank=True)
        self.add_text("bank")
        self.add_multiline("notes")
        self.facts_box = QGroupBox()
        self.facts_box.setObjectName("eligibility")
        self.facts, facts_scroll = scrolled_rich_label("eligibilityFacts")
        # the heading in the box, wrapped: as the box's title it ran past the dialog's edge in
        # bilingual mode (a title is one line)
        self.facts_title = QLabel()
        self.facts_title.setObjectName("eligibilityTitle")
        self.facts_title.setWordWrap(True)
        self.facts_title.setStyleSheet("font-weight: bold")
        facts_layout = QVBoxLayout(self.facts_box)
        facts_layout.addWidget(self.facts_title)
        facts_layout.addWidget(facts_scroll, 1)
        self.facts_box.setMinimumWidth(300)
        self.side.addWidget(self.facts_box, 1)
        self.middle.setStretch(0, 3)
        self.middle.setStretch(1, 2)
        if household_id and not record:
            self.picker.set_value(household_id)
            self.fields["household_id"].touched = True
        self.resize(980, 620)
        self.finish()

    def window_title(self) -> str:
        return self.tr("Edit loan demand") if self.record else self.tr("New loan demand")

    def field_labels(self) -> dict[str, str]:
        return {
            "household_id": self.tr("Household"),
            "registered_on": self.tr("Registered on"),
            "product_code": self.tr("Loan product"),
            "amount_fen": self.tr("Amount asked (yuan)"),
            "term_months": self.tr("Term (months)"),
            "purpose": self.tr("Purpose"),
            "industry": self.tr("Industry"),
            "bank": self.tr("Bank"),
            "notes": self.tr("Notes"),
        }

    def validate(self, data: dict):
        return list(self.ws.loans.validate(data))

    def eligibility(self, data: dict):
        if not data.get("household_id") or not data.get("product_code"):
            return []
        try:
            on = date.fromisoformat(data.get("registered_on") or "")
        except ValueError:
            on = date.today()
        return self.ws.loans.eligibility(data["household_id"], data["product_code"], on) or []

    def show_eligibility(self, data: dict, problems: list | None = None) -> None:
        """The product's rules for this household, each ✓ or ✗ — ✗ also for a rule the typed
        values break (80,000 typed under "up to 50,000"): the form's own errors say which."""
        if self._in_check:
            return
        # only a value that is there can break a rule (an empty amount is "enter the amount")
        broken = {p.field for p in problems or [] if not p.warning and data.get(p.field) not in (None, "")}
        from ui.forms.base import problem_texts

        facts = run_now(self, lambda: problem_texts(self.ws, lambda: self.eligibility(data))) or []
        self.facts_title.setText(self.tr("What this product allows this household"))
        if not facts:
            self.facts.setText(self.tr("Choose the household and the loan product to see the product's rules."))
            return
        lines = []
        for p, text in facts:
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
            if p.warning and p.field not in broken:
                lines.append(f"✓ {text}")
            else:
                lines.append(f"<span style='{ERROR_STYLE}'>✗ {text}</span>")
        self.facts.setText("<br>".join(lines))

    def check(self):
        # validate() runs twice in bilingual mode: show the facts once, after the check
        self._in_check = True
        try:
            data, problems = super().check()
        finally:
            self._in_check = False
        self.show_eligibility(data, problems)
        return data, problems

    def save(self, data: dict):
        if self.record:
            return self.ws.loans.update(self.record["id"], data, expected_version=self.record.get("version"))
        return self.ws.loans.create(data)


class LoansPage(LifecyclePage):
    register_name = "loans"
    status_kind = "loan_status"
    default_widths = {
        "registered_on": 100,
        "household": 190,
        "product": 170,
        "amount": 100,
        "term": 60,
        "status": 150,
        "status_on": 100,
        "bank": 150,
        "granted": 110,
    }

    def service(self):
        return self.ws.loans

    def columns(self) -> list[Column]:
        def status_color(r, c):
            color = STATUS_COLORS.get(r.get("status"))
            return QColor(color) if color else None

        return [
            Column(
                "registered_on",
                QT_TRANSLATE_NOOP("Columns", "Registered"),
                lambda r, c: c.date(r["registered_on"]),
                sort="registered_on",
            ),
            Column(
                "household",
                QT_TRANSLATE_NOOP("Columns", "Household"),
                lambda r, c: c.names(r["household_zh"], r["household_bo"]),
                sort="name",
            ),
            Column(
                "product",
                QT_TRANSLATE_NOOP("Columns", "Product"),
                lambda r, c: c.product(r["product_code"]),
                sort="product",
            ),
            Column(
                "amount",
                QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"),
                lambda r, c: c.yuan(r["amount_fen"]),
                align=RIGHT,
                sort="amount",
            ),
            Column("term", QT_TRANSLATE_NOOP("Columns", "Months"), lambda r, c: c.int(r["term_months"]), align=RIGHT),
            Column(
                "status",
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r, c: c.label("loan_status", r["status"]),
                sort="status",
                foreground=status_color,
            ),
            Column(
                "status_on",
                QT_TRANSLATE_NOOP("Columns", "Status date"),
                lambda r, c: c.date(r["status_on"]),
                sort="status_on",
            ),
            Column("bank", QT_TRANSLATE_NOOP("Columns", "Bank"), lambda r, c: r.get("bank") or ""),
            Column(
                "granted",
                QT_TRANSLATE_NOOP("Columns", "Granted (yuan)"),
                lambda r, c: c.yuan(r.get("granted_fen")),
                align=RIGHT,
                sort="granted",
            ),
        ]

    def add_filters(self, bar) -> None:
        bar.add_choice("product_code", lambda: product_items(self.ws), all_text=lambda: self.tr("All products"))

    def add_buttons(self, layout) -> None:
        # the lifecycle steps get a row of their own (in Tibetan they do not fit beside New/Open),
        # which wraps onto more lines as steps are added rather than widen the window
        self.step_buttons: dict[str, QPushButton] = {}
        self.steps_row = FlowLayout()
        self.steps_label = QLabel()
        self.steps_row.addWidget(self.steps_label)
        for status, name in STEPS:
            b = QPushButton()
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, s=status: self.step(s))
            self.steps_row.addWidget(b)
            self.step_buttons[status] = b
        # after the grant: repayments and the servicing steps, in the same wrapping row
        self.servicing_buttons: dict[str, QPushButton] = {}
        for step, name in SERVICING:
            b = QPushButton()
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, s=step: self.service_step(s))
            self.steps_row.addWidget(b)
            self.servicing_buttons[step] = b
        self.visit_button = QPushButton()
        self.visit_button.setObjectName("visitListButton")
        self.visit_menu = QMenu(self.visit_button)
        self.visit_30 = self.visit_menu.addAction("")
        self.visit_60 = self.visit_menu.addAction("")
        self.visit_30.triggered.connect(lambda: self.print_visit_list(30))
        self.visit_60.triggered.connect(lambda: self.print_visit_list(60))
        self.visit_button.setMenu(self.visit_menu)
        self.steps_row.addWidget(self.visit_button)
        # which rule allows or refuses each step of the selected loan, and its figures today
        self.rules, rules_scroll = scrolled_rich_label("loanRules")
        self.rules_box = QGroupBox()
        QVBoxLayout(self.rules_box).addWidget(rules_scroll)
        # the history of the selected demand, under the table
        self.history = QTreeWidget()
        self.history.setObjectName("loanHistory")
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history_box = QGroupBox()
        QVBoxLayout(self.history_box).addWidget(self.history)

    def __init__(self, ws: Workspace, main_window, parent=None):
        super().__init__(ws, main_window, parent)
        self.main_layout.insertLayout(self.main_layout.indexOf(self.buttons) + 1, self.steps_row)
        self.body.removeWidget(self.table)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.addWidget(self.history_box)
        self.lower.addWidget(self.rules_box)
        self.lower.setStretchFactor(0, 3)
        self.lower.setStretchFactor(1, 2)
        self.split.addWidget(self.lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.body.addWidget(self.split, 1)
        from ui import settings as ui_settings

        state = ui_settings.settings().value("pages/loans/splitter")
        if state is not None:
            self.split.restoreState(state)
        self._update_buttons()

    def save_state(self) -> None:
        super().save_state()
        from ui import settings as ui_settings

        ui_settings.settings().setValue("pages/loans/splitter", self.split.saveState())

    def page_title(self) -> str:
        return self.tr("Loan demands")

    def translateUI(self) -> None:
        texts = {
            "referred": self.tr("Refer to bank…"),
            "approved": self.tr("Approve…"),
            "granted": self.tr("Grant…"),
            "rejected": self.tr("Reject…"),
            "withdrawn": self.tr("Withdraw…"),
            "repaid": self.tr("Mark repaid…"),
        }
        for status, b in self.step_buttons.items():
            b.setText(texts[status])
        servicing = {
            "repay": self.tr("Repayment…"),
            "extend": self.tr("Extend…"),
            "top_up": self.tr("Top up…"),
            "default": self.tr("Default…"),
            "claim": self.tr("Compensation claim…"),
            "write_off": self.tr("Write off…"),
        }
        for step, b in self.servicing_buttons.items():
            b.setText(servicing[step])
        self.visit_button.setText(self.tr("Visit list"))
        self.visit_30.setText(self.tr("Overdue and due within 30 days…"))
        self.visit_60.setText(self.tr("Overdue and due within 60 days…"))
        self.rules_box.setTitle(self.tr("Rules for the selected loan"))
        self.steps_label.setText(self.tr("Selected demand:"))
        self.history_box.setTitle(self.tr("History of the selected demand"))
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Step"), self.tr("By"), self.tr("Reason / details")])
        super().translateUI()
        self._fill_history()

    def step_permission(self, status: str) -> str | None:
        return self.ws.loans.step_permission(status)

    def can_delete(self, row: dict) -> bool:
        # an approved or granted loan is on the bank's books: it is repaid or written off, not deleted
        return super().can_delete(row) and row.get("status") in DELETABLE

    def record_label(self, row: dict, mode: str | None = None) -> str:
        c = ViewContext(self.ws, mode)
        return " · ".join(
            x
            for x in (
                c.names(row.get("household_zh"), row.get("household_bo")),
                c.product(row.get("product_code")),
                c.yuan(row.get("amount_fen")),
            )
            if x
        )

    # -- selection -------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        super()._update_buttons()
        row = self.selected_row()
        self.open_button.setEnabled(
            bool(row)
            and not row.get("_missing")
            and row.get("status") in ("registered", "referred")
            and not self.model.is_foreign(row)
        )
        open_steps = self._open_servicing(row)
        for step, b in getattr(self, "servicing_buttons", {}).items():
            permit(b, self.ws, self.ws.loan_book.step_permission(step), enabled=step in open_steps)
        self._fill_history()  # also when the selection went away (a new filter, a refresh)
        self._fill_rules()

    def _open_servicing(self, row: dict | None) -> set[str]:
        if not row or row.get("_missing") or self.model.is_foreign(row):
            return set()
        rules = run_now(self, lambda: self.ws.loan_book.rules(row["id"])) or []
        return {r["step"] for r in rules if r["open"]}

    def _fill_rules(self) -> None:
        """The selected loan's figures today, and for each servicing step whether it is open and the
        rule it answers to (the seeds' sentences, app.domain.loan_servicing.STEP_RULES)."""
        if not hasattr(self, "rules"):
            return
        record_id = self.selected_id()
        if not record_id:
            self.rules.setText("")
            return
        lang = language()
        c = ViewContext(self.ws)

        def load():
            return self.ws.loan_book.figures(record_id), self.ws.loan_book.rules(record_id)

        found = run_now(self, load)
        if not found:
            return
        figures, rules = found
        esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;")
        lines = []
        if figures.granted_fen:
            lines.append(
                esc(
                    lang.fill(
                        "LoansPage",
                        BOOK_LINE,
                        c.yuan(figures.balance_fen),
                        c.date(figures.maturity or ""),
                        str(figures.overdue_days),
                        c.yuan(figures.subsidy_fen),
                    )
                )
            )
        for r in rules:
            name = c.label("loan_step", r["step"])
            mark = "✓" if r["open"] else "✗"
            style = "" if r["open"] else " style='color:#757575'"
            texts = "<br>".join(esc(lang.tr_domain(t)) for t in r["rules"])
            lines.append(f"<p{style}><b>{mark} {esc(name)}</b><br>{texts}</p>")
        self.rules.setText("".join(lines))

    @staticmethod
    def _note_text(note: dict) -> str:
        """A note the grant recorded (a rule changed since its date), stored in each language."""
        from app.i18n import join_bilingual

        lang = language()
        if lang.mode == "both":
            return join_bilingual(note["zh"], note["bo"], lang.tibetan_first)
        return note.get(lang.mode) or note["en"]

    def _fill_history(self) -> None:
        if not hasattr(self, "history"):
            return
        self.history.clear()
        record_id = self.selected_id()
        if not record_id:
            return
        c = ViewContext(self.ws)
        items = []
        for ev in run_now(self, lambda: self.ws.loans.events(record_id)) or []:
            details = json.loads(ev["details"]) if ev.get("details") else {}
            extra = []
            if details.get("granted_fen") is not None:
                extra.append(c.yuan(details["granted_fen"]))
            if details.get("rate_bp") is not None:
                extra.append(c.digits(format_rate(details["rate_bp"])))
            if details.get("maturity_on"):
                extra.append(c.date(details["maturity_on"]))
            if details.get("subsidy_fen") is not None:
                extra.append(c.yuan(details["subsidy_fen"]))
            step = c.label("loan_status", ev["to_status"])
            if ev.get("step") and ev["step"] != "repay" and ev.get("from_status") == ev["to_status"]:
                step = c.label("loan_step", ev["step"])  # a servicing step: the status stays
            elif ev.get("from_status"):
                step = f"{c.label('loan_status', ev['from_status'])} → {step}"
            if details.get("amount_fen") is not None:
                extra.append(c.yuan(details["amount_fen"]))
            extra += [self._note_text(n) for n in details.get("policy_notes") or []]
            items.append(
                (
                    ev["on_date"],
                    ev.get("created_at") or "",
                    [
                        c.date(ev["on_date"]),
                        step,
                        ev.get("by_user") or "",
                        " · ".join(x for x in [ev.get("reason") or "", *extra] if x),
                    ],
                )
            )
        for r in run_now(self, lambda: self.ws.loan_book.repayments(record_id)) or []:
            parts = [c.yuan(r["principal_fen"])]
            if r["interest_fen"]:
                parts.append(language().fill("LoansPage", INTEREST_PART, c.yuan(r["interest_fen"])))
            items.append(
                (
                    r["paid_on"],
                    r["created_at"],
                    [
                        c.date(r["paid_on"]),
                        c.label("loan_step", "repay"),
                        r.get("updated_by") or "",
                        " · ".join(x for x in [*parts, r.get("notes") or ""] if x),
                    ],
                )
            )
        for _day, _at, cells in sorted(items, key=lambda t: (t[0], t[1])):
            self.history.addTopLevelItem(QTreeWidgetItem(cells))
        for i in range(self.history.columnCount()):
            self.history.resizeColumnToContents(i)

    # -- actions ---------------------------------------------------------------------------------
    def new_record(self) -> None:
        row, ok = LoanDemandDialog.get(self, self.ws)
        if ok and row:
            self.changed(row["id"])

    def open_record(self, record_id: str) -> None:
        """Enter / double-click: edit a demand still waiting; otherwise show its household."""
        record = run_now(self, lambda: self.ws.loans.get(record_id))
        if record is None:
            return
        if record["status"] in ("registered", "referred") and not self.model.is_foreign(record):
            _row, ok = LoanDemandDialog.get(self, self.ws, record)
            if ok:
                self.changed(record_id)
        elif self.main_window is not None:
            self.main_window.open_household(record["household_id"])

    def service_step(self, step: str) -> None:
        record_id = self.selected_id()
        if not record_id or step not in self._open_servicing(self.selected_row()):
            return
        loan = run_now(self, lambda: self.ws.loans.get(record_id))
        if loan is None:
            return
        _row, ok = LoanServicingDialog.get(self, self.ws, loan, step)
        if ok:
            self.changed(record_id)
            self._fill_history()
            self._fill_rules()

    def print_visit_list(self, within_days: int) -> None:
        """The visit list (overdue, and due within `within_days`) of the village chosen in the filter
        bar, or of every village, printed through the preview (ui.printing)."""
        from exports.pdf.visit_list import write_visit_list_pdf
        from ui.printing import print_pdf

        village = (self.filter_bar.filters() or {}).get("village_id") or None
        mode = language().mode if language().mode != "en" else "zh"
        ws = self.ws

        def write(out):  # on the worker: a county's list is thousands of loans (bench/bench_loan_book.py)
            from app.services import pdf_fonts

            return write_visit_list_pdf(
                ws.loan_book.visit_list(within_days=within_days, village=village, mode=mode),
                out,
                mode=mode,
                font_paths=pdf_fonts.font_paths(ws),
            )

        print_pdf(self, write, title=self.tr("Visit list"))

    def step(self, to_status: str) -> None:
        record_id = self.selected_id()
        if not record_id or to_status not in self.allowed() or not allowed(self.ws, self.step_permission(to_status)):
            return
        loan = run_now(self, lambda: self.ws.loans.get(record_id))
        if loan is None:
            return
        _row, ok = LoanStepDialog.get(self, self.ws, loan, to_status)
        if ok:
            self.changed(record_id)
            self._fill_history()
