"""Loan demands: registration under the product rules, and the lifecycle with its dated history."""

from __future__ import annotations

import dataclasses
from dataclasses import asdict
from datetime import date

from app.domain.dates import parse_date
from app.domain.errors import Problem, ValidationError, ValidationErrors, problems_of
from app.domain.lifecycle import allowed_loan_actions, loan_transition
from app.domain.loans import LoanDemand, validate_loan_demand
from app.domain.products import describe_eligibility
from app.i18n import N_
from app.services.registers import LifecycleService
from storage import records


#: the steps that record the bank's decision on a demand (LoanService.step_permission)
BANK_DECISIONS = frozenset({"approved", "granted", "rejected"})


class LoanService(LifecycleService):
    register = "loans"
    table = "loan_demand"
    event_table = "loan_event"
    event_parent = "loan_demand_id"

    def allowed_actions(self, loan_id: str) -> set[str]:
        return allowed_loan_actions(self.get(loan_id)["status"])

    # -- rules -----------------------------------------------------------------------------------
    def _household_facts(self, household_id: str) -> tuple[dict, date | None]:
        household = self.ws.households.get(household_id)
        birth = parse_date(household["birth_date"], "birth_date") if household.get("birth_date") else None
        return household, birth

    def eligibility(self, household_id: str, product_code: str, on_date: date | None = None) -> list[Problem]:
        """What this product allows for this household and why (shown while the form is filled)."""
        product = self.ws.reference.product(product_code)
        if product is None:
            return []
        household, birth = self._household_facts(household_id)
        on = on_date or date.today()
        product = self._limits_on(product, on)
        status = self.ws.loan_book.status_on(household, on)
        facts = describe_eligibility(product, status, birth, on, **self._labels(status, product.code))
        line = self.ws.loan_book.credit_line(household_id, on.year)
        if line is not None:  # the 授信 the household's rating opened (shown when a demand is registered)
            from app.domain.money import format_yuan

            facts.append(
                Problem(
                    "amount_fen",
                    N_("Credit line {year}: {amount_yuan} yuan (rating {grade})."),
                    {"year": line["year"], "amount_yuan": format_yuan(line["amount_fen"]), "grade": line["grade"]},
                    warning=True,
                )
            )
        return facts

    def _limits_on(self, product, on: date):
        """The product with the limits of its policy version in force on `on`, not the product
        table's undated ones: a demand of 2018 is judged by the rules of 2018 (issue #18).  A
        product without versions (a county's own) keeps the table's limits."""
        policy = self.ws.loan_policy.in_force(product.code, on)
        if policy is None:
            return product
        return dataclasses.replace(
            product,
            max_amount_fen=policy.max_amount_fen,
            max_term_months=policy.max_term_months,
            eligible_statuses=policy.eligible_statuses,
            min_age=policy.min_age,
            max_age=policy.max_age,
        )

    def _labels(self, status: str, product_code: str) -> dict:
        """Names that the product rules put into their sentences, in both scripts (the front end
        shows the reader's: app.domain.errors.Named)."""
        ref = self.ws.reference
        labels = ref.named_all("household_status")
        return {
            "status_label": labels.get(status, ""),
            "product_label": ref.product_named(product_code),
            "status_labels": labels,
        }

    def _validate(self, data: dict, *, status_then_unknown: bool = False) -> LoanDemand:
        ref = self.ws.reference
        d = LoanDemand(**{k: v for k, v in data.items() if k in LoanDemand.__dataclass_fields__})
        product = ref.product(d.product_code) if d.product_code else None
        if product is None:
            raise ValidationErrors([Problem("product_code", N_("Choose a loan product from the list."))])
        try:
            household, birth = self._household_facts(d.household_id)
        except Exception:  # noqa: BLE001 - no such household, or no household id at all: one sentence
            raise ValidationErrors([Problem("household_id", N_("Choose the household this demand is for."))])
        registered = None
        try:
            registered = parse_date(d.registered_on, "registered_on") if d.registered_on else None
        except ValidationError:
            pass  # validate_loan_demand says what is wrong with it
        policy = self.ws.loan_policy.in_force(product.code, registered) if registered else None
        if registered is not None:
            product = self._limits_on(product, registered)
        status = household["status"]
        if registered is not None:
            status = self.ws.loan_book.status_on(household, registered)  # its status then, not now
        if status_then_unknown:
            # a ledger's past loan (issue #20): the household's status when it was granted is not
            # known — it may have been lifted out of poverty since — so the product's statuses are
            # not applied here; the ledger import warns about them instead
            product = dataclasses.replace(product, eligible_statuses=None)
        d, _ = validate_loan_demand(
            d,
            product=product,
            household_status=status,
            birth_date=birth,
            age_rule=policy,
            **self._labels(status, product.code),
        )
        return d

    def validate(self, data: dict) -> list[Problem]:
        return problems_of(self._validate, data)

    # -- writing ---------------------------------------------------------------------------------
    def create(self, data: dict, *, status_then_unknown: bool = False) -> dict:
        self.ws.require_office()
        d = self._validate(data, status_then_unknown=status_then_unknown)
        values = {**asdict(d), "status": "registered", "status_on": d.registered_on}
        with self.db.transaction():
            row = records.insert(self.db, self.table, values, self.ws.actor)
            event = self._event(row["id"], None, "registered", d.registered_on, "", None)
        self.ws.remember(self.table, "create", None, row, [event], "loan_event")
        return row

    def update(self, loan_id: str, data: dict, *, expected_version: int | None = None) -> dict:
        current = self.get(loan_id)
        if current["status"] not in ("registered", "referred"):
            raise ValidationError(
                "status", N_("A demand that is already decided cannot be edited; record the next step instead.")
            )
        merged = {k: current.get(k) for k in LoanDemand.__dataclass_fields__} | dict(data)
        d = self._validate(merged)
        row = records.update(self.db, self.table, loan_id, asdict(d), self.ws.actor, expected_version=expected_version)
        self.ws.remember(self.table, "update", current, row)
        return row

    @staticmethod
    def step_permission(to_status: str) -> str | None:
        """The permission a step needs beyond editing the register: approving, granting and
        rejecting are the bank's decision, bank officers only (auth.PERMISSIONS "loan.decide")."""
        return "loan.decide" if to_status in BANK_DECISIONS else None

    def transition(
        self,
        loan_id: str,
        to_status: str,
        *,
        on_date: date | str | None = None,
        reason: str = "",
        granted_fen: int | None = None,
        rate_bp: int | None = None,
        maturity_on: date | str | None = None,
        subsidy_fen: int | None = None,
        contract_no: str = "",
        every_months: int | None = None,
        expected_version: int | None = None,
        status_then_unknown: bool = False,
    ) -> dict:
        """Move a demand along its lifecycle; the change and its history row commit together.

        A grant is checked against the policy in force on its date (app.domain.credit_policy: the
        household cap across the product family, the longest term, the rate cap) and records the
        maturity, the rate and the subsidy the policy computes — a typed `subsidy_fen` is ignored.
        "Repaid" on a loan that still owes principal records the repayment of what is owed."""
        permission = self.step_permission(to_status)
        if permission:
            self.ws.require(permission)
        current = self.get(loan_id)
        on = parse_date(on_date, "on_date") if on_date else date.today()
        maturity = parse_date(maturity_on, "maturity_on") if maturity_on else None
        if to_status == "repaid" and current["status"] == "granted":
            figures = self.ws.loan_book.figures(loan_id, max(on, date.today()))
            if figures.owed_fen > 0:
                return self.ws.loan_book.repay(
                    loan_id, on_date=on, principal_fen=figures.owed_fen, expected_version=expected_version
                )
        changes = loan_transition(
            current,
            to_status,
            on_date=on,
            reason=reason,
            granted_fen=granted_fen,
            rate_bp=rate_bp,
            maturity_on=maturity,
            subsidy_fen=None,
        )
        notes = []
        if to_status == "granted":
            grant, notes = self.ws.loan_book.grant_review(
                current,
                on=on,
                granted_fen=granted_fen,
                rate_bp=rate_bp,
                maturity_on=maturity,
                contract_no=contract_no,
                every_months=every_months,
                status_then_unknown=status_then_unknown,
            )
            changes.update(grant)
        details = {
            k: v
            for k, v in {
                "granted_fen": granted_fen,
                "rate_bp": changes.get("rate_bp"),
                "maturity_on": changes.get("maturity_on"),
                "subsidy_fen": changes.get("subsidy_fen"),
                "contract_no": changes.get("contract_no") or None,
                # the rules changed since, and what the register could not check (grant_review):
                # kept with the grant, in each language, for the loan's page and the CLI
                "policy_notes": [{lang: p.text(lang) for lang in ("zh", "bo", "en")} for p in notes] or None,
            }.items()
            if v is not None and to_status == "granted"
        }
        with self.db.transaction():
            row = records.update(
                self.db,
                self.table,
                loan_id,
                changes,
                self.ws.actor,
                expected_version=expected_version,
                action="transition",
            )
            event = self._event(loan_id, current["status"], to_status, on.isoformat(), reason, details or None)
            from storage import loan_subsidy

            loan_subsidy.refresh(self.db.conn)  # the granted loan's subsidy spans, in the same transaction
        self.ws.remember(self.table, "update", current, row, [event], "loan_event")
        return row
