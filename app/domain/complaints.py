"""A financial-consumer complaint (金融消费投诉) and its checks.

Every complaint gets a channel, the three JR/T 0169-2018 codes (A business channel, B business
type, C cause; "99" = other, "0199" for A), a handler and a deadline (DESIGN §4).  The deadline defaults to the
receipt date plus the office's handling days (a setting, 15 days as seeded).  The lifecycle after
receipt is in :mod:`app.domain.lifecycle`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from app.domain.dates import iso, parse_date, require_not_future
from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.lifecycle import complaint_due_on
from app.domain.phone import normalise_phone
from app.domain.text import text_problems
from app.i18n import N_

CODE_FIELDS = ("code_a", "code_b", "code_c")
#: the code of "other" in each dimension.  JR/T 0169-2018 codes "other" 99 in a 大类 or 中类 and 9
#: in a 小类; its A has only two 大类 (front office, middle and back office), so a channel nobody
#: named is the front office's "other", 0199 — as banks' complaint statistics count it, their
#: total being front-office subtotal plus middle/back office (migration 28 says where this is from).
#: A "99" typed or sent for A by an older register means that too.
OTHER = {"code_a": "0199", "code_b": "99", "code_c": "99"}
#: the key under which `codes` may list the allowed channels ("how it reached the office")
VIA_KEY = "received_via"


@dataclass
class Complaint:
    received_on: str = ""  # required, as is description; defaults turn a missing field into a sentence
    description: str = ""
    received_via: str = "visit"
    household_id: str | None = None
    complainant_name: str = ""
    complainant_phone: str = ""
    institution: str = ""
    code_a: str = "0199"
    code_b: str = "99"
    code_c: str = "99"
    handler: str = ""
    due_on: str | None = None
    notes: str = ""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Complaint":
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def validate_complaint(
    c: Complaint, *, handling_days: int, codes: Mapping[str, set[str]] | None = None, today: date | None = None
) -> tuple[Complaint, list[Problem]]:
    """The complaint normalised (ISO dates, due date filled in) and its warnings.

    `codes` maps a field ("code_a", "code_b", "code_c", and optionally "received_via") to its
    allowed codes; fields not in it are not checked against a list.
    """
    today = today or date.today()
    codes = codes or {}
    problems: list[Problem] = []
    warnings: list[Problem] = []

    received = None
    try:
        received = require_not_future(parse_date(c.received_on, "received_on"), "received_on", today)
    except ValidationError as exc:
        problems.append(exc.problem)

    description = (c.description or "").strip()
    if not description:
        problems.append(Problem("description", N_("Describe what the complaint is about.")))

    household_id = (c.household_id or "").strip() or None
    name = (c.complainant_name or "").strip()
    if household_id is None and not name:
        problems.append(
            Problem("complainant_name", N_("Choose the complainant's household, or enter the complainant's name."))
        )

    phone = (c.complainant_phone or "").strip()
    try:
        phone = normalise_phone(c.complainant_phone, "complainant_phone")
    except ValidationError as exc:
        problems.append(exc.problem)

    via = (c.received_via or "").strip() or "visit"
    if VIA_KEY in codes and via not in codes[VIA_KEY]:
        problems.append(
            Problem(
                "received_via",
                N_("{value} is not a way a complaint can reach the office. Choose one from the list."),
                {"value": via},
            )
        )
    values: dict[str, str] = {}
    for f in CODE_FIELDS:
        code = (getattr(c, f) or "").strip() or OTHER[f]
        if f == "code_a" and code == "99":
            code = OTHER[f]
        values[f] = code
        if f in codes and code not in codes[f]:
            problems.append(
                Problem(
                    f,
                    N_(
                        "{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or {other} "
                        "for other."
                    ),
                    # "other" is 0199 for the channel (its two 大类 have no 99 of their own)
                    {"value": code, "other": OTHER[f]},
                )
            )

    due = None
    if c.due_on in (None, ""):
        if received is not None:
            due = complaint_due_on(received, handling_days)
    else:
        try:
            due = parse_date(c.due_on, "due_on")
        except ValidationError as exc:
            problems.append(exc.problem)
        else:
            if received is not None and due < received:
                problems.append(
                    Problem(
                        "due_on",
                        N_("The due date {due} is before the date the complaint was received ({received})."),
                        {"due": due.isoformat(), "received": received.isoformat()},
                    )
                )

    handler = (c.handler or "").strip()
    if not handler:
        warnings.append(Problem("handler", N_("No handler is named: every complaint should have one."), warning=True))
    text_problems(
        problems,
        description=description,
        complainant_name=name,
        institution=(c.institution or "").strip(),
        handler=handler,
        notes=(c.notes or "").strip(),
    )

    if problems:
        raise ValidationErrors(problems)
    result = dataclasses.replace(
        c,
        received_on=iso(received),
        description=description,
        received_via=via,
        household_id=household_id,
        complainant_name=name,
        complainant_phone=phone,
        institution=(c.institution or "").strip(),
        handler=handler,
        due_on=iso(due),
        notes=(c.notes or "").strip(),
        **values,
    )
    return result, warnings
