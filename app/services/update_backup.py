"""A copy of the register as it was, before a newer release changes its schema (issue #22).

An office updates by copying a newer program folder over the old one; the first start then
migrates the register. Migrations run all-or-nothing, but a migration with a bug would still
change the only copy of the village's records — so the file is copied first, byte for byte
(an encrypted register stays encrypted in its copy), into the backups folder under a name that
says why it is there. These copies are never pruned with the daily backups: there is one per
schema change, a handful in the program's life.
"""
from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

from app import paths
from app.i18n import N_
from app.services.files import replace_retrying
from storage.db import StorageError


class UpdateBackupError(StorageError):
    """The copy before an update could not be made; the register was not changed."""


def backup_before_update(db, current: int, target: int, *, folder: Path | None = None,
                         now: datetime | None = None) -> Path:
    """Copy the register file (WAL folded in first) before migrating it from `current` to
    `target`; returns the copy's path. Raises UpdateBackupError, which stops the opening: no
    migration runs without its copy."""
    folder = Path(folder) if folder else paths.backup_dir()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    final = folder / f"{db.path.stem}-before-update-schema{current}-to-{target}-{stamp}.sqlite"
    part = final.with_name(final.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Everything committed is in the main file after a full checkpoint; then a byte copy is
        # the register as it stands (nothing else writes: the migration has not started).
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with open(db.path, "rb") as src, open(part, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        if part.stat().st_size != db.path.stat().st_size:
            raise OSError("the copy's size differs from the register's")
        from storage import keyslots

        if getattr(db, "key", None) is not None:   # an encrypted copy opens with the key slots beside it
            shutil.copyfile(keyslots.path_for(db.path), keyslots.path_for(final))
        replace_retrying(part, final)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise UpdateBackupError(
            N_("Before updating the register to this release, the program keeps a copy of it in "
               "{path}, and that copy could not be written ({detail}). The register was not "
               "changed; free some space there and start the program again."),
            path=str(folder), detail=exc.strerror or str(exc)) from exc
    return final
