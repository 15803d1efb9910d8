"""The idle lock: after ``auth.idle_minutes`` without keyboard or mouse input (setting, default
10; 0 = never) the main window hides its content and asks for the password again.

Only while the register has accounts (without accounts there is no password to ask for).
Cancel in the lock dialog closes the program (the exit backup still runs in run_gui).

    lock = IdleLock(window, ws)        # installs itself on the QApplication
    lock.lock_now()                    # e.g. a "Lock" menu entry
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from app.services.workspace import Workspace

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride,
}


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, ws: Workspace, *, interval_ms: int | None = None):
        super().__init__(window)

        self.window = window
        self.ws = ws
        self.dialog = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.watching = False
        ms = interval_ms if interval_ms is not None else ws.auth.idle_minutes() * 60_000
        self.set_interval(ms)
        # Watching input means a Python call for every event of the whole program, and the first
        # events of each kind make PySide look up their Python types (~0.1 s): so only while there
        # are accounts, and only once the window is on screen (bench: start-up).
        QTimer.singleShot(0, self, self._watch)

    def _watch(self) -> None:
        if not self.watching and self.interval_ms > 0 and self.ws.auth.has_accounts():
            QApplication.instance().installEventFilter(self)
            self.watching = True

    def set_interval(self, ms: int) -> None:
        self.interval_ms = int(ms)
        self.timer.stop()
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _INPUT and not self.is_locked and self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        return False

    def _idle(self) -> None:
        if not self.watching:
            # no input was watched (the first account was made in this session): watch from now on
            # and lock after a quiet interval
            self._watch()
            self.set_interval(self.interval_ms)
            return
        self.lock_now()

    def lock_now(self) -> None:
        from ui.dialogs.login import LoginDialog

        if self.is_locked or not self.ws.auth.has_accounts():
            return
        self._central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if self._central is not None:
            self._central.hide()  # nothing of the register stays readable behind the dialog
        self.dialog = LoginDialog(self.ws, self.window, unlock=True)
        self.dialog.finished.connect(self._finished)
        self.locked.emit()
        self.dialog.open()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if result == QDialog.DialogCode.Accepted:
            if self._central is not None:
                self._central.show()
            if self.interval_ms > 0:
                self.timer.start(self.interval_ms)
            self.unlocked.emit()
        else:
            self.window.close()
        if dialog is not None:
            dialog.deleteLater()

    def stop(self) -> None:
        self.timer.stop()
        self.watching = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
