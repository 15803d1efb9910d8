"""Fixtures for the GUI tests of the register pages: a Language on the test's own settings file,
a main window on the demo register, a modal-free way to drive dialogs, valid ID numbers.

Import them into a test module with ``from tests.ui.gui_fixtures import *`` (pyproject.toml lets tests/ import
fixtures by name and all at once).
"""

from __future__ import annotations

import pytest

__all__ = ["lang", "window", "valid_id", "answer_dialogs", "mode_text", "close_and_delete"]

_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def valid_id(first17: str) -> str:
    """An ID number with its GB 11643 (ISO 7064 MOD 11-2) check digit, computed here independently."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def mode_text(context: str, source: str, mode: str) -> str:
    """What a tr() string reads in a language mode, from the .ts files (bilingual: Tibetan first)."""
    from app import i18n as app_i18n
    from ui.i18n import join_texts

    zh = app_i18n.translate(source, "zh", context)
    bo = app_i18n.translate(source, "bo", context)
    return {"zh": zh, "bo": bo, "both": join_texts(zh, bo, True)}[mode]


@pytest.fixture
def lang(qapp):
    from ui import i18n
    from ui.settings import settings

    language = i18n.Language(settings=settings())
    i18n.set_language(language)
    language.set_mode("zh")
    yield language
    language.uninstall()
    i18n.set_language(None)


@pytest.fixture
def window(demo_ws, qtbot, lang):
    from ui.main_window import MainWindow

    w = MainWindow(demo_ws)
    qtbot.addWidget(w)
    w.show()
    w.show_initial_page()
    yield w
    close_and_delete(w)


def close_and_delete(widget) -> None:
    """Close and really delete a window before its register closes (a closed but living window
    would still get the next test's LanguageChange and read a closed database)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def answer_dialogs(monkeypatch):
    """Make FormDialog.exec() run `fill(dialog)` then press Save (no modal loop in tests).

    Usage: ``answer_dialogs(lambda dlg: ...)``; the dialogs seen are in the returned list.
    """
    from PySide6.QtWidgets import QDialog

    from ui.forms.base import FormDialog

    seen: list = []
    state = {"fill": None}

    def fake_exec(self):
        seen.append(self)
        if state["fill"] is not None:
            state["fill"](self)
        self.accept()
        return self.result() or QDialog.DialogCode.Rejected

    monkeypatch.setattr(FormDialog, "exec", fake_exec)

    def set_fill(fill):
        state["fill"] = fill
        return seen

    return set_fill
