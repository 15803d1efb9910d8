"""The form framework every register's add / edit dialog is built on.

A form is a :class:`FormDialog` subclass that adds its fields in ``__init__`` and says how to check
and how to save::

    class VillageDialog(FormDialog):
        def __init__(self, ws, record=None, parent=None):
            super().__init__(ws, record, parent)
            self.add_text("name_zh")
            self.add_tibetan("name_bo")
            self.finish()                      # fills from `record`, translates, first check

        def field_labels(self):               # all tr() here: re-read on every language switch
            return {"name_zh": self.tr("Name in Chinese"), "name_bo": self.tr("Name in Tibetan")}

        def window_title(self):
            return self.tr("Village")

        def validate(self, data):              # -> list[Problem]; default: self.service.validate
            return self.ws.villages.validate(data)

        def save(self, data):                  # runs only when valid; its result is the value
            return self.ws.villages.create(data)

    row, ok = VillageDialog.get(parent, ws)    # novelWriter's classmethod pattern

As the user types, the form (after a short pause) reads every field into a dict — a field that
cannot even be read, such as an amount that is not a number, becomes a problem on that field —
and asks ``validate(data)``. Each field shows its own first problem under it: errors in red for
fields the user has touched (all of them after a Save attempt), warnings in amber. Save stays
disabled while there is an error, and the line above the buttons says which field and why.
Saving re-checks; a ValidationError(s) from ``save`` (e.g. a duplicate found at the last moment)
is shown at its field and nothing is written; other domain errors become a message box.

Field widgets: ``add_text``, ``add_tibetan`` (TibetanLineEdit, Wylie entry), ``add_int``,
``add_money`` (yuan typed, fen read, app.domain.money), ``add_rate`` (percent typed, basis points
read), ``add_date`` (QDateEdit with calendar; optional dates have a checkbox), ``add_enum``
(reference enumeration in the language mode), ``add_choice`` (any code → label list),
``add_multiline``, and ``add_widget`` for anything else (give read/write functions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.money import format_rate, format_yuan, parse_rate_percent, parse_yuan
from ui.i18n import Retranslatable, language
from ui.screen import available, fit_within
from ui.widgets.tibetan_edit import TibetanLineEdit

if TYPE_CHECKING:
    from app.services.workspace import Workspace

ERROR_STYLE = "color: #b71c1c"
WARNING_STYLE = "color: #8a5a00"
DEBOUNCE_MS = 150


@dataclass
class FormField:
    name: str  # the data key, and the Problem.field shown here
    widget: QWidget
    read: Callable[[], Any]  # may raise ValidationError (cannot be read)
    write: Callable[[Any], None]
    label: QLabel
    message: QLabel
    aliases: tuple[str, ...] = ()  # other Problem.field names shown at this field
    touched: bool = False
    problem: Problem | None = None
    extra: dict = field(default_factory=dict)


class EnumCombo(QComboBox):
    """A reference enumeration (ws.reference.enums(kind)) labelled in the current language mode."""

    def __init__(self, ws: Workspace, kind: str, *, blank: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.kind = kind
        self.blank = blank
        # long bilingual labels must not make the form wider than the window: the combo shrinks
        # to a few characters and the popup shows the whole label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.relabel()
        language().changed.connect(self.relabel)

    def items(self) -> list[tuple[str, str]]:
        lang = language()
        return [
            (r["code"], self.ws.reference.label(self.kind, r["code"], lang.mode, lang.tibetan_first))
            for r in self.ws.reference.enums(self.kind)
        ]

    def relabel(self) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self.blank:
            self.addItem("", None)
        for code, text in self.items():
            self.addItem(text, code)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        i = self.findData(code) if code is not None else (0 if self.blank else -1)
        if i >= 0:
            self.setCurrentIndex(i)


class ChoiceCombo(EnumCombo):
    """Like EnumCombo, for any list of (code, label) pairs given by a function (products, villages)."""

    def __init__(
        self,
        ws: Workspace,
        items: Callable[[], list[tuple[str, str]]],
        *,
        blank: bool = False,
        parent: QWidget | None = None,
    ):
        self._items_fn = items
        super().__init__(ws, "", blank=blank, parent=parent)

    def items(self) -> list[tuple[str, str]]:
        return self._items_fn()


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a checkbox switches the QDateEdit on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = _date_edit()
        self.edit.setEnabled(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> str | None:
        return self.edit.date().toString(Qt.DateFormat.ISODate) if self.check.isChecked() else None

    def set_value(self, iso: str | None) -> None:
        self.check.setChecked(bool(iso))
        if iso:
            self.edit.setDate(QDate.fromString(iso[:10], Qt.DateFormat.ISODate))


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    return edit


def qdate_iso(d: QDate) -> str:
    return d.toString(Qt.DateFormat.ISODate)


def iso_qdate(text: str | date | None) -> QDate:
    if isinstance(text, date):
        return QDate(text.year, text.month, text.day)
    return QDate.fromString((text or "")[:10], Qt.DateFormat.ISODate) if text else QDate.currentDate()


def problem_texts(ws: Workspace, check: Callable[[], list[Problem]]) -> list[tuple[Problem, str]]:
    """Run `check` and pair each problem with its sentence in the current language mode.

    The services name statuses and products in both scripts (app.domain.errors.Named), so one run
    serves every mode: in bilingual mode each half of a sentence gets its own language's names
    (ui.i18n.Language.problem_text), never a bilingual name inside each half."""
    lang = language()
    return [(p, lang.problem_text(p)) for p in check()]


class FormDialog(Retranslatable, QDialog):
    """Base of every add / edit form (see the module docstring)."""

    #: the service whose validate() is the default check (set by subclasses or in __init__)
    service = None

    def __init__(self, ws: Workspace, record: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.record = record
        self.fields: dict[str, FormField] = {}
        self.result_value: Any = None
        self.save_attempted = False
        self._problems: list[Problem] = []
        self._texts: dict[int, str] = {}
        self._finished = False
        self._user_changed = False  # a field changed after the form was shown (finish)

        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(4)
        body = QWidget()
        body.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reason = QLabel()
        self.reason.setObjectName("formReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.header = QVBoxLayout()  # subclasses may put a summary above the fields
        self.layout_.addLayout(self.header)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.scroll, 1)
        self.side = QVBoxLayout()  # … or beside them (the loan rules, live; a form that
        self.middle.addLayout(self.side, 0)  # fills it gives it a stretch: middle.setStretch(1, n))
        self.layout_.addLayout(self.middle, 1)
        self.footer = QVBoxLayout()  # … or below them
        self.layout_.addLayout(self.footer)
        self.layout_.addWidget(self.reason)
        self.layout_.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.revalidate)

    # -- what subclasses provide -----------------------------------------------------------------
    def window_title(self) -> str:
        return ""

    def field_labels(self) -> dict[str, str]:
        return {}

    def validate(self, data: dict) -> list[Problem]:
        if self.service is None:
            return []
        if self.record and "id" in self.record:
            try:
                return self.service.validate(data, own_id=self.record["id"])
            except TypeError:
                pass
        return self.service.validate(data)

    def adjust_data(self, data: dict) -> dict:
        """Last touch to the collected data before it is checked and saved."""
        return data

    def save(self, data: dict) -> Any:
        raise NotImplementedError

    # -- adding fields ---------------------------------------------------------------------------
    def add_widget(
        self,
        name: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        changed=None,
        aliases: tuple[str, ...] = (),
    ) -> QWidget:
        row = self.grid.rowCount()
        label = QLabel()
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        message = QLabel()
        message.setObjectName(f"problem_{name}")
        message.setWordWrap(True)
        message.hide()
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(widget, row, 1)
        self.grid.addWidget(message, row + 1, 1)
        f = FormField(name, widget, read, write, label, message, aliases)
        self.fields[name] = f
        if changed is not None:
            changed.connect(lambda *_a, f=f: self._on_changed(f))
        return widget

    def add_text(self, name: str, *, max_length: int = 200) -> QLineEdit:
        w = QLineEdit()
        w.setMaxLength(max_length)
        return self.add_widget(
            name, w, lambda: w.text().strip(), lambda v: w.setText("" if v is None else str(v)), w.textEdited
        )

    def add_tibetan(self, name: str) -> TibetanLineEdit:
        w = TibetanLineEdit()
        self.add_widget(name, w, lambda: w.text().strip(), lambda v: w.setText(v or ""), w.textChanged)
        return w

    def add_int(self, name: str) -> QLineEdit:
        w = QLineEdit()
        w.setMaxLength(9)
        return self.add_widget(
            name, w, lambda: w.text().strip() or None, lambda v: w.setText("" if v is None else str(v)), w.textEdited
        )

    def add_money(self, name: str, *, required: bool = True) -> QLineEdit:
        w = QLineEdit()
        w.setAlignment(Qt.AlignmentFlag.AlignRight)

        def read():
            text = w.text().strip()
            if not text and not required:
                return None
            return parse_yuan(text, name)

        return self.add_widget(
            name, w, read, lambda v: w.setText("" if v is None else format_yuan(v, thousands=False)), w.textEdited
        )

    def add_rate(self, name: str, *, required: bool = True) -> QLineEdit:
        w = QLineEdit()
        w.setAlignment(Qt.AlignmentFlag.AlignRight)

        def read():
            text = w.text().strip().rstrip("%")
            if not text and not required:
                return None
            return parse_rate_percent(text, name)

        return self.add_widget(
            name, w, read, lambda v: w.setText("" if v is None else format_rate(v).rstrip("%")), w.textEdited
        )

    def add_date(self, name: str, *, optional: bool = False) -> QWidget:
        if optional:
            w = OptionalDateEdit()
            return self.add_widget(name, w, w.value, w.set_value, w.changed)
        w = _date_edit()
        return self.add_widget(name, w, lambda: qdate_iso(w.date()), lambda v: w.setDate(iso_qdate(v)), w.dateChanged)

    def add_enum(self, name: str, kind: str, *, blank: bool = False) -> EnumCombo:
        w = EnumCombo(self.ws, kind, blank=blank)
        return self.add_widget(name, w, w.value, w.set_value, w.currentIndexChanged)

    def add_choice(self, name: str, items: Callable[[], list[tuple[str, str]]], *, blank: bool = False) -> ChoiceCombo:
        w = ChoiceCombo(self.ws, items, blank=blank)
        return self.add_widget(name, w, w.value, w.set_value, w.currentIndexChanged)

    def add_multiline(self, name: str) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setFixedHeight(70)
        return self.add_widget(
            name, w, lambda: w.toPlainText().strip(), lambda v: w.setPlainText(v or ""), w.textChanged
        )

    def finish(self) -> None:
        """Call at the end of a subclass's __init__: fill from the record, translate, first check."""
        if self.record:
            for f in self.fields.values():
                if f.name in self.record:
                    f.write(self.record[f.name])
        self.grid.setRowStretch(self.grid.rowCount(), 1)  # extra height below the fields, not between
        self._finished = True
        self.translateUI()
        self.revalidate()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.widget.setFocus()

    # -- reading and checking --------------------------------------------------------------------
    def collect(self) -> tuple[dict, list[Problem]]:
        """The fields as data, and the problems of fields that could not be read."""
        data: dict[str, Any] = {}
        unreadable: list[Problem] = []
        for f in self.fields.values():
            try:
                data[f.name] = f.read()
            except ValidationErrors as exc:
                data[f.name] = None
                unreadable.extend(exc.problems)
            except ValidationError as exc:
                data[f.name] = None
                unreadable.append(exc.problem)
        return self.adjust_data(data), unreadable

    def check(self) -> tuple[dict, list[Problem]]:
        data, unreadable = self.collect()

        def run() -> list[Problem]:
            try:
                return unreadable + list(self.validate(data))
            except (ValidationError, ValidationErrors) as exc:  # a check that raises instead
                return unreadable + list(getattr(exc, "problems", None) or [exc.problem])

        pairs = problem_texts(self.ws, run)
        self._texts = {id(p): text for p, text in pairs}
        return data, [p for p, _ in pairs]

    def problem_text(self, p: Problem) -> str:
        return self._texts.get(id(p)) or language().problem_text(p)

    def _field_for(self, problem: Problem) -> FormField | None:
        if problem.field in self.fields:
            return self.fields[problem.field]
        for f in self.fields.values():
            if problem.field in f.aliases:
                return f
        return None

    def errors(self) -> list[Problem]:
        return [p for p in self._problems if not p.warning]

    def warnings(self) -> list[Problem]:
        return [p for p in self._problems if p.warning]

    def error_text(self, name: str) -> str:
        """The text shown at field `name` ("" when none) — for tests and accessibility."""
        f = self.fields[name]
        return f.message.text() if f.message.isVisibleTo(self) else ""

    def revalidate(self) -> bool:
        """Check the form now; show problems at their fields; True when it can be saved."""
        if not self._finished:
            return False
        self._timer.stop()
        _, self._problems = self.check()
        self._show_problems()
        return not self.errors()

    def _on_changed(self, f: FormField) -> None:
        # values the form puts in itself while it is built (a record's values, defaults, a
        # preselected household) are not the user's typing: no red error for them yet
        if self._finished:
            f.touched = True
            self._user_changed = True
        self._timer.start()

    def _show_problems(self) -> None:
        for f in self.fields.values():
            f.problem = None
        for p in self._problems:
            f = self._field_for(p)
            if f is None:
                continue
            if f.problem is None or (f.problem.warning and not p.warning):
                f.problem = p
        for f in self.fields.values():
            p = f.problem
            show = p is not None and (p.warning or f.touched or self.save_attempted)
            f.message.setVisible(show)
            if show:
                f.message.setText(self.problem_text(p))
                f.message.setStyleSheet(WARNING_STYLE if p.warning else ERROR_STYLE)
            else:
                f.message.clear()
        errors = self.errors()
        self.save_button.setEnabled(not errors)
        if errors:
            p = errors[0]
            f = self._field_for(p)
            where = f.label.text().rstrip(":") if f is not None else ""
            # no placeholders in this template: in bilingual mode a template is translated twice
            # (Tibetan / Chinese) and a bilingual value put into both halves would read four times
            reason = " — ".join(x for x in (self.tr("Not saved yet"), where, self.problem_text(p)) if x)
            self.reason.setText(reason)
            self.save_button.setToolTip(reason)
        else:
            self.reason.clear()
            self.save_button.setToolTip("")
        self.reason.setVisible(bool(errors) and (self.save_attempted or self._user_changed))

    # -- saving ----------------------------------------------------------------------------------
    def accept(self) -> None:
        self.save_attempted = True
        if not self.revalidate():
            return
        data, _ = self.collect()
        try:
            self.result_value = self.save(data)
        except (ValidationError, ValidationErrors) as exc:
            self._problems = list(getattr(exc, "problems", None) or [exc.problem])
            self._texts = {}
            self._show_problems()
            if not any(self._field_for(p) for p in self._problems):
                from ui.operations import show_error

                show_error(self, exc)
            return
        except Exception as exc:  # noqa: BLE001 - a sentence, never a traceback
            from ui.operations import show_error

            show_error(self, exc)
            return
        super().accept()

    def showEvent(self, event) -> None:
        # a form Qt sized by itself is as low as its scroll area asks (a few rows): a complaint's
        # step showed one field of three above a scroll bar; it grows to show all its fields ...
        hidden = self.scroll.widget().sizeHint().height() - self.scroll.viewport().height()
        if hidden > 0:
            self.resize(self.width(), self.height() + hidden)
        # ... and a form sized for a big screen (the session form is 820 px high) shrinks to the
        # laptop's; its fields scroll, Save and Cancel stay below them in sight
        fit_within(self, available(self))
        super().showEvent(event)

    @classmethod
    def get(cls, parent: QWidget | None, ws: Workspace, *args, **kwargs) -> tuple[Any, bool]:
        """Show the form modally: (saved value, True) or (None, False) when cancelled."""
        dlg = cls(ws, *args, parent=parent, **kwargs)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        value = dlg.result_value if ok else None
        dlg.deleteLater()
        return value, ok

    # -- language --------------------------------------------------------------------------------
    def translateUI(self) -> None:
        if not self._finished:
            return
        self.setWindowTitle(self.window_title())
        labels = self.field_labels()
        for name, f in self.fields.items():
            f.label.setText(labels.get(name, name))
        self.revalidate()  # the problems' sentences again, in the new language
