"""SQL behind the Home page's indicators (app/services/indicators.py composes them).

Every query takes `tree` (JSON list of office codes: the office and everything below it) and
counts the rows whose own office_code is in it that were on the register at the end of the
period: live ones, and those deleted after that end (issue #19: a deletion is dated, and a closed
period's indicators never change when later work is recorded).  Live rows are read from the
partial indexes of live rows as before; the few deleted since the end from their own small
partial indexes (migration 27), in a second short pass.  Dates are ISO text, so BETWEEN on them
is a date range.  Each query is one pass over an indexed range or one table, so the whole Home
page stays well under a second on a 100,000-household register.
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
#: the steps that decide a demand: the bank's approval or rejection (a grant without an approval
#: step before it, as some ledgers record it, decides too)
DECIDING_STEPS = "('approved', 'rejected', 'granted')"
#: loan demands in the two passes of a count as of a period's end: live ones through the partial
#: index given, then those deleted after the end (:cut) through loan_demand_deleted
LIVE, LATE = "deleted_at IS NULL", "deleted_at >= :cut"


def _tree(alias: str = "") -> str:
    return IN_TREE.format(a=alias + "." if alias else "")


def _at_end(end: str, **params: object) -> dict:
    """Query parameters with :end and :cut, the first instant after the day `end`."""
    return {"end": end, "cut": rollups.cut_after(end), **params}


def _both(db: Database, sql: str, live_index: str, params: dict) -> list[dict]:
    """`sql` (a SELECT over ``{demands}`` whose WHERE starts with ``{alive}``) run on the live
    demands through `live_index`, then on those deleted after the end; one row of each."""
    return db.query(sql.format(demands=f"loan_demand INDEXED BY {live_index}", alive=LIVE), params) + db.query(
        sql.format(demands="loan_demand INDEXED BY loan_demand_deleted", alive=LATE), params
    )


def _in(tree: str | None, alias: str = "") -> str:
    """The office filter; tree None = the whole register (an office's register holds only its own
    records and those of the offices below it), which lets counts use covering indexes."""
    return "1" if tree is None else _tree(alias)


def poor_coverage(db: Database, tree: str | None, end: str) -> dict:
    """Households registered-poor at `end` (registered by then, with that status then: issue #19),
    those with a demand registered by `end`, those granted by `end`: one scan of household_roll
    (migrations 10 and 12), which keeps each household's first registration and first grant of its
    live demands, and the date of its latest status change.  A household deleted after `end` was
    still on the register then (a deletion is dated, migration 27); so was a demand deleted after
    `end`: the few households with one (records_deleted_on) are looked up in their demands."""
    demands = f"""EXISTS (SELECT 1 FROM loan_demand d INDEXED BY loan_demand_household
                          WHERE d.household_id = h.household_id AND {rollups.present("d")} AND {{when}})"""
    late = "coalesce(h.records_deleted_on > :end, 0)"
    return db.one(
        f"""
        SELECT count(*) AS poor,
               coalesce(sum(CASE WHEN {late} THEN {demands.format(when="d.registered_on <= :end")}
                                 ELSE first_registered_on <= :end END), 0) AS with_demand,
               coalesce(sum(CASE WHEN {late}
                                 THEN {demands.format(when=f"d.status IN {GRANTED} AND d.granted_on <= :end")}
                                 ELSE first_granted_on <= :end END), 0) AS with_grant
        FROM household_roll h
        WHERE (live OR deleted_on > :end) AND registered_on <= :end AND {rollups.status_at_end("h")} = 'registered_poor'
          AND {_in(tree)}""",
        _at_end(end, tree=tree),
    )


def loan_flow(db: Database, tree: str | None, start: str, end: str) -> dict:
    """Demands registered, granted (count, fen), decided and decided-then-granted in [start, end],
    as they stood at the end of `end`, and the days from registration to each decision.

    Registrations and grants each from the narrow index that holds their date (migration 8), and
    the few demands deleted since the end from theirs.  Decisions from the loan steps
    (:func:`decisions`): a demand's decision is its first approval or rejection, and it counts as
    granted when its grant was on or before the end — a later step (the grant, a rejection after
    the approval, a withdrawal) never changes a closed period's rate."""
    params = _at_end(end, tree=tree, start=start)
    registered = _both(
        db,
        f"""SELECT count(*) AS n FROM {{demands}}
            WHERE {{alive}} AND registered_on BETWEEN :start AND :end AND {_in(tree)}""",
        "loan_demand_registered_cover",
        params,
    )
    granted = _both(
        db,
        f"""SELECT count(*) AS n, coalesce(sum(granted_fen), 0) AS fen FROM {{demands}}
            WHERE {{alive}} AND status IN {GRANTED} AND granted_on BETWEEN :start AND :end AND {_in(tree)}""",
        "loan_demand_granted",
        params,
    )
    decided = decisions(db, tree, start, end)
    return {
        "registered": sum(r["n"] for r in registered),
        "granted": sum(r["n"] for r in granted),
        "granted_fen": sum(r["fen"] for r in granted),
        "decided": len(decided),
        "decided_granted": sum(1 for r in decided if r["granted"]),
        "decision_days": [r["days"] for r in decided],
    }


def decisions(db: Database, tree: str | None, start: str, end: str) -> list[dict]:
    """The demands decided in [start, end] as of the end of `end`, each {"days": from registration
    to the decision, "granted": granted by then}: from the loan steps on the register at that end
    (live, or deleted since).  A demand is decided on its first deciding step (approval or
    rejection; a grant recorded without an approval before it); a rejection or withdrawal after an
    approval does not move its decision out of the period in which it was made."""
    return db.query(
        f"""
        WITH touched AS (
            SELECT loan_demand_id FROM loan_event INDEXED BY loan_event_month
            WHERE deleted_at IS NULL AND on_date BETWEEN :start AND :end AND to_status IN {DECIDING_STEPS}
            UNION
            SELECT loan_demand_id FROM loan_event INDEXED BY loan_event_deleted
            WHERE deleted_at >= :cut AND on_date BETWEEN :start AND :end AND to_status IN {DECIDING_STEPS}),
        steps AS (
            SELECT s.loan_demand_id, s.to_status, s.on_date
            FROM touched t JOIN loan_event s INDEXED BY loan_event_decisions ON s.loan_demand_id = t.loan_demand_id
            WHERE s.deleted_at IS NULL AND s.to_status IN {DECIDING_STEPS}
            UNION ALL
            SELECT loan_demand_id, to_status, on_date FROM loan_event INDEXED BY loan_event_deleted
            WHERE deleted_at >= :cut AND to_status IN {DECIDING_STEPS}),
        first AS (
            SELECT loan_demand_id AS id, min(on_date) AS decided_on,
                   coalesce(max(to_status = 'granted' AND on_date <= :end), 0) AS granted
            FROM steps GROUP BY loan_demand_id)
        SELECT CAST(julianday(f.decided_on) - julianday(d.registered_on) AS INTEGER) AS days, f.granted
        FROM first f JOIN loan_demand d ON d.id = f.id
        WHERE f.decided_on BETWEEN :start AND :end AND {rollups.present("d")} AND {_in(tree, "d")}""",
        _at_end(end, tree=tree, start=start),
    )


def decision_days(db: Database, tree: str | None, start: str, end: str) -> list[int]:
    """Days from registration to decision of the demands decided in [start, end] (:func:`decisions`)."""
    return [r["days"] for r in decisions(db, tree, start, end)]


def outstanding(db: Database, tree: str | None, product: str, today: str) -> dict:
    """Loans of one product granted by `today` and not repaid by then; and those past maturity
    then (`today` is a past period's end for that period's figures: issue #19, and a loan deleted
    after it still counts)."""
    rows = _both(
        db,
        f"""
        SELECT count(*) AS n, coalesce(sum(granted_fen), 0) AS fen,
               coalesce(sum(maturity_on < :end), 0) AS overdue,
               coalesce(sum(CASE WHEN maturity_on < :end THEN granted_fen END), 0) AS overdue_fen
        FROM {{demands}}
        WHERE {{alive}} AND status IN {GRANTED} AND product_code = :product
          AND granted_on <= :end AND (repaid_on IS NULL OR repaid_on > :end)
          AND (written_off_on IS NULL OR written_off_on > :end) AND {_in(tree)}
        """,
        "loan_demand_granted",
        _at_end(today, tree=tree, product=product),
    )
    return {k: sum(r[k] for r in rows) for k in ("n", "fen", "overdue", "overdue_fen")}


def sessions(db: Database, tree: str | None, start: str, end: str) -> dict:
    """Sessions held in [start, end] (and on the register at its end), their attendance, and how
    many were in Tibetan or bilingual."""
    return db.one(
        f"""
        SELECT count(*) AS n, coalesce(sum(attendance_total), 0) AS attendance,
               coalesce(sum(language IN ('bo', 'both')), 0) AS tibetan
        FROM literacy_session s INDEXED BY literacy_session_held
        WHERE held_on BETWEEN :start AND :end AND {rollups.present("s")} AND {_in(tree)}
        """,
        _at_end(end, tree=tree, start=start),
    )


def households_reached(db: Database, tree: str | None, start: str, end: str) -> int:
    """Distinct households linked as attendees of sessions held in [start, end], as the register
    stood at the end of `end` (sessions and households deleted after it still count; an attendee
    taken off a session's list is a correction of who came, and counts no more).

    Households deleted by then are left out by a list of them (few, from their own partial index)
    rather than a look-up of every attendee's household; the foreign key guarantees the rest exist."""
    return (
        db.scalar(
            f"""
        SELECT count(DISTINCT a.household_id)
        FROM literacy_session s INDEXED BY literacy_session_held
        JOIN session_attendee a INDEXED BY session_attendee_pair ON a.session_id = s.id AND a.deleted_at IS NULL
        WHERE s.held_on BETWEEN :start AND :end AND {rollups.present("s")} AND {_in(tree, "s")}
          AND a.household_id NOT IN (SELECT id FROM household INDEXED BY household_id_number_deleted
                                     WHERE deleted_at IS NOT NULL AND deleted_at < :cut)
        """,
            _at_end(end, tree=tree, start=start),
        )
        or 0
    )


def complaint_state(db: Database, tree: str | None, today: str) -> dict:
    """Complaints open at the end of the day `today` (received by then, not resolved or closed by
    then; on the register then), and those of them past their due date then."""
    return db.one(
        f"""
        SELECT count(*) AS open, coalesce(sum(due_on < :today), 0) AS overdue
        FROM complaint
        WHERE {rollups.present("complaint")} AND received_on <= :today AND {_in(tree)}
          AND (resolved_on IS NULL OR resolved_on > :today) AND (closed_on IS NULL OR closed_on > :today)
          AND (status IN {OPEN_COMPLAINT} OR resolved_on > :today OR closed_on > :today)
        """,
        {"tree": tree, "today": today, "cut": rollups.cut_after(today)},
    )


def complaint_flow(db: Database, tree: str | None, start: str, end: str) -> dict:
    """Received in [start, end]; resolved in it (and by the due date); closed in it with a
    satisfaction given (and satisfied or mostly satisfied); complaints deleted after `end` count."""
    return db.one(
        f"""
        SELECT coalesce(sum(received_on BETWEEN :start AND :end), 0) AS received,
               coalesce(sum(resolved_on BETWEEN :start AND :end), 0) AS resolved,
               coalesce(sum(resolved_on BETWEEN :start AND :end AND resolved_on <= due_on), 0) AS in_time,
               coalesce(sum(closed_on BETWEEN :start AND :end AND satisfaction IS NOT NULL), 0) AS rated,
               coalesce(sum(closed_on BETWEEN :start AND :end
                            AND satisfaction IN ('satisfied', 'basic')), 0) AS satisfied
        FROM complaint
        WHERE {rollups.present("complaint")} AND {_in(tree)}
        """,
        _at_end(end, tree=tree, start=start),
    )


def village_ids(db: Database, tree: str | None) -> set[str]:
    return {
        r["id"] for r in db.query(f"SELECT id FROM village WHERE deleted_at IS NULL AND {_in(tree)}", {"tree": tree})
    }


def demands_by_month(db: Database, tree: str | None, start: str, end: str) -> dict[str, tuple[int, int]]:
    """'YYYY-MM' → (demands registered, demands granted) in that month, for [start, end], as of the
    end of `end` (demands deleted since count)."""
    out: dict[str, list[int]] = {}
    params = _at_end(end, tree=tree, start=start)
    for index, alive in (("loan_demand_registered_cover", LIVE), ("loan_demand_deleted", LATE)):
        for r in db.query(
            f"""
            SELECT substr(registered_on, 1, 7) AS m, count(*) AS n FROM loan_demand INDEXED BY {index}
            WHERE {alive} AND registered_on BETWEEN :start AND :end AND {_in(tree)}
            GROUP BY m""",
            params,
        ):
            out.setdefault(r["m"], [0, 0])[0] += r["n"]
    for index, alive in (("loan_demand_granted", LIVE), ("loan_demand_deleted", LATE)):
        for r in db.query(
            f"""
            SELECT substr(granted_on, 1, 7) AS m, count(*) AS n FROM loan_demand INDEXED BY {index}
            WHERE {alive} AND status IN {GRANTED} AND granted_on BETWEEN :start AND :end AND {_in(tree)}
            GROUP BY m""",
            params,
        ):
            out.setdefault(r["m"], [0, 0])[1] += r["n"]
    return {m: (v[0], v[1]) for m, v in out.items()}


def attendance_by_month(db: Database, tree: str | None, start: str, end: str) -> dict[str, tuple[int, int]]:
    """'YYYY-MM' → (sessions, attendance) in that month, for [start, end] (sessions deleted after
    `end` count)."""
    return {
        r["m"]: (r["n"], r["attendance"])
        for r in db.query(
            f"""
            SELECT substr(held_on, 1, 7) AS m, count(*) AS n, coalesce(sum(attendance_total), 0) AS attendance
            FROM literacy_session s INDEXED BY literacy_session_held
            WHERE held_on BETWEEN :start AND :end AND {rollups.present("s")} AND {_in(tree)}
            GROUP BY m""",
            _at_end(end, tree=tree, start=start),
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
