"""Accounts, roles, permission matrix, argon2id hashes, lockout (app/services/auth.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.domain.errors import PermissionDenied, ValidationError
from app.services import auth

ADMIN_PW = "office-head-pw"
BANK_PW = "bank-officer-pw"
CADRE_PW = "village-cadre-pw"


pytestmark = pytest.mark.usefixtures("quick_hashes")


def test_production_hashes_are_argon2id_with_a_real_cost(monkeypatch):
    monkeypatch.setattr(auth, "_hasher", None)  # as in the program: made on first use
    fresh = auth._h()
    assert fresh.type.name == "ID"
    assert fresh.memory_cost >= 19 * 1024 and fresh.time_cost >= 2


@pytest.fixture
def accounts(demo_ws):
    auth.add_user(demo_ws, "head", "admin", ADMIN_PW)
    auth.login(demo_ws, "head", ADMIN_PW)
    auth.add_user(demo_ws, "bank", "bank_officer", BANK_PW)
    auth.add_user(demo_ws, "tashi", "cadre", CADRE_PW)
    return demo_ws


def _referred_loan(ws) -> str:
    ids = ws.loans.search_ids("", status="referred")
    assert ids, "the demo register has referred demands"
    return ids[0]


def test_no_accounts_means_everything_is_allowed(demo_ws):
    demo_ws.role = "cadre"
    assert not auth.has_accounts(demo_ws.db)
    for permission in auth.PERMISSIONS:
        assert auth.allowed(demo_ws, permission)


def test_unknown_permission_is_a_programming_error(ws):
    with pytest.raises(KeyError):
        ws.require("loan.approve.everything")


def test_first_account_must_be_admin(ws):
    with pytest.raises(ValidationError) as exc:
        auth.add_user(ws, "tashi", "cadre", CADRE_PW)
    assert "first account" in exc.value.text("en")
    assert not auth.has_accounts(ws.db)


@pytest.mark.parametrize(
    "password, words", [("", "empty"), ("   ", "empty"), ("abc12", "too short"), ("headhead", "account name")]
)
def test_weak_passwords_are_refused_with_a_sentence(ws, password, words):
    with pytest.raises(ValidationError) as exc:
        auth.add_user(ws, "headhead", "admin", password)
    assert words in exc.value.text("en")
    assert exc.value.field == "password"


def test_password_is_stored_as_argon2id_hash_never_in_clear(accounts):
    db = accounts.db
    stored = db.scalar("SELECT password_hash FROM app_user WHERE username = 'head'")
    assert stored.startswith("$argon2id$")
    assert ADMIN_PW not in stored
    # every value of every table (the register's connection: SQLCipher's module has no iterdump)
    tables = [r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = "\n".join(repr(tuple(row)) for t in tables for row in db.conn.execute(f'SELECT * FROM "{t}"'))
    for pw in (ADMIN_PW, BANK_PW, CADRE_PW):
        assert pw not in dump


def test_audit_log_of_accounts_leaves_out_the_hash(accounts):
    rows = accounts.db.query("SELECT before_json, after_json FROM audit_log WHERE table_name = 'app_user'")
    assert rows
    for r in rows:
        assert "password_hash" not in (r["before_json"] or "") + (r["after_json"] or "")
        assert "$argon2" not in (r["before_json"] or "") + (r["after_json"] or "")


def test_list_users_has_no_hashes(accounts):
    users = auth.list_users(accounts)
    assert [u["username"] for u in users] == ["bank", "head", "tashi"]
    assert all("password_hash" not in u for u in users)


def test_login_sets_user_and_role(accounts):
    account = auth.login(accounts, "tashi", CADRE_PW)
    assert (accounts.user, accounts.role, account.role) == ("tashi", "cadre", "cadre")
    assert not accounts.can_see_full_id_numbers()


def test_cadre_cannot_record_a_bank_decision(accounts):
    auth.login(accounts, "tashi", CADRE_PW)
    loan_id = _referred_loan(accounts)
    before = accounts.loans.get(loan_id)
    with pytest.raises(PermissionDenied) as exc:
        accounts.loans.transition(loan_id, "approved", on_date=date(2026, 11, 15))
    assert "approve" in exc.value.text("en")
    assert accounts.loans.get(loan_id)["version"] == before["version"]


def test_admin_cannot_record_a_bank_decision_either(accounts):
    with pytest.raises(PermissionDenied):
        accounts.loans.transition(_referred_loan(accounts), "rejected", on_date=date(2026, 11, 15))


def test_bank_officer_records_the_decision(accounts):
    auth.login(accounts, "bank", BANK_PW)
    row = accounts.loans.transition(_referred_loan(accounts), "approved", on_date=date(2026, 11, 15))
    assert row["status"] == "approved"


def test_cadre_may_withdraw_a_demand(accounts):
    auth.login(accounts, "tashi", CADRE_PW)
    row = accounts.loans.transition(
        _referred_loan(accounts), "withdrawn", on_date=date(2026, 11, 15), reason="the household no longer needs it"
    )
    assert row["status"] == "withdrawn"


def test_bank_score_of_a_rating_needs_a_bank_officer(accounts):
    rating_id = accounts.ratings.search_ids("")[0]
    current = accounts.ratings.get(rating_id)
    auth.login(accounts, "tashi", CADRE_PW)
    with pytest.raises(PermissionDenied):
        accounts.ratings.update(
            rating_id, {"bank_score": (current["bank_score"] or 0) + 1 if (current["bank_score"] or 0) < 50 else 1}
        )
    accounts.ratings.update(rating_id, {"notes": "checked again"})  # other fields stay open to cadres
    assert accounts.ratings.get(rating_id)["notes"] == "checked again"


def test_only_admin_manages_users(accounts):
    auth.login(accounts, "bank", BANK_PW)
    with pytest.raises(PermissionDenied):
        auth.add_user(accounts, "dorje", "cadre", "dorje-password")
    with pytest.raises(PermissionDenied):
        auth.set_active(accounts, "tashi", False)
    with pytest.raises(PermissionDenied):
        auth.set_security_settings(accounts, idle=5)


def test_only_an_administrator_registers_the_office_above_or_one_below(accounts, tmp_path):
    """Whom this office trusts (whose packages it takes, for whom it encrypts) is the head's decision."""
    from app.services import keys
    from app.services.workspace import Workspace, init_office

    township = Workspace.open(tmp_path / "township.sqlite", user="tester", role="admin", lang="en")
    init_office(township.db, code="630224100", level="township", name_zh="拉脊乡", user="tester")
    key_file = keys.export_key(township.db, tmp_path / "630224100.dbkey")["path"]
    township.close()
    for name, password in (("bank", BANK_PW), ("tashi", CADRE_PW)):
        auth.login(accounts, name, password)
        with pytest.raises(PermissionDenied):
            accounts.offices.set_upper(key_file)
        with pytest.raises(PermissionDenied):
            accounts.offices.add_subordinate(key_file)
    assert accounts.offices.upper() is None
    auth.login(accounts, "head", ADMIN_PW)
    assert accounts.offices.set_upper(key_file)["code"] == "630224100"
    assert accounts.offices.upper()["code"] == "630224100"


