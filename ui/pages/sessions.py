"""Financial-literacy sessions (金融知识宣传 / 金融大讲堂): the list and the session form.

The form has the topics as a checkable list (reference data), the language (Chinese / Tibetan /
bilingual), presenters and bilingual volunteers, the attendance counts, materials, and an attendee
list filled by searching households; the counts cannot be below the number of linked attendees
(the service's rule, shown beside the attendance field, and Save refused until it holds).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.forms.base import FormDialog
from ui.i18n import Retranslatable, language
from ui.models.paged import RIGHT, Column, ViewContext
from ui.operations import run_now
from ui.pages.register_page import RegisterPage
from ui.widgets.household_picker import HouseholdPicker, household_label

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def language_items(ws: Workspace) -> list[tuple[str, str]]:
    lang = language()
    return [
        (r["code"], ws.reference.label("language", r["code"], lang.mode, lang.tibetan_first))
        for r in ws.reference.enums("language")
    ]


def topic_labels(ws: Workspace, topics) -> str:
    if isinstance(topics, str):
        topics = json.loads(topics or "[]")
    lang = language()
    sep = "、" if lang.mode == "zh" else " · "
    return sep.join(ws.reference.label("literacy_topic", t, lang.mode, lang.tibetan_first) for t in topics or [])


class TopicList(QListWidget):
    """The literacy topics of the reference data, each with a check box."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("topicList")
        for row in ws.reference.enums("literacy_topic"):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row["code"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _i: self.changed.emit())
        self.relabel()
        language().changed.connect(self.relabel)

    def relabel(self) -> None:
        lang = language()
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            item.setText(
                self.ws.reference.label(
                    "literacy_topic", item.data(Qt.ItemDataRole.UserRole), lang.mode, lang.tibetan_first
                )
            )
        self.blockSignals(False)
        # every topic visible at once (a checked one scrolled out of sight is easily missed)
        if self.count():
            self.setMinimumHeight(self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4)

    def value(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, codes) -> None:
        if isinstance(codes, str):
            codes = json.loads(codes or "[]")
        wanted = set(codes or [])
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            )
        self.changed.emit()


