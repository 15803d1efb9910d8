"""Settings: user accounts (admin), security times, backups and restore, fonts and language.

Tabs: "Users" (the admin adds accounts, sets roles and passwords, disables and unlocks; everyone
can change their own password), "Security" (idle lock and lockout minutes, admin), "Backup"
(last backup, back up now, back up to a folder or USB stick, restore — admin), "Fonts and
language" (ui.widgets.font_settings.FontSettingsBox and the language mode).
``open_page("settings", section="backup")`` shows a tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from ui.i18n import MODES, Retranslatable, Word, language, native_mode_name
from ui.pages.page import Page
from app.domain.dates import local_time
from ui.permissions import permit

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: filled per language by Language.fill (marked here so the translation tools collect them)
LAST_BACKUP = QT_TRANSLATE_NOOP("SettingsPage", "Last backup: %1")
NEVER = QT_TRANSLATE_NOOP("SettingsPage", "never")

SECTIONS = ("users", "security", "backup", "fonts", "loan_policy")


def _allowed(ws: Workspace, permission: str) -> bool:
    from app.services import auth

    return auth.allowed(ws, permission)


class AccountDialog(Retranslatable, QDialog):
    """New account (name, full name, role, password twice) or a new password for one."""

    def __init__(self, ws: Workspace, parent=None, *, username: str | None = None, own: bool = False):
        super().__init__(parent)
        self.ws, self.username, self.own = ws, username, own
        self.setObjectName("accountDialog")
        self.name_edit, self.display_edit = QLineEdit(), QLineEdit()
        self.role_combo = QComboBox()
        for role in ("cadre", "bank_officer", "admin"):
            self.role_combo.addItem("", role)
        self.old_edit, self.password_edit, self.repeat_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for e in (self.old_edit, self.password_edit, self.repeat_edit):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("accountMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.labels = {k: QLabel() for k in ("name", "display", "role", "old", "password", "repeat")}
        form = QFormLayout()
        rows = [("password", self.password_edit), ("repeat", self.repeat_edit)]
        if username is None:
            rows = [("name", self.name_edit), ("display", self.display_edit), ("role", self.role_combo)] + rows
        elif own:
            rows = [("old", self.old_edit)] + rows
        for key, w in rows:
            form.addRow(self.labels[key], w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(
            self.tr("New account") if self.username is None else self.tr("Password of %1").replace("%1", self.username)
        )
        for key, text in (
            ("name", self.tr("Account name")),
            ("display", self.tr("Full name")),
            ("role", self.tr("Role")),
            ("old", self.tr("Current password")),
            ("password", self.tr("New password")),
            ("repeat", self.tr("The same password again")),
        ):
            self.labels[key].setText(text)
        names = {
            "cadre": self.tr("Village cadre"),
            "bank_officer": self.tr("Bank officer"),
            "admin": self.tr("Office head (administrator)"),
        }
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, names[self.role_combo.itemData(i)])

    def save(self) -> bool:
        from app.services import auth

        if self.password_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("The two passwords differ."))
            return False
        try:
            if self.username is None:
                made = auth.add_user(
                    self.ws,
                    self.name_edit.text(),
                    self.role_combo.currentData(),
                    self.password_edit.text(),
                    display_name=self.display_edit.text(),
                )
                if made.get("recovery_key"):  # the first account: the register was encrypted now
                    from ui.dialogs.recovery_key import show_recovery_key

                    show_recovery_key(None, made["recovery_key"])
            else:
                auth.set_password(
                    self.ws,
                    self.username,
                    self.password_edit.text(),
                    old_password=self.old_edit.text() if self.own else None,
                )
        except DomainError as exc:
            self.message.setText(language().error_text(exc))
            return False
        finally:
            for e in (self.old_edit, self.password_edit, self.repeat_edit):
                e.clear()
        self.accept()
        return True


class SettingsPage(Page):
    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None):
        super().__init__(ws, main_window, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._users_tab(), "")
        self.tabs.addTab(self._security_tab(), "")
        self.tabs.addTab(self._backup_tab(), "")
        self.tabs.addTab(self._fonts_tab(), "")
        from ui.widgets.loan_policy import LoanPolicyBox

        self.policy_box = LoanPolicyBox(ws)  # the loan products' dated rules (issue #18)
        policy_scroll = QScrollArea()  # its form and table are taller than a laptop leaves them
        policy_scroll.setObjectName("policyScroll")
        policy_scroll.setWidgetResizable(True)
        policy_scroll.setFrameShape(QFrame.Shape.NoFrame)
        policy_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy_scroll.setWidget(self.policy_box)
        self.tabs.addTab(policy_scroll, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self.translateUI()
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        w = QWidget()
        self.users_table = QTableWidget(0, 5)
        self.users_table.setObjectName("usersTable")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.verticalHeader().hide()
        self.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.itemSelectionChanged.connect(self._update_user_buttons)
        self.users_note = QLabel()
        self.users_note.setWordWrap(True)
        self.add_user_button, self.password_button = QPushButton(), QPushButton()
        self.disable_button, self.unlock_button = QPushButton(), QPushButton()
        self.own_password_button = QPushButton()
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("userRole")
        for role in ("cadre", "bank_officer", "admin"):
            self.role_combo.addItem("", role)
        self.role_combo.activated.connect(self._role_chosen)
        self.add_user_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(lambda: self.change_password(own=False))
        self.own_password_button.clicked.connect(lambda: self.change_password(own=True))
        self.disable_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock_user)
        buttons = QHBoxLayout()
        for b in (self.add_user_button, self.password_button, self.disable_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addWidget(self.role_combo)
        buttons.addStretch(1)
        buttons.addWidget(self.own_password_button)
        lay = QVBoxLayout(w)
        lay.addWidget(self.users_note)
        lay.addWidget(self.users_table, 1)
        lay.addLayout(buttons)
        return w

    def _security_tab(self) -> QWidget:
        w = QWidget()
        self.idle_spin, self.lockout_spin = QSpinBox(), QSpinBox()
        self.idle_spin.setObjectName("idleMinutes")
        self.lockout_spin.setObjectName("lockoutMinutes")
        self.idle_spin.setRange(0, 480)
        self.lockout_spin.setRange(1, 1440)
        self.security_save = QPushButton()
        self.security_save.clicked.connect(self.save_security)
        self.security_labels = [QLabel(), QLabel()]
        self.security_note = QLabel()
        self.security_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.security_labels[0], self.idle_spin)
        form.addRow(self.security_labels[1], self.lockout_spin)
        lay = QVBoxLayout(w)
        lay.addLayout(form)
        lay.addWidget(self.security_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.security_save)
        lay.addLayout(row)
        lay.addStretch(1)
        return w

    def _backup_tab(self) -> QWidget:
        w = QWidget()
        self.last_backup_label = QLabel()
        self.last_backup_label.setObjectName("lastBackup")
        self.backup_now_button, self.backup_to_button, self.restore_button = QPushButton(), QPushButton(), QPushButton()
        self.backup_now_button.clicked.connect(self.backup_now)
        self.backup_to_button.clicked.connect(self.backup_to_folder)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backups_list = QListWidget()
        self.backups_list.setObjectName("backupsList")
        self.backups_caption = QLabel()
        row = QHBoxLayout()
        for b in (self.backup_now_button, self.backup_to_button, self.restore_button):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(self.last_backup_label)
        lay.addLayout(row)
        lay.addWidget(self.backup_note)
        lay.addWidget(self.backups_caption)
        lay.addWidget(self.backups_list, 1)
        return w

    def _fonts_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        try:
            from ui.widgets.font_settings import FontSettingsBox

            self.font_box = FontSettingsBox(parent=w)
            self.font_box.file_set.connect(self._font_file_set)
            lay.addWidget(self.font_box)
        except Exception as exc:  # noqa: BLE001 - a font problem must not take the settings down
            from ui.operations import error_text

            self.font_box = None
            lay.addWidget(QLabel(error_text(exc)))
        self.language_box = QGroupBox()
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("languageMode")
        for mode in MODES:
            self.mode_combo.addItem(native_mode_name(mode), mode)
        self.mode_combo.activated.connect(lambda _i: language().set_mode(self.mode_combo.currentData()))
        self.tibetan_first_check, self.tibetan_digits_check = QCheckBox(), QCheckBox()
        self.tibetan_first_check.toggled.connect(
            lambda on: on != language().tibetan_first and language().set_tibetan_first(on)
        )
        self.tibetan_digits_check.toggled.connect(
            lambda on: on != language().tibetan_digits and language().set_tibetan_digits(on)
        )
        ll = QVBoxLayout(self.language_box)
        ll.addWidget(self.mode_combo)
        ll.addWidget(self.tibetan_first_check)
        ll.addWidget(self.tibetan_digits_check)
        lay.addWidget(self.language_box)
        lay.addStretch(1)
        language().changed.connect(self._sync_language)
        return w

    # -- text ------------------------------------------------------------------------------------
    def translateUI(self) -> None:
        for i, text in enumerate(
            (
                self.tr("Users"),
                self.tr("Security"),
                self.tr("Backup"),
                self.tr("Fonts and language"),
                self.tr("Loan policy"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.users_table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Full name"), self.tr("Role"), self.tr("State"), self.tr("Last sign-in")]
        )
        self.add_user_button.setText(self.tr("Add account…"))
        self.password_button.setText(self.tr("Set password…"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.own_password_button.setText(self.tr("Change my password…"))
        self.role_combo.setToolTip(self.tr("Role of the selected account"))
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, self._role_name(self.role_combo.itemData(i)))
        self.security_labels[0].setText(self.tr("Lock the window after this many idle minutes (0: never)"))
        self.security_labels[1].setText(self.tr("Minutes an account stays locked after 5 wrong passwords"))
        self.security_save.setText(self.tr("Save"))
        self.backup_now_button.setText(self.tr("Back up now"))
        self.backup_to_button.setText(self.tr("Back up to a folder or USB stick…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.backup_note.setText(
            self.tr(
                "A backup is made every day and when the program closes; the last "
                "7 days and 12 months are kept. Restoring keeps the current register "
                "aside first."
            )
        )
        self.backups_caption.setText(self.tr("Automatic backups"))
        self.language_box.setTitle(self.tr("Language"))
        self.tibetan_first_check.setText(self.tr("Tibetan first in bilingual text"))
        self.tibetan_digits_check.setText(self.tr("Tibetan digits in Tibetan mode"))
        self.refresh()

    def _role_name(self, role: str) -> str:
        return {
            "cadre": self.tr("Village cadre"),
            "bank_officer": self.tr("Bank officer"),
            "admin": self.tr("Office head (administrator)"),
        }.get(role, role)

    def _sync_language(self) -> None:
        lang = language()
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(lang.mode)))
        self.tibetan_first_check.setChecked(lang.tibetan_first)
        self.tibetan_first_check.setEnabled(lang.mode == "both")
        self.tibetan_digits_check.setChecked(lang.tibetan_digits)
        self.tibetan_digits_check.setEnabled(lang.mode == "bo")

    # -- data ------------------------------------------------------------------------------------
    def apply_filters(self, section: str | None = None, **_filters) -> None:
        if section in SECTIONS:
            self.tabs.setCurrentIndex(SECTIONS.index(section))
        self.refresh()

    def refresh(self) -> None:
        from app.services import auth

        admin = _allowed(self.ws, "users.manage")
        has_accounts = self.ws.auth.has_accounts()
        self.users = auth.list_users(self.ws) if admin else []
        self.users_table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            state = self.tr("active") if u["active"] else self.tr("disabled")
            if u["locked_until"] and u["locked_until"] > _now():
                state = self.tr("locked")
            for col, value in enumerate(
                (
                    u["username"],
                    u["display_name"],
                    self._role_name(u["role"]),
                    state,
                    local_time(u["last_login_at"], seconds=False),
                )
            ):
                self.users_table.setItem(i, col, QTableWidgetItem(value))
        self.users_table.setVisible(admin)
        for b in (self.add_user_button, self.password_button, self.disable_button, self.unlock_button, self.role_combo):
            b.setVisible(admin)
        self.own_password_button.setVisible(has_accounts and auth.get_user(self.ws, self.ws.user or "") is not None)
        if not has_accounts:
            self.users_note.setText(
                self.tr(
                    "There are no accounts yet: everyone works as the office head. Add "
                    "the office head's account (role: office head) to require signing in."
                )
            )
        elif admin:
            self.users_note.setText(self.tr("Accounts of this office. Only the office head manages them."))
        else:
            self.users_note.setText(self.tr("Only the office head manages accounts; you can change your own password."))
        self._update_user_buttons()
        settings_ok = _allowed(self.ws, "settings.manage")
        self.idle_spin.setValue(self.ws.auth.idle_minutes())
        self.lockout_spin.setValue(self.ws.auth.lockout_minutes())
        for w in (self.idle_spin, self.lockout_spin, self.security_save):
            permit(w, self.ws, "settings.manage")
        self.security_note.setText("" if settings_ok else self.tr("Only the office head changes these settings."))
        self._refresh_backups()
        if hasattr(self, "policy_box"):
            self.policy_box.refresh()
        self._show_pdf_font_problems()
        self._sync_language()

    # -- fonts -----------------------------------------------------------------------------------
    def _font_file_set(self, which: str, path: str) -> None:
        """A font file chosen for the screen is used by every PDF too (kept in the register)."""
        from app.services import pdf_fonts

        pdf_fonts.set_font_path(self.ws, "han" if which == "chinese" else "tibetan", path)
        self._show_pdf_font_problems()

    def _show_pdf_font_problems(self) -> None:
        if getattr(self, "font_box", None) is None:
            return
        from app.services import pdf_fonts

        self.font_box.set_pdf_problems([language().error_text(p) for p in pdf_fonts.problems(self.ws)])

    def _refresh_backups(self) -> None:
        from app.services import backup

        last = backup.last_backup_at(self.ws)
        lang = language()
        # "never" is a word: fill() gives each half of bilingual text its own language's word
        self.last_backup_label.setText(
            lang.fill(
                "SettingsPage", LAST_BACKUP, lang.digits(local_time(last, seconds=False)) if last else Word(NEVER)
            )
        )
        permit(self.restore_button, self.ws, "backup.restore")
        permit(self.backup_to_button, self.ws, "backup.make")
        self.backups_list.clear()
        # this register's automatic backups (and any named before names carried the register)
        for b in backup.list_backups(None, backup.register_key(self.ws), with_unnamed=True):
            self.backups_list.addItem(f"{lang.digits(b.made_at.strftime('%Y-%m-%d %H:%M'))}   {b.path.name}")

    def selected_user(self) -> dict | None:
        rows = self.users_table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def _update_user_buttons(self) -> None:
        user = self.selected_user()
        for b in (self.password_button, self.disable_button, self.unlock_button, self.role_combo):
            b.setEnabled(user is not None)
        self.disable_button.setText(self.tr("Enable") if user and not user["active"] else self.tr("Disable"))
        if user:
            self.role_combo.setCurrentIndex(self.role_combo.findData(user["role"]))

    # -- actions ---------------------------------------------------------------------------------
    def _run(self, fn) -> bool:
        from ui.operations import run_now

        done = run_now(self, lambda: (fn(), True)[1])
        self.refresh()
        return bool(done)

    def add_user(self) -> None:
        if AccountDialog(self.ws, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def change_password(self, own: bool) -> None:
        name = self.ws.user if own else (self.selected_user() or {}).get("username")
        if name:
            AccountDialog(self.ws, self, username=name, own=own).exec()
            self.refresh()

    def toggle_active(self) -> bool:
        from app.services import auth

        user = self.selected_user()
        return bool(user) and self._run(lambda: auth.set_active(self.ws, user["username"], not user["active"]))

    def unlock_user(self) -> bool:
        from app.services import auth

        user = self.selected_user()
        return bool(user) and self._run(lambda: auth.unlock(self.ws, user["username"]))

    def _role_chosen(self, _index: int) -> None:
        from app.services import auth

        user = self.selected_user()
        role = self.role_combo.currentData()
        if user and role != user["role"]:
            self._run(lambda: auth.set_role(self.ws, user["username"], role))

    def save_security(self) -> bool:
        from app.services import auth

        ok = self._run(
            lambda: auth.set_security_settings(self.ws, idle=self.idle_spin.value(), lockout=self.lockout_spin.value())
        )
        if ok and self.main_window is not None:
            self.main_window.set_idle_minutes(self.idle_spin.value())
        return ok

    def _after_backup(self, made) -> None:
        self._refresh_backups()
        if self.main_window is not None:
            self.main_window.update_status()
        self.last_message = self.tr("Backup written and checked: %1").replace("%1", str(made))
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Backup"), self.last_message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("backupDone")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def backup_now(self) -> None:
        from app.services import backup
        from ui.operations import Operation

        Operation(self, lambda: backup.backup_now(self.ws)).with_progress(self.tr("Making a backup…")).success(
            self._after_backup
        ).run()

    def backup_to_folder(self, folder: str | None = None) -> None:
        from app.services import backup
        from ui.operations import Operation

        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Back up to a folder or USB stick"))
        if not folder:
            return
        Operation(self, lambda: backup.backup_to(self.ws, folder)).with_progress(self.tr("Making a backup…")).success(
            self._after_backup
        ).run()

    def restore_from_file(self, path: str | None = None, *, confirm: bool = True) -> None:
        from app.services import backup
        from ui.operations import Operation

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), "", self.tr("Register backups (*.sqlite)")
            )
        if not path:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr("Replace the register with the backup %1? The current register is kept aside first.").replace(
                    "%1", path
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        Operation(self, lambda: backup.restore(self.ws, path)).with_progress(self.tr("Restoring…")).success(
            self._after_restore
        ).run()

    def _after_restore(self, aside) -> None:
        if self.main_window is not None:
            self.main_window.refresh_all()
        self.refresh()
        self.last_message = self.tr("Restored. The register as it was before is kept in %1.").replace("%1", str(aside))
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Restore"), self.last_message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("restoreDone")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
