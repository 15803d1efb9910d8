"""The CLI signs in like the GUI once a register has accounts: --user and a password
($DUALBASE_PASSWORD or the terminal), the account's role deciding what the command may do."""

from __future__ import annotations

import io
import os

import subprocess
import sys

import pytest

from app.__main__ import main
from tests.helpers import valid_id

INIT = ["init", "--office-code", "630224100201", "--level", "village", "--name-zh", "拉脊村双基联动工作室"]
HEAD_PW, CADRE_PW = "yak-butter-tea", "barley-field-9"
ADD = ["households", "add", "--name-zh", "卓玛", "--name-bo", "སྒྲོལ་མ"]


def _count(path, sql: str, params=()) -> int:
    """Read the register as the program does: once it has accounts it is encrypted (issue #17),
    and the plain sqlite3 module cannot read it; the office head's password opens its key."""
    from storage import keyslots
    from storage.db import is_plain_sqlite, key_pragma
    from storage.sqlite import sqlite3 as sqlcipher

    conn = sqlcipher.connect(path)
    try:
        if not is_plain_sqlite(path):
            conn.execute(key_pragma(keyslots.unlock(path, HEAD_PW)[0]))
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def _households(path) -> int:
    return _count(path, "SELECT count(*) FROM household")


@pytest.fixture
def no_terminal(monkeypatch):
    """No password in the environment and no terminal to ask on (as in a script)."""
    monkeypatch.delenv("DUALBASE_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def accounts(db_path, tmp_path, monkeypatch, no_terminal, capsys):
    """A register with the office head's account (head, admin) and a village cadre's (tashi)."""
    assert main(["--db", str(db_path), *INIT]) == 0
    (tmp_path / "head.pw").write_text(HEAD_PW + "\n", encoding="utf-8")
    (tmp_path / "tashi.pw").write_text(CADRE_PW + "\n", encoding="utf-8")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "users",
                "add",
                "--name",
                "head",
                "--role",
                "admin",
                "--password-file",
                str(tmp_path / "head.pw"),
            ]
        )
        == 0
    )
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    assert (
        main(
            [
                "--db",
                str(db_path),
                "--user",
                "head",
                "users",
                "add",
                "--name",
                "tashi",
                "--role",
                "cadre",
                "--password-file",
                str(tmp_path / "tashi.pw"),
            ]
        )
        == 0
    )
    monkeypatch.delenv("DUALBASE_PASSWORD")
    capsys.readouterr()
    return db_path


def test_without_accounts_commands_run_without_signing_in(db_path, no_terminal, capsys):
    assert main(["--db", str(db_path), *INIT]) == 0
    assert main(["--db", str(db_path), *ADD, "--id-number", valid_id("63212219850101202")]) == 0
    assert _households(db_path) == 1


def test_a_command_without_a_password_is_refused_and_writes_nothing(accounts, capsys):
    code = main(
        ["--db", str(accounts), "--lang", "en", "--user", "head", *ADD, "--id-number", valid_id("63212219850101202")]
    )
    err = capsys.readouterr().err
    assert code == 2 and _households(accounts) == 0
    assert "DUALBASE_PASSWORD" in err and "Traceback" not in err
    # no password was tried, so none was counted against the account
    assert _count(accounts, "SELECT failed_attempts FROM app_user WHERE username = 'head'") == 0


def test_a_command_without_user_is_refused(accounts, capsys, monkeypatch):
    monkeypatch.delenv("DUALBASE_USER", raising=False)
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    code = main(["--db", str(accounts), "--lang", "en", "households", "list"])
    assert code == 2 and "--user NAME" in capsys.readouterr().err


def test_a_wrong_password_exits_2_with_the_sentence_in_chinese_and_is_counted(accounts, capsys, monkeypatch):
    monkeypatch.setenv("DUALBASE_PASSWORD", "not-the-password")
    code = main(
        ["--db", str(accounts), "--lang", "zh", "--user", "tashi", *ADD, "--id-number", valid_id("63212219850101202")]
    )
    err = capsys.readouterr().err
    assert code == 2 and _households(accounts) == 0
    assert err.startswith("账户名或密码错误") and len(err.strip().splitlines()) == 1
    # the register is encrypted and no password opened it: the wrong password is counted in its key
    # file (what the lockout reads before the register can be opened), the register is untouched
    from storage import keyslots

    assert [a["failed"] for a in keyslots.read(accounts).attempts.values()] == [1]
    assert _count(accounts, "SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND user = 'tashi'") == 0


def test_an_unknown_account_gets_the_same_sentence(accounts, capsys, monkeypatch):
    # issue 17 §7: word for word what an account with a wrong password gets, try after try,
    # the lock included, so the answers do not tell which names are accounts
    monkeypatch.setenv("DUALBASE_PASSWORD", "not-the-password")
    for _ in range(6):
        answers = []
        for user in ("tashi", "nobody"):
            code = main(["--db", str(accounts), "--lang", "en", "--user", user, "households", "list"])
            answers.append((code, capsys.readouterr().err.strip()))
        assert answers[0] == answers[1] and answers[0][0] == 2
    assert "locked" in answers[0][1]
    # the name that is no account is not written anywhere, only a digest of it
    assert (
        _count(
            accounts,
            "SELECT count(*) FROM audit_log WHERE user LIKE '%nobody%'"
            " OR after_json LIKE '%nobody%' OR record_id LIKE '%nobody%'",
        )
        == 0
    )


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(accounts, capsys, monkeypatch):
    monkeypatch.setenv("DUALBASE_PASSWORD", "not-the-password")
    for _ in range(5):
        assert main(["--db", str(accounts), "--lang", "en", "--user", "tashi", "households", "list"]) == 2
    monkeypatch.setenv("DUALBASE_PASSWORD", CADRE_PW)
    capsys.readouterr()
    assert main(["--db", str(accounts), "--lang", "en", "--user", "tashi", "households", "list"]) == 2
    assert "locked" in capsys.readouterr().err


