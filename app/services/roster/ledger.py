"""Rows of a ledger of loans already granted (银行贷款台账, issue #20 item 2).

A bank's or an office's ledger lists loans the bank has granted: borrower, ID number, village,
product (扶贫小额信贷 / 530 …), amount (元 or 万元), grant date, maturity or term, rate, balance,
repaid amount, bank, contract number, subsidy.  A row with a grant date is such a loan; it is
imported as a granted loan (or a repaid one) with its history dated as the ledger says, through
the loan book's service (``ws.loan_book.record_granted``, issue #18).

Balance.  What the household still owes is the amount less what it repaid.  A ledger gives the
balance, the repaid amount, or both: with both, ``amount − repaid`` must equal the balance — a
ledger whose columns disagree is wrong somewhere, and the row is refused with the three figures
rather than imported with one of them guessed.  With one, the other follows.  A balance of zero
is a repaid loan.  Repayments have no dates in most ledgers: the repaid principal is recorded as
one repayment on the 还款日期 column's date when there is one, else on the maturity date when it
has passed (a settled loan), else on the ledger's date (today), and the row says so.

Policy.  The loan is checked against the rules in force on its grant date (a loan that broke the
rules of its own time is an error of the row); where a rule has changed since — the household
cap, the rate cap, the longest term — a loan granted under the old rule is imported with a
warning naming the rule, never refused for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.dates import parse_date
from app.domain.errors import Problem, ValidationError
from app.domain.money import format_yuan, parse_rate_percent
from app.i18n import N_
from app.services.roster import values as cv


@dataclass(slots=True)
class GrantedLoan:
    """A ledger row's loan, checked: what record_granted needs and the balance it must come to."""

    product_code: str
    registered_on: str
    granted_on: str
    amount_fen: int
    term_months: int | None
    maturity_on: str | None
    rate_bp: int | None
    repaid_fen: int
    balance_fen: int
    repaid_on: str | None
    bank: str = ""
    contract_no: str = ""
    subsidy_fen: int | None = None
    purpose: str = ""
    repayments: list[dict] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "repaid" if self.balance_fen == 0 else "granted"


def money(value: Any, multiplier: Decimal, field_name: str) -> int:
    """An amount cell as fen; zero allowed (a balance of 0, nothing repaid)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == 0:
        return 0
    if isinstance(value, str) and value.strip().replace(",", "") in ("0", "0.0", "0.00", "-", "—"):
        return 0
    return cv.amount_fen(value, multiplier, field_name)


def rate_bp(value: Any) -> int:
    """4.35, "4.35%", or a ledger's 0.0435 (a fraction, as some bank systems export it) → 435."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 0.3:
        value = Decimal(repr(value)) * 100
    elif isinstance(value, str):
        text = value.strip().removesuffix("%")
        try:
            number = Decimal(text)
        except ArithmeticError:
            number = None
        if number is not None and 0 < number < Decimal("0.3") and not value.strip().endswith("%"):
            value = number * 100
    return parse_rate_percent(value, "rate_bp")


def add_months(d: date, n: int) -> date:
    import calendar

    month = d.month - 1 + n
    year, month = d.year + month // 12, month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if end.day >= start.day or add_months(start, months) <= end else months - 1


