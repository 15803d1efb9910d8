"""TibetanLineEdit: Wylie typed on a Latin keyboard becomes Tibetan as it is typed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ui.widgets.tibetan_edit import TibetanLineEdit


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def edit(qtbot, settings):
    w = TibetanLineEdit(wylie=True, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.setFocus()
    return w


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("sgrol ma", "སྒྲོལ་མ"),
        ("bkra shis", "བཀྲ་ཤིས"),
        ("bsod nams sgrol ma/", "བསོད་ནམས་སྒྲོལ་མ།"),
    ],
)
def test_typed_wylie_becomes_tibetan_live(edit, qtbot, typed, expected):
    qtbot.keyClicks(edit, typed)
    assert edit.text() == expected
    assert edit.validate() == ""


def test_a_syllable_corrects_itself_as_it_is_completed(edit, qtbot):
    qtbot.keyClicks(edit, "sg")
    assert edit.text() == "སག"  # not yet a valid syllable
    qtbot.keyClicks(edit, "ro")
    assert edit.text() == "སྒྲོ"


def test_backspace_takes_back_the_last_latin_key_of_the_syllable(edit, qtbot):
    qtbot.keyClicks(edit, "sgrol")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "སྒྲོ"


def test_a_new_syllable_starts_after_the_cursor_moves(edit, qtbot):
    qtbot.keyClicks(edit, "ma")
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "bkra ")
    assert edit.text() == "བཀྲ་མ"


def test_chinese_characters_are_rejected_with_a_message(edit, qtbot):
    with qtbot.waitSignal(edit.problemChanged) as blocker:
        edit.insert("卓玛")
    assert blocker.args[0]
    assert edit.validate() == blocker.args[0]


def test_latin_is_rejected_when_wylie_input_is_off(qtbot, settings):
    w = TibetanLineEdit(wylie=False, settings=settings)
    qtbot.addWidget(w)
    qtbot.keyClicks(w, "sgrol")
    assert w.text() == "sgrol"
    assert "W" in w.validate()  # tells the user how to switch Wylie input on


def test_invalid_wylie_is_reported(edit, qtbot):
    qtbot.keyClicks(edit, "kq")
    message = edit.validate()
    assert message and "kq" in message


def test_wylie_that_converts_with_warnings_is_reported(edit, qtbot):
    qtbot.keyClicks(edit, "sg ")
    assert "sg" in edit.validate()


def test_pasted_wylie_is_converted(edit, qtbot):
    QApplication.clipboard().setText("bkra shis")
    edit.paste()
    assert edit.text() == "བཀྲ་ཤིས"


def test_tibetan_text_and_empty_text_are_accepted(qtbot, settings):
    w = TibetanLineEdit(wylie=False, settings=settings)
    qtbot.addWidget(w)
    w.setText("བཀྲ་ཤིས། ༡༢")
    assert w.validate() == ""
    w.setText("")
    assert w.validate() == ""


def test_toggling_wylie_is_signalled_and_remembered(edit, settings):
    got = []
    edit.wylieModeChanged.connect(got.append)
    edit.wylie_action().trigger()
    assert got == [False] and not edit.wylie_mode()
    again = TibetanLineEdit(settings=settings)
    assert not again.wylie_mode()


def test_field_is_tall_enough_for_tibetan_stacks(edit):
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.fonts import current_tibetan_family

    f = QFont(edit.font())
    f.setFamilies([current_tibetan_family()])
    assert edit.sizeHint().height() >= QFontMetrics(f).height()
