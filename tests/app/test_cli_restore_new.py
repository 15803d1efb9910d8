"""Issue #17: an encrypted backup restored onto a fresh install (a new laptop, the old one lost):
`restore FILE` where there is no register yet, opened by an account's password or by the
recovery key; a backup changed outside the program, a wrong password or a missing key file is
refused with a sentence (exit 2) and leaves no register behind."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from storage import keyslots, seals
from storage.db import is_plain_sqlite, key_pragma
from storage.sqlite import sqlite3 as sqlcipher

INIT = ["init", "--office-code", "630224100201", "--level", "village", "--name-zh", "拉脊村双基联动工作室"]
HEAD_PW = "yak-butter-tea"


@pytest.fixture
def old_laptop(tmp_path, monkeypatch, capsys, quick_hashes):
    """A register with the office head's account and a household, and a backup of it on a stick
    made by the program (`backup --out`); returns (backup file, recovery key)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv("DUALBASE_PASSWORD", raising=False)
    db = tmp_path / "old" / "register.sqlite"
    pw = tmp_path / "head.pw"
    pw.write_text(HEAD_PW + "\n", encoding="utf-8")
    assert main(["--db", str(db), *INIT]) == 0
    assert main(["--db", str(db), "demo", "--households", "30"]) == 0
    assert main(["--db", str(db), "users", "add", "--name", "head", "--role", "admin", "--password-file", str(pw)]) == 0
    recovery = capsys.readouterr().out.split("recovery key is ")[1].split()[0]
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    stick = tmp_path / "stick"
    assert main(["--db", str(db), "--lang", "en", "--user", "head", "backup", "--out", str(stick)]) == 0
    [made] = [p for p in stick.iterdir() if p.suffix == ".sqlite"]
    assert not is_plain_sqlite(made) and keyslots.exists(made)
    monkeypatch.delenv("DUALBASE_PASSWORD")
    capsys.readouterr()
    return made, recovery


