"""Backups with the online API, retention, verified copies, and a restore that checks first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import paths
from app.services import auth, backup
from app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]


def _households(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM household WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_backup_to_a_folder_is_a_checked_standalone_copy(demo_ws, tmp_path):
    made = backup.backup_to(demo_ws, tmp_path / "usb", now=datetime(2026, 11, 21, 23, 0))
    assert made.name == f"register-{backup.register_key(demo_ws)}-2026-11-21T2300.sqlite"
    assert made.name.startswith(f"register-{demo_ws.office['code']}-")
    assert list((tmp_path / "usb").iterdir()) == [made]  # no .part, no -wal beside it
    info = backup.inspect(made)
    assert info["office"] == demo_ws.office["code"]
    assert _households(made) == demo_ws.households.count() == 300


def test_backup_records_when_it_was_made(demo_ws, tmp_path):
    assert backup.last_backup_at(demo_ws) is None
    backup.backup_to(demo_ws, tmp_path / "usb")
    assert backup.last_backup_at(demo_ws).startswith(str(datetime.utcnow().year))


def test_same_minute_backups_do_not_overwrite_each_other(demo_ws, tmp_path):
    t = datetime(2026, 11, 21, 23, 0)
    a = backup.backup_to(demo_ws, tmp_path, now=t)
    b = backup.backup_to(demo_ws, tmp_path, now=t)
    assert a != b and a.exists() and b.exists()


def test_daily_backup_once_a_day(demo_ws):
    day = datetime(2026, 11, 21, 8, 0)
    first = backup.maybe_daily_backup(demo_ws, now=day)
    assert first is not None and first.parent == paths.backup_dir()
    assert backup.maybe_daily_backup(demo_ws, now=day + timedelta(hours=5)) is None
    assert backup.maybe_daily_backup(demo_ws, now=day + timedelta(days=1)) is not None


def test_backup_on_exit_skips_when_nothing_changed(demo_ws):
    assert backup.backup_on_exit(demo_ws) is not None
    assert backup.backup_on_exit(demo_ws) is None
    demo_ws.households.update(demo_ws.households.search_ids("")[0], {"notes": "changed"})
    assert backup.backup_on_exit(demo_ws) is not None


def test_retention_keeps_seven_daily_and_twelve_monthly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    mine, other = "630224100201-0a1b2c3d", "630224100201-99999999"
    start = datetime(2025, 1, 1, 9, 0)
    for d in range(0, 700, 3):  # every third day for ~two years, two backups a day
        for h in (9, 17):
            t = start + timedelta(days=d, hours=h - 9)
            (folder / f"register-{mine}-{t:%Y-%m-%dT%H%M}.sqlite").write_bytes(b"x")
    # another register's and an old-style backup, both older than anything kept
    (folder / f"register-{other}-2024-06-01T0900.sqlite").write_bytes(b"x")
    (folder / "register-2024-06-01T0900.sqlite").write_bytes(b"x")
    (folder / "notes.txt").write_text("not a backup")
    backup.prune(folder, mine)
    kept = backup.list_backups(folder, mine)
    days = {b.made_at.date() for b in kept}
    months = {b.made_at.strftime("%Y-%m") for b in kept}
    newest = kept[0].made_at
    assert len(kept) == len({b.path for b in kept})
    # the newest of the 7 most recent days with backups, each an evening one
    recent = sorted({b.made_at.date() for b in kept}, reverse=True)[:7]
    assert all(any(b.made_at.date() == d and b.made_at.hour == 17 for b in kept) for d in recent)
    assert len(months) == 12
    assert len(kept) <= 7 + 12
    assert min(months) == f"{(newest.replace(day=1) - timedelta(days=330)):%Y-%m}"
    assert (folder / "notes.txt").exists()  # only backups are pruned
    assert len(days) == len(kept)  # one per day kept
    # only this register's backups are judged: the others stay, however old
    assert (folder / f"register-{other}-2024-06-01T0900.sqlite").exists()
    assert (folder / "register-2024-06-01T0900.sqlite").exists()


def test_the_demo_register_does_not_prune_the_real_registers_backups(demo_ws, tmp_path):
    """Issue #17.5: the automatic folder is shared; two weeks of demo sessions used to delete the
    real register's only backup (pruned by date alone)."""
    from app.services.workspace import init_office

    real = Workspace.open(tmp_path / "real" / "register.sqlite")
    init_office(real.db, code=demo_ws.office["code"], level="village", name_zh="同一个村")  # same code
    only = backup.backup_now(real, now=datetime(2026, 1, 5, 17, 0))
    real.close()
    for day in range(40):  # the demo opened every day for 40 days, later than the real backup
        backup.maybe_daily_backup(demo_ws, now=datetime(2026, 3, 1, 9, 0) + timedelta(days=day))
    assert only.exists()
    demo_kept = backup.list_backups(None, backup.register_key(demo_ws))
    assert only not in [b.path for b in demo_kept] and 7 <= len(demo_kept) <= 7 + 12
    assert len(backup.list_backups()) == len(demo_kept) + 1


