"""Pick a household by typing: name in Chinese or Tibetan, pinyin (full or initials), Wylie, the
tail of the ID number or the start of the phone number — the same search as the Households page.

    picker = HouseholdPicker(ws)
    picker.householdChanged.connect(lambda household_id: ...)   # "" when cleared
    picker.value() -> household id or None;  picker.set_value(household_id)

A popup lists the first matches (``MAX_RESULTS``) ~150 ms after the typing stops; picking one
sets the value and shows the household as "name · ID number (masked) · village". Editing the
text again clears the value until another household is picked. Used by the loan demand form,
the complaint form and the session attendee list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ui.i18n import language
from ui.models.paged import ViewContext

if TYPE_CHECKING:
    from app.services.workspace import Workspace

MAX_RESULTS = 30
IdRole = Qt.ItemDataRole.UserRole + 1


def household_label(ws: Workspace, row: dict) -> str:
    ctx = ViewContext(ws)
    parts = [ctx.names(row.get("name_zh"), row.get("name_bo")), ctx.id_number(row.get("id_number"))]
    village = ctx.names(row.get("village_zh"), row.get("village_bo"))
    if village:
        parts.append(village)
    return " · ".join(p for p in parts if p)


class HouseholdPicker(QLineEdit):
    householdChanged = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("householdPicker")
        self.setClearButtonEnabled(True)
        self._id: str | None = None
        self._label = ""
        self.results_model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results_model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated[QModelIndex].connect(self._picked)
        self.setCompleter(self.completer_)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._edited)
        language().changed.connect(self._relabel)
        self.translateUI()

    def translateUI(self) -> None:
        self.setPlaceholderText(self.tr("Type a name, pinyin, Wylie or the last digits of the ID number"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # Qt selects the whole label on focus and leaves the cursor, and the view, at its end:
        # select it from the end back to the start, so typing still replaces it and the name shows
        text = self.text()
        if text and self.selectedText() == text:
            self.setSelection(len(text), -len(text))

    # -- value -----------------------------------------------------------------------------------
    def value(self) -> str | None:
        return self._id

    def set_value(self, household_id: str | None) -> None:
        self._id = household_id or None
        self._label = ""
        if household_id:
            rows = self.ws.households.rows([household_id])
            self._label = household_label(self.ws, rows[0]) if rows else ""
        self.setText(self._label)
        # the label's start is the name: shown from the end (where setText leaves the cursor),
        # a bilingual label showed only the village
        self.setCursorPosition(0)
        self.setToolTip(self._label)
        self.householdChanged.emit(self._id or "")

    def _relabel(self) -> None:
        if self._id:
            self.blockSignals(True)
            self.set_value(self._id)
            self.blockSignals(False)

    # -- searching -------------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if self._id is not None and text != self._label:
            self._id = None
            self.householdChanged.emit("")
        self._timer.start()

    def search_now(self) -> list[tuple[str, str]]:
        """Search for the text as typed; fill and show the popup; the (id, label) pairs."""
        self._timer.stop()
        text = self.text().strip()
        self.results_model.clear()
        if not text:
            return []
        ids = self.ws.households.search_ids(text)[:MAX_RESULTS]
        found = []
        for row in self.ws.households.rows(ids):
            label = household_label(self.ws, row)
            item = QStandardItem(label)
            item.setData(row["id"], IdRole)
            self.results_model.appendRow(item)
            found.append((row["id"], label))
        if found and self.hasFocus():
            self.completer_.complete()
        return found

    def results(self) -> list[tuple[str, str]]:
        return [
            (self.results_model.item(i).data(IdRole), self.results_model.item(i).text())
            for i in range(self.results_model.rowCount())
        ]

    def choose(self, row: int) -> None:
        """Pick the `row`-th match (keyboard users do this from the popup)."""
        self._picked(self.results_model.index(row, 0))

    def _picked(self, index: QModelIndex) -> None:
        household_id = index.data(IdRole)
        if household_id:
            self.set_value(household_id)
