"""Work off the GUI thread: one worker, one task at a time, results back on the GUI thread.

Like Anki's TaskManager (aqt/taskman.py), reduced to what this program needs:

* one QThreadPool with ``maxThreadCount == 1`` — the register is one SQLite connection behind a
  lock (storage.db.Database), so a second worker would only queue on that lock; running tasks one
  after another also keeps their order (an export started after a save sees the save).
* a task is a plain callable. When it returns a *generator*, each value it yields is progress
  ``(done, total)`` or ``(done, total, label)``, delivered to ``on_progress`` on the GUI thread,
  and cancelling stops it at its next ``yield`` (:class:`Cancelled`). The generator's ``return``
  value is the result.
* ``on_done(result)`` / ``on_error(exc)`` always run on the GUI thread, through a queued signal
  of a QObject living there.

What runs where (decided here, for every page): the reads a page needs to show what is visible —
one search's ordered ids, one page of ~200 rows by id, one household's record — are indexed
queries well under 30 ms at 100,000 households (bench/bench_gui_search.py) and run synchronously
on the GUI thread, which keeps the pages simple and their tests deterministic. Saving a form is a
single short transaction and runs synchronously too. Long work — imports, exports, backups,
printing cards, sync packages — goes through :class:`ui.operations.Operation`, which uses this
worker and a progress dialog.
"""

from __future__ import annotations

import inspect
import logging
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user cancelled a task; its generator stopped at a yield."""


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits the ``_from_worker_*`` signals; they are queued
    to this object's slots (so onto the GUI thread), which re-emit the public signals there."""

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object)
    _from_worker_progress = Signal(object)
    _from_worker_done = Signal(object)
    _from_worker_failed = Signal(object)

    def __init__(self):
        super().__init__()
        # Automatic connections: the _from_worker_* signals are only emitted in Task.run, on the
        # pool's thread, so they are queued to this object's (the GUI) thread — an explicit
        # QueuedConnection would need PySide's Qt namespace, 30-45 ms of enum types that the
        # first window's figures otherwise never touch (see ui.errors._Reporter).
        self._from_worker_progress.connect(self._on_progress)
        self._from_worker_done.connect(self._on_done)
        self._from_worker_failed.connect(self._on_failed)

    @Slot(object)
    def _on_progress(self, value):
        self.progress.emit(value)

    @Slot(object)
    def _on_done(self, value):
        self.done.emit(value)

    @Slot(object)
    def _on_failed(self, value):
        self.failed.emit(value)


def _guarded(cb: Callable[[Any], None], owner: QObject | None) -> Callable[[Any], None]:
    """`cb`, skipped once `owner` (the page that asked) is gone, and tolerant of a widget deleted
    while the task ran: a result arriving for a closed page is dropped, not a crash."""

    def call(value: Any) -> None:
        if owner is not None and not shiboken6.isValid(owner):
            return
        try:
            cb(value)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("task result for a deleted widget dropped: %s", exc)

    return call


class Task(QRunnable):
    def __init__(
        self, fn: Callable[[], Any], on_done=None, on_error=None, on_progress=None, owner: QObject | None = None
    ):
        super().__init__()
        self.setAutoDelete(False)  # the TaskManager keeps it until its result is delivered
        self.fn = fn
        self.relay = _Relay()
        self._cancel = threading.Event()
        self.finished = False
        if on_done:
            self.relay.done.connect(_guarded(on_done, owner))
        if on_error:
            self.relay.failed.connect(_guarded(on_error, owner))
        if on_progress:
            self.relay.progress.connect(_guarded(on_progress, owner))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # on the worker thread
        try:
            result = self.fn()
            if inspect.isgenerator(result):
                result = self._drive(result)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never swallowed
            self.finished = True
            self._send(self.relay._from_worker_failed, exc)
            return
        self.finished = True
        self._send(self.relay._from_worker_done, result)

    @staticmethod
    def _send(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down and took the relay with it
            log.debug("task result after shutdown dropped")

    def _drive(self, gen) -> Any:
        while True:
            if self._cancel.is_set():
                gen.close()
                raise Cancelled()
            try:
                step = next(gen)
            except StopIteration as stop:
                return stop.value
            if step is not None:
                self._send(self.relay._from_worker_progress, step)


class TaskManager(QObject):
    """The application's single background worker (see :func:`task_manager`)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._tasks: list[Task] = []

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Queue `fn`; the callbacks run on the GUI thread. Returns the task (to cancel it).

        Give `owner` (the widget that asked): once it is deleted its callbacks are not called.
        """
        task = Task(fn, on_done, on_error, on_progress, owner)
        task.relay.done.connect(lambda _r, t=task: self._forget(t))
        task.relay.failed.connect(lambda _e, t=task: self._forget(t))
        self._tasks.append(task)
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (shutting down; tests)."""
        return self.pool.waitForDone(msecs)


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    global _manager
    if _manager is None:
        _manager = TaskManager()
    return _manager
