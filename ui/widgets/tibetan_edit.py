"""A line edit for Tibetan-script text that can be typed in Wylie on any keyboard.

Live conversion, and why it works the way it does
-------------------------------------------------
With Wylie input on (the "W" button inside the field), every Latin key is converted at once: the
field remembers the Latin typed since the last syllable break (``pending``) and replaces the
Tibetan it showed for it with the conversion of ``pending`` plus the new key. So the user sees
Tibetan all the time, and a syllable that only becomes valid a few keys later (``s`` → ས,
``sg`` → སག, ``sgr`` → སགར, ``sgro`` → སྒྲོ) corrects itself as it is typed, because Wylie is
converted syllable by syllable and is only unambiguous once the syllable is whole.
Backspace inside a pending syllable takes back the last *Latin* key (``sgro`` → ``sgr``), which
is what a Wylie typist expects. Space (tsheg ་) and ``/`` (shad །) end the syllable; so does any
other key, a click that moves the cursor, or leaving the field. Latin text pasted or dropped in
Wylie mode is converted when it arrives.

``validate()`` returns a sentence (through ``tr``) when the text holds Chinese characters, Latin
letters (in plain mode, or Wylie that could not be converted) or Wylie pyewts found invalid, and
emits :attr:`problemChanged` so a form can show it beside the field ("" when fine).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain import script

_SETTINGS_KEY = "input/wylie"
# Characters that are part of Wylie: letters, apostrophe (a-chung), stacking +, dot, marks, digits.
_WYLIE_KEY = re.compile(r"[A-Za-z0-9'+.~^\-]")
# A run of Latin Wylie text inside pasted content (spaces and shad inside the run belong to it)
_LATIN_RUN = re.compile(r"[A-Za-z'][A-Za-z0-9'+.~^\- /]*")


def has_tibetan_keyboard() -> bool:
    """True when the system's current input language is Tibetan (then Wylie is off by default)."""
    im = QGuiApplication.inputMethod()
    return im is not None and im.locale().language() == QLocale.Language.Tibetan


def default_wylie_mode(settings: QSettings | None = None) -> bool:
    """The user's last choice, or on when there is no Tibetan keyboard."""
    from ui.i18n import APPLICATION, ORGANIZATION

    settings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)
    value = settings.value(_SETTINGS_KEY, None)
    if value is None:
        return not has_tibetan_keyboard()
    return str(value).lower() in ("1", "true", "yes")


def _badge(text: str, on: bool) -> QIcon:
    """A small drawn icon (no image files to ship): filled blue when on, grey outline when off."""
    pm = QPixmap(32, 32)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#1565c0") if on else QColor("#9e9e9e")
    if on:
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(colour)
    p.drawRoundedRect(2, 2, 28, 28, 6, 6)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20)
    p.setFont(font)
    p.setPen(QColor("white") if on else colour)
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return QIcon(pm)


