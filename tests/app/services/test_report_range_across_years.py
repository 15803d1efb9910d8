"""Issue #19, items 1 and 3: a report for a range of dates that crosses a new year counts credit
households as of the range's end — the latest rating made by then, for a year up to the end's —
as its own Indicators do and as a month's report of the same end does.  It took the start's year,
and left out every rating for the new year: a household rated AAA in June 2026 was no credit
household in the report from 2025-12-01 to 2026-11-30, yet one in its Indicators sheet."""

from __future__ import annotations

from datetime import date

from app.domain.periods import ReportPeriod
from app.services import reports
from app.services.report_document import indicator_rows

LATER = date(2026, 12, 7)


def test_a_range_across_a_new_year_counts_credit_households_as_of_its_end(demo_ws):
    ws = demo_ws
    hid = ws.db.scalar(
        """SELECT household_id FROM credit_rating r WHERE deleted_at IS NULL AND grade = 'B'
           AND NOT EXISTS (SELECT 1 FROM credit_rating n WHERE n.household_id = r.household_id AND n.year = 2026)
           ORDER BY id LIMIT 1"""
    )
    ws.ratings.create(
        {
            "household_id": hid,
            "year": 2026,
            "criteria": dict(ws.ratings.criteria_max()),
            "bank_rater": "李明",
            "village_rater": "扎西",
            "rated_on": "2026-06-01",
        }
    )
    assert ws.db.scalar("SELECT grade FROM credit_rating WHERE household_id = ? AND year = 2026", (hid,)) in (
        ws.ratings.credit_grades()
    )
    across = reports.build(ws, ReportPeriod("range", date(2025, 12, 1), date(2026, 11, 30)), today=LATER)
    november = reports.monthly(ws, "2026-11", today=LATER)
    assert across.total.credit_households == november.total.credit_households
    assert [(v.village_id, v.figures.credit_households, v.credit_village) for v in across.villages] == [
        (v.village_id, v.figures.credit_households, v.credit_village) for v in november.villages
    ]
    shares = [value for _label, value, kind in indicator_rows(ws, across) if kind == "share"]
    assert across.total.credit_households in {s.part for s in shares}
