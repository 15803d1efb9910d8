"""Issue #17.1: the register, its backups and its packages show nothing to anyone with the file
and any tool but the program and a password: no full ID number, no office private key, no
password hash — grepped in the bytes.  One random key in key slots: an account added, a password
changed or reset rewrites one slot and never re-encrypts the register; the recovery key opens it
when every password is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import auth, backup, encryption, keys, sync
from app.services.workspace import Workspace
from storage import keyslots
from storage.db import RegisterLocked

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def quick_slots(monkeypatch, quick_hashes):
    """argon2id with small costs for the slots too (same code path)."""
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 1024, "p": 1})


def _secrets(ws) -> dict[str, bytes]:
    """What must never be readable in a file: a full ID number, the office private key, a hash."""
    from cryptography.hazmat.primitives import serialization

    id_number = ws.db.scalar("SELECT id_number FROM household WHERE deleted_at IS NULL LIMIT 1")
    private = keys.private_key(ws.db).private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    out = {"id number": id_number.encode(), "private key": private, "private key hex": private.hex().encode()}
    h = ws.db.scalar("SELECT password_hash FROM app_user LIMIT 1")
    if h:
        out["password hash"] = h.split("$")[-1].encode()  # the hash's own bytes, base64
        out["argon2 marker"] = b"$argon2id$"
    return out


def _leaks(path: Path, secrets: dict[str, bytes]) -> list[str]:
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    return [name for name, value in secrets.items() if value in data]


def test_the_first_account_encrypts_the_register(demo_ws, quick_slots):
    path = Path(demo_ws.db.path)
    plain = _secrets(demo_ws)
    demo_ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert "id number" in _leaks(path, plain)  # plain until the first account (DESIGN §8)
    made = auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    assert made["recovery_key"] and encryption.is_encrypted(demo_ws.db)
    assert demo_ws.households.count() == 300  # the open workspace goes on, on the new file
    secrets = _secrets(demo_ws)
    demo_ws.close()
    assert _leaks(path, secrets) == []
    assert not list(path.parent.glob("*.plain-old")) and not list(path.parent.glob("*.encrypting"))
    assert b"head" not in keyslots.path_for(path).read_bytes()  # slot ids do not name the accounts
    with pytest.raises(RegisterLocked):
        Workspace.open(path)
    assert encryption.unlock(path, "not-the-password") is None
    key, pending = encryption.unlock(path, "office-head-pw")
    ws = Workspace.open(path, key=key)
    try:
        assert ws.households.count() == 300 and not pending
    finally:
        ws.close()
    ws = Workspace.open(path, key=encryption.unlock_with_recovery(path, made["recovery_key"].lower()))
    ws.close()
    with pytest.raises(encryption.EncryptionError):
        encryption.unlock_with_recovery(path, keyslots.new_recovery_key())


def test_accounts_and_passwords_change_slots_never_the_register(demo_ws, quick_slots):
    path = Path(demo_ws.db.path)
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    salt = path.read_bytes()[:16]  # SQLCipher's per-file salt: a re-encryption changes it
    key = demo_ws.db.key
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    auth.set_password(demo_ws, "tashi", "reset-by-the-head")  # an office head's reset
    auth.set_password(demo_ws, "head", "new-head-password", old_password="office-head-pw")
    assert path.read_bytes()[:16] == salt and demo_ws.db.key == key
    assert encryption.unlock(path, "village-cadre-pw") is None
    assert encryption.unlock(path, "office-head-pw") is None
    assert encryption.unlock(path, "reset-by-the-head")[0] == key
    assert encryption.unlock(path, "new-head-password")[0] == key
    assert len(keyslots.read(path).slots) == 3  # two accounts and the recovery key


def test_backups_of_an_encrypted_register_leak_nothing_and_restore(demo_ws, quick_slots, tmp_path):
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    secrets = _secrets(demo_ws)
    made = backup.backup_to(demo_ws, tmp_path / "usb")
    auto = backup.backup_now(demo_ws)
    for copy in (made, auto):
        assert _leaks(copy, secrets) == [] and keyslots.path_for(copy).is_file()
    # the copy opens with a password and its slots alone (a new laptop after the old one was lost)
    key, _ = encryption.unlock(made, "office-head-pw")
    assert backup.inspect(made, key=key)["office"] == demo_ws.office["code"]
    victim = demo_ws.households.search_ids("")[0]
    demo_ws.households.delete(victim)
    aside = backup.restore(demo_ws, made)
    assert demo_ws.households.count() == 300
    assert _leaks(aside, secrets) == []


def test_restore_refuses_a_plain_backup_into_an_encrypted_register(demo_ws, quick_slots, tmp_path):
    old = backup.backup_to(demo_ws, tmp_path / "usb")  # made while the register was plain
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(demo_ws, old)
    assert "before this register was encrypted" in exc.value.text("en")


def test_a_package_with_a_passphrase_leaks_nothing(demo_ws, quick_slots, tmp_path):
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    secrets = _secrets(demo_ws)
    (tmp_path / "usb").mkdir()
    made = Path(sync.export_package(demo_ws, tmp_path / "usb", passphrase="yak and barley").path)
    assert _leaks(made, secrets) == []


def _cli(db: Path, *args: str, password: str | None = None, user: str | None = None):
    env = {**os.environ}
    env.pop("DUALBASE_PASSWORD", None)
    if password is not None:
        env["DUALBASE_PASSWORD"] = password
    extra = ["--user", user] if user else []
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *extra, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_a_register_with_accounts_from_before_is_encrypted_at_first_sign_in(
    demo_ws, quick_hashes, tmp_path, monkeypatch
):
    path = Path(demo_ws.db.path)
    monkeypatch.setattr(encryption, "can_encrypt", lambda db: False)  # as an older release made them
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    monkeypatch.undo()
    id_number = demo_ws.db.scalar("SELECT id_number FROM household LIMIT 1").encode()
    demo_ws.close()
    assert not keyslots.exists(path)
    r = _cli(path, "households", "list", user="head", password="office-head-pw")
    assert r.returncode == 0, r.stderr
    assert "now encrypted" in r.stderr and "recovery key" in r.stderr
    assert id_number not in b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert not list(path.parent.glob("*.plain-old"))
    # the other account had no password at hand: its pending slot opens with its own password,
    # and becomes an ordinary slot at that sign-in
    kinds = sorted(s["kind"] for s in keyslots.read(path).slots)
    assert kinds == ["account", "pending", "recovery"]
    r = _cli(path, "households", "list", user="tashi", password="village-cadre-pw")
    assert r.returncode == 0, r.stderr
    assert sorted(s["kind"] for s in keyslots.read(path).slots) == ["account", "account", "recovery"]
    r = _cli(path, "households", "list", user="tashi", password="wrong-password")
    assert r.returncode == 2 and "wrong" in r.stderr and "Traceback" not in r.stderr


def test_a_crafted_or_damaged_key_file_is_a_sentence_at_once(demo_ws, quick_slots):
    import json
    import time

    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    path = Path(demo_ws.db.path)
    demo_ws.close()
    slots_file = keyslots.path_for(path)
    good = slots_file.read_bytes()
    data = json.loads(good)
    for slot in data["slots"]:  # argon2 asked for 4 GB and 2**20 passes: not run at all
        slot.update(m=1 << 22, t=1 << 20)
    slots_file.write_text(json.dumps(data))
    started = time.monotonic()
    assert encryption.unlock(path, "office-head-pw") is None
    assert time.monotonic() - started < 5
    slots_file.write_bytes(b"\x00garbage")
    with pytest.raises(encryption.EncryptionError) as exc:
        encryption.unlock(path, "office-head-pw")
    assert ".keys" in exc.value.text("en")
    slots_file.unlink()
    from storage.db import StorageError

    with pytest.raises(StorageError):  # an encrypted file without its key file reads as damaged
        Workspace.open(path)
    slots_file.write_bytes(good)
    assert encryption.unlock(path, "office-head-pw") is not None


def test_sign_in_sentences_are_bilingual_in_the_bilingual_mode(demo_ws, quick_slots):
    """The window in 中文+བོད་ཡིག mode shows a refusal in both languages, not the English source."""
    from app.services.auth import AuthError

    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    path = Path(demo_ws.db.path)
    demo_ws.close()
    with pytest.raises(AuthError) as exc:
        auth.sign_in_key(path, "head", "wrong-password")
    both = exc.value.text("both")
    assert "账户名或密码错误" in both and "གསང་ཨང་" in both and "wrong" not in both
    with pytest.raises(RegisterLocked) as locked:
        Workspace.open(path)
    assert "加密" in locked.value.text("both") and "གསང་སྡོམ་" in locked.value.text("both")
