"""Issue #19, item 1: the annex of a closed period's report (its loan steps, each with the
household's village) names the village the household was in at the period's end — the village
whose row of the per-village table counts the step — not the one it has moved to since."""

from __future__ import annotations

from datetime import date

from app.domain.periods import ReportPeriod
from app.services import reports
from app.services.report_document import document

LATER = date(2026, 12, 7)


def _annex(ws):
    report = reports.build(ws, ReportPeriod.month("2026-10"), today=LATER)
    return report, document(ws, report, "zh").annex.rows


def test_the_annex_names_the_village_at_the_periods_end_after_a_move(demo_ws):
    before, rows = _annex(demo_ws)
    hid = demo_ws.db.scalar(
        """SELECT d.household_id FROM loan_event e JOIN loan_demand d ON d.id = e.loan_demand_id
           WHERE e.deleted_at IS NULL AND e.on_date BETWEEN '2026-10-01' AND '2026-10-31'
             AND e.to_status = 'granted' ORDER BY e.on_date, e.id LIMIT 1"""
    )
    household = demo_ws.households.get(hid)
    old = household["village_id"]
    new = demo_ws.db.scalar("SELECT id FROM village WHERE id != ? ORDER BY id LIMIT 1", (old,))
    names = {r["id"]: r["name_zh"] for r in demo_ws.db.query("SELECT id, name_zh FROM village")}
    # the step's row, found by its date and the household's masked ID number's last four digits
    mine = [i for i, r in enumerate(rows) if str(r[2]).endswith(household["id_number"][-4:])]
    assert mine and all(rows[i][3] == names[old] for i in mine)
    demo_ws.households.update(hid, {"village_id": new})
    after, rows_after = _annex(demo_ws)
    assert rows_after == rows
    # and the per-village table still counts the household's steps in the old village
    assert [(v.village_id, v.figures) for v in after.villages] == [(v.village_id, v.figures) for v in before.villages]
