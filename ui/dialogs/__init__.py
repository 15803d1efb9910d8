"""Small dialogs every page uses: confirm a delete, ask a reason, say something.

Pages call these through the module (``from ui import dialogs; dialogs.confirm_delete(...)``) so
tests can replace them without a modal box blocking the test.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget


#: filled per language by Language.fill (marked here so the translation tools collect it)
DELETE_WHAT = QT_TRANSLATE_NOOP("Dialogs", "Delete %1?")


def confirm_delete(parent: QWidget | None, what) -> bool:
    """Ask before a (soft) delete; `what` names the record: a string, or a ui.i18n.Label so that
    each half of bilingual text names it in its own script. True when the user said yes."""
    from ui.i18n import language

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Delete"),
        language().fill("Dialogs", DELETE_WHAT, what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("confirmDelete")
    # written out (not through a helper) so that lupdate collects the strings
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs", "The record is marked as deleted and kept in the audit log. Edit ▸ Undo (Ctrl+Z) brings it back."
        )
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


class ReasonDialog(QDialog):
    """Ask for a reason (rejecting, withdrawing …): OK only when something is written."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.value())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.text)
        lay.addWidget(self.buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> tuple[str, bool]:
    dlg = ReasonDialog(title, prompt, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    return (dlg.value() if ok else ""), ok
