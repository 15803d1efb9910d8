"""Loan products and their limits (DESIGN §4): the 530 credit loan, poverty-alleviation microcredit …

The limits are data — a row of `ref_loan_product`, seeded by migration m0002 and changeable per
county — so this module holds no figure of its own: it compares a demand with whatever the row
says.  Messages name the limit and the allowed value, so a cadre can explain a refusal to the
household.  Labels (the product's and the statuses' names in the user's language) are passed in
by the caller, who has them from the reference tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from app.domain.dates import age_on
from app.domain.errors import Named, Problem
from app.domain.money import format_yuan
from app.i18n import N_


@dataclass(frozen=True)
class LoanProduct:
    code: str
    name_en: str
    name_zh: str
    name_bo: str
    max_amount_fen: int | None = None  # None: no limit of its own
    max_term_months: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    eligible_statuses: tuple[str, ...] | None = None  # None: any household
    production_only: bool = False
    collateral_free: bool = False
    subsidised: bool = False
    sort: int = 0
    active: bool = True

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "LoanProduct":
        """From a `ref_loan_product` row (eligible_statuses is JSON text there, flags are 0/1)."""
        statuses = row.get("eligible_statuses")
        if isinstance(statuses, str):
            statuses = json.loads(statuses) if statuses.strip() else None
        return cls(
            code=row["code"],
            name_en=row.get("name_en") or "",
            name_zh=row.get("name_zh") or "",
            name_bo=row.get("name_bo") or "",
            max_amount_fen=row.get("max_amount_fen"),
            max_term_months=row.get("max_term_months"),
            min_age=row.get("min_age"),
            max_age=row.get("max_age"),
            eligible_statuses=None if statuses is None else tuple(statuses),
            production_only=bool(row.get("production_only", 0)),
            collateral_free=bool(row.get("collateral_free", 0)),
            subsidised=bool(row.get("subsidised", 0)),
            sort=int(row.get("sort") or 0),
            active=bool(row.get("active", 1)),
        )

    def to_row(self) -> dict[str, Any]:
        """The `ref_loan_product` row for this product (inverse of :meth:`from_row`)."""
        return {
            "code": self.code,
            "name_en": self.name_en,
            "name_zh": self.name_zh,
            "name_bo": self.name_bo,
            "max_amount_fen": self.max_amount_fen,
            "max_term_months": self.max_term_months,
            "min_age": self.min_age,
            "max_age": self.max_age,
            "eligible_statuses": None if self.eligible_statuses is None else json.dumps(list(self.eligible_statuses)),
            "production_only": int(self.production_only),
            "collateral_free": int(self.collateral_free),
            "subsidised": int(self.subsidised),
            "sort": self.sort,
            "active": int(self.active),
        }


def _allowed_statuses(product: LoanProduct, status_labels: Mapping[str, str] | None) -> str:
    labels = status_labels or {}
    # Named.joined keeps every language of names given as app.domain.errors.Named
    return Named.joined(", ", (labels.get(code, code) for code in product.eligible_statuses or ()))


def _age_problem(product: LoanProduct, age: int, field: str) -> Problem | None:
    lo, hi = product.min_age, product.max_age
    if (lo is None or age >= lo) and (hi is None or age <= hi):
        return None
    if lo is not None and hi is not None:
        return Problem(
            field,
            N_(
                "The borrower must be between {min_age} and {max_age} years old on the "
                "registration date; the household head is {age}."
            ),
            {"min_age": lo, "max_age": hi, "age": age},
        )
    if lo is not None:
        return Problem(
            field,
            N_(
                "The borrower must be at least {min_age} years old on the registration "
                "date; the household head is {age}."
            ),
            {"min_age": lo, "age": age},
        )
    return Problem(
        field,
        N_("The borrower must be at most {max_age} years old on the registration date; the household head is {age}."),
        {"max_age": hi, "age": age},
    )


def check_product_rules(
    product: LoanProduct,
    *,
    household_status: str,
    birth_date: date | None,
    amount_fen: int | None,
    term_months: int | None,
    on_date: date,
    status_label: str = "",
    product_label: str = "",
    status_labels: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Every limit of `product` this demand breaks, as errors (plus a warning when the age is unknown).

    `status_labels` (code → label) names the allowed statuses in the message; codes otherwise.
    """
    name = product_label or product.name_en
    problems: list[Problem] = []
    if product.eligible_statuses is not None and household_status not in product.eligible_statuses:
        problems.append(
            Problem(
                "product_code",
                N_("The {product} is only for these households: {allowed}. This household is: {status}."),
                {
                    "product": name,
                    "allowed": _allowed_statuses(product, status_labels),
                    "status": status_label or household_status,
                },
            )
        )
    if product.min_age is not None or product.max_age is not None:
        if birth_date is None:
            problems.append(
                Problem(
                    "product_code",
                    N_(
                        "The household head's birth date is unknown, so the age limit of the {product} cannot be "
                        "checked. Enter the ID number of the household head."
                    ),
                    {"product": name},
                    warning=True,
                )
            )
        else:
            p = _age_problem(product, age_on(birth_date, on_date), "product_code")
            if p:
                problems.append(p)
    if product.max_amount_fen is not None and amount_fen is not None and amount_fen > product.max_amount_fen:
        problems.append(
            Problem(
                "amount_fen",
                N_("The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was asked."),
                {
                    "product": name,
                    "max_yuan": format_yuan(product.max_amount_fen),
                    "amount_yuan": format_yuan(amount_fen),
                },
            )
        )
    if product.max_term_months is not None and term_months is not None and term_months > product.max_term_months:
        problems.append(
            Problem(
                "term_months",
                N_("The {product} allows a term of at most {max_months} months; {months} months was asked."),
                {"product": name, "max_months": product.max_term_months, "months": term_months},
            )
        )
    return problems


