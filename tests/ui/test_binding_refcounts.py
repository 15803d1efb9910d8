"""The Qt binding must not leak references to the interpreter's singletons.

PySide6/shiboken6 6.12.0 under CPython 3.11 drops one reference to None on every setter call;
after a few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc" and
the window vanishes with unsaved work. pyproject.toml pins a release that does not; this test
fails (or aborts the run) on one that does, whatever pip installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

CALLS = 10_000


def _singleton_refcounts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


class _Emitter(QObject):
    changed = Signal(str)
    toggled = Signal(bool)


def test_setters_keep_none_true_false_references_stable(qapp):
    label, edit, box = QLabel(), QLineEdit(), QCheckBox()
    before = _singleton_refcounts()
    for i in range(CALLS):
        label.setText("a")
        label.clear()
        label.setEnabled(i % 2 == 0)
        edit.setText("b")
        edit.setReadOnly(False)
        box.setChecked(True)
        box.setToolTip("")
    after = _singleton_refcounts()
    # A leaking binding loses one reference per call (tens of thousands here); a few references
    # may come and go with the interpreter's own caches.
    assert max(abs(a - b) for a, b in zip(after, before)) < 50, (before, after)


def test_signal_emits_keep_none_true_false_references_stable(qapp):
    emitter = _Emitter()
    got: list[object] = []
    emitter.changed.connect(lambda text: got.append(None))
    emitter.toggled.connect(lambda on: None)
    before = _singleton_refcounts()
    for i in range(CALLS):
        emitter.changed.emit("x")
        emitter.toggled.emit(i % 2 == 0)
    got.clear()
    after = _singleton_refcounts()
    assert max(abs(a - b) for a, b in zip(after, before)) < 50, (before, after)
