"""Demo registers for the benchmarks: built once per size with app.services.demo.fill, then reused.

A register is cached under bench/out/ (git-ignored) as ``demo-<households>.sqlite``.  The cache key
is the household count, the seed, the anchor date and a hash of the demo generator and the search
keys: when any of those change the file is rebuilt, so a figure is never measured on data the
current code would not make.  Newer schema migrations are applied to a cached file before any
measurement (as opening a user's register does).  No ANALYZE is run: the program does not run it
on users' registers either, so the query planner works without statistics here too.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SEED = 1
TODAY = date(2026, 11, 15)  # fixed anchor: the same data on every run
OFFICE = dict(
    code="630224100201", level="village", name_zh="拉脊村双基联动工作室", name_bo="ལ་རྗེས་གྲོང་ཚོའི་དངུལ་ཁང་ཟུང་འབྲེལ་ལས་ཁུངས།"
)

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _code_hash() -> str:
    h = hashlib.sha256()
    # Not the migrations: a cached file is brought up to date by opening it (as a user's is).
    files = [ROOT / "app" / "services" / "demo.py", ROOT / "app" / "domain" / "search.py"]
    for f in files:
        if f.exists():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def db_path(households: int) -> Path:
    return OUT / f"demo-{households}.sqlite"


def _key(households: int) -> dict:
    return {"households": households, "seed": SEED, "today": TODAY.isoformat(), "code": _code_hash()}


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".key.json"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def _migrate(path: Path) -> None:
    """Apply migrations newer than the cached file now, so no measurement pays for them."""
    from storage.db import Database

    Database(path).close()


def ensure(households: int, *, log=print) -> Path:
    """The cached demo register with `households` households, built if missing or stale."""
    path = db_path(households)
    key_file = Path(str(path) + ".key.json")
    key = _key(households)
    if path.exists() and key_file.exists():
        try:
            if {k: v for k, v in json.loads(key_file.read_text()).items() if k in key} == key:
                _migrate(path)
                return path
        except ValueError:
            pass
    OUT.mkdir(parents=True, exist_ok=True)
    _remove(path)
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office

    log(f"building demo register: {households} households -> {path}")
    started = time.perf_counter()
    tmp = Path(str(path) + ".building")
    _remove(tmp)
    ws = Workspace.open(tmp, user="bench", role="admin", lang="zh")
    try:
        init_office(ws.db, **OFFICE, user="bench")
        counts = fill(ws.db, office_code=OFFICE["code"], households=households, seed=SEED, today=TODAY, user="bench")
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    tmp.rename(path)
    for suffix in ("-wal", "-shm"):
        p = Path(str(tmp) + suffix)
        if p.exists():
            p.unlink()
    key_file.write_text(
        json.dumps({**key, "counts": counts.__dict__, "build_seconds": round(time.perf_counter() - started, 1)})
    )
    log(
        f"  built in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{k}={v}" for k, v in counts.__dict__.items())
    )
    return path


def info(households: int) -> dict:
    """What the cached register holds (counts, build time), from its key file."""
    key_file = Path(str(db_path(households)) + ".key.json")
    return json.loads(key_file.read_text()) if key_file.exists() else {}


if __name__ == "__main__":
    for n in (int(a) for a in (sys.argv[1:] or ["10000", "100000"])):
        print(ensure(n))
