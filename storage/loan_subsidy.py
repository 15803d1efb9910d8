"""``loan_subsidy_span``: each granted loan's interest subsidy as spans of days over which it earns
the same each day (app.domain.loan_ledger.LoanFacts.subsidy_segments), so that the subsidy due in
any period — Home's tile, the monthly report — is one indexed sum, whatever the number of loans.

Why a derived table.  Computing the subsidy replays each loan's movements under the policy of
each day; done for every loan at every read it costs seconds at county scale (46,000 loans on the
books at 100,000 households), which is why the subsidy used to be summed only over loans the
ledger itself had granted — a loan that predates the ledger counted 0 (issue #18).  The spans
are exact integers (fen × rate bp × share bp per day; a span earns ``per_day × days /
SUBSIDY_DENOMINATOR`` fen), and a period's sum rounds each loan's policy year half up, exactly
as a single loan's figures do.

How it stays right.  SQLite triggers mark a loan stale (``loan_subsidy_stale``) in the same
transaction as any write that changes its subsidy — the loan row, a repayment, an extension or
top-up, a policy version of its product, the base-rate series — whoever writes it (a form, a sync
or roster import, undo).  :func:`refresh` recomputes the stale loans' spans (the loan book's
writes call it; a read never writes: :func:`due` leaves stale loans out and the service adds them
computed on the spot).  ``check`` compares nothing here: the table is derived and never travels in
a sync package.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from storage.db import Database, run_script

SPANS = "loan_subsidy_span"
STALE = "loan_subsidy_stale"

_CREATE = f"""
CREATE TABLE {SPANS} (
    loan_demand_id TEXT NOT NULL,
    start_on       TEXT NOT NULL,     -- first day of the span
    end_on         TEXT NOT NULL,     -- the day after its last
    per_day        INTEGER NOT NULL,  -- subsidised fen × rate bp × share bp
    PRIMARY KEY (loan_demand_id, start_on)
) WITHOUT ROWID;
CREATE INDEX {SPANS}_period ON {SPANS}(end_on, start_on, per_day, loan_demand_id);
CREATE TABLE {STALE} (loan_demand_id TEXT PRIMARY KEY) WITHOUT ROWID;
"""

_MARK = f"INSERT OR IGNORE INTO {STALE}(loan_demand_id) VALUES"
_MARK_PRODUCT = (
    f"INSERT OR IGNORE INTO {STALE}(loan_demand_id) SELECT id FROM loan_demand WHERE product_code = {{code}}"
    " AND granted_on IS NOT NULL"
)
TRIGGERS = {
    "loan_subsidy_loan_insert": f"AFTER INSERT ON loan_demand WHEN NEW.granted_on IS NOT NULL BEGIN {_MARK} (NEW.id); END",
    "loan_subsidy_loan_update": (
        "AFTER UPDATE ON loan_demand WHEN NEW.granted_on IS NOT NULL OR OLD.granted_on IS NOT NULL"
        f" BEGIN {_MARK} (NEW.id); END"
    ),
    "loan_subsidy_repayment_insert": f"AFTER INSERT ON loan_repayment BEGIN {_MARK} (NEW.loan_demand_id); END",
    "loan_subsidy_repayment_update": f"AFTER UPDATE ON loan_repayment BEGIN {_MARK} (NEW.loan_demand_id); END",
    "loan_subsidy_step_insert": (
        f"AFTER INSERT ON loan_event WHEN NEW.step IN ('extend', 'top_up') BEGIN {_MARK} (NEW.loan_demand_id); END"
    ),
    "loan_subsidy_step_update": (
        f"AFTER UPDATE ON loan_event WHEN NEW.step IN ('extend', 'top_up') BEGIN {_MARK} (NEW.loan_demand_id); END"
    ),
    "loan_subsidy_policy_insert": f"AFTER INSERT ON ref_loan_policy BEGIN {_MARK_PRODUCT.format(code='NEW.product_code')}; END",
    "loan_subsidy_policy_update": f"AFTER UPDATE ON ref_loan_policy BEGIN {_MARK_PRODUCT.format(code='NEW.product_code')}; END",
    "loan_subsidy_policy_delete": f"AFTER DELETE ON ref_loan_policy BEGIN {_MARK_PRODUCT.format(code='OLD.product_code')}; END",
}
_ALL_LOANS = f"INSERT OR IGNORE INTO {STALE}(loan_demand_id) SELECT id FROM loan_demand WHERE granted_on IS NOT NULL"
for _event in ("INSERT", "UPDATE", "DELETE"):
    TRIGGERS[f"loan_subsidy_rate_{_event.lower()}"] = f"AFTER {_event} ON ref_base_rate BEGIN {_ALL_LOANS}; END"


def install(conn: Any) -> None:
    """Create the tables and triggers and compute every granted loan's spans (migration 25)."""
    run_script(conn, _CREATE)
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")
    conn.execute(_ALL_LOANS)
    refresh(conn)


