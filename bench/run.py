"""Benchmarks at county scale, in one run: `python bench/run.py [--sizes 10000,100000] [--only NAME,...]
[--quick] [--write-results]` (see bench/README.md).

Builds (or reuses) the demo registers, then for each size runs every case of every bench module,
each measurement in a fresh subprocess, ours and the bare library alternating; prints the figures,
the ratio against the bare library or the absolute figure, peak memory, and how each grows from
the smallest size to the largest.  --write-results writes bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import shlex
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import common, datagen
from bench.common import BUDGET_MB, Case, Ctx, MeasureFailed, budget_text

# Modules in the order they run; the ones other helpers write may be missing or half-written.
# Any other bench/bench_*.py offering cases(ctx) (GUI pages, home indicators ...) runs after these.
MODULES = ["bench_startup", "bench_search", "bench_report", "bench_export", "bench_cards", "bench_import", "bench_sync"]


def all_modules() -> list[str]:
    extra = sorted(p.stem for p in (ROOT / "bench").glob("bench_*.py") if p.stem not in MODULES)
    return MODULES + extra


QUICK_SIZE = 300
QUICK_CASES = ("search", "report", "export")
RESULTS_MD = ROOT / "bench" / "RESULTS.md"


def load_cases(module: str, ctx: Ctx) -> list[Case]:
    try:
        mod = importlib.import_module(f"bench.{module}")
    except ModuleNotFoundError as exc:
        if exc.name == f"bench.{module}":
            return [
                Case(
                    name=module.removeprefix("bench_"),
                    title=module,
                    budget=None,
                    ours=None,
                    unavailable=f"bench/{module}.py is not in the tree yet",
                )
            ]
        raise
    if not hasattr(mod, "cases") and module == "bench_import":
        from bench import import_case  # the roster helper's functions, wrapped as a case

        return import_case.cases(ctx)
    if not hasattr(mod, "cases"):
        return [
            Case(
                name=module.removeprefix("bench_"),
                title=module,
                budget=None,
                ours=None,
                unavailable=f"bench/{module}.py offers no cases(ctx): a standalone script, run it on its own",
            )
        ]
    return list(mod.cases(ctx))


def measure_case(case: Case, repeat: int, log) -> dict:
    """Run ours and bare `repeat` times each, alternating; the verdict against the budget."""
    if case.unavailable or case.ours is None:
        return {
            "name": case.name,
            "title": case.title,
            "status": "not available",
            "why": case.unavailable or "no measure",
            "over": [],
        }
    ours_runs, bare_runs = [], []
    try:
        if case.warmup:  # untimed: bytecode compiled and the OS file cache filled, as on a used laptop
            common.run_measure(case.ours)
            if case.bare:
                common.run_measure(case.bare)
        for i in range(repeat):
            ours_runs.append(common.run_measure(case.ours))
            if case.bare:
                bare_runs.append(common.run_measure(case.bare))
    except MeasureFailed as exc:
        log(f"  {case.name}: FAILED {exc}")
        return {"name": case.name, "title": case.title, "status": "error", "why": str(exc)[-600:], "over": []}
    ours = common.median_result(ours_runs)
    bare = common.median_result(bare_runs) if bare_runs else None
    row = common.evaluate(case, ours, bare)
    row["note"] = case.note
    row["budget"] = budget_text(case.budget)
    return row


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def describe(row: dict) -> str:
    """One line of figures for the console."""
    if row["status"] != "ok":
        return f"{row['name']:<14} {row['status']}: {row.get('why', '')[:200]}"
    parts = [f"{row['name']:<14}"]
    ours = row["ours"]
    if "p95_ms" in ours:
        parts.append(f"p50 {ours['p50_ms']:.1f} ms  p95 {ours['p95_ms']:.1f} ms")
        if "list_open_ms" in ours:
            parts.append(f"(list opened {ours['list_open_ms']:.0f} ms)")
    else:
        parts.append(f"ours {fmt_s(ours['seconds'])}")
    if row.get("bare"):
        parts.append(f"bare {fmt_s(row['bare']['seconds'])}  ratio {row['ratio']:.2f}x")
    if row.get("bare") and ours.get("cpu_s") and row["bare"].get("cpu_s"):
        parts.append(f"(CPU ratio {ours['cpu_s'] / row['bare']['cpu_s']:.2f}x)")
    parts.append(f"peak {row['peak_mb']:.0f} MB")
    parts.append(f"(budget {row['budget']}, memory ≤ {BUDGET_MB:.0f} MB)")
    if row["over"]:
        parts.append("⚠ OVER: " + ", ".join(row["over"]))
    return "  ".join(parts)


def growth(results: dict[int, list[dict]]) -> list[dict]:
    """How each case's time and memory grow from the smallest size to the largest."""
    sizes = sorted(results)
    if len(sizes) < 2:
        return []
    small, large = sizes[0], sizes[-1]
    by_name = {s: {r["name"]: r for r in results[s]} for s in sizes}
    out = []
    for name, r_large in by_name[large].items():
        r_small = by_name[small].get(name)
        if not r_small or r_small["status"] != "ok" or r_large["status"] != "ok":
            continue
        g = {"name": name, "size_factor": large / small}
        key = "p95_ms" if "p95_ms" in r_large["ours"] else "seconds"
        a, b = r_small["ours"].get(key, 0), r_large["ours"].get(key, 0)
        g["time_factor"] = b / a if a else float("nan")
        g["memory_factor"] = r_large["peak_mb"] / r_small["peak_mb"] if r_small["peak_mb"] else float("nan")
        if r_small.get("bare") and r_large.get("bare"):
            g["bare_time_factor"] = r_large["bare"]["seconds"] / r_small["bare"]["seconds"]
        g["superlinear"] = g["time_factor"] > g["size_factor"] * 1.15
        out.append(g)
    return out


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="10000,100000", help="household counts, comma separated")
    p.add_argument("--only", default="", help="case names (or module names) to run, comma separated")
    p.add_argument(
        "--quick",
        action="store_true",
        help=f"tiny run for the smoke test: {QUICK_SIZE} households, one repeat, "
        f"cases {', '.join(QUICK_CASES)} unless --only says otherwise",
    )
    p.add_argument("--repeat", type=int, default=0, help="override each case's number of runs")
    p.add_argument(
        "--max-repeat",
        type=int,
        default=0,
        help="at most this many runs per case (a case's min_repeat still holds: start-up)",
    )
    p.add_argument("--out", type=Path, default=datagen.OUT, help="where demo registers and outputs go")
    p.add_argument("--write-results", action="store_true", help=f"write {RESULTS_MD.relative_to(ROOT)}")
    p.add_argument("--json", type=Path, help="also write every figure as JSON here")
    args = p.parse_args(argv)

    sizes = (
        [QUICK_SIZE]
        if args.quick and args.sizes == p.get_default("sizes")
        else [int(s) for s in args.sizes.split(",") if s.strip()]
    )
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    if args.quick and not only:
        only = set(QUICK_CASES)
    datagen.OUT = args.out
    common.PYCACHE = args.out / "pycache"
    started = datetime.now(timezone.utc)
    load_before = loadavg()

    def log(msg: str) -> None:
        print(msg, flush=True)

    log(f"bench: sizes {sizes}; machine {common.machine()}; load {load_before}")
    results: dict[int, list[dict]] = {}
    data: dict[int, dict] = {}
    for n in sizes:
        db = datagen.ensure(n, log=log)
        data[n] = datagen.info(n)
        out = args.out / f"run-{n}"
        out.mkdir(parents=True, exist_ok=True)
        ctx = Ctx(households=n, db=db, out=out, quick=args.quick)
        log(f"\n== {n:,} households ({db.stat().st_size / 1e6:.0f} MB) ==")
        rows = []
        for module in all_modules():
            try:
                cases = load_cases(module, ctx)
            except Exception as exc:  # noqa: BLE001 - a half-written bench module of another helper
                cases = [
                    Case(
                        name=module.removeprefix("bench_"),
                        title=module,
                        budget=None,
                        ours=None,
                        unavailable=f"bench/{module}.py fails to load: {exc!r}"[:300],
                    )
                ]
                traceback.print_exc()
            for case in cases:
                if only and case.name not in only and module not in only and module.removeprefix("bench_") not in only:
                    continue
                if case.size_free and n != max(sizes) and not args.quick:
                    continue  # the same work at every size (1,000 cards): measured on the largest
                repeat = args.repeat or (1 if args.quick else case.repeat)
                if args.max_repeat:
                    repeat = max(min(repeat, args.max_repeat), case.min_repeat)
                row = measure_case(case, repeat, log)
                row["households"] = n
                rows.append(row)
                log(describe(row))
        results[n] = rows
    grow = growth(results)
    if grow:
        log("\n== growth from {:,} to {:,} households ==".format(min(sizes), max(sizes)))
        for g in grow:
            extra = f", bare ×{g['bare_time_factor']:.1f}" if "bare_time_factor" in g else ""
            log(
                f"{g['name']:<14} time ×{g['time_factor']:.1f}{extra}, peak memory ×{g['memory_factor']:.2f}"
                f" (size ×{g['size_factor']:.0f}){'  faster than linear!' if g['superlinear'] else ''}"
            )
    finished = datetime.now(timezone.utc)
    report = {
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "command": "python bench/run.py "
        + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])),
        "machine": {**common.machine(), "os": platform.platform(), "load_before": load_before, "load_after": loadavg()},
        "data": {str(k): v for k, v in data.items()},
        "results": {str(k): v for k, v in results.items()},
        "growth": grow,
    }
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str))
    if args.write_results:
        from bench.results import write_results

        write_results(report, RESULTS_MD)
        log(f"\nwrote {RESULTS_MD.relative_to(ROOT)}")
    over = [f"{r['name']}@{r['households']}" for rs in results.values() for r in rs if r.get("over")]
    errors = [f"{r['name']}@{r['households']}" for rs in results.values() for r in rs if r["status"] == "error"]
    log(f"\nover budget: {', '.join(over) or 'none'}; errors: {', '.join(errors) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
