"""The policy's checks on a ledger's loan already granted (issue #20 item 2).

A loan is judged by the rules in force on its grant date: where the county's policy versions are
kept (the loan book of issue #18: ``ws.loan_policy``), a loan that broke the rule of its own time
— over that version's cap, a longer term, a higher rate — is an error of its row.  Rules that
changed since (today's version, the product table's current limits, a household no longer
registered poor, the borrower's age now) never refuse an old loan: each is a warning naming the
rule, so the office sees it and the ledger still comes in whole.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.domain.dates import age_on
from app.domain.errors import Problem
from app.domain.money import format_yuan
from app.i18n import N_

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: a problem's field → the ledger column it is shown at
COLUMN = {
    "granted_fen": "amount",
    "amount_fen": "amount",
    "term_months": "term",
    "maturity_on": "maturity_on",
    "rate_bp": "rate",
    "product_code": "product",
    "birth_date": "id_number",
}


def _as_warning(problem: Problem) -> Problem:
    return Problem(problem.field, problem.message, problem.params, warning=True)


def _changed_since_note(when: str) -> Problem:
    return Problem(
        "granted_on",
        N_(
            "The rules above are today's; the loan was granted on {date} under the rules "
            "of its time and is imported as it stands."
        ),
        {"date": when},
        warning=True,
    )


def check(ws: Workspace, granted, household, *, today: date) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of a granted loan from a ledger."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    on = date.fromisoformat(granted.granted_on)
    product = ws.reference.product(granted.product_code)
    label = ws.reference.product_named(granted.product_code) if product else granted.product_code
    then = _policy_then(ws, granted, household, on, label)
    changed: list[Problem] = []
    if then is not None:
        errors += then[0]
        changed += [_as_warning(p) for p in then[1]]
    elif product is not None:
        # no policy versions to say what the rule was then: today's limits can only warn
        if product.max_amount_fen is not None and granted.amount_fen > product.max_amount_fen:
            changed.append(
                Problem(
                    "amount_fen",
                    N_("The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was granted."),
                    {
                        "product": label,
                        "max_yuan": format_yuan(product.max_amount_fen),
                        "amount_yuan": format_yuan(granted.amount_fen),
                    },
                    warning=True,
                )
            )
        if product.max_term_months is not None and (granted.term_months or 0) > product.max_term_months:
            changed.append(
                Problem(
                    "term_months",
                    N_("The {product} allows a term of at most {max_months} months; this loan runs {months}."),
                    {"product": label, "max_months": product.max_term_months, "months": granted.term_months},
                    warning=True,
                )
            )
    if changed:
        warnings += changed + [_changed_since_note(granted.granted_on)]
    if (
        product is not None
        and product.eligible_statuses is not None
        and household.status not in product.eligible_statuses
    ):
        # the household may have been registered poor then and lifted out of poverty since
        warnings.append(
            Problem(
                "product_code",
                N_(
                    "The {product} is for other households than this one's status today; the loan was granted on {date} "
                    "and is imported as it stands."
                ),
                {"product": label, "date": granted.granted_on},
                warning=True,
            )
        )
    if household.birth_date and product is not None and product.max_age is not None:
        age = age_on(date.fromisoformat(household.birth_date), on)
        if age > product.max_age or (product.min_age is not None and age < product.min_age):
            warnings.append(
                Problem(
                    "birth_date",
                    N_(
                        "The borrower was {age} on the grant date, outside the {product}'s ages in principle; imported "
                        "as the bank granted it."
                    ),
                    {"age": age, "product": label},
                    warning=True,
                )
            )
    return errors, warnings


def _policy_then(ws: Workspace, granted, household, on: date, label: str):
    """(errors by the grant date's rule, problems under today's other rule), or None without
    policy versions (the loan book of issue #18 not in this register)."""
    try:
        from app.domain.credit_policy import check_grant

        policy = ws.loan_policy
    except (ImportError, AttributeError, KeyError):
        return None
    then = policy.in_force(granted.product_code, on)
    if then is None:
        return None
    maturity = date.fromisoformat(granted.maturity_on) if granted.maturity_on else None
    family = []
    stored = ws.households.find_by_id_number(household.id_number)
    if stored is not None:
        try:
            family = ws.loan_book.family_loans(stored["id"], on)
        except (AttributeError, KeyError):
            family = []

    def problems(version):
        _terms, found = check_grant(
            version,
            granted_fen=granted.amount_fen,
            granted_on=on,
            term_months=None,
            maturity_on=maturity,
            rate_bp=granted.rate_bp,
            rates=policy.base_rates(),
            family_loans=family,
            household_status=None,
            product_label=label,
        )
        return found

    errors = problems(then)
    now = policy.in_force(granted.product_code, date.today())
    later = (
        [] if now is None or now == then else [p for p in problems(now) if p.message not in {e.message for e in errors}]
    )
    return errors, later
