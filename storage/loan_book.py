"""Queries of the loan book: a loan's movements, a household's loans in a product family, the
due-and-overdue list, and the book's totals — each an index look-up on the maintained roll-ups
``loan_demand.balance_fen`` and ``loan_demand.due_from`` (migration 15), never a pass over the
repayments.

"Overdue" follows the banks' reporting convention (逾期贷款): a loan with any principal past due
counts with its whole balance.
"""

from __future__ import annotations

import json

from storage.db import Database

#: statuses of a loan still on the books (owing principal)
ON_BOOK = ("granted", "defaulted")
_ON_BOOK_SQL = "('granted', 'defaulted')"
#: statuses of a loan that was granted at some time
GRANTED_SQL = "('granted', 'repaid', 'defaulted', 'written_off')"


def backfill(conn) -> None:
    """Loans granted before the ledger (or written by a bulk fill that knows nothing of it): the
    balance is the amount granted until repaid, the arrears date the maturity."""
    conn.execute(
        "UPDATE loan_demand SET original_maturity_on = maturity_on"
        " WHERE original_maturity_on IS NULL AND maturity_on IS NOT NULL"
    )
    conn.execute(
        "UPDATE loan_demand SET balance_fen = granted_fen, due_from = maturity_on"
        " WHERE status = 'granted' AND balance_fen IS NULL"
    )
    conn.execute("UPDATE loan_demand SET balance_fen = 0 WHERE status = 'repaid' AND balance_fen IS NULL")


def repayments(db: Database, loan_id: str) -> list[dict]:
    return db.query(
        "SELECT * FROM loan_repayment WHERE loan_demand_id = ? AND deleted_at IS NULL ORDER BY paid_on, created_at",
        (loan_id,),
    )


def events(db: Database, loan_id: str) -> list[dict]:
    return db.query(
        "SELECT * FROM loan_event WHERE loan_demand_id = ? AND deleted_at IS NULL ORDER BY on_date, created_at",
        (loan_id,),
    )


def household_book(db: Database, household_id: str) -> list[dict]:
    """The household's loans on the books, with their product's family."""
    return db.query(
        f"""SELECT d.id, d.product_code, p.family, coalesce(d.balance_fen, d.granted_fen) AS balance_fen,
                               d.granted_fen
                        FROM loan_demand d JOIN ref_loan_product p ON p.code = d.product_code
                        WHERE d.household_id = ? AND d.deleted_at IS NULL AND d.status IN {_ON_BOOK_SQL}""",
        (household_id,),
    )


def household_granted(db: Database, household_id: str) -> list[dict]:
    """Every loan of the household that was ever granted, with its product's family: a back-dated
    grant is judged by what these owed on its date (app.services.loan_book.family_loans)."""
    return db.query(
        f"""SELECT d.*, p.family FROM loan_demand d JOIN ref_loan_product p ON p.code = d.product_code
            WHERE d.household_id = ? AND d.deleted_at IS NULL AND d.status IN {GRANTED_SQL}
              AND d.granted_on IS NOT NULL""",
        (household_id,),
    )


def over_cap_households(db: Database) -> list[dict]:
    """Households whose loans in one family, granted part only (a top-up above the cap is allowed,
    unsubsidised), owe more than the largest household cap among those loans' products."""
    return db.query(f"""
        SELECT d.household_id, p.family, sum(min(coalesce(d.balance_fen, d.granted_fen), d.granted_fen)) AS owed,
               max(pol.household_cap_fen) AS cap
        FROM loan_demand d
        JOIN ref_loan_product p ON p.code = d.product_code
        JOIN ref_loan_policy pol ON pol.product_code = d.product_code
             AND pol.effective_from = (SELECT max(effective_from) FROM ref_loan_policy x
                                       WHERE x.product_code = d.product_code AND x.effective_from <= d.granted_on)
        WHERE d.deleted_at IS NULL AND d.status IN {_ON_BOOK_SQL} AND p.family IS NOT NULL
        GROUP BY d.household_id, p.family
        HAVING max(pol.household_cap_fen) IS NOT NULL AND owed > max(pol.household_cap_fen)
        ORDER BY d.household_id""")


