"""Updates keep the data (issue #22): a newer release opens an older register after copying it,
an older release refuses a newer register with a sentence and leaves it untouched.

The two "builds" are two source trees run as separate programs: this checkout (the older
release) and a copy of it with one more migration (the next release). The bundled program runs
this very code (tests/test_bundle.py runs the bundle itself), so what holds here holds there.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OFFICE_ARGS = [
    "init",
    "--office-code",
    "630224100201",
    "--level",
    "village",
    "--name-zh",
    "拉脊村双基联动工作室",
    "--name-bo",
    "ལ་རྗེས་",
]


def _run(tree: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(
        os.environ, DUALBASE_DATA_DIR=str(data), DUALBASE_LANG="zh", PYTHONIOENCODING="utf-8", PYTHONPATH=str(tree)
    )
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=tree,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.fixture
def next_release(tmp_path: Path) -> Path:
    """A copy of this program with one more schema migration, as the next release would have."""
    tree = tmp_path / "next-release"
    for package in ("app", "storage", "exports", "translations"):
        shutil.copytree(
            ROOT / package, tree / package, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.catalog.json")
        )
    migrations = tree / "storage" / "migrations"
    number = len([p for p in migrations.glob("m[0-9][0-9][0-9][0-9]_*.py")]) + 1
    (migrations / f"m{number:04d}_next_release.py").write_text(
        f"VERSION = {number}\n\n\ndef upgrade(conn):\n"
        '    conn.execute("ALTER TABLE household ADD COLUMN next_release_note TEXT")\n',
        encoding="utf-8",
    )
    return tree


def _register(tmp_path: Path, data: Path) -> Path:
    db = tmp_path / "office" / "register.sqlite"
    assert _run(ROOT, data, "--db", str(db), *OFFICE_ARGS).returncode == 0
    added = _run(
        ROOT,
        data,
        "--db",
        str(db),
        "households",
        "add",
        "--name-zh",
        "卓玛",
        "--name-bo",
        "སྒྲོལ་མ",
        "--id-number",
        "632122198501012026",
        "--village",
        "拉脊村",
        "--status",
        "registered_poor",
    )
    assert added.returncode == 0, added.stderr
    return db


def _user_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_newer_release_copies_the_register_then_migrates_it_keeping_every_row(tmp_path, next_release):
    data = tmp_path / "data"
    db = _register(tmp_path, data)
    old_version = _user_version(db)

    opened = _run(next_release, data, "--db", str(db), "households", "list", "--format", "json")

    assert opened.returncode == 0, opened.stderr
    assert "632122" in opened.stdout or "卓玛" in opened.stdout  # the household is still there
    assert _user_version(db) == old_version + 1
    copies = list((data / "backups").glob(f"register-before-update-schema{old_version}-to-*.sqlite"))
    assert len(copies) == 1
    assert _user_version(copies[0]) == old_version  # the copy is the file as it was
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT name_zh FROM household").fetchall() == [("卓玛",)]
    conn.close()


def test_older_release_refuses_a_newer_register_with_a_sentence_and_leaves_it_unchanged(tmp_path, next_release):
    data = tmp_path / "data"
    db = _register(tmp_path, data)
    assert _run(next_release, data, "--db", str(db), "check").returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    refused = _run(ROOT, data, "--db", str(db), "check")

    assert refused.returncode == 2
    assert "更新版本的程序" in refused.stderr and "文件未被改动" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_up_to_date_register_is_opened_without_a_copy(tmp_path):
    data = tmp_path / "data"
    db = _register(tmp_path, data)
    assert _run(ROOT, data, "--db", str(db), "check").returncode == 0
    assert list(data.rglob("*before-update*")) == []
