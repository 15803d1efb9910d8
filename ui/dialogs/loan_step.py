"""One step of a loan demand's life: refer, approve, grant (amount, rate, dates, subsidy), reject or
withdraw (with the reason), mark repaid. Checked as typed by the same rule the service applies
(app.domain.lifecycle.loan_transition), so the form says what is wrong before anything is written."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain.errors import Problem, problems_of
from app.domain.lifecycle import loan_transition
from ui.forms.base import FormDialog
from ui.i18n import Label, language

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: filled per language by Language.fill (marked here so the translation tools collect it)
STEP_TITLE = QT_TRANSLATE_NOOP("LoanStepDialog", "Loan demand: %1")


#: a step dialog is wide enough for its summary and a reason without wrapping every few words
STEP_DIALOG_WIDTH = 520


def loan_summary_text(ws: Workspace, loan: dict) -> str:
    """Which demand a step acts on: household, product, amount asked (and granted), one per line,
    in the current language mode (labels from the demand form's own translations)."""
    from PySide6.QtCore import QCoreApplication

    from ui.models.paged import ViewContext

    c = ViewContext(ws)
    household = ws.households.get(loan["household_id"]) if loan.get("household_id") else None
    lines = [
        (
            QCoreApplication.translate("LoanDemandDialog", "Household"),
            c.names(household.get("name_zh"), household.get("name_bo")) if household else "",
        ),
        (QCoreApplication.translate("LoanDemandDialog", "Loan product"), c.product(loan.get("product_code"))),
        (QCoreApplication.translate("LoanDemandDialog", "Amount asked (yuan)"), c.yuan(loan.get("amount_fen"))),
    ]
    if loan.get("granted_fen"):
        lines.append((QCoreApplication.translate("Columns", "Granted (yuan)"), c.yuan(loan["granted_fen"])))
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def show_loan_summary(dialog: FormDialog, ws: Workspace, loan: dict) -> None:
    """Put the demand's summary above the step's fields and give the dialog a readable size."""
    from PySide6.QtWidgets import QFrame, QLabel

    label = QLabel()
    label.setObjectName("loanSummary")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    dialog.header.addWidget(label)
    dialog.loan_summary = label
    dialog.setMinimumWidth(STEP_DIALOG_WIDTH)


class LoanStepDialog(FormDialog):
    def __init__(self, ws: Workspace, loan: dict, to_status: str, parent=None):
        super().__init__(ws, None, parent)
        self.loan = loan
        self.to_status = to_status
        show_loan_summary(self, ws, loan)
        self.add_date("on_date")
        if to_status == "granted":
            self.add_money("granted_fen")
            self.add_rate("rate_bp", required=False)
            self.add_date("maturity_on", optional=True)
            self.add_text("contract_no")
            # no subsidy field: the policy in force computes it (app.domain.credit_policy)
            if loan.get("amount_fen"):
                self.fields["granted_fen"].write(loan["amount_fen"])
        if to_status in ("rejected", "withdrawn"):
            self.add_multiline("reason")
        elif to_status != "granted":
            self.add_text("reason")
        self.finish()

    def translateUI(self) -> None:
        self.loan_summary.setText(loan_summary_text(self.ws, self.loan))
        super().translateUI()

    def window_title(self) -> str:
        ref = self.ws.reference
        # the step's label per language: each half of bilingual text names it in its own script
        return language().fill(
            "LoanStepDialog",
            STEP_TITLE,
            Label(ref.label("loan_status", self.to_status, "zh"), ref.label("loan_status", self.to_status, "bo")),
        )

    def field_labels(self) -> dict[str, str]:
        return {
            "on_date": self.tr("Date"),
            "granted_fen": self.tr("Amount granted (yuan)"),
            "rate_bp": self.tr("Yearly rate (%)"),
            "maturity_on": self.tr("Maturity date"),
            "contract_no": self.tr("Contract number"),
            "reason": self.tr("Reason") if self.to_status in ("rejected", "withdrawn") else self.tr("Note"),
        }

    def _kwargs(self, data: dict) -> dict:
        return {
            k: data.get(k)
            for k in ("reason", "granted_fen", "rate_bp", "maturity_on", "contract_no")
            if data.get(k) not in (None, "")
        }

    def validate(self, data: dict) -> list[Problem]:
        lang = language()
        labels = {
            r["code"]: self.ws.reference.label("loan_status", r["code"], lang.mode, lang.tibetan_first)
            for r in self.ws.reference.enums("loan_status")
        }
        kwargs = {k: v for k, v in self._kwargs(data).items() if k != "contract_no"}
        problems = problems_of(
            loan_transition,
            self.loan,
            self.to_status,
            on_date=data.get("on_date"),
            labels=labels,
            today=date.today(),
            **kwargs,
        )
        if self.to_status == "granted" and not problems and data.get("granted_fen"):
            # the policy in force on the grant date: household cap, longest term, rate cap; its
            # notes (a rule changed since, a status the register cannot know) shown as warnings
            from app.domain.dates import parse_date

            def policy():
                return self.ws.loan_book.grant_review(
                    self.loan,
                    on=parse_date(data["on_date"], "on_date"),
                    granted_fen=data["granted_fen"],
                    rate_bp=data.get("rate_bp"),
                    maturity_on=parse_date(data["maturity_on"], "maturity_on") if data.get("maturity_on") else None,
                )

            problems = problems_of(policy)
        return problems

    def save(self, data: dict):
        return self.ws.loans.transition(
            self.loan["id"],
            self.to_status,
            on_date=data["on_date"],
            expected_version=self.loan.get("version"),
            **self._kwargs(data),
        )
