"""Upward sync end to end: a township, two villages (demo data in each), keys exchanged, packages
exported, imported, re-imported, out of order, damaged, altered, encrypted, and in conflict."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.domain.errors import ReadOnlyRecord, ValidationError
from app.services import keys, package_crypto, sync
from app.services.demo import fill
from app.services.sync_package import MANIFEST, SIGNATURE, PackageWriter
from app.services.workspace import Workspace, init_office

TODAY = date(2026, 11, 15)
TOWNSHIP = dict(code="630224100", level="township", name_zh="拉脊乡", name_bo="ལ་རྗེས་ཤང་།", parent_code="630224")
VILLAGE_A = dict(code="630224100201", level="village", name_zh="拉脊村", parent_code="630224100")
VILLAGE_B = dict(code="630224100202", level="village", name_zh="上寨村", parent_code="630224100")
COUNTY = dict(code="630224", level="county", name_zh="化隆县")


def open_office(path: Path, office: dict, households: int = 0, seed: int = 1) -> Workspace:
    ws = Workspace.open(path, user="tester", role="admin", lang="en")
    init_office(ws.db, **office, user="tester")
    if households:
        fill(ws.db, office_code=office["code"], households=households, seed=seed, today=TODAY, user="tester")
    return ws


@pytest.fixture(scope="module")
def tree_files(tmp_path_factory):
    """Township + villages A (seed 11) and B (seed 12), both registered at the township: built
    once, copied for each test."""
    folder = tmp_path_factory.mktemp("tree")
    twp = open_office(folder / "township.sqlite", TOWNSHIP)
    va = open_office(folder / "village_a.sqlite", VILLAGE_A, households=30, seed=11)
    vb = open_office(folder / "village_b.sqlite", VILLAGE_B, households=20, seed=12)
    upper = keys.export_key(twp.db, folder / "630224100.dbkey")["path"]
    for v in (va, vb):
        key = keys.export_key(v.db, folder / f"{v.office['code']}.dbkey")
        keys.add_subordinate(twp.db, key["path"], "tester")
        keys.set_upper(v.db, upper, "tester")  # each village's packages are encrypted to the township
    for w in (twp, va, vb):
        w.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        w.close()
    return folder


@pytest.fixture
def tree(tree_files, tmp_path):
    names = ("township.sqlite", "village_a.sqlite", "village_b.sqlite")
    for name in names + ("630224100201.dbkey", "630224100202.dbkey", "630224100.dbkey"):
        shutil.copy(tree_files / name, tmp_path / name)
    spaces = [Workspace.open(tmp_path / n, user="tester", role="admin", lang="en") for n in names]
    usb = tmp_path / "usb"
    usb.mkdir()
    yield (*spaces, usb)
    for w in spaces:
        w.close()


DUMPED = sync.SYNCED_TABLES + ("audit_log", "household_search", "sync_conflict")


def dump(ws) -> dict:
    """Everything the merge may touch, in a comparable form."""
    out = {}
    for table in DUMPED:
        rows = ws.db.query(f"SELECT * FROM {table}")
        out[table] = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)
    return out


def counts(ws, office_code: str) -> dict:
    return {
        t: ws.db.scalar(f"SELECT count(*) FROM {t} WHERE office_code = ?", (office_code,)) for t in sync.SYNCED_TABLES
    }


def export(ws, usb, **kw) -> Path:
    return Path(sync.export_package(ws, usb, period=kw.pop("period", "2026-11"), **kw).path)


def package_zip(twp, path: Path) -> zipfile.ZipFile:
    """The zip inside a package, opened as the township (the office it is encrypted for) reads it."""
    opened = package_crypto.unseal(path, keys.encryption_key(twp.db), recipient=twp.office["code"])
    return zipfile.ZipFile(opened.open())


def as_plain(twp, path: Path) -> Path:
    """The same package as an earlier release wrote it without a passphrase: the plain zip."""
    plain = path.with_suffix(".plain")
    package_crypto.unseal_file(path, plain, keys.encryption_key(twp.db), recipient=twp.office["code"])
    plain.replace(path)
    return path


def reseal(twp, path: Path, sender: str = VILLAGE_A["code"]) -> Path:
    """A plain zip sealed for the township as a forger can: its encryption key is public."""
    sealed = path.with_suffix(".sealed")
    package_crypto.seal_file(
        path,
        sealed,
        keys.encryption_key(twp.db).public_key(),
        kind="sync-up",
        sender=sender,
        recipient=twp.office["code"],
    )
    sealed.replace(path)
    return path


def import_one(ws, path, **kw) -> sync.ImportReport:
    [report] = sync.import_packages(ws, [path], **kw)
    return report


# -- keys ------------------------------------------------------------------------------------------


def test_init_gives_the_office_a_key_pair_whose_private_half_stays_in_local_secret(tree):
    _, va, _, _ = tree
    public = va.office["public_key"]
    assert len(public) == 64
    private = keys.private_key(va.db)
    assert keys.verify(public, private.sign(b"x"), b"x")
    assert len(keys.fingerprint(public).split(" ")) == 5


def test_key_file_names_the_office_and_its_fingerprint(tree, tmp_path):
    _, va, _, _ = tree
    data = json.loads((tmp_path / "630224100201.dbkey").read_text(encoding="utf-8"))
    assert data["code"] == "630224100201" and data["parent_code"] == "630224100"
    assert data["fingerprint"] == keys.fingerprint(va.office["public_key"])
    assert "private" not in json.dumps(data).lower()


def test_subordinate_registered_with_its_key_and_parent(tree):
    twp, va, _, _ = tree
    row = twp.db.one("SELECT * FROM office WHERE code = ?", ("630224100201",))
    assert row["public_key"] == va.office["public_key"]
    assert row["parent_code"] == "630224100" and row["is_local"] == 0


def test_add_subordinate_refuses_an_office_of_another_parent(tree, tmp_path):
    twp, _, _, _ = tree
    other = open_office(tmp_path / "other.sqlite", dict(VILLAGE_A, code="630224200301", parent_code="630224200"))
    path = keys.export_key(other.db, tmp_path / "other.dbkey")["path"]
    with pytest.raises(ValidationError) as err:
        keys.add_subordinate(twp.db, path)
    assert "630224200" in err.value.text("en")
    other.close()


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b'{"format": "dualbase-office-key", "format_version": 1}',
        b'{"format": "dualbase-office-key", "format_version": 1, "code": '
        b'"630224100203", "level": "village", "name_zh": "x", "parent_code": '
        b'"630224100", "public_key": "zz"}',
    ],
)
def test_add_subordinate_refuses_a_malformed_key_file(tree, tmp_path, content):
    twp, _, _, _ = tree
    bad = tmp_path / "bad.dbkey"
    bad.write_bytes(content)
    before = dump(twp)
    with pytest.raises(ValidationError):
        keys.add_subordinate(twp.db, bad)
    assert dump(twp) == before


# -- export ----------------------------------------------------------------------------------------


def test_first_package_holds_every_record_and_no_user_accounts(tree):
    twp, va, _, usb = tree
    path = export(va, usb)
    assert path.name == "630224100201_2026-11_0001.dbsync"
    with package_zip(twp, path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        names = set(zf.namelist())
    assert manifest["sequence"] == 1 and manifest["period"] == "2026-11"
    assert manifest["office"]["code"] == "630224100201"
    for table in sync.SYNCED_TABLES:
        assert manifest["counts"][table] == va.db.scalar(f"SELECT count(*) FROM {table}"), table
    assert manifest["counts"]["audit_log"] == va.db.scalar("SELECT count(*) FROM audit_log")
    assert "app_user.jsonl" not in names and SIGNATURE in names
    assert manifest["audit_head"] == va.db.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")


def test_export_is_recorded_in_sync_log_with_its_high_water_mark(tree):
    _, va, _, usb = tree
    export(va, usb)
    row = va.db.one("SELECT * FROM sync_log WHERE direction = 'export'")
    assert row["sequence"] == 1 and row["status"] == "ok"
    assert json.loads(row["high_water"])["change_seq"] == va.db.scalar("SELECT max(seq) FROM sync_change")


def test_second_package_carries_only_what_changed(tree):
    twp, va, _, usb = tree
    export(va, usb)
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000"})
    second = export(va, usb)
    assert second.name == "630224100201_2026-11_0002.dbsync"
    with package_zip(twp, second) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        rows = [json.loads(line) for line in zf.read("household.jsonl").splitlines()]
    assert manifest["counts"]["household"] == 1 and rows[0]["id"] == hid and rows[0]["version"] == 2
    assert manifest["counts"]["loan_demand"] == 0
    assert manifest["counts"]["audit_log"] == 1


def test_a_package_with_nothing_new_is_still_a_numbered_package(tree):
    twp, va, _, usb = tree
    export(va, usb)
    again = export(va, usb, period="2026-12")
    with package_zip(twp, again) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["sequence"] == 2
    assert sum(v for k, v in manifest["counts"].items()) == 0


def test_period_must_be_a_month(tree):
    _, va, _, usb = tree
    with pytest.raises(ValidationError):
        sync.export_package(va, usb, period="2026-13")


def test_default_period_is_the_month_before_until_the_due_day(tree):
    _, va, _, _ = tree
    assert sync.default_period(va.db, date(2026, 12, 3)) == "2026-11"
    assert sync.default_period(va.db, date(2026, 12, 6)) == "2026-12"
    assert sync.default_period(va.db, date(2027, 1, 2)) == "2026-12"


# -- import ----------------------------------------------------------------------------------------


def test_import_brings_the_villages_records_keeping_their_office(tree):
    twp, va, vb, usb = tree
    reports = sync.import_packages(twp, [export(va, usb), export(vb, usb)])
    assert [r.status for r in reports] == ["ok", "ok"]
    for v in (va, vb):
        code = v.office["code"]
        expected = counts(v, code)
        expected["office"] = 0  # the village's own office row: the township's registration stands
        assert counts(twp, code) == expected
    a = reports[0] if reports[0].sender == VILLAGE_A["code"] else reports[1]
    assert a.tables["household"].new == 30 and a.tables["household"].updated == 0
    assert twp.db.scalar("SELECT count(*) FROM audit_log WHERE office_code = ?", (VILLAGE_A["code"],)) == va.db.scalar(
        "SELECT count(*) FROM audit_log WHERE office_code = ?", (VILLAGE_A["code"],)
    )
    assert twp.db.one("PRAGMA foreign_key_check") is None


def test_imported_households_are_searchable_by_name(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    row = va.households.rows(va.households.search_ids())[0]
    assert row["id"] in twp.households.search_ids(row["name_zh"])


def test_imported_records_are_read_only_at_the_upper_office(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    hid = va.households.search_ids()[0]
    loan = va.loans.search_ids(status="registered")[0]
    with pytest.raises(ReadOnlyRecord) as err:
        twp.households.update(hid, {"phone": "13800138000"})
    assert "630224100201" in err.value.text("en") and "拉脊村" in err.value.text("en")
    with pytest.raises(ReadOnlyRecord):
        twp.households.delete(hid)
    with pytest.raises(ReadOnlyRecord):
        twp.loans.transition(loan, "referred", on_date="2026-11-15", reason="x")
    assert twp.households.get(hid)["version"] == 1


def test_same_package_twice_changes_nothing(tree):
    twp, va, _, usb = tree
    path = export(va, usb)
    import_one(twp, path)
    before = dump(twp)
    again = import_one(twp, path)
    assert again.status == "ok"
    after = dump(twp)
    assert {t: after[t] for t in sync.SYNCED_TABLES} == {t: before[t] for t in sync.SYNCED_TABLES}
    assert again.totals().new == again.totals().updated == again.totals().conflicts == 0
    assert again.totals().unchanged == sum(again.tables[t].unchanged for t in again.tables) > 0
    assert any("already imported" in w.text("en") for w in again.warnings)


def test_edit_in_village_travels_in_the_second_package_and_the_higher_version_wins(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000", "name_zh": "新名字"})
    report = import_one(twp, export(va, usb))
    assert report.tables["household"].updated == 1 and report.tables["household"].new == 0
    row = twp.households.get(hid)
    assert row["version"] == 2 and row["phone"] == "13800138000"
    assert hid in twp.households.search_ids("新名字")  # tokens follow the new name
    assert hid not in twp.households.search_ids(va.households.get(hid)["name_bo"][:3] + "zzz")


def test_older_package_after_a_newer_one_changes_nothing(tree):
    twp, va, _, usb = tree
    first = export(va, usb)
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000"})
    second = export(va, usb)
    import_one(twp, first)
    import_one(twp, second)
    before = dump(twp)
    report = import_one(twp, first)  # the same file: known, not merged again
    assert report.status == "ok" and report.tables["household"].updated == 0
    assert {t: dump(twp)[t] for t in sync.SYNCED_TABLES} == {t: before[t] for t in sync.SYNCED_TABLES}
    # the same package in another file (encrypted on the way): merged row by row, older loses
    from app.services.sync_package import encrypt_file

    copy, plain = usb / "copy-of-first.dbsync", usb / "first.zip"
    package_crypto.unseal_file(first, plain, keys.encryption_key(twp.db))
    encrypt_file(plain, copy, "yak and barley")
    report = import_one(twp, copy, passphrase="yak and barley")
    assert report.status == "ok"
    assert report.tables["household"].unchanged == 30 and report.totals().new == report.totals().updated == 0
    assert report.totals().conflicts == 0
    assert any("older than package 2" in w.text("en") for w in report.warnings)
    assert {t: dump(twp)[t] for t in sync.SYNCED_TABLES} == {t: before[t] for t in sync.SYNCED_TABLES}
    assert twp.households.get(hid)["phone"] == "13800138000"


def test_packages_given_out_of_order_in_one_import_are_applied_in_sequence(tree):
    twp, va, _, usb = tree
    first = export(va, usb)
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000"})
    second = export(va, usb)
    reports = sync.import_packages(twp, [second, first])
    assert [r.sequence for r in reports] == [1, 2]
    assert all(r.status == "ok" for r in reports)
    assert twp.households.get(hid)["phone"] == "13800138000"


def _three_packages(va, usb) -> tuple[list[Path], list[str]]:
    """Packages 1, 2, 3 of village A, each after an edit (2 and 3 change one household each)."""
    first = export(va, usb)
    hids = va.households.search_ids()
    va.households.update(hids[0], {"phone": "13800138000"})
    second = export(va, usb)
    va.households.update(hids[1], {"phone": "13900139000"})
    third = export(va, usb)
    return [first, second, third], hids


def test_a_package_after_a_gap_is_refused_naming_the_one_to_import_first(tree):
    twp, va, _, usb = tree
    (first, second, third), hids = _three_packages(va, usb)
    import_one(twp, first)
    before = dump(twp)
    report = import_one(twp, third)
    assert report.rejected
    assert "Import package 2 first" in report.reason.text("en")
    assert "请先导入第 2 号" in report.reason.text("zh")
    assert dump(twp) == before  # nothing of package 3 stored
    assert twp.households.get(hids[1])["version"] == 1


def test_packages_imported_1_3_2_then_1_again_leave_a_sound_audit_trail(tree):
    from app.services import audit_log
    from app.services.check import check_register

    twp, va, _, usb = tree
    (first, second, third), hids = _three_packages(va, usb)
    statuses = [import_one(twp, p).status for p in (first, third, second, third, first)]
    assert statuses == ["ok", "rejected", "ok", "ok", "ok"]
    assert twp.households.get(hids[0])["phone"] == "13800138000"
    assert twp.households.get(hids[1])["phone"] == "13900139000"
    assert check_register(twp) == []
    assert audit_log.verify(twp)[1] == []
    here = twp.db.query("SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq", (VILLAGE_A["code"],))
    there = va.db.query("SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq", (VILLAGE_A["code"],))
    assert here == there  # the village's trail, entry for entry, in order


def test_an_out_of_order_package_in_a_dry_run_is_refused_too(tree):
    twp, va, _, usb = tree
    (first, second, third), _ = _three_packages(va, usb)
    [report] = sync.import_packages(twp, [second], dry_run=True)
    assert report.rejected and "Import package 1 first" in report.reason.text("en")
    assert twp.db.scalar("SELECT count(*) FROM sync_log WHERE direction = 'import'") == 0


def test_each_package_names_the_one_it_follows(tree):
    twp, va, _, usb = tree
    paths, _ = _three_packages(va, usb)
    full = Path(sync.export_package(va, usb, period="2026-11", full=True).path)
    bases = []
    for path in paths + [full]:
        with package_zip(twp, path) as zf:
            bases.append(json.loads(zf.read(MANIFEST))["base_sequence"])
    assert bases == [0, 1, 2, 0]


def test_packages_without_a_named_base_follow_the_one_before():
    assert sync.base_sequence({}, 3) == 2
    assert sync.base_sequence({"base_sequence": 0}, 3) == 0
    assert sync.base_sequence({"base_sequence": 7}, 3) == 2  # nonsense: the safe reading


def test_package_referring_to_records_not_yet_received_is_rejected(tree):
    twp, va, _, usb = tree
    export(va, usb)  # package 1 (the households) stays at home
    loan = va.loans.search_ids(status="registered")[0]
    va.loans.update(loan, {"purpose": "购买牦牛二十头"})
    second = export(va, usb)
    before = dump(twp)
    report = import_one(twp, second)
    assert report.rejected and "Import package 1 first" in report.reason.text("en")
    assert dump(twp) == before


def test_conflict_same_version_different_content_is_recorded_not_overwritten(tree, tmp_path):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    backup = tmp_path / "village_a_backup.sqlite"
    va.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(va.db.path, backup)
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000"})
    import_one(twp, export(va, usb))  # township holds version 2: 13800138000
    # the village restores its backup and edits the same household differently: version 2 again
    restored = Workspace.open(backup, user="tester", lang="en")
    restored.households.update(hid, {"phone": "13700137000"})
    other = usb / "restored"
    other.mkdir()
    report = import_one(twp, Path(sync.export_package(restored, other, period="2026-11").path))
    restored.close()
    assert report.status == "ok"
    assert report.tables["household"].conflicts == 1
    assert report.conflicts == [{"table": "household", "record_id": hid, "kind": "content"}]
    assert twp.households.get(hid)["phone"] == "13800138000"
    [c] = twp.db.query("SELECT * FROM sync_conflict")
    assert c["record_id"] == hid and json.loads(c["incoming_json"])["phone"] == "13700137000"
    assert json.loads(c["local_json"])["phone"] == "13800138000"
    assert any("Conflict" in line for line in report.lines("en"))


def _repacked(va, path: Path, change) -> Path:
    """The village's package with its members' rows changed by `change(member, rows)`, signed by
    the village again (its own bug, or someone holding its key) and left as a plain zip."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        members = {
            name: (info["table"], [json.loads(line) for line in zf.read(name).splitlines()])
            for name, info in manifest.pop("members").items()
        }
    out = path.with_name("repacked.dbsync")
    writer = PackageWriter(out)
    try:
        for name, (table, rows) in members.items():
            writer.add_member(name, table, iter(change(name, rows)))
        writer.finish(manifest, lambda body: keys.sign(va.db, body))
    finally:
        writer.cleanup()
    return out


