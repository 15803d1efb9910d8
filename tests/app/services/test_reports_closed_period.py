"""Issue #19: a closed period never changes — not when a record it counted is deleted later, and
not when a household it counted is moved to another village later.  Deletions and village moves
are dated (migration 27): before the day of a deletion the record counts, and a household counts
in the village it was in at the period's end.

Each closed period kind is made, later work is recorded through the services, the report is made
again and compared figure for figure (their repr, character for character); then the figures are
recomputed with SQL written here from the records and the audit log, not from the tables the
program keeps for itself."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.domain.periods import ReportPeriod
from app.services import reports
from storage import rollups

#: one closed period of every kind the seeds ask for, each with demo records in it
PERIODS = [("month", "2026-10"), ("quarter", "2026-Q3"), ("half", "2026-H1"), ("year", "2025")]


def _report(ws, kind: str, text: str):
    return reports.build(ws, ReportPeriod.parse(kind, text))


def _figures(report) -> str:
    """Every figure of the report and the records listed behind them, as one string."""
    return repr(
        (
            report.total,
            [(v.village_id, v.figures, v.credit_village) for v in report.villages],
            report.credit_villages,
            report.villages_rated,
            report.by_language,
            report.by_complaint_type,
            report.complaints_by_code,
            report.session_ids,
            report.complaint_ids,
            report.loan_ids,
            report.loan_event_ids,
            report.rating_ids,
        )
    )


def _in_period(ws, sql: str, report) -> str | None:
    return ws.db.scalar(sql, {"start": report.start, "end": report.end})


def _delete_what_the_period_counted(ws, report) -> list[tuple[str, str]]:
    """Delete, through the services, one record of each kind the period's figures count: a
    household registered by its end that has a rating or a loan, a loan demand with a step in it,
    a rating, a complaint and a session of the period.  Returns (table, id) of what was deleted."""
    done = []
    picks = [
        (
            "loan_demand",
            ws.loans,
            """SELECT d.id FROM loan_demand d JOIN loan_event e ON e.loan_demand_id = d.id
               WHERE d.deleted_at IS NULL AND e.deleted_at IS NULL AND e.to_status = 'granted'
                 AND e.on_date BETWEEN :start AND :end ORDER BY d.id LIMIT 1""",
        ),
        (
            "credit_rating",
            ws.ratings,
            "SELECT id FROM credit_rating WHERE deleted_at IS NULL AND rated_on <= :end ORDER BY rated_on DESC, id LIMIT 1",
        ),
        (
            "complaint",
            ws.complaints,
            "SELECT id FROM complaint WHERE deleted_at IS NULL AND received_on BETWEEN :start AND :end ORDER BY id LIMIT 1",
        ),
        (
            "literacy_session",
            ws.sessions,
            "SELECT id FROM literacy_session WHERE deleted_at IS NULL AND held_on BETWEEN :start AND :end"
            " ORDER BY id LIMIT 1",
        ),
        (
            "household",
            ws.households,
            """SELECT h.id FROM household h WHERE h.deleted_at IS NULL AND h.village_id IS NOT NULL
                 AND coalesce(h.registered_on, substr(h.created_at, 1, 10)) <= :end
                 AND EXISTS (SELECT 1 FROM credit_rating r WHERE r.household_id = h.id AND r.deleted_at IS NULL
                             AND r.rated_on <= :end)
               ORDER BY h.id LIMIT 1""",
        ),
    ]
    for table, service, sql in picks:
        record_id = _in_period(ws, sql, report)
        if record_id:
            service.delete(record_id)
            done.append((table, record_id))
    return done


def _move_households_of_the_period(ws, report) -> list[str]:
    """Move to another village, through the service, households whose loans, complaints and
    rating the period counts (one for each), and one with nothing but its registration."""
    villages = [r["id"] for r in ws.db.query("SELECT id FROM village WHERE deleted_at IS NULL ORDER BY id")]
    moved = []
    for sql in (
        """SELECT d.household_id FROM loan_demand d JOIN loan_event e ON e.loan_demand_id = d.id
           WHERE d.deleted_at IS NULL AND e.deleted_at IS NULL AND e.on_date BETWEEN :start AND :end
             AND e.to_status = 'granted' ORDER BY d.household_id LIMIT 1""",
        """SELECT household_id FROM complaint WHERE deleted_at IS NULL AND household_id IS NOT NULL
             AND received_on BETWEEN :start AND :end ORDER BY household_id LIMIT 1""",
        """SELECT household_id FROM credit_rating WHERE deleted_at IS NULL AND rated_on <= :end
           ORDER BY household_id LIMIT 1""",
        """SELECT id FROM household WHERE deleted_at IS NULL AND village_id IS NOT NULL
             AND coalesce(registered_on, substr(created_at, 1, 10)) <= :end ORDER BY id DESC LIMIT 1""",
    ):
        live = "IN (SELECT id FROM household WHERE deleted_at IS NULL) ORDER BY"
        hid = _in_period(
            ws,
            sql.replace("ORDER BY d.household_id", f"AND d.household_id {live} d.household_id").replace(
                "ORDER BY household_id", f"AND household_id {live} household_id"
            ),
            report,
        )
        if not hid or hid in moved:
            continue
        now = ws.households.get(hid)["village_id"]
        ws.households.update(hid, {"village_id": next(v for v in villages if v != now)})
        moved.append(hid)
    return moved


@pytest.mark.parametrize(("kind", "text"), PERIODS)
def test_a_closed_periods_report_is_the_same_after_a_deletion(demo_ws, kind, text):
    before = _report(demo_ws, kind, text)
    deleted = _delete_what_the_period_counted(demo_ws, before)
    # the period counted what was deleted (else the test would prove nothing)
    tables = {t for t, _ in deleted}
    assert {"loan_demand", "credit_rating", "household"} <= tables
    demand = next(i for t, i in deleted if t == "loan_demand")
    assert demand in before.loan_ids
    after = _report(demo_ws, kind, text)
    assert _figures(after) == _figures(before)


@pytest.mark.parametrize(("kind", "text"), PERIODS)
def test_a_closed_periods_report_is_the_same_after_a_village_move(demo_ws, kind, text):
    before = _report(demo_ws, kind, text)
    moved = _move_households_of_the_period(demo_ws, before)
    assert len(moved) >= 3
    after = _report(demo_ws, kind, text)
    assert _figures(after) == _figures(before)


def test_a_deletion_and_a_move_count_from_their_day_on(demo_ws):
    """The same later work does change the period in which it happened: the current month's
    report has one household fewer on the register, and the moved household in its new village."""
    today = date.today()
    month = f"{today:%Y-%m}"
    before = reports.monthly(demo_ws, month)
    hid = demo_ws.db.scalar(
        "SELECT id FROM household WHERE deleted_at IS NULL AND village_id IS NOT NULL ORDER BY id LIMIT 1"
    )
    gone = demo_ws.db.scalar(
        "SELECT id FROM household WHERE deleted_at IS NULL AND village_id IS NOT NULL ORDER BY id DESC LIMIT 1"
    )
    old = demo_ws.households.get(hid)["village_id"]
    new = demo_ws.db.scalar("SELECT id FROM village WHERE id != ? ORDER BY id LIMIT 1", (old,))
    demo_ws.households.update(hid, {"village_id": new})
    demo_ws.households.delete(gone)
    after = reports.monthly(demo_ws, month)
    counts = {v.village_id: v.figures.households for v in before.villages}
    counts_after = {v.village_id: v.figures.households for v in after.villages}
    assert after.total.households == before.total.households - 1
    assert counts_after[new] == counts[new] + 1 - (
        demo_ws.households.get(gone, include_deleted=True)["village_id"] == new
    )
    assert counts_after[old] == counts[old] - 1 - (
        demo_ws.households.get(gone, include_deleted=True)["village_id"] == old
    )


def _village_at_end() -> str:
    """SQL (own, from the audit log): household h's village at the end of :end — the village its
    last write on or before that day left it in; else the one its first later write found; else
    the one it has now (a household the demo or an import wrote has no audit entry)."""
    return """coalesce(
        (SELECT json_extract(after_json, '$.village_id') FROM audit_log
         WHERE table_name = 'household' AND record_id = h.id AND date(at, 'localtime') <= :end
           AND json_type(after_json, '$.village_id') IS NOT NULL ORDER BY seq DESC LIMIT 1),
        (SELECT json_extract(before_json, '$.village_id') FROM audit_log
         WHERE table_name = 'household' AND record_id = h.id AND date(at, 'localtime') > :end
           AND json_type(before_json, '$.village_id') IS NOT NULL ORDER BY seq LIMIT 1),
        h.village_id, '')"""


@pytest.mark.parametrize(("kind", "text"), PERIODS)
def test_closed_period_figures_recomputed_with_sql_after_deletions_and_moves(demo_ws, kind, text):
    before = _report(demo_ws, kind, text)
    _delete_what_the_period_counted(demo_ws, before)
    _move_households_of_the_period(demo_ws, before)
    report = _report(demo_ws, kind, text)
    # present at the end: never deleted, or deleted on a later (local) day
    p = {"start": report.start, "end": report.end}
    present = "({a}.deleted_at IS NULL OR date({a}.deleted_at, 'localtime') > :end)"
    households = {
        r["v"] or "": r["n"]
        for r in demo_ws.db.query(
            f"""SELECT {_village_at_end()} AS v, count(*) AS n FROM household h
                WHERE {present.format(a="h")} AND coalesce(h.registered_on, substr(h.created_at, 1, 10)) <= :end
                GROUP BY v""",
            p,
        )
    }
    granted = {
        r["v"] or "": (r["n"], r["fen"])
        for r in demo_ws.db.query(
            f"""SELECT {_village_at_end()} AS v, count(*) AS n,
                       sum(coalesce(json_extract(e.details, '$.granted_fen'), d.granted_fen, d.amount_fen)) AS fen
                FROM loan_event e JOIN loan_demand d ON d.id = e.loan_demand_id JOIN household h ON h.id = d.household_id
                WHERE {present.format(a="e")} AND {present.format(a="d")} AND e.to_status = 'granted'
                  AND e.on_date BETWEEN :start AND :end
                GROUP BY v""",
            p,
        )
    }
    registered = {
        r["v"] or "": (r["n"], r["fen"])
        for r in demo_ws.db.query(
            f"""SELECT {_village_at_end()} AS v, count(*) AS n, sum(d.amount_fen) AS fen
                FROM loan_demand d JOIN household h ON h.id = d.household_id
                WHERE {present.format(a="d")} AND d.registered_on BETWEEN :start AND :end GROUP BY v""",
            p,
        )
    }
    complaints = {
        r["v"] or "": r["n"]
        for r in demo_ws.db.query(
            f"""SELECT {_village_at_end()} AS v, count(*) AS n
                FROM complaint c LEFT JOIN household h ON h.id = c.household_id
                WHERE {present.format(a="c")} AND c.received_on BETWEEN :start AND :end GROUP BY v""",
            p,
        )
    }
    got = {v.village_id: v.figures for v in report.villages}
    for village, figures in got.items():
        assert figures.households == households.get(village, 0), village
        assert (figures.granted.n, figures.granted.fen) == granted.get(village, (0, None))[:1] + (
            granted.get(village, (0, 0))[1] or 0,
        )
        assert (figures.registered.n, figures.registered.fen) == (
            registered.get(village, (0, 0))[0],
            registered.get(village, (0, 0))[1] or 0,
        )
        assert figures.complaints_received == complaints.get(village, 0)
    assert report.total.households == sum(households.values())
    assert report.total.granted.n == sum(n for n, _ in granted.values())


def test_the_cut_is_the_first_instant_after_the_local_day():
    cut = rollups.cut_after("2026-10-31")
    # whatever the machine's time zone: an instant before the cut is on or before 31 October
    # locally, the cut itself is on 1 November
    from datetime import datetime, timezone

    at = datetime.strptime(cut, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).astimezone()
    assert at.date() == date(2026, 11, 1) and (at - timedelta(microseconds=1)).date() == date(2026, 10, 31)
    assert json.dumps(cut)  # a plain string, stored and compared as deleted_at is
