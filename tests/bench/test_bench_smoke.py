"""The benchmark script runs end to end at a tiny size (the benchmark itself is not a test)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "RESULTS.md"


def test_quick_bench_runs_and_prints_figures(tmp_path):
    results_before = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else None
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--quick",
            "--out",
            str(tmp_path),
            "--json",
            str(tmp_path / "figures.json"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "p95" in proc.stdout  # search latency measured
    assert "ratio" in proc.stdout  # at least one case against its bare library
    assert (tmp_path / "demo-300.sqlite").exists()  # the register was built where it was told
    rows = json.loads((tmp_path / "figures.json").read_text())["results"]["300"]
    assert {r["name"] for r in rows} >= {"search", "report", "export"}
    measured = [r for r in rows if r["status"] == "ok"]
    assert measured and all(r["peak_mb"] > 0 for r in measured)
    # the kept figures are only rewritten when asked (--write-results)
    assert (RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else None) == results_before