def due_list(
    db: Database,
    *,
    on: str,
    within_days: int | None = None,
    overdue: bool = True,
    village_id: str | None = None,
    household_id: str | None = None,
) -> list[dict]:
    """Loans on the books that are overdue on `on` (due_from before it) and/or fall due within
    `within_days` after it, with their household and village, earliest first."""
    conds, params = [], []
    if overdue and within_days is not None:
        conds.append("d.due_from <= date(?, '+' || ? || ' days')")
        params += [on, within_days]
    elif overdue:
        conds.append("d.due_from < ?")
        params.append(on)
    elif within_days is not None:
        conds.append("d.due_from >= ? AND d.due_from <= date(?, '+' || ? || ' days')")
        params += [on, on, within_days]
    where = " AND ".join(conds) or "1"
    extra = ""
    if village_id is not None:
        extra += " AND h.village_id = ?"
        params.append(village_id)
    if household_id is not None:
        extra += " AND d.household_id = ?"
        params.append(household_id)
    return db.query(
        f"""
        SELECT d.id, d.household_id, d.product_code, d.status, d.granted_on, d.granted_fen, d.maturity_on,
               d.due_from, coalesce(d.balance_fen, d.granted_fen) AS balance_fen, d.bank, d.contract_no,
               h.name_zh, h.name_bo, h.phone, h.group_name, h.village_id, v.name_zh AS village_zh,
               v.name_bo AS village_bo
        FROM loan_demand d INDEXED BY loan_demand_due_from
        JOIN household h ON h.id = d.household_id
        LEFT JOIN village v ON v.id = h.village_id
        WHERE d.due_from IS NOT NULL AND d.deleted_at IS NULL AND d.status IN {_ON_BOOK_SQL} AND {where}{extra}
        ORDER BY d.due_from, v.name_zh, h.name_zh""",
        params,
    )


def book_totals(db: Database, on: str, office_codes: list[str] | None = None) -> dict:
    """Outstanding balance and overdue balance (whole balance of loans past due on `on`) now."""
    office = ""
    params: list = [on]
    if office_codes:
        office = f" AND office_code IN ({', '.join('?' * len(office_codes))})"
        params += office_codes
    row = db.one(
        f"""SELECT count(*) AS loans, coalesce(sum(coalesce(balance_fen, granted_fen)), 0) AS balance_fen,
                            coalesce(sum(CASE WHEN due_from < ? THEN coalesce(balance_fen, granted_fen) END), 0)
                                AS overdue_fen,
                            count(CASE WHEN due_from < ?1 THEN 1 END) AS overdue_loans
                     FROM loan_demand INDEXED BY loan_demand_book_state
                     WHERE deleted_at IS NULL AND status IN {_ON_BOOK_SQL}{office}""",
        params,
    )
    return dict(row)


def repaid_between(db: Database, start: str, end: str) -> dict:
    """Principal and interest repaid from `start` to `end` (both included), as recorded by the end
    of `end`: a repayment deleted after it still counts (a deletion is dated, issue #19)."""
    from storage.rollups import cut_after

    row = db.one(
        """SELECT count(*) AS payments, coalesce(sum(principal_fen), 0) AS principal_fen,
                           coalesce(sum(interest_fen), 0) AS interest_fen
                    FROM loan_repayment INDEXED BY loan_repayment_paid
                    WHERE paid_on BETWEEN ? AND ? AND (deleted_at IS NULL OR deleted_at >= ?)""",
        (start, end, cut_after(end)),
    )
    return dict(row)


def repaid_by_step(db: Database, start: str, end: str) -> list[dict]:
    """Loans repaid (status) on a day from `start` to `end` (those deleted after `end` too): the
    service finds among them those closed by the step while principal was still owed."""
    from storage.rollups import cut_after

    return db.query(
        "SELECT * FROM loan_demand INDEXED BY loan_demand_closed"
        " WHERE coalesce(repaid_on, written_off_on) BETWEEN ? AND ? AND (repaid_on IS NOT NULL OR written_off_on IS NOT NULL)"
        " AND repaid_on BETWEEN ? AND ? AND (deleted_at IS NULL OR deleted_at >= ?) AND status = 'repaid'",
        (start, end, start, end, cut_after(end)),
    )


