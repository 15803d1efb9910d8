"""The command line on a Chinese Windows: GBK consoles and pipes have no Tibetan letters."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.__main__ import main
from tests.helpers import ADD_ZHUOMA, INIT


@pytest.fixture
def reg(reg):
    """The register made by ``init`` (tests/app/conftest.py) with 卓玛's household."""
    assert main(["--db", str(reg), *ADD_ZHUOMA]) == 0
    return reg


def _gbk_env():
    # What Python picks on a Chinese Windows for a redirected output or a legacy console
    return dict(os.environ, PYTHONIOENCODING="gbk")


def test_json_redirected_from_a_gbk_windows_keeps_the_tibetan_names(reg):
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(reg), "households", "list", "--format", "json"],
        capture_output=True,
        env=_gbk_env(),
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    rows = json.loads(done.stdout.decode("utf-8"))["rows"]
    assert rows[0]["name_bo"] == "སྒྲོལ་མ" and rows[0]["name_zh"] == "卓玛"


def test_a_gbk_console_shows_question_marks_for_tibetan_instead_of_failing(reg):
    pty = pytest.importorskip("pty")  # POSIX only: a pseudo-terminal stands in for the console
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(reg), "households", "list"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=_gbk_env(),
            timeout=60,
        )
        os.close(follower)
        follower = None
        out = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything was read
                break
            if not chunk:
                break
            out += chunk
    finally:
        if follower is not None:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = out.decode("gbk")
    assert "卓玛" in text and "?" in text and "སྒྲོལ་མ" not in text


def test_on_windows_the_audit_names_the_login_from_username(db_path, monkeypatch):
    # Windows sets USERNAME, not USER: the audit log should name the person, not "cli"
    from app import cli

    assert main(["--db", str(db_path), *INIT]) == 0
    monkeypatch.delenv("USER", raising=False)
    monkeypatch.setenv("USERNAME", "zhuoma")
    ws = cli.open_workspace(cli.build_parser().parse_args(["--db", str(db_path), "check"]))
    try:
        assert ws.user == "zhuoma"
    finally:
        ws.close()
