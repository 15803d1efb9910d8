"""First start on a new laptop: "Restore from a backup…" instead of setting up a new office
(issue #17).  The backup (a file on a stick, with its key file beside it) is opened by the
password of one of its accounts or by the recovery key from the office safe; the copy and its
check run on the worker behind a progress dialog (app.services.backup.restore_new).

    dialog = RestoreDialog(ws, parent)       # ws: the fresh install's empty register
    dialog.exec()  # Accepted: ws now holds the backup (ui.app opens it again with a sign-in)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Retranslatable

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class RestoreDialog(Retranslatable, QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.info: dict | None = None  # the restored backup's office, once done
        self.operation = None
        self.setObjectName("restoreDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("restoreFile")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("restoreChoose")
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("restorePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("restoreRecoveryKey")
        self.message = QLabel()
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], row)
        form.addRow(self.labels[1], self.password_edit)
        form.addRow(self.labels[2], self.recovery_edit)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "Choose a backup of the register (a file ending in .sqlite, with the file of the same name "
                "ending in .keys beside it). It is opened with the password of one of its accounts, or with "
                "the recovery key kept in the office safe, and checked before it is used."
            )
        )
        for label, text in zip(
            self.labels, (self.tr("Backup file"), self.tr("Password"), self.tr("or the recovery key"))
        ):
            label.setText(text)
        self.choose_button.setText(self.tr("Choose…"))
        # the wrapped intro is two scripts high in bilingual mode: keep all of its lines
        self.intro.setMinimumHeight(self.intro.heightForWidth(self.minimumWidth() - 24))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(Path.home()), self.tr("Backups (*.sqlite)")
        )
        if path:
            self.file_edit.setText(path)

    def start(self) -> None:
        """Restore on the worker; the dialog waits, and closes when the backup is in place."""
        from app.services import backup
        from ui.operations import Operation

        text = self.file_edit.text().strip()
        if not text:
            self.message.setText(self.tr("Choose the backup file first."))
            return
        password, recovery = self.password_edit.text(), self.recovery_edit.text().strip()
        self.password_edit.clear()
        self.message.clear()
        self.buttons.setEnabled(False)
        ws = self.ws
        self.operation = (
            Operation(
                self,
                lambda: backup.restore_new(ws, Path(text), password=password or None, recovery_key=recovery or None),
            )
            .with_progress(self.tr("Restoring the backup (copied, then checked)…"))
            .success(self._restored)
            .failure(self._refused)
            .run()
        )

    def _restored(self, info: dict) -> None:
        self.info = info
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from ui.operations import error_text

        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
        self.password_edit.setFocus()