def describe_eligibility(
    product: LoanProduct,
    household_status: str | None,
    birth_date: date | None,
    on_date: date,
    *,
    status_label: str = "",
    product_label: str = "",
    status_labels: Mapping[str, str] | None = None,
) -> list[Problem]:
    """What the product allows this household, for the form to show while it is filled in.

    Facts ("up to 50,000.00 yuan", "no collateral") come as warning=True problems on the field they
    concern; a reason the household cannot have the product at all (status, age) comes as an
    error (warning=False), the same problem :func:`check_product_rules` gives on saving.
    """
    name = product_label or product.name_en
    facts: list[Problem] = []

    def fact(field: str, message: str, **params: Any) -> None:
        facts.append(Problem(field, message, {"product": name, **params}, warning=True))

    if product.eligible_statuses is not None:
        if household_status is not None and household_status not in product.eligible_statuses:
            facts.append(
                Problem(
                    "product_code",
                    N_("The {product} is only for these households: {allowed}. This household is: {status}."),
                    {
                        "product": name,
                        "allowed": _allowed_statuses(product, status_labels),
                        "status": status_label or household_status,
                    },
                )
            )
        else:
            fact(
                "product_code",
                N_("The {product} is for these households: {allowed}."),
                allowed=_allowed_statuses(product, status_labels),
            )
    if product.min_age is not None or product.max_age is not None:
        age = age_on(birth_date, on_date) if birth_date else None
        problem = _age_problem(product, age, "product_code") if age is not None else None
        if problem:
            facts.append(problem)
        elif product.min_age is not None and product.max_age is not None:
            fact(
                "product_code",
                N_("Borrowers aged {min_age} to {max_age}."),
                min_age=product.min_age,
                max_age=product.max_age,
            )
        elif product.min_age is not None:
            fact("product_code", N_("Borrowers aged {min_age} or more."), min_age=product.min_age)
        else:
            fact("product_code", N_("Borrowers aged {max_age} or less."), max_age=product.max_age)
    if product.max_amount_fen is not None:
        fact("amount_fen", N_("Up to {max_yuan} yuan."), max_yuan=format_yuan(product.max_amount_fen))
    if product.max_term_months is not None:
        fact("term_months", N_("A term of up to {max_months} months."), max_months=product.max_term_months)
    if product.production_only:
        fact("purpose", N_("For production use only: note what the loan is for."))
    if product.collateral_free:
        fact("product_code", N_("No collateral and no guarantee needed."))
    if product.subsidised:
        fact("product_code", N_("The interest is subsidised."))
    if not product.active:
        fact("product_code", N_("The {product} is no longer offered."))
    return facts
