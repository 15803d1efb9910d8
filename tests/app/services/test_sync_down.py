"""The downward package and resolutions passed up (issue #20): county ← township ← three villages,
a household that moved (卓玛, 拉脊村 → 上寨村) and one registered twice (才让, 上寨村 and 下寨村).
Real registers on disk and real package files; after the round trips every level counts each
household once, in the same village."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.services import keys, package_crypto, reports, sync, sync_conflicts, sync_down
from app.services.sync_package import PackageWriter
from tests.app.services.test_township_overlap import MOVED, TWICE, _office, build_township

COUNTY = dict(code="630224", level="county", name_zh="化隆县")
TWP_CODE = "630224100"
A, B, C = "630224100201", "630224100202", "630224100203"


@pytest.fixture
def tree(tmp_path):
    twp, villages, usb, hh = build_township(tmp_path)
    county = _office(tmp_path / "county.sqlite", COUNTY)
    keys.add_subordinate(county.db, keys.export_key(twp.db, tmp_path / "twp.dbkey")["path"], "tester")
    twp.offices.set_upper(keys.export_key(county.db, tmp_path / "county.dbkey")["path"])
    township_key = tmp_path / "twp.dbkey"
    for v in villages:
        v.offices.set_upper(township_key)
    yield county, twp, villages, usb, hh
    for w in [county, twp, *villages]:
        w.close()


def up(upper, lower, usb, period="2026-10"):
    [report] = sync.import_packages(upper, [sync.export_package(lower, usb, period=period).path])
    assert report.status == "ok", report.lines()
    return report


def down(upper, lower, usb) -> Path:
    return Path(sync_down.export_down(upper, lower.office["code"], usb).path)


def take(ws, path) -> sync_down.DownReport:
    [report] = sync.import_packages(ws, [path])  # `sync import` takes either kind
    return report


def live(ws, id_number) -> list[tuple[str, str]]:
    """(office, village name) of each live household with that ID number."""
    return [
        (r["office_code"], r["village"])
        for r in ws.db.query(
            "SELECT h.office_code, v.name_zh AS village FROM household h JOIN village v ON v.id = h.village_id"
            " WHERE h.id_number = ? AND h.deleted_at IS NULL",
            (id_number,),
        )
    ]


def state(ws) -> dict:
    """What taking a package could change, to show a refused one changed nothing."""
    tables = ("household", "sync_down", "sync_down_log", "audit_log", "ref_loan_policy", "settings")
    return {t: sorted(json.dumps(r, sort_keys=True) for r in ws.db.query(f"SELECT * FROM {t}")) for t in tables}


def test_round_trips_leave_each_household_once_in_the_same_village_at_every_level(tree):
    county, twp, (a, b, c), usb, hh = tree
    for v in (a, b, c):
        up(twp, v, usb)
    first = up(county, twp, usb)  # the county sees the township's register: 拉脊村's 卓玛, 上寨村's 才让
    assert first.resolutions == 0
    assert live(county, MOVED) == [(A, "拉脊村")]

    moved = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == MOVED)
    twice = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == TWICE)
    sync_conflicts.resolve(twp, moved["id"], "moved", to="incoming", note="2026年迁入上寨村")
    sync_conflicts.resolve(twp, twice["id"], "ask", note="此户户籍在哪个村？")

    # down: 拉脊村 is told 卓玛 left for 上寨村; 上寨村 and 下寨村 are asked about 才让
    got_a = take(a, down(twp, a, usb))
    assert got_a.status == "ok" and got_a.decisions == 1 and got_a.questions == 0
    assert live(a, MOVED) == []
    [went] = sync_down.decisions(a)
    assert went["outcome"] == "left" and went["other"]["office_code"] == B and went["other"]["village_zh"] == "上寨村"
    assert any("left this register" in line and "上寨村" in line for line in got_a.lines("en"))
    gone = a.households.get(hh["moved_a"]["id"], include_deleted=True)
    assert gone["deleted_at"] is not None
    assert (
        a.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'sync_moved_away' AND record_id = ?", (gone["id"],))
        == 1
    )
    assert a.db.scalar("SELECT count(*) FROM loan_demand WHERE household_id = ?", (gone["id"],)) == 1  # history kept
    got_b, got_c = take(b, down(twp, b, usb)), take(c, down(twp, c, usb))
    assert (got_b.decisions, got_b.questions) == (1, 1) and live(b, MOVED) == [(B, "上寨村")]
    assert (got_c.decisions, got_c.questions) == (0, 1)
    [question] = sync_down.questions(c)
    assert question["question"] == "此户户籍在哪个村？" and question["other"]["village_zh"] == "上寨村"
    assert TWICE not in json.dumps(question)  # the ID number travels masked
    sync_down.answer(b, sync_down.questions(b)[0]["id"][:8], "户籍在上寨村")
    sync_down.answer(c, question["id"], "已迁往上寨村，本村登记重复")

    # up: the answers reach the township's Conflicts view
    for v in (a, b, c):
        up(twp, v, usb, period="2026-11")
    asked = next(x for x in sync_conflicts.list_conflicts(twp) if x["id"] == twice["id"])
    answers = {(r["office_code"], r["kind"]): r["text"] for r in asked["replies"]}
    assert answers[(B, "answer")] == "户籍在上寨村" and answers[(C, "answer")] == "已迁往上寨村，本村登记重复"
    done = next(x for x in sync_conflicts.list_conflicts(twp, open_only=False) if x["id"] == moved["id"])
    assert {(r["office_code"], r["kind"], r["text"]) for r in done["replies"]} == {
        (A, "applied", "left"),
        (B, "applied", "kept"),
    }

    # the township keeps 上寨村's registration; 下寨村 is told and lets its duplicate go
    sync_conflicts.resolve(twp, twice["id"], "keep_local", note="户籍在上寨村")
    got_c = take(c, down(twp, c, usb))
    assert got_c.decisions == 1 and live(c, TWICE) == []
    again = take(b, down(twp, b, usb))
    assert again.status == "ok" and again.decisions == 1  # 才让 kept in 上寨村
    for v in (a, b, c):
        up(twp, v, usb, period="2026-12")

    # up to the county: the township's resolutions follow its records
    second = up(county, twp, usb, period="2026-11")
    assert second.resolutions == 2
    assert any("were applied here" in n for n in second.notes("en"))
    third = up(county, twp, usb, period="2026-12")
    assert third.resolutions == 0  # each applied once

    villages = (a, b, c)
    for number, village in ((MOVED, "上寨村"), (TWICE, "上寨村")):
        for level in (twp, county):
            assert live(level, number) == [(B, village)], (number, level.office["code"])
        assert [x for v in villages for x in live(v, number)] == [(B, village)]
    # 卓玛's loan, granted in 拉脊村, follows her at the county as at the township
    for level in (twp, county):
        kept = level.households.find_by_id_number(MOVED)
        loans = level.db.query("SELECT office_code FROM loan_demand WHERE household_id = ?", (kept["id"],))
        assert [r["office_code"] for r in loans] == [A]
        assert level.db.one("PRAGMA foreign_key_check") is None
    month = date.today().strftime("%Y-%m")
    per_village = sum(reports.monthly(v, month).total.households for v in villages)
    assert per_village == 6
    for level in (twp, county):
        monthly = reports.monthly(level, month)
        assert monthly.total.households == 6 and monthly.households_in_conflict == 0
    assert sync_conflicts.open_count(county.db) == 0


def test_the_county_policy_table_comes_down_in_the_same_package(tree):
    from dataclasses import replace

    county, twp, (a, b, c), usb, hh = tree
    v = county.loan_policy.in_force("530", date(2026, 12, 1))
    county.loan_policy.set_version(replace(v, effective_from=date(2027, 1, 1), max_amount_fen=6_000_000))
    got = take(twp, Path(sync_down.export_down(county, TWP_CODE, usb).path))
    assert got.status == "ok" and got.policies == 1
    got = take(a, down(twp, a, usb))  # relayed by the township, checked against the township's key
    assert got.policies == 1
    row = a.db.one("SELECT * FROM ref_loan_policy WHERE effective_from = '2027-01-01'")
    assert row["source"] == COUNTY["code"] and row["max_amount_fen"] == 6000000


def test_each_package_is_logged_and_audited_where_it_is_made_and_where_it_is_taken(tree):
    county, twp, (a, b, c), usb, hh = tree
    for v in (a, b, c):
        up(twp, v, usb)
    moved = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == MOVED)
    sync_conflicts.resolve(twp, moved["id"], "moved", to="incoming", note="2026年迁入上寨村")
    path = down(twp, a, usb)
    assert take(a, path).status == "ok"

    [made] = twp.db.query("SELECT * FROM sync_down_log")
    assert (made["direction"], made["office_code"], made["sequence"], made["package_name"]) == ("made", A, 1, path.name)
    assert made["by_user"] == "tester" and len(made["sha256"]) == 64
    [taken] = a.db.query("SELECT * FROM sync_down_log")
    assert (taken["direction"], taken["office_code"], taken["sequence"], taken["package_name"]) == (
        "taken",
        TWP_CODE,
        1,
        path.name,
    )
    assert taken["sha256"] == made["sha256"] and taken["created_at"] == made["created_at"]
    assert json.loads(taken["counts"]) == {"decisions": 1, "questions": 0, "policies": 0}
    counts = json.loads(made["counts"])

    def entry(ws, action):
        [e] = ws.db.query("SELECT * FROM audit_log WHERE action = ?", (action,))
        return e

    sent, got = entry(twp, "sync_export_down"), entry(a, "sync_import_down")
    assert (sent["table_name"], sent["record_id"], sent["at"]) == ("sync_down_log", made["id"], made["created_at"])
    assert json.loads(sent["after_json"]) == {"to": A, "sequence": 1, **counts}
    assert (got["table_name"], got["record_id"], got["at"]) == ("sync_down_log", taken["id"], taken["at"])
    assert json.loads(got["after_json"]) == {
        "from": TWP_CODE,
        "sequence": 1,
        "decisions": 1,
        "questions": 0,
        "policies": 0,
    }
    assert got["office_code"] == A and sent["office_code"] == TWP_CODE


# -- hostile downward packages: refused with a sentence, nothing written -------------------------


def _refused(ws, path, *words):
    before = state(ws)
    report = take(ws, path)
    assert report.rejected, report.lines()
    text = report.reason.text("en")
    for w in words:
        assert w in text, text
    assert "Traceback" not in "\n".join(report.lines("en"))
    assert report.reason.text("zh") != text  # told in Chinese too
    assert state(ws) == before
    return text


def test_a_package_for_another_office_is_refused(tree):
    county, twp, (a, b, c), usb, hh = tree
    path = down(twp, b, usb)
    # told from the envelope: the package is encrypted for office B, office A cannot even read it
    _refused(a, path, "encrypted for office 630224100202", "not for this office")
    # and the manifest says so too, when the package travels with a passphrase instead
    (usb / "pass").mkdir()
    plain = Path(sync_down.export_down(twp, b.office["code"], usb / "pass", passphrase="yak and barley").path)
    report = sync_down.import_down(a, plain, passphrase="yak and barley")
    assert report.rejected and "is for office 630224100202" in report.reason.text("en")
    assert take(b, path).status == "ok"  # and its own office takes it


def test_a_dry_run_does_not_take_a_package_from_above(tree):
    county, twp, (a, b, c), usb, hh = tree
    path = down(twp, a, usb)
    before = state(a)
    [report] = sync.import_packages(a, [path], dry_run=True)
    assert report.rejected and "dry run" in report.reason.text("en")
    assert state(a) == before
    assert take(a, path).status == "ok"  # taken for real, it is still new


def test_a_replayed_package_is_refused(tree):
    county, twp, (a, b, c), usb, hh = tree
    for v in (a, b, c):
        up(twp, v, usb)
    first = down(twp, a, usb)
    kept = usb / "copy_of_first.dbsync"
    shutil.copy(first, kept)
    assert take(a, first).status == "ok"
    _refused(a, first, "not newer than package 1")
    assert take(a, down(twp, a, usb)).status == "ok"
    _refused(a, kept, "not newer than package 2")  # an old copy cannot undo a later package


def test_a_package_signed_by_another_key_is_refused(tree, tmp_path):
    county, twp, (a, b, c), usb, hh = tree
    impostor = _office(tmp_path / "impostor.sqlite", dict(code=TWP_CODE, level="township", name_zh="拉脊乡"))
    keys.add_subordinate(impostor.db, keys.export_key(a.db, tmp_path / "a2.dbkey")["path"], "tester")
    path = Path(sync_down.export_down(impostor, A, usb).path)
    impostor.close()
    _refused(a, path, "signature does not match", TWP_CODE)


def test_a_package_from_an_office_not_above_is_refused(tree):
    county, twp, (a, b, c), usb, hh = tree
    # the county's package for the township, given to a village
    path = Path(sync_down.export_down(county, TWP_CODE, usb).path)
    _refused(a, path, "for office 630224100,", "not for this office")


def test_without_the_upper_office_key_nothing_is_taken(tmp_path):
    twp, (a, b, c), usb, hh = build_township(tmp_path, set_upper=False)
    path = down(twp, a, usb)
    _refused(a, path, "offices set-upper")
    for w in (twp, a, b, c):
        w.close()


def test_a_tampered_package_is_refused(tree):
    county, twp, (a, b, c), usb, hh = tree
    for v in (a, b, c):
        up(twp, v, usb)
    moved = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == MOVED)
    sync_conflicts.resolve(twp, moved["id"], "moved", to="incoming")
    path = down(twp, a, usb)
    # the decision edited inside the zip ("left" → "kept"), the zip rebuilt around it (the zip as the
    # village decrypts it; the edited one then sealed anew for the village, as anyone can)
    plain = usb / "plain.zip"
    package_crypto.unseal_file(path, plain, keys.encryption_key(a.db))
    with zipfile.ZipFile(plain) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
        comment = zf.comment
    members[sync_down.ITEMS_MEMBER] = members[sync_down.ITEMS_MEMBER].replace(b'"left"', b'"kept"')
    edited = usb / "edited.dbsync"
    with zipfile.ZipFile(edited, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.comment = comment
    _refused(a, edited, "altered")
    resealed = usb / "resealed.dbsync"
    package_crypto.seal_file(
        edited, resealed, keys.encryption_key(a.db), kind="sync-down", sender=TWP_CODE, recipient=a.office["code"]
    )
    _refused(a, resealed, "altered")
    flipped = usb / "flipped.dbsync"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    flipped.write_bytes(bytes(data))
    _refused(a, flipped)
    assert live(a, MOVED)  # still here: no decision was applied


def test_an_oversize_package_is_refused_before_anything_is_unpacked(tree):
    county, twp, (a, b, c), usb, hh = tree
    path = down(twp, a, usb)
    # a real package from the township with 17 MB more inside: its manifest and signature read
    # as before, its size is refused before any member is unpacked or hashed
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("padding.bin", os.urandom(17 << 20))
    text = _refused(a, path, "at most 16 MB")
    assert "17 MB" in text


def test_a_signed_package_with_an_entry_this_program_never_writes_is_refused(tree):
    county, twp, (a, b, c), usb, hh = tree
    dest = usb / f"{TWP_CODE}_down_{A}_0001.dbsync"
    writer = PackageWriter(dest)
    try:
        writer.add_member(
            sync_down.ITEMS_MEMBER,
            sync_down.ITEMS_TABLE,
            iter([{"id": "x", "kind": "delete_everything", "household_id": hh["moved_a"]["id"], "other": {}}]),
        )
        manifest = {
            "format": "dualbase-sync",
            "format_version": 1,
            "direction": "down",
            "office": {k: twp.office[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
            "recipient": {"code": A},
            "period": "2026-12",
            "created_at": "2026-12-01T00:00:00Z",
            "sequence": 1,
        }
        writer.finish(manifest, lambda body: keys.sign(twp.db, body))  # the township's own key
    finally:
        writer.cleanup()
    _refused(a, dest, "not one this program writes")


def test_cli_export_down_import_and_answer(tree, tmp_path):
    import subprocess
    import sys

    county, twp, (a, b, c), usb, hh = tree
    for v in (a, b, c):
        up(twp, v, usb)
    twice = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == TWICE)
    sync_conflicts.resolve(twp, twice["id"], "ask", note="哪个村？")
    root = Path(__file__).resolve().parents[3]

    def cli(ws, *args):
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return subprocess.run(
            [sys.executable, "-m", "app", "--db", str(ws.db.path), "--lang", "en", *args],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    made = cli(twp, "sync", "export-down", "--to", C, "--out", str(usb))
    assert made.returncode == 0, made.stderr
    assert "1 questions" in made.stderr
    path = made.stdout.strip().splitlines()[-1]
    taken = cli(c, "sync", "import", path)
    assert taken.returncode == 0 and "1 new questions" in taken.stdout, taken.stdout + taken.stderr
    again = cli(c, "sync", "import", path)
    assert again.returncode == 1 and "not newer" in again.stdout and "Traceback" not in again.stderr
    listed = cli(c, "sync", "questions", "list")
    assert "哪个村？" in listed.stdout and "1 questions." in listed.stdout and TWICE not in listed.stdout
    answered = cli(c, "sync", "questions", "answer", twice["id"][:8], "本村登记重复")
    assert answered.returncode == 0, answered.stderr
    wrong = cli(twp, "sync", "export-down", "--to", "630224999999", "--out", str(usb))
    assert wrong.returncode == 2 and "not registered here" in wrong.stderr and "Traceback" not in wrong.stderr
    up(twp, c, usb, period="2026-11")
    shown = cli(twp, "sync", "conflicts", "list")
    assert "本村登记重复" in shown.stdout


def test_a_township_package_resolving_a_conflict_of_an_office_not_below_it_is_refused(tree):
    """Signed by the township, but its resolution is about an office of another township: the
    county refuses the whole package with a sentence and stores nothing of it."""
    from app.services.sync_package import FORMAT, FORMAT_VERSION

    county, twp, (a, b, c), usb, hh = tree
    up(county, twp, usb)
    before = {
        t: county.db.scalar(f"SELECT count(*) FROM {t}")
        for t in ("household", "sync_held", "sync_resolution", "sync_conflict", "audit_log")
    }
    dest = usb / f"{TWP_CODE}_2026-11_0002.dbsync"
    writer = PackageWriter(dest)
    try:
        writer.add_member(
            sync_down.RESOLUTION_MEMBER,
            sync_down.RESOLUTION_TABLE,
            iter(
                [
                    {
                        "conflict_id": "c1",
                        "id_number": MOVED,
                        "resolution": "keep_local",
                        "kept": {"office_code": A, "household_id": hh["moved_a"]["id"]},
                        "dropped": {"office_code": "630224200201", "household_id": "x"},
                        "follow": False,
                    }
                ]
            ),
        )
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "office": {k: twp.office[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
            "period": "2026-11",
            "created_at": "2026-12-01T00:00:00Z",
            "sequence": 2,
            "base_sequence": 1,
        }
        writer.finish(manifest, lambda body: keys.sign(twp.db, body))
    finally:
        writer.cleanup()
    [report] = sync.import_packages(county, [dest])
    assert report.rejected and "630224200201" in report.reason.text("en")
    assert "not the sending office nor below it" in report.reason.text("en")
    after = {t: county.db.scalar(f"SELECT count(*) FROM {t}") for t in before}
    assert after == before