def _rows(conn: Any, sql: str, params: Any = ()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _rules(conn: Any) -> tuple[dict, Any]:
    """The policy versions and base rates as app.domain.credit_policy reads them."""
    from app.domain.credit_policy import BaseRates, PolicyVersion
    from app.domain.dates import from_iso

    versions: dict[str, list] = {}
    for r in _rows(conn, "SELECT * FROM ref_loan_policy ORDER BY product_code, effective_from"):
        versions.setdefault(r["product_code"], []).append(PolicyVersion.from_row(r))
    series: dict[str, list] = {}
    for code, start, bp in conn.execute("SELECT code, effective_from, rate_bp FROM ref_base_rate"):
        series.setdefault(code, []).append((from_iso(start), int(bp)))
    fallback = conn.execute("SELECT value FROM settings WHERE key = 'base_rate_bp'").fetchone()
    fallback_bp = None
    if fallback is not None and fallback[0] is not None:
        try:
            fallback_bp = int(json.loads(fallback[0]))
        except (TypeError, ValueError):
            fallback_bp = None
    return versions, BaseRates(series, fallback_bp)


def spans_of(loan: dict, repayments: list[dict], steps: list[dict], versions: dict, rates: Any) -> list[tuple]:
    """The loan's spans under the policy versions of its product (the same arithmetic as the loan
    book's figures: app.domain.loan_ledger.loan_facts and subsidy_segments)."""
    from app.domain.credit_policy import in_force, rate_cap_bp, subsidy_terms, term_months_between
    from app.domain.dates import from_iso
    from app.domain.loan_ledger import loan_facts

    if loan.get("deleted_at") or not loan.get("granted_on") or not loan.get("granted_fen"):
        return []
    own = versions.get(loan["product_code"], [])
    granted = date.fromisoformat(loan["granted_on"])
    maturity = from_iso(loan.get("original_maturity_on") or loan.get("maturity_on"))
    if maturity is None or maturity <= granted:
        return []
    term = term_months_between(granted, maturity)
    base = None
    if loan.get("rate_bp") is None:
        policy = in_force(own, loan["product_code"], granted)
        base = rate_cap_bp(policy, term, granted, rates) if policy is not None else None
    facts = loan_facts(loan, repayments, steps, base)
    if facts is None:
        return []
    return facts.subsidy_segments(subsidy_terms(own, loan["product_code"], term, granted, rates))


def refresh(conn: Any, rules: Any = None) -> int:
    """Recompute the spans of every stale loan; returns how many.  `conn` is a raw connection
    inside the caller's transaction (or autocommit)."""
    ids = [r[0] for r in conn.execute(f"SELECT loan_demand_id FROM {STALE}")]
    if not ids:
        return 0
    versions, rates = rules or _rules(conn)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        loans = {r["id"]: r for r in _rows(conn, f"SELECT * FROM loan_demand WHERE id IN ({marks})", chunk)}
        pays: dict[str, list] = {}
        for r in _rows(
            conn,
            f"SELECT * FROM loan_repayment WHERE deleted_at IS NULL AND loan_demand_id IN ({marks}) ORDER BY paid_on",
            chunk,
        ):
            pays.setdefault(r["loan_demand_id"], []).append(r)
        steps: dict[str, list] = {}
        for r in _rows(
            conn,
            f"SELECT * FROM loan_event WHERE deleted_at IS NULL AND step IN ('extend', 'top_up')"
            f" AND loan_demand_id IN ({marks}) ORDER BY on_date",
            chunk,
        ):
            steps.setdefault(r["loan_demand_id"], []).append(r)
        conn.execute(f"DELETE FROM {SPANS} WHERE loan_demand_id IN ({marks})", chunk)
        rows = []
        for loan_id in chunk:
            loan = loans.get(loan_id)
            if loan is None:
                continue
            for a, b, per_day in spans_of(loan, pays.get(loan_id, []), steps.get(loan_id, []), versions, rates):
                rows.append((loan_id, a.isoformat(), b.isoformat(), per_day))
        conn.executemany(f"INSERT INTO {SPANS}(loan_demand_id, start_on, end_on, per_day) VALUES (?, ?, ?, ?)", rows)
        conn.execute(f"DELETE FROM {STALE} WHERE loan_demand_id IN ({marks})", chunk)
    return len(ids)


def due(db: Database, start: date, until: date, office_codes: list[str] | None = None) -> int:
    """The subsidy the loans not stale earned from `start` to `until` (exclusive), in fen: each
    loan's sum per policy year rounded half up, then added up."""
    from app.domain.loan_ledger import SUBSIDY_DENOMINATOR

    office, params = "", {"s": start.isoformat(), "e": until.isoformat(), "d": SUBSIDY_DENOMINATOR}
    if office_codes:
        office = (
            " AND EXISTS (SELECT 1 FROM loan_demand d WHERE d.id = s.loan_demand_id"
            " AND d.office_code IN (SELECT value FROM json_each(:codes)))"
        )
        params["codes"] = json.dumps(office_codes)
    return int(
        db.scalar(
            f"""
        SELECT coalesce(sum((2 * n + :d) / (2 * :d)), 0) FROM (
            SELECT s.loan_demand_id, substr(s.start_on, 1, 4) AS y,
                   sum(s.per_day * CAST(round(julianday(min(s.end_on, :e)) - julianday(max(s.start_on, :s))) AS INTEGER)) AS n
            FROM {SPANS} s INDEXED BY {SPANS}_period
            WHERE s.end_on > :s AND s.start_on < :e
              AND s.loan_demand_id NOT IN (SELECT loan_demand_id FROM {STALE}){office}
            GROUP BY s.loan_demand_id, y)""",
            params,
        )
        or 0
    )


def deleted_since(db: Database, cut: str, end: str) -> list[str]:
    """Loans granted by the day `end` and deleted at or after the instant `cut` (the first after
    that day): their spans are gone, but they earned a subsidy until then.  Few (migration 27's
    partial index of deleted demands)."""
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM loan_demand INDEXED BY loan_demand_deleted WHERE deleted_at >= ? AND granted_on <= ?",
            (cut, end),
        )
    ]


def stale_ids(db: Database) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT loan_demand_id FROM {STALE}")]


def loans_earning(db: Database, start: date, until: date) -> list[str]:
    """The loans that earn a subsidy between `start` and `until` (exclusive): Home's drill-down."""
    return [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT loan_demand_id FROM {SPANS} INDEXED BY {SPANS}_period WHERE end_on > ? AND start_on < ?"
            f" UNION SELECT loan_demand_id FROM {STALE}",
            (start.isoformat(), until.isoformat()),
        )
    ]
