"""bench/RESULTS.md from one run's figures.  Everything below the notes marker of the existing file
(explanations written by hand) is kept when the figures are rewritten."""

from __future__ import annotations

from pathlib import Path

from bench.common import BUDGET_MB

NOTES_MARKER = "<!-- notes below are kept by bench/run.py --write-results -->"


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _figure(row: dict) -> str:
    ours = row["ours"]
    if "p95_ms" in ours:
        return f"p50 {ours['p50_ms']:.1f} ms, p95 {ours['p95_ms']:.1f} ms"
    return _s(ours["seconds"])


def _row(row: dict) -> str:
    name = f"{row['name']} — {row.get('title', '')}"
    if row["status"] == "not available":
        return f"| {name} | not available | | | | | {row.get('why', '')} |"
    if row["status"] == "error":
        why = row.get("why", "").replace("\n", " ").replace("|", "/")[-300:]
        return f"| {name} | error | | | | | {why} |"
    over = row.get("over", [])
    warn_t = " ⚠" if "time" in over else ""
    warn_m = " ⚠" if "memory" in over else ""
    bare = _s(row["bare"]["seconds"]) if row.get("bare") else "—"
    ratio = f"{row['ratio']:.2f}×" if "ratio" in row else "—"
    if row.get("bare") is None or "ratio" not in row:
        verdict_fig = _figure(row) + warn_t
        ratio_cell = "—"
    else:
        verdict_fig = _figure(row)
        ratio_cell = ratio + warn_t
    extra = []
    ours = row["ours"]
    if "cpu_s" in ours:
        cpu = f"CPU (whole call, imports included) {_s(ours['cpu_s'])}"
        if row.get("bare") and row["bare"].get("cpu_s"):
            cpu += f" vs {_s(row['bare']['cpu_s'])} ({ours['cpu_s'] / row['bare']['cpu_s']:.2f}×)"
        extra.append(cpu)
    for key in (
        "rows",
        "households",
        "cards",
        "pages",
        "records",
        "same_cells",
        "list_open_ms",
        "cold_max_ms",
        "warm_s",
    ):
        if key in ours and key != "households":
            extra.append(f"{key} {ours[key]}")
    if row.get("bare") and "same_cells" in row["bare"]:
        extra.append(f"same cells: {row['bare']['same_cells']}")
    note = "; ".join(x for x in [row.get("note", ""), ", ".join(extra)] if x)
    return (
        f"| {name} | {verdict_fig} | {bare} | {ratio_cell} | {row.get('budget', '—')} "
        f"| {row['peak_mb']:.0f} MB{warn_m} | {note} |"
    )


def render(report: dict) -> str:
    m = report["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Run {report['started']} – {report['finished']} (UTC), written by `bench/run.py --write-results`.",
        "",
        f"- Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores ({m.get('affinity', '?')} usable), "
        f"{m.get('memory_gb', '?')} GB memory; {m.get('os', '')}; Python {m.get('python', '')}, "
        f"SQLite {m.get('sqlite', '')}",
        f"- Load average before / after: {m.get('load_before', '?')} / {m.get('load_after', '?')} "
        "(other work on the machine slows both sides of a ratio alike, absolute figures not)",
        f"- Command: `{report['command']}`",
        f"- Budgets (DESIGN §7): start-up ≤ 1.5× bare PySide6 window; search p95 ≤ 30 ms; monthly report "
        f"≤ 0.5 s; register .xlsx ≤ 1.2× bare XlsxWriter; 1,000 cards ≤ 1.3× bare reportlab; "
        f"peak memory ≤ {BUDGET_MB:.0f} MB. ⚠ marks a figure over its budget.",
        "",
    ]
    for size, rows in report["results"].items():
        info = report.get("data", {}).get(size, {})
        counts = info.get("counts", {})
        total = sum(v for k, v in counts.items() if k != "villages") + counts.get("villages", 0)
        lines += [f"## {int(size):,} households", ""]
        if counts:
            lines += [
                "Register: "
                + ", ".join(f"{k.replace('_', ' ')} {v:,}" for k, v in counts.items())
                + f" — {total:,} records (demo fill {info.get('build_seconds', '?')} s when built)",
                "",
            ]
        lines += [
            "| case | ours | bare library | ratio | budget | peak memory | notes |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += [_row(r) for r in rows]
        lines.append("")
    if report.get("growth"):
        sizes = sorted(int(s) for s in report["results"])
        lines += [
            f"## Growth from {sizes[0]:,} to {sizes[-1]:,} households",
            "",
            "| case | size × | time × | bare time × | peak memory × | |",
            "|---|---|---|---|---|---|",
        ]
        for g in report["growth"]:
            bare = f"{g['bare_time_factor']:.1f}" if "bare_time_factor" in g else "—"
            flag = "faster than linear ⚠" if g["superlinear"] else ""
            lines.append(
                f"| {g['name']} | {g['size_factor']:.0f} | {g['time_factor']:.1f} | {bare} "
                f"| {g['memory_factor']:.2f} | {flag} |"
            )
        lines.append("")
    return "\n".join(lines)


def write_results(report: dict, path: Path) -> None:
    notes = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if NOTES_MARKER in old:
            notes = old.split(NOTES_MARKER, 1)[1]
    text = render(report) + "\n" + NOTES_MARKER + (notes or "\n\n## Notes\n\n(none yet)\n")
    path.write_text(text, encoding="utf-8")
