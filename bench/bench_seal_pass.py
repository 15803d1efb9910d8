"""The record seals' own CPU on a register: `check`'s verification of every row, and sealing every
row again (what a sync import's commit, the demo fill or migration 30 does per row), each in one
pass; nothing is written (the resealing is rolled back).

    python bench/bench_seal_pass.py [TREE] [REGISTER]

TREE: the source tree whose storage/seals.py is measured (default: this one; give another
worktree to compare releases on the same register); REGISTER: default bench/bench_sync.py's
township at 20,000 households.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class _Undo(Exception):
    pass


def main() -> int:
    tree = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT
    register = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench/out/sync-20000/sync-township.sqlite"
    sys.path.insert(0, str(tree))
    from app.services.check import _seal_key
    from storage import seals
    from storage.db import Database

    db = Database(register)
    try:
        key = _seal_key(db)
        assert key is not None, "the register has no audit key"
        rows = sum(db.scalar(f"SELECT count(*) FROM {t}") for t in seals.sealed_tables(db.conn))
        cpu = time.process_time()
        found = seals.verify(db.conn, key)
        verify = time.process_time() - cpu
        cpu = time.process_time()
        try:
            with db.transaction() as conn:
                for table in seals.sealed_tables(conn):
                    seals.reseal_table(conn, key, table)
                raise _Undo
        except _Undo:
            pass
        reseal = time.process_time() - cpu
    finally:
        db.close()
    print(f"{tree}: {rows} rows  verify {verify:.2f} s CPU  reseal {reseal:.2f} s CPU  findings {len(found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
