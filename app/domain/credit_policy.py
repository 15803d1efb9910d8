"""The poverty-credit policy as data: one dated version of a product's rules, and the checks a
grant or a servicing step must pass under the version in force on its date.

A version (a row of ``ref_loan_policy``) says, from its ``effective_from`` date on:

- the product's own limits (amount, term, eligible household statuses, age) — as
  :class:`app.domain.products.LoanProduct` did, now dated;
- the **family** the product belongs to and the **household cap** across that family: the 530 loan,
  扶贫小额信贷 and 脱贫人口小额信贷 are one programme, and the seeds' 5万 limit is per household
  (户) across all of its loans in the family that are not yet repaid (Qinghai seed 004 §三.(二).3:
  "为符合条件的建档立卡贫困户给予５万元以下、３年以内的信用贷款"); the rural-tourism loan is the same
  programme with a larger household limit (Wulong seed §十一: "5万元额度（发展乡村旅游的贴息贷款规模
  不超过10万元）"), so the cap that bounds the family total is the cap of the product being granted;
- the **rate rule**: ``lpr_tier`` caps the rate by the term at the base rate of the grant date
  ("原则上执行基准利率", seed 004): from the LPR reform of 2019-08-20 the 1-year LPR up to 12 months and
  the 5-year LPR beyond (DESIGN §4); before it the PBOC benchmark lending rate of the term's tier
  (≤ 1 year, 1–5 years, > 5 years; migration 21).  ``county`` caps it at the county's own figure,
  ``none`` leaves it to the bank;
- the **subsidy**: the share of the interest the treasury pays (10,000 bp = 全额贴息, seed 004; a
  county may lower it for a policy year, e.g. 7,000) on the principal up to ``subsidy_cap_fen`` (a
  top-up above 5万 is not subsidised), never above the rate cap ("按不高于同期基准利率给予贴息",
  Wulong seed §十一), and nothing from the day the loan defaults;
- the **age rule**: 18–65 "in principle" (原则上) is the national rule (《扶贫小额信贷工作指南》, 2017),
  not in the seeds: with ``age_in_principle`` an age outside is allowed when the exception's reason is
  recorded; without it the age is a hard limit.

Nothing here reads the database; the service passes the versions and the base rates in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable, Mapping, Sequence

from app.domain.dates import add_months, age_on, from_iso
from app.domain.errors import Problem
from app.domain.money import format_rate, format_yuan
from app.i18n import N_

FULL_SHARE_BP = 10_000
RATE_RULES = ("lpr_tier", "county", "none")
#: the base-rate series the rate rule reads (``ref_base_rate.code``)
LPR_1Y, LPR_5Y = "lpr_1y", "lpr_5y"
#: the PBOC benchmark lending rate's tiers before the reform: ≤ 1 year, 1–5 years, > 5 years
PBC_1Y, PBC_1_5Y, PBC_5Y_PLUS = "pbc_1y", "pbc_1_5y", "pbc_5y_plus"
#: from this day new loans are priced on the LPR, no longer on the benchmark rate
#: (中国人民银行公告〔2019〕第15号, 2019-08-17: "自2019年8月20日起 … 各银行应在新发放的贷款中主要参考贷款市场报价利率定价")
LPR_REFORM = date(2019, 8, 20)


@dataclass(frozen=True)
class PolicyVersion:
    product_code: str
    effective_from: date
    family: str | None = None
    max_amount_fen: int | None = None
    household_cap_fen: int | None = None
    max_term_months: int | None = None
    eligible_statuses: tuple[str, ...] | None = None
    min_age: int | None = None
    max_age: int | None = None
    age_in_principle: bool = False
    rate_rule: str = "none"
    county_rate_cap_bp: int | None = None
    subsidy_share_bp: int = 0
    subsidy_cap_fen: int | None = None
    collateral_free: bool = False
    source: str = "release"  # 'release' (seeded) or the code of the office that set it
    note: str = ""

    @property
    def subsidised(self) -> bool:
        return self.subsidy_share_bp > 0

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "PolicyVersion":
        statuses = row.get("eligible_statuses")
        if isinstance(statuses, str):
            statuses = json.loads(statuses) if statuses.strip() else None
        return cls(
            product_code=row["product_code"],
            effective_from=from_iso(row["effective_from"]),
            family=row.get("family") or None,
            max_amount_fen=row.get("max_amount_fen"),
            household_cap_fen=row.get("household_cap_fen"),
            max_term_months=row.get("max_term_months"),
            eligible_statuses=None if statuses is None else tuple(statuses),
            min_age=row.get("min_age"),
            max_age=row.get("max_age"),
            age_in_principle=bool(row.get("age_in_principle", 0)),
            rate_rule=row.get("rate_rule") or "none",
            county_rate_cap_bp=row.get("county_rate_cap_bp"),
            subsidy_share_bp=int(row.get("subsidy_share_bp") or 0),
            subsidy_cap_fen=row.get("subsidy_cap_fen"),
            collateral_free=bool(row.get("collateral_free", 0)),
            source=row.get("source") or "release",
            note=row.get("note") or "",
        )

    def to_row(self) -> dict[str, Any]:
        return {
            "product_code": self.product_code,
            "effective_from": self.effective_from.isoformat(),
            "family": self.family,
            "max_amount_fen": self.max_amount_fen,
            "household_cap_fen": self.household_cap_fen,
            "max_term_months": self.max_term_months,
            "eligible_statuses": None if self.eligible_statuses is None else json.dumps(list(self.eligible_statuses)),
            "min_age": self.min_age,
            "max_age": self.max_age,
            "age_in_principle": int(self.age_in_principle),
            "rate_rule": self.rate_rule,
            "county_rate_cap_bp": self.county_rate_cap_bp,
            "subsidy_share_bp": self.subsidy_share_bp,
            "subsidy_cap_fen": self.subsidy_cap_fen,
            "collateral_free": int(self.collateral_free),
            "source": self.source,
            "note": self.note,
        }


def in_force(versions: Iterable[PolicyVersion], product_code: str, on: date) -> PolicyVersion | None:
    """The version of `product_code` in force on `on`: the latest one that began on or before it."""
    best = None
    for v in versions:
        if (
            v.product_code == product_code
            and v.effective_from <= on
            and (best is None or v.effective_from > best.effective_from)
        ):
            best = v
    return best


@dataclass(frozen=True)
class BaseRates:
    """Dated base-rate series (``ref_base_rate``): code → [(from, bp)], any order."""

    series: Mapping[str, Sequence[tuple[date, int]]] = field(default_factory=dict)
    fallback_bp: int | None = None  # the ``base_rate_bp`` setting, for a date before every row

    def on(self, code: str, day: date) -> int | None:
        best = None
        for start, bp in self.series.get(code, ()):
            if start <= day and (best is None or start > best[0]):
                best = (start, bp)
        return best[1] if best else self.fallback_bp


def rate_cap_bp(policy: PolicyVersion, term_months: int, on: date, rates: BaseRates) -> int | None:
    """The highest rate the policy allows for a loan of `term_months` granted on `on` (None: no cap)."""
    if policy.rate_rule == "county":
        return policy.county_rate_cap_bp
    if policy.rate_rule == "lpr_tier":
        return rates.on(base_rate_series(term_months, on), on)
    return None


def base_rate_series(term_months: int, on: date) -> str:
    """The series that is "the base rate" for a loan of `term_months` granted on `on`."""
    if on >= LPR_REFORM:
        return LPR_1Y if term_months <= 12 else LPR_5Y
    return PBC_1Y if term_months <= 12 else PBC_1_5Y if term_months <= 60 else PBC_5Y_PLUS


def subsidy_terms(
    versions: Iterable[PolicyVersion], product_code: str, term_months: int, granted_on: date, rates: BaseRates
) -> list:
    """Every version's subsidy rule for a loan of this product and term granted on `granted_on`,
    by its start date.  The subsidy rate is capped at the base rate of the loan's term tier on
    the grant date ("按不高于同期基准利率给予贴息", Wulong seed §十一): the loan's rate is fixed then."""
    from app.domain.loan_ledger import SubsidyTerms

    return [
        SubsidyTerms(
            v.effective_from,
            v.subsidy_share_bp,
            v.subsidy_cap_fen,
            rate_cap_bp(v, term_months, max(v.effective_from, granted_on), rates),
        )
        for v in sorted(versions, key=lambda v: v.effective_from)
        if v.product_code == product_code
    ]