def test_a_row_breaking_a_unique_rule_is_a_conflict_and_the_rows_after_it_still_come_in(tree):
    """A rating of a household's year that the package holds twice: the second one (in the order
    rows are stored) is kept aside as a conflict; every other rating, before and after it in the
    same batch, is stored, and the refused row leaves nothing behind (seals, roll-ups, journal)."""
    from app.services.check import check_register

    twp, va, _, usb = tree
    ratings = sorted(va.db.query("SELECT * FROM credit_rating WHERE deleted_at IS NULL"), key=lambda r: r["id"])
    first, middle = ratings[0], ratings[len(ratings) // 2]
    twin = dict(first, id=middle["id"] + "0", notes="the same year again")  # stored right after `middle`

    def add_twin(name: str, rows: list[dict]) -> list[dict]:
        return rows + [twin] if name == "credit_rating.jsonl" else rows

    report = import_one(twp, _repacked(va, as_plain(twp, export(va, usb)), add_twin))
    assert report.status == "ok"
    assert report.tables["credit_rating"].new == len(ratings) and report.tables["credit_rating"].conflicts == 1
    assert report.conflicts == [{"table": "credit_rating", "record_id": twin["id"], "kind": "constraint"}]
    stored = {r["id"] for r in twp.db.query("SELECT id FROM credit_rating")}
    assert stored == {r["id"] for r in ratings}
    [conflict] = twp.db.query("SELECT * FROM sync_conflict")
    assert conflict["record_id"] == twin["id"] and json.loads(conflict["incoming_json"])["notes"] == twin["notes"]
    assert "UNIQUE" in json.loads(conflict["local_json"])["error"]
    assert twp.db.scalar("SELECT count(*) FROM sync_change WHERE record_id = ?", (twin["id"],)) == 0
    assert check_register(twp) == []


# -- rejected packages: the database stays exactly as it was ----------------------------------------


def _rejected(twp, path, **kw) -> sync.ImportReport:
    before = dump(twp)
    logged = twp.db.scalar("SELECT count(*) FROM sync_log")
    report = import_one(twp, path, **kw)
    assert report.rejected
    assert dump(twp) == before
    assert twp.db.scalar("SELECT count(*) FROM sync_log WHERE status = 'rejected'") == 1
    assert twp.db.scalar("SELECT count(*) FROM sync_log") == logged + 1
    return report


def _flip(path: Path, at: float) -> None:
    data = bytearray(path.read_bytes())
    i = int(len(data) * at)
    data[i] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("at", [0.2, 0.5, 0.9, 0.999])
def test_a_flipped_byte_is_rejected(tree, at):
    twp, va, _, usb = tree
    path = export(va, usb)
    _flip(path, at)
    report = _rejected(twp, path)
    assert "damaged" in report.reason.text("en") or "altered" in report.reason.text("en")


def test_a_flipped_byte_in_an_encrypted_package_is_rejected(tree):
    twp, va, _, usb = tree
    path = export(va, usb, passphrase="yak and barley")
    _flip(path, 0.5)
    report = _rejected(twp, path, passphrase="yak and barley")
    assert "damaged or altered" in report.reason.text("en")


def test_a_flipped_byte_anywhere_is_rejected(tree):
    """Every member's local header, the central directory and the end record included (of the
    zip as an earlier release wrote it, unencrypted; the sealed file: the next test)."""
    twp, va, _, usb = tree
    path = as_plain(twp, export(va, usb))
    original = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        offsets = [i.header_offset + k for i in zf.infolist() for k in (0, 8, 15, 19, 23, 27, 30)]
    positions = sorted(
        set(
            offsets
            + list(range(0, len(original), max(1, len(original) // 60)))
            + list(range(len(original) - 200, len(original), 7))
        )
    )
    before = dump(twp)
    accepted = []
    for i in positions:
        data = bytearray(original)
        data[i] ^= 0x20
        path.write_bytes(bytes(data))
        if not import_one(twp, path).rejected:
            accepted.append(i)
    assert accepted == []
    assert dump(twp) == before


def test_a_flipped_byte_anywhere_in_a_sealed_package_is_rejected(tree):
    """The envelope's header (sender, recipient, key, nonce), the ciphertext and the tag."""
    twp, va, _, usb = tree
    path = export(va, usb)
    original = path.read_bytes()
    header = package_crypto.read_header(path).size
    positions = sorted(
        set(range(header + 2)) | set(range(0, len(original), max(1, len(original) // 40))) | {len(original) - 1}
    )
    before = dump(twp)
    accepted = []
    for i in positions:
        data = bytearray(original)
        data[i] ^= 0x20
        path.write_bytes(bytes(data))
        if not import_one(twp, path).rejected:
            accepted.append(i)
    assert accepted == []
    assert dump(twp) == before


@pytest.mark.parametrize("keep", [0.0, 0.3, 0.99])
def test_a_truncated_package_is_rejected(tree, keep):
    twp, va, _, usb = tree
    path = export(va, usb)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    report = _rejected(twp, path)
    assert "damaged or incomplete" in report.reason.text("en")


def test_a_truncated_encrypted_package_is_rejected(tree):
    twp, va, _, usb = tree
    path = export(va, usb, passphrase="yak and barley")
    path.write_bytes(path.read_bytes()[:-100])
    _rejected(twp, path, passphrase="yak and barley")


def test_wrong_passphrase_is_rejected_with_a_sentence(tree):
    twp, va, _, usb = tree
    path = export(va, usb, passphrase="yak and barley")
    report = _rejected(twp, path, passphrase="sheep and potatoes")
    assert "passphrase is wrong" in report.reason.text("en")


def test_encrypted_package_without_passphrase_asks_for_it(tree):
    twp, va, _, usb = tree
    path = export(va, usb, passphrase="yak and barley")
    report = _rejected(twp, path)
    assert "Give the passphrase" in report.reason.text("en")


def test_encrypted_package_reveals_nothing_and_imports_with_the_passphrase(tree):
    twp, va, _, usb = tree
    path = export(va, usb, passphrase="yak and barley")
    data = path.read_bytes()
    name = va.households.rows(va.households.search_ids()[:1])[0]["name_zh"].encode("utf-8")
    assert not zipfile.is_zipfile(path) and name not in data and b"household" not in data
    report = import_one(twp, path, passphrase="yak and barley")
    assert report.status == "ok" and report.tables["household"].new == 30


def test_unregistered_sender_is_rejected(tree, tmp_path):
    twp, _, _, usb = tree
    stranger = open_office(
        tmp_path / "stranger.sqlite", dict(VILLAGE_A, code="630224100209", name_zh="外村"), households=5, seed=13
    )
    keys.set_upper(stranger.db, tmp_path / "630224100.dbkey")  # the township's key is no secret
    path = Path(sync.export_package(stranger, usb, period="2026-11").path)
    stranger.close()
    report = _rejected(twp, path)
    assert "630224100209" in report.reason.text("en") and "not registered" in report.reason.text("en")


def test_package_signed_by_another_key_is_rejected(tree, tmp_path):
    twp, va, _, usb = tree
    # an office posing as village A: same code, its own key
    impostor = open_office(tmp_path / "impostor.sqlite", VILLAGE_A, households=3, seed=14)
    keys.set_upper(impostor.db, tmp_path / "630224100.dbkey")
    path = Path(sync.export_package(impostor, usb, period="2026-11").path)
    impostor.close()
    report = _rejected(twp, path)
    assert "signature" in report.reason.text("en")


def test_an_altered_member_with_the_old_manifest_is_rejected(tree):
    twp, va, _, usb = tree
    path = as_plain(twp, export(va, usb))
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
        comment = zf.comment
    members["household.jsonl"] = members["household.jsonl"].replace(b'"general"', b'"registered_poor"', 1)
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
        zf.comment = comment  # the forger keeps the old file signature
    report = _rejected(twp, path)
    assert "household.jsonl" in report.reason.text("en")
    report = import_one(twp, reseal(twp, path))  # sealed anew for the township: still refused
    assert report.rejected
    assert "household.jsonl" in report.reason.text("en")


def test_an_altered_manifest_breaks_the_signature(tree):
    twp, va, _, usb = tree
    path = as_plain(twp, export(va, usb))
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[MANIFEST] = members[MANIFEST].replace(b'"period": "2026-11"', b'"period": "2026-10"')
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    report = _rejected(twp, path)
    assert "signature" in report.reason.text("en")
    report = import_one(twp, reseal(twp, path))
    assert report.rejected and "signature" in report.reason.text("en")


def test_a_village_cannot_send_records_of_another_office(tree):
    twp, va, vb, usb = tree
    import_one(twp, export(vb, usb))
    hid = vb.households.search_ids()[0]
    stolen = dict(vb.households.get(hid), version=9, phone="13000000000")
    path = usb / "forged.dbsync"
    writer = PackageWriter(path)
    try:
        writer.add_member("household.jsonl", "household", iter([stolen]))
        writer.add_member("audit_log.jsonl", "audit_log", iter([]))
        office = va.office
        manifest = {
            "format": "dualbase-sync",
            "format_version": 1,
            "period": "2026-11",
            "sequence": 1,
            "created_at": "2026-11-15T00:00:00Z",
            "office": {k: office[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
        }
        writer.finish(manifest, lambda body: keys.sign(va.db, body))
    finally:
        writer.cleanup()
    report = _rejected(twp, path)
    assert "630224100202" in report.reason.text("en")
    assert twp.households.get(hid)["version"] == 1


def test_dry_run_reports_and_stores_nothing(tree):
    twp, va, _, usb = tree
    before = dump(twp)
    logged = twp.db.scalar("SELECT count(*) FROM sync_log")
    report = import_one(twp, export(va, usb), dry_run=True)
    assert report.status == "dry-run" and report.tables["household"].new == 30
    assert dump(twp) == before and twp.db.scalar("SELECT count(*) FROM sync_log") == logged


# -- through the township to the county ------------------------------------------------------------


def test_county_sees_the_villages_through_the_township(tree, tmp_path):
    twp, va, vb, usb = tree
    county = open_office(tmp_path / "county.sqlite", COUNTY)
    keys.add_subordinate(county.db, keys.export_key(twp.db, tmp_path / "twp.dbkey")["path"])
    keys.set_upper(twp.db, keys.export_key(county.db, tmp_path / "county.dbkey")["path"])
    sync.import_packages(twp, [export(va, usb), export(vb, usb)])
    report = import_one(county, export(twp, usb))
    assert report.status == "ok"
    for v in (va, vb):
        code = v.office["code"]
        assert {t: n for t, n in counts(county, code).items() if t != "office"} == {
            t: n for t, n in counts(v, code).items() if t != "office"
        }
    # the township's registrations of its villages arrive too, so the county knows the tree
    assert set(
        county.db.query("SELECT code FROM office WHERE parent_code = ?", ("630224100",))[i]["code"] for i in range(2)
    ) == {VILLAGE_A["code"], VILLAGE_B["code"]}
    # a later village edit travels village -> township -> county in the next packages
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000"})
    import_one(twp, export(va, usb))
    second = import_one(county, export(twp, usb))
    assert second.tables["household"].updated == 1
    assert county.households.get(hid)["phone"] == "13800138000"
    with pytest.raises(ReadOnlyRecord):
        county.households.update(hid, {"phone": "13900139000"})
    county.close()


# -- reporting completeness ------------------------------------------------------------------------


def test_reporting_status_shows_who_sent_and_who_is_overdue(tree):
    twp, va, vb, usb = tree
    import_one(twp, export(va, usb, period="2026-11"))
    status = {s.office["code"]: s for s in sync.reporting_status(twp, "2026-11", today=date(2026, 12, 6))}
    assert status[VILLAGE_A["code"]].sent and not status[VILLAGE_A["code"]].overdue
    assert status[VILLAGE_A["code"]].last_package_at
    assert not status[VILLAGE_B["code"]].sent and status[VILLAGE_B["code"]].overdue
    early = {s.office["code"]: s for s in sync.reporting_status(twp, "2026-11", today=date(2026, 12, 5))}
    assert not early[VILLAGE_B["code"]].overdue
    office, sent, last, overdue = sync.reporting_status(twp, "2026-11", today=date(2026, 12, 6))[1]
    assert office["code"] == VILLAGE_B["code"] and (sent, last, overdue) == (False, None, True)


def test_report_due_day_is_a_setting(tree):
    twp, _, _, _ = tree
    twp.db.set_setting("report_due_day", 10)
    [s, _] = sync.reporting_status(twp, "2026-11", today=date(2026, 12, 8))
    assert not s.overdue and s.due_on == date(2026, 12, 10)


def test_import_is_recorded_in_sync_log_with_its_report(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    [row] = twp.db.query("SELECT * FROM sync_log WHERE direction = 'import'")
    assert row["status"] == "ok" and row["sender_code"] == VILLAGE_A["code"] and row["sequence"] == 1
    assert json.loads(row["counts"])["household"]["new"] == 30
    assert any("Households\t30\t0\t0\t0" in line for line in sync.report_lines_from_json(row["report"]))


def test_imported_households_get_the_same_search_tokens_as_at_the_village(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"name_zh": "新名字"})
    import_one(twp, export(va, usb))
    ids = va.households.search_ids()
    query = f"SELECT token, household_id FROM household_search WHERE household_id IN ({','.join('?' * len(ids))})"
    assert sorted(map(tuple, map(dict.values, twp.db.query(query, ids)))) == sorted(
        map(tuple, map(dict.values, va.db.query(query, ids)))
    )


def test_township_register_is_sound_after_imports(tree):
    from app.services.check import check_register

    twp, va, vb, usb = tree
    import_one(twp, export(va, usb))
    va.households.update(va.households.search_ids()[0], {"phone": "13800138000"})
    sync.import_packages(twp, [export(va, usb), export(vb, usb)])
    assert check_register(twp) == []


def test_monthly_report_at_the_township_rolls_up_the_imported_villages(tree):
    from app.services import reports

    twp, va, vb, usb = tree
    sync.import_packages(twp, [export(va, usb), export(vb, usb)])
    up = reports.monthly(twp, "2026-10")
    parts = [reports.monthly(v, "2026-10") for v in (va, vb)]
    assert set(up.office_codes) >= {VILLAGE_A["code"], VILLAGE_B["code"]}
    assert sorted(up.loan_ids) == sorted(parts[0].loan_ids + parts[1].loan_ids)
    assert sorted(up.session_ids) == sorted(parts[0].session_ids + parts[1].session_ids)
    # every village of both offices has its row; the "unassigned" rows (complaints by visitors …) of
    # both offices are one row at the township
    named = [{v.village_id for v in p.villages if v.village_id != reports.UNASSIGNED} for p in [up, *parts]]
    assert named[0] == named[1] | named[2]
    assert any(v.village_id == reports.UNASSIGNED for v in up.villages) == any(
        v.village_id == reports.UNASSIGNED for p in parts for v in p.villages
    )
    by_office = reports.monthly(twp, "2026-10", office_code=VILLAGE_B["code"])
    assert sorted(by_office.loan_ids) == sorted(parts[1].loan_ids)


def test_full_package_after_a_lost_one_carries_everything_again(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    hid = va.households.search_ids()[0]
    va.households.update(hid, {"phone": "13800138000"})
    export(va, usb).unlink()  # package 2 lost with the stick
    full = Path(sync.export_package(va, usb, period="2026-11", full=True).path)
    assert full.name.endswith("_0003.dbsync")
    report = import_one(twp, full)
    assert report.tables["household"].updated == 1 and report.tables["household"].unchanged == 29
    assert twp.households.get(hid)["phone"] == "13800138000"


def test_journal_is_pruned_up_to_the_previous_package(tree):
    twp, va, _, usb = tree
    export(va, usb)
    first_hw = json.loads(va.db.scalar("SELECT high_water FROM sync_log WHERE sequence = 1"))["change_seq"]
    hids = va.households.search_ids()
    va.households.update(hids[0], {"phone": "13800138000"})
    export(va, usb)
    assert va.db.scalar("SELECT count(*) FROM sync_change WHERE seq <= ?", (first_hw,)) <= 1
    va.households.update(hids[1], {"phone": "13900139000"})
    third = export(va, usb)
    with package_zip(twp, third) as zf:
        rows = [json.loads(line) for line in zf.read("household.jsonl").splitlines()]
    assert [r["id"] for r in rows] == [hids[1]]


def test_owner_office_names_the_office_of_imported_records_only(tree):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    imported = twp.households.get(va.households.search_ids()[0])
    assert sync.owner_office(twp, imported)["code"] == VILLAGE_A["code"]
    assert sync.owner_office(va, va.households.get(imported["id"])) is None


def test_progress_is_reported_up_to_the_total(tree):
    twp, va, _, usb = tree
    seen_export, seen_import = [], []
    path = sync.export_package(va, usb, period="2026-11", progress=lambda d, t: seen_export.append((d, t))).path
    sync.import_packages(twp, [path], progress=lambda d, t: seen_import.append((d, t)))
    for seen in (seen_export, seen_import):
        assert seen and seen[-1][0] == seen[-1][1] > 0
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_imported_households_get_this_releases_name_keys_without_conflicts(tree):
    from tests.helpers import GENERAL

    twp, va, _, usb = tree
    hid = va.households.create(dict(GENERAL, name_zh="单雄信"))["id"]
    # as an older release at the village stored it: general-text reading (dan), sorted under D
    va.db.execute("UPDATE household SET name_pinyin = 'danxiongxin', name_initials = 'dxx' WHERE id = ?", (hid,))
    first = export(va, usb)
    report = import_one(twp, first)
    assert report.totals().conflicts == 0
    row = twp.db.one("SELECT name_pinyin, name_initials FROM household WHERE id = ?", (hid,))
    assert row == {"name_pinyin": "shanxiongxin", "name_initials": "sxx"}
    assert twp.households.search_ids("shan") == [hid]
    # the same record again in a full package, with the old keys: the same record, not a conflict
    again = import_one(twp, Path(sync.export_package(va, usb, period="2026-11", full=True).path))
    assert again.totals().conflicts == 0 and again.tables["household"].updated == 0


def _store_out_of_order(twp, va, usb) -> list[dict]:
    """Township state as an older release left it after importing 1, then 3, then 2: the village's
    later entries stored in the wrong order.  Returns the entries of packages 2 and 3."""
    (first, _, _), _ = _three_packages(va, usb)
    import_one(twp, first)
    known = {r["id"] for r in twp.db.query("SELECT id FROM audit_log")}
    later = [
        r
        for r in va.db.query(f"SELECT {', '.join(sync.AUDIT_COLUMNS)} FROM audit_log ORDER BY seq")
        if r["id"] not in known
    ]
    assert len(later) >= 2
    return later


def _insert_audit(twp, entries: list[dict]) -> None:
    cols = sync.AUDIT_COLUMNS
    with twp.db.transaction() as conn:
        conn.executemany(
            f"INSERT INTO audit_log({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[e[c] for c in cols] for e in entries],
        )


def test_an_imported_trail_stored_out_of_order_is_sound_once_complete(tree):
    from app.services.check import check_register
    from storage import audit

    twp, va, _, usb = tree
    later = _store_out_of_order(twp, va, usb)
    _insert_audit(twp, later[1:] + later[:1])  # 3's entry before 2's
    assert audit.verify_chain(twp.db.conn) == []
    assert check_register(twp) == []


def test_an_imported_trail_with_a_gap_is_still_broken(tree):
    from storage import audit

    twp, va, _, usb = tree
    later = _store_out_of_order(twp, va, usb)
    _insert_audit(twp, later[1:])  # package 2's entry never came
    assert any("chain broken" in f for f in audit.verify_chain(twp.db.conn))


def test_an_imported_trail_with_a_fork_is_broken(tree):
    from storage import audit

    twp, va, _, usb = tree
    later = _store_out_of_order(twp, va, usb)
    fork = dict(later[0], id="fork-entry", user="someone else")
    fork["hash"] = audit.row_hash(fork["prev_hash"], fork)  # well made, but a second successor
    _insert_audit(twp, later + [fork])
    assert any("chain broken" in f for f in audit.verify_chain(twp.db.conn))


# -- large packages: plain indexes set aside during the merge ---------------------------------------


def _indexes(ws) -> list[tuple]:
    return ws.db.conn.execute(
        "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()


def _spy_set_aside(monkeypatch) -> list[tuple[str, int]]:
    """Every table whose plain indexes an import set aside, with how many."""
    seen, real = [], sync._set_aside_indexes

    def spy(conn, table, incoming):
        out = real(conn, table, incoming)
        seen.append((table, len(out)))
        return out

    monkeypatch.setattr(sync, "_set_aside_indexes", spy)
    return seen


def test_a_large_package_sets_the_plain_indexes_aside_and_builds_them_again_as_they_were(tree, monkeypatch):
    twp, va, _, usb = tree
    package = export(va, usb)
    before = _indexes(twp)
    monkeypatch.setattr(sync, "REBUILD_MIN_ROWS", 1)
    seen = _spy_set_aside(monkeypatch)
    report = import_one(twp, package)
    assert report.status == "ok" and report.tables["household"].new == 30
    assert dict(seen)["household"] > 0 and dict(seen)["loan_demand"] > 0
    assert _indexes(twp) == before
    assert twp.db.one("PRAGMA integrity_check")["integrity_check"] == "ok"


def test_a_large_package_merges_the_same_rows_as_a_small_one(tree, tmp_path, monkeypatch):
    twp, va, _, usb = tree
    package = export(va, usb)
    from storage.sqlite import sqlite3  # the register's module: backup() takes its own connections

    with sqlite3.connect(tmp_path / "twp-copy.sqlite") as copy:  # WAL included
        twp.db.conn.backup(copy)
    copy.close()
    other = Workspace.open(tmp_path / "twp-copy.sqlite", user="tester", role="admin", lang="en")
    try:
        assert import_one(other, package).status == "ok"  # indexes kept
        monkeypatch.setattr(sync, "REBUILD_MIN_ROWS", 1)
        assert import_one(twp, package).status == "ok"  # indexes set aside
        mine, theirs = dump(twp), dump(other)
        for d in (mine, theirs):  # the import's own log and audit entry differ by id and time
            d.pop("audit_log")
        assert mine == theirs
    finally:
        other.close()


def test_a_large_package_rebuilds_the_roll_ups_and_sets_their_triggers_again(tree, monkeypatch):
    from storage import household_roll

    twp, va, _, usb = tree
    monkeypatch.setattr(sync, "REBUILD_MIN_ROWS", 1)
    assert import_one(twp, export(va, usb)).status == "ok"
    rows = twp.db.scalar("SELECT count(*) FROM household_roll")
    assert rows == twp.db.scalar("SELECT count(*) FROM household") > 0
    assert household_roll.stale(twp.db.conn) == []
    triggers = {
        r["name"]
        for r in twp.db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'household_roll_%'")
    }
    assert triggers == set(household_roll._triggers())


def test_a_rolled_back_large_import_leaves_the_indexes_in_place(tree, monkeypatch):
    twp, va, _, usb = tree
    before = _indexes(twp)
    monkeypatch.setattr(sync, "REBUILD_MIN_ROWS", 1)
    seen = _spy_set_aside(monkeypatch)
    report = import_one(twp, export(va, usb), dry_run=True)
    assert report.status == "dry-run" and any(n for _, n in seen)
    assert _indexes(twp) == before
    assert (
        twp.db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'household_roll_%'")
        == 11
    )  # put back by the rollback


def test_the_indexes_stay_when_the_package_brings_fewer_rows_than_the_table_holds(tree, monkeypatch):
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    va.households.update(va.households.search_ids()[0], {"phone": "13800138000"})
    monkeypatch.setattr(sync, "REBUILD_MIN_ROWS", 1)
    seen = _spy_set_aside(monkeypatch)
    assert import_one(twp, export(va, usb)).tables["household"].updated == 1
    assert dict(seen)["household"] == 0


def test_the_upper_offices_report_lists_offices_below_included_and_missing(tree):
    """Issue #19: the township's report says which villages' packages for the period are in."""
    from app.domain.periods import ReportPeriod
    from app.services import reports
    from app.services.report_document import document

    twp, va, vb, usb = tree
    import_one(twp, export(va, usb, period="2026-10"))
    october = reports.build(twp, ReportPeriod.month("2026-10"), today=TODAY)
    assert [(o.code, o.included) for o in october.offices_below] == [("630224100201", True), ("630224100202", False)]
    # a package carries every change up to its month: October's does not cover the fourth
    # quarter, whose last month is December
    q4 = reports.build(twp, ReportPeriod.parse("quarter", "2026-Q4"), today=TODAY)
    assert [o.included for o in q4.offices_below] == [False, False]
    doc = document(twp, october, "zh")
    assert doc.title == "双基联动工作站月报"
    # the count of offices is worded for any level (a township counts 工作室, a county 工作站)
    assert doc.offices_line.startswith("纳入统计的机构") and "工作室" not in doc.offices_line
    rows = {r[0]: r[-1] for r in doc.offices_below.rows}
    assert rows == {"630224100201": "已纳入", "630224100202": "缺报：尚未收到本期间的数据包"}
    # a village's own report has no offices below and is titled for a 工作室
    assert document(va, reports.build(va, ReportPeriod.month("2026-10"), today=TODAY), "zh").offices_below is None


def test_the_township_counts_the_villages_loan_subsidy_as_the_village_does(tree):
    """Issue #18: the subsidy spans are derived, never carried; the township computes them for the
    loans a package brings, in the import's transaction, and its subsidy due equals the village's."""
    twp, va, _, usb = tree
    import_one(twp, export(va, usb))
    assert twp.db.scalar("SELECT count(*) FROM loan_subsidy_stale") == 0
    start, end = date(2026, 1, 1), date(2026, 10, 31)
    village = va.loan_book.subsidy_due(start, end)
    assert village > 0 and twp.loan_book.subsidy_due(start, end, [VILLAGE_A["code"]]) == village
