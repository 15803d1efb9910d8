"""The Households page (农牧户): the register's list, and the household add / edit form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from ui.forms.base import FormDialog
from ui.i18n import language
from ui.models.paged import RIGHT, Column, ViewContext
from ui.operations import run_now
from ui.pages.register_page import RegisterPage

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def village_items(ws: Workspace) -> list[tuple[str, str]]:
    lang = language()
    return [(v["id"], lang.label(v["name_zh"], v["name_bo"])) for v in ws.reference.villages()]


class HouseholdDialog(FormDialog):
    """Add or edit a household. The ID number is checked as it is typed (length, date, check digit)."""

    def __init__(self, ws: Workspace, record: dict | None = None, parent=None):
        super().__init__(ws, record, parent)
        self.service = ws.households
        # an account that sees ID numbers masked (a village cadre) edits a household without being
        # shown its full number: the field starts empty with the masked number as its placeholder,
        # an empty field keeps the stored number, a full number typed in replaces it
        self.keeps_id_number = record is not None and bool(record.get("id_number")) and not ws.can_see_full_id_numbers()
        self.add_text("name_zh", max_length=40)
        self.name_bo = self.add_tibetan("name_bo")
        self.add_text("id_number", max_length=18)
        self.fields["id_number"].aliases = ("birth_date", "sex")
        self.add_text("phone", max_length=20)
        self.add_choice("village_id", lambda: village_items(ws), blank=True)
        self.add_text("group_name", max_length=40)
        self.add_int("household_size")
        self.add_int("labour_count")
        self.add_enum("ethnicity", "ethnicity", blank=True)
        self.add_enum("preferred_language", "language")
        self.add_enum("status", "household_status")
        self.add_enum("industry", "industry", blank=True)
        self.add_date("registered_on", optional=True)
        self.add_text("address")
        self.add_multiline("notes")
        if record is None:
            self.fields["status"].write("general")
            self.fields["preferred_language"].write("both")
            self.fields["ethnicity"].write("tibetan")
        self.resize(780, 760)
        self.finish()
        if self.keeps_id_number:
            # setText, not clear(): clear() is an edit Ctrl+Z takes back, with the whole number
            self.fields["id_number"].widget.setText("")
            self.revalidate()

    def translateUI(self) -> None:
        super().translateUI()
        if self.keeps_id_number:
            from app.domain.idnumber import mask_id_number

            self.fields["id_number"].widget.setPlaceholderText(
                self.tr("%1 (kept: type a full number only to replace it)").replace(
                    "%1", mask_id_number(self.record["id_number"])
                )
            )

    def window_title(self) -> str:
        return self.tr("Edit household") if self.record else self.tr("New household")

    def field_labels(self) -> dict[str, str]:
        return {
            "name_zh": self.tr("Head's name in Chinese"),
            "name_bo": self.tr("Head's name in Tibetan"),
            "id_number": self.tr("ID number"),
            "phone": self.tr("Phone"),
            "village_id": self.tr("Village"),
            "group_name": self.tr("Village group"),
            "household_size": self.tr("Household size"),
            "labour_count": self.tr("Working members"),
            "ethnicity": self.tr("Ethnicity"),
            "preferred_language": self.tr("Preferred language"),
            "status": self.tr("Household status"),
            "industry": self.tr("Main industry"),
            "registered_on": self.tr("Registered on"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
        }

    def _kept(self, data: dict) -> bool:
        return self.keeps_id_number and not data.get("id_number")

    def validate(self, data: dict):
        if self._kept(data):
            data = {**data, "id_number": self.record["id_number"]}
        return self.ws.households.validate(data, own_id=self.record["id"] if self.record else None)

    def save(self, data: dict):
        if self.record:
            if self._kept(data):  # the service keeps a field the data leaves out
                data = {k: v for k, v in data.items() if k != "id_number"}
            return self.ws.households.update(self.record["id"], data, expected_version=self.record.get("version"))
        return self.ws.households.create(data)


class HouseholdsPage(RegisterPage):
    register_name = "households"
    status_kind = "household_status"
    default_widths = {
        "name_zh": 110,
        "name_bo": 150,
        "id_number": 170,
        "phone": 110,
        "village": 160,
        "group": 70,
        "status": 190,
        "size": 60,
        "updated": 100,
    }

    def service(self):
        return self.ws.households

    def columns(self) -> list[Column]:
        return [
            Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Name (Chinese)"), lambda r, c: r["name_zh"], sort="name"),
            Column(
                "name_bo", QT_TRANSLATE_NOOP("Columns", "Name (Tibetan)"), lambda r, c: r["name_bo"], sort="name_bo"
            ),
            Column(
                "id_number",
                QT_TRANSLATE_NOOP("Columns", "ID number"),
                lambda r, c: c.id_number(r["id_number"]),
                sort="id_number",
            ),
            Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r, c: c.digits(r["phone"]), sort="phone"),
            Column(
                "village",
                QT_TRANSLATE_NOOP("Columns", "Village"),
                lambda r, c: c.names(r["village_zh"], r["village_bo"]),
                sort="village",
            ),
            Column("group", QT_TRANSLATE_NOOP("Columns", "Group"), lambda r, c: r["group_name"]),
            Column(
                "status",
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r, c: c.label("household_status", r["status"]),
                sort="status",
            ),
            Column(
                "size",
                QT_TRANSLATE_NOOP("Columns", "Size"),
                lambda r, c: c.int(r["household_size"]),
                align=RIGHT,
                sort="household_size",
            ),
            Column(
                "registered",
                QT_TRANSLATE_NOOP("Columns", "Registered"),
                lambda r, c: c.date(r["registered_on"]),
                sort="registered_on",
            ),
            Column(
                "updated",
                QT_TRANSLATE_NOOP("Columns", "Updated"),
                lambda r, c: c.date(r["updated_at"]),
                sort="updated_at",
            ),
        ]

    def add_buttons(self, layout) -> None:
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editButton")
        self.edit_button.clicked.connect(self.edit_selected)
        layout.insertWidget(2, self.edit_button)

    def page_title(self) -> str:
        return self.tr("Households")

    def translateUI(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        super().translateUI()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None and not row.get("_missing") and not self.model.is_foreign(row))

    def record_label(self, row: dict, mode: str | None = None) -> str:
        return ViewContext(self.ws, mode).names(row.get("name_zh"), row.get("name_bo"))

    def new_record(self) -> None:
        row, ok = HouseholdDialog.get(self, self.ws)
        if ok and row:
            self.filter_bar.clear()
            self.changed(row["id"])

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if not record_id:
            return
        record = run_now(self, lambda: self.ws.households.get(record_id))
        if record is None:
            return
        row, ok = HouseholdDialog.get(self, self.ws, record)
        if ok:
            self.changed(record_id)

    def open_record(self, record_id: str) -> None:
        if self.main_window is not None:
            self.main_window.open_household(record_id)
        else:
            self.edit_selected()
