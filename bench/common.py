"""What every benchmark shares: a case, its budget, running one measurement in a fresh process.

Each measurement runs in its own subprocess so that its peak memory is its own (the process's
VmHWM, and the rusage of that one child read with os.wait4) and no cache warmed by an earlier case
helps it.  A bench module (bench/bench_*.py) offers ``cases(ctx) -> list[Case]``; a Case names the
function that does the work with the project's code ("ours") and, where the budget is a ratio, the
function doing the same work with the bare library ("bare").  Those functions run in the worker
process and return a dict with at least ``seconds`` (the timed part); a "cmd" measure times a
whole command from spawn to exit instead (start-up).

A case whose feature is not in the tree yet is still listed, marked "not available", and is not a
failure.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
MARK = "BENCH-RESULT "
BUDGET_MB = 250.0
# Bytecode for the measuring processes: an installed program has its .pyc files, so a start-up
# must not be charged for compiling every module (PYTHONDONTWRITEBYTECODE may be set around us).
PYCACHE = ROOT / "bench" / "out" / "pycache"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Measure:
    """One thing to run in a fresh process: a function `module:func(**kwargs)` or a command."""

    func: str = ""  # "bench.bench_search:run_ours"
    kwargs: dict = field(default_factory=dict)
    cmd: list[str] | None = None  # timed from spawn to exit (start-up)
    env: dict = field(default_factory=dict)
    timeout: float = 1800  # seconds before the process is killed (a failure)


@dataclass
class Budget:
    kind: str  # "ratio" (ours / bare), "ms" or "s" (absolute, on the figure named by `key`)
    limit: float
    key: str = "seconds"  # which figure of ours the absolute budget applies to (e.g. "p95_ms")
    text: str = ""


@dataclass
class Case:
    name: str
    title: str
    budget: Budget | None
    ours: Measure | None
    bare: Measure | None = None
    repeat: int = 3
    unavailable: str = ""  # why the case cannot run (feature not in the tree yet)
    note: str = ""
    size_free: bool = False  # the work does not depend on the register size (e.g. 1,000 cards)
    warmup: bool = False  # one untimed run of each side first
    min_repeat: int = 1  # runs kept even under --max-repeat (a median needs a few)


@dataclass
class Ctx:
    """What a bench module gets to build its cases."""

    households: int
    db: Path
    out: Path  # a scratch folder for this size's outputs
    quick: bool = False


# -- worker side ---------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM) in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_main(argv: list[str]) -> int:
    spec, kwargs = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    module, func = spec.split(":")
    fn = getattr(importlib.import_module(module), func)
    cpu = time.process_time()
    result = fn(**kwargs) or {}
    # CPU time of the whole call (setup included): on a machine shared with other work it says
    # what the wall-clock figure cannot (how much of the time was this process's own work)
    result.setdefault("cpu_s", round(time.process_time() - cpu, 3))
    result["peak_mb"] = round(peak_rss_mb(), 1)
    print(MARK + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def timed(fn, *args, **kwargs) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - started, value


# -- parent side ---------------------------------------------------------------------------------


class MeasureFailed(RuntimeError):
    pass


def run_measure(m: Measure) -> dict:
    """Run one measure in a fresh process; its figures plus `wall_s` and `child_peak_mb`."""
    timeout = m.timeout
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(PYCACHE),
        **m.env,
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if m.cmd:
        cmd = m.cmd
    else:
        cmd = [PYTHON, str(Path(__file__).resolve()), "--worker", m.func, json.dumps(m.kwargs, ensure_ascii=False)]
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{os.getpid()}-{time.monotonic_ns()}.out"
    with open(out_path, "w+b") as out:
        started = time.perf_counter()
        env["BENCH_SPAWN_AT"] = repr(time.time())  # start-up probes time from here
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=str(ROOT), env=env)
        deadline = started + timeout
        while True:  # os.wait4 gives this one child's rusage (its own peak memory)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    out_path.unlink(missing_ok=True)
    if proc.returncode != 0:
        if wall >= timeout:
            raise MeasureFailed(f"killed after {timeout:.0f} s: {text.strip()[-1500:]}")
        raise MeasureFailed(f"exit {proc.returncode}: {text.strip()[-1500:]}")
    result: dict = {}
    for line in text.splitlines():
        if line.startswith(MARK):
            result = json.loads(line[len(MARK) :])
    if m.cmd and "seconds" not in result:
        result["seconds"] = wall
    if not m.cmd and "seconds" not in result:
        raise MeasureFailed(f"no result printed: {text.strip()[-1500:]}")
    result["wall_s"] = wall
    result["child_peak_mb"] = round(usage.ru_maxrss / 1024, 1)
    result.setdefault("peak_mb", result["child_peak_mb"])
    return result


def median_result(results: list[dict]) -> dict:
    """The run with the median time (its other figures kept together), peak memory the maximum."""
    ordered = sorted(results, key=lambda r: r["seconds"])
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["peak_mb"] = max(r["peak_mb"] for r in results)
    chosen["runs"] = [round(r["seconds"], 4) for r in results]
    return chosen


def evaluate(case: Case, ours: dict | None, bare: dict | None) -> dict:
    """Figures of one case at one size, with the verdict against its budget."""
    row: dict = {"name": case.name, "title": case.title, "status": "ok", "over": []}
    if ours is None:
        return row
    row["ours"] = ours
    row["bare"] = bare
    row["seconds"] = ours["seconds"]
    row["peak_mb"] = ours["peak_mb"]
    if bare:
        row["ratio"] = ours["seconds"] / bare["seconds"] if bare["seconds"] > 0 else float("inf")
    b = case.budget
    if b:
        if b.kind == "ratio" and "ratio" in row:
            row["budget_value"] = row["ratio"]
        elif b.kind == "ms":
            row["budget_value"] = ours.get(b.key, ours["seconds"] * 1000)
        elif b.kind == "s":
            row["budget_value"] = ours.get(b.key, ours["seconds"])
        if "budget_value" in row and row["budget_value"] > b.limit:
            row["over"].append("time")
    if row["peak_mb"] > BUDGET_MB:
        row["over"].append("memory")
    return row


def budget_text(b: Budget | None) -> str:
    if b is None:
        return "—"
    if b.text:
        return b.text
    return {"ratio": f"≤ {b.limit:g}×", "ms": f"≤ {b.limit:g} ms", "s": f"≤ {b.limit:g} s"}[b.kind]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict:
    """Cores, memory and CPU model from /proc (the figures only compare on the same machine)."""
    info = {"cores": os.cpu_count() or 0, "memory_gb": 0.0, "cpu": "", "python": sys.version.split()[0]}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        info["affinity"] = len(os.sched_getaffinity(0))
    except AttributeError:
        pass
    try:
        import sqlite3

        info["sqlite"] = sqlite3.sqlite_version
    except ImportError:
        pass
    return info


def module_available(name: str) -> bool:
    """Whether `name` can be imported (a feature another helper is still writing may be missing)."""
    try:
        importlib.import_module(name)
        return True
    except Exception:  # noqa: BLE001 - ImportError, or a half-written module failing at import
        return False


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--worker":
    sys.exit(worker_main(sys.argv[2:]))
