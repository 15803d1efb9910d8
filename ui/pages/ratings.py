"""Credit ratings (信用户评定, the office's 双评: bank and village rate each household together): the
yearly ratings, the score sheet form with the live total and grade, and — second tab — the village
list: which villages qualify as credit villages under the configured thresholds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.ratings import grade_for
from ui.forms.base import FormDialog
from ui.i18n import Label, Retranslatable, language
from ui.models.paged import RIGHT, Column, ViewContext
from ui.operations import run_now
from ui.pages.register_page import RegisterPage
from ui.pages.sessions import fit_width, tall_enough
from ui.widgets.household_picker import HouseholdPicker

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: filled per language by Language.fill (marked here so the translation tools collect it)
TOTAL_TEXT = QT_TRANSLATE_NOOP("ScoreSheet", "Total %1 of %2 — grade %3")
YES_COLOR = QColor("#1b5e20")
NO_COLOR = QColor("#b71c1c")


def grade_label(ws: Workspace, code: str | None) -> str:
    lang = language()
    return ws.reference.label("rating_grade", code, lang.mode, lang.tibetan_first) if code else ""


def percent(bp: int | None) -> str:
    """Basis points as a percentage with one decimal, in the language's digits."""
    if bp is None:
        return "—"
    return language().digits(f"{bp / 100:.1f} %")


