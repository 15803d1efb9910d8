"""ui/errors.py: an exception escaping a slot or a thread is logged and told, never silent."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.domain.errors import ValidationError
from app.i18n import N_
from tests.ui.gui_fixtures import *


class Emitter(QObject):
    fire = Signal()


@pytest.fixture
def hooks(qapp, lang):
    from ui import errors

    undo = errors.install()
    errors.last_message.clear()
    yield errors
    undo()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def _boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unexpectedErrorBox" and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown_with_the_log_path(hooks, qtbot):
    emitter = Emitter()

    def broken_slot():
        raise ZeroDivisionError("a bug in a slot")

    emitter.fire.connect(broken_slot)
    emitter.fire.emit()
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=3000)
    log = paths.log_dir() / "dualbase.log"
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in text and "broken_slot" in text  # with the traceback
    box = _boxes()[0]
    assert str(log) in box.text()
    assert "Traceback" not in box.text() and "ZeroDivisionError" not in box.text()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_worker_thread_is_shown_on_the_gui_thread(hooks, qtbot):
    def work():
        raise KeyError("lost in a thread")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=3000)
    assert "KeyError" in (paths.log_dir() / "dualbase.log").read_text(encoding="utf-8")
    assert str(paths.log_dir()) in _boxes()[0].text()


@pytest.mark.qt_no_exception_capture
def test_a_domain_error_shows_its_own_sentence_and_is_not_logged(hooks, qtbot):
    emitter = Emitter()

    def refuse():
        raise ValidationError("name_zh", N_("Type the head's name in Chinese characters."))

    emitter.fire.connect(refuse)
    emitter.fire.emit()
    qtbot.waitUntil(lambda: bool(hooks.last_message), timeout=3000)
    assert hooks.last_message[-1] == hooks_text(refuse_error())
    assert not (paths.log_dir() / "dualbase.log").exists()


def refuse_error():
    return ValidationError("name_zh", N_("Type the head's name in Chinese characters."))


def hooks_text(exc) -> str:
    from ui.i18n import language

    return language().error_text(exc)


@pytest.mark.qt_no_exception_capture
def test_a_storm_of_errors_shows_at_most_three_boxes(hooks, qtbot):
    emitter = Emitter()
    emitter.fire.connect(lambda: 1 / 0)
    for _ in range(10):
        emitter.fire.emit()
    qtbot.waitUntil(lambda: len(_boxes()) == 3, timeout=3000)
    qtbot.wait(100)
    assert len(_boxes()) == 3
