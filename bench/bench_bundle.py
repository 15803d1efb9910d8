"""The bundled program folder against the source run (issue #22): its size, and how long it takes
to start, open the window on a register, show every page in the three language modes and quit
(`--smoke-test --db REGISTER`, the same work on both sides).

    python bench/bench_bundle.py [--bundle dist/DualBaseLedger] [--households 2000] [--repeat 5]

Cold: the first run after the kernel's page cache was dropped (needs root on Linux; otherwise the
line says so and cold is not measured) — what the office sees at the first double-click of the
day. Warm: the median of the following runs. The source run is `python -m app` with the project's
.venv; its size is what a source install puts on the disk (.venv + the project's files).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_mb(folder: Path) -> float:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 2**20


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {result.stderr[-500:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "DualBaseLedger")
    p.add_argument("--households", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    exe = args.bundle / ("dualbase.exe" if os.name == "nt" else "dualbase")
    if not exe.exists():
        raise SystemExit(f"no bundle at {args.bundle}: run `python3 tasks.py bundle` first")
    venv_python = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

    scratch = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    env = dict(os.environ, DUALBASE_DATA_DIR=str(scratch / "data"), QT_QPA_PLATFORM="offscreen", DUALBASE_LANG="zh")
    register = scratch / "register.sqlite"
    subprocess.run(
        [
            str(venv_python),
            "-m",
            "app",
            "--db",
            str(register),
            "init",
            "--office-code",
            "630224100201",
            "--level",
            "village",
            "--name-zh",
            "拉脊村双基联动工作室",
        ],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            str(venv_python),
            "-m",
            "app",
            "--db",
            str(register),
            "demo",
            "--households",
            str(args.households),
            "--seed",
            "1",
        ],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    sides = {
        "bundle": [str(exe), "--smoke-test", "--db", str(register)],
        "source": [str(venv_python), "-m", "app", "--smoke-test", "--db", str(register)],
    }
    source_env = dict(env)
    cold: dict[str, float | None] = {}
    warm: dict[str, list[float]] = {name: [] for name in sides}
    for name, cmd in sides.items():  # cold: each side right after dropping the page cache
        run_env = source_env if name == "source" else env
        cold[name] = timed(cmd, run_env) if drop_caches() else None
    for _ in range(args.repeat):  # warm: alternating, so both see the same machine load
        for name, cmd in sides.items():
            warm[name].append(timed(cmd, source_env if name == "source" else env))
    shutil.rmtree(scratch, ignore_errors=True)

    bundle_mb = folder_mb(args.bundle)
    source_mb = folder_mb(ROOT / ".venv") + sum(
        folder_mb(ROOT / d) for d in ("app", "storage", "ui", "exports", "translations")
    )
    print(f"command: python bench/bench_bundle.py --households {args.households} --repeat {args.repeat}")
    print(f"load average (1, 5, 15 min) at the end: {os.getloadavg() if hasattr(os, 'getloadavg') else 'n/a'}")
    print("| | bundle | source run | ratio |")
    print("|---|---|---|---|")
    print(
        f"| folder size (MB) | {bundle_mb:.0f} | {source_mb:.0f} (.venv with test tools + source) "
        f"| {bundle_mb / source_mb:.2f}× |"
    )
    if cold["bundle"] is not None:
        print(
            f"| cold: start, 10 pages × 3 modes, quit (s) | {cold['bundle']:.2f} | "
            f"{cold['source']:.2f} | {cold['bundle'] / cold['source']:.2f}× |"
        )
    else:
        print("| cold | not measured (dropping the page cache needs root) | | |")
    wb, ws_ = statistics.median(warm["bundle"]), statistics.median(warm["source"])
    print(f"| warm median of {args.repeat} (s) | {wb:.2f} | {ws_:.2f} | {wb / ws_:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
