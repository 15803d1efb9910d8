"""First start: the office this laptop's register belongs to (ui.app.run_gui shows it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.errors import Problem, problems_of
from ui.forms.base import FormDialog

if TYPE_CHECKING:
    from app.services.workspace import Workspace


#: OfficeDialog's value when a backup was restored instead of an office set up
RESTORED = "restored"


class OfficeDialog(FormDialog):
    """First start: the office this laptop belongs to (code, level, names, parent office) — or,
    on a new laptop, "Restore from a backup…" (issue #17): its value is then :data:`RESTORED`."""

    def __init__(self, ws: Workspace, parent=None):
        super().__init__(ws, None, parent)
        self.add_text("code", max_length=12)
        self.add_enum("level", "office_level")
        self.add_text("name_zh")
        self.add_tibetan("name_bo")
        self.add_text("parent_code", max_length=12)
        self.add_text("bank_branch")
        self.fields["level"].write("village")
        from PySide6.QtWidgets import QDialogButtonBox

        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.finish()

    def translateUI(self) -> None:
        super().translateUI()
        if hasattr(self, "restore_button"):
            self.restore_button.setText(self.tr("Restore from a backup…"))

    def restore_from_backup(self) -> bool:
        from PySide6.QtWidgets import QDialog

        from ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.ws, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.result_value = RESTORED
        QDialog.accept(self)  # (not FormDialog.accept: there is no office form to save)
        return True

    def window_title(self) -> str:
        return self.tr("The office this register belongs to")

    def field_labels(self) -> dict[str, str]:
        return {
            "code": self.tr("Office code"),
            "level": self.tr("Level"),
            "name_zh": self.tr("Name in Chinese"),
            "name_bo": self.tr("Name in Tibetan"),
            "parent_code": self.tr("Parent office code"),
            "bank_branch": self.tr("Partner bank branch"),
        }

    def validate(self, data: dict) -> list[Problem]:
        from app.domain.offices import validate_office

        return problems_of(
            validate_office,
            code=data["code"],
            level=data["level"],
            name_zh=data["name_zh"],
            name_bo=data["name_bo"],
            parent_code=data["parent_code"] or None,
        )

    def save(self, data: dict):
        return self.ws.offices.init(
            code=data["code"],
            level=data["level"],
            name_zh=data["name_zh"],
            name_bo=data["name_bo"],
            parent_code=data["parent_code"] or None,
            bank_branch=data["bank_branch"],
            user=self.ws.user,
        )