def test_last_admin_cannot_be_disabled_or_demoted(accounts):
    with pytest.raises(ValidationError):
        auth.set_active(accounts, "head", False)
    with pytest.raises(ValidationError):
        auth.set_role(accounts, "head", "cadre")


def test_disabled_account_cannot_sign_in(accounts):
    auth.set_active(accounts, "tashi", False)
    with pytest.raises(auth.AuthError) as exc:
        auth.authenticate(accounts, "tashi", CADRE_PW)
    assert "disabled" in exc.value.text("en")


def test_wrong_password_says_how_many_tries_are_left(accounts):
    with pytest.raises(auth.AuthError) as exc:
        auth.authenticate(accounts, "tashi", "not-the-password")
    assert "4 tries left" in exc.value.text("en")


def test_unknown_name_and_wrong_password_read_the_same(accounts):
    with pytest.raises(auth.AuthError) as unknown:
        auth.authenticate(accounts, "nobody", "whatever-pw")
    assert "account name or the password is wrong" in unknown.value.text("en")


def test_five_wrong_passwords_lock_the_account_for_the_set_time(accounts):
    auth.set_security_settings(accounts, lockout=20)
    t0 = datetime(2026, 11, 21, 8, 0, tzinfo=timezone.utc)
    for i in range(4):
        with pytest.raises(auth.AuthError):
            auth.authenticate(accounts, "tashi", f"wrong-{i}", now=t0)
    with pytest.raises(auth.AuthError) as fifth:
        auth.authenticate(accounts, "tashi", "wrong-5", now=t0)
    assert "locked" in fifth.value.text("en") and "20 minutes" in fifth.value.text("en")
    # even the right password is refused while locked, with the time left
    with pytest.raises(auth.AuthError) as locked:
        auth.authenticate(accounts, "tashi", CADRE_PW, now=t0 + timedelta(minutes=12))
    assert "8 minutes" in locked.value.text("en")
    # after the lock time the right password works and the counter starts again
    account = auth.authenticate(accounts, "tashi", CADRE_PW, now=t0 + timedelta(minutes=21))
    assert account.username == "tashi"
    assert accounts.db.scalar("SELECT failed_attempts FROM app_user WHERE username='tashi'") == 0


