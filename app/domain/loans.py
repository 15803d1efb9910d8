"""A loan demand (融资需求) as registered by the office, and its checks against the product's limits.

The lifecycle after registration (referred, approved, granted …) is in :mod:`app.domain.lifecycle`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from app.domain.dates import iso, parse_date, require_not_future
from app.domain.errors import Problem, ValidationError, ValidationErrors
from app.domain.money import MAX_FEN, too_large
from app.domain.numbers import parse_count
from app.domain.products import LoanProduct, check_product_rules
from app.domain.text import text_problems
from app.i18n import N_


#: the longest term recorded: 30 years, beyond any product the seeds or the national rules name
#: (a term of 2^63 months ended the command in an OverflowError before; issue 17 §6)
MAX_TERM_MONTHS = 360


@dataclass
class LoanDemand:
    # Defaults only so that a form or roster row missing a field gets a sentence, not a TypeError.
    household_id: str = ""
    registered_on: str = ""
    amount_fen: int | None = None
    product_code: str = ""
    term_months: int | None = None
    purpose: str = ""
    industry: str | None = None
    bank: str = ""
    notes: str = ""
    exception_reason: str = ""  # why an age outside the rule that applies "in principle" is allowed

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "LoanDemand":
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in d.items() if k in names}
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def validate_loan_demand(
    d: LoanDemand,
    *,
    product: LoanProduct,
    household_status: str,
    birth_date: date | None,
    status_label: str = "",
    product_label: str = "",
    today: date | None = None,
    status_labels: Mapping[str, str] | None = None,
    age_rule=None,
) -> tuple[LoanDemand, list[Problem]]:
    """The demand normalised (ISO date, product code) and its warnings; every error at once in
    :class:`ValidationErrors`. The product's limits (status, age on the registration date, amount,
    term) are errors: a demand the product does not allow is registered under another product."""
    today = today or date.today()
    problems: list[Problem] = []
    warnings: list[Problem] = []

    if not (d.household_id or "").strip():
        problems.append(Problem("household_id", N_("Choose the household that asks for the loan.")))

    registered = None
    try:
        registered = require_not_future(parse_date(d.registered_on, "registered_on"), "registered_on", today)
    except ValidationError as exc:
        problems.append(exc.problem)

    amount = None
    if (
        d.amount_fen is None
        or isinstance(d.amount_fen, bool)
        or not isinstance(d.amount_fen, (int, float))
        or (isinstance(d.amount_fen, float) and not d.amount_fen.is_integer())
    ):
        problems.append(Problem("amount_fen", N_("Enter the amount asked, in yuan.")))
    elif d.amount_fen <= 0:
        problems.append(Problem("amount_fen", N_("The amount asked must be more than zero.")))
    elif d.amount_fen > MAX_FEN:
        problems.append(too_large("amount_fen", d.amount_fen))
    else:
        amount = int(d.amount_fen)

    term = None
    try:
        term = parse_count(d.term_months, "term_months", minimum=1, maximum=MAX_TERM_MONTHS)
    except ValidationError as exc:
        problems.append(
            Problem("term_months", N_("The term is a whole number of months, at least 1."))
            if exc.params.get("minimum") == 1
            else exc.problem
        )

    code = (d.product_code or "").strip() or product.code
    if code != product.code:
        problems.append(
            Problem("product_code", N_("The product {code} does not match the product checked."), {"code": code})
        )
    if not product.active:
        warnings.append(
            Problem(
                "product_code",
                N_("The {product} is no longer offered."),
                {"product": product_label or product.name_en},
                warning=True,
            )
        )

    checked = product
    if registered is not None and age_rule is not None and age_rule.age_in_principle:
        # 18–65 "in principle" (原则上, app.domain.credit_policy.check_age): an age outside it passes
        # when the exception's reason is recorded
        from app.domain.credit_policy import check_age

        checked = dataclasses.replace(product, min_age=None, max_age=None)
        for p in check_age(age_rule, birth_date, registered, d.exception_reason):
            (warnings if p.warning else problems).append(p)
    if registered is not None:
        for p in check_product_rules(
            checked,
            household_status=household_status,
            birth_date=birth_date,
            amount_fen=amount,
            term_months=term,
            on_date=registered,
            status_label=status_label,
            product_label=product_label,
            status_labels=status_labels,
        ):
            (warnings if p.warning else problems).append(p)

    purpose = (d.purpose or "").strip()
    text_problems(problems, purpose=purpose, bank=(d.bank or "").strip(), notes=(d.notes or "").strip())
    if product.production_only and not purpose:
        warnings.append(
            Problem(
                "purpose",
                N_("The {product} is for production use: note what the loan is for."),
                {"product": product_label or product.name_en},
                warning=True,
            )
        )

    if problems:
        raise ValidationErrors(problems)
    result = dataclasses.replace(
        d,
        household_id=d.household_id.strip(),
        registered_on=iso(registered),
        amount_fen=amount,
        product_code=code,
        term_months=term,
        purpose=purpose,
        industry=(d.industry or "").strip() or None,
        bank=(d.bank or "").strip(),
        notes=(d.notes or "").strip(),
        exception_reason=(d.exception_reason or "").strip(),
    )
    return result, warnings
