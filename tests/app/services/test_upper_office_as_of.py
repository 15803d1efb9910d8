"""Issue #19, item 1, read at the office above: the township's report of a closed month for a
village is the village's own — its households' statuses and villages as they were at the month's
end — also when the village lifted a household out of poverty, or moved it, after the month and
before the package that first carries it: the package carries each household's dated history,
not only its row as it is today."""

from __future__ import annotations

from datetime import date

from app.domain.periods import ReportPeriod
from app.services import reports
from app.services.indicators import IndicatorService, Period
from tests.app.services.test_sync import VILLAGE_A, export, import_one, tree, tree_files

LATER = date(2026, 12, 7)


def _october(ws, office_code: str):
    report = reports.build(ws, ReportPeriod.month("2026-10"), office_code, today=LATER)
    ind = IndicatorService(ws).compute(Period.month("2026-10"), today=LATER, office_code=office_code)
    return (
        report.total,
        [(v.village_id, v.figures, v.credit_village) for v in report.villages],
        ind.households,
        ind.loans.poor_households,
        ind.loans.poor_with_demand,
    )


def _later_changes(va) -> tuple[str, str]:
    """After October: a poor household lifted out of poverty, and one moved to another village."""
    poor = va.db.scalar(
        "SELECT id FROM household WHERE status = 'registered_poor' AND deleted_at IS NULL"
        " AND registered_on <= '2026-10-01' ORDER BY id LIMIT 1"
    )
    va.households.update(poor, {"status": "lifted"})
    moved = va.db.scalar(
        "SELECT id FROM household WHERE deleted_at IS NULL AND village_id IS NOT NULL"
        " AND registered_on <= '2026-10-01' AND id != ? ORDER BY id DESC LIMIT 1",
        (poor,),
    )
    now = va.households.get(moved)["village_id"]
    va.households.update(
        moved, {"village_id": va.db.scalar("SELECT id FROM village WHERE id != ? ORDER BY id LIMIT 1", (now,))}
    )
    return poor, moved


def test_the_townships_october_for_a_village_is_the_villages_after_its_first_package(tree):
    twp, va, _, usb = tree
    village = _october(va, VILLAGE_A["code"])
    _later_changes(va)
    assert _october(va, VILLAGE_A["code"]) == village  # the village's own October stands still
    assert import_one(twp, export(va, usb)).status == "ok"
    assert _october(twp, VILLAGE_A["code"]) == village


def test_the_townships_october_stays_when_a_later_package_brings_the_changes(tree):
    twp, va, _, usb = tree
    assert import_one(twp, export(va, usb, period="2026-10")).status == "ok"
    township = _october(twp, VILLAGE_A["code"])
    assert township == _october(va, VILLAGE_A["code"])
    _later_changes(va)
    assert import_one(twp, export(va, usb)).status == "ok"
    assert _october(twp, VILLAGE_A["code"]) == township


def test_a_package_whose_history_is_not_pairs_of_day_and_value_is_refused_and_nothing_stored(tree):
    from app.services import keys
    from app.services.sync_package import PackageWriter

    twp, va, _, usb = tree
    hid = va.db.scalar("SELECT id FROM household ORDER BY id LIMIT 1")
    household = {
        k: v
        for k, v in va.households.get(hid).items()
        if k in {c[1] for c in va.db.execute("PRAGMA table_info(household)")}
    }
    dest = usb / f"{VILLAGE_A['code']}_2026-11_0001.dbsync"
    writer = PackageWriter(dest)
    try:
        writer.add_member("household.jsonl", "household", iter([household]))
        writer.add_member(
            "household_history.jsonl",
            "household_history",
            iter([{"household_id": hid, "version": household["version"], "status": [["昨天", 5]], "village": []}]),
        )
        writer.add_member("audit_log.jsonl", "audit_log", iter([]))
        manifest = {
            "format": "dualbase-sync",
            "format_version": 1,
            "period": "2026-11",
            "sequence": 1,
            "created_at": "2026-12-01T00:00:00Z",
            "office": {k: va.office[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
        }
        writer.finish(manifest, lambda body: keys.sign(va.db, body))
    finally:
        writer.cleanup()
    report = import_one(twp, dest)
    assert report.rejected and "A line of the package is not readable" in " ".join(report.lines()), report.lines()
    assert twp.db.scalar("SELECT count(*) FROM household WHERE id = ?", (hid,)) == 0
    assert twp.db.scalar("SELECT count(*) FROM household_status_change WHERE household_id = ?", (hid,)) == 0


def test_a_history_line_is_taken_only_for_the_very_row_it_was_written_with(ws):
    """storage.household_history.apply's rules, household by household in one batch: the row's
    version, its office, and a history ending with its status and village; given twice, the last
    line that fits."""
    from storage import household_history
    from tests.conftest import OFFICE
    from tests.helpers import POOR, valid_id

    def household(n: int) -> dict:
        return ws.households.create({**POOR, "id_number": valid_id(f"63212219850101{n:03d}")})

    fits, old, other_office, wrong_end, twice, twice_late = (household(n) for n in range(1, 7))

    def line(h: dict, **change) -> dict:
        return {
            "household_id": h["id"],
            "version": h["version"],
            "status": [["", "general"], ["2026-09-30", h["status"]]],
            "village": [["", h["village_id"] or ""]],
            **change,
        }

    lines = [
        line(fits),
        line(old, version=old["version"] + 1),
        line(wrong_end, status=[["", "general"], ["2026-09-30", "monitored"]]),
        line(twice, status=[["", "general"], ["2026-08-01", twice["status"]]]),
        line(twice, status=[["", "general"], ["2026-09-01", twice["status"]]]),
        line(twice_late, status=[["", "general"], ["2026-08-01", twice_late["status"]]]),
        line(twice_late, version=twice_late["version"] + 1),
    ]
    with ws.db.transaction() as conn:
        assert household_history.apply(conn, lines, {OFFICE["code"]}) == 4
        assert household_history.apply(conn, [line(other_office)], {"630224100202"}) == 0

    def history(h: dict) -> list[tuple[str, str]]:
        return [
            (r["on_date"], r["status"])
            for r in ws.db.query(
                "SELECT on_date, status FROM household_status_change WHERE household_id = ? ORDER BY seq", (h["id"],)
            )
        ]

    assert history(fits) == [("", "general"), ("2026-09-30", fits["status"])]
    assert history(twice) == [("", "general"), ("2026-09-01", twice["status"])]
    assert history(twice_late) == [("", "general"), ("2026-08-01", twice_late["status"])]
    for kept in (old, other_office, wrong_end):
        assert history(kept) == [("", kept["status"])]
    assert ws.db.scalar("SELECT status_since FROM household_roll WHERE household_id = ?", (twice["id"],)) == (
        "2026-09-01"
    )
