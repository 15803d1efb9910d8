"""A township of three villages whose registers overlap (issue #20 item 4): a household that moved
from one village to another, and one registered twice.  A clash between offices never blocks the
rest of a package or later packages; it waits as a conflict the township resolves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services import keys, sync, sync_conflicts
from app.services.workspace import Workspace, init_office
from tests.helpers import valid_id

TODAY = date(2026, 11, 15)
TOWNSHIP = dict(code="630224100", level="township", name_zh="拉脊乡", parent_code="630224")
VILLAGES = [
    dict(code=f"630224100{n}", level="village", name_zh=name, parent_code="630224100")
    for n, name in (("201", "拉脊村"), ("202", "上寨村"), ("203", "下寨村"))
]
MOVED = valid_id("63212219800101001")  # 卓玛: registered in 拉脊村, moved to 上寨村
TWICE = valid_id("63212219750404004")  # 才让: registered in both 上寨村 and 下寨村


def _office(path: Path, office: dict) -> Workspace:
    ws = Workspace.open(path, user="tester", role="admin", lang="en")
    init_office(ws.db, **office, user="tester")
    return ws


def _household(ws, name: str, id_number: str, n: int, **extra) -> dict:
    return ws.households.create(
        {"name_zh": name, "id_number": id_number, "village": ws.office["name_zh"], "status": "registered_poor", **extra}
    )


def _loan(ws, household_id: str, amount_yuan: int) -> dict:
    return ws.loans.create(
        {
            "household_id": household_id,
            "registered_on": "2026-10-01",
            "product_code": "530",
            "amount_fen": amount_yuan * 100,
            "term_months": 24,
            "purpose": "牦牛养殖",
        }
    )


@pytest.fixture
def township(tmp_path):
    built = build_township(tmp_path)
    yield built
    twp, villages, _, _ = built
    for w in [twp, *villages]:
        w.close()


def build_township(tmp_path, set_upper: bool = True):
    """The township and its three villages (registers on disk), with the moved and the twice
    registered household; (township, villages, usb folder, households by role)."""
    twp = _office(tmp_path / "t.sqlite", TOWNSHIP)
    villages = [_office(tmp_path / f"v{i}.sqlite", v) for i, v in enumerate(VILLAGES)]
    for v in villages:
        keys.add_subordinate(twp.db, keys.export_key(v.db, tmp_path / f"{v.office['code']}.dbkey")["path"], "tester")
        if set_upper:  # the township's key at each village: their packages are encrypted to it
            keys.set_upper(v.db, keys.export_key(twp.db, tmp_path / "township.dbkey")["path"], "tester")
    a, b, c = villages
    for ws, names in ((a, ["张三", "李四"]), (b, ["王五"]), (c, ["赵六"])):
        for i, name in enumerate(names):
            _household(ws, name, valid_id(f"632122199{ws.office['code'][-1]}01{i + 10:02d}00{i}"), i)
    moved_a = _household(a, "卓玛", MOVED, 0)
    _loan(a, moved_a["id"], 30000)
    moved_b = _household(b, "卓玛", MOVED, 0, notes="从拉脊村迁入")
    twice_b = _household(b, "才让", TWICE, 0)
    twice_c = _household(c, "才让", TWICE, 0)
    _loan(c, twice_c["id"], 20000)
    usb = tmp_path / "usb"
    usb.mkdir()
    return twp, villages, usb, {"moved_a": moved_a, "moved_b": moved_b, "twice_b": twice_b, "twice_c": twice_c}


def _send(twp, ws, usb, period="2026-10"):
    [report] = sync.import_packages(twp, [sync.export_package(ws, usb, period=period).path])
    return report


def test_a_clash_between_villages_holds_one_household_and_nothing_else(township):
    twp, (a, b, c), usb, hh = township
    reports = [_send(twp, v, usb) for v in (a, b, c)]
    assert [r.status for r in reports] == ["ok", "ok", "ok"]  # no package refused
    # every household once: 3 + 3 + 2 households sent, 卓玛 and 才让 twice
    assert twp.db.scalar("SELECT count(*) FROM household WHERE deleted_at IS NULL") == 6
    assert twp.db.scalar("SELECT count(DISTINCT id_number) FROM household") == 6
    assert reports[1].tables["household"].conflicts == 1  # 卓玛 from 上寨村 waits
    assert reports[2].tables["household"].conflicts == 1  # 才让 from 下寨村 waits
    assert reports[2].tables["loan_demand"].held == 1  # with his loan
    assert any("also comes from office" in n for n in reports[2].notes())
    conflicts = sync_conflicts.list_conflicts(twp)
    assert {(x["local"].office_code, x["incoming"].office_code) for x in conflicts} == {
        ("630224100201", "630224100202"),
        ("630224100202", "630224100203"),
    }
    assert sync_conflicts.open_count(twp.db) == 2


def test_later_packages_of_the_village_still_import(township):
    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    c.households.update(hh["twice_c"]["id"], {"phone": "13912345678"})  # the waiting household changes
    other = c.households.search_ids("赵六")[0]
    c.households.update(other, {"household_size": 7})  # and an ordinary one
    _loan(c, hh["twice_c"]["id"], 10000)  # a second loan of the waiting one
    report = _send(twp, c, usb, period="2026-11")
    assert report.status == "ok"
    assert twp.households.get(other)["household_size"] == 7
    assert report.tables["loan_demand"].held == 1 and report.tables["household"].held == 1
    assert twp.db.scalar("SELECT count(*) FROM sync_held WHERE table_name = 'loan_demand'") == 2
    assert sync_conflicts.open_count(twp.db) == 2  # no new conflict for the same clash


def test_a_move_brings_the_loans_and_history_along(township):
    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    moved = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == MOVED)
    assert (moved["local"].village, moved["incoming"].village) == ("拉脊村", "上寨村")
    assert moved["local"].records == 1  # 卓玛's loan, registered in 拉脊村
    sync_conflicts.resolve(twp, moved["id"], "moved", to="incoming")
    now = twp.households.find_by_id_number(MOVED)
    assert now["id"] == hh["moved_b"]["id"] and now["office_code"] == "630224100202"
    loans = twp.db.query("SELECT * FROM loan_demand WHERE household_id = ?", (now["id"],))
    assert [(l["amount_fen"], l["office_code"]) for l in loans] == [(3_000_000, "630224100201")]
    assert twp.db.one("PRAGMA foreign_key_check") is None
    # 拉脊村 keeps sending its old record of 卓玛 and her loan: they follow the move, blocking nothing
    loan_a = a.db.one("SELECT id FROM loan_demand WHERE household_id = ?", (hh["moved_a"]["id"],))["id"]
    a.loans.update(loan_a, {"purpose": "牦牛育肥"})
    a.households.update(hh["moved_a"]["id"], {"phone": "13800000000"})
    report = _send(twp, a, usb, period="2026-11")
    assert report.status == "ok" and twp.db.one("PRAGMA foreign_key_check") is None
    assert twp.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (now["id"],)) == 1
    assert sync_conflicts.open_count(twp.db) == 1
    assert twp.db.scalar("SELECT count(*) FROM household WHERE id_number = ?", (MOVED,)) == 1


def test_keeping_the_other_version_swaps_them_with_their_records(township):
    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    twice = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == TWICE)
    sync_conflicts.resolve(twp, twice["id"], "keep_incoming")
    live = twp.households.find_by_id_number(TWICE)
    assert live["id"] == hh["twice_c"]["id"]
    assert twp.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (live["id"],)) == 1
    assert twp.db.scalar("SELECT count(*) FROM sync_held WHERE household_id = ?", (hh["twice_b"]["id"],)) == 1
    assert twp.households.search_ids("才让") == [live["id"]]
    with pytest.raises(sync_conflicts.ConflictError) as exc:
        sync_conflicts.resolve(twp, twice["id"], "keep_local")
    assert "already resolved" in exc.value.text("en")


def test_keep_local_and_ask(township):
    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    first, second = sync_conflicts.list_conflicts(twp)
    sync_conflicts.resolve(twp, first["id"], "keep_local")
    sync_conflicts.resolve(twp, second["id"], "ask", note="请两村核实此户户籍")
    assert sync_conflicts.open_count(twp.db) == 1  # asked: still open
    asked = next(x for x in sync_conflicts.list_conflicts(twp) if x["id"] == second["id"])
    assert asked["resolution"] == "ask" and asked["note"] == "请两村核实此户户籍"
    entries = twp.db.query("SELECT action FROM audit_log WHERE table_name = 'sync_conflict'")
    assert sorted(e["action"] for e in entries) == ["sync_conflict_ask", "sync_conflict_keep_local"]


def test_a_move_to_the_village_already_here_brings_the_waiting_loans(township):
    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    twice = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == TWICE)
    assert twice["incoming"].records == 1  # 下寨村's loan waits with him
    sync_conflicts.resolve(twp, twice["id"], "moved", to="local")
    live = twp.households.find_by_id_number(TWICE)
    assert live["id"] == hh["twice_b"]["id"]
    loans = twp.db.query("SELECT office_code, amount_fen FROM loan_demand WHERE household_id = ?", (live["id"],))
    assert [(l["office_code"], l["amount_fen"]) for l in loans] == [("630224100203", 2_000_000)]
    assert twp.db.one("PRAGMA foreign_key_check") is None
    _loan(c, hh["twice_c"]["id"], 5000)  # 下寨村 still lends to its record
    assert _send(twp, c, usb, period="2026-11").status == "ok"
    assert twp.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (live["id"],)) == 2


def test_the_monthly_report_counts_each_household_once_and_says_how_many_conflict(township):
    from app.services import reports

    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    month = date.today().strftime("%Y-%m")  # the households were entered today
    report = reports.monthly(twp, month)
    assert report.total.households == 6 and report.households_in_conflict == 2
    sync_conflicts.resolve(twp, sync_conflicts.list_conflicts(twp)[0]["id"], "keep_local")
    assert reports.monthly(twp, month).households_in_conflict == 1


def test_cli_lists_and_resolves_conflicts(township):
    import subprocess
    import sys

    twp, (a, b, c), usb, hh = township
    for v in (a, b, c):
        _send(twp, v, usb)
    db = twp.db.path
    root = Path(__file__).resolve().parents[3]

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", "sync", "conflicts", *args],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=120,
        )

    twp.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = cli("list")
    assert out.returncode == 0, out.stderr
    assert "2 conflicts." in out.stdout and "********" in out.stdout and MOVED not in out.stdout
    assert "拉脊村" in out.stdout and "上寨村" in out.stdout and "waiting:" in out.stdout
    moved = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == MOVED)
    done = cli("resolve", moved["id"][:8], "moved", "--to", "incoming", "--note", "2026年迁入上寨村")
    assert done.returncode == 0 and "moved_to_incoming" in done.stdout, done.stderr
    again = cli("resolve", moved["id"][:8], "keep_local")
    assert again.returncode == 2 and "already resolved" in again.stderr and "Traceback" not in again.stderr
    assert "1 conflicts." in cli("list").stdout


def test_audit_entries_of_a_village_stay_one_chain_whatever_order_its_packages_come_in(township, tmp_path):
    """Packages 1-3 of a village given as 3, 1, 2 in one import and the 2nd again later; and the
    township's own package on to the county: check finds every chain whole at both."""
    from app.services.check import check_register

    twp, (a, b, c), usb, hh = township
    paths = []
    for month, name in (("2026-08", "甲"), ("2026-09", "乙"), ("2026-10", "丙")):
        a.households.update(hh["moved_a"]["id"], {"notes": name})
        paths.append(sync.export_package(a, usb, period=month).path)
    reports = sync.import_packages(twp, [paths[2], paths[0], paths[1]])
    assert [r.status for r in reports] == ["ok", "ok", "ok"] and [r.sequence for r in reports] == [1, 2, 3]
    assert sync.import_packages(twp, [paths[1]])[0].status == "ok"  # again: changes nothing
    for v in (b, c):
        _send(twp, v, usb)
    assert not [f for f in check_register(twp) if "audit" in f]
    county = _office(tmp_path / "county.sqlite", dict(code="630224", level="county", name_zh="化隆县"))
    keys.add_subordinate(county.db, keys.export_key(twp.db, tmp_path / "twp.dbkey")["path"], "tester")
    keys.set_upper(twp.db, keys.export_key(county.db, tmp_path / "county.dbkey")["path"], "tester")
    [report] = sync.import_packages(county, [sync.export_package(twp, usb, period="2026-10").path])
    assert report.status == "ok" and not [w for w in report.warnings if "audit" in w.text("en")]
    assert not [f for f in check_register(county) if "audit" in f]
    county.close()