class AttendeeList(Retranslatable, QWidget):
    """Households linked as attendees: search with the household picker, Add, Remove."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.picker = HouseholdPicker(ws)
        self.picker.setObjectName("attendeePicker")
        tall_enough(self.picker)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAttendee")
        self.add_button.setEnabled(False)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAttendee")
        self.list = QListWidget()
        self.list.setObjectName("attendeeList")
        self.list.setMinimumHeight(int(self.fontMetrics().height() * 1.9 * 4))
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.list)
        lay.addLayout(bottom)
        self.picker.householdChanged.connect(lambda hid: self.add_button.setEnabled(bool(hid)))
        self.picker.householdChanged.connect(self._auto_add)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.translateUI()

    def translateUI(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 households linked").replace("%1", language().fmt_int(self.list.count())))
        self.remove_button.setEnabled(self.list.count() > 0)

    def _auto_add(self, household_id: str) -> None:
        # picking from the popup adds at once: the picker is ready for the next name
        if household_id and self.picker.hasFocus():
            self.add_current()

    def add(self, household_id: str) -> None:
        if household_id in self.value():
            return
        rows = self.ws.households.rows([household_id])
        item = QListWidgetItem(household_label(self.ws, rows[0]) if rows else household_id)
        item.setData(Qt.ItemDataRole.UserRole, household_id)
        self.list.addItem(item)
        self._update_count()
        self.changed.emit()

    def add_current(self) -> None:
        hid = self.picker.value()
        if hid:
            self.add(hid)
            self.picker.set_value(None)
            self.picker.clear()
            # a pick from the popup: the completer writes the picked name into the field after
            # this slot returns, and the next search would look for that name plus what is typed
            QTimer.singleShot(0, self.picker.clear)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 and self.list.count():
            row = self.list.count() - 1
        if row >= 0:
            self.list.takeItem(row)
            self._update_count()
            self.changed.emit()

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, ids) -> None:
        self.list.clear()
        for hid in ids or []:
            self.add(hid)
        self._update_count()
        self.changed.emit()


class SessionDialog(FormDialog):
    """Record a literacy session, or change one."""

    def __init__(self, ws: Workspace, record: dict | None = None, parent=None):
        super().__init__(ws, record, parent)
        self.add_date("held_on")
        self.add_text("place")
        self.add_choice(
            "village_id",
            lambda: [(v["id"], language().label(v["name_zh"], v["name_bo"])) for v in ws.reference.villages()],
            blank=True,
        )
        self.topics = TopicList(ws)
        self.add_widget("topics", self.topics, self.topics.value, self.topics.set_value, self.topics.changed)
        self.add_choice("language", lambda: language_items(ws))
        self.add_text("presenters")
        self.add_text("volunteers")
        self.add_int("attendance_total")
        self.add_int("attendance_women")
        self.add_int("attendance_poor")
        self.add_int("materials_count")
        self.add_text("materials")
        self.attendees = AttendeeList(ws)
        self.add_widget(
            "attendees", self.attendees, self.attendees.value, self.attendees.set_value, self.attendees.changed
        )
        self.add_multiline("notes")
        if record is None:
            self.fields["language"].write("both")
        else:
            ids = run_now(self, lambda: ws.sessions.attendee_ids(record["id"])) or []
            self.record = {**record, "attendees": ids}
        self.resize(680, 820)
        self.finish()

    def translateUI(self) -> None:
        super().translateUI()
        if self._finished:
            fit_width(self, 680)

    def window_title(self) -> str:
        return self.tr("Edit literacy session") if self.record else self.tr("New literacy session")

    def field_labels(self) -> dict[str, str]:
        return {
            "held_on": self.tr("Held on"),
            "place": self.tr("Place"),
            "village_id": self.tr("Village"),
            "topics": self.tr("Topics"),
            "language": self.tr("Language"),
            "presenters": self.tr("Presenters"),
            "volunteers": self.tr("Bilingual volunteers"),
            "attendance_total": self.tr("Attendance (total)"),
            "attendance_women": self.tr("of them women"),
            "attendance_poor": self.tr("from poor households"),
            "materials_count": self.tr("Materials handed out"),
            "materials": self.tr("Which materials"),
            "attendees": self.tr("Attendees (households)"),
            "notes": self.tr("Notes"),
        }

    @staticmethod
    def _split(data: dict) -> tuple[dict, list[str]]:
        data = dict(data)
        attendees = list(data.pop("attendees", None) or [])
        return data, attendees

    def validate(self, data: dict):
        values, attendees = self._split(data)
        return self.ws.sessions.validate(values, attendees)

    def save(self, data: dict):
        values, attendees = self._split(data)
        if self.record and "id" in self.record:
            return self.ws.sessions.update(
                self.record["id"], values, attendees, expected_version=self.record.get("version")
            )
        return self.ws.sessions.create(values, attendees)


class SessionsPage(RegisterPage):
    register_name = "sessions"
    status_kind = None
    default_widths = {
        "held_on": 100,
        "place": 150,
        "village": 110,
        "topics": 260,
        "language": 90,
        "total": 70,
        "women": 70,
        "poor": 90,
    }

    def service(self):
        return self.ws.sessions

    def columns(self) -> list[Column]:
        return [
            Column(
                "held_on", QT_TRANSLATE_NOOP("Columns", "Held on"), lambda r, c: c.date(r["held_on"]), sort="held_on"
            ),
            Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda r, c: r.get("place") or "", sort="place"),
            Column(
                "village",
                QT_TRANSLATE_NOOP("Columns", "Village"),
                lambda r, c: c.names(r.get("village_zh"), r.get("village_bo")),
                sort="village",
            ),
            Column("topics", QT_TRANSLATE_NOOP("Columns", "Topics"), lambda r, c: topic_labels(c.ws, r.get("topics"))),
            Column(
                "language",
                QT_TRANSLATE_NOOP("Columns", "Language"),
                lambda r, c: c.label("language", r.get("language")),
                sort="language",
            ),
            Column(
                "total",
                QT_TRANSLATE_NOOP("Columns", "Attendance"),
                lambda r, c: c.int(r.get("attendance_total")),
                align=RIGHT,
                sort="attendance",
            ),
            Column(
                "women",
                QT_TRANSLATE_NOOP("Columns", "Women"),
                lambda r, c: c.int(r.get("attendance_women")),
                align=RIGHT,
            ),
            Column(
                "poor",
                QT_TRANSLATE_NOOP("Columns", "Poor households"),
                lambda r, c: c.int(r.get("attendance_poor")),
                align=RIGHT,
            ),
        ]

    def add_filters(self, bar) -> None:
        # the register's status column for sessions is the language
        bar.add_choice("status", lambda: language_items(self.ws), all_text=lambda: self.tr("All languages"))

    def page_title(self) -> str:
        return self.tr("Literacy sessions")

    def record_label(self, row: dict, mode: str | None = None) -> str:
        c = ViewContext(self.ws, mode)
        return " · ".join(
            x
            for x in (
                c.date(row.get("held_on")),
                row.get("place") or "",
                c.names(row.get("village_zh"), row.get("village_bo")),
            )
            if x
        )

    def new_record(self) -> None:
        row, ok = SessionDialog.get(self, self.ws)
        if ok and row:
            self.changed(row["id"])

    def open_record(self, record_id: str) -> None:
        record = run_now(self, lambda: self.ws.sessions.get(record_id))
        if record is None:
            return
        if self.model.is_foreign(record):
            return
        _row, ok = SessionDialog.get(self, self.ws, record)
        if ok:
            self.changed(record_id)


def tall_enough(edit) -> None:
    """A line edit that may show Tibetan (a household's name): room for the stacks, which come
    from a fallback font taller than the edit's own."""
    edit.setMinimumHeight(int(edit.fontMetrics().height() * 2.1))


def fit_width(dlg, minimum: int) -> None:
    """Widen a form so its labels and fields show without a horizontal scroll bar (bilingual labels
    are long); never narrower than `minimum`, never wider than the screen. A form with nothing in
    the framework's side column gives the fields the whole width."""
    side = getattr(dlg, "side", None)
    if side is not None and side.count() == 0 and side.parent() is not None:
        side.parent().setStretchFactor(side, 0)
    body = dlg.scroll.widget()
    if body is None:
        return
    wanted = body.sizeHint().width() + dlg.scroll.verticalScrollBar().sizeHint().width() + 40
    screen = dlg.screen().availableGeometry().width() if dlg.screen() else 1600
    width = max(minimum, min(wanted, screen - 40))
    if width > dlg.width():
        dlg.resize(width, dlg.height())
