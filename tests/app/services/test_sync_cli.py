"""The sync commands: offices export-key / add-subordinate / list, sync export / import / status /
history — output, exit codes, and the sentences a user reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = cli.run(cli.parse([*map(str, argv)]))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def offices(tmp_path, capsys):
    """A township and one village with demo data, the village registered at the township."""
    twp, village = tmp_path / "township.sqlite", tmp_path / "village.sqlite"
    assert (
        run(capsys, "--db", twp, "init", "--office-code", "630224100", "--level", "township", "--name-zh", "拉脊乡")[0]
        == 0
    )
    assert (
        run(
            capsys,
            "--db",
            village,
            "init",
            "--office-code",
            "630224100201",
            "--level",
            "village",
            "--name-zh",
            "拉脊村",
            "--parent",
            "630224100",
        )[0]
        == 0
    )
    assert run(capsys, "--db", village, "demo", "--households", "12", "--seed", "5")[0] == 0
    return twp, village


def test_export_key_then_add_subordinate_show_the_same_fingerprint(offices, tmp_path, capsys):
    twp, village = offices
    rc, out, _ = run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    assert rc == 0 and out.splitlines()[0] == str(tmp_path / "v.dbkey")
    fingerprint = json.loads((tmp_path / "v.dbkey").read_text(encoding="utf-8"))["fingerprint"]
    assert fingerprint in out
    rc, out, _ = run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    assert rc == 0 and fingerprint in out and "630224100201" in out
    rc, out, _ = run(capsys, "--db", twp, "offices", "list")
    assert rc == 0 and "630224100201" in out and fingerprint in out


def test_add_subordinate_with_a_broken_key_file_exits_2_with_a_sentence(offices, tmp_path, capsys):
    twp, _ = offices
    bad = tmp_path / "bad.dbkey"
    bad.write_text("{", encoding="utf-8")
    rc, out, err = run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", bad)
    assert rc == 2 and "not an office key file" in err and "Traceback" not in err


def test_export_prints_the_path_and_import_prints_the_report(offices, tmp_path, capsys, monkeypatch):
    from exports import usb as usb_module

    twp, village = offices
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    usb = tmp_path / "usb"
    usb.mkdir()
    # the folder is a mounted stick: only then is the user told it can be pulled out
    monkeypatch.setattr(usb_module, "removable_drives", lambda: [usb_module.Drive(str(usb), "STICK", 0, 0)])
    rc, out, err = run(capsys, "--db", village, "sync", "export", "--out", usb, "--period", "2026-11")
    path = Path(out.strip())
    assert rc == 0 and path == usb / "630224100201_2026-11_0001.dbsync" and path.exists()
    assert "can be removed" in err
    rc, out, _ = run(capsys, "--db", twp, "sync", "import", path)
    assert rc == 0 and "Households\t12\t0\t0\t0" in out
    rc, out, _ = run(capsys, "--db", twp, "sync", "status", "--month", "2026-11")
    assert rc == 0 and "630224100201" in out and "sent" in out
    rc, out, _ = run(capsys, "--db", twp, "sync", "history")
    assert rc == 0 and path.name in out


def test_import_exits_1_when_a_package_is_rejected_and_still_imports_the_good_one(offices, tmp_path, capsys):
    twp, village = offices
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    good = Path(run(capsys, "--db", village, "sync", "export", "--out", tmp_path, "--period", "2026-11")[1].strip())
    bad = tmp_path / "broken.dbsync"
    bad.write_bytes(good.read_bytes()[:500])
    rc, out, err = run(capsys, "--db", twp, "sync", "import", good, bad)
    assert rc == 1
    assert "REJECTED broken.dbsync" in out and "Households\t12" in out
    assert "1 of 2 packages were rejected" in err


def test_encrypted_export_and_import_with_passphrase_files(offices, tmp_path, capsys):
    twp, village = offices
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    phrase, wrong = tmp_path / "phrase.txt", tmp_path / "wrong.txt"
    phrase.write_text("牦牛 and barley\n", encoding="utf-8")
    wrong.write_text("sheep\n", encoding="utf-8")
    path = run(
        capsys, "--db", village, "sync", "export", "--out", tmp_path, "--passphrase-file", phrase, "--period", "2026-11"
    )[1].strip()
    rc, out, _ = run(capsys, "--db", twp, "sync", "import", path, "--passphrase-file", wrong)
    assert rc == 1 and "passphrase is wrong" in out
    rc, out, _ = run(capsys, "--db", twp, "sync", "import", path, "--passphrase-file", phrase, "--dry-run")
    assert rc == 0 and "dry run" in out
    rc, out, _ = run(capsys, "--db", twp, "sync", "import", path, "--passphrase-file", phrase)
    assert rc == 0 and "Households\t12" in out


def test_a_passphrase_file_saved_by_notepad_with_a_byte_order_mark_gives_the_same_passphrase(offices, tmp_path, capsys):
    twp, village = offices
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    plain, notepad = tmp_path / "plain.txt", tmp_path / "notepad.txt"
    plain.write_text("牦牛 and barley\n", encoding="utf-8")
    notepad.write_text("牦牛 and barley\r\n", encoding="utf-8-sig")  # as Windows Notepad saves it
    path = run(
        capsys, "--db", village, "sync", "export", "--out", tmp_path, "--passphrase-file", plain, "--period", "2026-11"
    )[1].strip()
    rc, out, _ = run(capsys, "--db", twp, "sync", "import", path, "--passphrase-file", notepad)
    assert rc == 0 and "Households\t12" in out


def test_messages_in_chinese(offices, tmp_path, capsys):
    twp, _ = offices
    bad = tmp_path / "x.dbsync"
    bad.write_bytes(b"PK\x03\x04 not really")
    rc, out, _ = run(capsys, "--db", twp, "--lang", "zh", "sync", "import", bad)
    from app.i18n import translate

    assert rc == 1 and translate("Nothing from this package was stored.", "zh") in out
    assert "Nothing from" not in out


def test_township_imports_1_3_2_then_1_again_and_check_says_sound(offices, tmp_path, capsys):
    twp, village = offices
    run(capsys, "--db", village, "offices", "export-key", "--out", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "add-subordinate", "--key-file", tmp_path / "v.dbkey")
    run(capsys, "--db", twp, "offices", "export-key", "--out", tmp_path / "up.dbkey")
    run(capsys, "--db", village, "offices", "set-upper", "--key-file", tmp_path / "up.dbkey")
    usb = tmp_path / "usb"
    usb.mkdir()
    packages = []
    for n in range(3):
        if n:  # an edit between packages, so 2 and 3 carry a change and an audit entry each
            rc, out, _ = run(capsys, "--db", village, "households", "list", "--format", "json")
            hid = json.loads(out)["rows"][n]["id"]
            from app.services.workspace import Workspace

            ws = Workspace.open(village, user="tester")
            ws.households.update(hid, {"phone": f"1380013800{n}"})
            ws.close()
        rc, out, _ = run(capsys, "--db", village, "sync", "export", "--out", usb, "--period", "2026-11")
        packages.append(Path(out.strip()))
    assert run(capsys, "--db", twp, "sync", "import", packages[0])[0] == 0
    rc, out, err = run(capsys, "--db", twp, "sync", "import", packages[2])
    assert rc == 1 and "Import package 2 first" in out and "1 of 1 packages were rejected" in err
    for path in (packages[1], packages[2], packages[0]):
        assert run(capsys, "--db", twp, "sync", "import", path)[0] == 0
    rc, out, _ = run(capsys, "--db", twp, "check")
    assert rc == 0 and "The register is sound." in out