class TibetanLineEdit(QLineEdit):
    """Single-line Tibetan text; Wylie input with live conversion; rejects Latin and Chinese."""

    # the current problem sentence, "" when the text is acceptable
    problemChanged = Signal(str)
    # Wylie input switched on (True) or off (False)
    wylieModeChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, wylie: bool | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self._settings = settings
        self._pending = ""  # Latin typed for the syllable being converted
        self._pending_start = -1  # where its Tibetan starts in the text
        self._pending_len = 0  # how long its Tibetan is
        self._pending_shown = ""  # its Tibetan without a closing tsheg/shad
        self._invalid: dict[str, str] = {}  # Tibetan shown → Latin it came from, when pyewts warned
        self._busy = False  # our own edits must not re-trigger conversion
        self._problem = ""
        self._wylie_action = QAction(self)
        self._wylie_action.setCheckable(True)
        self.addAction(self._wylie_action, QLineEdit.ActionPosition.TrailingPosition)
        self._wylie_action.setChecked(default_wylie_mode(settings) if wylie is None else wylie)
        self._wylie_action.toggled.connect(self._on_wylie_toggled)  # after: only user toggles
        self._refresh_action()
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self.validate)
        self.translateUI()

    # -- public API ------------------------------------------------------------------------------
    def wylie_mode(self) -> bool:
        return self._wylie_action.isChecked()

    def set_wylie_mode(self, on: bool) -> None:
        self._wylie_action.setChecked(on)

    def wylie_action(self) -> QAction:
        """The checkable action inside the field (a form may also put it in a menu)."""
        return self._wylie_action

    def commit(self) -> None:
        """End the syllable being typed: what is shown is final."""
        self._pending = ""
        self._pending_start = -1
        self._pending_len = 0
        self._pending_shown = ""

    def problem(self) -> str:
        return self._problem

    def validate(self) -> str:
        """The problem with the text as a sentence in the UI language, or "" when it is fine."""
        self.commit()
        return self._check(self.text())

    def _check(self, text: str) -> str:
        message = ""
        bad_wylie = next((latin for tibetan, latin in self._invalid.items() if tibetan and tibetan in text), "")
        if script.has_han(text):
            message = self.tr("Type Tibetan script here: Chinese characters are not allowed in this field.")
        elif script.has_latin(text) and not self.wylie_mode():
            message = self.tr(
                "Type Tibetan script here, not Latin letters. To type Tibetan "
                "with Latin letters, switch on Wylie input (the W button)."
            )
        elif bad_wylie or script.has_latin(text):
            # name the Wylie the user typed, not the half-converted result
            latin = bad_wylie or " ".join(m.group(0).strip() for m in _LATIN_RUN.finditer(text))
            message = self.tr("“%1” is not valid Wylie. Correct it, or type the text in Tibetan script.").replace(
                "%1", latin.strip()
            )
        self._set_problem(message)
        return message

    # -- Qt plumbing -----------------------------------------------------------------------------
    def _extra_height(self) -> int:
        """How much taller than a line of the field's own font a Tibetan line is.

        The field is sized by its primary (Chinese/Latin) font; Tibetan vowels above and stacks
        below reach further, and QLineEdit clips to its text rectangle, so the field asks for
        the difference. (Text margins would not do: the clip rectangle shrinks with them.)
        """
        from ui.fonts import current_tibetan_family

        family = current_tibetan_family()
        if not family:
            return 0
        f = QFont(self.font())
        f.setFamilies([family])
        return max(0, QFontMetrics(f).height() - self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), hint.height() + self._extra_height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), hint.height() + self._extra_height())

    def translateUI(self) -> None:
        self._refresh_action()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
            if self._problem:
                self._check(self.text())  # re-word the shown problem in the new language
        super().changeEvent(event)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)

    def mousePressEvent(self, event) -> None:
        self.commit()  # a click moves the cursor: the next key starts a new syllable
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.wylie_mode() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        ):
            self.commit()
            super().keyPressEvent(event)
            return
        key, text = event.key(), event.text()
        if (
            key == Qt.Key.Key_Backspace
            and self._pending
            and not self.hasSelectedText()
            and self.cursorPosition() == self._pending_start + self._pending_len
        ):
            self._pending = self._pending[:-1]
            self._show_pending()
            if not self._pending:
                self.commit()
            return
        if len(text) == 1 and (_WYLIE_KEY.fullmatch(text) or text in " /"):
            if self.hasSelectedText():
                self.commit()
                self.del_()
            if text == " " and not self._pending:
                # a syllable break after Tibetan text is a tsheg; elsewhere a plain space
                before = self.text()[: self.cursorPosition()]
                self._insert(script.TSHEG if before and script.has_tibetan(before[-1:]) else " ")
                return
            if self.cursorPosition() != self._pending_start + self._pending_len or not self._pending:
                self.commit()
                self._pending_start = self.cursorPosition()
            self._pending += text
            self._show_pending()
            if text in " /":
                self.commit()
            return
        self.commit()
        super().keyPressEvent(event)

    # -- internals -------------------------------------------------------------------------------
    def _insert(self, text: str) -> None:
        self._busy = True
        try:
            self.insert(text)
        finally:
            self._busy = False

    def _show_pending(self) -> None:
        """Replace the Tibetan shown for the pending syllable with the conversion of `pending`."""
        problems = script.wylie_problems(self._pending) if self._pending else []
        tibetan = script.wylie_to_tibetan(self._pending) if self._pending else ""
        self._busy = True
        try:
            self.setSelection(self._pending_start, self._pending_len)
            if self._pending_len:
                self.del_()
            self.setCursorPosition(self._pending_start)
            if tibetan:
                self.insert(tibetan)
        finally:
            self._busy = False
        # only the syllable as it stands now counts: forget what its earlier keys looked like
        self._invalid.pop(self._pending_shown, None)
        self._pending_len = len(tibetan)
        self._pending_shown = tibetan.rstrip(script.TSHEG + script.SHAD)
        if problems and self._pending.strip(" /"):
            self._invalid[self._pending_shown] = self._pending.strip()
        self._on_text_changed(self.text())

    def _on_text_edited(self, text: str) -> None:
        """Pasted / dropped / input-method text: convert its Latin runs when Wylie is on."""
        if self._busy or not self.wylie_mode() or not script.has_latin(text):
            return
        self.commit()
        cursor = self.cursorPosition()
        out, shift, last = [], 0, 0
        for m in _LATIN_RUN.finditer(text):
            converted = script.wylie_to_tibetan(m.group(0))
            if script.wylie_problems(m.group(0)):
                self._invalid[converted.rstrip(script.TSHEG + script.SHAD)] = m.group(0).strip()
            out.append(text[last : m.start()])
            out.append(converted)
            if m.end() <= cursor:
                shift += len(converted) - len(m.group(0))
            last = m.end()
        out.append(text[last:])
        new = "".join(out)
        if new != text:
            self._busy = True
            try:
                self.setText(new)
                self.setCursorPosition(max(0, min(len(new), cursor + shift)))
            finally:
                self._busy = False

    def _on_text_changed(self, text: str) -> None:
        # Say at once when something can never be right (Chinese characters); Latin may still be
        # a syllable in progress, so that is only judged by validate() / on leaving the field.
        if script.has_han(text) or self._problem:
            self._check(text)

    def _set_problem(self, message: str) -> None:
        if message != self._problem:
            self._problem = message
            self.problemChanged.emit(message)
        self.setProperty("invalid", bool(message))
        self.setToolTip(message or self._tooltip())

    def _tooltip(self) -> str:
        if self.wylie_mode():
            return self.tr(
                "Wylie input is on: type Latin letters (bkra shis) and they become "
                "Tibetan script. Click W to type with a Tibetan keyboard instead."
            )
        return self.tr(
            "Wylie input is off: type with a Tibetan keyboard. Click W to type Tibetan with Latin letters (Wylie)."
        )

    def _refresh_action(self) -> None:
        on = self._wylie_action.isChecked()
        self._wylie_action.setIcon(_badge("W", on))
        self._wylie_action.setText(self.tr("Wylie input"))
        self._wylie_action.setToolTip(self._tooltip())
        if not self._problem:
            self.setToolTip(self._tooltip())

    def _on_wylie_toggled(self, on: bool) -> None:
        self.commit()
        self._refresh_action()
        if self._settings is not None:
            self._settings.setValue(_SETTINGS_KEY, on)
        else:
            from ui.i18n import APPLICATION, ORGANIZATION

            QSettings(ORGANIZATION, APPLICATION).setValue(_SETTINGS_KEY, on)
        self.wylieModeChanged.emit(on)
