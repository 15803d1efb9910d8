"""A second village's first package at a township that already holds the first village's register
(every trigger of the merge at work, on tables larger than the package: nothing is set aside),
against the same package at an empty township.

    python bench/bench_sync_second_village.py [FIRST] [SECOND] [ROUNDS]

FIRST: households of the first village (bench/bench_sync.py's demo register and package, default
20,000); SECOND: households of the second village (a demo fill of its own, office 630224100202,
seed 2; default 2,000).  Each import runs in a fresh process on a fresh copy; CPU time of the
import alone.  Preparation (the first village's import, the second village's register and
package) is not timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECOND = dict(code="630224100202", level="village", name_zh="上寨村", parent_code="630224100")


def _second_village(out: Path, households: int) -> tuple[Path, Path]:
    """The second village's register, its first package (to the township's key) and its key file."""
    from app.services import keys, sync
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office
    from bench import bench_sync, datagen

    marker = out / f"second-{households}.path"
    key_file = out / "second-village.dbkey"
    if marker.exists() and Path(marker.read_text()).exists() and key_file.exists():
        return Path(marker.read_text()), key_file
    path = out / f"second-village-{households}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    ws = Workspace.open(path, user="bench", role="admin", lang="zh")
    init_office(ws.db, **SECOND, user="bench")
    fill(ws.db, office_code=SECOND["code"], households=households, seed=2, today=datagen.TODAY, user="bench")
    bench_sync._upper(out)
    keys.set_upper(ws.db, out / "sync-upper.dbkey", "bench")
    folder = out / "second-package"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.dbsync"):
        old.unlink()
    result = sync.export_package(ws, folder, period="2026-11")
    keys.export_key(ws.db, key_file)
    ws.close()
    marker.write_text(result.path)
    return Path(result.path), key_file


def child(out: str, package: str, key_file: str, populated: bool) -> dict:
    """Import the second package into a fresh copy of the township (the first village's data in
    it, or empty)."""
    from app.services import keys, sync
    from app.services.workspace import Workspace
    from bench import bench_sync

    out_dir = Path(out)
    source = out_dir / "populated-township.sqlite" if populated else bench_sync._upper(out_dir)
    target = out_dir / "second-import.sqlite"
    bench_sync._copy(source, target)
    ws = Workspace.open(target, user="bench", role="admin", lang="zh")
    keys.add_subordinate(ws.db, key_file, "bench")
    households_before = ws.db.scalar("SELECT count(*) FROM household")
    cpu, wall = time.process_time(), time.perf_counter()
    [report] = sync.import_packages(ws, [package])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    assert report.status == "ok", report.lines("en")
    totals = report.totals()
    ws.close()
    return {"cpu_s": round(cpu, 2), "wall_s": round(wall, 2), "before": households_before, "new": totals.new}


def main() -> int:
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    second = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    from bench import bench_sync, datagen

    db = datagen.ensure(first)
    out = datagen.OUT / f"sync-{first}"
    out.mkdir(parents=True, exist_ok=True)
    bench_sync._package(db, out, passphrase=False)
    populated = out / "populated-township.sqlite"
    if not populated.exists():
        bench_sync._first_import(str(out), False)
        bench_sync._copy(out / "sync-township.sqlite", populated)
    package, key_file = _second_village(out, second)
    for n in range(rounds):
        for label, full in (("populated", True), ("empty", False)):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import json, sys; sys.path.insert(0, sys.argv[1]);"
                    " from bench.bench_sync_second_village import child;"
                    " print(json.dumps(child(*json.loads(sys.argv[2]))))",
                    str(ROOT),
                    json.dumps([str(out), str(package), str(key_file), full]),
                ],
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            if proc.returncode != 0:
                print(proc.stdout, proc.stderr)
                return 1
            r = json.loads(proc.stdout.splitlines()[-1])
            print(
                f"{n} {label:9s} township of {r['before']:6d} households: {r['new']} records in"
                f" {r['wall_s']:6.2f} s wall, {r['cpu_s']:6.2f} s CPU"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
