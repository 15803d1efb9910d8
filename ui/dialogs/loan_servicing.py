"""A servicing step of a granted loan: a repayment (principal and interest apart), an extension
(展期), a top-up (追加), the default, a risk-compensation claim or the write-off.  Checked as it is
typed by the same rules the service applies (app.services.loan_book.check_step), so the form says
which rule refuses before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain.errors import Problem
from ui.dialogs.loan_step import loan_summary_text, show_loan_summary
from ui.forms.base import FormDialog
from ui.i18n import Label, language

if TYPE_CHECKING:
    from app.services.workspace import Workspace

STEP_TITLE = QT_TRANSLATE_NOOP("LoanServicingDialog", "Loan: %1")


class LoanServicingDialog(FormDialog):
    def __init__(self, ws: Workspace, loan: dict, step: str, parent=None):
        super().__init__(ws, None, parent)
        self.loan = loan
        self.step = step
        show_loan_summary(self, ws, loan)
        self.add_date("on_date")
        if step == "repay":
            self.add_money("principal_fen")
            self.add_money("interest_fen", required=False)
        if step in ("top_up", "claim"):
            self.add_money("amount_fen")
        if step == "extend":
            self.add_date("maturity_on")
        if step in ("extend", "top_up", "default", "write_off"):
            self.add_multiline("reason")
        elif step == "repay":
            self.add_text("notes")
        self.finish()

    def translateUI(self) -> None:
        self.loan_summary.setText(loan_summary_text(self.ws, self.loan))
        super().translateUI()

    def window_title(self) -> str:
        ref = self.ws.reference
        return language().fill(
            "LoanServicingDialog",
            STEP_TITLE,
            Label(ref.label("loan_step", self.step, "zh"), ref.label("loan_step", self.step, "bo")),
        )

    def field_labels(self) -> dict[str, str]:
        return {
            "on_date": self.tr("Date"),
            "principal_fen": self.tr("Principal repaid (yuan)"),
            "interest_fen": self.tr("Interest paid (yuan)"),
            "amount_fen": self.tr("Amount (yuan)"),
            "maturity_on": self.tr("New maturity date"),
            "reason": self.tr("Reason"),
            "notes": self.tr("Note"),
        }

    def _values(self, data: dict) -> dict:
        if self.step == "repay":
            return {
                "on_date": data.get("on_date"),
                "principal_fen": data.get("principal_fen") or 0,
                "interest_fen": data.get("interest_fen") or 0,
            }
        return {
            "on_date": data.get("on_date"),
            "amount_fen": data.get("amount_fen"),
            "maturity_on": data.get("maturity_on"),
            "reason": data.get("reason") or "",
        }

    def validate(self, data: dict) -> list[Problem]:
        return self.ws.loan_book.check_step(self.loan, self.step, **self._values(data))

    def save(self, data: dict):
        book = self.ws.loan_book
        if self.step == "repay":
            return book.repay(
                self.loan["id"],
                notes=data.get("notes") or "",
                expected_version=self.loan.get("version"),
                **self._values(data),
            )
        return book.step(self.loan["id"], self.step, expected_version=self.loan.get("version"), **self._values(data))
