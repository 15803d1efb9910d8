"""Issue 17 §3 and §4: packages crafted to cost memory and CPU before they are refused, and
packages that try to register offices (with keys) at the office above.

Each hostile import runs as the real command in a child process, and the child's own resource
usage (os.wait4) is what is measured: under 250 MB and 5 s of CPU, generous bounds.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import cli
from app.services import keys, sync
from app.services.sync_package import (
    COMMENT_LEN,
    COMMENT_MAGIC,
    MAGIC,
    MANIFEST,
    SIGNATURE,
    PackageWriter,
    json_depth_ok,
)
from app.services.workspace import Workspace
from tests.helpers import valid_id

TWP, VILLAGE = "630224100", "630224100201"


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = cli.run(cli.parse([*map(str, argv)]))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def offices(tmp_path, capsys):
    """A township and a village with demo data, the village registered at the township, and
    one good package from it."""
    twp, village = tmp_path / "township.sqlite", tmp_path / "village.sqlite"
    assert run(capsys, "--db", twp, "init", "--office-code", TWP, "--level", "township", "--name-zh", "拉脊乡")[0] == 0
    assert (
        run(
            capsys,
            "--db",
            village,
            "init",
            "--office-code",
            VILLAGE,
            "--level",
            "village",
            "--name-zh",
            "拉脊村",
            "--parent",
            TWP,
        )[0]
        == 0
    )
    assert run(capsys, "--db", village, "demo", "--households", "6", "--seed", "5")[0] == 0
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    good = Path(run(capsys, "--db", village, "sync", "export", "--out", tmp_path, "--period", "2026-11")[1].strip())
    return twp, village, good


# Started from a small launcher, not from pytest itself: a child's ru_maxrss starts at its
# parent's size (Linux keeps it across exec), and pytest is a few hundred MB late in a full run.
_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out = proc.stdout.read()
_, status, usage = os.wait4(proc.pid, 0)
sys.stdout.buffer.write(b"%d %f %f\\n" % (os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024,
                                         usage.ru_utime + usage.ru_stime) + out)
"""


def import_in_child(db: Path, *packages: Path) -> tuple[int, str, float, float]:
    """`sync import` as a command in a child: (exit code, output, peak MB, CPU seconds)."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _LAUNCHER,
            sys.executable,
            "-m",
            "app",
            "--db",
            str(db),
            "--lang",
            "en",
            "sync",
            "import",
            *map(str, packages),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    head, _, out = result.stdout.partition(b"\n")
    code, peak, cpu = head.split()
    return int(code), out.decode("utf-8", "replace"), float(peak), float(cpu)


def households(db: Path) -> int:
    ws = Workspace.open(db, user="tester", role="admin", lang="en")
    try:
        return ws.db.scalar("SELECT count(*) FROM household")
    finally:
        ws.close()


def zip_package(path: Path, members: dict[str, bytes | list[bytes]], comment: bytes | None = None) -> Path:
    """A zip written member by member (a list: written in pieces, never held whole)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in members.items():
            with zf.open(name, "w", force_zip64=True) as f:
                for piece in data if isinstance(data, list) else [data]:
                    f.write(piece)
        zf.comment = comment if comment is not None else COMMENT_MAGIC + b"0" * (COMMENT_LEN - len(COMMENT_MAGIC))
    return path


def _manifest(**extra) -> bytes:
    return json.dumps(
        {
            "format": "dualbase-sync",
            "format_version": 1,
            "period": "2026-11",
            "sequence": 1,
            "office": {"code": VILLAGE, "level": "village", "name_zh": "拉脊村", "parent_code": TWP},
            "members": {},
            **extra,
        }
    ).encode()


