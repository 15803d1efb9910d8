"""Start the GUI: application, fonts, language, the register, first-start office form, main window.

    run_gui(args)        # args from app.cli.parse (--db, --lang, --user)

Hooks for the other parts of the program:
* :func:`before_main_window` — the login step. It returns the signed-in user (name, role) or
  None to quit. With no accounts in the register it returns a default administrator (the
  laptop's user), so a fresh install opens straight away. The trust part replaces it with a login
  dialog (assign ``ui.app.before_main_window = its_function``).
* :func:`install_excepthook` — an exception nobody caught is logged to the rotating log
  (app.crash_log) and the user reads one sentence with the log's location.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.signed_in import SignedIn  # what the login step returns (hooks find it here too)

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from ui.i18n import Language

DAILY_BACKUP_DELAY_MS = 5_000


def before_main_window(ws: Workspace) -> SignedIn | None:
    """The login hook (see the module docstring): the signed-in user, or None to quit."""
    from ui.dialogs.login import before_main_window as login

    return login(ws)


def _message(title: str, text: str) -> None:
    QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok).exec()


def install_excepthook() -> None:
    """ui.errors.install: the GUI thread's and worker threads' exceptions, logged and told."""
    from ui.errors import install

    install()


def add_bundled_fonts() -> None:
    """The bundled program's free Tibetan and Han fonts, for a computer that has none of its own
    (Qt prefers installed fonts of the same family; nothing to do in a source checkout)."""
    from exports.pdf.fonts import bundled_fonts_dir
    from PySide6.QtGui import QFontDatabase

    folder = bundled_fonts_dir()
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".ttf", ".ttc", ".otf"):
            QFontDatabase.addApplicationFont(str(path))


def open_register(args):
    """The Workspace for args (None after telling the user why it cannot open)."""
    from app import cli
    from app.services.workspace import Workspace
    from ui.operations import error_text

    path = cli.db_path(args)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        from app.services import encryption

        if encryption.needs_key(path):
            # encrypted: the sign-in opens it (the password unwraps its key), once
            from ui.dialogs.login import LoginDialog

            dialog = LoginDialog(None, path=path)
            if dialog.exec() != dialog.DialogCode.Accepted:
                if dialog.ws is not None:
                    dialog.ws.close()
                return None
            dialog.ws.signed_in_at_open = True
            return dialog.ws
        return Workspace.open(path, user=args.user or "", lang="zh", exclusive=True)
    except Exception as exc:  # noqa: BLE001 - a sentence, then exit
        _message(QCoreApplication.translate("Operation", "Error"), error_text(exc))
        return None


def start_application() -> tuple[QApplication, Language]:
    """The QApplication under the program's name (where its settings are kept) and the language
    the user chose last time, installed: what the window and the smoke test start with."""
    from ui import i18n
    from ui.i18n import APPLICATION, ORGANIZATION
    from ui.settings import settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if i18n._language is None:
        i18n.set_language(i18n.Language(settings=settings()))
    return app, i18n.install()


def run_gui(args) -> int:
    from ui import fonts as ui_fonts
    from ui import i18n

    app, lang = start_application()
    # --lang has a default (zh) for the CLI: only a --lang typed on the command line overrides
    # the mode the user chose last time in the window
    typed = any(a == "--lang" or a.startswith("--lang=") for a in sys.argv[1:])
    if typed and getattr(args, "lang", None) in i18n.MODES and args.lang != lang.mode:
        lang.set_mode(args.lang)
    install_excepthook()
    add_bundled_fonts()

    ws = open_register(args)
    if ws is None:
        return 2
    try:
        if ws.office is None:  # the office first: accounts and their audit entries belong to it
            from ui.dialogs.office import RESTORED, OfficeDialog

            value, ok = OfficeDialog.get(None, ws)
            if ok and value == RESTORED:
                # a backup in place of the empty register: opened again as any register is (an
                # encrypted one by signing in, with the recovery key at hand)
                ws.close()
                ws = open_register(args)
                if ws is None:
                    return 0
            if not ok or ws.office is None:
                return 0
        signed_in = before_main_window(ws)
        if signed_in is None:
            return 0
        ws.user, ws.role = signed_in.user, signed_in.role
        from ui.main_window import MainWindow

        window = MainWindow(ws)
        window.show()
        ui_fonts.warn_if_fonts_missing(window)
        _start_trust(window, ws)
        return app.exec()
    finally:
        from ui.taskman import task_manager

        task_manager().wait(10_000)
        if ws is not None:  # (None: a restored backup's sign-in was cancelled)
            _exit_backup(ws)
            ws.close()


def _start_trust(window, ws: Workspace) -> None:
    """The idle lock, and today's automatic backup off the GUI thread (issue 7)."""
    from ui.idle import IdleLock

    window.idle_lock = IdleLock(window, ws)
    # Today's backup a few seconds after the window is up: copying a county register reads hundreds
    # of megabytes, which would otherwise compete with the first page's figures (bench: start-up).
    # A program closed before then still makes its exit backup.
    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, lambda: _daily_backup(window, ws))


def _daily_backup(window, ws: Workspace) -> None:
    """Today's backup on the worker; the status bar shows its time. The backup service is
    imported here, when it runs, not before the first window."""
    from app.services import backup
    from ui.operations import Operation

    Operation(window, lambda: backup.maybe_daily_backup(ws)).success(lambda _made: window.update_status()).run()


def _exit_backup(ws: Workspace) -> None:
    """The backup on exit; a failure is logged, never keeps the program from closing."""
    from app.services import backup
    from ui.operations import log_unexpected

    try:
        if ws.office is not None:
            backup.backup_on_exit(ws)
    except Exception as exc:  # noqa: BLE001 - the register itself is safe; say it in the log
        log_unexpected(exc, "backup on exit")
