"""A register's list as a Qt table model that never holds all rows (Anki's browser table model idea).

The model keeps only the ordered ids of the current search (``service.search_ids``) and fetches
rows by id in pages of ``page_size`` (64) when Qt asks for data, keeping the last few pages (LRU).
So a 100,000-household register costs one list of ids, and scrolling costs one indexed query per
64 rows.

In a big register (``async_rows``) a search first shows its first screen (``service.first_ids``:
the first ``first_screen`` ids in the list's order, found without ordering every match) and the
count says "Searching…" while the whole ordered list is fetched on the worker; the rest of the
rows are then appended (``rowsInserted``: the rows shown and the selection stay) and the count is
shown.  ``partial`` is True in between; ``all_ids()`` waits for the whole list.

Columns are declared once per page::

    COLUMNS = [
        Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Name (Chinese)"), lambda r, c: r["name_zh"],
               sort="name"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"),
               lambda r, c: c.label("household_status", r["status"]), sort="status"),
        Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"),
               lambda r, c: c.yuan(r["amount_fen"]), align=RIGHT, sort="amount"),
    ]

``value(row, ctx)`` gets the row dict and a :class:`ViewContext` (the language mode and helpers for
enumeration labels, names, ID numbers, money and dates in that mode), so headers, enumeration values
and numbers follow a language switch: the model re-emits headerDataChanged/dataChanged on
``language().changed``. Header texts are source strings of the context given in ``Column.context``
("Columns" by default) — mark them with QT_TRANSLATE_NOOP so lupdate collects them.

Rows of another office (imported by sync, read-only here) are shown in italics with a tooltip;
deleted rows (only listed with ``include_deleted``) are grey and struck through.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.idnumber import mask_id_number
from ui.i18n import Label, language
from ui.taskman import task_manager

if TYPE_CHECKING:
    from app.services.workspace import Workspace

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

#: role for the row's record id (str)
IdRole = Qt.ItemDataRole.UserRole + 1
#: role for the whole row dict
RowRole = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _FONT, _TOOLTIP, IdRole, RowRole})


@dataclass
class Column:
    key: str
    header: str  # English source text (translated in `context`)
    value: Callable[[dict, "ViewContext"], Any]
    align: Qt.AlignmentFlag = LEFT
    sort: str | None = None  # a sort key of storage.registers.SPECS[register]
    context: str = "Columns"
    foreground: Callable[[dict, "ViewContext"], QColor | None] | None = None

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


class ViewContext:
    """What a column's value function needs to render a row in the current language mode."""

    def __init__(self, ws: Workspace, mode: str | None = None):
        self.ws = ws
        self.lang = language()
        # "zh" or "bo": one language's half of a bilingual text (Language.fill with a Label)
        self._mode = mode

    @property
    def mode(self) -> str:
        return self._mode or self.lang.mode

    def label(self, kind: str, code: str | None) -> str:
        return self.ws.reference.label(kind, code, self.mode, self.lang.tibetan_first)

    def product(self, code: str | None) -> str:
        return self.ws.reference.product_label(code, self.mode) if code else ""

    def names(self, zh: str | None, bo: str | None) -> str:
        """A name known in two scripts, in the mode (the other script when one is empty)."""
        if self._mode:
            return Label(zh, bo).half(self._mode)
        return self.lang.label(zh or "", bo or "")

    def id_number(self, number: str | None) -> str:
        if not number:
            return ""
        return number if self.ws.can_see_full_id_numbers() else mask_id_number(number)

    def yuan(self, fen: int | None) -> str:
        return "" if fen is None else self.lang.fmt_yuan(fen)

    def int(self, n: int | None) -> str:
        return "" if n is None else self.lang.fmt_int(n)

    def digits(self, text: str | None) -> str:
        """Codes and phone numbers: Tibetan digits when the user asked for them in Tibetan mode."""
        return self.lang.digits(text or "")

    def date(self, iso: str | None) -> str:
        return self.lang.digits((iso or "")[:10])


