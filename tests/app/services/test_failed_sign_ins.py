"""Issue #17: wrong passwords (and recovery keys) typed at an encrypted register cannot be written
into it — it is not open yet.  They are kept in the key file beside it without the password or
the name typed (a digest of the name only), written into the audit log at the next successful
sign-in, and the office head is told how many there were since their last sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import auth, encryption
from app.services.workspace import Workspace
from storage import keyslots


@pytest.fixture
def register(demo_ws, quick_hashes):
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    path = Path(demo_ws.db.path)
    demo_ws.close()
    return path


def _wrong(path: Path, name: str, password: str) -> None:
    with pytest.raises(auth.AuthError):
        auth.sign_in_key(path, name, password)


def _sign_in(path: Path, name: str, password: str) -> Workspace:
    key, _ = auth.sign_in_key(path, name, password)
    ws = Workspace.open(path, key=key)
    auth.login(ws, name, password)
    return ws


def test_failed_sign_ins_are_audited_at_the_next_sign_in(register):
    path = register
    for guess in ("tashi-123", "password1", "qwerty12"):
        _wrong(path, "tashi", guess)
    _wrong(path, "nobody", "letmein99")
    with pytest.raises(encryption.EncryptionError):
        encryption.unlock_with_recovery(path, keyslots.new_recovery_key())
    raw = keyslots.path_for(path).read_bytes()
    assert len(keyslots.read(path).failed) == 5
    for secret in (b"tashi-123", b"password1", b"letmein99", b"nobody", b"tashi"):
        assert secret not in raw  # neither the passwords nor the names typed
    ws = _sign_in(path, "head", "office-head-pw")
    try:
        assert ws.failed_sign_ins == 5
        rows = ws.db.query(
            "SELECT a.action, a.user, a.record_id, a.after_json FROM audit_log a WHERE a.action IN"
            " ('login_failed', 'recovery_failed') AND a.after_json LIKE '%before_open%' ORDER BY a.seq"
        )
        tashi = auth.get_user(ws, "tashi")["id"]
        assert [r["record_id"] for r in rows[:3]] == [tashi] * 3 and rows[0]["user"] == "tashi"
        assert rows[3]["record_id"].startswith("?") and "nobody" not in rows[3]["user"]
        assert rows[4]["action"] == "recovery_failed"
        assert all("letmein99" not in (r["after_json"] or "") for r in rows)
        assert keyslots.read(path).failed == []  # written once, not twice
        from app.services.check import check_register

        assert check_register(ws) == []
    finally:
        ws.close()
    again = _sign_in(path, "head", "office-head-pw")
    try:
        assert again.failed_sign_ins == 0  # counted since the previous sign-in
    finally:
        again.close()


def test_a_flood_of_wrong_passwords_does_not_grow_the_key_file_without_bound(register):
    path = register
    slots = keyslots.read(path)
    for n in range(keyslots.MAX_FAILED + 50):
        keyslots.note_failed(slots, at=f"2026-12-08T00:00:{n % 60:02d}.000000Z", kind="password", who="x")
    keyslots.write(path, slots)
    assert len(keyslots.read(path).failed) == keyslots.MAX_FAILED
    ws = _sign_in(path, "head", "office-head-pw")
    try:
        assert ws.failed_sign_ins == keyslots.MAX_FAILED + 50
    finally:
        ws.close()


def test_the_cli_tells_the_office_head(register, monkeypatch, capsys):
    from app.__main__ import main

    _wrong(register, "tashi", "guess-guess")
    monkeypatch.setenv("DUALBASE_PASSWORD", "office-head-pw")
    assert main(["--db", str(register), "--lang", "en", "--user", "head", "users", "list"]) == 0
    err = capsys.readouterr().err
    assert "1 failed sign-in attempts" in err