def term_months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end`, a part month counting as one (a maturity one day past
    36 months is a 37-month loan)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) < end:
        months += 1
    return months


@dataclass(frozen=True)
class FamilyLoan:
    """A loan of the household that counts against the family cap: its product and its balance."""

    loan_id: str
    product_code: str
    family: str | None
    balance_fen: int


def family_outstanding_fen(loans: Iterable[FamilyLoan], family: str | None, *, excluding: str = "") -> int:
    if not family:
        return 0
    return sum(loan.balance_fen for loan in loans if loan.family == family and loan.loan_id != excluding)


def check_household_cap(
    policy: PolicyVersion,
    new_principal_fen: int,
    others: Iterable[FamilyLoan],
    *,
    loan_id: str = "",
    product_label: str = "",
) -> list[Problem]:
    """The family total with `new_principal_fen` added must stay within the product's household cap."""
    if policy.household_cap_fen is None or not policy.family:
        return []
    others = list(others)
    outstanding = family_outstanding_fen(others, policy.family, excluding=loan_id)
    if outstanding + new_principal_fen <= policy.household_cap_fen:
        return []
    return [
        Problem(
            "granted_fen",
            N_(
                "The household already owes {outstanding_yuan} yuan on loans of this programme; with {amount_yuan} "
                "yuan more it would owe {total_yuan} yuan, above the limit of {cap_yuan} yuan per household for the "
                "{product}."
            ),
            {
                "outstanding_yuan": format_yuan(outstanding),
                "amount_yuan": format_yuan(new_principal_fen),
                "total_yuan": format_yuan(outstanding + new_principal_fen),
                "cap_yuan": format_yuan(policy.household_cap_fen),
                "product": product_label or policy.product_code,
            },
        )
    ]


def check_age(policy: PolicyVersion, birth_date: date | None, on: date, exception_reason: str = "") -> list[Problem]:
    """The age rule: a hard limit, or (原则上) a limit an exception with a reason may pass."""
    if policy.min_age is None and policy.max_age is None:
        return []
    if birth_date is None:
        return [
            Problem(
                "product_code",
                N_(
                    "The household head's birth date is unknown, so the age rule "
                    "cannot be checked. Enter the ID number of the household head."
                ),
                warning=True,
            )
        ]
    age = age_on(birth_date, on)
    lo, hi = policy.min_age, policy.max_age
    if (lo is None or age >= lo) and (hi is None or age <= hi):
        return []
    params = {"min_age": lo if lo is not None else 0, "max_age": hi if hi is not None else 150, "age": age}
    if policy.age_in_principle:
        if (exception_reason or "").strip():
            return [
                Problem(
                    "exception_reason",
                    N_(
                        "The borrower is {age}, outside the ages {min_age} to {max_age} that apply in principle; "
                        "the exception is recorded with its reason."
                    ),
                    params,
                    warning=True,
                )
            ]
        return [
            Problem(
                "exception_reason",
                N_(
                    "The borrower is {age}; borrowers are {min_age} to {max_age} in principle. Record the reason "
                    "for an exception, or choose another product."
                ),
                params,
            )
        ]
    return [
        Problem(
            "product_code",
            N_(
                "The borrower must be between {min_age} and {max_age} years old on "
                "the registration date; the household head is {age}."
            ),
            params,
        )
    ]


@dataclass(frozen=True)
class GrantTerms:
    """What a grant will record once its checks pass."""

    granted_fen: int
    granted_on: date
    maturity_on: date
    rate_bp: int
    term_months: int
    subsidised_principal_fen: int  # the part of the principal the subsidy is paid on


def check_grant(
    policy: PolicyVersion,
    *,
    granted_fen: int,
    granted_on: date,
    term_months: int | None,
    maturity_on: date | None,
    rate_bp: int | None,
    rates: BaseRates,
    family_loans: Iterable[FamilyLoan],
    household_status: str | None = None,
    loan_id: str = "",
    product_label: str = "",
) -> tuple[GrantTerms | None, list[Problem]]:
    """Check a grant against the policy in force on its date; the terms to record, or the problems.

    The maturity is the grant date plus the term (given, or from the demand) and never beyond the
    product's longest term; the rate defaults to the cap and may not exceed it; the household cap
    counts the family's other loans not yet repaid.
    """
    name = product_label or policy.product_code
    problems: list[Problem] = []
    if (
        policy.eligible_statuses is not None
        and household_status is not None
        and household_status not in policy.eligible_statuses
    ):
        problems.append(
            Problem("product_code", N_("The {product} is not for this household's status."), {"product": name})
        )
    if policy.max_amount_fen is not None and granted_fen > policy.max_amount_fen:
        problems.append(
            Problem(
                "granted_fen",
                N_("The {product} allows at most {max_yuan} yuan per loan; {amount_yuan} yuan was granted."),
                {
                    "product": name,
                    "max_yuan": format_yuan(policy.max_amount_fen),
                    "amount_yuan": format_yuan(granted_fen),
                },
            )
        )
    else:  # (a loan alone above the limit needs no second sentence about the household)
        problems += check_household_cap(policy, granted_fen, family_loans, loan_id=loan_id, product_label=name)
    if maturity_on is None and term_months:
        maturity_on = add_months(granted_on, term_months)
    if maturity_on is None:
        problems.append(
            Problem(
                "maturity_on",
                N_("Enter the maturity date or the term in months: a loan without a maturity can never be overdue."),
            )
        )
        return None, problems
    if maturity_on <= granted_on:
        problems.append(
            Problem(
                "maturity_on",
                N_("The maturity date {maturity} must be after the grant date {date}."),
                {"maturity": maturity_on.isoformat(), "date": granted_on.isoformat()},
            )
        )
        return None, problems
    months = term_months_between(granted_on, maturity_on)
    if policy.max_term_months is not None and months > policy.max_term_months:
        problems.append(
            Problem(
                "maturity_on",
                N_(
                    "The {product} allows a term of at most {max_months} months: the maturity can be {latest} at the "
                    "latest; {maturity} was given."
                ),
                {
                    "product": name,
                    "max_months": policy.max_term_months,
                    "latest": add_months(granted_on, policy.max_term_months).isoformat(),
                    "maturity": maturity_on.isoformat(),
                },
            )
        )
    cap = rate_cap_bp(policy, months, granted_on, rates)
    if rate_bp is None:
        rate_bp = cap
    if rate_bp is None:
        problems.append(Problem("rate_bp", N_("Enter the rate the bank charges.")))
    elif rate_bp < 0:
        problems.append(Problem("rate_bp", N_("A rate cannot be negative.")))
    elif cap is not None and rate_bp > cap:
        problems.append(
            Problem(
                "rate_bp",
                N_(
                    "The {product} allows at most {cap} a year for a term of {months} months on {date}; {rate} was "
                    "given."
                ),
                {
                    "product": name,
                    "cap": format_rate(cap),
                    "months": months,
                    "date": granted_on.isoformat(),
                    "rate": format_rate(rate_bp),
                },
            )
        )
    if problems:
        return None, problems
    subsidised = granted_fen if policy.subsidy_cap_fen is None else min(granted_fen, policy.subsidy_cap_fen)
    return GrantTerms(granted_fen, granted_on, maturity_on, rate_bp, months, subsidised if policy.subsidised else 0), []


def with_changes(policy: PolicyVersion, **changes) -> PolicyVersion:
    return replace(policy, **changes)
