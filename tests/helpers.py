"""Small test helpers (kept independent of the code under test)."""

from __future__ import annotations

from tests.conftest import OFFICE

#: the command line's ``init`` of the office every test register belongs to, both names
INIT = [
    "init",
    "--office-code",
    OFFICE["code"],
    "--level",
    OFFICE["level"],
    "--name-zh",
    OFFICE["name_zh"],
    "--name-bo",
    OFFICE["name_bo"],
]


def valid_id(first17: str) -> str:
    """Complete 17 digits with their ISO 7064 MOD 11-2 check character."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(first17))
    return first17 + "10X98765432"[total % 11]


#: ``households add`` of 卓玛, registered poor, in 拉脊村 (a village the command makes)
ADD_ZHUOMA = [
    "households",
    "add",
    "--name-zh",
    "卓玛",
    "--name-bo",
    "སྒྲོལ་མ",
    "--id-number",
    valid_id("63212219850101202"),
    "--phone",
    "13912345678",
    "--village",
    "拉脊村",
    "--status",
    "registered_poor",
]


POOR = dict(
    name_zh="卓玛",
    name_bo="སྒྲོལ་མ",
    id_number=valid_id("63212219850101202"),
    phone="13912345678",
    village="拉脊村",
    status="registered_poor",
    household_size=4,
    labour_count=2,
    ethnicity="tibetan",
)
GENERAL = dict(
    name_zh="李建国",
    id_number=valid_id("63012119700315101"),
    phone="0971-8123456",
    village="上寨村",
    status="general",
    household_size=3,
    ethnicity="han",
)


def credit_villages_from_records(ws, year: int, today) -> list[tuple]:
    """Per live village in name order: (village_id, households, credit households, borrowers,
    borrowers without arrears) as of the end of the day `today`, straight from the records — the
    rule of DESIGN §4 written out as one query, to check the roll-ups the program keeps
    (storage/household_roll.py): households registered by then; their latest rating made by then
    for a year up to `year`; borrowers with a grant by then, in arrears when a loan granted by then
    and not repaid by then had matured before then (issue #19)."""
    import json

    rows = ws.db.query(
        """
        WITH latest AS (
            SELECT household_id, grade FROM credit_rating r
            WHERE deleted_at IS NULL AND year = (
                SELECT max(year) FROM credit_rating r2
                WHERE r2.household_id = r.household_id AND r2.deleted_at IS NULL AND r2.year <= :year
                  AND r2.rated_on <= :today)
        ), borrowers AS (
            SELECT household_id,
                   max(CASE WHEN maturity_on < :today AND (repaid_on IS NULL OR repaid_on > :today)
                            THEN 1 ELSE 0 END) AS arrears
            FROM loan_demand WHERE deleted_at IS NULL AND status IN ('granted', 'repaid')
              AND granted_on <= :today
            GROUP BY household_id
        )
        SELECT v.id AS village_id, count(h.id) AS households,
               sum(CASE WHEN l.grade IN (SELECT value FROM json_each(:grades)) THEN 1 ELSE 0 END) AS credit,
               count(b.household_id) AS borrowers,
               sum(CASE WHEN b.household_id IS NOT NULL AND b.arrears = 0 THEN 1 ELSE 0 END) AS clean
        FROM village v
        LEFT JOIN household h ON h.village_id = v.id AND h.deleted_at IS NULL
                             AND coalesce(h.registered_on, substr(h.created_at, 1, 10)) <= :today
        LEFT JOIN latest l ON l.household_id = h.id
        LEFT JOIN borrowers b ON b.household_id = h.id
        WHERE v.deleted_at IS NULL
        GROUP BY v.id ORDER BY v.name_zh, v.id""",
        {"year": year, "today": today.isoformat(), "grades": json.dumps(sorted(ws.ratings.credit_grades()))},
    )
    return [(r["village_id"], r["households"], r["credit"] or 0, r["borrowers"], r["clean"] or 0) for r in rows]


# -- bare rows, written with SQL past the services (storage tests: triggers, roll-ups) -------------
ROW_OFFICE = "630224100201"


def raw_row(conn, table: str, **values) -> None:
    values = {
        "office_code": ROW_OFFICE,
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z",
        **values,
    }
    conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})", tuple(values.values())
    )


def raw_household(conn, hid: str, village: str | None = "v1", **extra) -> None:
    raw_row(
        conn, "household", id=hid, name_zh=hid, id_number=f"id-{hid}", id_rev=f"ver-{hid}", village_id=village, **extra
    )


def raw_rating(conn, hid: str, year: int, grade: str, **extra) -> None:
    raw_row(
        conn,
        "credit_rating",
        id=f"r-{hid}-{year}",
        household_id=hid,
        year=year,
        score=80,
        grade=grade,
        rated_on=f"{year}-06-01",
        **extra,
    )


def raw_loan(conn, lid: str, hid: str, status: str = "registered", **extra) -> None:
    extra.setdefault("registered_on", "2024-02-01")
    raw_row(
        conn,
        "loan_demand",
        id=lid,
        household_id=hid,
        amount_fen=100_000,
        product_code="530",
        status=status,
        status_on="2024-03-01",
        **extra,
    )


def export_register(ws, register: str, ids: list[str], out, **kw):
    """A register's sheet written as the window and the command line write it: the service's
    document (app.services.register_export) through the writer, a generator of Progress."""
    from app.services.register_export import document
    from exports.xlsx.registers import write_register

    yield from write_register(document(ws, register, ids, **kw), out)
