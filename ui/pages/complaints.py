"""Financial consumer complaints (金融消费投诉): the list with overdue ones highlighted, the complaint
form with the JR/T 0169-2018 coding (channel / business type / cause), and the lifecycle buttons
(Transfer, Resolve, Close) enabled only where the step is allowed.

The due date is not typed: it is the received date plus the office's handling days (setting
``complaint_handling_days``), shown in the form as the date changes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.complaints import CODE_FIELDS
from app.domain.complaints import OTHER as OTHER_CODE
from app.domain.errors import Problem, problems_of
from app.domain.lifecycle import OPEN_COMPLAINT_STATUSES, complaint_due_on, complaint_transition
from ui.forms.base import ChoiceCombo, FormDialog
from ui.i18n import Label, language
from ui.models.paged import Column, RowRole, ViewContext
from ui.operations import run_now
from ui.pages.register_page import LifecyclePage
from ui.pages.sessions import fit_width, tall_enough
from ui.widgets.household_picker import HouseholdPicker
from ui.widgets.text_delegate import TextDelegate

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: filled per language by Language.fill (marked here so the translation tools collect it)
STEP_TITLE = QT_TRANSLATE_NOOP("ComplaintStepDialog", "Complaint: %1")
OVERDUE_TEXT = QColor("#b71c1c")
OVERDUE_BACKGROUND = QColor("#ffebee")

#: lifecycle buttons: (target status, object name)
STEPS = [("transferred", "transferButton"), ("resolved", "resolveButton"), ("closed", "closeButton")]


def is_overdue(row: dict, today: date | None = None) -> bool:
    today_iso = (today or date.today()).isoformat()
    return bool(
        row.get("status") in OPEN_COMPLAINT_STATUSES
        and row.get("due_on")
        and row["due_on"] < today_iso
        and not row.get("deleted_at")
    )


def code_items(ws: Workspace, kind: str) -> list[tuple[str, str]]:
    """JR/T 0169 codes labelled "0103 label", indented under their class, so the code a form or a
    report asks for is visible and the tree of the standard can be read down."""
    lang = language()
    return [
        (
            code,
            "\u3000" * depth + f"{lang.digits(code)} {ws.reference.label(kind, code, lang.mode, lang.tibetan_first)}",
        )
        for code, depth, _selectable in ws.complaints.code_tree(kind)
    ]


class CodeTreeCombo(ChoiceCombo):
    """The codes of one JR/T 0169 dimension as a tree: a class with classes under it is shown as a
    heading that cannot be chosen.  A stored code the list does not have (written by hand, or sent
    by a register of unknown age) is shown as it is stored, marked: without it the combo would
    show the list's first class, and saving any other correction would have recoded the
    complaint silently (the form refuses the unlisted code until one of the list is chosen)."""

    def __init__(self, ws: Workspace, kind: str, parent=None):
        self.code_kind = kind
        super().__init__(ws, lambda: code_items(ws, kind), parent=parent)

    def set_value(self, code: str | None) -> None:
        if code and self.findData(code) < 0:
            marked = self.tr("%1 (not a code of the JR/T 0169-2018 list)").replace("%1", language().digits(code))
            self.addItem(marked.replace("\n", " / "), code)  # an item is one line, in every mode
        super().set_value(code)

    def relabel(self) -> None:
        super().relabel()
        headings = {code for code, _d, selectable in self.ws.complaints.code_tree(self.code_kind) if not selectable}
        model = self.model()
        for i in range(self.count()):
            if self.itemData(i) in headings:
                model.item(i).setEnabled(False)


class OverdueDelegate(TextDelegate):
    """Paints the rows of overdue complaints on a light red background."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        row = index.data(RowRole)
        if row and is_overdue(row):
            option.backgroundBrush = OVERDUE_BACKGROUND


