"""The poverty-credit policy in force: dated product versions (``ref_loan_policy``) and the base
rates (``ref_base_rate``), read for the rules of app.domain.credit_policy; a new version set by the
office head in Settings (permission ``settings.manage``), audited.

A version that came from another office (the county's signed table, ``source`` = its code) is never
changed here: a village adds no version of its own over a product the county has set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.credit_policy import BaseRates, PolicyVersion, in_force
from app.domain.dates import from_iso
from app.domain.errors import ValidationError
from app.domain.loan_ledger import SubsidyTerms
from app.i18n import N_
from app.small_files import read_small_file
from storage import audit, loan_subsidy
from storage.db import new_id, now_utc

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class LoanPolicyService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    def versions(self, product_code: str | None = None) -> list[PolicyVersion]:
        key = f"loan_policy:{product_code or '*'}"
        rows = self.db.memo(
            key,
            lambda: self.db.query(
                "SELECT * FROM ref_loan_policy"
                + (" WHERE product_code = ?" if product_code else "")
                + " ORDER BY product_code, effective_from",
                (product_code,) if product_code else (),
            ),
        )
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
        """Every version's subsidy rule for a loan of this product and term granted on `granted_on`
        (app.domain.credit_policy.subsidy_terms)."""
        from app.domain.credit_policy import subsidy_terms

        return subsidy_terms(self.versions(product_code), product_code, term_months, granted_on, self.base_rates())

    def set_version(self, version: PolicyVersion) -> PolicyVersion:
        """Add (or replace the same day's) version of a product's rules.

        Audited as what changed, old → new, against the rules it replaces on that date (the same
        day's version, or the one in force then), with who and when; undoable (Edit ▸ Undo) like
        the register's own changes.  A village never changes a product the county has set rules
        for: once any version of the product came from another office (the county's signed table,
        :func:`import_signed`), that office alone changes it, on any date."""
        self.ws.require("settings.manage")
        office = self.ws.require_office()
        if self.ws.reference.product(version.product_code) is None:
            raise ValidationError("product_code", N_("Choose a loan product from the list."))
        issuer = next(
            (v.source for v in self.versions(version.product_code) if v.source not in ("release", office["code"])),
            None,
        )
        if issuer is not None:
            raise ValidationError(
                "product_code",
                N_("The rules of this product were set by office {office}; only that office can change them."),
                office=issuer,
            )
        if version.subsidy_share_bp < 0 or version.subsidy_share_bp > 10_000:
            raise ValidationError("subsidy_share_bp", N_("The subsidy share is between 0 and 100 %."))
        version = replace(version, source=office["code"])
        row = {**version.to_row(), "set_by": self.ws.user, "set_at": now_utc()}
        key = f"{version.product_code}@{row['effective_from']}"
        with self.db.transaction() as conn:
            before = self.db.one(
                "SELECT * FROM ref_loan_policy WHERE product_code = ? AND effective_from = ?",
                (version.product_code, row["effective_from"]),
            )
            replaced = before
            if replaced is None:  # a new date: what changes is against the rules in force then
                current = self.in_force(version.product_code, version.effective_from)
                replaced = current.to_row() if current is not None else None
            cols = list(row)
            conn.execute(
                f"INSERT OR REPLACE INTO ref_loan_policy ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [row[c] for c in cols],
            )
            old, new = _changes(replaced, row)
            audit.append(
                conn,
                entry_id=new_id(),
                office_code=office["code"],
                at=row["set_at"],
                user=self.ws.user,
                action="update" if before else "create",
                table_name="ref_loan_policy",
                record_id=key,
                before=old,
                after=new,
            )
            loan_subsidy.refresh(conn)  # the product's loans earn by the new rule from its date
        from app.services.workspace import UndoEntry

        self.ws.undo_stack.push(
            UndoEntry("ref_loan_policy", key, "update" if before else "create", {"row": before, "after": row}, 0)
        )
        return version

    def undo(self, entry) -> None:
        """Take back a version set in this session (Workspace.undo): the same day's earlier rules
        back, or the new date's version removed; audited.  Refused when the version was changed
        since (by the county's table, or another save)."""
        from app.domain.errors import Conflict

        code, on = entry.record_id.split("@", 1)
        office = self.ws.require_office()
        current = self.db.one("SELECT * FROM ref_loan_policy WHERE product_code = ? AND effective_from = ?", (code, on))
        after = entry.before["after"]
        if current is None or any(current.get(k) != v for k, v in after.items()):
            raise Conflict("ref_loan_policy", entry.record_id)
        previous = entry.before["row"]
        with self.db.transaction() as conn:
            self._restore(conn, code, on, current, previous, entry.record_id, office["code"])

    def _restore(self, conn, code: str, on: str, current: dict, previous: dict | None, key: str, office: str) -> None:
        conn.execute("DELETE FROM ref_loan_policy WHERE product_code = ? AND effective_from = ?", (code, on))
        if previous is not None:
            cols = list(previous)
            conn.execute(
                f"INSERT INTO ref_loan_policy ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [previous[c] for c in cols],
            )
        old, new = _changes(current, previous) if previous is not None else (_key(current), None)
        audit.append(
            conn,
            entry_id=new_id(),
            office_code=office,
            at=now_utc(),
            user=self.ws.user,
            action="undo",
            table_name="ref_loan_policy",
            record_id=key,
            before=old,
            after=new,
        )
        loan_subsidy.refresh(conn)


#: the columns of a version an audit entry compares (who set it and when are the entry's own)
_COMPARED = (
    "max_amount_fen",
    "household_cap_fen",
    "max_term_months",
    "eligible_statuses",
    "min_age",
    "max_age",
    "age_in_principle",
    "rate_rule",
    "county_rate_cap_bp",
    "subsidy_share_bp",
    "subsidy_cap_fen",
    "collateral_free",
    "family",
    "source",
    "note",
)


def _key(row: dict) -> dict:
    return {"product_code": row["product_code"], "effective_from": row["effective_from"]}


def _changes(old: dict | None, new: dict) -> tuple[dict | None, dict]:
    """The audit entry's before and after: the version's key and the columns that differ, old → new
    (everything, when there was no rule before)."""
    if old is None:
        return None, {**_key(new), **{k: new.get(k) for k in _COMPARED}}
    changed = [k for k in _COMPARED if old.get(k) != new.get(k)]
    return {**_key(old), **{k: old.get(k) for k in changed}}, {**_key(new), **{k: new.get(k) for k in changed}}


# -- the county's signed policy table, carried down (issue #18) ------------------------------------
POLICY_FORMAT = "dualbase-loan-policy"
POLICY_VERSION = 1


def _trusted_key_setting(code: str) -> str:
    return f"policy_issuer_key:{code}"


def export_signed(ws: Workspace, out) -> dict:
    """The county's policy table as a signed file for the offices below it: every version this
    county set (source = its code), signed with the office key of upward sync (app.services.keys)."""
    import json as _json

    from app.services import keys
    from app.services.sync_package import write_file_safely
    from storage.audit import canonical

    ws.require("settings.manage")
    office = ws.require_office()
    if office["level"] != "county":
        raise ValidationError("office", N_("Only a county office issues the policy table for the offices below it."))
    rows = ws.db.query(
        "SELECT * FROM ref_loan_policy WHERE source = ? ORDER BY product_code, effective_from", (office["code"],)
    )
    body = {
        "format": POLICY_FORMAT,
        "format_version": POLICY_VERSION,
        "issuer": office["code"],
        "issuer_name_zh": office["name_zh"],
        "issuer_name_bo": office.get("name_bo") or "",
        "issued_at": now_utc(),
        "versions": rows,
    }
    data = canonical(body).encode("utf-8")
    signature = keys.sign(ws.db, data, ws.user)
    text = _json.dumps(
        {"body": body, "signature": signature.hex(), "public_key": keys.key_file_data(ws.db, ws.user)["public_key"]},
        ensure_ascii=False,
        indent=1,
    )
    write_file_safely(Path(out), text.encode("utf-8"))
    return {"path": str(out), "versions": len(rows)}


def replace_issued_versions(conn, issuer: str, versions: list[dict]) -> int:
    """The policy versions of office `issuer` here replaced by `versions` (inside the caller's
    transaction): its signed table (below) and the downward package (app.services.sync_down) both
    bring them.  Returns how many versions of that office were here before."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(ref_loan_policy)")}
    before = conn.execute("SELECT count(*) FROM ref_loan_policy WHERE source = ?", (issuer,)).fetchone()[0]
    conn.execute("DELETE FROM ref_loan_policy WHERE source = ?", (issuer,))
    for row in versions:
        row = {k: v for k, v in row.items() if k in columns}
        row["source"] = issuer
        cols = list(row)
        conn.execute(
            f"INSERT OR REPLACE INTO ref_loan_policy ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
    return before


def import_signed(ws: Workspace, path, *, key_file=None) -> int:
    """Take the county's signed policy table: verified against the county's key (given once as its key
    file, then remembered), from an office this one belongs to (its code begins with the county's);
    the versions replace the county's earlier ones here, in one transaction, audited.  Returns how
    many versions were taken."""
    import json as _json

    from app.services import keys
    from storage.audit import canonical

    ws.require("settings.manage")
    office = ws.require_office()
    refused = ValidationError(
        "file", N_("This is not a policy table signed by a county office, or it was changed after it was signed.")
    )
    try:
        # sized as it is read, before it is parsed (DESIGN §8): a file's stated size can lie
        doc = _json.loads(read_small_file(path, 1_000_000).decode("utf-8-sig"))
        body, signature, public = doc["body"], bytes.fromhex(doc["signature"]), doc["public_key"]
        issuer = body["issuer"]
        if body.get("format") != POLICY_FORMAT or not isinstance(body.get("versions"), list):
            raise refused
    except (OSError, ValueError, KeyError, TypeError):
        raise refused from None
    if not office["code"].startswith(issuer) or issuer == office["code"]:
        raise ValidationError(
            "file",
            N_("This policy table was issued by office {issuer}, which is not above this office ({office})."),
            issuer=issuer,
            office=office["code"],
        )
    trusted = ws.reference.setting(_trusted_key_setting(issuer))
    if trusted is None:
        if key_file is None:
            raise ValidationError(
                "key_file",
                N_(
                    "The first policy table of office {issuer} needs its key file too (offices export-key at the "
                    "county), so that later tables can be checked against it."
                ),
                issuer=issuer,
            )
        key = keys.read_key_file(key_file)
        if key["code"] != issuer or key["public_key"] != public:
            raise ValidationError("key_file", N_("The key file is not the key of office {issuer}."), issuer=issuer)
        trusted = key["public_key"]
    if public != trusted or not keys.verify(trusted, signature, canonical(body).encode("utf-8")):
        raise refused
    with ws.db.transaction() as conn:
        before = replace_issued_versions(conn, issuer, body["versions"])
        conn.execute(
            "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
            (_trusted_key_setting(issuer), _json.dumps(trusted)),
        )
        audit.append(
            conn,
            entry_id=new_id(),
            office_code=office["code"],
            at=now_utc(),
            user=ws.user,
            action="import",
            table_name="ref_loan_policy",
            record_id=f"{issuer}@{body['issued_at']}",
            before={"versions": before},
            after={"versions": len(body["versions"]), "issuer": issuer},
        )
        loan_subsidy.refresh(conn)
    return len(body["versions"])
