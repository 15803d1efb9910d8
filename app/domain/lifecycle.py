"""The life of a loan demand and of a complaint: which step may follow which, and what each
step writes into the row.

Loan demand (DESIGN §3): registered → referred → approved → granted → repaid, or rejected /
withdrawn before the money is granted.  Complaint: received → transferred → resolved → closed
(JR/T 0169-2018 handling; every complaint has a due date).

Each transition function checks the step against the current row (a dict of the table's
columns) and returns only the COLUMN CHANGES to write; the service writes them together with a
`loan_event` / `complaint_event` row.  Dates may be `date` objects or ISO text.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from app.domain.dates import add_days, from_iso, iso, parse_date
from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.money import MAX_FEN, format_yuan, too_large
from app.domain.text import text_problems
from app.i18n import N_

LOAN_TRANSITIONS: dict[str, set[str]] = {
    "registered": {"referred", "rejected", "withdrawn"},
    "referred": {"approved", "rejected", "withdrawn"},
    "approved": {"granted", "rejected", "withdrawn"},
    "granted": {"repaid"},
    "repaid": set(),
    # after the grant, the servicing steps (app.domain.loan_servicing: default, write-off) lead here
    "defaulted": set(),
    "written_off": set(),
    "rejected": set(),
    "withdrawn": set(),
}

COMPLAINT_TRANSITIONS: dict[str, set[str]] = {
    "received": {"transferred", "resolved"},
    "transferred": {"resolved"},
    "resolved": {"closed"},
    "closed": set(),
}

#: statuses in which a complaint is still being handled (and can be overdue)
OPEN_COMPLAINT_STATUSES = frozenset({"received", "transferred"})
#: statuses in which a loan demand still waits for the bank or the household
OPEN_LOAN_STATUSES = frozenset({"registered", "referred", "approved"})

#: the column each loan step dates
_LOAN_DATE_COLUMN = {
    "referred": "referred_on",
    "approved": "decided_on",
    "rejected": "decided_on",
    "granted": "granted_on",
    "repaid": "repaid_on",
}


def allowed_loan_actions(status: str) -> set[str]:
    """The statuses a loan demand in `status` may move to (empty for a final status)."""
    return set(LOAN_TRANSITIONS.get(status, set()))


def allowed_complaint_actions(status: str) -> set[str]:
    return set(COMPLAINT_TRANSITIONS.get(status, set()))


def _label(labels: Mapping[str, str] | None, code: str | None) -> str:
    return (labels or {}).get(code or "", code or "")


def _check_step_date(
    problems: list[Problem],
    current: Mapping[str, Any],
    on: date | None,
    first_column: str,
    today: date,
    labels: Mapping[str, str] | None,
) -> None:
    if on is None:
        return
    if on > today:
        problems.append(
            Problem(
                "on_date",
                N_("The date {date} is in the future; today is {today}."),
                {"date": on.isoformat(), "today": today.isoformat()},
            )
        )
    first = from_iso(current.get(first_column))
    previous = from_iso(current.get("status_on"))
    if first is not None and on < first:
        problems.append(
            Problem(
                "on_date",
                N_("The date {date} is before the record was registered ({first_date})."),
                {"date": on.isoformat(), "first_date": first.isoformat()},
            )
        )
    elif previous is not None and on < previous:
        problems.append(
            Problem(
                "on_date",
                N_("The date {date} is before the previous step ({previous}, {previous_date})."),
                {
                    "date": on.isoformat(),
                    "previous": _label(labels, current.get("status")),
                    "previous_date": previous.isoformat(),
                },
            )
        )


def _parse_on(problems: list[Problem], value, field: str = "on_date") -> date | None:
    try:
        return parse_date(value, field)
    except ValidationError as exc:
        problems.append(exc.problem)
        return None


def loan_transition(
    current: Mapping[str, Any],
    to_status: str,
    *,
    on_date,
    reason: str = "",
    granted_fen: int | None = None,
    rate_bp: int | None = None,
    maturity_on=None,
    subsidy_fen: int | None = None,
    today: date | None = None,
    labels: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The `loan_demand` column changes for moving `current` to `to_status` on `on_date`.

    Refusals come together in :class:`ValidationErrors`: a step the lifecycle does not allow, a
    date before the previous step or registration or in the future, a rejection or withdrawal
    without a reason, a grant without an amount or above the amount asked, a negative rate or
    subsidy, a maturity not after the grant.  `labels` (status code → label) names statuses.
    """
    today = today or date.today()
    reason = (reason or "").strip()
    from_status = current.get("status") or "registered"
    problems: list[Problem] = []
    if to_status not in LOAN_TRANSITIONS.get(from_status, set()):
        problems.append(
            Problem(
                "status",
                N_("A loan demand that is {from_status} cannot become {to_status}."),
                {"from_status": _label(labels, from_status), "to_status": _label(labels, to_status)},
            )
        )
        raise ValidationErrors(problems)
    on = _parse_on(problems, on_date)
    _check_step_date(problems, current, on, "registered_on", today, labels)
    if to_status in ("rejected", "withdrawn") and not reason:
        problems.append(
            Problem(
                "reason",
                N_("Give the reason why the loan demand is {to_status}."),
                {"to_status": _label(labels, to_status)},
            )
        )

    changes: dict[str, Any] = {"status": to_status, "status_on": iso(on), "reason": reason}
    column = _LOAN_DATE_COLUMN.get(to_status)
    if column:
        changes[column] = iso(on)

    if to_status == "granted":
        asked = current.get("amount_fen")
        if granted_fen is None or isinstance(granted_fen, bool) or not isinstance(granted_fen, int) or granted_fen <= 0:
            problems.append(Problem("granted_fen", N_("Enter the amount the bank granted (more than zero).")))
        elif asked is not None and granted_fen > asked:
            problems.append(
                Problem(
                    "granted_fen",
                    N_(
                        "The amount granted ({granted_yuan} yuan) is more than the amount asked ({asked_yuan} yuan). "
                        "If the household asked for more, correct the demand first."
                    ),
                    {"granted_yuan": format_yuan(granted_fen), "asked_yuan": format_yuan(asked)},
                )
            )
        if rate_bp is not None and rate_bp < 0:
            problems.append(Problem("rate_bp", N_("A rate cannot be negative.")))
        if subsidy_fen is not None and subsidy_fen < 0:
            problems.append(Problem("subsidy_fen", N_("The interest subsidy cannot be negative.")))
        elif subsidy_fen is not None and subsidy_fen > MAX_FEN:
            problems.append(too_large("subsidy_fen", subsidy_fen))
        maturity = None
        if maturity_on not in (None, ""):
            maturity = _parse_on(problems, maturity_on, "maturity_on")
            if maturity is not None and on is not None and maturity <= on:
                problems.append(
                    Problem(
                        "maturity_on",
                        N_("The maturity date {maturity} must be after the grant date {date}."),
                        {"maturity": maturity.isoformat(), "date": on.isoformat()},
                    )
                )
        changes.update(granted_fen=granted_fen, rate_bp=rate_bp, maturity_on=iso(maturity), subsidy_fen=subsidy_fen)

    text_problems(problems, reason=reason)
    if problems:
        raise ValidationErrors(problems)
    return changes


