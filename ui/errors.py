"""The GUI's last guard: no exception ends the program without a word (issue 7, point 6).

:func:`install` sets ``sys.excepthook`` (an exception escaping a slot, a timer, an event handler)
and ``threading.excepthook`` (a worker thread).  An unexpected exception is written with its
traceback to the rotating log in the data folder (``logs/dualbase.log``, app.crash_log) and
the user reads one short sentence saying nothing stored was lost and where the details are; a
DomainError (a refusal the core raises on purpose) shows its own sentence.  Messages raised on a
worker thread are shown on the GUI thread.  The hook never raises itself and never loops.
"""

from __future__ import annotations

import sys
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DomainError


class _Reporter(QObject):
    """Lives on the GUI thread; the signal carries a message there from any thread."""

    report = Signal(str, str)

    def __init__(self):
        super().__init__()
        self.boxes: list[QMessageBox] = []
        # An automatic connection: from a worker thread it is queued to the GUI thread, and on the
        # GUI thread _queue puts the box off to the next turn of the event loop itself — as an
        # explicit QueuedConnection would, without touching PySide's Qt namespace at start-up
        # (creating its 94 enum types costs 30-45 ms before the first window; bench: start-up).
        self.report.connect(self._queue)

    @Slot(str, str)
    def _queue(self, title: str, text: str) -> None:
        QTimer.singleShot(0, self, lambda: self._show(title, text))

    def _show(self, title: str, text: str) -> None:
        from PySide6.QtCore import Qt

        if len(self.boxes) >= 3:  # an exception in a paint loop must not flood the screen
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("unexpectedErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r, b=box: self.boxes.remove(b) if b in self.boxes else None)
        self.boxes.append(box)
        box.open()  # not exec(): the hook may run inside another event loop


_reporter: _Reporter | None = None
_busy = threading.local()
#: tests may read what was last told
last_message: list[str] = []


def _text_for(exc: BaseException) -> tuple[str, str]:
    from ui.operations import error_text, log_unexpected, unexpected_error_text

    if isinstance(exc, DomainError):
        return QCoreApplication.translate("Operation", "Not saved"), error_text(exc)
    log_unexpected(exc, "GUI")
    return QCoreApplication.translate("Operation", "Error"), unexpected_error_text()


def handle(exc: BaseException) -> None:
    """Log `exc` when unexpected and tell the user (queued to the GUI thread)."""
    if getattr(_busy, "on", False):
        return
    _busy.on = True
    try:
        title, text = _text_for(exc)
        last_message.append(text)
        del last_message[:-10]
        if _reporter is not None:
            _reporter.report.emit(title, text)
    except Exception:  # noqa: BLE001 - the guard itself must never fail loudly
        try:
            sys.__stderr__.write("dualbase: an error occurred and could not be reported\n")
        except (AttributeError, OSError, ValueError):  # a windowed program has no stderr (None) or a closed one
            pass
    finally:
        _busy.on = False


def _sys_hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    exc = exc if exc is not None else exc_type()
    if exc.__traceback__ is None:
        exc.__traceback__ = tb
    handle(exc)


def _thread_hook(args) -> None:
    if args.exc_type is SystemExit:
        return
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    handle(exc)


def install() -> Callable[[], None]:
    """Install both hooks (call once the QApplication exists); returns a function undoing it."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    old_sys, old_thread = sys.excepthook, threading.excepthook
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = old_sys, old_thread

    return uninstall
