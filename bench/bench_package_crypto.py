"""What the default encryption of a sync package costs (issue 17), against the bare library.

    python bench/bench_package_crypto.py [--households 100000] [--repeat 3]

The package is the village's real first package at that size (bench/bench_sync.py makes it,
sealed for the township, and caches it); its plain zip is taken out once, untimed.  Then, each
in a fresh process (peak memory its own), alternating, the median of `--repeat` runs:

- seal, ours: ``package_crypto.seal_file`` (one-time X25519 agreement, HKDF, AES-256-GCM over the
  file, 1 MB at a time);
- seal, bare: ``cryptography``'s AES-GCM encryptor over the same file, 1 MB at a time (no key
  agreement, no header);
- open, ours: ``package_crypto.unseal`` (header, agreement, the tag checked in one pass) and then
  the whole plaintext read through its decrypted view, as an import reads every member;
- open, bare: AES-GCM decrypting the same file in one pass (tag checked at the end).

Written to the system's temp folder, no fsync: the cipher's cost, not the disk's.
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

CHUNK = 1 << 20


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _bare_key():
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    return Cipher(algorithms.AES(b"k" * 32), modes.GCM(b"n" * 12))


def run(task: str, plain: str, sealed: str, township: str) -> dict:
    """One measurement (in its own process)."""
    from app.services import keys, package_crypto
    from app.services.workspace import Workspace

    ws = Workspace.open(township, user="bench", role="admin", lang="zh")
    key = keys.encryption_key(ws.db)
    code = ws.require_office()["code"]
    ws.close()
    out = Path(plain).with_suffix(".bare" if task.endswith("bare") else ".ours")
    started = time.perf_counter()
    if task == "seal-ours":
        package_crypto.seal_file(plain, out, key.public_key(), kind="sync-up", sender="bench", recipient=code)
    elif task == "seal-bare":
        enc = _bare_key().encryptor()
        with open(plain, "rb") as f, open(out, "wb") as w:
            for block in iter(lambda: f.read(CHUNK), b""):
                w.write(enc.update(block))
            w.write(enc.finalize() + enc.tag)
    elif task == "open-ours":
        opened = package_crypto.unseal(sealed, key, kind="sync-up", recipient=code)
        with opened.open() as f:
            while f.read(CHUNK):
                pass
    elif task == "open-bare":
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        size = os.path.getsize(out)  # the bare sealing's output, made by seal-bare before
        with open(out, "rb") as f:
            f.seek(size - 16)
            tag = f.read(16)
            f.seek(0)
            dec = Cipher(algorithms.AES(b"k" * 32), modes.GCM(b"n" * 12, tag)).decryptor()
            remaining = size - 16
            while remaining:
                block = f.read(min(CHUNK, remaining))
                remaining -= len(block)
                dec.update(block)
            dec.finalize()
    seconds = time.perf_counter() - started
    if task != "seal-bare":
        out.unlink(missing_ok=True)
    return {"seconds": seconds, "peak_mb": round(_peak_mb(), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from bench import bench_sync, datagen

    db = datagen.ensure(args.households)
    out = datagen.OUT / f"sync-{args.households}"
    out.mkdir(parents=True, exist_ok=True)
    sealed, _ = bench_sync._package(db, out, passphrase=False)
    township = bench_sync._upper(out)
    import tempfile

    from app.services import keys, package_crypto
    from app.services.workspace import Workspace

    tmp = Path(tempfile.mkdtemp(prefix="bench-seal-"))
    plain = tmp / "package.zip"
    ws = Workspace.open(township, user="bench", role="admin", lang="zh")
    package_crypto.unseal_file(sealed, plain, keys.encryption_key(ws.db))
    ws.close()
    mb = plain.stat().st_size / 1e6
    print(
        f"package of {args.households} households: {mb:.1f} MB plain, {Path(sealed).stat().st_size / 1e6:.1f} MB sealed"
    )
    times: dict[str, list[float]] = {}
    peaks: dict[str, float] = {}
    for _ in range(args.repeat):
        for task in ("seal-bare", "seal-ours", "open-bare", "open-ours"):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sys, json; sys.path.insert(0, sys.argv[1]); from bench.bench_package_crypto import run;"
                    " print(json.dumps(run(*sys.argv[2:])))",
                    str(ROOT),
                    task,
                    str(plain),
                    str(sealed),
                    str(township),
                ],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            times.setdefault(task, []).append(result["seconds"])
            peaks[task] = max(peaks.get(task, 0.0), result["peak_mb"])
    med = {t: statistics.median(v) for t, v in times.items()}
    for what in ("seal", "open"):
        ours, bare = med[f"{what}-ours"], med[f"{what}-bare"]
        print(
            f"{what}: ours {ours:6.3f} s ({mb / ours:6.0f} MB/s, peak {peaks[f'{what}-ours']:.0f} MB)   "
            f"bare {bare:6.3f} s (peak {peaks[f'{what}-bare']:.0f} MB)   ratio {ours / bare:4.2f}x"
        )
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
