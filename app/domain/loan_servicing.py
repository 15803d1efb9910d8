"""The servicing steps after a grant — repayment, extension (展期), top-up (追加), default,
risk-compensation claim (风险补偿金), recovery, write-off — and the rule each one answers to.

Lifecycle after the grant: granted → repaid (the balance reaches 0), granted → defaulted →
written_off, defaulted → repaid (recovered in full).  Extension, top-up and claim leave the status
as it is and are recorded as steps (``loan_event.step``).

The rules, each with where it comes from (:data:`STEP_RULES`, shown in the loans page's rules panel):

- Extension: only for a borrower who cannot repay for reasons other than unwillingness (Wulong seed
  §三十二: "区别对待贫困户不良贷款，在剔除主观恶意欠款不还的情况下，可予以贷款展期或延长贷款期限") —
  so a reason is required; asked for before the maturity, and in total no longer than the original
  term for a loan of up to a year, half of it for one of up to five years, three years beyond
  (人民银行《贷款通则》(1996) 第十二条, the national rule where the seeds are silent).
- Top-up: "对通过追加贷款可以渡过难关的，应予以追加贷款扶持" (Wulong seed §三十二); it falls due with
  the loan; the part of the principal above the policy's subsidy cap (5万) earns no subsidy.
- Default: a loan with principal past due; the subsidy stops from that day (DESIGN §4).
- Compensation claim: on a defaulted loan, at most what is still owed, from the county's risk fund
  ("县建风险补偿金", 《扶贫小额信贷工作指南》 2017).
- Write-off: a defaulted loan only (核销 follows a loss that the bank has recognised).
"""

from __future__ import annotations

from datetime import date

from app.domain.dates import add_months
from app.domain.errors import Problem
from app.domain.loan_ledger import LoanFacts
from app.domain.money import MAX_FEN, format_yuan, too_large
from app.i18n import N_

#: servicing steps that keep the status
KEEP_STATUS_STEPS = ("extend", "top_up", "claim")
#: the status each status-changing servicing step leads to, from the statuses it may start in
STEP_TRANSITIONS = {
    "default": ({"granted"}, "defaulted"),
    "write_off": ({"defaulted"}, "written_off"),
    "extend": ({"granted"}, "granted"),
    "top_up": ({"granted"}, "granted"),
    "claim": ({"defaulted", "written_off"}, None),
}
#: statuses in which a repayment (or a recovery) may be recorded
REPAYABLE = {"granted": "repayment", "defaulted": "recovery", "written_off": "recovery"}

STEP_RULES: dict[str, list[str]] = {
    "repay": [
        N_(
            "A repayment is split into principal and interest as the bank receipt shows; the principal "
            "paid may not exceed what is owed. The loan is repaid when nothing is owed."
        )
    ],
    "extend": [
        N_(
            "Extension only when the borrower cannot repay for reasons other than unwillingness: give the reason "
            "(Wulong seed §32: 在剔除主观恶意欠款不还的情况下，可予以贷款展期)."
        ),
        N_(
            "Asked for before the maturity; in total at most the original term for loans up to one year, half "
            "of it up to five years, three years beyond (《贷款通则》 art. 12)."
        ),
    ],
    "top_up": [
        N_(
            "A top-up when more money helps the household through (Wulong seed §32: 对通过追加贷款可以渡过"
            "难关的，应予以追加贷款扶持); the part above the subsidy cap earns no subsidy."
        )
    ],
    "default": [
        N_("Only a loan with principal past due can be marked as defaulted; the interest subsidy stops from that day.")
    ],
    "claim": [
        N_(
            "A claim on the county's risk-compensation fund (县建风险补偿金) for a defaulted loan, at most "
            "what is still owed."
        )
    ],
    "write_off": [N_("Only a defaulted loan can be written off; recoveries are still recorded afterwards.")],
}


def extension_limit_months(original_term_months: int) -> int:
    """The longest total extension 《贷款通则》第十二条 allows for a loan of this term."""
    if original_term_months <= 12:
        return original_term_months
    if original_term_months <= 60:
        return original_term_months // 2
    return 36


def _status_problem(step: str, status: str, labels: dict | None) -> list[Problem]:
    allowed, _ = STEP_TRANSITIONS[step]
    if status in allowed:
        return []
    return [
        Problem(
            "status",
            N_("A loan that is {status} cannot take this step."),
            {"status": (labels or {}).get(status, status)},
        )
    ]


