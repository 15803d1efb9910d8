"""Credit ratings of households (信用户评定) and credit villages (信用村).

The office's "双评" rule (one of its 五双): the bank and the village rate a household together,
so both raters are named on every rating.  The score sheet (criteria and their maximum points)
and the grades (code and minimum score) are reference data, passed in by the caller.

A village is a credit village when the share of credit households and the share of borrowers
without arrears both reach configured thresholds (settings, in basis points of 10,000).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping, Sequence

from app.domain.dates import iso, parse_date, require_not_future
from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.numbers import parse_count
from app.domain.text import text_problems
from app.i18n import N_


@dataclass
class CreditRating:
    household_id: str = ""  # required, as is year; defaults turn a missing field into a sentence
    year: int | None = None
    criteria: dict[str, int] = field(default_factory=dict)  # criterion code → points; JSON in the row
    bank_score: int | None = None
    village_score: int | None = None
    bank_rater: str = ""
    village_rater: str = ""
    rated_on: str = ""
    notes: str = ""
    score: int = 0  # derived: sum of the criteria
    grade: str = ""  # derived from the score

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "CreditRating":
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        criteria = values.get("criteria")
        if isinstance(criteria, str):
            values["criteria"] = json.loads(criteria) if criteria.strip() else {}
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def grade_for(score: int, grades: Sequence[tuple[str, int]]) -> str:
    """The grade with the highest minimum score not above `score` ("" when none applies)."""
    best: tuple[str, int] | None = None
    for code, min_score in grades:
        if min_score <= score and (best is None or min_score > best[1]):
            best = (code, min_score)
    return best[0] if best else ""


def validate_rating(
    r: CreditRating,
    *,
    criteria_max: Mapping[str, int],
    grades: Sequence[tuple[str, int]],
    today: date | None = None,
    criteria_labels: Mapping[str, str] | None = None,
) -> tuple[CreditRating, list[Problem]]:
    """The rating with score and grade computed, and its warnings; all errors at once.

    `criteria_labels` (code → label in the user's language) names the criteria in messages.
    """
    today = today or date.today()
    labels = criteria_labels or {}
    problems: list[Problem] = []
    warnings: list[Problem] = []

    if not (r.household_id or "").strip():
        problems.append(Problem("household_id", N_("Choose the household that is rated.")))

    rated = None
    try:
        rated = require_not_future(parse_date(r.rated_on, "rated_on"), "rated_on", today)
    except ValidationError as exc:
        problems.append(exc.problem)

    year = None
    try:
        year = parse_count(r.year, "year", minimum=1900, required=True)
    except ValidationError:
        problems.append(Problem("year", N_("Enter the year the rating is for, such as {year}."), {"year": today.year}))
    if year is not None and rated is not None and year > rated.year:
        problems.append(
            Problem(
                "year",
                N_("A rating for {year} cannot be made on {rated_on}, before that year."),
                {"year": year, "rated_on": rated.isoformat()},
            )
        )

    criteria: dict[str, int] = {}
    given = json.loads(r.criteria) if isinstance(r.criteria, str) and r.criteria.strip() else dict(r.criteria or {})
    for code, maximum in criteria_max.items():
        if code not in given or given[code] in (None, ""):
            problems.append(
                Problem(
                    "criteria",
                    N_("Give the points for {criterion} (0 to {max})."),
                    {"criterion": labels.get(code, code), "max": maximum},
                )
            )
            continue
        try:
            points = parse_count(given[code], "criteria", minimum=None)
        except ValidationError:
            points = None
        if points is None or not 0 <= points <= maximum:
            problems.append(
                Problem(
                    "criteria",
                    N_("The points for {criterion} must be from 0 to {max}; {points} was given."),
                    {"criterion": labels.get(code, code), "max": maximum, "points": given[code]},
                )
            )
            continue
        criteria[code] = points
    for code in given:
        if code not in criteria_max:
            problems.append(
                Problem("criteria", N_("{criterion} is not a criterion of the score sheet."), {"criterion": code})
            )

    for name in ("bank_score", "village_score"):
        value = getattr(r, name)
        try:
            points = parse_count(value, name, minimum=0)
        except ValidationError as exc:
            problems.append(exc.problem)
            continue
        if points is not None and points > 100:
            problems.append(Problem(name, N_("A score is from 0 to 100; {points} was given."), {"points": points}))

    if not (r.bank_rater or "").strip():
        problems.append(
            Problem("bank_rater", N_("Name the bank's rater: the bank and the village rate each household together."))
        )
    if not (r.village_rater or "").strip():
        problems.append(
            Problem(
                "village_rater", N_("Name the village's rater: the bank and the village rate each household together.")
            )
        )

    text_problems(
        problems,
        bank_rater=(r.bank_rater or "").strip(),
        village_rater=(r.village_rater or "").strip(),
        notes=(r.notes or "").strip(),
    )
    if problems:
        raise ValidationErrors(problems)
    score = sum(criteria.values())
    if score > 100:
        # The seeded sheet sums to 100; a county sheet that does not would break the 0–100 column.
        raise ValidationErrors(
            [
                Problem(
                    "criteria",
                    N_(
                        "The points add up to {score}, more than 100: the score sheet's maximum points must add up to 100."
                    ),
                    {"score": score},
                )
            ]
        )
    result = dataclasses.replace(
        r,
        household_id=r.household_id.strip(),
        year=year,
        criteria=criteria,
        bank_score=parse_count(r.bank_score, "bank_score"),
        village_score=parse_count(r.village_score, "village_score"),
        bank_rater=r.bank_rater.strip(),
        village_rater=r.village_rater.strip(),
        rated_on=iso(rated),
        notes=(r.notes or "").strip(),
        score=score,
        grade=grade_for(score, grades),
    )
    return result, warnings


def credit_village_shares(
    n_households: int, n_credit_households: int, n_borrowers: int, n_clean_borrowers: int
) -> tuple[int | None, int | None]:
    """(credit-household share, borrowers-without-arrears share) in basis points, rounded down so a
    share just below a threshold never passes it; None where there is nobody to count."""
    credit = n_credit_households * 10000 // n_households if n_households > 0 else None
    clean = n_clean_borrowers * 10000 // n_borrowers if n_borrowers > 0 else None
    return credit, clean


def is_credit_village(
    n_households: int,
    n_credit_households: int,
    n_borrowers: int,
    n_clean_borrowers: int,
    min_credit_share_bp: int,
    min_clean_share_bp: int,
) -> bool:
    """Both shares reach their thresholds. A village with no households is not one; a village with
    no borrowers has no arrears, so only its credit-household share decides."""
    credit, clean = credit_village_shares(n_households, n_credit_households, n_borrowers, n_clean_borrowers)
    if credit is None or credit < min_credit_share_bp:
        return False
    return clean is None or clean >= min_clean_share_bp
