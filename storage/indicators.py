"""SQL behind the Home page's indicators (app/services/indicators.py composes them).

Every query takes `tree` (JSON list of office codes: the office and everything below it) and
counts only live rows (deleted_at IS NULL) whose own office_code is in it.  Dates are ISO text,
so BETWEEN on them is a date range.  Each query is one pass over an indexed range or one table,
so the whole Home page stays well under a second on a 100,000-household register.
"""

from __future__ import annotations

from storage import rollups
from storage.db import Database

IN_TREE = "{a}office_code IN (SELECT value FROM json_each(:tree))"
#: every status that follows a grant: a loan granted in a month stays counted there when it is
#: defaulted or written off later (the partial indexes of migration 22 hold exactly these)
GRANTED = "('granted', 'repaid', 'defaulted', 'written_off')"
DECIDED = "('approved', 'granted', 'repaid', 'rejected', 'defaulted', 'written_off')"
OPEN_COMPLAINT = "('received', 'transferred')"
WAITING_LOAN = "('registered', 'referred')"


def _tree(alias: str = "") -> str:
    return IN_TREE.format(a=alias + "." if alias else "")


def _in(tree: str | None, alias: str = "") -> str:
    """The office filter; tree None = the whole register (an office's register holds only its own
    records and those of the offices below it), which lets counts use covering indexes."""
    return "1" if tree is None else _tree(alias)


def poor_coverage(db: Database, tree: str | None, end: str) -> dict:
    """Households registered-poor at `end` (registered by then, with that status then: issue #19),
    those with a demand registered by `end`, those granted by `end`: one scan of household_roll
    (migrations 10 and 12), which keeps each household's first registration and first grant of its
    live demands, and the date of its latest status change.  A household deleted after `end` was
    still on the register then (a deletion is dated, migration 27)."""
    return db.one(
        f"""
        SELECT count(*) AS poor, coalesce(sum(first_registered_on <= :end), 0) AS with_demand,
               coalesce(sum(first_granted_on <= :end), 0) AS with_grant
        FROM household_roll h
        WHERE (live OR deleted_on > :end) AND registered_on <= :end AND {rollups.status_at_end("h")} = 'registered_poor'
          AND {_in(tree)}""",
        {"tree": tree, "end": end},
    )


def loan_flow(db: Database, tree: str | None, start: str, end: str) -> dict:
    """Demands registered, granted (count, fen), decided and decided-then-granted in [start, end].

    Each from the narrow index that holds its date: registrations by date, granted demands by
    product and date (migration 8), decided demands by date (migration 10)."""
    params = {"tree": tree, "start": start, "end": end}
    registered = db.scalar(
        f"""
        SELECT count(*) FROM loan_demand INDEXED BY loan_demand_registered_cover
        WHERE deleted_at IS NULL AND registered_on BETWEEN :start AND :end AND {_in(tree)}""",
        params,
    )
    granted = db.one(
        f"""
        SELECT count(*) AS n, coalesce(sum(granted_fen), 0) AS fen FROM loan_demand INDEXED BY loan_demand_granted
        WHERE deleted_at IS NULL AND status IN {GRANTED} AND granted_on BETWEEN :start AND :end
          AND {_in(tree)}""",
        params,
    )
    decided = db.one(
        f"""
        SELECT count(*) AS n, coalesce(sum(status IN {GRANTED}), 0) AS granted
        FROM loan_demand INDEXED BY loan_demand_decided
        WHERE deleted_at IS NULL AND status IN {DECIDED} AND decided_on BETWEEN :start AND :end
          AND {_in(tree)}""",
        params,
    )
    return {
        "registered": registered or 0,
        "granted": granted["n"],
        "granted_fen": granted["fen"],
        "decided": decided["n"],
        "decided_granted": decided["granted"],
    }


def decision_days(db: Database, tree: str | None, start: str, end: str) -> list[int]:
    """Days from registration to decision of the demands decided in [start, end]."""
    rows = db.query(
        f"""
        SELECT CAST(julianday(decided_on) - julianday(registered_on) AS INTEGER) AS days
        FROM loan_demand INDEXED BY loan_demand_decided   -- as loan_flow's decided count
        WHERE deleted_at IS NULL AND status IN {DECIDED} AND decided_on BETWEEN :start AND :end
          AND {_in(tree)}""",
        {"tree": tree, "start": start, "end": end},
    )
    return [r["days"] for r in rows]


