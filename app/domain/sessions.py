"""A financial-literacy session (金融知识宣传 / 金融大讲堂) and its checks.

Attendance is kept as counts (total, women, poor households) because most sessions are counted,
not listed; an optional attendee list links households, and the counts can then not be lower than
the list.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

from app.domain.dates import iso, parse_date, require_not_future
from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.numbers import parse_count
from app.domain.text import text_problems
from app.i18n import N_

LANGUAGES = ("zh", "bo", "both")
COUNT_FIELDS = ("attendance_total", "attendance_women", "attendance_poor", "materials_count")


@dataclass
class LiteracySession:
    held_on: str = ""  # required; the default only turns a missing field into a sentence
    place: str = ""
    village_id: str | None = None
    topics: list[str] = field(default_factory=list)  # topic codes; JSON text in the row
    language: str = "both"
    presenters: str = ""
    volunteers: str = ""
    attendance_total: int = 0
    attendance_women: int = 0
    attendance_poor: int = 0
    materials_count: int = 0
    materials: str = ""
    notes: str = ""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "LiteracySession":
        """From a row (topics as JSON text) or a form dict (topics as a list); unknown keys ignored."""
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        topics = values.get("topics")
        if isinstance(topics, str):
            values["topics"] = json.loads(topics) if topics.strip() else []
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _topic_list(topics: Any) -> list[str]:
    """Topics as a list, also from the row's JSON text or a spreadsheet's "a, b" / "a、b" cell."""
    if not topics:
        return []
    if isinstance(topics, str):
        text = topics.strip()
        if text.startswith("["):
            return [str(t) for t in json.loads(text)]
        return re.split(r"\s*[,，、;；]\s*", text)
    return [str(t) for t in topics]


def validate_session(
    s: LiteracySession, *, attendee_count: int = 0, topics: set[str] | None = None, today: date | None = None
) -> tuple[LiteracySession, list[Problem]]:
    today = today or date.today()
    problems: list[Problem] = []
    warnings: list[Problem] = []

    held = None
    try:
        held = require_not_future(parse_date(s.held_on, "held_on"), "held_on", today)
    except ValidationError as exc:
        problems.append(exc.problem)

    chosen = [t for t in dict.fromkeys((t or "").strip() for t in _topic_list(s.topics)) if t]
    if not chosen:
        problems.append(Problem("topics", N_("Choose at least one topic the session was about.")))
    elif topics is not None:
        for t in chosen:
            if t not in topics:
                problems.append(
                    Problem("topics", N_("{value} is not a topic of the list. Choose one from the list."), {"value": t})
                )

    language = (s.language or "").strip() or "both"
    if language not in LANGUAGES:
        problems.append(
            Problem(
                "language",
                N_("The language of a session must be Chinese, Tibetan or both; {value} was given."),
                {"value": language},
            )
        )

    counts: dict[str, int] = {}
    for name in COUNT_FIELDS:
        try:
            counts[name] = parse_count(getattr(s, name), name, minimum=0) or 0
        except ValidationError as exc:
            problems.append(
                Problem(name, N_("A count cannot be negative.")) if "minimum" in exc.params else exc.problem
            )
    total = counts.get("attendance_total")
    if total is not None:
        for name, message in (
            (
                "attendance_women",
                N_("The number of women ({count}) cannot be more than the total attendance ({total})."),
            ),
            (
                "attendance_poor",
                N_(
                    "The number of people from poor households ({count}) cannot be more "
                    "than the total attendance ({total})."
                ),
            ),
        ):
            if name in counts and counts[name] > total:
                problems.append(Problem(name, message, {"count": counts[name], "total": total}))
        if total < attendee_count:
            problems.append(
                Problem(
                    "attendance_total",
                    N_(
                        "The attendance ({total}) cannot be below the number of linked attendees ({attendees}). "
                        "Raise the count or remove attendees from the list."
                    ),
                    {"total": total, "attendees": attendee_count},
                )
            )
        if total == 0 and not problems:
            warnings.append(
                Problem("attendance_total", N_("No attendance is recorded for this session."), warning=True)
            )

    text_problems(
        problems,
        place=(s.place or "").strip(),
        presenters=(s.presenters or "").strip(),
        volunteers=(s.volunteers or "").strip(),
        materials=(s.materials or "").strip(),
        notes=(s.notes or "").strip(),
    )
    if problems:
        raise ValidationErrors(problems)
    result = dataclasses.replace(
        s,
        held_on=iso(held),
        place=(s.place or "").strip(),
        village_id=(s.village_id or "").strip() or None,
        topics=chosen,
        language=language,
        presenters=(s.presenters or "").strip(),
        volunteers=(s.volunteers or "").strip(),
        materials=(s.materials or "").strip(),
        notes=(s.notes or "").strip(),
        **counts,
    )
    return result, warnings
