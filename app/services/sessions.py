"""Financial-literacy sessions and the households that attended them."""

from __future__ import annotations

import json
from dataclasses import asdict

from app.domain.errors import Problem, problems_of
from app.domain.sessions import LiteracySession, validate_session
from app.services.registers import RegisterService
from storage import records


class SessionService(RegisterService):
    register = "sessions"
    table = "literacy_session"

    def _decode(self, row: dict) -> dict:
        row["topics"] = json.loads(row["topics"] or "[]")
        return row

    def attendee_ids(self, session_id: str) -> list[str]:
        return [
            r["household_id"]
            for r in self.db.query(
                "SELECT household_id FROM session_attendee WHERE session_id = ? AND deleted_at IS NULL"
                " ORDER BY created_at",
                (session_id,),
            )
        ]

    def _validate(self, data: dict, attendee_ids: list[str]) -> LiteracySession:
        s = LiteracySession(**{k: v for k, v in data.items() if k in LiteracySession.__dataclass_fields__})
        s, _ = validate_session(
            s, attendee_count=len(set(attendee_ids)), topics=self.ws.reference.codes("literacy_topic")
        )
        return s

    def validate(self, data: dict, attendee_ids: list[str] = ()) -> list[Problem]:
        return problems_of(self._validate, data, list(attendee_ids))

    @staticmethod
    def _row(s: LiteracySession) -> dict:
        values = asdict(s)
        values["topics"] = json.dumps(list(s.topics))
        return values

    def create(self, data: dict, attendee_ids: list[str] = ()) -> dict:
        self.ws.require_office()
        attendee_ids = list(dict.fromkeys(attendee_ids))
        s = self._validate(data, attendee_ids)
        with self.db.transaction():
            row = records.insert(self.db, self.table, self._row(s), self.ws.actor)
            for hid in attendee_ids:
                records.insert(
                    self.db, "session_attendee", {"session_id": row["id"], "household_id": hid}, self.ws.actor
                )
        self.ws.remember(self.table, "create", None, row)
        return row

    def update(
        self, session_id: str, data: dict, attendee_ids: list[str] | None = None, *, expected_version: int | None = None
    ) -> dict:
        current = self.get(session_id)
        merged = {k: current.get(k) for k in LiteracySession.__dataclass_fields__} | dict(data)
        keep = self.attendee_ids(session_id)
        wanted = keep if attendee_ids is None else list(dict.fromkeys(attendee_ids))
        s = self._validate(merged, wanted)
        with self.db.transaction():
            row = records.update(
                self.db, self.table, session_id, self._row(s), self.ws.actor, expected_version=expected_version
            )
            for hid in set(keep) - set(wanted):
                link = self.db.one(
                    "SELECT id FROM session_attendee WHERE session_id = ? AND household_id = ? AND deleted_at IS NULL",
                    (session_id, hid),
                )
                records.soft_delete(self.db, "session_attendee", link["id"], self.ws.actor)
            for hid in [h for h in wanted if h not in keep]:
                records.insert(
                    self.db, "session_attendee", {"session_id": session_id, "household_id": hid}, self.ws.actor
                )
        self.ws.remember(self.table, "update", {**current, "topics": json.dumps(current["topics"])}, row)
        return row