def complaint_transition(
    current: Mapping[str, Any],
    to_status: str,
    *,
    on_date,
    reason: str = "",
    transferred_to: str = "",
    outcome: str = "",
    satisfaction: str | None = None,
    today: date | None = None,
    labels: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The `complaint` column changes for moving `current` to `to_status` on `on_date`.

    Transferring names the institution it goes to; resolving needs the outcome; closing needs the
    complainant's satisfaction or, when it could not be asked, a reason (kept in the event row).
    """
    today = today or date.today()
    from_status = current.get("status") or "received"
    problems: list[Problem] = []
    if to_status not in COMPLAINT_TRANSITIONS.get(from_status, set()):
        problems.append(
            Problem(
                "status",
                N_("A complaint that is {from_status} cannot become {to_status}."),
                {"from_status": _label(labels, from_status), "to_status": _label(labels, to_status)},
            )
        )
        raise ValidationErrors(problems)
    on = _parse_on(problems, on_date)
    _check_step_date(problems, current, on, "received_on", today, labels)
    changes: dict[str, Any] = {"status": to_status, "status_on": iso(on)}
    if to_status == "transferred":
        transferred_to = (transferred_to or "").strip()
        if not transferred_to:
            problems.append(Problem("transferred_to", N_("Enter the institution the complaint is transferred to.")))
        changes["transferred_to"] = transferred_to
    elif to_status == "resolved":
        outcome = (outcome or "").strip()
        if not outcome:
            problems.append(Problem("outcome", N_("Describe the outcome: how the complaint was resolved.")))
        changes.update(resolved_on=iso(on), outcome=outcome)
    elif to_status == "closed":
        if not satisfaction and not (reason or "").strip():
            problems.append(
                Problem(
                    "satisfaction",
                    N_("Record whether the complainant is satisfied, or give the reason why this could not be asked."),
                )
            )
        changes.update(closed_on=iso(on), satisfaction=satisfaction or None)
    text_problems(
        problems,
        transferred_to=changes.get("transferred_to"),
        outcome=changes.get("outcome"),
        reason=(reason or "").strip(),
    )
    if problems:
        raise ValidationErrors(problems)
    return changes


def complaint_due_on(received_on, handling_days: int) -> date:
    """The day a complaint must be resolved by: `handling_days` calendar days after receipt."""
    received = received_on if isinstance(received_on, date) else from_iso(received_on)
    return add_days(received, int(handling_days))


def is_overdue(complaint_row: Mapping[str, Any], today: date | None = None) -> bool:
    """True when the complaint is still open (received or transferred) and its due date has passed."""
    today = today or date.today()
    if complaint_row.get("status", "received") not in OPEN_COMPLAINT_STATUSES:
        return False
    due = from_iso(complaint_row.get("due_on"))
    return due is not None and today > due