class ComplaintDialog(FormDialog):
    """Take a complaint (or correct one). ``household_id`` preselects the complainant's household
    (the household page's "New complaint")."""

    def __init__(self, ws: Workspace, record: dict | None = None, parent=None, household_id: str | None = None):
        super().__init__(ws, record, parent)
        self.add_date("received_on")
        self.add_enum("received_via", "complaint_via")
        self.picker = HouseholdPicker(ws)
        tall_enough(self.picker)
        self.add_widget(
            "household_id", self.picker, self.picker.value, self.picker.set_value, self.picker.householdChanged
        )
        self.add_text("complainant_name")
        self.add_text("complainant_phone", max_length=30)
        self.add_text("institution")
        self.add_multiline("description")
        for name in ("code_a", "code_b", "code_c"):
            combo = CodeTreeCombo(ws, f"complaint_{name}")
            combo.setObjectName(f"tree_{name}")
            self.add_widget(name, combo, combo.value, combo.set_value, combo.currentIndexChanged)
        self.add_text("handler")
        self.due_label = QLabel()
        self.due_label.setObjectName("dueOn")
        self.add_widget("due_on", self.due_label, self._due_iso, lambda _v: None)
        self.add_multiline("notes")
        if record is None:
            for name in ("code_a", "code_b", "code_c"):
                self.fields[name].write(OTHER_CODE[name])
            if household_id:
                self.picker.set_value(household_id)
                self.fields["household_id"].touched = True
        self.fields["received_on"].widget.dateChanged.connect(lambda _d: self._show_due())
        self.resize(660, 760)
        self.finish()
        self._show_due()
        if record is not None:
            # a stored code that is no class a complaint can take says so at once, at its field:
            # Save stays off until a class of the list is chosen, and the cadre sees why
            stale = [n for n in CODE_FIELDS if self.fields[n].read() not in ws.complaints.leaf_codes(f"complaint_{n}")]
            for name in stale:
                self.fields[name].touched = True
            if stale:
                self.revalidate()

    # the due date follows the received date
    def _due(self) -> date | None:
        d: QDate = self.fields["received_on"].widget.date()
        try:
            return complaint_due_on(date(d.year(), d.month(), d.day()), self.ws.complaints.handling_days)
        except (ValueError, TypeError):
            return None

    def _due_iso(self) -> str | None:
        due = self._due()
        return due.isoformat() if due else None

    def _show_due(self) -> None:
        due = self._due()
        days = self.ws.complaints.handling_days
        lang = language()
        self.due_label.setText(
            self.tr("%1 (%2 days after receipt)")
            .replace("%1", lang.digits(due.isoformat()))
            .replace("%2", lang.fmt_int(days))
            if due
            else ""
        )

    def window_title(self) -> str:
        return self.tr("Edit complaint") if self.record else self.tr("New complaint")

    def field_labels(self) -> dict[str, str]:
        return {
            "received_on": self.tr("Received on"),
            "received_via": self.tr("Received by"),
            "household_id": self.tr("Complainant's household"),
            "complainant_name": self.tr("Complainant (if not a household)"),
            "complainant_phone": self.tr("Complainant's phone"),
            "institution": self.tr("Institution"),
            "description": self.tr("What the complaint is about"),
            "code_a": self.tr("Business channel (JR/T 0169 A)"),
            "code_b": self.tr("Business type (JR/T 0169 B)"),
            "code_c": self.tr("Cause (JR/T 0169 C)"),
            "handler": self.tr("Handler"),
            "due_on": self.tr("Due on"),
            "notes": self.tr("Notes"),
        }

    def translateUI(self) -> None:
        super().translateUI()
        if self._finished:
            self._show_due()
            fit_width(self, 660)

    def validate(self, data: dict):
        return self.ws.complaints.validate(data)

    def save(self, data: dict):
        if self.record and "id" in self.record:
            return self.ws.complaints.update(self.record["id"], data, expected_version=self.record.get("version"))
        return self.ws.complaints.create(data)


class ComplaintStepDialog(FormDialog):
    """One step of a complaint: Transfer (to whom), Resolve (outcome), Close (satisfaction)."""

    def __init__(self, ws: Workspace, complaint: dict, to_status: str, parent=None):
        super().__init__(ws, None, parent)
        self.complaint = complaint
        self.to_status = to_status
        self.add_date("on_date")
        if to_status == "transferred":
            self.add_text("transferred_to")
        elif to_status == "resolved":
            self.add_multiline("outcome")
        elif to_status == "closed":
            self.add_enum("satisfaction", "satisfaction", blank=True)
        self.add_text("reason")
        self.finish()
        fit_width(self, 480)

    def window_title(self) -> str:
        ref = self.ws.reference
        return language().fill(
            "ComplaintStepDialog",
            STEP_TITLE,
            Label(
                ref.label("complaint_status", self.to_status, "zh"), ref.label("complaint_status", self.to_status, "bo")
            ),
        )

    def field_labels(self) -> dict[str, str]:
        return {
            "on_date": self.tr("Date"),
            "transferred_to": self.tr("Transferred to"),
            "outcome": self.tr("Outcome"),
            "satisfaction": self.tr("Complainant's satisfaction"),
            "reason": self.tr("Note") if self.to_status != "closed" else self.tr("Why satisfaction was not asked"),
        }

    def _kwargs(self, data: dict) -> dict:
        return {k: data[k] for k in ("reason", "transferred_to", "outcome", "satisfaction") if data.get(k)}

    def validate(self, data: dict) -> list[Problem]:
        lang = language()
        labels = {
            r["code"]: self.ws.reference.label("complaint_status", r["code"], lang.mode, lang.tibetan_first)
            for r in self.ws.reference.enums("complaint_status")
        }
        return problems_of(
            complaint_transition,
            self.complaint,
            self.to_status,
            on_date=data.get("on_date"),
            labels=labels,
            today=date.today(),
            **self._kwargs(data),
        )

    def save(self, data: dict):
        return self.ws.complaints.transition(
            self.complaint["id"],
            self.to_status,
            on_date=data["on_date"],
            expected_version=self.complaint.get("version"),
            **self._kwargs(data),
        )


