"""Audit entries of an office below are kept in that office's own order (issue #20 item 5): each
entry carries its place in its office's chain (``chain_seq``), every register stores it, and
``check`` verifies each office's chain by it, whatever order the entries arrived in."""

from __future__ import annotations

from app.services import keys, sync
from app.services.check import check_register
from storage import audit
from storage.db import Database
from tests.app.services.test_township_overlap import _office, build_township


def _chain(ws, office: str) -> list[tuple[str, int]]:
    return [
        (r["hash"], r["chain_seq"])
        for r in ws.db.query(
            "SELECT hash, chain_seq FROM audit_log WHERE office_code = ? ORDER BY chain_seq", (office,)
        )
    ]


def test_packages_2_before_1_a_village_chain_is_stored_and_relayed_in_its_own_order(tmp_path):
    twp, (a, b, c), usb, hh = build_township(tmp_path)
    code = a.office["code"]
    paths = []
    for month, note in (("2026-09", "甲"), ("2026-10", "乙")):
        a.households.update(hh["moved_a"]["id"], {"notes": note})
        paths.append(sync.export_package(a, usb, period=month).path)
    before = twp.db.scalar("SELECT count(*) FROM audit_log")
    [second] = sync.import_packages(twp, [paths[1]])  # package 2 arrives first
    assert second.rejected and "Import package 1 first" in second.reason.text("en")
    assert twp.db.scalar("SELECT count(*) FROM audit_log") == before  # nothing of it stored
    assert [r.status for r in sync.import_packages(twp, [paths[0]])] == ["ok"]
    assert [r.status for r in sync.import_packages(twp, [paths[1]])] == ["ok"]
    village_chain = _chain(a, code)
    assert [n for _, n in village_chain] == list(range(1, len(village_chain) + 1))
    assert _chain(twp, code) == village_chain  # entry for entry, at the village's positions
    assert not [f for f in check_register(twp) if "audit" in f]

    county = _office(tmp_path / "county.sqlite", dict(code="630224", level="county", name_zh="化隆县"))
    keys.add_subordinate(county.db, keys.export_key(twp.db, tmp_path / "twp.dbkey")["path"], "tester")
    keys.set_upper(twp.db, keys.export_key(county.db, tmp_path / "county.dbkey")["path"], "tester")
    [report] = sync.import_packages(county, [sync.export_package(twp, usb, period="2026-10").path])
    assert report.status == "ok"
    assert _chain(county, code) == village_chain  # relayed with the village's own positions
    assert _chain(county, twp.office["code"]) == _chain(twp, twp.office["code"])
    assert not [f for f in check_register(county) if "audit" in f]
    for w in (county, twp, a, b, c):
        w.close()


def test_a_register_that_stored_a_village_chain_out_of_order_is_put_in_the_village_order(tmp_path):
    """A township register of schema 19 that took a village's entries as 1, 3, 2 (as releases
    before the gap refusal did): after the upgrade each entry has its place in the village's
    chain and the chain reads in the village's order, without forgiving anything."""
    twp, (a, b, c), usb, hh = build_township(tmp_path)
    for note in ("甲", "乙", "丙"):
        a.households.update(hh["moved_a"]["id"], {"notes": note})
    code = a.office["code"]
    entries = a.db.query(
        "SELECT id, office_code, at, user, action, table_name, record_id, before_json, after_json,"
        " prev_hash, hash FROM audit_log WHERE office_code = ? ORDER BY seq",
        (code,),
    )
    assert len(entries) >= 4
    twp.close()
    old = tmp_path / "old_township.sqlite"
    legacy = Database(old, migrate=False)
    assert legacy.migrate(target=19) == 19
    shuffled = entries[:-3] + [entries[-1], entries[-3], entries[-2]]  # the last three as 3, 1, 2
    with legacy.transaction() as conn:
        cols = list(entries[0])
        conn.executemany(
            f"INSERT INTO audit_log({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[e[k] for k in cols] for e in shuffled],
        )
    stored = [r["hash"] for r in legacy.query("SELECT hash FROM audit_log ORDER BY seq")]
    assert stored != [e["hash"] for e in entries]  # out of order as stored
    legacy.close()

    upgraded = Database(old)
    by_chain = [r["hash"] for r in upgraded.query("SELECT hash FROM audit_log ORDER BY chain_seq")]
    assert by_chain == [e["hash"] for e in entries]
    # read in chain order the links hold one by one: no break even before any forgiving
    prev = audit.GENESIS
    for r in upgraded.query("SELECT prev_hash, hash FROM audit_log ORDER BY chain_seq"):
        assert r["prev_hash"] == prev
        prev = r["hash"]
    assert audit.verify_chain(upgraded.conn, code) == []
    assert audit.verify_triggers(upgraded.conn) == []  # the log is append-only again
    upgraded.close()
    for w in (a, b, c):
        w.close()