def read_granted(
    raw: dict[str, Any],
    columns: dict[str, int | None],
    multipliers: dict[str, Decimal],
    months_per_unit: int,
    product_code: str | None,
    today: date,
    errors: list,
    warnings: list,
    finding,
) -> GrantedLoan | None:
    """The granted loan of a ledger row (`raw`: field key → cell), or None with `errors` filled.
    `finding(problem, key)` makes a Finding at the column of field `key`."""

    def bad(exc: ValidationError, key: str) -> None:
        errors.append(finding(exc.problem, key))

    granted = None
    try:
        granted = parse_date(raw["granted_on"], "granted_on")
        if granted > today:
            errors.append(
                finding(
                    Problem(
                        "granted_on",
                        N_("The grant date {date} is in the future; today is {today}."),
                        {"date": granted.isoformat(), "today": today.isoformat()},
                    ),
                    "granted_on",
                )
            )
    except ValidationError as exc:
        bad(exc, "granted_on")
    amount = None
    if raw.get("amount") is None:
        errors.append(finding(Problem("amount_fen", N_("Enter the amount granted, in yuan.")), "amount"))
    else:
        try:
            amount = cv.amount_fen(raw["amount"], multipliers["amount"])
        except ValidationError as exc:
            bad(exc, "amount")
    term = maturity = None
    try:
        term = cv.term_months(raw.get("term"), months_per_unit)
    except ValidationError as exc:
        bad(exc, "term")
    if raw.get("maturity_on") is not None:
        try:
            maturity = parse_date(raw["maturity_on"], "maturity_on")
        except ValidationError as exc:
            bad(exc, "maturity_on")
    rate = None
    if raw.get("rate") is not None:
        try:
            rate = rate_bp(raw["rate"])
        except ValidationError as exc:
            bad(exc, "rate")
    repaid = balance = subsidy = None
    for key in ("repaid", "balance", "subsidy"):
        if raw.get(key) is None:
            continue
        try:
            value = money(raw[key], multipliers[key], key + "_fen")
        except ValidationError as exc:
            bad(exc, key)
            continue
        if key == "repaid":
            repaid = value
        elif key == "balance":
            balance = value
        else:
            subsidy = value
    repaid_on = None
    if raw.get("repaid_on") is not None:
        try:
            repaid_on = parse_date(raw["repaid_on"], "repaid_on")
        except ValidationError as exc:
            bad(exc, "repaid_on")
    if product_code is None:
        errors.append(
            finding(
                Problem(
                    "product_code",
                    N_(
                        "The row is a loan but names no loan product. Add a product column, or choose the product for rows "
                        "without one."
                    ),
                    {},
                ),
                "product",
            )
        )
    if errors or granted is None or amount is None:
        return None

    # maturity and term: one gives the other; both given must agree (to the month)
    if maturity is None and term is None:
        errors.append(
            finding(
                Problem(
                    "maturity_on",
                    N_(
                        "Enter the maturity date or the term of the loan: a loan without a maturity can never be overdue."
                    ),
                    {},
                ),
                "maturity_on",
            )
        )
        return None
    if maturity is not None and maturity <= granted:
        errors.append(
            finding(
                Problem(
                    "maturity_on",
                    N_("The maturity date {maturity} must be after the grant date {granted}."),
                    {"maturity": maturity.isoformat(), "granted": granted.isoformat()},
                ),
                "maturity_on",
            )
        )
        return None
    if maturity is None:
        maturity = add_months(granted, term)
    elif term is None:
        term = max(1, months_between(granted, maturity))
    elif add_months(granted, term) != maturity:
        warnings.append(
            finding(
                Problem(
                    "maturity_on",
                    N_(
                        "The term of {months} months from {granted} ends on {expected}, not on the maturity date {maturity}; "
                        "the maturity date is kept."
                    ),
                    {
                        "months": term,
                        "granted": granted.isoformat(),
                        "expected": add_months(granted, term).isoformat(),
                        "maturity": maturity.isoformat(),
                    },
                    warning=True,
                ),
                "maturity_on",
            )
        )

    # balance = amount − repaid, checked against the balance column where there is one
    if repaid is None and balance is None:
        repaid, balance = 0, amount
    elif balance is None:
        balance = amount - repaid
    elif repaid is None:
        repaid = amount - balance
    elif amount - repaid != balance:
        errors.append(
            finding(
                Problem(
                    "balance_fen",
                    N_(
                        "The balance {balance} yuan is not the amount {amount} yuan less the {repaid} yuan repaid ({expected} "
                        "yuan). Correct the ledger row."
                    ),
                    {
                        "balance": format_yuan(balance),
                        "amount": format_yuan(amount),
                        "repaid": format_yuan(repaid),
                        "expected": format_yuan(amount - repaid),
                    },
                ),
                "balance",
            )
        )
        return None
    if repaid < 0 or balance < 0 or repaid > amount:
        errors.append(
            finding(
                Problem(
                    "balance_fen",
                    N_(
                        "The repaid amount {repaid} yuan and the balance {balance} yuan do not fit a loan of {amount} yuan."
                    ),
                    {"repaid": format_yuan(repaid), "balance": format_yuan(balance), "amount": format_yuan(amount)},
                ),
                "balance" if raw.get("balance") is not None else "repaid",
            )
        )
        return None

    repayments = []
    if repaid:
        on = repaid_on
        if on is None:
            on = maturity if maturity <= today and balance == 0 else today
            warnings.append(
                finding(
                    Problem(
                        "repaid_on",
                        N_("The ledger gives no repayment date: the {repaid} yuan repaid are recorded on {date}."),
                        {"repaid": format_yuan(repaid), "date": on.isoformat()},
                        warning=True,
                    ),
                    "repaid",
                )
            )
        if on < granted:
            errors.append(
                finding(
                    Problem(
                        "repaid_on",
                        N_("The repayment date {date} is before the grant date {granted}."),
                        {"date": on.isoformat(), "granted": granted.isoformat()},
                    ),
                    "repaid_on",
                )
            )
            return None
        repayments.append({"paid_on": on.isoformat(), "principal_fen": repaid, "interest_fen": 0, "notes": "台账导入"})
    registered = granted
    if raw.get("registered_on") is not None:
        try:
            registered = min(parse_date(raw["registered_on"], "registered_on"), granted)
        except ValidationError as exc:
            bad(exc, "registered_on")
            return None
    return GrantedLoan(
        product_code=product_code,
        registered_on=registered.isoformat(),
        granted_on=granted.isoformat(),
        amount_fen=amount,
        term_months=term,
        maturity_on=maturity.isoformat(),
        rate_bp=rate,
        repaid_fen=repaid,
        balance_fen=balance,
        repaid_on=repayments[0]["paid_on"] if repayments else None,
        bank=cv.clean_text(raw.get("bank")) if raw.get("bank") is not None else "",
        contract_no=cv.clean_text(raw.get("contract_no")) if raw.get("contract_no") is not None else "",
        subsidy_fen=subsidy,
        purpose=cv.clean_text(raw.get("purpose")) if raw.get("purpose") is not None else "",
        repayments=repayments,
    )
