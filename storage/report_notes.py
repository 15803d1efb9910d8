"""The narrative and names an office keeps with a period's report (migration 18)."""

from __future__ import annotations

from storage.db import Database, now_utc

FIELDS = ("narrative", "prepared_by", "reviewed_by")


def get(db: Database, office_code: str, period_key: str) -> dict:
    row = db.one(
        "SELECT narrative, prepared_by, reviewed_by FROM report_note WHERE office_code = ? AND period_key = ?",
        (office_code, period_key),
    )
    return dict(row) if row else {f: "" for f in FIELDS}


def put(db: Database, office_code: str, period_key: str, values: dict, user: str) -> None:
    db.execute(
        """INSERT INTO report_note(office_code, period_key, narrative, prepared_by, reviewed_by, updated_at,
                                          updated_by)
                  VALUES (?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT(office_code, period_key) DO UPDATE SET narrative = excluded.narrative,
                      prepared_by = excluded.prepared_by, reviewed_by = excluded.reviewed_by,
                      updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
        (office_code, period_key, *(values.get(f, "") for f in FIELDS), now_utc(), user),
    )
