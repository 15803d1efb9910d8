"""The register registry: a register added there alone (its table, its service) is listed by the
list engine and the command line, exported to .xlsx, carried by sync and named in the audit log."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app import registry
from app.__main__ import main
from app.i18n import N_, translate
from app.services import audit_log, keys, sync
from app.services.registers import RegisterService
from app.services.workspace import Workspace, init_office
from exports.xlsx.registers import run
from storage import journal, records
from storage.db import run_script
from tests.helpers import export_register, valid_id

VILLAGE = dict(code="630224100201", level="village", name_zh="拉脊村", parent_code="630224100")
TOWNSHIP = dict(code="630224100", level="township", name_zh="拉脊乡", parent_code="630224")

# what a register's migration would create: the record columns, its own, and sync's journal
VISIT_SQL = """
CREATE TABLE household_visit (
    id TEXT PRIMARY KEY, office_code TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL,
    deleted_at TEXT,
    household_id TEXT NOT NULL REFERENCES household(id),
    visited_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
"""


def migrate(ws: Workspace) -> None:
    with ws.db.transaction() as conn:
        run_script(conn, VISIT_SQL)
        journal.change_triggers(conn, "household_visit")


class VisitService(RegisterService):
    """The throwaway register's service: RegisterService gives it listing, reading and deleting."""

    register = "visits"
    table = "household_visit"

    def add(self, household_id: str, visited_on: str, note: str = "") -> dict:
        row = records.insert(
            self.db, self.table, {"household_id": household_id, "visited_on": visited_on, "note": note}, self.ws.actor
        )
        self.ws.remember(self.table, "create", None, row)
        return row


VISITS = registry.Register(
    "visits",
    "household_visit",
    N_("Households"),
    f"{__name__}:VisitService",
    "visits:VisitsPage",
    registry.RegisterSpec(
        name="visits",
        table="household_visit",
        alias="t",
        from_sql="household_visit t JOIN household h ON h.id = t.household_id"
        " LEFT JOIN village v ON v.id = h.village_id",
        columns="t.*, " + registry.HOUSEHOLD_COLS,
        sorts={"visited_on": "t.visited_on"},
        default_sort="visited_on",
        date_column="t.visited_on",
        status_column=None,
        village_column="h.village_id",
        household_column="t.household_id",
        joins_household=True,
        text_columns=("t.note",),
        filters={"visited_before": "t.visited_on < ?"},
    ),
    (
        registry.Column("visited_on", N_("Date"), "date", 11),
        *registry.NAME_COLUMNS,
        registry.Column("note", N_("Notes"), "text", 20),
    ),
)


@pytest.fixture
def visits(monkeypatch):
    """The throwaway register, in the registry for this test only."""
    monkeypatch.setitem(
        registry.TABLES, "household_visit", registry.Table("household_visit", N_("Households"), N_("Household"))
    )
    monkeypatch.setitem(registry.REGISTERS, "visits", VISITS)
    return VISITS


def open_office(path: Path, office: dict) -> Workspace:
    ws = Workspace.open(path, user="tester", role="admin", lang="en")
    init_office(ws.db, **office, user="tester")
    migrate(ws)
    return ws


@pytest.fixture
def village(tmp_path, visits):
    ws = open_office(tmp_path / "village.sqlite", VILLAGE)
    hid = ws.households.create(
        {"name_zh": "卓玛", "name_bo": "སྒྲོལ་མ", "village": "拉脊村", "id_number": valid_id("63212219850101202")}
    )["id"]
    ws.visits.add(hid, "2026-10-02", "asked about a loan")
    ws.visits.add(hid, "2026-11-05", "brought the rating sheet")
    yield ws
    ws.close()


def test_a_register_added_to_the_registry_is_listed_with_its_own_filter(village):
    ids = village.visits.search_ids("")
    assert [r["note"] for r in village.visits.rows(ids)] == ["asked about a loan", "brought the rating sheet"]
    assert [r["note"] for r in village.visits.rows(village.visits.search_ids("", visited_before="2026-11-01"))] == [
        "asked about a loan"
    ]
    # the household search every register shares, by pinyin initials of the household's name
    assert village.visits.search_ids("zm") == ids
    assert village.visits.search_ids("rating") == ids[1:]


def test_a_register_added_to_the_registry_is_exported_with_its_sheet_columns(village, tmp_path):
    out = tmp_path / "visits.xlsx"
    run(export_register(village, "visits", village.visits.search_ids(""), out, mode="zh"))
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:3] == [
        translate("Date", "zh"),
        translate("Household (Chinese)", "zh"),
        translate("Household (Tibetan)", "zh"),
    ]
    assert [sheet.cell(r, 2).value for r in (2, 3)] == ["卓玛", "卓玛"]
    assert [sheet.cell(r, len(header)).value for r in (2, 3)] == ["asked about a loan", "brought the rating sheet"]


def test_a_register_added_to_the_registry_is_exported_by_the_command_line(village, tmp_path, capsys):
    path = village.db.path
    village.close()
    out = tmp_path / "cli-visits.xlsx"
    assert main(["--db", str(path), "export-register", "visits", "--search", "loan", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.max_row == 2 and sheet.cell(2, sheet.max_column).value == "asked about a loan"


def test_a_register_added_to_the_registry_is_audited_and_named_in_the_audit_log(village):
    page = audit_log.entries(village, table_name="household_visit")
    assert len(page.rows) == 2 and {r["action"] for r in page.rows} == {"create"}
    assert "household_visit" in audit_log.choices(village)["table_name"]
    assert registry.record_label("household_visit") == "Household"
    undone = village.undo()
    assert undone.table == "household_visit" and len(village.visits.search_ids("")) == 1


def test_a_register_added_to_the_registry_travels_in_a_sync_package(village, tmp_path):
    township = open_office(tmp_path / "township.sqlite", TOWNSHIP)
    key = keys.export_key(village.db, tmp_path / "village.dbkey")
    keys.add_subordinate(township.db, key["path"], "tester")
    keys.set_upper(village.db, keys.export_key(township.db, tmp_path / "township.dbkey")["path"], "tester")
    usb = tmp_path / "usb"
    usb.mkdir()
    package = sync.export_package(village, usb, period="2026-11")
    [report] = sync.import_packages(township, [package.path])
    assert report.tables["household_visit"].new == 2
    assert "household_visit" in sync.SYNCED_TABLES and "household_visit" in records.RECORD_TABLES
    assert sorted(r["note"] for r in township.db.query("SELECT note FROM household_visit")) == [
        "asked about a loan",
        "brought the rating sheet",
    ]
    assert sync.table_label("household_visit", "en") == "Households"
    township.close()
    shutil.rmtree(usb)
