"""A household (农牧户) of the register, and the checks its record must pass.

Names: the household head's name may be known in Chinese, in Tibetan script, or both (many
herders' names are written first in Tibetan; the Chinese form is a transliteration someone may not
have yet).  The rule is therefore: at least one of `name_zh` / `name_bo`; `name_zh` may then be ''
(the column is NOT NULL, and '' is a value).  Each name must be in its own script — Tibetan
letters in the Chinese field, or Latin/Chinese in the Tibetan field, are the usual input-method
slips, and the message says how to fix them.

The ID number is required (the register's unique key of a person, DESIGN §3); the birth date and
sex are derived from it on every validation, never typed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from app.domain import script
from app.domain.dates import age_on, parse_date
from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.idnumber import parse_id_number
from app.domain.numbers import parse_count
from app.domain.phone import normalise_phone
from app.domain.text import text_problems
from app.i18n import N_

LANGUAGES = ("zh", "bo", "both")
#: the earliest registration date accepted: the household registers of the 1990s' poverty
#: programmes (八七扶贫攻坚计划, 1994) are the oldest an office brings; an earlier year is a typo.
EARLIEST_REGISTRATION = date(1990, 1, 1)
#: the largest household recorded: Qinghai's herding households average four to five people and
#: the largest extended families a few dozen; 1,000,000 was accepted before (issue 17 §6)
MAX_HOUSEHOLD_SIZE = 100


@dataclass
class Household:
    name_zh: str = ""
    name_bo: str = ""
    id_number: str = ""
    phone: str = ""
    village_id: str | None = None
    group_name: str = ""
    household_size: int | None = None
    labour_count: int | None = None
    ethnicity: str | None = None
    preferred_language: str = "both"
    status: str = "general"
    industry: str | None = None
    address: str = ""
    notes: str = ""
    registered_on: str | None = None  # 建档立卡 / 登记日期 (ISO); None: not known
    birth_date: str | None = None  # derived from id_number (ISO)
    sex: str | None = None  # derived from id_number ("M"/"F")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Household":
        """From a row or a form dict; keys that are not fields (id, version, …) are ignored."""
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _code(problems: list[Problem], value: Any, field: str, allowed: set[str] | None, message: str) -> str | None:
    value = _text(value) or None
    if value is not None and allowed is not None and value not in allowed:
        problems.append(Problem(field, message, {"value": value}))
    return value


def validate_household(
    h: Household,
    *,
    today: date | None = None,
    statuses: set[str] | None = None,
    ethnicities: set[str] | None = None,
    industries: set[str] | None = None,
) -> tuple[Household, list[Problem]]:
    """The household normalised (derived birth_date/sex filled) and its warnings.

    Raises :class:`ValidationErrors` listing every field error at once.
    """
    today = today or date.today()
    problems: list[Problem] = []
    warnings: list[Problem] = []

    name_zh, name_bo = _text(h.name_zh), _text(h.name_bo)
    if not name_zh and not name_bo:
        problems.append(
            Problem(
                "name_zh",
                N_("Enter the household head's name in Chinese or in Tibetan script (at least one of the two)."),
            )
        )
    if script.has_tibetan(name_zh):
        problems.append(
            Problem(
                "name_zh", N_("The Chinese name holds Tibetan letters. Put the Tibetan name in the Tibetan name field.")
            )
        )
    if name_bo and not script.is_tibetan_text(name_bo):
        problems.append(
            Problem(
                "name_bo",
                N_(
                    "The Tibetan name must be in Tibetan script only. Without a Tibetan keyboard, switch the field "
                    "to Wylie input and type the name in Wylie, such as bkra shis."
                ),
            )
        )

    id_number, birth_date, sex = _text(h.id_number), None, None
    try:
        info, id_warnings = parse_id_number(h.id_number, today=today)
    except ValidationError as exc:
        problems.append(exc.problem)
    else:
        id_number, birth_date, sex = info.number, info.birth_date.isoformat(), info.sex
        warnings.extend(id_warnings)
        age = age_on(info.birth_date, today)
        if age < 18:
            warnings.append(
                Problem(
                    "id_number",
                    N_(
                        "By the ID number the household head is {age} years old. Check that this is the head "
                        "of the household."
                    ),
                    {"age": age},
                    warning=True,
                )
            )

    phone = _text(h.phone)
    try:
        phone = normalise_phone(h.phone)
    except ValidationError as exc:
        problems.append(exc.problem)

    size = labour = None
    try:
        size = parse_count(h.household_size, "household_size", minimum=1, maximum=MAX_HOUSEHOLD_SIZE)
    except ValidationError as exc:
        problems.append(
            Problem(
                "household_size", N_("A household has at least 1 member; enter the number of people in the household.")
            )
            if exc.params.get("minimum") == 1
            else exc.problem
        )
    try:
        labour = parse_count(h.labour_count, "labour_count", minimum=0, maximum=MAX_HOUSEHOLD_SIZE)
    except ValidationError as exc:
        problems.append(exc.problem)
    if size is not None and labour is not None and labour > size:
        problems.append(
            Problem(
                "labour_count",
                N_("The household has {size} members, so it cannot have {labour} workers."),
                {"size": size, "labour": labour},
            )
        )

    ethnicity = _code(
        problems,
        h.ethnicity,
        "ethnicity",
        ethnicities,
        N_("{value} is not an ethnicity of the list. Choose one from the list."),
    )
    industry = _code(
        problems,
        h.industry,
        "industry",
        industries,
        N_("{value} is not an industry of the list. Choose one from the list."),
    )
    status = _text(h.status) or "general"
    if statuses is not None and status not in statuses:
        problems.append(
            Problem(
                "status",
                N_("{value} is not a household status of the list. Choose one from the list."),
                {"value": status},
            )
        )
    language = _text(h.preferred_language) or "both"
    if language not in LANGUAGES:
        problems.append(
            Problem(
                "preferred_language",
                N_("The preferred language must be Chinese, Tibetan or both; {value} was given."),
                {"value": language},
            )
        )

    registered_on = _registered_on(problems, h.registered_on, today)
    text_problems(
        problems,
        name_zh=name_zh,
        name_bo=name_bo,
        group_name=_text(h.group_name),
        address=_text(h.address),
        notes=_text(h.notes),
    )

    if problems:
        raise ValidationErrors(problems)
    result = dataclasses.replace(
        h,
        name_zh=name_zh,
        name_bo=name_bo,
        id_number=id_number,
        phone=phone,
        village_id=_text(h.village_id) or None,
        group_name=_text(h.group_name),
        household_size=size,
        labour_count=labour,
        ethnicity=ethnicity,
        preferred_language=language,
        status=status,
        industry=industry,
        address=_text(h.address),
        notes=(h.notes or "").strip(),
        registered_on=registered_on,
        birth_date=birth_date,
        sex=sex,
    )
    return result, warnings


def _registered_on(problems: list[Problem], value: Any, today: date) -> str | None:
    """The registration date as ISO text, or None when not given; a problem when it cannot be."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        day = parse_date(value, "registered_on")
    except ValidationError as exc:
        problems.append(exc.problem)
        return None
    if day > today:
        problems.append(
            Problem(
                "registered_on",
                N_("The registration date {date} is in the future; today is {today}."),
                {"date": day.isoformat(), "today": today.isoformat()},
            )
        )
    elif day < EARLIEST_REGISTRATION:
        problems.append(
            Problem(
                "registered_on",
                N_("The registration date {date} is before 1990. Check the year."),
                {"date": day.isoformat()},
            )
        )
    return day.isoformat()