def test_a_cadre_is_refused_an_admin_only_command(accounts, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DUALBASE_PASSWORD", CADRE_PW)
    code = main(
        [
            "--db",
            str(accounts),
            "--lang",
            "zh",
            "--user",
            "tashi",
            "users",
            "add",
            "--name",
            "dorje",
            "--role",
            "admin",
            "--password-file",
            str(tmp_path / "tashi.pw"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("您的账户无权执行此操作")
    assert _count(accounts, "SELECT count(*) FROM app_user") == 2


def test_the_right_password_works_and_acts_as_that_account(accounts, capsys, monkeypatch):
    monkeypatch.setenv("DUALBASE_PASSWORD", CADRE_PW)
    code = main(["--db", str(accounts), "--user", "tashi", *ADD, "--id-number", valid_id("63212219850101202")])
    new_id = capsys.readouterr().out.strip()
    assert code == 0 and _households(accounts) == 1
    assert _count(accounts, "SELECT count(*) FROM household WHERE id = ? AND updated_by = 'tashi'", (new_id,)) == 1
    assert _count(accounts, "SELECT count(*) FROM audit_log WHERE record_id = ? AND user = 'tashi'", (new_id,)) == 1


def test_the_admin_may_do_what_the_cadre_may_not(accounts, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DUALBASE_PASSWORD", HEAD_PW)
    assert (
        main(
            [
                "--db",
                str(accounts),
                "--user",
                "head",
                "users",
                "add",
                "--name",
                "dorje",
                "--role",
                "cadre",
                "--password-file",
                str(tmp_path / "tashi.pw"),
            ]
        )
        == 0
    )
    assert _count(accounts, "SELECT count(*) FROM app_user") == 3


def test_password_asked_on_the_terminal_when_there_is_one(accounts, capsys, monkeypatch):
    import getpass

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    asked = []
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or CADRE_PW)
    assert main(["--db", str(accounts), "--lang", "en", "--user", "tashi", "households", "list"]) == 0
    assert asked == ["Password for tashi: "]


def test_paths_needs_no_sign_in(accounts, capsys):
    assert main(["--db", str(accounts), "paths"]) == 0
    assert str(accounts) in capsys.readouterr().out


def test_init_of_an_existing_register_with_accounts_asks_to_sign_in_first(accounts, capsys):
    assert main(["--db", str(accounts), "--lang", "en", "--user", "head", *INIT]) == 2
    assert "DUALBASE_PASSWORD" in capsys.readouterr().err


def test_module_entry_in_a_script_signs_in_from_the_environment(accounts):
    env = {**os.environ, "DUALBASE_LANG": "en"}
    env.pop("DUALBASE_PASSWORD", None)
    command = [sys.executable, "-m", "app", "--db", str(accounts), "--user", "head", "check"]
    refused = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, stdin=subprocess.DEVNULL, timeout=60
    )
    assert refused.returncode == 2 and "DUALBASE_PASSWORD" in refused.stderr
    ok = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "DUALBASE_PASSWORD": HEAD_PW},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert "sound" in ok.stdout


def test_a_cadre_changes_their_own_password(accounts, tmp_path, capsys, monkeypatch):
    (tmp_path / "new.pw").write_text("new-barley-field\n", encoding="utf-8")
    monkeypatch.setenv("DUALBASE_PASSWORD", CADRE_PW)
    assert (
        main(
            [
                "--db",
                str(accounts),
                "--user",
                "tashi",
                "users",
                "passwd",
                "--name",
                "tashi",
                "--password-file",
                str(tmp_path / "new.pw"),
            ]
        )
        == 0
    )
    assert main(["--db", str(accounts), "--user", "tashi", "households", "list"]) == 2  # the old one no more
    monkeypatch.setenv("DUALBASE_PASSWORD", "new-barley-field")
    assert main(["--db", str(accounts), "--user", "tashi", "households", "list"]) == 0


def test_a_cadre_may_not_change_someone_elses_password(accounts, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DUALBASE_PASSWORD", CADRE_PW)
    assert (
        main(
            [
                "--db",
                str(accounts),
                "--lang",
                "en",
                "--user",
                "tashi",
                "users",
                "passwd",
                "--name",
                "head",
                "--password-file",
                str(tmp_path / "tashi.pw"),
            ]
        )
        == 2
    )
    assert "not allowed" in capsys.readouterr().err


def test_the_refusal_without_a_password_is_told_in_chinese(accounts, capsys):
    code = main(["--db", str(accounts), "--lang", "zh", "--user", "head", "households", "list"])
    err = capsys.readouterr().err
    assert code == 2 and "head" in err and "DUALBASE_PASSWORD" in err and "账户" in err