def test_a_forged_scrypt_header_is_refused_before_any_key_is_derived(offices, tmp_path):
    twp, _, good = offices
    # N = 2^22, r = 32, p = 16: 16.8 GB and ten minutes of scrypt before the passphrase is checked
    forged = tmp_path / "forged.dbsync"
    forged.write_bytes(
        struct.pack(f">{len(MAGIC)}sBBBB16s12s", MAGIC, 1, 22, 32, 16, b"s" * 16, b"n" * 12) + os.urandom(4096)
    )
    rc, out, peak, cpu = import_in_child(twp, forged, good)
    assert rc == 1 and "REJECTED forged.dbsync" in out and "format this program does not know" in out
    assert "Households\t6" in out  # the good package in the same call still came in
    assert peak < 250 and cpu < 5


def test_a_small_package_with_a_gigabyte_manifest_is_refused_without_reading_it(offices, tmp_path):
    twp, _, _ = offices
    body = _manifest()
    big = zip_package(
        tmp_path / "big.dbsync",
        {
            MANIFEST: [body[:-1]] + [b" " * (1 << 20)] * 1024 + [b"}"],  # 1 GB of blanks inside the object
            SIGNATURE: b"00" * 64,
        },
    )
    assert big.stat().st_size < 8 << 20
    rc, out, peak, cpu = import_in_child(twp, big)
    assert rc == 1 and "REJECTED big.dbsync" in out and "damaged or incomplete" in out
    assert peak < 250 and cpu < 5


def test_a_manifest_nested_200000_deep_is_refused_and_the_other_packages_still_come_in(offices, tmp_path):
    twp, _, good = offices
    deep = zip_package(tmp_path / "deep.dbsync", {MANIFEST: b"[" * 200_000 + b"]" * 200_000, SIGNATURE: b"00" * 64})
    rc, out, peak, cpu = import_in_child(twp, deep, good)
    assert rc == 1, out  # rejected, not exit 3
    assert "REJECTED deep.dbsync" in out and "Traceback" not in out and "Something went wrong" not in out
    assert "Households\t6" in out
    assert households(twp) == 6
    assert peak < 250 and cpu < 5


def test_a_huge_file_of_nothing_named_as_a_package_is_refused_without_reading_it_through(offices, tmp_path):
    twp, _, good = offices
    huge = tmp_path / "630224100201_2026-10_0002.dbsync"
    with open(huge, "wb") as f:
        f.truncate(8 << 30)  # 8 GB of zeros, sparse: what a damaged stick or a tester's file may hold
    rc, out, peak, cpu = import_in_child(twp, huge, good)
    assert rc == 1 and f"REJECTED {huge.name}" in out and "damaged or incomplete" in out
    assert "Households\t6" in out  # the good package beside it still comes in
    assert peak < 250 and cpu < 5  # (hashing the 8 GB first cost about 30 s)


def test_depth_is_told_without_parsing_and_brackets_in_strings_do_not_count():
    assert json_depth_ok(b'{"a": [1, {"b": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}]}')
    assert not json_depth_ok(b"[" * 33 + b"]" * 33)
    assert json_depth_ok(b'{"a": "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')


def test_an_unsigned_package_with_a_huge_member_is_refused_before_the_member_is_read(offices, tmp_path):
    twp, _, _ = offices
    # a manifest naming a registered office, a forged signature, and 1 GB of rows behind it
    manifest = _manifest(members={"household.jsonl": {"table": "household", "count": 1, "sha256": "0" * 64}})
    pkg = zip_package(
        tmp_path / "unsigned.dbsync",
        {MANIFEST: manifest, SIGNATURE: b"00" * 64, "household.jsonl": [b"{" + b" " * (1 << 20)] * 1024 + [b"}\n"]},
    )
    rc, out, peak, cpu = import_in_child(twp, pkg)
    assert rc == 1 and "signature does not match the key registered" in out
    assert peak < 250 and cpu < 5


def test_a_zip_of_a_hundred_thousand_entries_is_refused_before_zipfile_lists_them(offices, tmp_path):
    twp, _, _ = offices
    pkg = tmp_path / "many.dbsync"
    with zipfile.ZipFile(pkg, "w", zipfile.ZIP_STORED) as zf:
        for i in range(100_000):
            zf.writestr(f"{i}.jsonl", b"")
    rc, out, peak, cpu = import_in_child(twp, pkg)
    assert rc == 1 and "damaged or incomplete" in out
    assert peak < 250 and cpu < 5


