"""What encryption at rest costs (issue #17): the same register plain and encrypted (SQLCipher 4,
app/services/encryption.py), measured with the same code as the budgeted cases.

    python bench/bench_encryption.py --households 10000,100000 --repeat 3

For each size: the demo register (bench/datagen.py), a plain copy and an encrypted copy of it
(``sqlcipher_export``, as the first account does).  Then, alternating plain and encrypted, each
in a fresh process: the monthly report cold (bench_report.run_ours, budget ≤ 0.5 s), the search
p95 (bench_search.run_ours, budget ≤ 30 ms), opening the register, and a checked backup to a
folder (backup.backup_to).  Also, once: encrypting the register in place, the one-off cost of the
first sign-in after the update.  Prints a table; the medians go into bench/RESULTS.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _copy_plain(src: Path, dest: Path) -> None:
    from storage.sqlite import sqlite3

    for p in (dest, Path(str(dest) + "-wal"), Path(str(dest) + "-shm")):
        p.unlink(missing_ok=True)
    a, b = sqlite3.connect(str(src)), sqlite3.connect(str(dest))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def prepare(households: int) -> tuple[Path, Path, bytes, float]:
    """(plain copy, encrypted copy, its key, seconds taken to encrypt it in place)."""
    from bench import datagen
    from app.services import encryption
    from app.services.workspace import Workspace
    from storage import keyslots

    src = datagen.ensure(households)
    out = src.parent
    plain, cipher = out / f"enc-plain-{households}.sqlite", out / f"enc-cipher-{households}.sqlite"
    _copy_plain(src, plain)
    _copy_plain(src, cipher)
    keyslots.path_for(cipher).unlink(missing_ok=True)
    ws = Workspace.open(cipher, user="bench", role="admin", lang="zh")
    started = time.perf_counter()
    encryption.encrypt_register(ws)  # no account: only the recovery slot, as fast as any
    took = time.perf_counter() - started
    key = ws.db.key
    ws.close()
    return plain, cipher, key, took


WORKER = r"""
import json, sys, time, tempfile, shutil
sys.path.insert(0, sys.argv[1])
from app.services import workspace as W
key = bytes.fromhex(sys.argv[4]) if sys.argv[4] != "-" else None
real_open = W.Workspace.open.__func__
W.Workspace.open = classmethod(lambda cls, path, **kw: real_open(cls, path, key=key, **kw))
what, db = sys.argv[2], sys.argv[3]
if what == "report":
    from bench.bench_report import run_ours
    r = run_ours(db)
    print(json.dumps({"report_cold_s": r["cold_s"], "report_warm_s": r["warm_s"]}))
elif what == "search":
    from bench.bench_search import run_ours
    r = run_ours(db)
    print(json.dumps({"search_p50_ms": r["p50_ms"], "search_p95_ms": r["p95_ms"]}))
elif what == "open_backup":
    from app.services import backup
    t = time.perf_counter()
    ws = W.Workspace.open(db, user="bench", role="admin", lang="zh")
    ws.households.count()
    opened = time.perf_counter() - t
    folder = tempfile.mkdtemp(prefix="bench-enc-")
    t = time.perf_counter()
    made = backup.backup_to(ws, folder)
    took = time.perf_counter() - t
    size = made.stat().st_size
    ws.close()
    shutil.rmtree(folder)
    print(json.dumps({"open_s": round(opened, 4), "backup_s": round(took, 3), "backup_mb": round(size / 2**20, 1)}))
"""


def measure(what: str, db: Path, key: bytes | None) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", WORKER, str(ROOT), what, str(db), key.hex() if key else "-"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
    )
    if r.returncode != 0:
        raise SystemExit(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--households", default="10000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    rows = []
    for n in [int(x) for x in args.households.split(",")]:
        plain, cipher, key, encrypt_s = prepare(n)
        got: dict[str, dict[str, list[float]]] = {"plain": {}, "encrypted": {}}
        for _ in range(args.repeat):
            for what in ("report", "search", "open_backup"):
                for label, db, k in (("plain", plain, None), ("encrypted", cipher, key)):
                    for name, value in measure(what, db, k).items():
                        got[label].setdefault(name, []).append(value)
        med = {label: {k: statistics.median(v) for k, v in d.items()} for label, d in got.items()}
        rows.append((n, encrypt_s, med, plain.stat().st_size, cipher.stat().st_size))
        for p in (plain, cipher):
            for side in ("", "-wal", "-shm", ".keys"):
                Path(str(p) + side).unlink(missing_ok=True)
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    print(f"load average {load[0]:.2f}" if load[0] != "?" else "")
    print("| households | measure | plain | encrypted | ratio |")
    print("|---|---|---|---|---|")
    for n, encrypt_s, med, _ps, _cs in rows:
        for name in med["plain"]:
            a, b = med["plain"][name], med["encrypted"][name]
            print(f"| {n:,} | {name} | {a} | {b} | {b / a:.2f}× |" if a else f"| {n:,} | {name} | {a} | {b} | — |")
        print(f"| {n:,} | encrypting in place (once) | — | {encrypt_s:.1f} s | — |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
