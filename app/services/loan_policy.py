"""The poverty-credit policy in force: dated product versions (``ref_loan_policy``) and the base
rates (``ref_base_rate``), read for the rules of app.domain.credit_policy; a new version set by the
office head in Settings (permission ``settings.manage``), audited.

A version that came from another office (the county's signed table, ``source`` = its code) is never
changed here: a village adds no version of its own over a product the county has set.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.credit_policy import BaseRates, PolicyVersion, in_force
from app.domain.dates import from_iso
from app.domain.errors import ValidationError
from app.domain.loan_ledger import SubsidyTerms
from app.i18n import N_
from storage import audit
from storage.db import new_id, now_utc


class LoanPolicyService:
    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    def versions(self, product_code: str | None = None) -> list[PolicyVersion]:
        key = f"loan_policy:{product_code or '*'}"
        rows = self.db.memo(key, lambda: self.db.query(
            "SELECT * FROM ref_loan_policy" + (" WHERE product_code = ?" if product_code else "")
            + " ORDER BY product_code, effective_from", (product_code,) if product_code else ()))
        return [PolicyVersion.from_row(r) for r in rows]

    def in_force(self, product_code: str, on: date) -> PolicyVersion | None:
        return in_force(self.versions(product_code), product_code, on)

    def base_rates(self) -> BaseRates:
        series: dict[str, list[tuple[date, int]]] = {}
        for r in self.db.query("SELECT code, effective_from, rate_bp FROM ref_base_rate"):
            series.setdefault(r["code"], []).append((from_iso(r["effective_from"]), int(r["rate_bp"])))
        fallback = self.ws.reference.setting("base_rate_bp", None)
        return BaseRates(series, int(fallback) if fallback is not None else None)

    def subsidy_terms(self, product_code: str, term_months: int, granted_on: date) -> list[SubsidyTerms]:
        """Every version's subsidy rule for a loan of this product and term granted on `granted_on`,
        by its start date.  The subsidy rate is capped at the base rate of the loan's term tier on
        the grant date ("按不高于同期基准利率给予贴息", Wulong seed §十一): the loan's rate is fixed then."""
        from app.domain.credit_policy import rate_cap_bp

        rates = self.base_rates()
        return [SubsidyTerms(v.effective_from, v.subsidy_share_bp, v.subsidy_cap_fen,
                             rate_cap_bp(v, term_months, max(v.effective_from, granted_on), rates))
                for v in self.versions(product_code)]

    def set_version(self, version: PolicyVersion) -> PolicyVersion:
        """Add (or replace the same day's) version of a product's rules; audited."""
        self.ws.require("settings.manage")
        office = self.ws.require_office()
        if self.ws.reference.product(version.product_code) is None:
            raise ValidationError("product_code", N_("Choose a loan product from the list."))
        current = self.in_force(version.product_code, version.effective_from)
        if current is not None and current.source not in ("release", office["code"]):
            raise ValidationError("product_code", N_(
                "The rules of this product were set by office {office}; only that office can change them."),
                office=current.source)
        if version.subsidy_share_bp < 0 or version.subsidy_share_bp > 10_000:
            raise ValidationError("subsidy_share_bp", N_("The subsidy share is between 0 and 100 %."))
        version = replace(version, source=office["code"])
        row = {**version.to_row(), "set_by": self.ws.user, "set_at": now_utc()}
        with self.db.transaction() as conn:
            before = self.db.one("SELECT * FROM ref_loan_policy WHERE product_code = ? AND effective_from = ?",
                                 (version.product_code, row["effective_from"]))
            cols = list(row)
            conn.execute(f"INSERT OR REPLACE INTO ref_loan_policy ({', '.join(cols)}) VALUES "
                         f"({', '.join('?' * len(cols))})", [row[c] for c in cols])
            audit.append(conn, entry_id=new_id(), office_code=office["code"], at=row["set_at"], user=self.ws.user,
                         action="update" if before else "create", table_name="ref_loan_policy",
                         record_id=f"{version.product_code}@{row['effective_from']}", before=before, after=row)
        return version
