"""Consumer complaints: JR/T 0169-2018 coding, a handler and a deadline, and the lifecycle."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from app.domain.dates import parse_date
from app.domain.errors import Problem, problems_of
from app.domain.lifecycle import allowed_complaint_actions, complaint_transition
from app.domain.complaints import OTHER, Complaint, validate_complaint
from app.services.registers import LifecycleService
from storage import records
from storage.migrations import m0019_complaint_codes as standard_codes

CODE_KINDS = {"code_a": "complaint_code_a", "code_b": "complaint_code_b", "code_c": "complaint_code_c"}


def code_tree(rows: list[dict]) -> list[tuple[str, int, bool]]:
    """(code, depth, selectable) of reference rows whose ``extra`` names a ``parent`` (migration 19)."""
    parent = {r["code"]: (r.get("extra") or {}).get("parent") or "" for r in rows}
    has_children = {p for p in parent.values() if p}

    def depth(code: str) -> int:
        d = 0
        while parent.get(code):
            code, d = parent[code], d + 1
        return d

    return [(r["code"], depth(r["code"]), r["code"] not in has_children) for r in rows]


def codes_of_today(row: dict, schema: int | None) -> dict:
    """A complaint `row` written by a register at `schema` (None: not known) with its codes moved
    as this register's own were moved when it was upgraded: from before schema 19, the old lists
    mapped onto JR/T 0169-2018 the way migration 19 maps them (an old "02" is the self-service
    machine, 0102, not the middle and back office, 02); a channel "99" is the front office's "other"
    (migration 28).  Changed in place and returned.

    A code the old lists did not have (0102, 01034, cause 12) is kept: an older township relays
    its villages' rows as they came, and a village already upgraded sent the standard's codes.
    (Those of its codes the old lists also had — channel 02, causes 06–10 — cannot be told apart
    there and are read in the old lists' sense.)"""
    if schema is not None and schema < standard_codes.VERSION:
        for column, mapping in standard_codes.MAP.items():
            if row.get(column) in mapping:
                row[column] = mapping[row[column]]
    if row.get("code_a") == "99":
        row["code_a"] = OTHER["code_a"]
    return row


class ComplaintService(LifecycleService):
    register = "complaints"
    table = "complaint"
    event_table = "complaint_event"
    event_parent = "complaint_id"

    def allowed_actions(self, complaint_id: str) -> set[str]:
        return allowed_complaint_actions(self.get(complaint_id)["status"])

    @property
    def handling_days(self) -> int:
        return int(self.ws.reference.setting("complaint_handling_days", 15))

    def overdue_ids(self, today: date | None = None) -> list[str]:
        return self.search_ids("", overdue_on=(today or date.today()).isoformat())

    def code_tree(self, kind: str) -> list[tuple[str, int, bool]]:
        """The JR/T 0169-2018 codes of one dimension in the standard's order, as (code, depth,
        selectable): a class with classes under it (前台业务渠道, 电子渠道) is a heading, not a code
        a complaint takes — it is coded with the class under it that fits."""
        return code_tree(self.ws.reference.enums(kind))

    def leaf_codes(self, kind: str) -> set[str]:
        return {code for code, _depth, selectable in self.code_tree(kind) if selectable}

    def _validate(self, data: dict) -> Complaint:
        c = Complaint(**{k: v for k, v in data.items() if k in Complaint.__dataclass_fields__})
        codes = {field: self.leaf_codes(kind) for field, kind in CODE_KINDS.items()}
        c, _ = validate_complaint(c, handling_days=self.handling_days, codes=codes)
        return c

    def validate(self, data: dict) -> list[Problem]:
        return problems_of(self._validate, data)

    def create(self, data: dict) -> dict:
        self.ws.require_office()
        c = self._validate(data)
        values = {**asdict(c), "status": "received", "status_on": c.received_on}
        with self.db.transaction():
            row = records.insert(self.db, self.table, values, self.ws.actor)
            event = self._event(row["id"], None, "received", c.received_on, "", None)
        self.ws.remember(self.table, "create", None, row, [event], "complaint_event")
        return row

    def update(self, complaint_id: str, data: dict, *, expected_version: int | None = None) -> dict:
        current = self.get(complaint_id)
        merged = {k: current.get(k) for k in Complaint.__dataclass_fields__} | dict(data)
        c = self._validate(merged)
        row = records.update(
            self.db, self.table, complaint_id, asdict(c), self.ws.actor, expected_version=expected_version
        )
        self.ws.remember(self.table, "update", current, row)
        return row

    def transition(
        self,
        complaint_id: str,
        to_status: str,
        *,
        on_date: date | str | None = None,
        reason: str = "",
        transferred_to: str = "",
        outcome: str = "",
        satisfaction: str | None = None,
        expected_version: int | None = None,
    ) -> dict:
        current = self.get(complaint_id)
        on = parse_date(on_date, "on_date") if on_date else date.today()
        changes = complaint_transition(
            current,
            to_status,
            on_date=on,
            reason=reason,
            transferred_to=transferred_to,
            outcome=outcome,
            satisfaction=satisfaction,
        )
        details = {
            k: v
            for k, v in {"transferred_to": transferred_to, "outcome": outcome, "satisfaction": satisfaction}.items()
            if v
        }
        with self.db.transaction():
            row = records.update(
                self.db,
                self.table,
                complaint_id,
                changes,
                self.ws.actor,
                expected_version=expected_version,
                action="transition",
            )
            event = self._event(complaint_id, current["status"], to_status, on.isoformat(), reason, details or None)
        self.ws.remember(self.table, "update", current, row, [event], "complaint_event")
        return row
