"""Upward sync at county scale: the first package of a whole demo register (every record of
100,000 households), its import at the township, and importing the same package again (the
no-op every re-sent USB stick costs).

    python bench/bench_sync.py [--households 100000] [--passphrase] [--only import] [--repeat N]
                               [--profile FILE]

CPU time (``cpu_s``) is what to compare on a shared machine: for the export it is the whole
worker's, for an import only the import's.

The package is encrypted as a user's is: to the township's key (the default), or with
``--passphrase``.

Each measurement runs in a fresh process (bench/common.py), so its peak memory is its own; the
package is written and read through temporary files, so memory should not grow with the register.
Preparation (copying the cached demo register, a fresh township register, keys) is not timed.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import Case, Ctx, Measure, module_available

TOWNSHIP = dict(code="630224100", level="township", name_zh="拉脊乡", name_bo="ལ་རྗེས་ཤང་།")
PASSPHRASE = "yak butter tea at dawn"


def _copy(src: Path, dest: Path) -> None:
    """A consistent copy of a register that another process may have open (SQLite backup API)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    a.close()
    b.close()


def _upper(out: Path) -> Path:
    """The township's register, empty but for its office and keys, and its key file beside it:
    made once per folder, copied for every import, so that the packages the village encrypts to
    the township's key can be opened by each fresh township register (untimed)."""
    from app.services import keys
    from app.services.workspace import Workspace, init_office

    path, key_file = out / "sync-upper.sqlite", out / "sync-upper.dbkey"
    if not (path.exists() and key_file.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        ws = Workspace.open(path, user="bench", role="admin", lang="zh")
        init_office(ws.db, **TOWNSHIP, user="bench")
        keys.export_key(ws.db, key_file)
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ws.close()
    return path


def _village(db: Path, out: Path):
    """A copy of the demo register under the township, with the township's key (untimed)."""
    from app.services import keys
    from app.services.workspace import Workspace
    from storage import records
    from storage.records import Actor

    copy = out / "sync-village.sqlite"
    _copy(db, copy)
    ws = Workspace.open(copy, user="bench", role="admin", lang="zh")
    office = ws.require_office()
    if office["parent_code"] != TOWNSHIP["code"]:
        records.update(ws.db, "office", office["id"], {"parent_code": TOWNSHIP["code"]}, Actor(office["code"], "bench"))
    _upper(out)
    keys.set_upper(ws.db, out / "sync-upper.dbkey", "bench")  # packages are encrypted to it by default
    return ws


def _package(db: Path, out: Path, passphrase: bool) -> tuple[Path, Path]:
    """The village's first package and its key file, made once per size and kept in `out`."""
    from app.services import keys, sync

    name = "sync-package-enc" if passphrase else "sync-package"
    marker = out / f"{name}.path"
    stamp = out / f"{name}.register"
    key_file = out / "sync-village.dbkey"
    # the package is kept only for the register it was made from: a register rebuilt denser
    # (or by another release) must not be measured with the old register's package
    made_from = f"{db.resolve()} {db.stat().st_size} {db.stat().st_mtime_ns}"
    upper_key = out / "sync-upper.dbkey"
    made_from += f" {upper_key.read_text(encoding='utf-8') if upper_key.exists() else ''}"
    if (
        marker.exists()
        and Path(marker.read_text()).exists()
        and key_file.exists()
        and stamp.exists()
        and stamp.read_text() == made_from
    ):
        return Path(marker.read_text()), key_file
    ws = _village(db, out)
    pkg_dir = out / name
    pkg_dir.mkdir(exist_ok=True)
    for old in pkg_dir.glob("*.dbsync"):
        old.unlink()
    result = sync.export_package(ws, pkg_dir, passphrase=PASSPHRASE if passphrase else None, period="2026-11")
    keys.export_key(ws.db, key_file)
    ws.close()
    marker.write_text(result.path)
    stamp.write_text(made_from)
    return Path(result.path), key_file


def _township(out: Path, key_file: Path):
    from app.services import keys
    from app.services.workspace import Workspace

    path = out / "sync-township.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    _copy(_upper(out), path)  # the township's keys: the package was encrypted to them
    ws = Workspace.open(path, user="bench", role="admin", lang="zh")
    keys.add_subordinate(ws.db, key_file, "bench")
    return ws


def run_export(db: str, out: str, passphrase: bool = False) -> dict:
    from app.services import sync

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    ws = _village(Path(db), out_dir)
    target = out_dir / "sync-export"
    target.mkdir(exist_ok=True)
    for old in target.glob("*.dbsync"):
        old.unlink()
    started = time.perf_counter()
    result = sync.export_package(ws, target, passphrase=PASSPHRASE if passphrase else None, period="2026-11")
    seconds = time.perf_counter() - started
    ws.close()
    size = Path(result.path).stat().st_size
    return {
        "seconds": seconds,
        "records": sum(v for k, v in result.counts.items() if k != "audit_log"),
        "households": result.counts["household"],
        "package_mb": round(size / 1e6, 1),
    }


def _first_import(out: str, passphrase: bool) -> None:
    """Import the package once into a fresh township register (run in its own process)."""
    from app.services import sync

    out_dir = Path(out)
    package = Path((out_dir / ("sync-package-enc.path" if passphrase else "sync-package.path")).read_text())
    ws = _township(out_dir, out_dir / "sync-village.dbkey")
    [first] = sync.import_packages(ws, [package], passphrase=PASSPHRASE if passphrase else None)
    ws.close()
    assert first.status == "ok", first.lines("en")


def run_import(db: str, out: str, passphrase: bool = False, again: bool = False, profile: str = "") -> dict:
    """Import the package into a fresh township register; `again`: import it once first (untimed,
    in another process, so that the first import's memory is not counted as the no-op's peak)
    and time the second, no-op import.  `cpu_s` is the import's own CPU time (the preparation
    left out); `profile`: a file to write the import's cProfile statistics to."""
    import subprocess

    from app.services import sync
    from app.services.workspace import Workspace

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    package, key_file = _package(Path(db), out_dir, passphrase)
    if again:
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]);"
                " from bench.bench_sync import _first_import; _first_import(sys.argv[2], sys.argv[3] == '1')",
                str(ROOT),
                str(out_dir),
                "1" if passphrase else "0",
            ],
            check=True,
            cwd=ROOT,
        )
        ws = Workspace.open(out_dir / "sync-township.sqlite", user="bench", role="admin", lang="zh")
    else:
        ws = _township(out_dir, key_file)
    phrase = PASSPHRASE if passphrase else None
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started, cpu = time.perf_counter(), time.process_time()
    [report] = sync.import_packages(ws, [package], passphrase=phrase)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    assert report.status == "ok", report.lines("en")
    totals = report.totals()
    households = ws.db.scalar("SELECT count(*) FROM household")
    ws.close()
    if again:
        assert totals.new == totals.updated == totals.conflicts == 0
    return {
        "seconds": seconds,
        "cpu_s": round(cpu, 3),
        "new": totals.new,
        "unchanged": totals.unchanged,
        "households": households,
    }


