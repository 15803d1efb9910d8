"""Reference tables: enumerations with zh/bo labels, loan products and their limits."""

from __future__ import annotations

import json
from typing import Any

from storage.db import Database


def enum_rows(db: Database, kind: str, *, active_only: bool = True) -> list[dict]:
    rows = db.query(
        "SELECT * FROM ref_enum WHERE kind = ?" + (" AND active = 1" if active_only else "") + " ORDER BY sort, code",
        (kind,),
    )
    for r in rows:
        r["extra"] = json.loads(r["extra"]) if r["extra"] else {}
    return rows


def enum_kinds(db: Database) -> list[str]:
    return [r["kind"] for r in db.query("SELECT DISTINCT kind FROM ref_enum ORDER BY kind")]


def product_rows(db: Database, *, active_only: bool = True) -> list[dict]:
    return db.query(
        "SELECT * FROM ref_loan_product" + (" WHERE active = 1" if active_only else "") + " ORDER BY sort, code"
    )


def product_row(db: Database, code: str) -> dict | None:
    return db.one("SELECT * FROM ref_loan_product WHERE code = ?", (code,))


def update_product_limits(db: Database, code: str, **limits: Any) -> None:
    allowed = {"max_amount_fen", "max_term_months", "min_age", "max_age", "active"}
    sets = {k: v for k, v in limits.items() if k in allowed}
    if sets:
        db.execute(
            f"UPDATE ref_loan_product SET {', '.join(k + ' = ?' for k in sets)} WHERE code = ?", [*sets.values(), code]
        )


#: the day of the month by which the previous month's sync package is due (setting ``report_due_day``)
DEFAULT_DUE_DAY = 5


def report_due_day(db: Database) -> int:
    """The setting, kept between the 1st and the 28th (every month has the day).  Here rather than
    in app/services/sync.py: the Home page asks for it, and importing sync (its cryptography) cost
    that page's first computation about 80 ms."""
    try:
        day = int(db.get_setting("report_due_day", DEFAULT_DUE_DAY))
    except (TypeError, ValueError):
        day = DEFAULT_DUE_DAY
    return min(max(day, 1), 28)