def loans(
    db: Database, *, village_id: str | None = None, household_id: str | None = None, limit: int = 5000
) -> list[dict]:
    """Loan demands of a household or a village (any status), newest first."""
    conds, params = ["d.deleted_at IS NULL"], []
    if village_id is not None:
        conds.append("h.village_id = ?")
        params.append(village_id)
    if household_id is not None:
        conds.append("d.household_id = ?")
        params.append(household_id)
    params.append(limit)
    return db.query(
        f"""
        SELECT d.id, d.household_id, d.product_code, d.status, d.amount_fen, d.granted_on, d.granted_fen,
               d.maturity_on, d.due_from, CASE WHEN d.status IN {_ON_BOOK_SQL} THEN coalesce(d.balance_fen, d.granted_fen)
               ELSE 0 END AS balance_fen, d.bank, d.contract_no, h.name_zh, h.name_bo, h.phone, h.village_id,
               v.name_zh AS village_zh, v.name_bo AS village_bo
        FROM loan_demand d JOIN household h ON h.id = d.household_id LEFT JOIN village v ON v.id = h.village_id
        WHERE {" AND ".join(conds)} ORDER BY d.registered_on DESC, d.id LIMIT ?""",
        params,
    )


def subsidised_loans(db: Database, start: str, end: str, office_codes: list[str] | None = None) -> list[dict]:
    """Loans that may earn a subsidy between `start` and `end`: granted by `end`, subsidised, and on
    the books at some time in the period (not repaid, defaulted or written off before it)."""
    office = ""
    params: list = [end, start, start, start]
    if office_codes:
        office = f" AND office_code IN ({', '.join('?' * len(office_codes))})"
        params += office_codes
    return db.query(
        f"""SELECT * FROM loan_demand INDEXED BY loan_demand_subsidised
                        WHERE deleted_at IS NULL AND subsidised_fen > 0 AND granted_on <= ? AND status IN {GRANTED_SQL}
                        AND (repaid_on IS NULL OR repaid_on >= ?) AND (defaulted_on IS NULL OR defaulted_on >= ?)
                        AND (written_off_on IS NULL OR written_off_on >= ?){office}""",
        params,
    )


