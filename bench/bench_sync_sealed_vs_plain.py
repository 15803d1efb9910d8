"""The same upward package imported sealed (the default since issue 17) and as the plain zip an
earlier release wrote, each into a fresh township register in its own process, alternating:
whether opening the envelope costs an import anything measurable.

    python bench/bench_sync_sealed_vs_plain.py [HOUSEHOLDS] [ROUNDS]

Uses bench/bench_sync.py's cached package and township register (its keys open the package).
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


def child(package: str, out: Path) -> None:
    from app.services import sync
    from bench import bench_sync

    ws = bench_sync._township(out, out / "sync-village.dbkey")
    wall, cpu = time.perf_counter(), time.process_time()
    [report] = sync.import_packages(ws, [package])
    print(
        json.dumps({"seconds": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu, "status": report.status})
    )
    ws.close()


def main() -> int:
    households = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    from app.services import keys, package_crypto
    from app.services.workspace import Workspace
    from bench import bench_sync, datagen

    db = datagen.ensure(households)
    out = datagen.OUT / f"sync-{households}"
    out.mkdir(parents=True, exist_ok=True)
    sealed, _ = bench_sync._package(db, out, passphrase=False)
    ws = Workspace.open(bench_sync._upper(out), user="bench", role="admin")
    key = keys.encryption_key(ws.db)
    ws.close()
    plain = out / "plain-copy.dbsync"
    package_crypto.unseal_file(sealed, plain, key)
    for n in range(rounds):
        for name, path in (("sealed", sealed), ("plain", plain)):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
                    " from bench.bench_sync_sealed_vs_plain import child; child(sys.argv[2], Path(sys.argv[3]))",
                    str(ROOT),
                    str(path),
                    str(out),
                ],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            print(n, f"{name:6s}", proc.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