def outstanding(db: Database, tree: str | None, product: str, today: str) -> dict:
    """Loans of one product granted by `today` and not repaid by then; and those past maturity
    then (`today` is a past period's end for that period's figures: issue #19)."""
    return db.one(
        f"""
        SELECT count(*) AS n, coalesce(sum(granted_fen), 0) AS fen,
               coalesce(sum(maturity_on < :today), 0) AS overdue,
               coalesce(sum(CASE WHEN maturity_on < :today THEN granted_fen END), 0) AS overdue_fen
        FROM loan_demand INDEXED BY loan_demand_granted
        WHERE status IN {GRANTED} AND deleted_at IS NULL AND product_code = :product
          AND granted_on <= :today AND (repaid_on IS NULL OR repaid_on > :today)
          AND (written_off_on IS NULL OR written_off_on > :today) AND {_in(tree)}
        """,
        {"tree": tree, "product": product, "today": today},
    )


def sessions(db: Database, tree: str | None, start: str, end: str) -> dict:
    """Sessions held in [start, end], their attendance, and how many were in Tibetan or bilingual."""
    return db.one(
        f"""
        SELECT count(*) AS n, coalesce(sum(attendance_total), 0) AS attendance,
               coalesce(sum(language IN ('bo', 'both')), 0) AS tibetan
        FROM literacy_session
        WHERE deleted_at IS NULL AND held_on BETWEEN :start AND :end AND {_in(tree)}
        """,
        {"tree": tree, "start": start, "end": end},
    )


def households_reached(db: Database, tree: str | None, start: str, end: str) -> int:
    """Distinct households (not deleted) linked as attendees of sessions held in [start, end].

    Deleted households are left out by a list of them (few, from their own partial index) rather
    than a look-up of every attendee's household; the foreign key guarantees the rest exist."""
    return (
        db.scalar(
            f"""
        SELECT count(DISTINCT a.household_id)
        FROM literacy_session s
        JOIN session_attendee a ON a.session_id = s.id AND a.deleted_at IS NULL
        WHERE s.deleted_at IS NULL AND s.held_on BETWEEN :start AND :end AND {_in(tree, "s")}
          AND a.household_id NOT IN (SELECT id FROM household INDEXED BY household_id_number_deleted
                                     WHERE deleted_at IS NOT NULL)
        """,
            {"tree": tree, "start": start, "end": end},
        )
        or 0
    )


def complaint_state(db: Database, tree: str | None, today: str) -> dict:
    """Complaints open at the end of the day `today` (received by then, not resolved or closed by
    then), and those of them past their due date then."""
    return db.one(
        f"""
        SELECT count(*) AS open, coalesce(sum(due_on < :today), 0) AS overdue
        FROM complaint
        WHERE deleted_at IS NULL AND received_on <= :today AND {_in(tree)}
          AND (resolved_on IS NULL OR resolved_on > :today) AND (closed_on IS NULL OR closed_on > :today)
          AND (status IN {OPEN_COMPLAINT} OR resolved_on > :today OR closed_on > :today)
        """,
        {"tree": tree, "today": today},
    )


def complaint_flow(db: Database, tree: str | None, start: str, end: str) -> dict:
    """Received in [start, end]; resolved in it (and by the due date); closed in it with a
    satisfaction given (and satisfied or mostly satisfied)."""
    return db.one(
        f"""
        SELECT coalesce(sum(received_on BETWEEN :start AND :end), 0) AS received,
               coalesce(sum(resolved_on BETWEEN :start AND :end), 0) AS resolved,
               coalesce(sum(resolved_on BETWEEN :start AND :end AND resolved_on <= due_on), 0) AS in_time,
               coalesce(sum(closed_on BETWEEN :start AND :end AND satisfaction IS NOT NULL), 0) AS rated,
               coalesce(sum(closed_on BETWEEN :start AND :end
                            AND satisfaction IN ('satisfied', 'basic')), 0) AS satisfied
        FROM complaint
        WHERE deleted_at IS NULL AND {_in(tree)}
        """,
        {"tree": tree, "start": start, "end": end},
    )


def village_ids(db: Database, tree: str | None) -> set[str]:
    return {
        r["id"] for r in db.query(f"SELECT id FROM village WHERE deleted_at IS NULL AND {_in(tree)}", {"tree": tree})
    }


def demands_by_month(db: Database, tree: str | None, start: str, end: str) -> dict[str, tuple[int, int]]:
    """'YYYY-MM' → (demands registered, demands granted) in that month, for [start, end]."""
    out: dict[str, list[int]] = {}
    for r in db.query(
        f"""
            SELECT substr(registered_on, 1, 7) AS m, count(*) AS n FROM loan_demand INDEXED BY loan_demand_registered_cover
            WHERE registered_on BETWEEN :start AND :end AND deleted_at IS NULL AND {_in(tree)}
            GROUP BY m""",
        {"tree": tree, "start": start, "end": end},
    ):
        out.setdefault(r["m"], [0, 0])[0] = r["n"]
    for r in db.query(
        f"""
            SELECT substr(granted_on, 1, 7) AS m, count(*) AS n FROM loan_demand INDEXED BY loan_demand_granted
            WHERE status IN {GRANTED} AND granted_on BETWEEN :start AND :end AND deleted_at IS NULL
              AND {_in(tree)}
            GROUP BY m""",
        {"tree": tree, "start": start, "end": end},
    ):
        out.setdefault(r["m"], [0, 0])[1] = r["n"]
    return {m: (v[0], v[1]) for m, v in out.items()}


