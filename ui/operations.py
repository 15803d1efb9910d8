"""Running a piece of work from the GUI, and turning its failure into a sentence (Anki's
aqt/operations, reduced).

    Operation(self, lambda: ws.loans.transition(...)).success(self.refresh).run()

    Operation(self, export_generator).with_progress(self.tr("Writing the report…"),
                                                    cancellable=True).success(done).run()

A generator's yields are progress: ``(done, total)``, ``(done, total, label)`` or an object with
``done`` / ``total`` (exports.common.Progress). The work runs on the single worker (ui.taskman); ``success(result)`` and ``failure(exc)`` run on the
GUI thread. Without a failure callback the default one speaks:

* a :class:`~app.domain.errors.DomainError` (refused input, conflict, missing font, storage
  problem …) shows its own text in the current language mode;
* :class:`~ui.taskman.Cancelled` shows nothing (the user asked for it);
* anything else is unexpected: it is written with its traceback to the rotating log
  (app.crash_log) and the user reads one sentence saying nothing stored was lost and where
  the details are — never a traceback.

:func:`run_now` is the synchronous twin for short actions on the GUI thread (a button that makes
one transition): the same error handling, the result or None.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.domain.errors import DomainError
from ui.taskman import Cancelled, Task, task_manager


def log_path() -> str:
    from app import paths

    return str(paths.log_dir() / "dualbase.log")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operation", text)


def unexpected_error_text() -> str:
    return _tr(
        "Something went wrong that the program did not expect. Nothing stored was lost. Details are in %1."
    ).replace("%1", log_path())


def log_unexpected(exc: BaseException, what: str = "operation") -> None:
    from app.crash_log import crash_log

    crash_log().error("%s failed", what, exc_info=(type(exc), exc, exc.__traceback__))


def error_text(exc: BaseException) -> str:
    """The sentence a user reads for `exc` in the current language mode (logs unexpected ones)."""
    from ui.i18n import language

    if isinstance(exc, DomainError):
        return language().error_text(exc)
    if isinstance(exc, OSError):
        log_unexpected(exc, "file operation")
        return _tr(
            "The file could not be written or read: %1. Check the disk or the USB stick and "
            "try again; nothing stored was changed."
        ).replace("%1", exc.strerror or str(exc))
    log_unexpected(exc)
    return unexpected_error_text()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A message box with the sentence for `exc` (nothing for a cancelled task)."""
    if isinstance(exc, Cancelled):
        return
    text = error_text(exc)
    title = _tr("Not saved") if isinstance(exc, DomainError) else _tr("Error")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def run_now(parent: QWidget | None, fn: Callable[[], Any]) -> Any:
    """Run `fn` here and now; on failure show the sentence and return None."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
        show_error(parent, exc)
        return None


class Operation:
    def __init__(self, parent: QWidget | None, fn: Callable[[], Any]):
        self.parent = parent
        self.fn = fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None

    def success(self, cb: Callable[[Any], None]) -> "Operation":
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "Operation":
        self._failure = cb
        return self

    def with_progress(self, label: str, cancellable: bool = False) -> "Operation":
        self._label = label
        self._cancellable = cancellable
        return self

    def run(self) -> "Operation":
        if self._label is not None:
            dlg = QProgressDialog(self.parent)
            dlg.setObjectName("operationProgress")
            dlg.setWindowTitle(_tr("Working"))
            dlg.setLabelText(self._label)
            from PySide6.QtCore import Qt  # here: the first window needs no Qt namespace (ui.errors)

            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(400)  # short work finishes before any dialog flashes up
            dlg.setRange(0, 0)  # busy until the first progress report says how much
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if self._cancellable:
                dlg.setCancelButtonText(_tr("Cancel"))
                dlg.canceled.connect(self.cancel)
            else:
                dlg.setCancelButton(None)
            self.dialog = dlg
        from PySide6.QtCore import QObject

        owner = self.parent if isinstance(self.parent, QObject) else None
        self.task = task_manager().run(
            self.fn, on_done=self._done, on_error=self._error, on_progress=self._progress, owner=owner
        )
        # Qt holds only weak references to our bound-method callbacks: the task (kept by the
        # task manager until its result is delivered) keeps this Operation alive until then
        self.task.owner = self
        return self

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, step) -> None:
        if self.dialog is None:
            return
        if hasattr(step, "done"):  # exports.common.Progress and the like
            done, total, label = step.done, step.total, getattr(step, "label", None)
        else:  # (done, total) or (done, total, label)
            done, total, *rest = step
            label = rest[0] if rest else None
        if total:
            self.dialog.setRange(0, int(total))
            self.dialog.setValue(min(int(done), int(total)))
        if label:
            self.dialog.setLabelText(str(label))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result) -> None:
        self._close_dialog()
        if self._success:
            try:
                self._success(result)
            except Exception as exc:  # noqa: BLE001 - a sentence, never a traceback on the GUI thread
                show_error(self.parent, exc)

    def _error(self, exc: BaseException) -> None:
        self._close_dialog()
        if self._failure:
            self._failure(exc)
        else:
            show_error(self.parent, exc)


logging.getLogger(__name__).addHandler(logging.NullHandler())