def _households(path: Path, password: str = HEAD_PW) -> int:
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(key_pragma(keyslots.unlock(path, password)[0]))
        return conn.execute("SELECT count(*) FROM household").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_is_restored_onto_a_fresh_install_with_a_password(old_laptop, tmp_path, monkeypatch, capsys):
    made, _ = old_laptop
    new = tmp_path / "new-laptop" / "register.sqlite"
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    assert main(["--db", str(new), "--lang", "en", "restore", str(made)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert not is_plain_sqlite(new) and keyslots.exists(new)  # still encrypted at rest
    assert _households(new) == 30
    # nothing readable in the clear in what the restore left: the register, its WAL, the key file
    conn = sqlcipher.connect(str(new))
    conn.execute(key_pragma(keyslots.unlock(new, HEAD_PW)[0]))
    ids = [r[0] for r in conn.execute("SELECT id_number FROM household")]
    digest = conn.execute("SELECT password_hash FROM app_user").fetchone()[0]
    conn.close()
    left = b"".join(p.read_bytes() for p in new.parent.iterdir() if p.is_file())
    assert not any(i.encode() in left for i in ids) and digest.encode() not in left and b"$argon2id$" not in left
    assert not list(new.parent.glob("*.restoring*"))
    # the restored register opens as the old one did, and it is sound
    assert main(["--db", str(new), "--lang", "en", "--user", "head", "check"]) == 0
    assert "sound" in capsys.readouterr().out


def test_the_recovery_key_restores_it_too(old_laptop, tmp_path, capsys):
    made, recovery = old_laptop
    assert recovery
    (tmp_path / "safe.txt").write_text(recovery.lower() + "\n", encoding="utf-8")  # typed from paper
    new = tmp_path / "new" / "register.sqlite"
    assert (
        main(
            ["--db", str(new), "--lang", "en", "restore", str(made), "--recovery-key-file", str(tmp_path / "safe.txt")]
        )
        == 0
    )
    assert _households(new) == 30


def test_a_wrong_password_is_refused_and_leaves_no_register(old_laptop, tmp_path, monkeypatch, capsys):
    made, _ = old_laptop
    new = tmp_path / "new" / "register.sqlite"
    monkeypatch.setenv("DUALBASE_PASSWORD", "not-the-password")
    assert main(["--db", str(new), "--lang", "en", "restore", str(made)]) == 2
    err = capsys.readouterr().err
    assert "not restored" in err and "Traceback" not in err
    assert not new.exists() and not keyslots.exists(new)


def test_a_backup_without_its_key_file_is_refused_with_a_sentence(old_laptop, tmp_path, monkeypatch, capsys):
    made, _ = old_laptop
    alone = tmp_path / "alone" / made.name
    alone.parent.mkdir()
    alone.write_bytes(made.read_bytes())
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    new = tmp_path / "new" / "register.sqlite"
    assert main(["--db", str(new), "--lang", "en", "restore", str(alone)]) == 2
    assert ".keys" in capsys.readouterr().err
    assert not new.exists()


def test_a_backup_edited_outside_the_program_is_refused(old_laptop, tmp_path, monkeypatch, capsys):
    made, _ = old_laptop
    conn = sqlcipher.connect(str(made))
    conn.execute(key_pragma(keyslots.unlock(made, HEAD_PW)[0]))
    conn.execute("UPDATE household SET status = 'registered_poor' WHERE rowid = (SELECT min(rowid) FROM household)")
    conn.execute(f"DELETE FROM {seals.JOURNAL}")
    conn.commit()
    conn.close()
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    new = tmp_path / "new" / "register.sqlite"
    assert main(["--db", str(new), "--lang", "en", "restore", str(made)]) == 2
    err = capsys.readouterr().err
    assert "changed outside the program" in err and "not restored" in err
    assert not new.exists()


def test_a_register_that_holds_something_is_not_replaced_this_way(old_laptop, tmp_path, monkeypatch, capsys):
    """The ordinary restore applies there: signed in, the register kept aside first."""
    made, _ = old_laptop
    other = tmp_path / "other" / "register.sqlite"
    assert main(["--db", str(other), *INIT]) == 0
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    assert main(["--db", str(other), "--lang", "en", "restore", str(made)]) == 2
    assert "encrypted" in capsys.readouterr().err  # (the plain register cannot take it in)
    assert is_plain_sqlite(other)


def _crafted_keys(made: Path, body: str) -> None:
    keyslots.path_for(made).write_text(body, encoding="utf-8")


@pytest.mark.parametrize(
    "body",
    [
        "[" * 400_000,  # nested deeper than any parser's stack
        '{"format": "dualbase-keyslots", "slots": ['
        + ",".join(
            '{"kind": "account", "id": "x%d", "salt": "00", "t": 10, "m": 131072, "p": 16, "nonce": "00",'
            ' "wrapped": "00"}' % n
            for n in range(500)
        )
        + "]}",  # 500 slots asking argon2 for 10 passes over 128 MiB each
        '{"format": "dualbase-keyslots", "slots": [{"kind": "pending", "id": "p", "salt": "00", "t": 1, "m": 8,'
        ' "p": 1, "hash_len": 2147483647, "nonce": "00", "wrapped": "00"}]}',  # a 2 GiB hash asked for
    ],
    ids=["nested", "argon2-flood", "huge-hash"],
)
def test_a_crafted_key_file_beside_a_backup_is_refused_quickly(old_laptop, tmp_path, monkeypatch, capsys, body):
    """The key file of a backup comes from a stick like the backup: whatever it says, the restore
    ends in a sentence, not a crash, minutes of argon2 or gigabytes (keyslots bounds the work:
    at most 16 slots, t 4, 64 MiB, a hash of 64 bytes; the time is measured by no timer here)."""
    made, _ = old_laptop
    _crafted_keys(made, body)
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    new = tmp_path / "new" / "register.sqlite"
    assert main(["--db", str(new), "--lang", "en", "restore", str(made)]) == 2  # (bounded: keyslots.MAX_*)
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err and "Something went wrong" not in err
    assert not new.exists()