def check_extension(
    facts: LoanFacts,
    *,
    status: str,
    on: date,
    new_maturity: date | None,
    reason: str,
    original_term_months: int,
    labels: dict | None = None,
) -> list[Problem]:
    problems = _status_problem("extend", status, labels)
    current = facts.maturity(on)
    if not (reason or "").strip():
        problems.append(
            Problem(
                "reason",
                N_(
                    "Give the reason the household cannot repay on time: an extension is only for borrowers who are "
                    "not simply unwilling to repay."
                ),
            )
        )
    if on > current:
        problems.append(
            Problem(
                "on_date",
                N_(
                    "An extension must be asked for by the maturity ({maturity}); after it, record the default or the "
                    "repayment instead."
                ),
                {"maturity": current.isoformat()},
            )
        )
    if new_maturity is None:
        problems.append(Problem("maturity_on", N_("Enter the new maturity date.")))
        return problems
    if new_maturity <= current:
        problems.append(
            Problem(
                "maturity_on",
                N_("The new maturity must be after the current one ({maturity})."),
                {"maturity": current.isoformat()},
            )
        )
        return problems
    limit = extension_limit_months(original_term_months)
    latest = add_months(facts.maturity_on, limit)
    if new_maturity > latest:
        problems.append(
            Problem(
                "maturity_on",
                N_(
                    "Extensions of a {months}-month loan may add at most {limit} months in total: the maturity can be "
                    "{latest} at the latest."
                ),
                {"months": original_term_months, "limit": limit, "latest": latest.isoformat()},
            )
        )
    if facts.owed_principal(on) <= 0:
        problems.append(Problem("status", N_("Nothing is owed on this loan: there is nothing to extend.")))
    return problems


def check_top_up(
    facts: LoanFacts, *, status: str, on: date, amount_fen: int | None, reason: str, labels: dict | None = None
) -> list[Problem]:
    problems = _status_problem("top_up", status, labels)
    if not amount_fen or amount_fen <= 0:
        problems.append(Problem("amount_fen", N_("Enter the amount of the top-up (more than zero).")))
    if on >= facts.maturity(on):
        problems.append(
            Problem(
                "on_date",
                N_("A top-up must be made before the maturity ({maturity})."),
                {"maturity": facts.maturity(on).isoformat()},
            )
        )
    if not (reason or "").strip():
        problems.append(Problem("reason", N_("Give the reason for the top-up: what it helps the household through.")))
    return problems


def check_default(facts: LoanFacts, *, status: str, on: date, reason: str, labels: dict | None = None) -> list[Problem]:
    problems = _status_problem("default", status, labels)
    late, days = facts.overdue(on)
    if not late:
        problems.append(
            Problem(
                "on_date",
                N_("On {date} nothing of this loan is past due: only an overdue loan can be marked as defaulted."),
                {"date": on.isoformat()},
            )
        )
    if not (reason or "").strip():
        problems.append(Problem("reason", N_("Give the reason the loan is in default.")))
    return problems


def check_claim(
    facts: LoanFacts,
    *,
    status: str,
    on: date,
    amount_fen: int | None,
    already_claimed_fen: int,
    labels: dict | None = None,
) -> list[Problem]:
    problems = _status_problem("claim", status, labels)
    owed = facts.owed_principal(on)
    if not amount_fen or amount_fen <= 0:
        problems.append(Problem("amount_fen", N_("Enter the amount claimed (more than zero).")))
    elif amount_fen + already_claimed_fen > owed:
        problems.append(
            Problem(
                "amount_fen",
                N_(
                    "At most {owed_yuan} yuan is owed, of which {claimed_yuan} yuan was already claimed; {amount_yuan} yuan "
                    "is too much."
                ),
                {
                    "owed_yuan": format_yuan(owed),
                    "claimed_yuan": format_yuan(already_claimed_fen),
                    "amount_yuan": format_yuan(amount_fen),
                },
            )
        )
    return problems


def check_write_off(*, status: str, reason: str, labels: dict | None = None) -> list[Problem]:
    problems = _status_problem("write_off", status, labels)
    if not (reason or "").strip():
        problems.append(Problem("reason", N_("Give the reason for the write-off.")))
    return problems


def check_repayment(
    facts: LoanFacts, *, status: str, on: date, principal_fen: int, interest_fen: int, labels: dict | None = None
) -> list[Problem]:
    problems: list[Problem] = []
    if status not in REPAYABLE:
        problems.append(
            Problem(
                "status",
                N_("A loan that is {status} takes no repayment."),
                {"status": (labels or {}).get(status, status)},
            )
        )
        return problems
    if principal_fen < 0 or interest_fen < 0:
        problems.append(Problem("amount_fen", N_("Amounts repaid cannot be negative.")))
    elif principal_fen + interest_fen <= 0:
        problems.append(Problem("amount_fen", N_("Enter the amount repaid (more than zero).")))
    elif interest_fen > MAX_FEN:  # principal is bounded by what is owed; interest by the ceiling
        problems.append(too_large("interest_fen", interest_fen))
    if on < facts.granted_on:
        problems.append(
            Problem(
                "on_date",
                N_("The repayment date {date} is before the grant ({granted})."),
                {"date": on.isoformat(), "granted": facts.granted_on.isoformat()},
            )
        )
    owed = facts.owed_principal(date.max)
    if principal_fen > owed:
        problems.append(
            Problem(
                "amount_fen",
                N_("The principal repaid ({amount_yuan} yuan) is more than is owed ({owed_yuan} yuan)."),
                {"amount_yuan": format_yuan(principal_fen), "owed_yuan": format_yuan(owed)},
            )
        )
    return problems
