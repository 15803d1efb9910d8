"""Settings → Loan policy: the dated versions of each loan product's rules (app.services.loan_policy),
and a new version from a date — the subsidy share of a policy year, the household cap, the longest
term, the rate rule — set by the office head.  A version the county set is shown and never changed
here.  Widgets run no SQL: everything goes through ws.loan_policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.money import format_rate, format_yuan
from ui.i18n import Retranslatable, language
from ui.operations import show_error

if TYPE_CHECKING:
    from app.services.workspace import Workspace

RATE_RULES = ("lpr_tier", "county", "none")


class LoanPolicyBox(Retranslatable, QWidget):
    def __init__(self, ws: Workspace, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("policyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.product = QComboBox()
        self.product.setObjectName("policyProduct")
        self.product.currentIndexChanged.connect(lambda _i: self._in_force())
        self.effective = QDateEdit()
        self.effective.setObjectName("policyFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.share = QDoubleSpinBox()
        self.share.setObjectName("policyShare")
        self.share.setRange(0, 100)
        self.share.setDecimals(0)
        self.share.setSuffix(" %")
        self.cap = QLineEdit()
        self.cap.setObjectName("policyCap")
        self.max_amount = QLineEdit()
        self.max_amount.setObjectName("policyMaxAmount")
        self.term = QSpinBox()
        self.term.setObjectName("policyTerm")
        self.term.setRange(0, 600)
        self.rule = QComboBox()
        self.rule.setObjectName("policyRateRule")
        for code in RATE_RULES:
            self.rule.addItem("", code)
        self.county_rate = QLineEdit()
        self.county_rate.setObjectName("policyCountyRate")
        self.save_button = QPushButton()
        self.save_button.setObjectName("policySave")
        self.save_button.clicked.connect(self.save)
        self.labels = [QLabel() for _ in range(8)]
        for label in self.labels:  # long bilingual labels wrap rather than widen the window (1366×768)
            label.setWordWrap(True)
        for combo in (self.product, self.rule):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (
                self.product,
                self.effective,
                self.share,
                self.cap,
                self.max_amount,
                self.term,
                self.rule,
                self.county_rate,
            ),
        ):
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        # the versions are what the page is for: four rows of them at least (in bilingual mode
        # the form below left the table one row on a 1366×768 laptop; the settings page scrolls)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header + 4 * self.table.verticalHeader().defaultSectionSize() + 24)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(row)
        self.translateUI()

    def translateUI(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("From"),
                self.tr("Per loan (yuan)"),
                self.tr("Per household (yuan)"),
                self.tr("Longest term (months)"),
                self.tr("Rate rule"),
                self.tr("Subsidy share"),
                self.tr("Set by"),
            ]
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Product"),
                self.tr("In force from"),
                self.tr("Interest subsidy share"),
                self.tr("Limit per household across the programme (yuan)"),
                self.tr("Limit per loan (yuan)"),
                self.tr("Longest term (months, 0: none)"),
                self.tr("Rate rule"),
                self.tr("County's rate cap (%)"),
            ),
        ):
            label.setText(text)
        for i, code in enumerate(RATE_RULES):
            self.rule.setItemText(i, self._rule_name(code))
        self.save_button.setText(self.tr("Save as a new version"))
        self.note.setText(
            self.tr(
                "Each version applies to loans from its date on; older loans keep the rules of their own dates. "
                "Versions set by the county are shown and cannot be changed here."
            )
        )
        self.refresh()

    def _rule_name(self, code: str) -> str:
        return {
            "lpr_tier": self.tr(
                "Base rate of the grant date: the PBOC benchmark rate of the term before 2019-08-20, then the "
                "1-year LPR up to 12 months and the 5-year LPR beyond"
            ),
            "county": self.tr("The county's own cap"),
            "none": self.tr("No cap"),
        }.get(code, code)

    def refresh(self) -> None:
        mode = language().mode
        ref = self.ws.reference
        current = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        for p in ref.products():
            self.product.addItem(ref.product_label(p.code, mode), p.code)
        self.product.setCurrentIndex(max(0, self.product.findData(current)))
        self.product.blockSignals(False)
        self.versions = self.ws.loan_policy.versions()
        self.table.setRowCount(len(self.versions))
        for i, v in enumerate(self.versions):
            cells = (
                ref.product_label(v.product_code, mode),
                v.effective_from.isoformat(),
                "" if v.max_amount_fen is None else format_yuan(v.max_amount_fen),
                "" if v.household_cap_fen is None else format_yuan(v.household_cap_fen),
                "" if v.max_term_months is None else str(v.max_term_months),
                self._rule_name(v.rate_rule),
                f"{v.subsidy_share_bp / 100:g} %",
                v.source if v.source != "release" else self.tr("release"),
            )
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        allowed = self._allowed()
        for w in (
            self.product,
            self.effective,
            self.share,
            self.cap,
            self.max_amount,
            self.term,
            self.rule,
            self.county_rate,
            self.save_button,
        ):
            w.setEnabled(allowed)
        if not self.effective.date().isValid() or self.effective.date() == QDate(2000, 1, 1):
            self.effective.setDate(QDate(date.today().year + 1, 1, 1))
        self._in_force()

    def _allowed(self) -> bool:
        from app.services import auth

        return auth.allowed(self.ws, "settings.manage")

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        v = self.versions[rows[0].row()]
        self.product.blockSignals(True)
        self.product.setCurrentIndex(max(0, self.product.findData(v.product_code)))
        self.product.blockSignals(False)
        self._load(v)

    def _in_force(self) -> None:
        """The form starts from the version in force for the product on the chosen date, so that a
        new version changes only what the office head changes."""
        code = self.product.currentData()
        if code:
            v = self.ws.loan_policy.in_force(code, self.effective.date().toPython())
            if v is not None:
                self._load(v)

    def _load(self, v) -> None:
        self.share.setValue(v.subsidy_share_bp / 100)
        self.cap.setText("" if v.household_cap_fen is None else format_yuan(v.household_cap_fen, thousands=False))
        self.max_amount.setText("" if v.max_amount_fen is None else format_yuan(v.max_amount_fen, thousands=False))
        self.term.setValue(v.max_term_months or 0)
        self.rule.setCurrentIndex(max(0, self.rule.findData(v.rate_rule)))
        self.county_rate.setText("" if v.county_rate_cap_bp is None else format_rate(v.county_rate_cap_bp).rstrip("%"))

    def version(self):
        """The version the form describes, from the one in force on its date."""
        from app.domain.money import parse_rate_percent, parse_yuan

        code = self.product.currentData()
        on = self.effective.date().toPython()
        base = self.ws.loan_policy.in_force(code, on)
        if base is None:
            from app.domain.credit_policy import PolicyVersion

            base = PolicyVersion(code, on)
        cap = self.cap.text().strip()
        most = self.max_amount.text().strip()
        county = self.county_rate.text().strip()
        return replace(
            base,
            effective_from=on,
            subsidy_share_bp=int(round(self.share.value() * 100)),
            household_cap_fen=parse_yuan(cap, "household_cap_fen") if cap else None,
            max_amount_fen=parse_yuan(most, "max_amount_fen") if most else None,
            max_term_months=self.term.value() or None,
            rate_rule=self.rule.currentData(),
            county_rate_cap_bp=parse_rate_percent(county, "county_rate_cap_bp") if county else None,
        )

    def save(self) -> bool:
        try:
            self.ws.loan_policy.set_version(self.version())
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True