def test_failed_logins_are_in_the_audit_log(accounts):
    with pytest.raises(auth.AuthError):
        auth.authenticate(accounts, "tashi", "wrong-password")
    row = accounts.db.one("SELECT user, action FROM audit_log WHERE action = 'login_failed'")
    assert row == {"user": "tashi", "action": "login_failed"}


def test_admin_unlocks_a_locked_account(accounts):
    for i in range(5):
        with pytest.raises(auth.AuthError):
            auth.authenticate(accounts, "tashi", f"wrong-{i}")
    auth.unlock(accounts, "tashi")
    assert auth.authenticate(accounts, "tashi", CADRE_PW).role == "cadre"


def test_user_changes_own_password_with_the_old_one(accounts):
    auth.login(accounts, "tashi", CADRE_PW)
    with pytest.raises(auth.AuthError):
        auth.set_password(accounts, "tashi", "a-new-password", old_password="wrong-old-pw")
    auth.set_password(accounts, "tashi", "a-new-password", old_password=CADRE_PW)
    assert auth.authenticate(accounts, "tashi", "a-new-password")
    with pytest.raises(PermissionDenied):  # but not someone else's
        auth.set_password(accounts, "bank", "a-new-password", old_password=CADRE_PW)


def test_idle_and_lockout_settings_have_defaults_and_limits(accounts):
    assert auth.idle_minutes(accounts.db) == 10
    assert auth.lockout_minutes(accounts.db) == 15
    auth.set_security_settings(accounts, idle=0, lockout=30)
    assert (auth.idle_minutes(accounts.db), auth.lockout_minutes(accounts.db)) == (0, 30)
    with pytest.raises(ValidationError):
        auth.set_security_settings(accounts, idle=-1)


# -- the CLI --------------------------------------------------------------------------------------
def _cli(db: Path, *args: str, stdin: str = "", password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DUALBASE_PASSWORD"}
    if password is not None:
        env["DUALBASE_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[3],
    )


def test_cli_users_add_list_and_refusals(ws, tmp_path):
    path = ws.db.path
    ws.close()
    short, good, cadre = tmp_path / "short", tmp_path / "good", tmp_path / "cadre"
    short.write_text("abc\n")
    good.write_text(ADMIN_PW + "\n")
    cadre.write_text(CADRE_PW + "\n")
    r = _cli(path, "users", "add", "--name", "head", "--role", "admin", "--password-file", str(short))
    assert r.returncode == 2 and "too short" in r.stderr and "Traceback" not in r.stderr
    r = _cli(path, "users", "add", "--name", "head", "--role", "admin", "--password-file", str(good))
    assert r.returncode == 0, r.stderr
    # once accounts exist, adding one needs an admin's password
    r = _cli(path, "users", "add", "--name", "tashi", "--role", "cadre", "--password-file", str(cadre))
    assert r.returncode == 2 and "--user" in r.stderr
    r = _cli(
        path,
        "--user",
        "head",
        "users",
        "add",
        "--name",
        "tashi",
        "--role",
        "cadre",
        "--password-file",
        str(cadre),
        "--auth-password-file",
        str(good),
    )
    assert r.returncode == 0, r.stderr
    r = _cli(path, "users", "list")  # listing them too: every command signs in
    assert r.returncode == 2 and "--user" in r.stderr
    r = _cli(path, "--user", "head", "users", "list", password=ADMIN_PW)
    assert [line.split("\t")[:2] for line in r.stdout.splitlines()] == [["head", "admin"], ["tashi", "cadre"]]
    r = _cli(path, "--user", "tashi", "users", "disable", "--name", "head", "--auth-password-file", str(cadre))
    assert r.returncode == 2 and "not allowed" in r.stderr


def test_cli_password_from_the_terminal_is_asked_twice(ws):
    path = ws.db.path
    ws.close()
    # getpass falls back to stdin without a terminal: two different answers are refused
    r = _cli(path, "users", "add", "--name", "head", "--role", "admin", stdin="first-password\nother-password\n")
    assert r.returncode == 2 and "differ" in r.stderr
    r = _cli(path, "users", "add", "--name", "head", "--role", "admin", stdin="first-password\nfirst-password\n")
    assert r.returncode == 0, r.stderr
