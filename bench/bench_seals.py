"""What the keyed record seals cost (issue #17, storage/seals.py): the bulk writes with seals and
the same program without them.

    python bench/bench_seals.py --households 10000 [--rows 50000] [--kinds demo,roster,sync,check]

Each measurement runs in a fresh process (peak RSS is per process).  "off" is this program with
``storage.seals.install`` and ``installed`` replaced by no-ops before the register is made, so
migration 30 sets no triggers and no transaction settles anything: the program as it was.

* ``demo``   — the demo fill of a fresh register (app.services.demo.fill), every record journalled
               and sealed at its commit;
* ``roster`` — a roster import of ``--rows`` rows into a fresh register (bench/bench_import.py);
* ``sync``   — the first package of the demo register of that size imported into a fresh township
               register (bench/bench_sync.py), the sync merge;
* ``check``  — the seal verification alone (storage.seals.verify) over the demo register: what
               `check` and a restore add (there is no "off" for it).

Reads (the monthly report, search) do not touch the seals at all: nothing to measure there.
Prints one line per measurement and the on/off ratios; the figures go into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _seals_off() -> None:
    from storage import seals

    seals.install = lambda conn, key: None  # type: ignore[assignment]
    seals.installed = lambda conn: False  # type: ignore[assignment]


def _demo(households: int, folder: Path) -> dict:
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office
    from bench import datagen

    path = folder / "demo.sqlite"
    ws = Workspace.open(path, user="bench", role="admin", lang="zh")
    init_office(ws.db, **datagen.OFFICE, user="bench")
    started = time.perf_counter()
    fill(ws.db, office_code=datagen.OFFICE["code"], households=households, seed=datagen.SEED, today=datagen.TODAY)
    seconds = time.perf_counter() - started
    ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return {"seconds": seconds, "file_mb": round(path.stat().st_size / 1e6, 1)}


def _roster(rows: int, folder: Path) -> dict:
    from bench import bench_import

    roster = folder / "roster.xlsx"
    bench_import.make_roster(roster, rows)
    return bench_import.run_import(roster, folder / "roster.sqlite", audit_rows=False)


def _sync(households: int, folder: Path) -> dict:
    from bench import bench_sync, datagen

    return bench_sync.run_import(str(datagen.ensure(households)), str(folder))


def _check(households: int, folder: Path) -> dict:
    from bench import datagen
    from storage import audit, seals
    from storage.db import Database

    db = Database(datagen.ensure(households))
    started = time.perf_counter()
    found = seals.verify(db.conn, seals.row_key(audit.seal_key(db.conn)))
    seconds = time.perf_counter() - started
    sealed = db.conn.execute(f"SELECT count(*) FROM {seals.TABLE}").fetchone()[0]
    db.close()
    return {"seconds": seconds, "findings": len(found), "rows_sealed": sealed}


def child(kind: str, seals_on: bool, households: int, rows: int, folder: str) -> None:
    if not seals_on:
        _seals_off()
    cpu0 = time.process_time()
    out = {
        "demo": lambda: _demo(households, Path(folder)),
        "roster": lambda: _roster(rows, Path(folder)),
        "sync": lambda: _sync(households, Path(folder)),
        "check": lambda: _check(households, Path(folder)),
    }[kind]()
    out["cpu"] = time.process_time() - cpu0
    from bench.common import peak_rss_mb

    out["peak_mb"] = round(peak_rss_mb(), 1)  # (VmHWM: ru_maxrss can carry the parent's over exec)
    print(json.dumps(out))


def measure(kind: str, seals_on: bool, households: int, rows: int) -> dict:
    with tempfile.TemporaryDirectory(dir=ROOT / "bench" / "out") as folder:
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--seals", "on" if seals_on else "off"]
            + ["--households", str(households), "--rows", str(rows), "--folder", folder],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--households", type=int, default=10000)
    p.add_argument("--rows", type=int, default=50000)
    p.add_argument("--kinds", default="demo,roster,sync,check")
    p.add_argument("--child")
    p.add_argument("--seals", choices=("on", "off"), default="on")
    p.add_argument("--folder")
    args = p.parse_args()
    if args.child:
        child(args.child, args.seals == "on", args.households, args.rows, args.folder)
        return 0
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    if "sync" in args.kinds or "check" in args.kinds:
        from bench import datagen

        datagen.ensure(args.households)  # (built once, untimed)
    for kind in args.kinds.split(","):
        if kind == "check":
            print("check", json.dumps(measure(kind, True, args.households, args.rows)), flush=True)
            continue
        off = measure(kind, False, args.households, args.rows)
        on = measure(kind, True, args.households, args.rows)
        print(f"{kind} off", json.dumps(off), flush=True)
        print(f"{kind} on ", json.dumps(on), flush=True)
        print(
            f"{kind}: wall {on['seconds'] / off['seconds']:.2f}x, CPU {on['cpu'] / off['cpu']:.2f}x,"
            f" peak {off['peak_mb']} -> {on['peak_mb']} MB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
