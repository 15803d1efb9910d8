"""Schema versions: a fresh register reaches the latest version; every older version upgrades
without losing rows; a newer register is refused untouched."""

from __future__ import annotations

import hashlib

import pytest

from storage.db import Database, StorageError
from storage.migrations import latest_version


def _row_counts(db: Database) -> dict[str, int]:
    return {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("office", "village", "household")}


def _put_sample_rows(db: Database) -> None:
    common = "'{id}', '630224100201', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'old', 1, NULL"
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO office (id, office_code, created_at, updated_at, updated_by, version,"
            " deleted_at, code, level, name_zh, is_local) VALUES ("
            + common.format(id="o1")
            + ", '630224100201', 'village', '拉脊村', 1)"
        )
        conn.execute(
            "INSERT INTO village (id, office_code, created_at, updated_at, updated_by, version,"
            " deleted_at, name_zh) VALUES (" + common.format(id="v1") + ", '拉脊村')"
        )
        conn.execute(
            "INSERT INTO household (id, office_code, created_at, updated_at, updated_by, version,"
            " deleted_at, name_zh, id_number, id_rev, village_id) VALUES ("
            + common.format(id="h1")
            + ", '卓玛', '632122198501011234', '432110105891221236', 'v1')"
        )


def test_new_register_reaches_the_latest_schema(db_path):
    db = Database(db_path)
    assert db.user_version == latest_version() >= 2
    assert db.scalar("SELECT count(*) FROM ref_loan_product WHERE code = '530'") == 1


@pytest.mark.parametrize("start", range(1, latest_version()))
def test_every_older_version_upgrades_without_loss(db_path, start):
    old = Database(db_path, migrate=False)
    assert old.migrate(target=start) == start
    _put_sample_rows(old)
    before = _row_counts(old)
    old.close()

    db = Database(db_path)
    assert db.user_version == latest_version()
    assert _row_counts(db) == before
    assert db.one("SELECT name_zh, id_number FROM household WHERE id = 'h1'") == {
        "name_zh": "卓玛",
        "id_number": "632122198501011234",
    }


def test_version_zero_file_is_upgraded_from_scratch(db_path):
    Database(db_path, migrate=False).close()
    assert Database(db_path).user_version == latest_version()


def test_register_from_a_newer_release_is_refused_and_left_unchanged(db_path):
    db = Database(db_path)
    db.execute(f"PRAGMA user_version = {latest_version() + 1}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StorageError) as exc:
        Database(db_path)
    assert "newer release" in exc.value.text("en")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest


def test_a_file_that_is_not_a_register_gets_a_sentence(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is a text file, not a database\n" * 100)
    with pytest.raises(StorageError) as exc:
        Database(bogus)
    assert "not a register file" in exc.value.text("en")


def test_connection_runs_wal_with_foreign_keys_and_full_sync(db_path):
    db = Database(db_path)
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA busy_timeout") >= 1000


def test_opening_an_up_to_date_register_imports_no_migration_module(db_path):
    import subprocess
    import sys

    Database(db_path).close()
    code = (
        "import sys; from storage.db import Database; Database(sys.argv[1]).close();"
        " print(sorted(m for m in sys.modules if m.startswith('storage.migrations.')))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_latest_version_is_the_number_of_migration_files():
    from storage.migrations import all_migrations

    assert latest_version() == len(all_migrations()) == all_migrations()[-1].VERSION
