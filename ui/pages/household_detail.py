"""One household's page: everything on record for it (ws.households.record) — details, loan demands
with their histories, literacy sessions attended, complaints, credit ratings — and what can be done
from here: edit, new loan demand, new complaint, print the record card."""

from __future__ import annotations

import importlib
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_rate
from app.i18n import join_bilingual
from ui.i18n import language
from ui.models.paged import ViewContext
from ui.operations import Operation, run_now
from ui.pages.page import Page
from ui.widgets.flow import FlowLayout

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def _optional(module: str, name: str):
    """An attribute of a module another part of the program may not have written yet (or None)."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def card_writer():
    """The record-card writer of the reports part (exports/pdf/cards.py), when it is there."""
    fn = _optional("exports.pdf.cards", "write_cards")
    return fn if callable(fn) else None


class _List(QTreeWidget):
    """A read-only list sized to its rows (the page scrolls, not each list)."""

    def __init__(self):
        super().__init__()
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QTreeWidget.SizeAdjustPolicy.AdjustToContents)

    def fit(self) -> None:
        height = self.header().height() + 2 * self.frameWidth() + 4
        it = self.invisibleRootItem()

        def rows(item):
            n = 0
            for i in range(item.childCount()):
                child = item.child(i)
                n += self.sizeHintForRow(0) or 24
                if child.isExpanded():
                    n += rows(child)
            return n

        height += max(rows(it), 24)
        self.setFixedHeight(min(height, 2000))
        for c in range(self.columnCount()):
            self.resizeColumnToContents(c)


class HouseholdDetailPage(Page):
    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
        super().__init__(ws, main_window, parent)
        self.household_id: str | None = None
        self.record: dict | None = None

        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.name_label = QLabel()
        self.name_label.setObjectName("householdName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)

        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editHousehold")
        self.edit_button.clicked.connect(self.edit_household)
        self.loan_button = QPushButton()
        self.loan_button.setObjectName("newLoan")
        self.loan_button.clicked.connect(self.new_loan)
        self.complaint_button = QPushButton()
        self.complaint_button.setObjectName("newComplaint")
        self.complaint_button.clicked.connect(self.new_complaint)
        self.card_button = QPushButton()
        self.card_button.setObjectName("printCard")
        self.card_button.clicked.connect(self.print_card)
        self.save_card_button = QPushButton()
        self.save_card_button.setObjectName("saveCard")
        self.save_card_button.clicked.connect(self.save_card)
        self.print_job = None

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.name_label, 1)
        # the actions wrap onto a second line rather than widen the window (bilingual texts)
        actions = FlowLayout()
        for b in (self.edit_button, self.loan_button, self.complaint_button, self.card_button, self.save_card_button):
            actions.addWidget(b)

        self.details_box = QGroupBox()
        self.details = QFormLayout(self.details_box)
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "id_number",
            "birth",
            "phone",
            "village",
            "size",
            "ethnicity",
            "language",
            "status",
            "industry",
            "registered",
            "address",
            "notes",
        ):
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(caption, value)
            self.detail_labels[key] = (caption, value)

        self.loans_box, self.loans = QGroupBox(), _List()
        self.loans.setRootIsDecorated(True)
        self.sessions_box, self.sessions = QGroupBox(), _List()
        self.complaints_box, self.complaints = QGroupBox(), _List()
        self.ratings_box, self.ratings = QGroupBox(), _List()
        self.loans.itemActivated.connect(self._open_loan)
        for box, lst in (
            (self.loans_box, self.loans),
            (self.sessions_box, self.sessions),
            (self.complaints_box, self.complaints),
            (self.ratings_box, self.ratings),
        ):
            QVBoxLayout(box).addWidget(lst)

        body = QWidget()
        col = QVBoxLayout(body)
        col.addWidget(self.details_box)
        col.addWidget(self.loans_box)
        col.addWidget(self.sessions_box)
        col.addWidget(self.complaints_box)
        col.addWidget(self.ratings_box)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(actions)
        lay.addWidget(scroll, 1)
        self.translateUI()

    # -- showing ---------------------------------------------------------------------------------
    def show_household(self, household_id: str) -> None:
        self.household_id = household_id
        self.refresh()

    def refresh(self) -> None:
        if not self.household_id:
            return
        record = run_now(self, lambda: self.ws.households.record(self.household_id))
        if record is None:
            return
        self.record = record
        self._fill()

    def _birth(self, c: ViewContext, birth: str | None) -> str:
        if not birth or self.ws.can_see_full_id_numbers():
            return c.date(birth)
        return birth[:4]

    def _fill(self) -> None:
        if self.record is None:
            return
        c = ViewContext(self.ws)
        h = self.record["household"]
        # the household's own name in both its scripts whatever the mode: a Chinese-mode user
        # still reads (and can check against the ID card) the Tibetan name; the mode's script first
        self.name_label.setText(
            join_bilingual(h.get("name_zh") or "", h.get("name_bo") or "", tibetan_first=language().mode != "zh")
        )
        office = self.ws.office
        foreign = bool(office and h.get("office_code") and h["office_code"] != office["code"])
        for b in (self.edit_button, self.loan_button, self.complaint_button):
            b.setEnabled(not foreign)  # another office's household: read-only here
        sex = c.label("sex", h.get("sex"))
        values = {
            "id_number": c.id_number(h["id_number"]),
            # beside a masked number the year only: the full date is the number's hidden middle
            "birth": " · ".join(x for x in (self._birth(c, h.get("birth_date")), sex) if x),
            "phone": c.digits(h.get("phone")),
            "village": " · ".join(
                x for x in (c.names(h.get("village_zh"), h.get("village_bo")), h.get("group_name") or "") if x
            ),
            "size": self.tr("%1 people, %2 working")
            .replace("%1", c.int(h.get("household_size") or 0))
            .replace("%2", c.int(h.get("labour_count") or 0)),
            "ethnicity": c.label("ethnicity", h.get("ethnicity")),
            "language": c.label("language", h.get("preferred_language")),
            "status": c.label("household_status", h.get("status")),
            "industry": c.label("industry", h.get("industry")),
            "registered": c.date(h.get("registered_on")),
            "address": "",
            "notes": "",
        }
        full = run_now(self, lambda: self.ws.households.get(self.household_id)) or {}
        values["address"] = full.get("address") or ""
        values["notes"] = full.get("notes") or ""
        for key, (_caption, value) in self.detail_labels.items():
            value.setText(values.get(key, ""))

        self.loans.clear()
        for loan in self.record["loans"]:
            item = QTreeWidgetItem(
                [
                    c.date(loan["registered_on"]),
                    c.product(loan["product_code"]),
                    c.yuan(loan["amount_fen"]),
                    c.int(loan.get("term_months")),
                    c.label("loan_status", loan["status"]),
                    c.date(loan.get("status_on")),
                    c.yuan(loan.get("granted_fen")),
                    loan.get("purpose") or "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, loan["id"])
            bold = QFont(item.font(0))
            bold.setBold(True)
            item.setFont(4, bold)
            for ev in loan.get("events", []):
                details = json.loads(ev["details"]) if ev.get("details") else {}
                extra = []
                if details.get("granted_fen") is not None:
                    extra.append(c.yuan(details["granted_fen"]))
                if details.get("rate_bp") is not None:
                    extra.append(c.digits(format_rate(details["rate_bp"])))
                if details.get("maturity_on"):
                    extra.append(c.date(details["maturity_on"]))
                text = " · ".join(x for x in [ev.get("reason") or "", *extra, ev.get("by_user") or ""] if x)
                QTreeWidgetItem(
                    item, [c.date(ev["on_date"]), "", "", "", c.label("loan_status", ev["to_status"]), "", "", text]
                )
            self.loans.addTopLevelItem(item)
            item.setExpanded(True)
        self.loans.fit()

        self.sessions.clear()
        for s in self.record["sessions"]:
            try:
                topics = json.loads(s.get("topics") or "[]")
            except (TypeError, ValueError):
                topics = []
            self.sessions.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        c.date(s["held_on"]),
                        s.get("place") or "",
                        c.label("language", s.get("language")),
                        # as on the sessions page: a Latin comma after a Tibetan topic's shad
                        # (།,) read as a stray mark
                        ("、" if c.mode == "zh" else " · ").join(c.label("literacy_topic", t) for t in topics),
                    ]
                )
            )
        self.sessions.fit()

        self.complaints.clear()
        for cp in self.record["complaints"]:
            self.complaints.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        c.date(cp["received_on"]),
                        cp.get("institution") or "",
                        c.label("complaint_status", cp["status"]),
                        c.date(cp.get("due_on")),
                        (cp.get("description") or "")[:80],
                    ]
                )
            )
        self.complaints.fit()

        self.ratings.clear()
        for r in self.record["ratings"]:
            self.ratings.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        c.digits(str(r["year"])),
                        c.int(r.get("score")),
                        c.label("rating_grade", r.get("grade")),
                        " · ".join(x for x in (r.get("bank_rater") or "", r.get("village_rater") or "") if x),
                        c.date(r.get("rated_on")),
                    ]
                )
            )
        self.ratings.fit()
        self._retitle()

    # -- language --------------------------------------------------------------------------------
    def translateUI(self) -> None:
        self.back_button.setText(self.tr("◀ Back to the list"))
        self.edit_button.setText(self.tr("Edit household…"))
        self.loan_button.setText(self.tr("New loan demand…"))
        self.complaint_button.setText(self.tr("New complaint…"))
        self.card_button.setText(self.tr("Print record card…"))
        self.card_button.setToolTip(self.tr("Print this household's record card, with a preview"))
        self.save_card_button.setText(self.tr("Save record card as PDF…"))
        self.save_card_button.setToolTip(self.tr("Write this household's record card as a PDF"))
        self.details_box.setTitle(self.tr("Household"))
        captions = {
            "id_number": self.tr("ID number"),
            "birth": self.tr("Born"),
            "phone": self.tr("Phone"),
            "village": self.tr("Village"),
            "size": self.tr("Household"),
            "ethnicity": self.tr("Ethnicity"),
            "language": self.tr("Preferred language"),
            "status": self.tr("Status"),
            "industry": self.tr("Main industry"),
            "registered": self.tr("Registered on"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
        }
        for key, (caption, _value) in self.detail_labels.items():
            caption.setText(captions[key])
        self.loans.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Product"),
                self.tr("Amount (yuan)"),
                self.tr("Months"),
                self.tr("Status"),
                self.tr("Status date"),
                self.tr("Granted (yuan)"),
                self.tr("Purpose / history"),
            ]
        )
        self.sessions.setHeaderLabels([self.tr("Date"), self.tr("Place"), self.tr("Language"), self.tr("Topics")])
        self.complaints.setHeaderLabels(
            [self.tr("Received"), self.tr("Institution"), self.tr("Status"), self.tr("Due"), self.tr("Description")]
        )
        self.ratings.setHeaderLabels(
            [self.tr("Year"), self.tr("Score"), self.tr("Grade"), self.tr("Raters"), self.tr("Rated on")]
        )
        self._fill()
        self._retitle()

    def _retitle(self) -> None:
        n = lambda key: language().fmt_int(len(self.record[key])) if self.record else "0"
        self.loans_box.setTitle(self.tr("Loan demands (%1)").replace("%1", n("loans")))
        self.sessions_box.setTitle(self.tr("Literacy sessions attended (%1)").replace("%1", n("sessions")))
        self.complaints_box.setTitle(self.tr("Complaints (%1)").replace("%1", n("complaints")))
        self.ratings_box.setTitle(self.tr("Credit ratings (%1)").replace("%1", n("ratings")))

    # -- actions ---------------------------------------------------------------------------------
    def go_back(self) -> None:
        if self.main_window is not None:
            self.main_window.back()

    def edit_household(self) -> None:
        from ui.pages.households import HouseholdDialog

        record = run_now(self, lambda: self.ws.households.get(self.household_id))
        if record is None:
            return
        _row, ok = HouseholdDialog.get(self, self.ws, record)
        if ok:
            self.refresh()
            self.notify_changed()

    def new_loan(self) -> None:
        from ui.pages.loans import LoanDemandDialog

        _row, ok = LoanDemandDialog.get(self, self.ws, household_id=self.household_id)
        if ok:
            self.refresh()
            self.notify_changed()

    def new_complaint(self) -> None:
        from ui.pages.complaints import ComplaintDialog

        _row, ok = ComplaintDialog.get(self, self.ws, household_id=self.household_id)
        if ok:
            self.refresh()
            self.notify_changed()

    def _open_loan(self, item: QTreeWidgetItem, _column: int) -> None:
        loan_id = item.data(0, Qt.ItemDataRole.UserRole)
        if loan_id and self.main_window is not None:
            self.main_window.open_page("loans").show_record(loan_id)

    def _card_maker(self):
        """Writes this household's card to the path it is given (on the worker)."""
        from app.services.cards import card_batch

        writer = card_writer()
        ws, hid, mode = self.ws, self.household_id, language().mode
        full = ws.can_see_full_id_numbers()
        return lambda out: writer(card_batch(ws, [hid], mode=mode, full_ids=full), out)

    def print_card(self):
        """The record card through the printer: preview, print dialog, pages on the worker."""
        from ui.printing import print_pdf

        if card_writer() is None or not self.household_id:
            return None
        h = self.record["household"] if self.record else {}
        name = " ".join(x for x in (h.get("name_bo"), h.get("name_zh")) if x)
        self.print_job = print_pdf(self, self._card_maker(), title=self.tr("Record card: %1").replace("%1", name))
        return self.print_job

    def save_card(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        writer = card_writer()
        if writer is None or not self.household_id:
            return
        h = self.record["household"] if self.record else {}
        from app.safe_write import safe_file_name

        # a household's name may hold a character Windows refuses in file names (/ ? : …)
        suggested = safe_file_name(f"{h.get('name_zh') or h.get('name_wylie') or 'household'}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the record card"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_card(path)

    def write_card(self, path: str) -> Operation | None:
        """Write the card on the worker, with progress; the status bar says where it went."""
        if card_writer() is None or not self.household_id:
            return None
        make = self._card_maker()

        def done(_result) -> None:
            if self.main_window is not None:
                self.main_window.statusBar().showMessage(self.tr("Record card written: %1").replace("%1", path), 8000)

        return (
            Operation(self, lambda: make(path)).with_progress(self.tr("Writing the record card…")).success(done).run()
        )