def cases(ctx: Ctx) -> list[Case]:
    ok = module_available("app.services.sync")
    why = "" if ok else "app/services/sync.py is not in the tree yet"
    repeat = 1 if ctx.quick else 2
    common = {"db": str(ctx.db), "out": str(ctx.out)}
    return [
        Case(
            name="sync-export",
            title="sync package: first export (every record)",
            budget=None,
            ours=Measure("bench.bench_sync:run_export", common) if ok else None,
            repeat=repeat,
            unavailable=why,
            note="zip + signature, encrypted to the township's key, written safely (fsync, read back)",
        ),
        Case(
            name="sync-import",
            title="sync package: import into a township register",
            budget=None,
            ours=Measure("bench.bench_sync:run_import", common) if ok else None,
            repeat=repeat,
            unavailable=why,
            note="verified first, then one transaction with search tokens",
        ),
        Case(
            name="sync-reimport",
            title="sync package: the same package again (no-op)",
            budget=None,
            ours=Measure("bench.bench_sync:run_import", {**common, "again": True}) if ok else None,
            repeat=repeat,
            unavailable=why,
            note="time of the second import only",
        ),
    ]


def main() -> int:
    import json
    import subprocess

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--passphrase", action="store_true", help="encrypted package")
    parser.add_argument("--only", default="export,import,reimport", help="which of export,import,reimport")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (each in a fresh process)")
    parser.add_argument("--profile", default="", help="write the import's cProfile statistics to this file")
    args = parser.parse_args()
    only = set(args.only.split(","))
    from bench import datagen

    db = datagen.ensure(args.households)
    out = datagen.OUT / f"sync-{args.households}"
    out.mkdir(parents=True, exist_ok=True)
    steps = [
        ("export", "run_export", {}),
        ("import", "run_import", {"profile": args.profile} if args.profile else {}),
        ("reimport", "run_import", {"again": True}),
    ]
    for label, func, extra in [s for s in steps if s[0] in only] * args.repeat:
        kwargs = {"db": str(db), "out": str(out), "passphrase": args.passphrase, **extra}
        # a fresh process per measurement: peak memory (VmHWM) is this measurement's own
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); from bench.common import worker_main;"
                " sys.exit(worker_main(sys.argv[2:]))",
                str(ROOT),
                f"bench.bench_sync:{func}",
                json.dumps(kwargs),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{") or "{" in ln]
        if proc.returncode != 0 or not line:
            print(f"{label}: failed\n{proc.stdout}\n{proc.stderr}")
            return 1
        result = json.loads(line[-1][line[-1].index("{") :])
        print(
            f"{label:9s} {result['seconds']:7.2f} s wall  {result['cpu_s']:7.2f} s CPU   peak {result['peak_mb']:7.1f} MB   "
            + ", ".join(f"{k}={v}" for k, v in result.items() if k not in ("seconds", "cpu_s", "peak_mb"))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