class ComplaintsPage(LifecyclePage):
    register_name = "complaints"
    status_kind = "complaint_status"
    default_widths = {
        "received_on": 100,
        "complainant": 170,
        "institution": 140,
        "code_a": 110,
        "code_b": 130,
        "code_c": 130,
        "handler": 80,
        "due_on": 100,
        "status": 90,
    }

    def service(self):
        return self.ws.complaints

    def columns(self) -> list[Column]:
        def overdue_color(r, _c):
            return OVERDUE_TEXT if is_overdue(r) else None

        def complainant(r, c):
            return c.names(r.get("household_zh"), r.get("household_bo")) or r.get("complainant_name") or ""

        def code(kind, key):
            def shown(r, c) -> str:
                value = r.get(key) or ""
                name = c.label(kind, value)
                # a code the list does not have has no name: shown once, not as "07 07"
                return f"{c.digits(value)} {name if name != value else ''}".strip()

            return shown

        cols = [
            Column(
                "received_on",
                QT_TRANSLATE_NOOP("Columns", "Received"),
                lambda r, c: c.date(r["received_on"]),
                sort="received_on",
            ),
            Column("complainant", QT_TRANSLATE_NOOP("Columns", "Complainant"), complainant, sort="name"),
            Column(
                "institution",
                QT_TRANSLATE_NOOP("Columns", "Institution"),
                lambda r, c: r.get("institution") or "",
                sort="institution",
            ),
            Column("code_a", QT_TRANSLATE_NOOP("Columns", "Channel"), code("complaint_code_a", "code_a")),
            Column("code_b", QT_TRANSLATE_NOOP("Columns", "Business type"), code("complaint_code_b", "code_b")),
            Column("code_c", QT_TRANSLATE_NOOP("Columns", "Cause"), code("complaint_code_c", "code_c")),
            Column("handler", QT_TRANSLATE_NOOP("Columns", "Handler"), lambda r, c: r.get("handler") or ""),
            Column("due_on", QT_TRANSLATE_NOOP("Columns", "Due"), lambda r, c: c.date(r.get("due_on")), sort="due_on"),
            Column(
                "status",
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r, c: c.label("complaint_status", r.get("status")),
                sort="status",
            ),
        ]
        for col in cols:
            col.foreground = overdue_color
        return cols

    def add_filters(self, bar) -> None:
        bar.add_choice("overdue", lambda: [("1", self.tr("Overdue only"))], all_text=lambda: self.tr("Overdue or not"))

    def add_buttons(self, layout) -> None:
        self.step_buttons: dict[str, QPushButton] = {}
        for i, (status, name) in enumerate(STEPS):
            b = QPushButton()
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, s=status: self.step(s))
            layout.insertWidget(3 + i, b)
            self.step_buttons[status] = b

    def __init__(self, ws: Workspace, main_window, parent=None):
        super().__init__(ws, main_window, parent)
        self.table.setItemDelegate(OverdueDelegate(self.table, wrap=False))
        self._update_buttons()

    def map_filters(self, filters: dict) -> dict:
        if filters.pop("overdue", None):
            filters["overdue_on"] = date.today().isoformat()
        return filters

    def apply_filters(self, **filters) -> None:
        """Drill-downs: ``overdue=True`` (or ``overdue_on``) checks "Overdue only"."""
        if filters.pop("overdue_on", None) or filters.get("overdue") is True:
            filters["overdue"] = "1"
        elif "overdue" in filters:
            filters["overdue"] = "1" if filters["overdue"] else None
        self.filter_bar.set_filters(**filters)

    def page_title(self) -> str:
        return self.tr("Complaints")

    def translateUI(self) -> None:
        texts = {"transferred": self.tr("Transfer…"), "resolved": self.tr("Resolve…"), "closed": self.tr("Close…")}
        for status, b in self.step_buttons.items():
            b.setText(texts[status])
        super().translateUI()

    def record_label(self, row: dict, mode: str | None = None) -> str:
        c = ViewContext(self.ws, mode)
        who = c.names(row.get("household_zh"), row.get("household_bo")) or row.get("complainant_name") or ""
        return " · ".join(x for x in (c.date(row.get("received_on")), who, row.get("institution") or "") if x)

    # -- lifecycle -------------------------------------------------------------------------------

    def step(self, to_status: str) -> None:
        record_id = self.selected_id()
        if not record_id or to_status not in self.allowed():
            return
        complaint = run_now(self, lambda: self.ws.complaints.get(record_id))
        if complaint is None:
            return
        _row, ok = ComplaintStepDialog.get(self, self.ws, complaint, to_status)
        if ok:
            self.changed(record_id)

    # -- records ---------------------------------------------------------------------------------
    def new_record(self) -> None:
        row, ok = ComplaintDialog.get(self, self.ws)
        if ok and row:
            self.changed(row["id"])

    def open_record(self, record_id: str) -> None:
        record = run_now(self, lambda: self.ws.complaints.get(record_id))
        if record is None or self.model.is_foreign(record):
            return
        _row, ok = ComplaintDialog.get(self, self.ws, record)
        if ok:
            self.changed(record_id)