def attendance_by_month(db: Database, tree: str | None, start: str, end: str) -> dict[str, tuple[int, int]]:
    """'YYYY-MM' → (sessions, attendance) in that month, for [start, end]."""
    return {
        r["m"]: (r["n"], r["attendance"])
        for r in db.query(
            f"""
            SELECT substr(held_on, 1, 7) AS m, count(*) AS n, coalesce(sum(attendance_total), 0) AS attendance
            FROM literacy_session
            WHERE held_on BETWEEN :start AND :end AND deleted_at IS NULL AND {_in(tree)}
            GROUP BY m""",
            {"tree": tree, "start": start, "end": end},
        )
    }


def overdue_complaints(db: Database, tree: str | None, today: str, limit: int) -> list[dict]:
    return db.query(
        f"""
        SELECT c.id, c.received_on, c.due_on, c.status, c.institution, c.complainant_name,
               h.name_zh AS household_zh, h.name_bo AS household_bo,
               CAST(julianday(:today) - julianday(c.due_on) AS INTEGER) AS days_overdue
        FROM complaint c LEFT JOIN household h ON h.id = c.household_id
        WHERE c.status IN {OPEN_COMPLAINT} AND c.due_on < :today AND c.deleted_at IS NULL AND {_in(tree, "c")}
        ORDER BY c.due_on, c.id LIMIT :limit
        """,
        {"tree": tree, "today": today, "limit": limit},
    )


def waiting_demands(db: Database, tree: str | None, before: str, today: str, limit: int) -> tuple[int, list[dict]]:
    """Demands still waiting for a bank decision, registered before `before` (oldest first)."""
    params = {"tree": tree, "before": before, "today": today, "limit": limit}
    where = f"d.status IN {WAITING_LOAN} AND d.registered_on < :before AND d.deleted_at IS NULL AND {_in(tree, 'd')}"
    total = db.scalar(f"SELECT count(*) FROM loan_demand d INDEXED BY loan_demand_waiting WHERE {where}", params) or 0
    # the oldest `limit` first, then their households' names: not a household look-up per waiting demand
    rows = db.query(
        f"""
        SELECT d.id, d.registered_on, d.status, d.amount_fen, d.product_code,
               h.name_zh AS household_zh, h.name_bo AS household_bo,
               CAST(julianday(:today) - julianday(d.registered_on) AS INTEGER) AS days_waiting
        FROM (SELECT d.id, d.registered_on, d.status, d.amount_fen, d.product_code, d.household_id
              FROM loan_demand d INDEXED BY loan_demand_waiting WHERE {where}
              ORDER BY d.registered_on, d.id LIMIT :limit) d
        JOIN household h ON h.id = d.household_id
        ORDER BY d.registered_on, d.id
        """,
        params,
    )
    return total, rows


def reported_senders(db: Database, codes: list[str], month: str) -> set[str]:
    """Which of `codes` have an imported sync package for `month` ('YYYY-MM'; a period written as
    a range that starts in the month counts too)."""
    if not codes:
        return set()
    import json

    return {
        r["sender_code"]
        for r in db.query(
            "SELECT DISTINCT sender_code FROM sync_log WHERE direction = 'import' AND status = 'ok'"
            " AND sender_code IN (SELECT value FROM json_each(:codes)) AND substr(period, 1, 7) = :month",
            {"codes": json.dumps(codes), "month": month},
        )
    }


def village_credit(db: Database, tree: str | None, villages: rollups.Villages) -> list[dict]:
    """Per village of the tree, in name order: households, credit households (latest rating up to
    the year has a credit grade), borrowers (a granted or repaid demand) and those without arrears
    (no granted loan past maturity) — the rule of ws.ratings.credit_villages, from the roll-ups
    the monthly report shares (storage/rollups.py)."""
    out: dict = {
        r["village_id"]: {**r, "households": 0, "credit": 0, "borrowers": 0, "clean": 0}
        for r in db.query(
            f"SELECT id AS village_id, name_zh, name_bo FROM village"
            f" WHERE deleted_at IS NULL AND {_in(tree)} ORDER BY name_zh, id",
            {"tree": tree},
        )
    }
    for village_id, (at_end, _) in villages.households.items():  # as of the roll-ups' end
        if village_id in out:
            out[village_id]["households"] = at_end
    for village_id, n in villages.credit.items():
        if village_id in out:
            out[village_id]["credit"] = n
    for village_id, (n, clean) in villages.borrowers.items():
        if village_id in out:
            out[village_id]["borrowers"] = n
            out[village_id]["clean"] = clean
    return list(out.values())