class RegisterTableModel(QAbstractTableModel):
    #: True while a search runs on the worker, False when its answer is shown
    searching = Signal(bool)

    # 64 rows: a screen or two; fetching them by id takes ~1 ms at 100,000 households, while 200
    # at once took 10-20 ms (measured with bench/bench_gui_search.py's register)
    def __init__(
        self, ws: Workspace, service, columns: list[Column], *, page_size: int = 64, cached_pages: int = 48, parent=None
    ):
        super().__init__(parent)
        self.ws = ws
        self.service = service
        self.columns = list(columns)
        self.page_size = page_size
        self.cached_pages = cached_pages
        self.ctx = ViewContext(ws)
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._display: dict[tuple[int, int], str] = {}
        self.text = ""
        self.filters: dict[str, Any] = {}
        self.sort_key: str | None = None
        self.descending = False
        office = ws.office
        self._local_office = office["code"] if office else None
        self.fetches = 0  # how many row pages were read (tests, bench)
        self._results: OrderedDict[tuple, list[str]] = OrderedDict()  # recent queries' ids
        self._generation = 0
        self._last_ms = 0.0
        #: searches slower than this (ms, the last one measured) go to the worker; None: never
        self.async_after_ms: float | None = 60.0
        #: … and every search once a result this long was seen (a big register: any query may be)
        self.async_rows = 20_000
        #: ids fetched for the first screen of a big register's search (two pages)
        self.first_screen = 2 * page_size
        self._partial = False  # only the first screen of the current search is here yet
        self._whole_here = 0  # the search (generation) whose rest all_ids() fetched itself
        self._rest_running = 0  # whole lists being fetched on the worker
        self._first_ms = 0.0
        self._largest = 0
        count = getattr(service, "size_hint", None) or getattr(service, "count", None)
        if callable(count):  # a big register searches on the worker at once
            try:
                self._largest = int(count())
            except Exception:  # noqa: BLE001 - only a hint
                self._largest = 0
        language().changed.connect(self.retranslate)

    # -- the query -----------------------------------------------------------------------------
    def set_query(self, text: str = "", **filters) -> None:
        """Search again with `text` and `filters` (None/"" values are dropped)."""
        self.text = text or ""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self._run_query()

    def refresh(self) -> None:
        """Re-run the current search after the register changed (drops every cached result)."""
        self._results.clear()
        self._run_query()

    def _query_key(self) -> tuple:
        return (self.text, tuple(sorted((k, repr(v)) for k, v in self.filters.items())), self.sort_key, self.descending)

    def _run_query(self) -> None:
        """The ordered ids of the current query: from the small result cache, here and now, or —
        when the last search was slow (a big register, all 100,000 rows in name order) — on the
        worker, so the window stays responsive; only the newest query's answer is applied.  In a
        big register the first screen is shown here and now first (see the module's note)."""
        filters = dict(self.filters)
        if self.sort_key:
            filters["sort"] = self.sort_key
            filters["descending"] = self.descending
        key = self._query_key()
        self._generation += 1
        self._partial = False  # (a first screen still waiting for its rest is superseded)
        if key in self._results:
            self._results.move_to_end(key)
            self._apply(self._results[key])
            return
        text, service = self.text, self.service

        def search(apart: bool = False) -> tuple[list[str], float]:
            started = time.perf_counter()
            # on the worker: on the register's read-only connection where the service has one,
            # so that the window's reads (a selected row's steps, a scroll) do not wait behind it
            find = getattr(service, "list_ids", service.search_ids) if apart else service.search_ids
            ids = find(text, **filters)
            return ids, (time.perf_counter() - started) * 1000

        big = self._largest >= self.async_rows
        first_ids = getattr(service, "first_ids", None)
        generation = self._generation
        if (
            big
            and first_ids is not None
            and self.async_after_ms is not None
            and not self._first_ms > self.async_after_ms
        ):

            def first_screen() -> tuple[list[str], list[dict], float]:
                started = time.perf_counter()
                ids = first_ids(text, self.first_screen, **filters)
                rows = service.rows(ids) if len(ids) >= self.first_screen else []
                return ids, rows, (time.perf_counter() - started) * 1000

            if self._rest_running:
                # an older search's rest still holds the register: wait for it on the worker,
                # not here (the window would stop while typing)
                self.searching.emit(True)
                task_manager().run(
                    first_screen,
                    on_done=lambda got: self._first_arrived(generation, key, got, search),
                    on_error=lambda exc: self._failed(generation, exc),
                    owner=self,
                )
                return
            self._first_arrived(generation, key, first_screen(), search)
            return
        if self.async_after_ms is not None and (self._last_ms > self.async_after_ms or big):
            self._search_rest(generation, key, search)
            return
        self._arrived(generation, key, search())

    def _first_arrived(self, generation: int, key: tuple, got: tuple[list[str], list[dict], float], search) -> None:
        """A big register's first screen (its ids and rows) is here: show it, fetch the rest."""
        if generation != self._generation:
            return
        ids, rows, self._first_ms = got
        if len(ids) < self.first_screen:  # the whole list
            self._arrived(generation, key, (ids, self._last_ms))
            return
        self._apply(ids, partial=True)
        fetched = {r["id"]: r for r in rows}
        for page_no in range(len(ids) // self.page_size):
            page = ids[page_no * self.page_size : (page_no + 1) * self.page_size]
            self._pages[page_no] = [fetched.get(i) or {"id": i, "_missing": True} for i in page]
        self._search_rest(generation, key, search)

    def _search_rest(self, generation: int, key: tuple, search) -> None:
        """The whole ordered list on the worker; only the newest query's answer is applied."""
        self.searching.emit(True)
        self._rest_running += 1

        def done(result) -> None:
            self._rest_running -= 1
            self._arrived(generation, key, result)

        def failed(exc: BaseException) -> None:
            self._rest_running -= 1
            self._failed(generation, exc)

        task_manager().run(lambda: search(apart=True), on_done=done, on_error=failed, owner=self)

    def _arrived(self, generation: int, key: tuple, result: tuple[list[str], float]) -> None:
        ids, ms = result
        self._last_ms = ms
        self._largest = max(self._largest, len(ids))
        self._results[key] = ids
        while len(self._results) > 8:
            self._results.popitem(last=False)
        if generation == self._generation:
            shown = len(self._ids)
            if generation == self._whole_here:
                pass  # all_ids() fetched the rest itself while the worker did the same
            elif self._partial and ids[:shown] == self._ids:
                # the rest of the list after its first screen: appended, so the rows shown, the
                # scroll position and the selection stay as they are
                self._partial = False
                if len(ids) > shown:
                    self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                    self._ids = ids
                    self.endInsertRows()
            else:  # (the register changed between the two: the whole list as it is now)
                self._apply(ids)
            self.searching.emit(False)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.searching.emit(False)
            from ui.operations import show_error

            show_error(None, exc)

    def _apply(self, ids: list[str], *, partial: bool = False) -> None:
        self.beginResetModel()
        self._ids = ids
        self._partial = partial
        self._pages.clear()
        self._display.clear()
        self.endResetModel()

    @property
    def partial(self) -> bool:
        """Only the first screen of the current search is here yet (the rest is on its way)."""
        return self._partial

    def all_ids(self) -> list[str]:
        """Every id of the current search in order (fetched here and now if it is still on its way)."""
        if self._partial:
            filters = dict(self.filters)
            if self.sort_key:
                filters["sort"] = self.sort_key
                filters["descending"] = self.descending
            started = time.perf_counter()
            ids = self.service.search_ids(self.text, **filters)
            self._arrived(self._generation, self._query_key(), (ids, (time.perf_counter() - started) * 1000))
            self._whole_here = self._generation
        return list(self._ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sort:
            return
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._first_ms = 0.0  # (another order may have an index to walk)
        self._run_query()

    def retranslate(self) -> None:
        self._display.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # -- rows ----------------------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        return self._ids

    def row_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row_dict(self, row: int) -> dict | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.page_size
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.page_size
            ids = self._ids[start : start + self.page_size]
            fetched = {r["id"]: r for r in self.service.rows(ids)}
            # a row deleted since the search still takes its place (shown empty, not shifted)
            page = [fetched.get(i) or {"id": i, "_missing": True} for i in ids]
            self.fetches += 1
            self._pages[page_no] = page
            while len(self._pages) > self.cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * self.page_size]

    def is_foreign(self, row: dict) -> bool:
        """A record of another office (imported by sync): read-only here."""
        code = row.get("office_code")
        return bool(self._local_office and code and code != self._local_office)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.ctx.int(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # A paint asks ~10 roles of every visible cell: answer the unused ones before any work,
        # and keep each cell's display text until the rows, the language or the mode change.
        if role not in _ROLES or not index.isValid():
            return None
        r, col = index.row(), index.column()
        if not 0 <= r < len(self._ids) or not 0 <= col < len(self.columns):
            return None
        if role == _DISPLAY:
            key = (r, col)
            text = self._display.get(key)
            if text is None:
                row = self.row_dict(r)
                if row is None or row.get("_missing"):
                    return ""
                value = self.columns[col].value(row, self.ctx)
                text = "" if value is None else str(value)
                if len(self._display) > 50_000:
                    self._display.clear()
                self._display[key] = text
            return text
        if role == _ALIGN:
            return int(self.columns[col].align)
        if role == IdRole:
            return self._ids[r]
        row = self.row_dict(r)
        if row is None:
            return None
        if role == RowRole:
            return row
        column = self.columns[col]
        if role == _FOREGROUND:
            if row.get("deleted_at") or row.get("_missing"):
                return QBrush(QColor("#9e9e9e"))
            if column.foreground is not None:
                color = column.foreground(row, self.ctx)
                if color is not None:
                    return QBrush(color)
            if self.is_foreign(row):
                return QBrush(QColor("#37474f"))
            return None
        if role == _FONT:
            if row.get("deleted_at") or self.is_foreign(row):
                font = QFont()
                font.setStrikeOut(bool(row.get("deleted_at")))
                font.setItalic(self.is_foreign(row))
                return font
            return None
        if role == _TOOLTIP:
            if row.get("deleted_at"):
                return QCoreApplication.translate("RegisterTableModel", "Deleted")
            if self.is_foreign(row):
                return QCoreApplication.translate(
                    "RegisterTableModel", "Imported from office %1: read-only here"
                ).replace("%1", str(row.get("office_code")))
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
