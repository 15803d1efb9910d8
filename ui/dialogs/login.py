"""Signing in: the login dialog, the first-start dialog for the office head's account, and the
``before_main_window`` hook that ui/app.py calls.

    account = LoginDialog.sign_in(ws)          # None: the user gave up (the program quits)
    LoginDialog(ws, unlock=True)               # the idle lock: the same user, password again

Wrong passwords, disabled and locked accounts are told as the sentence app.services.auth gives
(with the tries or minutes left); the password field is cleared after each try.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.services.auth import NOT_AN_ADMIN as N_NOT_ADMIN
from ui.dialogs.recovery_key import show_recovery_key
from ui.i18n import Retranslatable, language

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class LoginDialog(Retranslatable, QDialog):
    signed_in = Signal(object)  # app.services.auth.Account

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, unlock: bool = False, switch: bool = False, path=None
    ):
        super().__init__(parent)
        self.ws = ws
        self.path = path  # an encrypted register not open yet: the password opens it first
        self.unlock = unlock
        self.switch = switch  # the window's Switch account: another person signs in
        self.account = None
        self.setObjectName("loginDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("loginName")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.name_label, self.password_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.password_label, self.password_edit)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.recovery_button = None
        if ws is None:
            from PySide6.QtWidgets import QPushButton

            self.recovery_button = QPushButton()
            self.recovery_button.setObjectName("recoveryButton")
            self.recovery_button.clicked.connect(self.use_recovery_key)
            self.buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.name_edit.setFocus()
        elif unlock:
            self.name_edit.setText(ws.user)
            self.name_edit.setReadOnly(True)
            self.password_edit.setFocus()
        elif switch:
            self.name_edit.setFocus()
        else:
            last = ws.auth.last_user()
            self.name_edit.setText(last or "")
            (self.password_edit if last else self.name_edit).setFocus()
        self.setMinimumWidth(380 if ws is not None else 560)  # (the recovery-key button too)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(
            self.tr("Locked") if self.unlock else self.tr("Switch account") if self.switch else self.tr("Sign in")
        )
        if self.switch:
            self.intro.setText(
                self.tr(
                    "Sign in with the account that works now (for example the bank "
                    "officer's, to record the bank's decision). Cancel keeps %1 signed in."
                ).replace("%1", self.ws.user or "—")
            )
        elif self.unlock:
            self.intro.setText(
                self.tr(
                    "The window was locked after a time without use. Type your password "
                    "to go on, or Cancel to close the program."
                )
            )
        else:
            self.intro.setText(self.tr("Sign in with your account to open the register."))
        self.name_label.setText(self.tr("Account name"))
        self.password_label.setText(self.tr("Password"))
        if self.recovery_button is not None:
            self.recovery_button.setText(self.tr("Recovery key…"))

    def try_sign_in(self) -> bool:
        from app.services import auth

        name = self.ws.user if self.unlock else self.name_edit.text().strip()
        password = self.password_edit.text()
        self.password_edit.clear()
        try:
            pending = self._open_encrypted(password) if self.ws is None else False
            if self.unlock:
                account = auth.authenticate(self.ws, name, password)
            else:
                account = auth.login(self.ws, name, password)
                self.ws.auth.remember_last_user(account.username)
                from app.services import encryption

                if pending:  # the first sign-in since the register was encrypted: a slot of its own
                    encryption.set_account_slot(self.ws, name, password)
                if encryption.can_encrypt(self.ws):
                    self._encrypt_then_accept(account, name, password)
                    return True
        except Exception as exc:  # noqa: BLE001 - a sentence in the dialog (DomainError, a disk error)
            from ui.operations import error_text

            self.message.setText(language().error_text(exc) if isinstance(exc, DomainError) else error_text(exc))
            self.password_edit.setFocus()
            return False
        self._signed_in(account)
        return True

    def _signed_in(self, account) -> None:
        self.account = account
        self.message.clear()
        if account.role == "admin" and getattr(self.ws, "failed_sign_ins", 0):
            show_failed_sign_ins(None, self.ws.failed_sign_ins)
        self.signed_in.emit(account)
        self.accept()

    def _open_encrypted(self, password: str) -> bool:
        """Open the encrypted register with the key the password unwraps; True: a pending slot."""
        from app.services import auth
        from app.services.workspace import Workspace

        key, pending = auth.sign_in_key(self.path, self.name_edit.text().strip(), password)
        self.ws = Workspace.open(self.path, key=key, exclusive=True, lang="zh")
        return pending

    def _encrypt_then_accept(self, account, name: str, password: str) -> None:
        """A register with accounts from before encryption at rest: encrypted now, once, off the
        GUI thread behind a progress dialog; then its recovery key is shown."""
        from app.services import encryption
        from ui.operations import Operation

        ws = self.ws
        self.buttons.setEnabled(False)

        def done(recovery: str) -> None:
            show_recovery_key(None, recovery)
            self._signed_in(account)

        def failed(exc: BaseException) -> None:  # the register stays plain and usable
            from ui.operations import show_error

            show_error(self, exc)
            self._signed_in(account)

        Operation(self, lambda: encryption.encrypt_register(ws, known={name: password})).with_progress(
            self.tr("Encrypting the register (once, at the first sign-in since this release)…")
        ).success(done).failure(failed).run()

    def use_recovery_key(self) -> bool:
        """Every password lost: the recovery key from the office safe opens the register, then an
        office head's account gets a new password (and with it a new slot)."""
        from PySide6.QtWidgets import QInputDialog

        from app.services import auth, encryption
        from app.services.workspace import Workspace

        text, ok = QInputDialog.getText(
            self, self.tr("Recovery key"), self.tr("Type the recovery key printed when the register was encrypted:")
        )
        if not ok or not text.strip():
            return False
        try:
            key = encryption.unlock_with_recovery(self.path, text)
            name, ok = QInputDialog.getText(
                self, self.tr("Recovery key"), self.tr("The office head's account to give a new password:")
            )
            if not ok:
                return False
            new, ok = QInputDialog.getText(
                self, self.tr("Recovery key"), self.tr("New password"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
            if self.ws is None:
                self.ws = Workspace.open(self.path, key=key, exclusive=True, lang="zh")
            self.ws.role = "admin"  # the recovery key stands for the office head here
            account = auth.get_user(self.ws, name.strip())
            if account is None or account["role"] != "admin":
                raise auth.AuthError(N_NOT_ADMIN)
            auth.set_password(self.ws, name.strip(), new)
            auth.unlock(self.ws, name.strip())
            self.name_edit.setText(name.strip())
            self.password_edit.setText(new)
        except DomainError as exc:
            self.message.setText(language().error_text(exc))
            return False
        return self.try_sign_in()

    @classmethod
    def sign_in(cls, ws: Workspace, parent: QWidget | None = None):
        dialog = cls(ws, parent)
        return dialog.account if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_failed_sign_ins(parent: QWidget | None, n: int):
    """The office head is told of the failed sign-ins since their last one (not modal: the window
    opens behind it)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.recovery_key import _shown

    box = QMessageBox(parent)
    box.setObjectName("failedSignInsBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("LoginDialog", "Failed sign-ins"))
    box.setText(
        QCoreApplication.translate(
            "LoginDialog",
            "%1 failed sign-in attempts (wrong passwords or recovery keys) since your last sign-in. The "
            "audit log lists them; if they were not yours, change the passwords.",
        ).replace("%1", str(n))
    )
    box.failed = n
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.append(box)
    box.destroyed.connect(lambda *_: _shown.remove(box) if box in _shown else None)
    box.open()
    return box


class FirstAccountDialog(Retranslatable, QDialog):
    """First start: the office head's account (role admin).  "Later" opens without accounts."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.account = None
        self.setObjectName("firstAccountDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(os.environ.get("USERNAME") or os.environ.get("USER") or "")
        self.display_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for e in (self.password_edit, self.repeat_edit):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("firstAccountMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, edit in zip(self.labels, (self.name_edit, self.display_edit, self.password_edit, self.repeat_edit)):
            form.addRow(label, edit)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(self.tr("The office head's account"))
        self.intro.setText(
            self.tr(
                "Create the office head's account. Once there is an account, everyone signs "
                "in, and only the office head manages accounts, settings and restores."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Account name"), self.tr("Full name"), self.tr("Password"), self.tr("The same password again")),
        ):
            label.setText(text)
        self.later_button.setText(self.tr("Later"))

    def create(self) -> bool:
        from app.services import auth

        if self.password_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("The two passwords differ."))
            return False
        try:
            made = auth.add_user(
                self.ws,
                self.name_edit.text(),
                "admin",
                self.password_edit.text(),
                display_name=self.display_edit.text(),
            )
            if made.get("recovery_key"):
                show_recovery_key(None, made["recovery_key"])
            self.account = auth.login(self.ws, self.name_edit.text().strip(), self.password_edit.text())
            self.ws.auth.remember_last_user(self.account.username)
        except DomainError as exc:
            self.message.setText(language().error_text(exc))
            return False
        finally:
            self.password_edit.clear()
            self.repeat_edit.clear()
        self.accept()
        return True


def before_main_window(ws: Workspace):
    """ui.app's login hook: a SignedIn user, or None to quit.

    No accounts yet: offer to create the office head's account (Later: open as admin, as before).
    Accounts: the login dialog; Cancel quits.
    """
    from ui.signed_in import SignedIn, default_user

    if getattr(ws, "signed_in_at_open", False) and ws.account is not None:
        # the encrypted register was opened by signing in (ui/app.py): not asked twice
        return SignedIn(ws.account.username, ws.account.role)
    if not ws.auth.has_accounts():
        if ws.auth.first_account_put_off():
            return default_user(ws)
        dialog = FirstAccountDialog(ws)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.account is not None:
            return SignedIn(dialog.account.username, dialog.account.role)
        ws.auth.put_off_first_account()  # asked once; Settings can add it later
        return default_user(ws)
    account = LoginDialog.sign_in(ws)
    return None if account is None else SignedIn(account.username, account.role)
