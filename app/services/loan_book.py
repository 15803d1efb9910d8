"""The loan book after the grant: granting under the policy in force, repayments, the servicing
steps, each loan's figures on a date, the due-and-overdue list, credit lines from ratings, and
recording a loan granted elsewhere with its history (the bank-ledger import builds on
:meth:`LoanBookService.record_granted`).

Every write goes through storage.records (version +1, audit entry in the same transaction) and
is pushed on the workspace's undo stack with the rows written beside it, so Undo takes back a
repayment or a step whole.  The loan row's roll-ups ``balance_fen`` and ``due_from`` are computed
again from the loan's own movements on every write (a few rows), never adjusted by a difference.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.credit_policy import FamilyLoan, check_grant, term_months_between
from app.domain.dates import from_iso, iso, parse_date, require_not_future
from app.domain.errors import NotFound, Problem, ValidationError, ValidationErrors
from app.domain.loan_ledger import LoanFacts, Movement, ageing_bucket, loan_facts
from app.domain import loan_servicing as servicing
from app.i18n import N_
from app.services.workspace import UndoEntry
from storage import household_status, loan_book, loan_subsidy, records
from storage.rollups import cut_after

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: steps of `step()` and the status they may lead to (None: unchanged)
STEPS = ("extend", "top_up", "default", "claim", "write_off")


@dataclass
class LoanFigures:
    """One loan on a date, as `loans show` prints it and the page's summary shows it."""

    id: str
    status: str
    as_of: str
    granted_fen: int | None
    granted_on: str | None
    maturity: str | None
    rate_bp: int | None
    balance_fen: int
    owed_fen: int
    overdue_fen: int
    overdue_days: int
    ageing: str | None
    interest_accrued_fen: int
    interest_paid_fen: int
    principal_paid_fen: int
    subsidy_fen: int
    subsidy_by_year: dict[int, int] = field(default_factory=dict)
    claimed_fen: int = 0


@dataclass
class BookFigures:
    """The loan book on a date and in a period (Home tiles, the monthly report)."""

    as_of: str
    loans: int  # loans on the books (granted or defaulted)
    balance_fen: int  # their principal outstanding
    overdue_loans: int
    overdue_fen: int  # whole balance of loans with principal past due (逾期贷款余额)
    overdue_rate_bp: int | None  # overdue / outstanding, basis points of 10,000
    payments: int  # repayments recorded in the period
    repaid_principal_fen: int
    repaid_interest_fen: int
    subsidy_due_fen: int  # the interest subsidy earned in the period