# -- §4: a package never registers an office nor a key ------------------------------------------------


def _signed_by_village(village_db: Path, dest: Path, office_rows: list[dict]) -> Path:
    ws = Workspace.open(village_db, user="tester", role="admin", lang="en")
    try:
        office = ws.office
        writer = PackageWriter(dest)
        try:
            writer.add_member("office.jsonl", "office", iter(office_rows))
            writer.add_member("audit_log.jsonl", "audit_log", iter([]))
            manifest = {
                "format": "dualbase-sync",
                "format_version": 1,
                "period": "2026-12",
                "sequence": 2,
                "created_at": "2026-12-15T00:00:00Z",
                "office": {k: office[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
            }
            writer.finish(manifest, lambda body: keys.sign(ws.db, body))
        finally:
            writer.cleanup()
        return dest
    finally:
        ws.close()


def _office_row(code: str, parent: str, level: str, public_key: str, office_code: str) -> dict:
    return {
        "id": f"forged-{code}",
        "office_code": office_code,
        "created_at": "2026-12-01T00:00:00Z",
        "updated_at": "2026-12-01T00:00:00Z",
        "updated_by": "x",
        "version": 1,
        "deleted_at": None,
        "code": code,
        "level": level,
        "name_zh": "假办公室",
        "name_bo": "",
        "parent_code": parent,
        "bank_branch": "",
        "public_key": public_key,
        "is_local": 0,
        "registered_at": "2026-12-01T00:00:00Z",
    }


@pytest.mark.parametrize(
    "code,parent,level",
    [
        ("630224100299", VILLAGE, "village"),  # an office "below" the village
        ("630224100298", TWP, "village"),  # a sibling village, registered by a village
        ("630224", None, "county"),  # an office above
    ],
)
def test_a_village_package_cannot_register_an_office_at_the_township(offices, tmp_path, capsys, code, parent, level):
    twp, village, good = offices
    assert run(capsys, "--db", twp, "sync", "import", good)[0] == 0
    pub = "ab" * 32
    forged = _signed_by_village(village, tmp_path / "reg.dbsync", [_office_row(code, parent, level, pub, VILLAGE)])
    rc, out, err = run(capsys, "--db", twp, "sync", "import", forged)
    assert rc == 1 and f"registers office {code}" in out and "add-subordinate" in out
    ws = Workspace.open(twp, user="tester", role="admin", lang="en")
    try:
        assert ws.db.scalar("SELECT count(*) FROM office WHERE code = ?", (code,)) == 0
        assert ws.db.scalar("SELECT count(*) FROM office WHERE public_key = ?", (pub,)) == 0
    finally:
        ws.close()


def test_offices_relayed_by_the_township_arrive_at_the_county_without_a_key(tmp_path, capsys):
    """The county learns the township's villages (for its roll-ups) but trusts none of them to send
    a package until its own administrator registers the village's key."""
    county, twp, village = tmp_path / "county.sqlite", tmp_path / "twp.sqlite", tmp_path / "v.sqlite"
    run(capsys, "--db", county, "init", "--office-code", "630224", "--level", "county", "--name-zh", "化隆县")
    run(
        capsys,
        "--db",
        twp,
        "init",
        "--office-code",
        TWP,
        "--level",
        "township",
        "--name-zh",
        "拉脊乡",
        "--parent",
        "630224",
    )
    run(
        capsys,
        "--db",
        village,
        "init",
        "--office-code",
        VILLAGE,
        "--level",
        "village",
        "--name-zh",
        "拉脊村",
        "--parent",
        TWP,
    )
    run(capsys, "--db", village, "demo", "--households", "4", "--seed", "3")
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "t.dbkey")
    run(capsys, "--db", county, "offices", "add-subordinate", "--key-file", tmp_path / "t.dbkey")
    run(capsys, "--db", county, "offices", "export-key", "--out", tmp_path / "c.dbkey")
    run(capsys, "--db", twp, "offices", "set-upper", "--key-file", tmp_path / "c.dbkey")
    vpkg = Path(run(capsys, "--db", village, "sync", "export", "--out", tmp_path, "--period", "2026-11")[1].strip())
    assert run(capsys, "--db", twp, "sync", "import", vpkg)[0] == 0
    tpkg = Path(run(capsys, "--db", twp, "sync", "export", "--out", tmp_path, "--period", "2026-11")[1].strip())
    rc, out, _ = run(capsys, "--db", county, "sync", "import", tpkg)
    assert rc == 0 and "Households\t4" in out
    ws = Workspace.open(county, user="tester", role="admin", lang="en")
    try:
        relayed = ws.db.query("SELECT * FROM office WHERE code = ?", (VILLAGE,))[0]
    finally:
        ws.close()
    assert relayed["parent_code"] == TWP and relayed["public_key"] is None
    rc, out, _ = run(capsys, "--db", county, "sync", "import", vpkg)  # straight from the village
    assert rc == 1 and "encrypted for office 630224100, not for this office" in out  # it cannot even read it
    (tmp_path / "phrase").write_text("yak and barley\n", encoding="utf-8")
    ppkg = tmp_path / "pass"
    ppkg.mkdir()
    ppkg = Path(
        run(capsys, "--db", village, "sync", "export", "--out", ppkg, "--passphrase-file", tmp_path / "phrase")[
            1
        ].strip()
    )
    rc, out, _ = run(capsys, "--db", county, "sync", "import", ppkg, "--passphrase-file", tmp_path / "phrase")
    assert rc == 1 and "not registered here as a subordinate office" in out
    # the township re-registers the village (a new version of its row, key included): the county
    # takes the new version of the row, never the key
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    second = Path(run(capsys, "--db", twp, "sync", "export", "--out", tmp_path, "--period", "2026-12")[1].strip())
    rc, out, _ = run(capsys, "--db", county, "sync", "import", second)
    assert rc == 0
    ws = Workspace.open(county, user="tester", role="admin", lang="en")
    try:
        again = ws.db.query("SELECT * FROM office WHERE code = ?", (VILLAGE,))[0]
    finally:
        ws.close()
    assert again["version"] > relayed["version"] and again["public_key"] is None and again["parent_code"] == TWP


def _township_key(db: Path):
    ws = Workspace.open(db, user="tester", role="admin", lang="en")
    try:
        return keys.encryption_key(ws.db)
    finally:
        ws.close()


def test_a_large_sealed_package_with_a_forged_tag_is_refused_in_one_bounded_pass(offices, tmp_path):
    """Sealed for the township by a registered village's name (anyone can: the key is public), 300
    MB of ciphertext that is not: refused by the tag, having read the file once, a MB at a time."""
    from app.services import package_crypto

    twp, _, good = offices
    sealer = package_crypto.Sealer(_township_key(twp), kind="sync-up", sender=VILLAGE, recipient=TWP)
    forged = tmp_path / "forged-sealed.dbsync"
    with open(forged, "wb") as f:
        f.write(sealer.header)
        f.truncate(len(sealer.header) + (300 << 20) + 16)  # (sparse: no disk spent)
    rc, out, peak, cpu = import_in_child(twp, forged, good)
    assert rc == 1 and "REJECTED forged-sealed.dbsync" in out and "altered on the way" in out
    assert "Households\t6" in out  # the good package in the same call still came in
    assert peak < 250 and cpu < 5


def test_a_sealed_package_with_a_changed_header_is_refused_before_it_is_read(offices, tmp_path):
    twp, _, good = offices
    data = bytearray(good.read_bytes())
    at = data.index(b'"recipient_key":"') + len(b'"recipient_key":"')
    data[at] = ord("0") if data[at] != ord("0") else ord("1")  # another key named
    forged = tmp_path / "header.dbsync"
    with open(forged, "wb") as f:
        f.write(bytes(data))
        f.truncate(len(data) + (300 << 20))  # and 300 MB more behind it, never read
    rc, out, peak, cpu = import_in_child(twp, forged)
    assert rc == 1 and "another key of office" in out
    assert peak < 250 and cpu < 5


# -- rows edited by hand at the sending office --------------------------------------------------------
def _edit_village(village: Path, *statements: str) -> None:
    """What someone does to the village's register with the sqlite3 tool before the next package."""
    import sqlite3

    conn = sqlite3.connect(village)
    try:
        for s in statements:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


def _second_package(capsys, village: Path, folder: Path, *full: str) -> Path:
    folder.mkdir()
    rc, out, err = run(capsys, "--db", village, "sync", "export", "--out", folder, "--period", "2026-11", *full)
    assert rc == 0, err
    return Path(out.strip())


def test_a_household_of_1e308_people_edited_in_at_the_village_is_set_aside_and_the_rest_comes_in(
    offices, tmp_path, capsys
):
    twp, village, good = offices
    assert run(capsys, "--db", twp, "sync", "import", good)[0] == 0
    rc, out, _ = run(
        capsys, "--db", village, "households", "add", "--name-zh", "王五", "--id-number", valid_id("63212219900101003")
    )
    assert rc == 0, out
    edited, fine = out.strip(), valid_id("63212219900202003")
    assert run(capsys, "--db", village, "households", "add", "--name-zh", "赵六", "--id-number", fine)[0] == 0
    _edit_village(village, f"UPDATE household SET household_size = 1e308, version = version + 1 WHERE id = '{edited}'")
    rc, out, err = run(
        capsys, "--db", twp, "--lang", "en", "sync", "import", _second_package(capsys, village, tmp_path / "usb")
    )
    assert rc == 0, out + err
    ws = Workspace.open(twp, user="tester", role="admin", lang="en")
    try:
        assert ws.db.scalar("SELECT count(*) FROM household WHERE id = ?", (edited,)) == 0
        assert ws.db.scalar("SELECT count(*) FROM household WHERE id_number = ?", (fine,)) == 1
        assert ws.db.scalar("SELECT kind FROM sync_conflict WHERE record_id = ?", (edited,)) == "invalid"
    finally:
        ws.close()
    rc, _, err = run(capsys, "--db", twp, "export-register", "households", "--out", tmp_path / "households.xlsx")
    assert rc == 0, err  # (with the household of 1e308 people in, the export failed)


def test_a_loan_of_abc_fen_edited_in_at_the_village_refuses_its_package_saying_so(offices, tmp_path, capsys):
    """The loan is set aside, and then its steps, which came in the same package, have no loan: the
    package is refused — saying why, not "import the earlier packages first"."""
    twp, village, _ = offices
    before = households(twp)
    _edit_village(
        village,
        "UPDATE loan_demand SET amount_fen = 'abc', version = version + 1"
        " WHERE id = (SELECT loan_demand_id FROM loan_event LIMIT 1)",
    )
    package = _second_package(capsys, village, tmp_path / "usb", "--full")
    rc, out, err = run(capsys, "--db", twp, "--lang", "zh", "sync", "import", package)
    assert rc == 1 and "Traceback" not in out + err
    assert "本程序不接收的记录（loan_demand" in out and VILLAGE in out and "较早的数据包" not in out
    assert households(twp) == before


def test_a_package_given_a_file_where_its_folder_belongs_is_told_so_and_the_file_is_kept(offices, tmp_path, capsys):
    _, village, _ = offices
    report = tmp_path / "月报.xlsx"
    report.write_bytes(b"last month's report")
    rc, out, err = run(capsys, "--db", village, "--lang", "zh", "sync", "export", "--out", report)
    assert rc == 2 and "是文件，不是文件夹" in err and "不存在" not in err
    assert report.read_bytes() == b"last month's report"
