"""Fixtures for the tests of the sessions, complaints, ratings and Home pages.

``widgets_cleanup`` deletes every top-level widget a test left behind before the language is
uninstalled and the register closed: uninstalling posts LanguageChange to every widget, and a
page that re-reads its combos then would touch a closed database.
"""

from __future__ import annotations

import pytest

__all__ = ["widgets_cleanup"]


@pytest.fixture
def widgets_cleanup(demo_ws, qtbot, lang):
    yield
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from ui.taskman import task_manager

    task_manager().wait()  # the Home page counts on the worker: let it finish first
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for w in QApplication.topLevelWidgets():
        if shiboken6.isValid(w):
            w.close()
            shiboken6.delete(w)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