def test_a_copy_of_the_register_elsewhere_names_its_backups_apart(demo_ws, tmp_path):
    import shutil

    key = backup.register_key(demo_ws)
    assert backup.register_key(demo_ws) == key  # stable for the same file
    demo_ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(demo_ws.db.path, tmp_path / "trial.sqlite")
    trial = Workspace.open(tmp_path / "trial.sqlite")
    try:
        assert backup.register_key(trial) != key
        assert backup.register_key(trial).startswith(demo_ws.office["code"] + "-")
    finally:
        trial.close()


_KILLED_BACKUP = """
import os, signal, sys
from pathlib import Path
from app.services import backup
from app.services.workspace import Workspace

real_copy = backup._copy
def copy_then_die(src, dest_path, **kw):
    real_copy(src, dest_path, **kw)
    os.kill(os.getpid(), signal.SIGKILL)   # the power cut: after the copy, before the check and rename
backup._copy = copy_then_die
ws = Workspace.open(sys.argv[1])
backup.backup_to(ws, sys.argv[2])
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_killed_backup_leaves_nothing_once_the_next_one_runs(demo_ws, tmp_path):
    import os
    import time

    usb = tmp_path / "usb"
    usb.mkdir()
    path = Path(demo_ws.db.path)
    key = backup.register_key(demo_ws)
    demo_ws.close()
    r = subprocess.run(
        [sys.executable, "-c", _KILLED_BACKUP, str(path), str(usb)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == -9, r.stderr
    left = [p for p in usb.iterdir()]
    assert left and all(p.name.endswith(".part") or ".part-" in p.name for p in left)
    assert all(p.name.startswith(f"register-{key}-") for p in left)
    # another register's copy under way in the same folder, and a fresh one of this register
    other = usb / "register-630224100202-12345678-2026-11-21T2300.sqlite.part"
    other.write_bytes(b"half")
    old = time.time() - backup.STALE_PART_SECONDS - 60
    for p in (*left, other):
        os.utime(p, (old, old))
    ws = Workspace.open(path)
    try:
        made = backup.backup_to(ws, usb)
    finally:
        ws.close()
    assert sorted(usb.iterdir()) == sorted([made, other])


def test_restore_brings_back_the_backup_and_keeps_the_current_aside(demo_ws, tmp_path):
    made = backup.backup_to(demo_ws, tmp_path / "usb")
    victim = demo_ws.households.search_ids("")[0]
    demo_ws.households.delete(victim)
    assert demo_ws.households.count() == 299
    aside = backup.restore(demo_ws, made)
    assert demo_ws.households.count() == 300
    assert aside.name.startswith("register.sqlite.before-restore-")
    assert _households(aside) == 299
    from app.services.check import check_register

    assert check_register(demo_ws) == []


@pytest.mark.parametrize("damage", ["text", "truncated", "newer", "no_office"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_ws, tmp_path, damage):
    bad = tmp_path / "bad.sqlite"
    if damage == "text":
        bad.write_text("this is not a database")
        words = "not a register"
    elif damage == "truncated":
        good = backup.backup_to(demo_ws, tmp_path / "usb")
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        words = "damaged"
    elif damage == "newer":
        good = backup.backup_to(demo_ws, tmp_path / "usb")
        bad.write_bytes(good.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute("PRAGMA user_version = 999")
        conn.close()
        words = "newer release"
    else:
        Workspace.open(bad).close()  # schema, but no office profile
        words = "no office"
    before = demo_ws.db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(demo_ws, bad)
    assert words in exc.value.text("en")
    assert demo_ws.households.count() == 300
    assert demo_ws.db.scalar("SELECT count(*) FROM audit_log") == before
    assert not list(Path(demo_ws.db.path).parent.glob("*.before-restore-*"))


def test_restore_refuses_another_office_register(demo_ws, tmp_path):
    from app.services.workspace import init_office

    other = Workspace.open(tmp_path / "other.sqlite")
    init_office(other.db, code="630224100202", level="village", name_zh="别村")
    other.close()
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(demo_ws, tmp_path / "other.sqlite")
    assert "another office" in exc.value.text("en")


def test_restore_needs_an_admin_once_accounts_exist(demo_ws, tmp_path, quick_hashes):
    from app.domain.errors import PermissionDenied

    made = backup.backup_to(demo_ws, tmp_path / "usb")
    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.login(demo_ws, "head", "office-head-pw")
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    auth.login(demo_ws, "tashi", "village-cadre-pw")
    with pytest.raises(PermissionDenied):
        backup.restore(demo_ws, made)


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_cli_backup_and_restore(demo_ws, tmp_path):
    path = Path(demo_ws.db.path)
    demo_ws.close()
    r = _cli(path, "backup", "--out", str(tmp_path / "usb"))
    assert r.returncode == 0, r.stderr
    made = next((tmp_path / "usb").glob("register-*.sqlite"))
    assert made.name.startswith("register-630224")
    r = _cli(path, "backup")
    assert r.returncode == 0 and len(list(paths.backup_dir().glob("register-*.sqlite"))) == 1
    r = _cli(path, "restore", str(tmp_path / "nothing.sqlite"))
    assert r.returncode == 2 and "There is no backup file" in r.stderr
    r = _cli(path, "restore", str(made))
    assert r.returncode == 0, r.stderr
    assert "kept in" in r.stdout
    assert _households(path) == 300


def test_backup_does_not_hold_the_register_while_copying(demo_ws, tmp_path, monkeypatch):
    """The daily backup runs beside the window: the program's own connection stays free meanwhile."""
    import threading

    real_copy = backup._copy
    seen = {}

    def copy_and_try_the_lock(src, dest_path, **kw):
        def other_thread():  # the GUI thread reading the register while the copy is under way
            seen["free"] = demo_ws.db._lock.acquire(timeout=2)
            if seen["free"]:
                seen["households"] = demo_ws.households.count()
                demo_ws.db._lock.release()

        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
        real_copy(src, dest_path, **kw)

    monkeypatch.setattr(backup, "_copy", copy_and_try_the_lock)
    made = backup.backup_to(demo_ws, tmp_path / "usb")
    assert seen == {"free": True, "households": 300}
    assert backup.inspect(made)["office"] == demo_ws.office["code"]


def test_only_the_office_head_copies_the_register_to_a_stick(demo_ws, tmp_path, quick_hashes):
    """Issue #17.1: any role could carry the whole register (ID numbers, the office's key) away."""
    from app.domain.errors import PermissionDenied

    auth.add_user(demo_ws, "head", "admin", "office-head-pw")
    auth.add_user(demo_ws, "tashi", "cadre", "village-cadre-pw")
    for name, pw in (("tashi", "village-cadre-pw"),):
        auth.login(demo_ws, name, pw)
        with pytest.raises(PermissionDenied):
            backup.backup_to(demo_ws, tmp_path / "usb")
    assert not (tmp_path / "usb").exists()
    auth.login(demo_ws, "head", "office-head-pw")
    assert backup.backup_to(demo_ws, tmp_path / "usb").exists()