class LoanBookService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    # -- reading -------------------------------------------------------------------------------
    def loan(self, loan_id: str) -> dict:
        return records.get(self.db, "loan_demand", loan_id)

    def repayments(self, loan_id: str) -> list[dict]:
        return loan_book.repayments(self.db, loan_id)

    def facts(
        self, loan: dict, repayments: list[dict] | None = None, steps: list[dict] | None = None
    ) -> LoanFacts | None:
        """The loan's dated movements (None for a loan never granted); `repayments` and `steps`
        when the caller has read them for many loans at once (app.domain.loan_ledger.loan_facts)."""
        if not loan.get("granted_on") or not loan.get("granted_fen"):
            return None
        return loan_facts(
            loan,
            self.repayments(loan["id"]) if repayments is None else repayments,
            loan_book.events(self.db, loan["id"]) if steps is None else steps,
            self._base_rate(loan) if loan.get("rate_bp") is None else None,
        )

    def _base_rate(self, loan: dict) -> int | None:
        """The base rate of a loan stored without a rate (a loan older than the ledger)."""
        from app.domain.credit_policy import rate_cap_bp

        granted = from_iso(loan["granted_on"])
        maturity = from_iso(loan.get("original_maturity_on") or loan.get("maturity_on"))
        policy = self.ws.loan_policy.in_force(loan["product_code"], granted)
        if policy is None or maturity is None or maturity <= granted:
            return None
        return rate_cap_bp(policy, term_months_between(granted, maturity), granted, self.ws.loan_policy.base_rates())

    def figures(self, loan_id: str, as_of: date | None = None) -> LoanFigures:
        loan = self.loan(loan_id)
        on = as_of or date.today()
        facts = self.facts(loan)
        if facts is None:
            return LoanFigures(
                loan["id"],
                loan["status"],
                on.isoformat(),
                None,
                None,
                loan.get("maturity_on"),
                loan.get("rate_bp"),
                0,
                0,
                0,
                0,
                None,
                0,
                0,
                0,
                0,
            )
        late, days = facts.overdue(on)
        terms = self.ws.loan_policy.subsidy_terms(
            loan["product_code"], term_months_between(facts.granted_on, facts.maturity_on), facts.granted_on
        )
        by_year = facts.subsidy_by_year(terms, on)
        from app.domain.loan_ledger import half_up

        return LoanFigures(
            loan["id"],
            loan["status"],
            on.isoformat(),
            loan["granted_fen"],
            loan["granted_on"],
            facts.maturity(on).isoformat(),
            loan.get("rate_bp"),
            facts.balance_on(on),
            facts.owed_principal(on),
            late,
            days,
            ageing_bucket(days),
            half_up(facts.interest_accrued(on)),
            facts.interest_paid(on),
            facts.principal_paid(on),
            sum(by_year.values()),
            by_year,
            int(loan.get("claimed_fen") or 0),
        )

    def _village_id(self, village: str | None) -> str | None:
        if not village:
            return None
        village_id = self.db.scalar(
            "SELECT id FROM village WHERE (name_zh = ? OR name_bo = ? OR id = ?) AND deleted_at IS NULL",
            (village, village, village),
        )
        if village_id is None:
            raise ValidationError("village", N_("There is no village called {name} in this register."), name=village)
        return village_id

    def loans(
        self, *, on: date | None = None, village: str | None = None, household_id: str | None = None
    ) -> list[dict]:
        """Loans of a household or a village with their arrears on `on`."""
        on = on or date.today()
        rows = loan_book.loans(self.db, village_id=self._village_id(village), household_id=household_id)
        for r in rows:
            due = from_iso(r["due_from"]) if r["status"] in loan_book.ON_BOOK else None
            r["overdue_days"] = max(0, (on - due).days) if due else 0
            r["ageing"] = ageing_bucket(r["overdue_days"])
        return rows

    def due_list(
        self,
        *,
        on: date | None = None,
        within_days: int | None = None,
        overdue: bool = True,
        village: str | None = None,
        household_id: str | None = None,
    ) -> list[dict]:
        """Loans overdue on `on` and/or falling due within `within_days`: the office's visit list."""
        on = on or date.today()
        village_id = self._village_id(village)
        rows = loan_book.due_list(
            self.db,
            on=on.isoformat(),
            within_days=within_days,
            overdue=overdue,
            village_id=village_id,
            household_id=household_id,
        )
        for r in rows:
            due = from_iso(r["due_from"])
            r["overdue_days"] = max(0, (on - due).days)
            r["ageing"] = ageing_bucket(r["overdue_days"])
            r["days_to_due"] = max(0, (due - on).days)
        return rows

    def visit_list(
        self, *, on: date | None = None, within_days: int = 30, village: str | None = None, mode: str = "zh"
    ):
        """The loans to call on, per village: overdue on `on`, then those falling due within
        `within_days` (the document exports/pdf/visit_list.py prints), its labels in language `mode`."""
        from app.domain.visits import VisitList, VisitRow

        on = on or date.today()
        office = self.ws.require_office()
        rows = self.due_list(on=on, within_days=within_days, overdue=True, village=village)
        reference = self.ws.reference
        out = VisitList(
            office["name_zh"],
            office.get("name_bo") or "",
            on.isoformat(),
            within_days,
            village or "",
            products={p.code: reference.product_label(p.code, mode) for p in reference.products()},
        )
        for r in sorted(
            rows, key=lambda r: (r.get("village_zh") or "", r.get("group_name") or "", r["due_from"], r["name_zh"])
        ):
            row = VisitRow(
                r.get("village_zh") or "",
                r.get("village_bo") or "",
                r.get("group_name") or "",
                r["name_zh"],
                r.get("name_bo") or "",
                r.get("phone") or "",
                r["product_code"],
                int(r["balance_fen"] or 0),
                r["due_from"],
                r["overdue_days"],
                r["ageing"],
            )
            (out.overdue if r["due_from"] < on.isoformat() else out.due_soon).append(row)
        return out

    # -- the book's figures (Home tiles, monthly report) -------------------------------------------
    def book_figures(self, as_of: date, start: date, end: date, office_codes: list[str] | None = None) -> "BookFigures":
        """Outstanding balance and overdue balance now (`as_of`), repayments and the subsidy due
        between `start` and `end` (both included).  For the Home tiles and the monthly report;
        the monthly report's period logic (#19) decides which dates it passes."""
        totals = loan_book.book_totals(self.db, as_of.isoformat(), office_codes)
        repaid = self._repaid_between(start, end, office_codes)
        return BookFigures(
            as_of=as_of.isoformat(),
            loans=totals["loans"],
            balance_fen=totals["balance_fen"],
            overdue_loans=totals["overdue_loans"],
            overdue_fen=totals["overdue_fen"],
            overdue_rate_bp=(totals["overdue_fen"] * 10_000 // totals["balance_fen"])
            if totals["balance_fen"]
            else None,
            payments=repaid["payments"],
            repaid_principal_fen=repaid["principal_fen"],
            repaid_interest_fen=repaid["interest_fen"],
            subsidy_due_fen=self.subsidy_due(start, end, office_codes),
        )

    def book_figures_of(
        self, start: date, end: date, today: date, office_codes: list[str] | None = None
    ) -> BookFigures:
        """The book for the period from `start` to `end` as Home and the report show it: as it
        stood at the end of a period that has ended (:meth:`book_figures_at`, so that last month's
        figures on Home are its report's and never change, issue #19), today's for the running one."""
        if end < today:
            return self.book_figures_at(start, end, office_codes)
        return self.book_figures(today, start, min(end, today), office_codes)

    def book_figures_at(self, start: date, end: date, office_codes: list[str] | None = None) -> BookFigures:
        """:meth:`book_figures` of a closed period: the book as it stood at the end of `end` (loans
        moved since are replayed from their movements), repayments and subsidy of the period."""
        quiet, moved = loan_book.book_at(self.db, end.isoformat(), office_codes)
        loans, balance, overdue_loans, overdue = (
            quiet["loans"],
            quiet["balance_fen"],
            quiet["overdue_loans"],
            quiet["overdue_fen"],
        )
        pays, steps = loan_book.movements_of(self.db, [r["id"] for r in moved])
        for loan in moved:
            facts = self.facts(loan, pays.get(loan["id"], []), steps.get(loan["id"], []))
            if facts is None:
                continue
            on_book = facts.balance_on(end)
            if on_book <= 0:
                continue
            loans += 1
            balance += on_book
            if facts.overdue(end)[0]:
                overdue_loans += 1
                overdue += on_book
        repaid = self._repaid_between(start, end, office_codes)
        return BookFigures(
            as_of=end.isoformat(),
            loans=loans,
            balance_fen=balance,
            overdue_loans=overdue_loans,
            overdue_fen=overdue,
            overdue_rate_bp=(overdue * 10_000 // balance) if balance else None,
            payments=repaid["payments"],
            repaid_principal_fen=repaid["principal_fen"],
            repaid_interest_fen=repaid["interest_fen"],
            subsidy_due_fen=self.subsidy_due(start, end, office_codes),
        )

    def _closed_by_the_step(
        self, start: date, end: date, office_codes: list[str] | None = None
    ) -> list[tuple[str, int]]:
        """Loans closed with the "repaid" step from `start` to `end` while principal was still
        owed (no repayment recorded for it): (loan id, what was owed), which the ledger takes as
        repaid on that day (app.domain.loan_ledger.loan_facts)."""
        loans = [
            r
            for r in loan_book.repaid_by_step(self.db, start.isoformat(), end.isoformat())
            if not office_codes or r["office_code"] in office_codes
        ]
        pays, steps = loan_book.movements_of(self.db, [r["id"] for r in loans])
        out = []
        for loan in loans:
            # the loan's facts before the closing: what it owed then is the repayment it implies
            facts = self.facts({**loan, "status": "granted"}, pays.get(loan["id"], []), steps.get(loan["id"], []))
            owed = facts.owed_principal(date.max) if facts is not None else 0
            if owed > 0:
                out.append((loan["id"], owed))
        return out

    def _repaid_between(self, start: date, end: date, office_codes: list[str] | None = None) -> dict:
        """Payments and principal and interest repaid from `start` to `end`: those recorded, and
        the principal of the loans closed by the step alone (so that 已结清 and 本月还款 agree)."""
        repaid = loan_book.repaid_between(self.db, start.isoformat(), end.isoformat())
        for _loan_id, owed in self._closed_by_the_step(start, end, office_codes):
            repaid["payments"] += 1
            repaid["principal_fen"] += owed
        return repaid

    def drill_ids(self, key: str, today: date, start: date, end: date) -> list[str]:
        """The loans behind a Home tile of the book (loan_balance, overdue_balance, repaid_in_period,
        subsidy_due); for a period that ended before `today`, the loans on the book at its end, the
        ones its tile counts (:meth:`book_figures_of`)."""
        if key in ("loan_balance", "overdue_balance") and end < today:
            return self._book_ids_at(end, overdue=key == "overdue_balance")
        if key == "repaid_in_period":
            recorded = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT loan_demand_id FROM loan_repayment WHERE deleted_at IS NULL"
                    " AND paid_on BETWEEN ? AND ?",
                    (start.isoformat(), end.isoformat()),
                )
            ]
            closed = [i for i, _ in self._closed_by_the_step(start, end) if i not in set(recorded)]
            return recorded + closed
        elif key == "subsidy_due":
            return loan_subsidy.loans_earning(self.db, start, date.fromordinal(end.toordinal() + 1))
        else:
            extra = " AND due_from < ?" if key == "overdue_balance" else ""
            sql = (
                "SELECT id FROM loan_demand WHERE deleted_at IS NULL AND status IN ('granted', 'defaulted')"
                + extra
                + " ORDER BY due_from"
            )
            params = (today.isoformat(),) if extra else ()
        return [r[0] for r in self.db.execute(sql, params)]

    def _book_ids_at(self, end: date, *, overdue: bool) -> list[str]:
        """The loans on the book at the end of `end` (past due then, with `overdue`): those quiet
        since, then those moved since replayed from their movements (as book_figures_at counts)."""
        quiet, moved = loan_book.book_ids_at(self.db, end.isoformat(), overdue=overdue)
        pays, steps = loan_book.movements_of(self.db, [r["id"] for r in moved])
        out = list(quiet)
        for loan in moved:
            facts = self.facts(loan, pays.get(loan["id"], []), steps.get(loan["id"], []))
            if facts is None or facts.balance_on(end) <= 0:
                continue
            if not overdue or facts.overdue(end)[0]:
                out.append(loan["id"])
        return out

    def subsidy_due(self, start: date, end: date, office_codes: list[str] | None = None) -> int:
        """The interest subsidy the loans earned from `start` to `end` (both included), by the rule
        in force each day (app.domain.loan_ledger): one sum over the loans' subsidy spans
        (storage.loan_subsidy), every granted loan counted — those that predate the ledger too —
        and the few loans changed since their spans were computed replayed here, with those
        deleted after `end`: a deleted loan has no spans, but it earned its subsidy until then
        (a deletion is dated, issue #19)."""
        until = date.fromordinal(end.toordinal() + 1)
        total = loan_subsidy.due(self.db, start, until, office_codes)
        stale = loan_subsidy.stale_ids(self.db)
        late = loan_subsidy.deleted_since(self.db, cut_after(end.isoformat()), end.isoformat())
        if not stale and not late:
            return total
        loans = [
            r
            for r in self.db.query(
                "SELECT * FROM loan_demand WHERE (id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL)"
                " OR id IN (SELECT value FROM json_each(?))",
                (json.dumps(stale), json.dumps(late)),
            )
            if not office_codes or r["office_code"] in office_codes
        ]
        pays, steps = loan_book.movements_of(self.db, [r["id"] for r in loans])
        for loan in loans:
            facts = self.facts(loan, pays.get(loan["id"], []), steps.get(loan["id"], []))
            if facts is None:
                continue
            terms = self.ws.loan_policy.subsidy_terms(
                loan["product_code"], term_months_between(facts.granted_on, facts.maturity_on), facts.granted_on
            )
            total += sum(facts.subsidy_by_year(terms, until, since=start).values())
        return total

    # -- the grant -----------------------------------------------------------------------------
    def family_loans(self, household_id: str, on: date | None = None, *, excluding: str = "") -> list[FamilyLoan]:
        """The household's loans that count against a family cap: those on the books now, or — with
        `on` — those granted by `on`, each with what it owed at the end of that day.  A grant entered
        after the fact is judged by the household's debts on its own date, not by today's (a loan
        repaid since still counted then; one granted later did not)."""
        if on is None:
            return [
                FamilyLoan(r["id"], r["product_code"], r["family"], int(r["balance_fen"] or 0))
                for r in loan_book.household_book(self.db, household_id)
                if r["id"] != excluding
            ]
        out = []
        for r in loan_book.household_granted(self.db, household_id):
            if r["id"] == excluding or r["granted_on"] > on.isoformat():
                continue
            facts = self.facts(r)
            if facts is None:  # (one repaid before the ledger owed until its repaid date: loan_facts)
                continue
            out.append(FamilyLoan(r["id"], r["product_code"], r["family"], facts.balance_on(on)))
        return out

    def status_on(self, household: dict, on: date) -> str:
        """The household's status at the end of `on`, from its dated history (migration 13).  Before
        the household was registered here the register knows only the status it was registered
        with, and judges by that: a grant entered by hand is refused when that status does not fit
        the product (the ledger import of loans already granted, whose status then is not known,
        warns instead: app.services.roster.ledger_policy)."""
        found = household_status.status_on(self.db, household["id"], on.isoformat())
        return household["status"] if found is None else found[0]

    def grant_changes(self, loan: dict, **kwargs) -> dict:
        """The grant's extra columns after the policy's checks (raises ValidationErrors)."""
        return self.grant_review(loan, **kwargs)[0]

    def grant_review(
        self,
        loan: dict,
        *,
        on: date,
        granted_fen: int,
        rate_bp: int | None,
        maturity_on: date | None,
        term_months: int | None = None,
        contract_no: str = "",
        every_months: int | None = None,
        status_then_unknown: bool = False,
    ) -> tuple[dict, list[Problem]]:
        """The grant's extra columns after the checks of the policy in force on the grant's date
        (raises ValidationErrors), and the notes the grant records: the rules changed since that
        today would refuse it.

        Every step is judged by the rules of its own date (issue #18): a loan granted years ago
        under the rules of its time is recorded when entered now, with a note naming the rule that
        changed; a grant that broke the rules of its own date is refused, the version cited."""
        ref = self.ws.reference
        policy = self.ws.loan_policy.in_force(loan["product_code"], on)
        problems: list[Problem] = []
        notes: list[Problem] = []
        changes: dict[str, Any] = {
            "contract_no": (contract_no or "").strip(),
            "repayment_every_months": every_months or None,
        }
        if policy is None:
            # a product without a policy version (a county's own product): the demand's limits only
            months = term_months or loan.get("term_months")
            maturity = maturity_on or (None if not months else _add_months(on, months))
            if maturity is None:
                raise ValidationErrors(
                    [
                        Problem(
                            "maturity_on",
                            N_(
                                "Enter the maturity date or the term in months: a loan without a maturity can never be overdue."
                            ),
                        )
                    ]
                )
            changes.update(
                maturity_on=maturity.isoformat(),
                original_maturity_on=maturity.isoformat(),
                rate_bp=rate_bp,
                subsidised_fen=0,
                subsidy_fen=0,
            )
        else:
            household = self.ws.households.get(loan["household_id"])
            status = None if status_then_unknown else self.status_on(household, on)
            family = self.family_loans(loan["household_id"], on, excluding=loan["id"])
            label = ref.product_named(loan["product_code"])

            def judged(version):
                return check_grant(
                    version,
                    granted_fen=granted_fen,
                    granted_on=on,
                    term_months=None if maturity_on else (term_months or loan.get("term_months")),
                    maturity_on=maturity_on,
                    rate_bp=rate_bp,
                    rates=self.ws.loan_policy.base_rates(),
                    family_loans=family,
                    household_status=status,
                    loan_id=loan["id"],
                    product_label=label,
                )

            terms, problems = judged(policy)
            today = date.today()
            if problems and on < today:
                problems.append(
                    Problem(
                        "on_date",
                        N_(
                            "The grant is judged by the rules of the {product} in force on its date, {date} (the "
                            "version of {since})."
                        ),
                        {"product": label, "date": on.isoformat(), "since": policy.effective_from.isoformat()},
                    )
                )
            now = self.ws.loan_policy.in_force(loan["product_code"], today)
            if terms is not None and now is not None and now != policy:
                later = [p for p in judged(now)[1] if p.message not in {q.message for q in problems}]
                if later:
                    notes += [Problem(p.field, p.message, p.params, warning=True) for p in later]
                    notes.append(
                        Problem(
                            "on_date",
                            N_(
                                "Today's rules of the {product} (since {since}) would not allow this; the loan was "
                                "granted on {date} under the rules then in force (the version of {then}) and is "
                                "recorded with this note."
                            ),
                            {
                                "product": label,
                                "since": now.effective_from.isoformat(),
                                "date": on.isoformat(),
                                "then": policy.effective_from.isoformat(),
                            },
                            warning=True,
                        )
                    )
            if terms is not None:
                facts = LoanFacts(
                    on,
                    terms.maturity_on,
                    terms.rate_bp,
                    [Movement(on, "grant", granted_fen)],
                    every_months=every_months or None,
                )
                planned = facts.subsidy_until(
                    self.ws.loan_policy.subsidy_terms(loan["product_code"], terms.term_months, on), terms.maturity_on
                )
                changes.update(
                    maturity_on=terms.maturity_on.isoformat(),
                    original_maturity_on=terms.maturity_on.isoformat(),
                    rate_bp=terms.rate_bp,
                    subsidised_fen=terms.subsidised_principal_fen,
                    subsidy_fen=planned,
                )
        if every_months is not None and (not isinstance(every_months, int) or every_months < 1):
            problems.append(
                Problem("repayment_every_months", N_("Repayments every how many months: a whole number, at least 1."))
            )
        if problems:
            raise ValidationErrors(problems)
        changes.update(balance_fen=granted_fen, due_from=None)
        facts = LoanFacts(
            on,
            from_iso(changes["maturity_on"]),
            int(changes.get("rate_bp") or 0),
            [Movement(on, "grant", granted_fen)],
            every_months=every_months or None,
        )
        changes["due_from"] = iso(facts.due_from())
        return changes, notes

    def grant_notes(self, loan_id: str) -> list[dict]:
        """The notes the loan's grant recorded (:meth:`grant_review`), each in zh, bo and en."""
        for e in reversed(self.ws.loans.events(loan_id)):
            if e["to_status"] == "granted" and e.get("details"):
                return list(json.loads(e["details"]).get("policy_notes") or [])
        return []

    # -- repayments and steps ------------------------------------------------------------------
    def _labels(self) -> dict:
        return self.ws.reference.named_all("loan_status")  # both scripts: the front end picks

    def _book_columns(self, loan: dict, facts: LoanFacts) -> dict:
        """The roll-ups and the status the movements lead to."""
        owed = facts.owed_principal(date.max)
        changes: dict[str, Any] = {
            "balance_fen": 0 if loan["status"] == "written_off" else owed,
            "due_from": iso(facts.due_from()),
            "maturity_on": facts.maturity().isoformat(),
        }
        if owed == 0 and loan["status"] in ("granted", "defaulted", "written_off"):
            last = max(m.on for m in facts.movements)
            changes.update(status="repaid", status_on=last.isoformat(), repaid_on=last.isoformat())
        return changes

    def _write(
        self, loan: dict, changes: dict, companions: list[tuple[str, dict]], *, expected_version: int | None = None
    ) -> dict:
        """Write the loan row's changes and their companion rows in one transaction; one undo entry."""
        with self.db.transaction():
            written = [(table, records.insert(self.db, table, values, self.ws.actor)) for table, values in companions]
            row = records.update(
                self.db,
                "loan_demand",
                loan["id"],
                changes,
                self.ws.actor,
                expected_version=expected_version,
                action="transition",
            )
            # roll-ups from the movements now stored (the companion rows included)
            facts = self.facts(row)
            if facts is not None:
                book = self._book_columns(row, facts)
                if book.get("status") == "repaid":  # paid in full: the lifecycle's last step, dated
                    on = from_iso(book["status_on"])
                    event = records.insert(
                        self.db, "loan_event", self._event(row, "repaid", on, "", None, "repay")[1], self.ws.actor
                    )
                    written.append(("loan_event", event))
                if any(row.get(k) != v for k, v in book.items()):
                    row = records.update(self.db, "loan_demand", loan["id"], book, self.ws.actor, action="transition")
            loan_subsidy.refresh(self.db.conn)  # this loan's subsidy spans, in the same transaction
        before = {k: loan.get(k) for k in row if k in loan and loan.get(k) != row.get(k)}
        self.ws.undo_stack.push(
            UndoEntry(
                "loan_demand",
                row["id"],
                "update",
                before,
                row["version"],
                [(t, r["id"], r["version"]) for t, r in written],
            )
        )
        return row

    def _event(
        self, loan: dict, to_status: str, on: date, reason: str, details: dict | None, step: str | None
    ) -> tuple[str, dict]:
        return (
            "loan_event",
            {
                "loan_demand_id": loan["id"],
                "from_status": loan["status"],
                "to_status": to_status,
                "on_date": on.isoformat(),
                # the signed-in account, never the computer's login (Workspace.handler)
                "by_user": self.ws.handler,
                "reason": reason or "",
                "details": json.dumps(details, ensure_ascii=False) if details else None,
                "step": step,
            },
        )

    def _on(self, value, loan: dict) -> date:
        on = parse_date(value, "on_date") if value not in (None, "") else date.today()
        return require_not_future(on, "on_date")

    @staticmethod
    def step_permission(step: str) -> str:
        """What a servicing step needs (auth.PERMISSIONS): anyone in the office records a
        repayment; extending, topping up, default, claims and write-offs are the bank's decision."""
        return "record.edit" if step == "repay" else "loan.decide"

    def repay(
        self,
        loan_id: str,
        *,
        on_date=None,
        principal_fen: int = 0,
        interest_fen: int = 0,
        notes: str = "",
        expected_version: int | None = None,
    ) -> dict:
        """Record a repayment (or, on a defaulted or written-off loan, a recovery)."""
        self.ws.require(self.step_permission("repay"))
        loan = self.loan(loan_id)
        on, problems = self._repay_problems(loan, on_date, principal_fen, interest_fen)
        if problems:
            raise ValidationErrors(problems)
        kind = servicing.REPAYABLE[loan["status"]]
        payment = (
            "loan_repayment",
            {
                "loan_demand_id": loan_id,
                "paid_on": on.isoformat(),
                "kind": kind,
                "principal_fen": principal_fen,
                "interest_fen": interest_fen,
                "notes": (notes or "").strip(),
            },
        )
        return self._write(loan, {}, [payment], expected_version=expected_version)

    def _repay_problems(self, loan: dict, on_date, principal_fen: int, interest_fen: int) -> tuple[date, list[Problem]]:
        on = self._on(on_date, loan)
        facts = self.facts(loan)
        if facts is None:
            return on, [Problem("status", N_("This loan has not been granted: there is nothing to repay."))]
        return on, servicing.check_repayment(
            facts,
            status=loan["status"],
            on=on,
            principal_fen=principal_fen,
            interest_fen=interest_fen,
            labels=self._labels(),
        )

    def step(
        self,
        loan_id: str,
        step: str,
        *,
        on_date=None,
        amount_fen: int | None = None,
        maturity_on=None,
        reason: str = "",
        expected_version: int | None = None,
    ) -> dict:
        """A servicing step: extend | top_up | default | claim | write_off."""
        self.ws.require(self.step_permission(step))
        loan = self.loan(loan_id)
        on, changes, details, problems = self._step_changes(
            loan, step, on_date=on_date, amount_fen=amount_fen, maturity_on=maturity_on, reason=reason
        )
        if problems:
            raise ValidationErrors(problems)
        event = self._event(
            loan, changes.get("status", loan["status"]), on, (reason or "").strip(), details or None, step
        )
        return self._write(loan, changes, [event], expected_version=expected_version)

    def check_step(self, loan: dict, step: str, **values) -> list[Problem]:
        """What refuses this step now (nothing written): the form checks as it is filled in."""
        if step == "repay":
            return self._repay_problems(
                loan, values.get("on_date"), values.get("principal_fen") or 0, values.get("interest_fen") or 0
            )[1]
        try:
            return self._step_changes(loan, step, **values)[3]
        except ValidationError as exc:
            return [exc.problem]

    def _step_changes(
        self, loan: dict, step: str, *, on_date=None, amount_fen: int | None = None, maturity_on=None, reason: str = ""
    ) -> tuple[date, dict, dict, list[Problem]]:
        if step not in STEPS:
            raise ValidationError("step", N_("Unknown step {step}."), step=step)
        on = self._on(on_date, loan)
        facts = self.facts(loan)
        if facts is None:
            return on, {}, {}, [Problem("status", N_("This loan has not been granted yet."))]
        labels = self._labels()
        reason = (reason or "").strip()
        status = loan["status"]
        changes: dict[str, Any] = {}
        details: dict[str, Any] = {}
        if step == "extend":
            maturity = parse_date(maturity_on, "maturity_on") if maturity_on else None
            term = term_months_between(facts.granted_on, facts.maturity_on)
            problems = servicing.check_extension(
                facts,
                status=status,
                on=on,
                new_maturity=maturity,
                reason=reason,
                original_term_months=term,
                labels=labels,
            )
            details = {"maturity_on": iso(maturity), "previous_maturity_on": facts.maturity(on).isoformat()}
        elif step == "top_up":
            problems = servicing.check_top_up(
                facts, status=status, on=on, amount_fen=amount_fen, reason=reason, labels=labels
            )
            details = {"amount_fen": amount_fen}
            if not problems:
                # the grant's movement stays granted_fen; the top-up is its own movement (the event)
                policy = self.ws.loan_policy.in_force(loan["product_code"], on)
                total = facts.principal_granted() + amount_fen
                if policy is None or not policy.subsidised:
                    changes["subsidised_fen"] = 0
                else:
                    changes["subsidised_fen"] = (
                        total if policy.subsidy_cap_fen is None else min(total, policy.subsidy_cap_fen)
                    )
        elif step == "default":
            problems = servicing.check_default(facts, status=status, on=on, reason=reason, labels=labels)
            changes = {
                "status": "defaulted",
                "status_on": on.isoformat(),
                "defaulted_on": on.isoformat(),
                "reason": reason,
            }
        elif step == "claim":
            problems = servicing.check_claim(
                facts,
                status=status,
                on=on,
                amount_fen=amount_fen,
                already_claimed_fen=int(loan.get("claimed_fen") or 0),
                labels=labels,
            )
            details = {"amount_fen": amount_fen}
            changes = {"claimed_fen": int(loan.get("claimed_fen") or 0) + (amount_fen or 0)}
        else:  # write_off
            problems = servicing.check_write_off(status=status, reason=reason, labels=labels)
            changes = {
                "status": "written_off",
                "status_on": on.isoformat(),
                "written_off_on": on.isoformat(),
                "reason": reason,
                "balance_fen": 0,
            }
            details = {"owed_fen": facts.owed_principal(on)}
        if on < facts.granted_on:
            problems.append(
                Problem(
                    "on_date",
                    N_("The date {date} is before the grant ({granted})."),
                    {"date": on.isoformat(), "granted": facts.granted_on.isoformat()},
                )
            )
        return on, changes, details, problems

    def rules(self, loan_id: str) -> list[dict]:
        """For the rules panel: each step, whether it is open now, and the rules it answers to."""
        loan = self.loan(loan_id)
        out = []
        for step in ("repay", *STEPS):
            if step == "repay":
                open_ = loan["status"] in servicing.REPAYABLE
            else:
                open_ = loan["status"] in servicing.STEP_TRANSITIONS[step][0]
            out.append({"step": step, "open": open_, "rules": servicing.STEP_RULES.get(step, [])})
        return out

    # -- renewal (续贷) ---------------------------------------------------------------------------
    def renew(
        self,
        loan_id: str,
        *,
        on_date=None,
        amount_fen: int | None = None,
        term_months: int | None = None,
        rate_bp: int | None = None,
        reason: str = "",
        contract_no: str = "",
    ) -> dict:
        """A new loan for the same household and product once this one is repaid in full (续贷), under
        the policy in force on the renewal date, linked to it (``renewed_from``).

        The seeds ask the office to follow renewals (Yongchuan seed 002: "做好脱贫人口小额信贷质量监测和
        续贷展期管理") without saying how.  Here a renewal is a new loan after the old one is repaid
        (the 无还本续贷 of the seeds is for small enterprises, Yongchuan seed 002 §三); a household that
        cannot repay on time gets an extension instead (app.domain.loan_servicing).  The national
        notice on poverty microcredit (银保监发〔2019〕24号) governs renewals and extensions; where it
        sets limits of its own, they belong in the policy table, not here.  A reason is recorded."""
        self.ws.require("loan.decide")
        old = self.loan(loan_id)
        on = self._on(on_date, old)
        problems: list[Problem] = []
        if old["status"] != "repaid":
            problems.append(
                Problem(
                    "status",
                    N_("Only a loan repaid in full can be renewed; this one still owes {owed_yuan} yuan."),
                    {"owed_yuan": _yuan(int(old.get("balance_fen") or old.get("granted_fen") or 0))},
                )
            )
        elif old.get("repaid_on") and on.isoformat() < old["repaid_on"]:
            problems.append(
                Problem("on_date", N_("A renewal comes after the repayment ({repaid})."), {"repaid": old["repaid_on"]})
            )
        if not (reason or "").strip():
            problems.append(Problem("reason", N_("Give the reason for the renewal.")))
        if problems:
            raise ValidationErrors(problems)
        amount = amount_fen or int(old["granted_fen"])
        with self.db.transaction():
            loan = self.ws.loans.create(
                {
                    "household_id": old["household_id"],
                    "registered_on": on.isoformat(),
                    "amount_fen": amount,
                    "product_code": old["product_code"],
                    "term_months": term_months or old.get("term_months"),
                    "purpose": old.get("purpose") or "",
                    "industry": old.get("industry"),
                    "bank": old.get("bank") or "",
                    "notes": reason.strip(),
                }
            )
            records.update(self.db, "loan_demand", loan["id"], {"renewed_from": old["id"]}, self.ws.actor)
            for step in ("referred", "approved"):
                self.ws.loans.transition(loan["id"], step, on_date=on)
            loan = self.ws.loans.transition(
                loan["id"],
                "granted",
                on_date=on,
                granted_fen=amount,
                rate_bp=rate_bp,
                contract_no=contract_no,
                reason=reason,
            )
        return loan

    # -- a loan granted elsewhere, with its history -----------------------------------------------
    def record_granted(
        self,
        *,
        household_id: str,
        product_code: str,
        registered_on,
        granted_on,
        amount_fen: int,
        term_months: int | None = None,
        maturity_on=None,
        rate_bp: int | None = None,
        bank: str = "",
        contract_no: str = "",
        purpose: str = "",
        every_months: int | None = None,
        repayments: list[dict] | None = None,
        status_then_unknown: bool = False,
    ) -> dict:
        """Record a loan the bank already granted (a bank ledger's row), dated as given: the demand,
        its grant under the policy in force on the grant date, then each repayment in date order.
        Everything or nothing (one transaction); each write audited.  `status_then_unknown`: the
        household's status on the grant date is not known (a ledger's loan, issue #20), so the
        product's eligible statuses are not applied to today's status."""
        with self.db.transaction():
            loan = self.ws.loans.create(
                {
                    "household_id": household_id,
                    "registered_on": registered_on,
                    "amount_fen": amount_fen,
                    "product_code": product_code,
                    "term_months": term_months,
                    "purpose": purpose,
                    "bank": bank,
                },
                status_then_unknown=status_then_unknown,
            )
            for step in ("referred", "approved"):
                loan = self.ws.loans.transition(loan["id"], step, on_date=granted_on)
            loan = self.ws.loans.transition(
                loan["id"],
                "granted",
                on_date=granted_on,
                granted_fen=amount_fen,
                rate_bp=rate_bp,
                maturity_on=maturity_on,
                contract_no=contract_no,
                every_months=every_months,
                status_then_unknown=status_then_unknown,
            )
            for r in sorted(repayments or [], key=lambda r: str(r["paid_on"])):
                loan = self.repay(
                    loan["id"],
                    on_date=r["paid_on"],
                    principal_fen=int(r.get("principal_fen") or 0),
                    interest_fen=int(r.get("interest_fen") or 0),
                    notes=r.get("notes") or "",
                )
        return loan

    # -- credit lines (授信) ----------------------------------------------------------------------
    def credit_line(self, household_id: str, year: int | None = None) -> dict | None:
        year = year or date.today().year
        return self.db.one(
            "SELECT * FROM credit_line WHERE household_id = ? AND year <= ? AND deleted_at IS NULL"
            " ORDER BY year DESC LIMIT 1",
            (household_id, year),
        )

    def set_credit_line_from_rating(self, rating_id: str, *, on_date=None) -> dict:
        """The line the rating sheet gives the rating's grade (ref_enum rating_grade extra
        ``credit_line_fen``), for the rating's year.  Both halves of the rating must be signed."""
        rating = records.get(self.db, "credit_rating", rating_id)
        if not (rating.get("bank_signed_by") and rating.get("village_signed_by")):
            raise ValidationError(
                "rating",
                N_(
                    "The rating must be signed by both the village cadre and the bank officer before a credit line "
                    "is set from it."
                ),
            )
        grade = next((g for g in self.ws.reference.enums("rating_grade") if g["code"] == rating["grade"]), None)
        amount = int((grade or {}).get("extra", {}).get("credit_line_fen", 0) or 0)
        on = parse_date(on_date, "on_date") if on_date else date.today()
        values = {
            "household_id": rating["household_id"],
            "year": rating["year"],
            "rating_id": rating_id,
            "grade": rating["grade"],
            "amount_fen": amount,
            "set_on": on.isoformat(),
        }
        current = self.db.one(
            "SELECT * FROM credit_line WHERE household_id = ? AND year = ? AND deleted_at IS NULL",
            (rating["household_id"], rating["year"]),
        )
        if current:
            row = records.update(self.db, "credit_line", current["id"], values, self.ws.actor)
            self.ws.remember("credit_line", "update", current, row)
        else:
            row = records.insert(self.db, "credit_line", values, self.ws.actor)
            self.ws.remember("credit_line", "create", None, row)
        return row

    def sign_rating(self, rating_id: str, side: str, *, on_date=None) -> dict:
        """One side of 双评 signs its half: ``village`` (a cadre) or ``bank`` (a bank officer)."""
        if side not in ("village", "bank"):
            raise ValidationError("side", N_("Sign as the village or as the bank."))
        if side == "bank":
            self.ws.require("rating.bank")
        elif self.ws.role == "bank_officer" and self.ws.account is not None:
            raise ValidationError("side", N_("The village's half of a rating is signed by a village cadre."))
        current = records.get(self.db, "credit_rating", rating_id)
        on = parse_date(on_date, "on_date") if on_date else date.today()
        row = records.update(
            self.db,
            "credit_rating",
            rating_id,
            {f"{side}_signed_by": self.ws.user or "", f"{side}_signed_on": on.isoformat()},
            self.ws.actor,
        )
        self.ws.remember("credit_rating", "update", current, row)
        if row.get("village_signed_by") and row.get("bank_signed_by"):
            self.set_credit_line_from_rating(rating_id, on_date=on)  # both halves: the 授信 follows
        return row


def _yuan(fen: int) -> str:
    from app.domain.money import format_yuan

    return format_yuan(fen)


def _add_months(d: date, n: int) -> date:
    from app.domain.dates import add_months

    return add_months(d, n)


def household_of(ws: Workspace, text: str) -> dict:
    """A household named by its ID number or its id (the CLI's --household)."""
    text = (text or "").strip()
    row = ws.households.find_by_id_number(text.upper()) if text else None
    if row is None and text:
        try:
            row = ws.households.get(text)
        except NotFound:
            row = None
    if row is None:
        raise ValidationError("household", N_("No household has the ID number or id {text}."), text=text)
    return row
