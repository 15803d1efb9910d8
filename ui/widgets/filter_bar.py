"""The bar above every register's table: search box, status, village, date range (and extras).

    bar = FilterBar(ws, status_kind="loan_status")
    bar.add_choice("product_code", lambda: [(p.code, ...) for p in ws.reference.products()],
                   all_text=lambda: self.tr("All products"))
    bar.changed.connect(lambda f: model.set_query(f.pop("text", ""), **f))

``changed`` carries a filters dict: ``text`` (the search box), ``status``, ``village_id``,
``date_from``, ``date_to`` and any extra choice keys — empty values are left out, so the dict can
go straight to ``service.search_ids(text, **filters)``. Typing waits ~150 ms of quiet before the
search runs (one query per pause, not per key); picking from a combo searches at once.
Ctrl+F is the main window's: it calls :meth:`focus_search` of the current page's bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.forms.base import ChoiceCombo, EnumCombo, OptionalDateEdit
from ui.i18n import Retranslatable, language
from ui.widgets.flow import FlowLayout, together

if TYPE_CHECKING:
    from app.services.workspace import Workspace

DEBOUNCE_MS = 150
COMBO_MAX_WIDTH = 300


class _AllCombo(ChoiceCombo):
    """A choice combo whose first (blank) entry reads "All …" in the current language."""

    def __init__(self, ws: Workspace, items, all_text: Callable[[], str]):
        self._all_text = all_text
        super().__init__(ws, items, blank=True)

    def relabel(self) -> None:
        super().relabel()
        if self.count():
            self.setItemText(0, self._all_text())


class FilterBar(Retranslatable, QWidget):
    changed = Signal(dict)

    def __init__(
        self,
        ws: Workspace,
        *,
        status_kind: str | None = None,
        villages: bool = True,
        dates: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ws = ws
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.emit_now)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.emit_now)
        self.combos: dict[str, EnumCombo] = {}
        # the filters wrap onto a second line rather than widen the window (bilingual labels)
        self._layout = FlowLayout(self, margin=0)
        self._layout.addWidget(self.search)
        self.status: EnumCombo | None = None
        if status_kind:
            lang = language()
            self.status = self.add_choice(
                "status",
                lambda: [
                    (r["code"], ws.reference.label(status_kind, r["code"], lang.mode, lang.tibetan_first))
                    for r in ws.reference.enums(status_kind)
                ],
                all_text=lambda: self.tr("All statuses"),
            )
        self.village: EnumCombo | None = None
        if villages:
            self.village = self.add_choice(
                "village_id",
                lambda: [(v["id"], language().label(v["name_zh"], v["name_bo"])) for v in ws.reference.villages()],
                all_text=lambda: self.tr("All villages"),
            )
        self.date_from = self.date_to = None
        self._from_label, self._to_label = QLabel(), QLabel()
        if dates:
            self.date_from, self.date_to = OptionalDateEdit(), OptionalDateEdit()
            for label, edit in ((self._from_label, self.date_from), (self._to_label, self.date_to)):
                self._layout.addWidget(together(label, edit))
                edit.changed.connect(self.emit_now)
        self.translateUI()

    def add_choice(
        self, key: str, items: Callable[[], list[tuple[str, str]]], all_text: Callable[[], str]
    ) -> EnumCombo:
        combo = _AllCombo(self.ws, items, all_text)
        combo.setObjectName(f"filter_{key}")
        combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(COMBO_MAX_WIDTH)  # its popup still shows long labels whole
        combo.currentIndexChanged.connect(lambda _i: self.emit_now())
        self.combos[key] = combo
        # extras go before the dates, after the search box and the other combos
        self._layout.insertWidget(len(self.combos), combo)
        return combo

    def translateUI(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, pinyin, Wylie, ID number tail, phone (Ctrl+F)"))
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("To"))
        for combo in self.combos.values():
            combo.relabel()

    # -- state -----------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        text = self.search.text().strip()
        if text:
            out["text"] = text
        for key, combo in self.combos.items():
            if combo.value():
                out[key] = combo.value()
        if self.date_from is not None and self.date_from.value():
            out["date_from"] = self.date_from.value()
        if self.date_to is not None and self.date_to.value():
            out["date_to"] = self.date_to.value()
        return out

    def set_filters(self, **filters) -> None:
        """Put values in the bar (a drill-down from Home) and search once."""
        self.blockSignals(True)
        try:
            if "text" in filters:
                self.search.setText(filters["text"] or "")
            for key, combo in self.combos.items():
                if key in filters:
                    combo.set_value(filters[key])
            if self.date_from is not None and "date_from" in filters:
                self.date_from.set_value(filters["date_from"])
            if self.date_to is not None and "date_to" in filters:
                self.date_to.set_value(filters["date_to"])
        finally:
            self.blockSignals(False)
        self._timer.stop()
        self.emit_now()

    def clear(self) -> None:
        self.set_filters(text="", **{k: None for k in self.combos}, date_from=None, date_to=None)

    def emit_now(self) -> None:
        self._timer.stop()
        self.changed.emit(self.filters())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
