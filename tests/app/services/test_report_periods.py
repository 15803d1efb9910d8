"""Issue #19, item 3: every period the seeds ask for — month, half-year (due 15 January and 15 July),
quarter, year and any range — with the same per-village roll-up, each figure recomputed here with
SQL of its own over the period's dates; the narrative and names kept with the report; provisional
and out-of-register warnings; the upper office's list of offices below, included or missing."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from app.domain.errors import ValidationError, ValidationErrors
from app.domain.periods import ReportPeriod
from app.services import reports

PERIODS = [
    ("half", "2026-H1", "2026-01-01", "2026-06-30"),
    ("quarter", "2026-Q3", "2026-07-01", "2026-09-30"),
    ("year", "2026", "2026-01-01", "2026-12-31"),
    ("month", "2026-10", "2026-10-01", "2026-10-31"),
]
TODAY = date(2026, 11, 15)


def test_periods_are_read_as_written_and_refused_otherwise():
    assert ReportPeriod.parse("half", "2026-h2") == ReportPeriod("half", date(2026, 7, 1), date(2026, 12, 31))
    assert ReportPeriod.parse("quarter", "2026-Q1").end == date(2026, 3, 31)
    assert ReportPeriod.parse("year", "2025").key == "2025"
    assert ReportPeriod.between("2026-03-05", "2026-04-10").key == "2026-03-05..2026-04-10"
    assert ReportPeriod.between("2026-04-01", "2026-06-30").key == "2026-Q2"  # a range that is a quarter
    assert ReportPeriod.parse("half", "2026-H1").due_on == date(2026, 7, 15)
    assert ReportPeriod.parse("half", "2026-H2").due_on == date(2027, 1, 15)
    for kind, text in (("half", "2026-H3"), ("quarter", "2026-Q5"), ("year", "26"), ("month", "2026-13")):
        with pytest.raises(ValidationError):
            ReportPeriod.parse(kind, text)
    with pytest.raises(ValidationError):
        ReportPeriod.between("2026-05-01", "2026-04-01")


@pytest.mark.parametrize("kind,key,start,end", PERIODS)
def test_each_periods_figures_match_the_records(demo_ws, kind, key, start, end):
    report = reports.build(demo_ws, ReportPeriod.parse(kind, key), today=TODAY)
    one = lambda sql, *p: demo_ws.db.execute(sql, p).fetchone()
    n, fen = one(
        "SELECT count(*), coalesce(sum(amount_fen), 0) FROM loan_demand WHERE deleted_at IS NULL"
        " AND registered_on BETWEEN ? AND ?",
        start,
        end,
    )
    assert (report.total.registered.n, report.total.registered.fen) == (n, fen)
    granted = one(
        "SELECT count(*) FROM loan_event WHERE to_status = 'granted' AND deleted_at IS NULL"
        " AND on_date BETWEEN ? AND ?",
        start,
        end,
    )[0]
    assert report.total.granted.n == granted
    sessions, attendance = one(
        "SELECT count(*), coalesce(sum(attendance_total), 0) FROM literacy_session"
        " WHERE deleted_at IS NULL AND held_on BETWEEN ? AND ?",
        start,
        end,
    )
    assert (report.total.sessions, report.total.attendance) == (sessions, attendance)
    received = one(
        "SELECT count(*) FROM complaint WHERE deleted_at IS NULL AND received_on BETWEEN ? AND ?", start, end
    )[0]
    assert report.total.complaints_received == received
    households = one(
        "SELECT count(*) FROM household WHERE deleted_at IS NULL"
        " AND coalesce(registered_on, substr(created_at, 1, 10)) <= ?",
        end,
    )[0]
    assert report.total.households == households
    outstanding = one(
        "SELECT count(*) FROM loan_demand WHERE deleted_at IS NULL AND product_code = '530'"
        " AND granted_on <= ? AND (repaid_on IS NULL OR repaid_on > ?)",
        end,
        end,
    )[0]
    assert report.total.outstanding_530.n == outstanding
    assert report.village_sum() == report.total  # the same per-village roll-up
    assert (report.start, report.end, report.month) == (start, end, key)
    assert n + granted + sessions > 0


def test_a_running_period_is_provisional_and_a_future_one_has_not_begun(demo_ws):
    running = reports.build(demo_ws, ReportPeriod.parse("half", "2026-H2"), today=TODAY)
    assert running.provisional and [w.message for w in running.warnings] == [reports.PROVISIONAL]
    closed = reports.build(demo_ws, ReportPeriod.parse("quarter", "2026-Q3"), today=TODAY)
    assert not closed.provisional and closed.warnings == []
    future = reports.build(demo_ws, ReportPeriod.parse("year", "2027"), today=TODAY)
    assert [w.message for w in future.warnings] == [reports.NOT_BEGUN]


def test_a_period_before_the_register_began_is_warned(demo_ws):
    first = reports.first_record_on(demo_ws.db, None)
    year = int(first[:4]) - 1
    report = reports.build(demo_ws, ReportPeriod.parse("year", str(year)), today=TODAY)
    assert [(w.message, dict(w.params)) for w in report.warnings] == [(reports.BEFORE_REGISTER, {"first": first})]
    assert report.total.households == 0


def test_the_narrative_and_names_are_kept_with_the_periods_report(demo_ws):
    half = ReportPeriod.parse("half", "2026-H1")
    reports.save_note(
        demo_ws,
        half,
        narrative="新情况：牦牛贷款需求增加。\n新问题：部分农户联系不上。",
        prepared_by="卓玛",
        reviewed_by="李明",
    )
    report = reports.build(demo_ws, half, today=TODAY)
    assert (report.narrative.startswith("新情况"), report.prepared_by, report.reviewed_by) == (True, "卓玛", "李明")
    assert reports.build(demo_ws, ReportPeriod.parse("quarter", "2026-Q1"), today=TODAY).narrative == ""
    with pytest.raises(ValidationErrors) as exc:
        reports.save_note(demo_ws, half, narrative="字" * (reports.NARRATIVE_LIMIT + 1))
    assert "narrative" in str(exc.value.problems[0].field)
    assert reports.note(demo_ws, half)["prepared_by"] == "卓玛"  # nothing lost by the refused save


def test_the_document_of_each_kind_is_titled_for_the_office_and_the_period(demo_ws):
    from app.services.report_document import document

    doc = document(demo_ws, reports.build(demo_ws, ReportPeriod.parse("half", "2026-H1"), today=TODAY), "zh")
    assert doc.title == "双基联动工作室半年报"
    assert doc.sections[0].title == "本期融资需求"
    assert doc.narrative == "" and doc.signatures[0][0] == "填报人"
    doc = document(demo_ws, reports.monthly(demo_ws, "2026-10", today=TODAY), "zh")
    assert doc.title == "双基联动工作室月报" and doc.sections[0].title == "本月融资需求"


def test_the_cli_makes_every_period(demo_ws, tmp_path):
    import openpyxl

    db = str(demo_ws.db.path)
    demo_ws.close()
    runs = [
        ("half-year", "--half", "2026-H1"),
        ("quarter", "--quarter", "2026-Q3"),
        ("year", "--year", "2025"),
        ("range", "--from", "2026-03-05", "--to", "2026-04-10"),
    ]
    for args in runs:
        out = tmp_path / f"{args[0]}.xlsx"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--db",
                db,
                "--lang",
                "en",
                "report",
                *args,
                "--prepared-by",
                "卓玛",
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        cells = [c for row in openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in row]
        assert "卓玛" in cells
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            db,
            "--lang",
            "zh",
            "report",
            "half-year",
            "--half",
            "2026-H3",
            "--out",
            str(tmp_path / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "2026-H2" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.xlsx").exists()