class ScoreSheet(Retranslatable, QWidget):
    """One spin box per criterion of the score sheet (reference data), and the live total and grade."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.maxima = ws.ratings.criteria_max()
        self.grades = ws.ratings.grades()
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (code, maximum) in enumerate(self.maxima.items()):
            label = QLabel()
            spin = QSpinBox()
            spin.setObjectName(f"criterion_{code}")
            spin.setRange(0, maximum)
            spin.setSuffix(f" / {maximum}")
            spin.valueChanged.connect(self._changed)
            label.setBuddy(spin)
            grid.addWidget(label, i, 0)
            grid.addWidget(spin, i, 1)
            self.spins[code] = spin
            self.labels[code] = label
        self.total = QLabel()
        self.total.setObjectName("scoreTotal")
        self.total.setWordWrap(True)
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        grid.addWidget(self.total, len(self.maxima), 0, 1, 2)
        grid.setColumnStretch(0, 1)
        language().changed.connect(self.translateUI)
        self.translateUI()

    def _changed(self) -> None:
        self._show_total()
        self.changed.emit()

    def score(self) -> int:
        return sum(s.value() for s in self.spins.values())

    def grade(self) -> str:
        return grade_for(self.score(), self.grades)

    def _show_total(self) -> None:
        lang = language()
        grade = self.grade()
        ref = self.ws.reference
        self.total.setText(
            lang.fill(
                "ScoreSheet",
                TOTAL_TEXT,
                lang.fmt_int(self.score()),
                lang.fmt_int(sum(self.maxima.values())),
                Label(ref.label("rating_grade", grade, "zh"), ref.label("rating_grade", grade, "bo")),
            )
        )

    def translateUI(self) -> None:
        lang = language()
        for code, label in self.labels.items():
            label.setText(self.ws.reference.label("rating_criterion", code, lang.mode, lang.tibetan_first))
        self._show_total()

    def value(self) -> dict[str, int]:
        return {code: s.value() for code, s in self.spins.items()}

    def set_value(self, criteria) -> None:
        if isinstance(criteria, str):
            import json

            criteria = json.loads(criteria or "{}")
        for code, spin in self.spins.items():
            spin.setValue(int((criteria or {}).get(code, 0) or 0))
        self._show_total()


class RatingDialog(FormDialog):
    """The yearly joint rating of one household."""

    def __init__(self, ws: Workspace, record: dict | None = None, parent=None, household_id: str | None = None):
        super().__init__(ws, record, parent)
        from ui.permissions import permit

        self.picker = HouseholdPicker(ws)
        tall_enough(self.picker)
        self.add_widget(
            "household_id", self.picker, self.picker.value, self.picker.set_value, self.picker.householdChanged
        )
        year = self.add_int("year")
        year.setMaxLength(4)
        self.add_date("rated_on")
        self.sheet = ScoreSheet(ws)
        self.add_widget("criteria", self.sheet, self.sheet.value, self.sheet.set_value, self.sheet.changed)
        self.add_text("bank_rater")
        self.add_text("village_rater")
        bank = self.add_int("bank_score")
        self.add_int("village_score")
        self.add_multiline("notes")
        # the bank's half of 双评 is the bank officer's to give (auth.PERMISSIONS "rating.bank")
        permit(bank, ws, "rating.bank")
        if record is None:
            self.fields["year"].write(date.today().year)
            if household_id:
                self.picker.set_value(household_id)
                self.fields["household_id"].touched = True
        self.resize(620, 720)
        self.finish()

    def translateUI(self) -> None:
        super().translateUI()
        if self._finished:
            fit_width(self, 620)

    def window_title(self) -> str:
        return self.tr("Edit credit rating") if self.record else self.tr("New credit rating")

    def field_labels(self) -> dict[str, str]:
        return {
            "household_id": self.tr("Household"),
            "year": self.tr("Year"),
            "rated_on": self.tr("Rated on"),
            "criteria": self.tr("Score sheet"),
            "bank_rater": self.tr("Bank's rater"),
            "village_rater": self.tr("Village's rater"),
            "bank_score": self.tr("Bank's score"),
            "village_score": self.tr("Village's score"),
            "notes": self.tr("Notes"),
        }

    def adjust_data(self, data: dict) -> dict:
        if not self.fields["bank_score"].widget.isEnabled():
            data.pop("bank_score", None)  # not this user's to give: keep what is stored
        return data

    def validate(self, data: dict):
        return self.ws.ratings.validate(data)

    def save(self, data: dict):
        if self.record and "id" in self.record:
            return self.ws.ratings.update(self.record["id"], data, expected_version=self.record.get("version"))
        return self.ws.ratings.create(data)


class CreditVillagesPanel(Retranslatable, QWidget):
    """Per village: households, credit households, borrowers without arrears, qualifies or not."""

    HEADERS = [
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Village"),
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Households"),
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Credit households"),
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Credit households %"),
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Borrowers"),
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Without arrears %"),
        QT_TRANSLATE_NOOP("CreditVillagesPanel", "Credit village"),
    ]

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.rows = []
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("creditYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.thresholds = QLabel()
        self.thresholds.setObjectName("creditThresholds")
        self.thresholds.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("creditSummary")
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("creditVillages")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.thresholds)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        self.translateUI()

    def translateUI(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.year_label.setText(self.tr("Ratings up to the year"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CreditVillagesPanel", h) for h in self.HEADERS]
        )
        ref = self.ws.reference
        credit = int(ref.setting("credit_village_min_credit_share_bp", 7000))
        clean = int(ref.setting("credit_village_min_clean_borrower_share_bp", 8500))
        self.thresholds.setText(
            self.tr(
                "A village is a credit village when at least %1 of its households are credit households and at "
                "least %2 of its borrowers have no arrears (thresholds set in Settings)."
            )
            .replace("%1", percent(credit))
            .replace("%2", percent(clean))
        )
        self._fill()

    def refresh(self) -> None:
        year = self.year.value()
        self.rows = run_now(self, lambda: self.ws.ratings.credit_villages(year, date.today())) or []
        self._fill()

    def _fill(self) -> None:
        lang = language()
        self.table.setRowCount(len(self.rows))
        for i, v in enumerate(self.rows):
            qualifies = self.tr("✓ yes") if v.qualifies else self.tr("✗ no")
            clean = v.clean_share_bp if v.borrowers else None
            cells = [
                lang.label(v.name_zh, v.name_bo),
                lang.fmt_int(v.households),
                lang.fmt_int(v.credit_households),
                percent(v.credit_share_bp if v.households else None),
                lang.fmt_int(v.borrowers),
                percent(clean),
                qualifies,
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= j <= 5:
                    item.setTextAlignment(RIGHT)
                if j == 6:
                    item.setForeground(QBrush(YES_COLOR if v.qualifies else NO_COLOR))
                self.table.setItem(i, j, item)
        n = sum(1 for v in self.rows if v.qualifies)
        self.summary.setText(
            self.tr("%1 of %2 villages qualify as credit villages.")
            .replace("%1", lang.fmt_int(n))
            .replace("%2", lang.fmt_int(len(self.rows)))
        )


class RatingsPage(RegisterPage):
    register_name = "ratings"
    status_kind = None  # the grade is the register's status: its own combo below
    default_widths = {
        "year": 60,
        "household": 180,
        "village": 110,
        "score": 60,
        "grade": 130,
        "bank_score": 80,
        "village_score": 80,
        "bank_rater": 120,
        "village_rater": 120,
        "rated_on": 100,
    }

    def service(self):
        return self.ws.ratings

    def columns(self) -> list[Column]:
        def grade_color(r, _c):
            return YES_COLOR if r.get("grade") in self._credit_grades else None

        return [
            Column(
                "year",
                QT_TRANSLATE_NOOP("Columns", "Year"),
                lambda r, c: c.digits(str(r.get("year") or "")),
                sort="year",
            ),
            Column(
                "household",
                QT_TRANSLATE_NOOP("Columns", "Household"),
                lambda r, c: c.names(r.get("household_zh"), r.get("household_bo")),
                sort="name",
            ),
            Column(
                "village",
                QT_TRANSLATE_NOOP("Columns", "Village"),
                lambda r, c: c.names(r.get("village_zh"), r.get("village_bo")),
                sort="village",
            ),
            Column(
                "score",
                QT_TRANSLATE_NOOP("Columns", "Score"),
                lambda r, c: c.int(r.get("score")),
                align=RIGHT,
                sort="score",
            ),
            Column(
                "grade",
                QT_TRANSLATE_NOOP("Columns", "Grade"),
                lambda r, c: c.label("rating_grade", r.get("grade")),
                sort="grade",
                foreground=grade_color,
            ),
            Column(
                "bank_score",
                QT_TRANSLATE_NOOP("Columns", "Bank's score"),
                lambda r, c: c.int(r.get("bank_score")),
                align=RIGHT,
            ),
            Column(
                "village_score",
                QT_TRANSLATE_NOOP("Columns", "Village's score"),
                lambda r, c: c.int(r.get("village_score")),
                align=RIGHT,
            ),
            Column("bank_rater", QT_TRANSLATE_NOOP("Columns", "Bank's rater"), lambda r, c: r.get("bank_rater") or ""),
            Column(
                "village_rater",
                QT_TRANSLATE_NOOP("Columns", "Village's rater"),
                lambda r, c: r.get("village_rater") or "",
            ),
            Column(
                "rated_on",
                QT_TRANSLATE_NOOP("Columns", "Rated on"),
                lambda r, c: c.date(r.get("rated_on")),
                sort="rated_on",
            ),
            # 双评: each side signs its half (app.services.loan_book.sign_rating)
            Column(
                "signed",
                QT_TRANSLATE_NOOP("Columns", "Signed (village · bank)"),
                lambda r, c: (
                    f"{'✓' if r.get('village_signed_by') else '—'} · {'✓' if r.get('bank_signed_by') else '—'}"
                ),
            ),
        ]

    def add_buttons(self, layout) -> None:
        self.sign_village_button = QPushButton()
        self.sign_village_button.setObjectName("signVillageButton")
        self.sign_village_button.clicked.connect(lambda: self.sign("village"))
        self.sign_bank_button = QPushButton()
        self.sign_bank_button.setObjectName("signBankButton")
        self.sign_bank_button.clicked.connect(lambda: self.sign("bank"))
        layout.addWidget(self.sign_village_button)
        layout.addWidget(self.sign_bank_button)

    def sign(self, side: str) -> None:
        """Sign the selected rating's half; with both halves signed its credit line (授信) is set."""
        row = self.selected_row()
        if row is None or row.get("_missing") or self.model.is_foreign(row):
            return
        if run_now(self, lambda: self.ws.loan_book.sign_rating(row["id"], side)) is not None:
            self.changed(row["id"])

    def add_filters(self, bar) -> None:
        bar.add_choice(
            "status",
            lambda: [(r["code"], grade_label(self.ws, r["code"])) for r in self.ws.reference.enums("rating_grade")],
            all_text=lambda: self.tr("All grades"),
        )
        this_year = date.today().year
        bar.add_choice(
            "year",
            lambda: [(str(y), language().digits(str(y))) for y in range(this_year, this_year - 8, -1)],
            all_text=lambda: self.tr("All years"),
        )

    def __init__(self, ws: Workspace, main_window, parent=None):
        self._credit_grades = ws.ratings.credit_grades()
        super().__init__(ws, main_window, parent)
        # the register and the village list as two tabs below the page title
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ratingsTabs")
        register = QWidget()
        inner = QVBoxLayout(register)
        inner.setContentsMargins(0, 0, 0, 0)
        self.main_layout.removeWidget(self.filter_bar)
        self.main_layout.removeItem(self.buttons)
        self.buttons.setParent(None)
        self.body.removeWidget(self.table)
        inner.addWidget(self.filter_bar)
        inner.addLayout(self.buttons)
        inner.addWidget(self.table, 1)
        self.villages = CreditVillagesPanel(ws)
        self.tabs.addTab(register, "")
        self.tabs.addTab(self.villages, "")
        self.body.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.villages.refresh())
        self.translateUI()

    def map_filters(self, filters: dict) -> dict:
        if filters.get("year"):
            filters["year"] = int(filters["year"])
        return filters

    def apply_filters(self, **filters) -> None:
        if filters.pop("villages", None):
            self.tabs.setCurrentIndex(1)
        if "year" in filters and filters["year"] is not None:
            filters["year"] = str(filters["year"])
        if filters:
            self.filter_bar.set_filters(**filters)

    def page_title(self) -> str:
        return self.tr("Credit ratings")

    def translateUI(self) -> None:
        super().translateUI()
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, self.tr("Household ratings"))
            self.tabs.setTabText(1, self.tr("Credit villages"))
        if hasattr(self, "sign_village_button"):
            self.sign_village_button.setText(self.tr("Sign for the village"))
            self.sign_bank_button.setText(self.tr("Sign for the bank"))

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "tabs") and self.tabs.currentIndex() == 1:
            self.villages.refresh()

    def changed(self, record_id: str | None = None) -> None:
        super().changed(record_id)
        self.villages.refresh()

    def record_label(self, row: dict, mode: str | None = None) -> str:
        c = ViewContext(self.ws, mode)
        return " · ".join(
            x
            for x in (
                c.names(row.get("household_zh"), row.get("household_bo")),
                c.digits(str(row.get("year") or "")),
                c.label("rating_grade", row.get("grade")),
            )
            if x
        )

    def new_record(self) -> None:
        row, ok = RatingDialog.get(self, self.ws)
        if ok and row:
            self.changed(row["id"])

    def open_record(self, record_id: str) -> None:
        record = run_now(self, lambda: self.ws.ratings.get(record_id))
        if record is None or self.model.is_foreign(record):
            return
        _row, ok = RatingDialog.get(self, self.ws, record)
        if ok:
            self.changed(record_id)