def movements_of(db: Database, loan_ids: list[str]) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Repayments and servicing steps of many loans at once: {loan id: rows}."""
    pays: dict[str, list[dict]] = {}
    steps: dict[str, list[dict]] = {}
    for i in range(0, len(loan_ids), 900):
        chunk = loan_ids[i : i + 900]
        marks = ", ".join("?" * len(chunk))
        for r in db.query(
            f"SELECT * FROM loan_repayment WHERE deleted_at IS NULL AND loan_demand_id IN ({marks}) ORDER BY paid_on",
            chunk,
        ):
            pays.setdefault(r["loan_demand_id"], []).append(r)
        for r in db.query(
            f"SELECT * FROM loan_event WHERE deleted_at IS NULL AND step IN ('extend', 'top_up')"
            f" AND loan_demand_id IN ({marks}) ORDER BY on_date",
            chunk,
        ):
            steps.setdefault(r["loan_demand_id"], []).append(r)
    return pays, steps


def _moved_since(db: Database, end: str, cut: str) -> set[str]:
    """Loans whose book has moved since the day `end`: repaid, written off, extended or topped up
    after it, or deleted at or after `cut` (the first instant after it)."""
    return {
        r[0]
        for r in db.execute(
            """SELECT loan_demand_id FROM loan_repayment WHERE paid_on > ? AND deleted_at IS NULL
           UNION SELECT loan_demand_id FROM loan_event INDEXED BY loan_event_step
                 WHERE step IN ('extend', 'top_up') AND on_date > ? AND deleted_at IS NULL
           UNION SELECT id FROM loan_demand INDEXED BY loan_demand_closed
                 WHERE coalesce(repaid_on, written_off_on) > ? AND (repaid_on IS NOT NULL OR written_off_on IS NOT NULL)
           UNION SELECT id FROM loan_demand INDEXED BY loan_demand_deleted WHERE deleted_at >= ?""",
            (end, end, end, cut),
        )
    }


def book_ids_at(db: Database, end: str, *, overdue: bool) -> tuple[list[str], list[dict]]:
    """The loans on the book at the end of day `end` (with `overdue`, those past due then) that
    nothing has touched since, and the rows of those moved since, for the service to replay: what
    a closed period's book tile lists when clicked (its count is :func:`book_at`'s)."""
    from storage.rollups import cut_after

    cut = cut_after(end)
    moved = _moved_since(db, end, cut)
    quiet = [
        r[0]
        for r in db.execute(
            f"""SELECT id FROM loan_demand INDEXED BY loan_demand_book_state
                WHERE deleted_at IS NULL AND status IN {_ON_BOOK_SQL} AND granted_on <= ?
                {"AND due_from < ?" if overdue else "AND ? IS NOT NULL"} ORDER BY due_from, id""",
            (end, end),
        )
        if r[0] not in moved
    ]
    rows = db.query(
        "SELECT * FROM loan_demand WHERE id IN (SELECT value FROM json_each(?))"
        f" AND (deleted_at IS NULL OR deleted_at >= ?) AND +granted_on <= ? AND +status IN {GRANTED_SQL}",
        (json.dumps(sorted(moved)), cut, end),
    )
    return quiet, rows


def book_at(db: Database, end: str, office_codes: list[str] | None = None) -> tuple[dict, list[dict]]:
    """The book at the end of day `end`, for a closed period's report (its figures never change when
    later work is recorded, DESIGN §4): totals of the loans nothing has touched since `end` (their
    roll-ups are still what they were then), and the rows of those moved since (repaid, written off,
    extended, topped up or repaid in part after `end`), which the service replays one by one.
    Both from indexes (migration 17): one pass over ``loan_demand_book_state``, and the few loans
    moved since found through their dates.  A loan deleted after `end` was on the book then (a
    deletion is dated, issue #19): it is one of the moved loans, found through its own partial
    index (migration 27)."""
    from storage.rollups import cut_after

    cut = cut_after(end)
    moved_ids = _moved_since(db, end, cut)
    office = ""
    params: dict = {"end": end}
    if office_codes:
        office = " AND office_code IN (SELECT value FROM json_each(:codes))"
        params["codes"] = json.dumps(office_codes)
    total = dict(
        db.one(
            f"""
        SELECT count(*) AS loans, coalesce(sum(coalesce(balance_fen, granted_fen)), 0) AS balance_fen,
               count(CASE WHEN due_from < :end THEN 1 END) AS overdue_loans,
               coalesce(sum(CASE WHEN due_from < :end THEN coalesce(balance_fen, granted_fen) END), 0) AS overdue_fen
        FROM loan_demand INDEXED BY loan_demand_book_state
        WHERE deleted_at IS NULL AND status IN {_ON_BOOK_SQL} AND granted_on <= :end{office}""",
            params,
        )
    )
    rows = []
    for i in range(0, len(moved_ids), 900):
        chunk = sorted(moved_ids)[i : i + 900]
        # (unary +: look the ids up by the primary key, never by scanning the status index)
        rows += db.query(
            f"SELECT * FROM loan_demand WHERE id IN ({', '.join('?' * len(chunk))})"
            f" AND (deleted_at IS NULL OR deleted_at >= ?) AND +granted_on <= ? AND +status IN {GRANTED_SQL}",
            [*chunk, cut, end],
        )
    if office_codes:
        rows = [r for r in rows if r["office_code"] in set(office_codes)]
    for r in rows:  # the moved loans leave the quiet totals: the service adds them as they stood
        if r["status"] in ON_BOOK and r["deleted_at"] is None:  # (a deleted one was never in them)
            balance = r["balance_fen"] if r["balance_fen"] is not None else r["granted_fen"]
            total["loans"] -= 1
            total["balance_fen"] -= balance
            if r["due_from"] is not None and r["due_from"] < end:
                total["overdue_loans"] -= 1
                total["overdue_fen"] -= balance
    return total, rows
