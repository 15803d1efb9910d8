"""A copy of the register as it was, before a newer release changes its schema (issue #22).

An office updates by copying a newer program folder over the old one; the first start then
migrates the register. Migrations run all-or-nothing, but a migration with a bug would still
change the only copy of the village's records — so the file is copied first, byte for byte
(an encrypted register stays encrypted in its copy), into the backups folder under a name that
says why it is there. These copies are never pruned with the daily backups: there is one per
schema change, a handful in the program's life.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from app import paths
from app.i18n import N_
from app.safe_write import UsbError, safe_target, sha256_file
from storage.db import StorageError


class UpdateBackupError(StorageError):
    """The copy before an update could not be made; the register was not changed."""


def backup_before_update(
    db, current: int, target: int, *, folder: Path | None = None, now: datetime | None = None
) -> Path:
    """Copy the register file (WAL folded in first) before migrating it from `current` to
    `target`; returns the copy's path. Raises UpdateBackupError, which stops the opening: no
    migration runs without its copy."""
    folder = Path(folder) if folder else paths.backup_dir()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    final = folder / f"{db.path.stem}-before-update-schema{current}-to-{target}-{stamp}.sqlite"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Everything committed is in the main file after a full checkpoint; then a byte copy is
        # the register as it stands (nothing else writes: the migration has not started).
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        register_sha = sha256_file(db.path)
        # temp name, fsync, rename, read back: the copy must hash as the register does
        with safe_target(final, expected_sha256=register_sha) as copy:
            shutil.copyfile(db.path, copy.temp)
        from storage import keyslots

        if getattr(db, "key", None) is not None:  # an encrypted copy opens with the key slots beside it
            shutil.copyfile(keyslots.path_for(db.path), keyslots.path_for(final))
    except (OSError, UsbError) as exc:
        detail = exc.detail if isinstance(exc, UsbError) else (exc.strerror or str(exc))
        raise UpdateBackupError(
            N_(
                "Before updating the register to this release, the program keeps a copy of it in "
                "{path}, and that copy could not be written ({detail}). The register was not "
                "changed; free some space there and start the program again."
            ),
            path=str(folder),
            detail=detail,
        ) from exc
    return final
