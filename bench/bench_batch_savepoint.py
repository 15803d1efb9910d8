"""What a savepoint around each batch of inserts costs when the table has a trigger, with the
program's SQLite module (sqlcipher3) and the standard library's: the cause of the sync import's
×5 after the move to SQLCipher (bench/RESULTS.md, "Sync import").

    python bench/bench_batch_savepoint.py [REGISTER] [TABLE]

REGISTER: a township register after an import (default: bench/bench_sync.py's at 20,000
households); TABLE: a synced table (default credit_rating).  Each variant in a fresh process on
a copy: the table's rows taken out, then inserted again in id order in one transaction, in
batches of 2,000, with only the sync journal's trigger on the table (or none).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCH = 2000


def child(path: str, table: str, stdlib: bool, trigger: bool, savepoint: bool) -> dict:
    if stdlib:
        import sqlite3
    else:
        sys.path.insert(0, str(ROOT))
        from storage.sqlite import sqlite3  # type: ignore[no-redef]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = -65536")
    rows = conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    cols = [d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 1").description]
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
    triggers = triggers.fetchall()
    conn.execute("BEGIN")
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(f"DELETE FROM {table}")
    if trigger:
        for name, sql in triggers:
            if name.startswith("sync_change_"):
                conn.execute(sql)
    conn.execute("PRAGMA foreign_keys = OFF")
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    cpu = time.process_time()
    for i in range(0, len(rows), BATCH):
        if savepoint:
            conn.execute("SAVEPOINT batch")
        conn.executemany(sql, rows[i : i + BATCH])
        if savepoint:
            conn.execute("RELEASE batch")
    cpu = time.process_time() - cpu
    conn.execute("ROLLBACK")
    return {"rows": len(rows), "cpu_s": round(cpu, 2), "sqlite": sqlite3.sqlite_version}


def main() -> int:
    register = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench/out/sync-20000/sync-township.sqlite"
    table = sys.argv[2] if len(sys.argv) > 2 else "credit_rating"
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "register.sqlite"
        shutil.copy(register, copy)
        for stdlib in (False, True):
            for trigger in (True, False):
                for savepoint in (False, True):
                    args = json.dumps([str(copy), table, stdlib, trigger, savepoint])
                    out = subprocess.run(
                        [
                            sys.executable,
                            "-c",
                            "import json, sys; sys.path.insert(0, sys.argv[1]);"
                            " from bench.bench_batch_savepoint import child;"
                            " print(json.dumps(child(*json.loads(sys.argv[2]))))",
                            str(ROOT),
                            args,
                        ],
                        capture_output=True,
                        text=True,
                        check=True,
                        cwd=ROOT,
                    ).stdout
                    r = json.loads(out.splitlines()[-1])
                    print(
                        f"SQLite {r['sqlite']:7s} {'trigger' if trigger else 'no trigger':10s}"
                        f" {'savepoint per batch' if savepoint else 'no savepoint':20s}"
                        f" {r['rows']} rows  {r['cpu_s']:6.2f} s CPU"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
