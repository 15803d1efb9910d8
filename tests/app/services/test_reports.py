"""Monthly report figures checked against SQL written independently here (demo register, 2026-10)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.services import reports

MONTH, START, END = "2026-10", "2026-10-01", "2026-10-31"


def one(ws, sql, *params):
    return tuple(ws.db.execute(sql, params).fetchone())


@pytest.fixture
def report(demo_ws):
    return reports.monthly(demo_ws, MONTH)


def test_registrations_are_demands_registered_in_the_month(demo_ws, report):
    n, fen = one(
        demo_ws,
        "SELECT count(*), coalesce(sum(amount_fen), 0) FROM loan_demand"
        " WHERE deleted_at IS NULL AND registered_on BETWEEN ? AND ?",
        START,
        END,
    )
    assert n > 0
    assert (report.total.registered.n, report.total.registered.fen) == (n, fen)


@pytest.mark.parametrize("step", ["referred", "approved", "rejected", "withdrawn"])
def test_steps_count_loan_events_dated_in_the_month(demo_ws, report, step):
    n, fen = one(
        demo_ws,
        """SELECT count(*), coalesce(sum(d.amount_fen), 0) FROM loan_event e
                             JOIN loan_demand d ON d.id = e.loan_demand_id
                             WHERE e.to_status = ? AND e.on_date >= ? AND e.on_date <= ?
                               AND e.deleted_at IS NULL AND d.deleted_at IS NULL""",
        step,
        START,
        END,
    )
    assert (report.total.step(step).n, report.total.step(step).fen) == (n, fen)


def test_granted_counts_the_amount_granted(demo_ws, report):
    rows = demo_ws.db.query("""SELECT d.granted_fen, d.amount_fen, d.product_code FROM loan_event e
                               JOIN loan_demand d ON d.id = e.loan_demand_id
                               WHERE e.to_status = 'granted' AND substr(e.on_date, 1, 7) = '2026-10'""")
    assert rows
    assert report.total.granted.n == len(rows)
    assert report.total.granted.fen == sum(r["granted_fen"] or r["amount_fen"] for r in rows)
    assert report.total.granted_530.n == sum(1 for r in rows if r["product_code"] == "530")


def test_530_outstanding_at_month_end(demo_ws, report):
    rows = demo_ws.db.query(
        "SELECT granted_on, repaid_on, granted_fen FROM loan_demand WHERE product_code = '530'"
        " AND granted_on IS NOT NULL AND deleted_at IS NULL"
    )
    live = [r for r in rows if r["granted_on"] <= END and not (r["repaid_on"] and r["repaid_on"] <= END)]
    assert live
    assert report.total.outstanding_530.n == len(live)
    assert report.total.outstanding_530.fen == sum(r["granted_fen"] for r in live)


def test_sessions_and_attendance(demo_ws, report):
    n, total, women, poor = one(
        demo_ws,
        """SELECT count(*), coalesce(sum(attendance_total), 0),
                                             coalesce(sum(attendance_women), 0), coalesce(sum(attendance_poor), 0)
                                             FROM literacy_session WHERE held_on LIKE '2026-10-%'""",
    )
    f = report.total
    assert (f.sessions, f.attendance, f.attendance_women, f.attendance_poor) == (n, total, women, poor)
    assert sum(x.sessions for x in report.by_language) == n
    assert sum(x.attendance for x in report.by_language) == total


def test_complaints_received_resolved_and_overdue(demo_ws, report):
    received = one(demo_ws, "SELECT count(*) FROM complaint WHERE received_on LIKE '2026-10-%'")[0]
    resolved = one(
        demo_ws,
        "SELECT count(DISTINCT complaint_id) FROM complaint_event WHERE to_status = 'resolved'"
        " AND on_date LIKE '2026-10-%'",
    )[0]
    overdue = one(
        demo_ws,
        "SELECT count(*) FROM complaint WHERE received_on <= ? AND due_on <= ?"
        " AND (resolved_on IS NULL OR resolved_on > ?)",
        END,
        END,
        END,
    )[0]
    f = report.total
    assert (f.complaints_received, f.complaints_resolved, f.complaints_overdue) == (received, resolved, overdue)
    assert sum(t.overdue for t in report.by_complaint_type) == overdue
    assert sum(t.received for t in report.by_complaint_type) == received


def test_credit_households_use_the_latest_rating_with_a_credit_grade(demo_ws, report):
    grades = demo_ws.ratings.credit_grades()
    # as of the month's end (issue #19): households registered by then, ratings made by then
    rows = demo_ws.db.query(
        "SELECT r.household_id, r.year, r.grade FROM credit_rating r"
        " JOIN household h ON h.id = r.household_id AND h.deleted_at IS NULL"
        " WHERE r.deleted_at IS NULL AND r.year <= 2026 AND r.rated_on <= ?"
        " AND coalesce(h.registered_on, substr(h.created_at, 1, 10)) <= ? ORDER BY r.household_id, r.year",
        (report.end, report.end),
    )
    latest = {}
    for r in rows:
        latest[r["household_id"]] = r["grade"]
    expected = sum(1 for g in latest.values() if g in grades)
    assert expected > 0
    assert report.total.credit_households == expected


def test_village_rows_add_up_to_the_totals(report):
    assert len(report.villages) >= 3
    assert report.village_sum() == report.total


def test_records_without_a_village_go_to_the_unassigned_row(demo_ws):
    hid = demo_ws.db.scalar("SELECT household_id FROM loan_demand WHERE registered_on LIKE '2026-10-%' LIMIT 1")
    demo_ws.db.execute("UPDATE household SET village_id = NULL WHERE id = ?", (hid,))
    report = reports.monthly(demo_ws, MONTH)
    unassigned = [v for v in report.villages if v.village_id == reports.UNASSIGNED]
    assert len(unassigned) == 1 and unassigned[0].figures.registered.n >= 1
    assert report.village_sum() == report.total


def test_an_office_report_leaves_out_records_of_offices_outside_its_tree(demo_ws, report):
    from storage import records
    from storage.records import Actor

    records.insert(
        demo_ws.db,
        "office",
        {"code": "630224100203", "level": "village", "name_zh": "下级二", "parent_code": demo_ws.office["code"]},
        Actor("630224100201", "t"),
    )
    moved = demo_ws.db.query("SELECT id FROM loan_demand WHERE registered_on LIKE '2026-10-%' LIMIT 3")
    demo_ws.db.execute(
        "UPDATE loan_demand SET office_code = '630224100203' WHERE id IN (?, ?, ?)", tuple(r["id"] for r in moved)
    )
    below = reports.monthly(demo_ws, MONTH, office_code="630224100203")
    assert below.total.registered.n == 3
    assert reports.monthly(demo_ws, MONTH).total.registered.n == report.total.registered.n


def test_subordinate_offices_are_rolled_up(demo_ws, report):
    from storage import records
    from storage.records import Actor

    records.insert(
        demo_ws.db,
        "office",
        {"code": "630224100202", "level": "village", "name_zh": "下级", "parent_code": demo_ws.office["code"]},
        Actor("630224100201", "t"),
    )
    moved = demo_ws.db.query("SELECT id FROM literacy_session WHERE held_on LIKE '2026-10-%'")
    demo_ws.db.execute("UPDATE literacy_session SET office_code = '630224100202' WHERE held_on LIKE '2026-10-%'")
    after = reports.monthly(demo_ws, MONTH)
    assert after.total.sessions == report.total.sessions == len(moved)
    below = reports.monthly(demo_ws, MONTH, office_code="630224100202")
    assert below.total.sessions == len(moved) and below.total.registered.n == 0


@pytest.mark.parametrize("bad", ["2026-13", "10/2026", "", "2026"])
def test_a_month_not_written_as_year_month_is_refused(demo_ws, bad):
    with pytest.raises(ValidationError) as err:
        reports.monthly(demo_ws, bad)
    assert err.value.field == "month"


def test_the_month_before_january_is_december_of_the_year_before():
    from datetime import date

    assert reports.previous_month(date(2026, 1, 15)) == "2025-12"


# --- the CLI ---------------------------------------------------------------------------------


def cli(db_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )


def test_cli_monthly_xlsx_and_bad_month(demo_ws, db_path, tmp_path):
    demo_ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "m.xlsx"
    done = cli(db_path, "report", "monthly", "--month", MONTH, "--format", "xlsx", "--lang", "both", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
    bad = cli(
        db_path,
        "--lang",
        "zh",
        "report",
        "monthly",
        "--month",
        "2026-13",
        "--format",
        "pdf",
        "--lang",
        "zh",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_cli_a_report_given_a_pdf_name_is_written_as_a_pdf(demo_ws, db_path, tmp_path):
    demo_ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "月报.pdf"
    done = cli(db_path, "report", "monthly", "--month", MONTH, "--lang", "zh", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "农牧户" in text


@pytest.mark.parametrize(
    "command",
    [
        ["report", "monthly", "--month", MONTH, "--format", "xlsx", "--out", "月报.pdf"],
        ["card", "--all", "--out", "cards.xlsx"],
        ["export-register", "loans", "--out", "loans.pdf"],
    ],
    ids=["report", "card", "register"],
)
def test_cli_a_file_name_of_another_format_is_refused_with_a_sentence_and_nothing_written(
    demo_ws, db_path, tmp_path, command
):
    demo_ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stick = tmp_path / "usb"
    stick.mkdir()
    done = cli(db_path, "--lang", "zh", *command[:-1], str(stick / command[-1]))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert command[-1] in done.stderr and "扩展名" in done.stderr
    assert list(stick.iterdir()) == []


def test_cli_the_global_language_is_the_reports_when_it_has_none_of_its_own(demo_ws, db_path, tmp_path):
    """README: --lang chooses the language of messages and reports; a county reader who writes
    `--lang bo report quarter …` gets a Tibetan report, not a Chinese one."""
    import openpyxl

    demo_ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sheets = {}
    for lang in ("bo", "zh"):
        out = tmp_path / f"q-{lang}.xlsx"
        done = cli(db_path, "--lang", lang, "report", "quarter", "--quarter", "2026-Q3", "--out", str(out))
        assert done.returncode == 0, done.stderr
        sheets[lang] = openpyxl.load_workbook(out, read_only=True).sheetnames
    tibetan = [name for name in sheets["bo"] if any("\u0f00" <= ch <= "\u0fff" for ch in name)]
    assert tibetan and tibetan[0] not in sheets["zh"]
    assert not any(any("\u0f00" <= ch <= "\u0fff" for ch in name) for name in sheets["zh"])


def test_cli_export_register_filters_by_status(demo_ws, db_path, tmp_path):
    import openpyxl

    out = tmp_path / "loans.xlsx"
    done = cli(db_path, "export-register", "loans", "--status", "granted", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = openpyxl.load_workbook(out, read_only=True).worksheets[0].max_row - 1
    assert rows == demo_ws.db.scalar("SELECT count(*) FROM loan_demand WHERE status = 'granted'")


def test_cli_card_for_a_missing_village_is_a_sentence(demo_ws, db_path, tmp_path):
    done = cli(db_path, "card", "--village", "没有这个村", "--lang", "zh", "--out", str(tmp_path / "c.pdf"))
    assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.strip()
    assert not (tmp_path / "c.pdf").exists()


def test_credit_villages_follow_the_ratings_service(demo_ws):
    from datetime import date

    # lower the thresholds so that some villages qualify and some do not
    demo_ws.reference.set_setting("credit_village_min_credit_share_bp", 4000)
    demo_ws.reference.set_setting("credit_village_min_clean_borrower_share_bp", 5000)
    report = reports.monthly(demo_ws, MONTH)
    service = {v.village_id: v for v in demo_ws.ratings.credit_villages(2026, date(2026, 10, 31))}
    flags = {v.village_id: v.credit_village for v in report.villages if v.village_id}
    assert flags == {k: v.qualifies for k, v in service.items()}
    assert any(flags.values()) and report.credit_villages == sum(flags.values())
    for v in report.villages:
        if v.village_id:
            assert v.figures.credit_households == service[v.village_id].credit_households


@pytest.mark.parametrize("month", ["2025-12", "2026-10"])
def test_credit_households_match_the_records_for_this_year_and_the_last(demo_ws, month):
    from datetime import date

    from tests.helpers import credit_villages_from_records

    # the demo's register begins in November 2025 and rates 2025 in its last quarter: a report for
    # last year counts the households registered and rated by its end (issue #19)
    year = int(month[:4])
    report = reports.monthly(demo_ws, month)
    end = date.fromisoformat(report.end)
    expected = {village: credit for village, _, credit, _, _ in credit_villages_from_records(demo_ws, year, end)}
    assert {v.village_id: v.figures.credit_households for v in report.villages if v.village_id} == expected
    assert any(expected.values())
